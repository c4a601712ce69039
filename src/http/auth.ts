import {
  type CryptoKey,
  createRemoteJWKSet,
  importJWK,
  importSPKI,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { z } from 'zod';
import { sha256Bytes } from '../internal/hash.js';
import type { ParapetRequest, Principal } from './types.js';

const JWT_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

const fn = <T>(name: string) =>
  z.custom<T>((value) => typeof value === 'function', `${name} must be a function`);

/** What `authorize` receives and may refuse (403). */
export type Authorize = (
  principal: Principal,
  request: ParapetRequest,
) => boolean | Promise<boolean>;

/**
 * Authentication. With API keys, only SHA-256 digests are configured, never
 * the keys; presented keys are hashed and compared in constant time. JWTs
 * are verified with jose against a secret, a public key, a JWK or a remote
 * JWKS, with an explicit algorithm allow-list.
 *
 * @example
 * ```ts
 * createParapet({
 *   auth: {
 *     apiKeys: [{ id: 'team-a', sha256: process.env.TEAM_A_KEY_SHA256! }],
 *     jwt: { jwksUrl: 'https://issuer.example.com/.well-known/jwks.json', algorithms: ['RS256'], issuer: 'https://issuer.example.com', audience: 'llm-gateway' },
 *     publicPaths: ['/health'],
 *   },
 * });
 * ```
 */
export const authOptionsSchema = z
  .strictObject({
    /** Accepted API keys, each as `{ id, sha256 }` with the lower-case hex SHA-256 of the key. @default [] */
    apiKeys: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(128),
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/, 'expected the lower-case hex SHA-256 of the key, not the key'),
        }),
      )
      .max(10_000)
      .default([]),
    /** Header that may carry an API key, besides `Authorization: Bearer`. @default 'x-api-key' */
    apiKeyHeader: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('x-api-key'),
    /** Custom credential source: returns the API key for a request, or undefined. */
    getApiKey: fn<(request: ParapetRequest) => string | undefined>('getApiKey').optional(),
    /** JWT verification. */
    jwt: z
      .strictObject({
        /** HMAC secret (HS* algorithms): at least 32 bytes. */
        secret: z
          .union([
            z.string().min(32),
            z.instanceof(Uint8Array).refine((b) => b.length >= 32, 'at least 32 bytes'),
          ])
          .optional(),
        /** PEM-encoded SPKI public key. */
        publicKey: z.string().startsWith('-----BEGIN PUBLIC KEY-----').optional(),
        /** A public JWK. */
        jwk: z.record(z.string(), z.unknown()).optional(),
        /** URL of a JWKS (fetched and cached by jose; https required except on loopback). */
        jwksUrl: z
          .string()
          .url()
          .refine(
            (u) =>
              /^https:\/\//.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(u),
            'https required',
          )
          .optional(),
        /** Accepted algorithms; never inferred from the token. */
        algorithms: z.array(z.enum(JWT_ALGORITHMS)).min(1),
        issuer: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
        audience: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
        /** Leeway for `exp`/`nbf`, in seconds. @default 5 */
        clockToleranceSeconds: z.number().int().min(0).max(300).default(5),
      })
      .refine(
        (j) =>
          [j.secret, j.publicKey, j.jwk, j.jwksUrl].filter((k) => k !== undefined).length === 1,
        'give exactly one of secret, publicKey, jwk or jwksUrl',
      )
      .optional(),
    /** Decides whether an authenticated principal may make this request; false answers 403. */
    authorize: fn<Authorize>('authorize').optional(),
    /** Paths that need no credentials (exact, or ending in `*` for a prefix). @default [] */
    publicPaths: z.array(z.string().startsWith('/')).default([]),
  })
  .refine((a) => a.apiKeys.length > 0 || a.jwt !== undefined || a.getApiKey !== undefined, {
    message: 'configure apiKeys, getApiKey or jwt (or leave auth out)',
  });

/** Options accepted for authentication. */
export type AuthOptions = z.input<typeof authOptionsSchema>;
/** Authentication options with defaults applied. */
export type ResolvedAuthOptions = z.output<typeof authOptionsSchema>;

