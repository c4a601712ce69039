import { ParapetInputError } from '../../errors.js';
import { configError, parseOptions, suggest } from '../../internal/config.js';
import type { Severity } from '../../types.js';
import { Echoes } from './echo.js';
import { Engine, type Group, ScanState } from './engine.js';
import {
  PII_OPTION_KEYS,
  type RedactorOptions,
  type ResolvedRedactorOptions,
  redactorOptionsSchema,
} from './options.js';
import { piiRules } from './pii.js';
import { createRender, type Render, type RenderConfig, renderConfig } from './render.js';
import type { PiiType } from './rules.js';
import { secretRules } from './secret-rules.js';

/**
 * One redacted span, located in the caller's original string. It never
 * carries the matched value, so findings can be logged and serialised
 * (`JSON.stringify`) safely.
 */
export interface RedactionFinding {
  /** Stable id of the rule that matched, e.g. `github.classic-pat` or `pii.email`. */
  readonly ruleId: string;
  /** What was found, e.g. `openai_api_key`, `email`; used in masks and placeholders. */
  readonly type: string;
  readonly category: 'secret' | 'pii';
  readonly severity: Severity;
  /** UTF-16 offset where the redacted span starts. */
  readonly start: number;
  /** UTF-16 offset where the redacted span ends (exclusive). */
  readonly end: number;
  /** How sure the rule is, in (0, 1]; checksum-validated formats are 0.97 and above. */
  readonly confidence: number;
  /**
   * Present (and `true`) on a later occurrence of a secret value found earlier
   * in the same text or stream, reported with that finding's rule and type
   * (see the `secrets.echoes` option).
   */
  readonly echo?: true;
}

/** Result of {@link Redactor.redact}. */
export interface RedactResult {
  /** The text with every finding replaced according to the style. */
  readonly text: string;
  /** Non-overlapping findings in input order. */
  readonly findings: readonly RedactionFinding[];
  /**
   * How sensitive the input is in [0, 1]: `1 - product(1 - weight)` over
   * the PII findings (an SSN or a card weighs 0.9-0.95, an email 0.35, an IP
   * address 0.15). Secrets do not count: they are always redacted.
   */
  readonly piiScore: number;
}

/** An incremental redactor for text that arrives in chunks (SSE, streamed completions). */
export interface StreamRedactor {
  /**
   * Adds a chunk and returns the redacted text that is now safe to emit,
   * possibly empty. Text that could still turn out to be part of a secret
   * is held back (at most `streamWindow` characters).
   *
   * @throws {ParapetInputError} when `chunk` is not a string or after `flush`.
   */
  push(chunk: string): string;
  /**
   * Ends the stream and returns the remaining redacted text. The
   * concatenation of every `push` result and this equals `redact(all).text`.
   */
  flush(): string;
  /** Findings emitted so far, with offsets into the concatenated input. */
  readonly findings: readonly RedactionFinding[];
  /** `piiScore` of the findings emitted so far. */
  readonly piiScore: number;
  /** Characters received but not yet emitted. */
  readonly heldBack: number;
}

/** A compiled redactor. */
export interface Redactor {
  /** The resolved, frozen options. */
  readonly options: ResolvedRedactorOptions;
  /**
   * Longest single match in UTF-16 units (derived from `streamWindow`). A
   * key block or a token longer than this is matched in consecutive pieces
   * and reported as one finding.
   */
  readonly maxFindingLength: number;
  /**
   * Replaces every secret and PII finding in `text`. Never throws for a
   * string; idempotent for every style but `remove` (see `docs/redaction.md`).
   *
   * @throws {ParapetInputError} when `text` is not a string.
   */
  redact(text: string): RedactResult;
  /**
   * Findings only, without building the redacted text: the cheap path for
   * callers that decide or replace themselves.
   *
   * @throws {ParapetInputError} when `text` is not a string.
   */
  scan(text: string): readonly RedactionFinding[];
  /** A new incremental redactor sharing this one's compiled rules. */
  createStream(): StreamRedactor;
  /** A WHATWG `TransformStream` that redacts a stream of strings. */
  transformStream(): TransformStream<string, string>;
}

