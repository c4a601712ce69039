import { z } from 'zod';
import { ParapetInputError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import {
  isScannerLike,
  type ScannerLike,
  type ScannerMatch,
  tidyMatches,
} from '../prompt/types.js';
import { clockSchema, parseDependencies } from './schema.js';
import type { Vault } from './vault.js';

const isVaultLike = (value: unknown): value is Vault =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Vault).seal === 'function' &&
  typeof (value as Vault).open === 'function' &&
  typeof (value as Vault).mac === 'function';

/**
 * Options of {@link createPseudonymizer}.
 *
 * @example
 * ```ts
 * const pseudonymizer = createPseudonymizer({ vault, scanner: createRedactor(), ttlMs: 30 * 60_000 });
 * ```
 */
export const pseudonymizeOptionsSchema = z.strictObject({
  /** A mapping, and a session, is forgotten this long after it was last used. @default 3_600_000 (one hour) */
  ttlMs: z
    .number()
    .int()
    .positive()
    .max(30 * 24 * 3_600_000)
    .default(3_600_000),
  /** Most mappings per session; beyond it the least recently used is forgotten. @default 1000 */
  maxEntries: z.number().int().positive().max(1_000_000).default(1000),
  /** Most live sessions; beyond it the least recently used is forgotten. @default 10_000 */
  maxSessions: z.number().int().positive().max(10_000_000).default(10_000),
  /** Clock in epoch milliseconds, for expiry. @default systemClock */
  now: clockSchema(),
});

/** The objects a pseudonymiser works with; validated but never frozen (they are the caller's). */
export const pseudonymizeDependenciesSchema = z.strictObject({
  /** Vault that seals every original value held by a session. */
  vault: z.custom<Vault>(isVaultLike, { message: 'expected a vault from createVault' }),
  /** Finds the secrets and PII to replace (the redactor, or any `{ scan(text) }`). */
  scanner: z.custom<ScannerLike>(isScannerLike, {
    message: 'expected an object with a scan(text) method',
  }),
});

/** Options accepted by {@link createPseudonymizer}. */
export type PseudonymizeOptions = z.input<typeof pseudonymizeOptionsSchema> &
  z.input<typeof pseudonymizeDependenciesSchema>;
/** Pseudonymiser options after validation. */
export type ResolvedPseudonymizeOptions = z.output<typeof pseudonymizeOptionsSchema> &
  z.output<typeof pseudonymizeDependenciesSchema>;

/** Incremental restorer for streamed model output. */
export interface PseudonymRestorer {
  /** Restores what can be restored so far; holds back at most one possible placeholder. */
  push(chunk: string): string;
  /** Returns whatever was held back. Call once, at the end of the stream. */
  flush(): string;
}

/**
 * One conversation's mappings between placeholders and sealed originals.
 *
 * @example
 * ```ts
 * const session = pseudonymizer.session(conversationId);
 * const reply = session.restore(await model(session.protect(userText)));
 * ```
 */
export interface PseudonymSession {
  readonly id: string;
  /** Number of live mappings. */
  readonly size: number;
  /**
   * Replaces every secret and PII value the scanner finds with a placeholder
   * such as `<EMAIL_1>`, `<PERSON_2>` or `<SECRET_1>`; a value seen before in
   * this session gets its earlier placeholder. Text that already looks like a
   * placeholder is escaped (`<EMAIL_1>` becomes `<\EMAIL_1>`), so
   * `restore(protect(x)) === x` for every `x`.
   */
  protect(text: string): string;
  /** Puts the originals back in place of known placeholders and unescapes escaped ones. */
  restore(text: string): string;
  /** A restorer for streamed output; placeholders split across chunks are restored too. */
  createRestorer(): PseudonymRestorer;
  /** The same as {@link PseudonymSession.createRestorer}, as a web `TransformStream`. */
  restoreStream(): TransformStream<string, string>;
  /** Forgets every mapping of this session. */
  clear(): void;
}

/**
 * A pool of pseudonymisation sessions, bounded in count and idle time.
 *
 * @example
 * ```ts
 * app.post('/chat', async (req) => chat(pseudonymizer.session(req.body.conversationId), req.body.text));
 * ```
 */
export interface Pseudonymizer {
  readonly options: ResolvedPseudonymizeOptions;
  /** Live sessions. */
  readonly size: number;
  /** The session called `id`, created if it does not exist or has expired. */
  session(id: string): PseudonymSession;
  /** Forgets the session `id`; true when it existed. */
  delete(id: string): boolean;
}

// A placeholder: `<`, optional backslashes (escape depth), a body, `>`. The
// body class excludes `<`, `>` and `\`, so matches never overlap and a scan
// restarts cleanly at the next `<`. Bounded repetition keeps it linear.
const PLACEHOLDER = /<(\\*)([A-Z0-9_]{1,48})>/g;
const BODY = /^[A-Z][A-Z0-9_]{0,38}_[1-9][0-9]{0,8}$/;
const MAX_BODY = 48;

