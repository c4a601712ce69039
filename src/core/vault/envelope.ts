import { fromBase64UrlStrict, toBase64Url } from './bytes.js';

/** Version tag that starts every envelope this release writes. */
export const ENVELOPE_VERSION = 'pv1';
/** XSalsa20 nonce length in bytes. */
export const NONCE_LENGTH = 24;
/** Poly1305 tag length in bytes. */
export const TAG_LENGTH = 16;

/** Key ids: 1 to 64 characters from the base64url alphabet, so they never contain the `.` separator. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The parts of a syntactically valid envelope. */
export interface ParsedEnvelope {
  readonly keyId: string;
  readonly nonce: Uint8Array;
  readonly box: Uint8Array;
}

/** `pv1.<keyId>.<base64url(nonce || secretbox)>` */
export function formatEnvelope(keyId: string, nonce: Uint8Array, box: Uint8Array): string {
  const payload = new Uint8Array(nonce.length + box.length);
  payload.set(nonce);
  payload.set(box, nonce.length);
  return `${ENVELOPE_VERSION}.${keyId}.${toBase64Url(payload)}`;
}

/** Splits an envelope; undefined for anything malformed (the caller reports one generic error). */
export function parseEnvelope(envelope: unknown): ParsedEnvelope | undefined {
  if (typeof envelope !== 'string') return undefined;
  const first = envelope.indexOf('.');
  const second = envelope.indexOf('.', first + 1);
  if (first < 0 || second < 0 || envelope.indexOf('.', second + 1) >= 0) return undefined;
  if (envelope.slice(0, first) !== ENVELOPE_VERSION) return undefined;
  const keyId = envelope.slice(first + 1, second);
  if (!KEY_ID_PATTERN.test(keyId)) return undefined;
  const payload = fromBase64UrlStrict(envelope.slice(second + 1));
  if (payload === undefined || payload.length < NONCE_LENGTH + TAG_LENGTH) return undefined;
  return {
    keyId,
    nonce: payload.subarray(0, NONCE_LENGTH),
    box: payload.subarray(NONCE_LENGTH),
  };
}