const NO_FINDINGS: readonly RedactionFinding[] = Object.freeze([]);

function toFinding(group: Group): RedactionFinding {
  const winner = group.winner;
  const finding: RedactionFinding = {
    ruleId: winner.info.id,
    type: winner.info.type,
    category: winner.info.category,
    severity: winner.info.severity,
    start: group.start,
    end: group.end,
    confidence: winner.confidence,
  };
  return Object.freeze(winner.echo === true ? { ...finding, echo: true } : finding);
}

/**
 * Whether `group` is the next piece of the key block `previous` ended: the
 * same block rule, starting where it stopped. One finding and one
 * replacement stand for all the pieces.
 */
function continues(previous: Group | undefined, group: Group): boolean {
  return (
    previous !== undefined &&
    group.start === previous.end &&
    group.winner.info === previous.winner.info &&
    (group.winner.info.block || group.winner.piece === true)
  );
}

/**
 * Records `group` in `findings`: a new finding, or, for the next piece of
 * the key block `previous` ended, the last finding reaching on to its end.
 * True when a new finding started, whose replacement is still to be written.
 */
function record(findings: RedactionFinding[], previous: Group | undefined, group: Group): boolean {
  if (continues(previous, group)) {
    findings[findings.length - 1] = Object.freeze({ ...findings.at(-1)!, end: group.end });
    return false;
  }
  findings.push(toFinding(group));
  return true;
}

/**
 * The replacement of `group` in `text` (which starts at absolute offset
 * `base`). An echo is rendered from its value alone, without the glue it
 * took in, so a hash or placeholder repeats the one its value first got.
 */
function renderGroup(render: Render, text: string, base: number, group: Group): string {
  const winner = group.winner;
  const echo = winner.echo === true;
  const start = (echo ? winner.start : group.start) - base;
  return render(winner.info.type, text, start, (echo ? winner.end : group.end) - base);
}

/** The findings of `groups`, a key block's pieces as one. */
function findingsOf(groups: readonly Group[]): RedactionFinding[] {
  const findings: RedactionFinding[] = [];
  for (let k = 0; k < groups.length; k++) record(findings, groups[k - 1], groups[k]!);
  return findings;
}

function score(keep: number): number {
  return Math.round((1 - keep) * 10_000) / 10_000;
}

const KNOWN_RULE_IDS = (): readonly string[] => [
  ...secretRules().map((rule) => rule.id),
  ...piiRules().map((rule) => rule.id),
];

/** Checks what the schema cannot: rule ids exist, and `hash` has a key. */
function verify(options: ResolvedRedactorOptions): void {
  if (options.disabledRules.length > 0) {
    const known = KNOWN_RULE_IDS();
    options.disabledRules.forEach((id, index) => {
      if (known.includes(id)) return;
      const hint = suggest(id, known);
      throw configError(
        'redact',
        `disabledRules[${index}]`,
        hint === undefined ? 'unknown rule id' : `unknown rule id; did you mean \`${hint}\`?`,
      );
    });
  }
  if (options.style === 'hash' && options.hashKey === undefined) {
    throw configError(
      'redact',
      'hashKey',
      'is required when style is "hash" (there is no default key)',
    );
  }
}

function piiSwitches(options: ResolvedRedactorOptions): Record<PiiType, boolean> {
  const on = {} as Record<PiiType, boolean>;
  for (const [key, type] of Object.entries(PII_OPTION_KEYS)) {
    on[type] = options.pii.enabled && options.pii[key as keyof typeof PII_OPTION_KEYS];
  }
  return on;
}

/**
 * Creates a redactor with options validated and rules compiled once.
 *
 * @example
 * ```ts
 * const redactor = createRedactor();
 * const { text, findings } = redactor.redact(`Mail jane@example.org, key ${key}`);
 * text; // 'Mail [REDACTED:email], key [REDACTED:openai_project_key]'
 * findings.map((f) => f.type); // ['email', 'openai_project_key']
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid (a `hash` style without `hashKey` included).
 */