function labelOf(match: ScannerMatch): string {
  // Secret types are not revealed to the model: every secret is <SECRET_n>.
  if (match.category === 'secret') return 'SECRET';
  const words = String(match.type)
    .slice(0, 64)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
  let label = words.join('_').slice(0, 24);
  while (label.endsWith('_')) label = label.slice(0, -1);
  return /^[A-Z]/.test(label) ? label : 'PII';
}

interface Mapping {
  readonly envelope: string;
  readonly fingerprint: string;
  expiresAt: number;
}

/**
 * Creates a pseudonymiser: per-conversation sessions that swap secrets and
 * PII for stable placeholders before text reaches a model, and swap them back
 * in the model's output (streamed or not). Originals are kept only as vault
 * envelopes bound to the session; the reverse index holds keyed fingerprints
 * ({@link Vault.mac}), never plaintext. Mappings expire `ttlMs` after last use
 * and each session keeps at most `maxEntries`.
 *
 * @example
 * ```ts
 * const pseudonymizer = createPseudonymizer({ vault, scanner: createRedactor() });
 * const session = pseudonymizer.session(conversationId);
 * const safe = session.protect('Mail jane@example.com the report'); // 'Mail <EMAIL_1> the report'
 * const reply = await model(safe); // 'Sent to <EMAIL_1>.'
 * session.restore(reply); // 'Sent to jane@example.com.'
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createPseudonymizer(options: PseudonymizeOptions): Pseudonymizer {
  const { vault, scanner, ...settings } = options ?? ({} as PseudonymizeOptions);
  const dependencies = parseDependencies(
    pseudonymizeDependenciesSchema,
    { vault, scanner },
    'pseudonymize',
  );
  const resolved = parseOptions(pseudonymizeOptionsSchema, settings, 'pseudonymize');
  return compilePseudonymizer(Object.freeze({ ...resolved, ...dependencies }));
}

/**
 * Builds a pseudonymiser from resolved options.
 *
 * @example
 * ```ts
 * const settings = parseOptions(pseudonymizeOptionsSchema, { ttlMs: 60_000 }, 'pseudonymize');
 * const pseudonymizer = compilePseudonymizer({ ...settings, vault, scanner });
 * ```
 */
export function compilePseudonymizer(options: ResolvedPseudonymizeOptions): Pseudonymizer {
  const sessions = new Map<string, { session: PseudonymSession; lastUsed: number }>();

  const purgeIdle = (now: number): void => {
    for (const [id, slot] of sessions) {
      if (slot.lastUsed + options.ttlMs > now) break;
      sessions.delete(id);
    }
  };

  const pseudonymizer: Pseudonymizer = {
    options,
    get size() {
      purgeIdle(options.now());
      return sessions.size;
    },
    session(id) {
      if (typeof id !== 'string' || id.length === 0 || id.length > 256) {
        throw new ParapetInputError('session ids are strings of 1 to 256 characters');
      }
      const now = options.now();
      purgeIdle(now);
      let slot = sessions.get(id);
      if (slot === undefined) {
        slot = { session: createSession(id, options), lastUsed: now };
        if (sessions.size >= options.maxSessions) {
          const oldest = sessions.keys().next().value;
          if (oldest !== undefined) sessions.delete(oldest);
        }
      } else {
        sessions.delete(id);
        slot.lastUsed = now;
      }
      // Map order is least recently used first, which purgeIdle relies on.
      sessions.set(id, slot);
      return slot.session;
    },
    delete(id) {
      return sessions.delete(id);
    },
  };
  return Object.freeze(pseudonymizer);
}