/** Outcome of authenticating a request. */
export type AuthResult =
  | { readonly ok: true; readonly principal: Principal | undefined }
  | { readonly ok: false; readonly status: 401 | 403; readonly challenge: string | undefined };

/** A compiled authenticator. */
export interface Authenticator {
  authenticate(
    request: ParapetRequest,
    path: string,
    header: (name: string) => string | undefined,
  ): Promise<AuthResult>;
}

const REALM = 'Bearer realm="parapet"';
const INVALID = `${REALM}, error="invalid_token"`;

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Compares two equal-length byte arrays without an early exit. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function matchesPath(path: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    if (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)
      return true;
  }
  return false;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*$/;

/** Compiles an authenticator: digests decoded and JWT keys imported once. */
export function compileAuth(options: ResolvedAuthOptions): Authenticator {
  const keys = options.apiKeys.map((k) => ({ id: k.id, digest: hexToBytes(k.sha256) }));
  const jwt = options.jwt;
  let keyPromise: Promise<CryptoKey | Uint8Array | JWTVerifyGetKey> | undefined;
  const verificationKey = (): Promise<CryptoKey | Uint8Array | JWTVerifyGetKey> => {
    if (keyPromise !== undefined) return keyPromise;
    if (jwt === undefined) throw new Error('unreachable: no jwt options');
    if (jwt.secret !== undefined) {
      keyPromise = Promise.resolve(
        typeof jwt.secret === 'string' ? new TextEncoder().encode(jwt.secret) : jwt.secret,
      );
    } else if (jwt.publicKey !== undefined) {
      keyPromise = importSPKI(jwt.publicKey, jwt.algorithms[0]!);
    } else if (jwt.jwk !== undefined) {
      keyPromise = importJWK(jwt.jwk as JWK, jwt.algorithms[0]!).then(
        (k) => k as CryptoKey | Uint8Array,
      );
    } else {
      keyPromise = Promise.resolve(createRemoteJWKSet(new URL(jwt.jwksUrl!)));
    }
    return keyPromise;
  };

  const byApiKey = (presented: string): Principal | undefined => {
    const digest = sha256Bytes(presented);
    let found: string | undefined;
    // Compare against every key, so timing does not depend on which one matched.
    for (const key of keys)
      if (equalBytes(digest, key.digest) && found === undefined) found = key.id;
    return found === undefined ? undefined : { kind: 'api_key', id: found };
  };

  const byJwt = async (token: string): Promise<Principal | undefined> => {
    if (jwt === undefined) return undefined;
    try {
      const key = await verificationKey();
      const verifyOptions = {
        algorithms: [...jwt.algorithms],
        clockTolerance: jwt.clockToleranceSeconds,
        ...(jwt.issuer === undefined ? {} : { issuer: jwt.issuer }),
        ...(jwt.audience === undefined ? {} : { audience: jwt.audience }),
      };
      const { payload } =
        typeof key === 'function'
          ? await jwtVerify(token, key, verifyOptions)
          : await jwtVerify(token, key, verifyOptions);
      if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
      return { kind: 'jwt', id: payload.sub, claims: payload };
    } catch {
      return undefined;
    }
  };

  return {
    async authenticate(request, path, header) {
      if (matchesPath(path, options.publicPaths)) return { ok: true, principal: undefined };
      let presented: string | undefined;
      const authorization = header('authorization');
      if (authorization !== undefined && /^bearer +/i.test(authorization)) {
        presented = authorization.replace(/^bearer +/i, '').trim();
      }
      presented ??= header(options.apiKeyHeader)?.trim();
      if ((presented === undefined || presented === '') && options.getApiKey !== undefined) {
        presented = options.getApiKey(request);
      }
      if (presented === undefined || presented === '' || presented.length > 8192) {
        return { ok: false, status: 401, challenge: REALM };
      }
      const principal =
        jwt !== undefined && JWT_SHAPE.test(presented)
          ? await byJwt(presented)
          : await byApiKey(presented);
      if (principal === undefined) return { ok: false, status: 401, challenge: INVALID };
      if (options.authorize !== undefined && !(await options.authorize(principal, request))) {
        return { ok: false, status: 403, challenge: undefined };
      }
      return { ok: true, principal };
    },
  };
}