export function createRedactor(options?: RedactorOptions): Redactor {
  return compileRedactor(parseOptions(redactorOptionsSchema, options, 'redact'));
}

/**
 * Builds a redactor from already-resolved options (used by `createParapet`,
 * which composes {@link redactorOptionsSchema} under the key `redact`).
 *
 * @example
 * ```ts
 * const resolved = parseOptions(redactorOptionsSchema, { style: 'placeholder' }, 'redact');
 * const redactor = compileRedactor(resolved);
 * ```
 *
 * @throws {ParapetConfigError} when a disabled rule id is unknown or `hash` lacks a key.
 */
export function compileRedactor(options: ResolvedRedactorOptions): Redactor {
  verify(options);
  const cap = Math.floor(options.streamWindow / 2) - 192;
  const engine = new Engine({
    secrets: options.secrets.enabled,
    genericSecrets: options.secrets.generic,
    disabledRules: new Set(options.disabledRules),
    pii: piiSwitches(options),
    minConfidence: options.minConfidence,
    allow: new Set(options.allow),
    cap,
  });
  const style = renderConfig(options);
  const scanners = engine.scanners.length;
  const echoes = options.secrets.enabled && options.secrets.echoes;
  // One instance for every one-shot call (a call runs to its end before the next starts).
  const oneShot = new Echoes();

  function groupsOf(text: string): Group[] {
    const closed: Group[] = [];
    if (text.length > 0 && scanners > 0)
      engine.scan(new ScanState(scanners), text, 0, true, closed);
    if (!echoes || closed.length === 0) return closed;
    oneShot.reset();
    const groups = oneShot.sweep(text, 0, closed, 0, text.length, true, true).groups;
    // Remembered values are copies of secrets: none outlives the call.
    oneShot.reset();
    return groups;
  }

  const redactor: Redactor = {
    options,
    maxFindingLength: cap,
    redact(text: string): RedactResult {
      if (typeof text !== 'string') throw new ParapetInputError('redact expects a string');
      const groups = groupsOf(text);
      if (groups.length === 0) return { text, findings: NO_FINDINGS, piiScore: 0 };
      const render = createRender(style);
      const findings: RedactionFinding[] = [];
      let keep = 1;
      let at = 0;
      let previous: Group | undefined;
      // Concatenation, not an array of parts and `join`: a third cheaper on a dense megabyte.
      let out = '';
      for (const group of groups) {
        // The rest of a key block adds nothing: its replacement is written already.
        if (record(findings, previous, group)) {
          out += text.slice(at, group.start);
          out += renderGroup(render, text, 0, group);
          keep *= 1 - group.winner.info.weight;
        }
        at = group.end;
        previous = group;
      }
      out += text.slice(at);
      return { text: out, findings: Object.freeze(findings), piiScore: score(keep) };
    },
    scan(text: string): readonly RedactionFinding[] {
      if (typeof text !== 'string') throw new ParapetInputError('scan expects a string');
      const groups = groupsOf(text);
      return groups.length === 0 ? NO_FINDINGS : Object.freeze(findingsOf(groups));
    },
    createStream(): StreamRedactor {
      return new IncrementalRedactor(engine, style, options.streamWindow, echoes);
    },
    transformStream(): TransformStream<string, string> {
      const stream = redactor.createStream();
      return new TransformStream<string, string>({
        transform(chunk, controller) {
          const out = stream.push(chunk);
          if (out.length > 0) controller.enqueue(out);
        },
        flush(controller) {
          const out = stream.flush();
          if (out.length > 0) controller.enqueue(out);
        },
      });
    },
  };
  return Object.freeze(redactor);
}

/** Text scanned at least this often (UTF-16 units), to amortise small chunks. */
const BATCH = 1024;

/**
 * Turns the code units of single-character chunks back into a string.
 * `String.fromCharCode` is exact for any code unit; a UTF-16LE
 * `TextDecoder` is much faster on long runs but replaces lone surrogates,
 * so its result is used only when it holds no U+FFFD.
 */