function createSession(id: string, options: ResolvedPseudonymizeOptions): PseudonymSession {
  const { vault, scanner, ttlMs, maxEntries, now } = options;
  const context = `pseudonym:${id}`;
  // Least recently used first; a touched mapping moves to the end.
  const byPlaceholder = new Map<string, Mapping>();
  const byFingerprint = new Map<string, string>();
  // Numbers only ever grow, so a forgotten placeholder never comes back
  // meaning a different value.
  const counters = new Map<string, number>();

  const purge = (at: number): void => {
    for (const [placeholder, mapping] of byPlaceholder) {
      if (mapping.expiresAt > at) break;
      forget(placeholder, mapping);
    }
  };
  const forget = (placeholder: string, mapping: Mapping): void => {
    byPlaceholder.delete(placeholder);
    byFingerprint.delete(mapping.fingerprint);
  };
  const touch = (placeholder: string, mapping: Mapping, at: number): void => {
    byPlaceholder.delete(placeholder);
    mapping.expiresAt = at + ttlMs;
    byPlaceholder.set(placeholder, mapping);
  };

  const placeholderFor = (label: string, value: string, at: number): string => {
    const fingerprint = vault.mac(`${label}\u0000${value}`, { context });
    const known = byFingerprint.get(fingerprint);
    if (known !== undefined) {
      touch(known, byPlaceholder.get(known)!, at);
      return known;
    }
    const n = (counters.get(label) ?? 0) + 1;
    counters.set(label, n);
    const placeholder = `<${label}_${n}>`;
    if (byPlaceholder.size >= maxEntries) {
      const [oldest, mapping] = byPlaceholder.entries().next().value!;
      forget(oldest, mapping);
    }
    byPlaceholder.set(placeholder, {
      envelope: vault.seal(value, { context }),
      fingerprint,
      expiresAt: at + ttlMs,
    });
    byFingerprint.set(fingerprint, placeholder);
    return placeholder;
  };

  const lookup = (placeholder: string): string | undefined => {
    const at = now();
    purge(at);
    const mapping = byPlaceholder.get(placeholder);
    if (mapping === undefined) return undefined;
    touch(placeholder, mapping, at);
    return vault.open(mapping.envelope, { context });
  };

  /** What `<` + k backslashes + body + `>` restores to. */
  const resolve = (backslashes: number, body: string): string => {
    if (backslashes === 0) return lookup(`<${body}>`) ?? `<${body}>`;
    if (!BODY.test(body)) return `<${'\\'.repeat(backslashes)}${body}>`;
    return `<${'\\'.repeat(backslashes - 1)}${body}>`;
  };

  const restore = (text: string): string => {
    if (typeof text !== 'string') throw new ParapetInputError('restore expects a string');
    if (text.indexOf('<') < 0) return text;
    PLACEHOLDER.lastIndex = 0;
    return text.replace(PLACEHOLDER, (_m, slashes: string, body: string) =>
      resolve(slashes.length, body),
    );
  };

  const createRestorer = (): PseudonymRestorer => {
    // 0: normal; 1: after `<`; 2: after `<` and backslashes; 3: in a body.
    let state = 0;
    let backslashes = 0;
    let body = '';
    let ended = false;

    // Text held back for the current candidate. `<` and all but one
    // backslash are emitted as they arrive (they are output whatever
    // follows), so memory stays bounded by the body length.
    const held = (): string => (backslashes === 0 ? '<' : '\\') + body;

    const push = (chunk: string): string => {
      if (ended) throw new ParapetInputError('push after flush');
      if (typeof chunk !== 'string') throw new ParapetInputError('push expects a string');
      let out = '';
      let i = 0;
      while (i < chunk.length) {
        const c = chunk.charCodeAt(i);
        if (state === 0) {
          const next = chunk.indexOf('<', i);
          if (next < 0) {
            out += chunk.slice(i);
            break;
          }
          out += chunk.slice(i, next);
          state = 1;
          backslashes = 0;
          body = '';
          i = next + 1;
          continue;
        }
        if (c === 0x5c && (state === 1 || state === 2)) {
          if (state === 1) out += '<';
          else out += '\\';
          state = 2;
          backslashes++;
          i++;
          continue;
        }
        if (isBodyUnit(c) && body.length < MAX_BODY) {
          body += chunk[i]!;
          state = 3;
          i++;
          continue;
        }
        if (c === 0x3e && state === 3) {
          // `<` and all but one backslash are already out: emit the rest.
          if (backslashes === 0) out += resolve(0, body);
          else out += (BODY.test(body) ? '' : '\\') + body + '>';
          state = 0;
          i++;
          continue;
        }
        // Not a placeholder: release what was held and read this unit again
        // in the normal state (it may be the `<` of the next candidate).
        out += held();
        state = 0;
      }
      return out;
    };

    return {
      push,
      flush() {
        if (ended) return '';
        ended = true;
        return state === 0 ? '' : held();
      },
    };
  };

  const session: PseudonymSession = {
    id,
    get size() {
      purge(now());
      return byPlaceholder.size;
    },
    protect(text) {
      if (typeof text !== 'string') throw new ParapetInputError('protect expects a string');
      const at = now();
      purge(at);
      const matches = tidyMatches(scanner.scan(text), text.length);
      let out = '';
      let last = 0;
      for (const match of matches) {
        out += escapePlaceholders(text.slice(last, match.start));
        out += placeholderFor(labelOf(match), text.slice(match.start, match.end), at);
        last = match.end;
      }
      return out + escapePlaceholders(text.slice(last));
    },
    restore,
    createRestorer,
    restoreStream() {
      const restorer = createRestorer();
      return new TransformStream<string, string>({
        transform(chunk, controller) {
          const out = restorer.push(chunk);
          if (out !== '') controller.enqueue(out);
        },
        flush(controller) {
          const out = restorer.flush();
          if (out !== '') controller.enqueue(out);
        },
      });
    },
    clear() {
      byPlaceholder.clear();
      byFingerprint.clear();
    },
  };
  return Object.freeze(session);
}

function isBodyUnit(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Adds one backslash to everything that has the shape of a placeholder. */
function escapePlaceholders(text: string): string {
  if (text.indexOf('<') < 0) return text;
  PLACEHOLDER.lastIndex = 0;
  return text.replace(PLACEHOLDER, (whole, slashes: string, body: string) =>
    BODY.test(body) ? `<\\${slashes}${body}>` : whole,
  );
}