let utf16: InstanceType<typeof TextDecoder> | null | undefined;

function decodeUnits(units: Uint16Array, count: number): string {
  if (count < 64) return String.fromCharCode.apply(null, Array.from(units.subarray(0, count)));
  if (utf16 === undefined) {
    utf16 = null;
    // Byte order: the decoder reads little-endian bytes; a Uint16Array has the platform's.
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 && typeof TextDecoder === 'function') {
      try {
        utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
      } catch {
        utf16 = null;
      }
    }
  }
  const view = units.subarray(0, count);
  if (utf16 !== null) {
    const text = utf16.decode(view);
    if (text.length === count && !text.includes('\uFFFD')) return text;
  }
  let out = '';
  for (let i = 0; i < count; i += 4096)
    out += String.fromCharCode.apply(null, Array.from(view.subarray(i, i + 4096)));
  return out;
}

/**
 * The stream redactor. It keeps the text not yet emitted plus enough text
 * before it for the rules' look-behind, and resumes every scanner where it
 * stopped, so the total work is linear in the stream length.
 *
 * Single-character chunks (token-by-token streams) take a fast path: their
 * code units are appended to a small array and turned into a string only
 * when the batch is scanned, so a `push` costs a few nanoseconds.
 */
class IncrementalRedactor implements StreamRedactor {
  readonly #engine: Engine;
  readonly #render: Render;
  readonly #state: ScanState;
  readonly #window: number;
  readonly #retain: number;
  readonly #findings: RedactionFinding[] = [];
  /** Text received and not yet dropped, from `#base`; pending units come after it. */
  #buffer = '';
  /** Absolute offset of `#buffer[0]`. */
  #base = 0;
  /** Code units of single-character chunks received after `#buffer`. */
  readonly #units = new Uint16Array(BATCH);
  #pending = 0;
  /** How many more single-character chunks the fast path may take (0 after `flush`). */
  #room = 0;
  /** Absolute offset up to which output was emitted. */
  #emitted = 0;
  /** Absolute offset up to which text was scanned. */
  #scanned = 0;
  #keep = 1;
  #done = false;
  /** The last group emitted: the next may be another piece of its key block. */
  #last: Group | undefined;
  /** Secret values found so far, whose later occurrences are redacted too (off: undefined). */
  readonly #echoes: Echoes | undefined;

  constructor(engine: Engine, style: RenderConfig, window: number, echoes: boolean) {
    this.#engine = engine;
    this.#echoes = echoes ? new Echoes() : undefined;
    this.#render = createRender(style);
    this.#state = new ScanState(engine.scanners.length);
    this.#window = window;
    this.#retain = engine.cap + 512;
  }

  get findings(): readonly RedactionFinding[] {
    return this.#findings;
  }

  get piiScore(): number {
    return score(this.#keep);
  }

  get heldBack(): number {
    return this.#base + this.#buffer.length + this.#pending - this.#emitted;
  }

  push(chunk: string): string {
    const k = this.#pending;
    if (typeof chunk === 'string' && chunk.length === 1 && k < this.#room) {
      this.#units[k] = chunk.charCodeAt(0);
      this.#pending = k + 1;
      return '';
    }
    return this.#push(chunk);
  }

  #push(chunk: string): string {
    if (typeof chunk !== 'string') throw new ParapetInputError('push expects a string');
    if (this.#done) throw new ParapetInputError('push called after flush');
    if (chunk.length === 0) return '';
    this.#drain();
    this.#buffer += chunk;
    const end = this.#base + this.#buffer.length;
    const out =
      end - this.#scanned < BATCH && end - this.#emitted < this.#window ? '' : this.#run(false);
    this.#plan();
    return out;
  }

  flush(): string {
    if (this.#done) return '';
    this.#drain();
    const out = this.#run(true);
    this.#done = true;
    this.#room = 0;
    this.#buffer = '';
    // The remembered values are copies of secrets: none outlives the stream.
    this.#echoes?.reset();
    return out;
  }

  /** Moves pending single-character chunks into `#buffer`. */
  #drain(): void {
    if (this.#pending === 0) return;
    this.#buffer += decodeUnits(this.#units, this.#pending);
    this.#pending = 0;
  }

  /** Sets how many single-character chunks may arrive before the next scan is due. */
  #plan(): void {
    const end = this.#base + this.#buffer.length;
    // The push that reaches a threshold takes the slow path, which scans.
    const room = Math.min(this.#scanned + BATCH, this.#emitted + this.#window) - end - 1;
    this.#room = Math.min(room, BATCH);
  }

  #run(final: boolean): string {
    const engine = this.#engine;
    const state = this.#state;
    const buffer = this.#buffer;
    const base = this.#base;
    const end = base + buffer.length;
    const closed: Group[] = [];
    const frontier =
      engine.scanners.length === 0 ? end : engine.scan(state, buffer, base, final, closed);
    this.#scanned = end;
    let stop = final ? end : frontier;
    // A group still open starts at `stop` at the latest; no group will start before it.
    const group = state.group;
    const open = group !== undefined && group.start <= stop;
    if (open) stop = group.start;
    let groups = closed;
    if (this.#echoes !== undefined) {
      // Echoes of values found so far; where one cannot be decided yet, output stops.
      const swept = this.#echoes.sweep(buffer, base, closed, this.#emitted, stop, open, final);
      groups = swept.groups;
      stop = swept.stop;
    }
    const parts: string[] = [];
    let at = this.#emitted;
    for (const group of groups) {
      // As in `redact`: the rest of a key block adds nothing to the output.
      if (record(this.#findings, this.#last, group)) {
        parts.push(
          buffer.slice(at - base, group.start - base),
          renderGroup(this.#render, buffer, base, group),
        );
        this.#keep *= 1 - group.winner.info.weight;
      }
      at = group.end;
      this.#last = group;
    }
    if (stop > at) {
      parts.push(buffer.slice(at - base, stop - base));
      at = stop;
    }
    this.#emitted = at;
    let keepFrom = at;
    for (const next of state.next) keepFrom = Math.min(keepFrom, next - this.#retain);
    if (keepFrom > base) {
      this.#buffer = buffer.slice(keepFrom - base);
      this.#base = keepFrom;
    }
    return parts.join('');
  }
}

/**
 * Creates a stream redactor: `push(chunk)` returns the text that is safe to
 * emit now, `flush()` the rest. For any chunking, the concatenated output
 * equals `createRedactor(options).redact(all).text`.
 *
 * @example
 * ```ts
 * const stream = createStreamRedactor();
 * let out = '';
 * for await (const delta of completion) out += stream.push(delta);
 * out += stream.flush();
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createStreamRedactor(options?: RedactorOptions): StreamRedactor {
  return createRedactor(options).createStream();
}

/**
 * A WHATWG `TransformStream<string, string>` that redacts text flowing
 * through it (response bodies, SSE deltas after decoding).
 *
 * @example
 * ```ts
 * const safe = upstream.pipeThrough(new TextDecoderStream()).pipeThrough(createRedactionStream());
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createRedactionStream(options?: RedactorOptions): TransformStream<string, string> {
  return createRedactor(options).transformStream();
}

let defaultRedactor: Redactor | undefined;
const compiled = new WeakMap<object, Redactor>();

/**
 * Redacts `text` with `options` (defaults when omitted). Options objects are
 * validated once and remembered; for a hot path prefer {@link createRedactor}
 * or `createParapet().redact`.
 *
 * @example
 * ```ts
 * redact('call +44 20 7946 0958').text; // 'call [REDACTED:phone]'
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 * @throws {ParapetInputError} when `text` is not a string.
 */
export function redact(text: string, options?: RedactorOptions): RedactResult {
  if (options === undefined) {
    defaultRedactor ??= createRedactor();
    return defaultRedactor.redact(text);
  }
  let redactor = compiled.get(options);
  if (redactor === undefined) {
    redactor = createRedactor(options);
    compiled.set(options, redactor);
  }
  return redactor.redact(text);
}
