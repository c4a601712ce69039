/**
 * The detection engine shared by the one-shot and the streaming redactor.
 *
 * Six native scans find trigger positions in one pass each: `_ - .`
 * followed by a non-space (tokens with punctuation, key blocks, MACs,
 * command-line options), `= : @ >` (assignments, XML elements, emails, URL
 * credentials, IPv6), a digit or `+`/`(` that starts a token (numeric PII,
 * digit-led tokens), capital letters followed by digits (IBAN, NINO, PAN),
 * the few keywords without punctuation (`AKIA`, `AIza`, ..., and the Bech32
 * prefixes `bc1` and `ltc1`), and
 * a key word's last letter before ` is ` (a key named in a sentence). Each trigger selects the rules
 * that can match there (the keyword prefilter) and evaluates them on a
 * bounded window of text, so every decision depends only on text near the
 * trigger. That locality is what lets the stream redactor hold back a
 * bounded window and still produce exactly the one-shot output.
 *
 * Candidates are then swept left to right: overlapping ones merge into one
 * span (never longer than `cap`) whose type is the most specific member's.
 *
 * @module
 */

import type { Severity } from '../../types.js';
import {
  afterEscape,
  afterPercent,
  charTable,
  isAlnum,
  isDigit,
  isHex,
  isSpace,
  isUrlSafe,
  TOKEN_STOP,
  VALUE_STOP,
} from './chars.js';
import { charClasses, generatedPassword, isPlaceholder, shannonEntropy } from './entropy.js';
import {
  cjkUsedWordStart,
  FOREIGN_OPERATOR,
  type ForeignKey,
  isAs,
  isCjkAs,
  KEY_REACH,
  keyAfter,
  keyBefore,
  keyInParens,
  keyOfReferent,
  operatorEnd,
  parenAt,
  USED_WORD_MAX,
  usedWordFrontier,
  usedWordStart,
} from './foreign.js';
import {
  dataBlock,
  dataKeyColumn,
  jsonDataKey,
  jsonDataObject,
  jsonKindAfter,
  jsonKindBefore,
  kindAfter,
  kindBefore,
  NO_DATA,
  opensBlock,
} from './manifest.js';
import { OffsetMap } from './offset-map.js';
import {
  alnumPiiAt,
  BECH32_PREFIXES,
  bech32At,
  cellPiiAt,
  digitPiiAt,
  ENCODED_REACH,
  emailAt,
  encodedPiiAt,
  encodedSpaceAt,
  ipv6At,
  macAt,
  type PiiHit,
  type PiiSwitches,
  piiLabel,
  piiRules,
} from './pii.js';
import type {
  AssignmentRule,
  BlockRule,
  PiiType,
  SecretRule,
  SecretValidatorName,
  TokenRule,
  UrlRule,
} from './rules.js';
import { secretRules } from './secret-rules.js';
import { type SpanMode, spanEnd, spanPattern, spanStart, WHOLE } from './span-pattern.js';
import {
  COLUMNS_MAX,
  continuesTable,
  copyRow,
  csvHeader,
  csvLine,
  fieldRunEnd,
  firstTuple,
  HEADER_MAX,
  headerLine,
  headerStart,
  LONG_LINE,
  nextTuple,
  ROWS_MAX,
  rowBefore,
  sqlColumns,
  sqlTuple,
  stdinAfter,
  valuesAfter,
} from './tables.js';
import { validateSecret } from './validators.js';
import {
  COMMAND_REACH,
  COMMANDS,
  credentialLike,
  FALLBACK_REACH,
  fallbackAt,
  isEscapeLetter,
  isKeyChar,
  isProsePunct,
  isQuote,
  isWrapperOpen,
  keyHash,
  LOOSE_AHEAD,
  lookupAt,
  looseValueAt,
  NEXT_LINE_AHEAD,
  namingAttribute,
  nextLineValue,
  pathLike,
  sameFolded,
  takesPassword,
  tokenLike,
  wrappedWord,
} from './values.js';

/** What the engine knows about a rule at run time. */
export interface RuleInfo {
  readonly index: number;
  readonly id: string;
  readonly type: string;
  readonly category: 'secret' | 'pii';
  readonly severity: Severity;
  readonly priority: number;
  readonly confidence: number;
  /** Contribution of one finding to `piiScore` (0 for secrets). */
  readonly weight: number;
  /**
   * A key block rule: its findings may come in consecutive pieces (a block
   * longer than the longest finding), reported as one.
   */
  readonly block: boolean;
}

/** A possible finding before overlaps are resolved; offsets are absolute. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly info: RuleInfo;
  readonly confidence: number;
  /** A later piece of a finding longer than `cap` (reported with the one before it). */
  readonly piece?: boolean;
  /** A later occurrence of a value found before (see echo.ts). */
  readonly echo?: boolean;
}

/** A resolved, non-overlapping finding span (absolute offsets). */
export interface Group {
  start: number;
  end: number;
  winner: Candidate;
}

/** What the engine is compiled from. */
export interface EngineConfig {
  readonly secrets: boolean;
  readonly genericSecrets: boolean;
  readonly disabledRules: ReadonlySet<string>;
  readonly pii: PiiSwitches;
  readonly minConfidence: number;
  readonly allow: ReadonlySet<string>;
  /** Longest finding (and merged span) in UTF-16 units. */
  readonly cap: number;
}

interface Checks {
  readonly info: RuleInfo;
  readonly validate: SecretValidatorName | undefined;
  readonly soft: number | undefined;
  readonly minEntropy: number;
  readonly minClasses: number;
  readonly placeholders: boolean;
}

interface CompiledToken extends Checks {
  readonly re: RegExp;
  /** How the finding is located in a match of `re` (see span-pattern.ts). */
  readonly span: SpanMode;
  readonly maxLength: number;
  readonly natural: boolean;
  /** An `http://` or `https://` right before the token belongs to the finding. */
  readonly scheme: boolean;
}

interface CompiledAssignment extends Checks {
  readonly key: RegExp;
  readonly exclude: RegExp | undefined;
  readonly value: RegExp;
  readonly sticky: boolean;
  /** How a sticky value's finding is located in a match of `value`. */
  readonly span: SpanMode;
  readonly maxLength: number;
  readonly context: RegExp | undefined;
  /** A catch-all rule (`generic.*`): written loosely, its value must read as a credential. */
  readonly generic: boolean;
}

interface CompiledBlock extends Checks {
  readonly context: RegExp | undefined;
}

/** A keyword trie over ASCII code units; `rules` at a node end a keyword there. */
class Trie {
  readonly next: (Trie | undefined)[] = [];
  rules: CompiledToken[] | undefined;
  /**
   * At a node where a keyword ends: the rules of every keyword on the path
   * to it, shortest keyword first (built by {@link Trie.seal}, so `match`
   * concatenates nothing per trigger).
   */
  path: readonly CompiledToken[] | undefined;

  add(word: string, rule: CompiledToken): void {
    let node: Trie = this;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next[c];
      if (child === undefined) {
        child = new Trie();
        node.next[c] = child;
      }
      node = child;
    }
    node.rules ??= [];
    if (!node.rules.includes(rule)) node.rules.push(rule);
  }

  /** True when some keyword starts with code unit `c`. */
  starts(c: number): boolean {
    return c < 128 && this.next[c] !== undefined;
  }

  /**
   * Rules of every keyword that starts at `text[i]`, or undefined (reads at
   * most the longest keyword). Usually one keyword matches: its own list is
   * returned, not a copy.
   */
  match(text: string, i: number): readonly CompiledToken[] | undefined {
    let node: Trie | undefined = this;
    let out: readonly CompiledToken[] | undefined;
    for (let p = i; p < text.length; p++) {
      const c = text.charCodeAt(p);
      node = c < 128 ? node.next[c] : undefined;
      if (node === undefined) break;
      if (node.path !== undefined) out = node.path;
    }
    return out;
  }

  /** Builds every node's {@link Trie.path}; call once, after the last `add`. */
  seal(above: readonly CompiledToken[] | undefined = undefined): void {
    let path = above;
    if (this.rules !== undefined)
      path = above === undefined ? this.rules : above.concat(this.rules);
    this.path = this.rules === undefined ? undefined : path;
    for (const child of this.next) child?.seal(path);
  }

  get empty(): boolean {
    return this.next.length === 0;
  }
}

/** Per-call state of the scan: where each scanner resumes, and the open merge group. */
export class ScanState {
  /** Absolute offset where each scanner resumes. */
  readonly next: number[];
  /** Candidates found but not yet swept (start at or after the last frontier). */
  pending: Candidate[] = [];
  group: Group | undefined;
  /** End of the last closed group: later candidates are clipped to start here. */
  floor = 0;
  /** The winner of the last closed group. */
  last: Candidate | undefined;
  /**
   * Committed candidates by absolute start: the longest end and its
   * priority, packed as `end * 128 + priority` (priorities are below 128).
   * A lower-priority candidate inside one of them cannot change the merged
   * result, so it is skipped before its checks run. Kept across the calls
   * of a stream, so an assignment deferred to the next batch still sees the
   * token found in its value.
   */
  readonly strong = new OffsetMap();
  /**
   * Key blocks longer than the longest finding, in order: where the next
   * piece of each one's body starts (see `Engine.#chains`).
   */
  chains: BlockChain[] = [];
  /** How far (absolute) the pieces of key blocks have been read. */
  chainReach = 0;

  constructor(scanners: number) {
    this.next = new Array<number>(scanners).fill(0);
  }
}

/** The rest of a key block's body, still to be covered (`Engine.#chains`). */
interface BlockChain {
  /** Absolute offset where the next piece starts. */
  readonly at: number;
  readonly rule: Checks;
  /** The block's END line, which ends it. */
  readonly marker: string;
  /** The block is kept as JSON strings, one per line: quotes are part of its body. */
  readonly escaped: boolean;
  /**
   * The rest of a token longer than the longest finding (a JWT of 3 KB, a
   * key block encoded once more in base64): a unit that ends a token ends it.
   */
  readonly token: boolean;
}

/** A command name found in the text (`#commandBefore`). */
interface Command {
  readonly at: number;
  readonly end: number;
  readonly name: string;
}

/** A view of the text being scanned; `end` is where the available text stops. */
class Ctx {
  text = '';
  end = 0;
  final = true;
  base = 0;
  out: Candidate[] = [];
  /** No value stop character lies in `[stopFrom, stopTo)` (a cache for `#assign`). */
  stopFrom = 1;
  stopTo = 0;
  /**
   * No token stop character lies in `[runFrom, runTo)` (a cache for
   * `#token`: rules sharing a keyword, and keywords inside one token such
   * as a JWT's `eyJ` segments, walk the same run).
   */
  runFrom = 1;
  runTo = 0;
  /**
   * No unit in `[clearFrom, clearTo)` is a space, a quote or the end of a
   * `://` (a cache for `#schemeBefore`: the `@`s of one line share it).
   */
  clearFrom = 1;
  clearTo = 0;
  /**
   * The last comma {@link argumentAt} read back from, the parenthesis of its
   * argument list (-1: none) and its argument's index (a cache: the commas
   * of one argument list share it).
   */
  callAt = -1;
  callOpen = -1;
  callIndex = 0;
  /** Where the search for commands resumes (a cursor for `#commandBefore`). */
  commandFrom = 0;
  /** A command found ahead of the last flag. */
  commandNext: Command | undefined;
  /** The last command that ends before the last flag. */
  commandLast: Command | undefined;
  /** The flag the cursor last answered for (scanners run one after another, each from the start). */
  commandAt = 0;
  /**
   * Per END marker: where the last search for it started and what it found
   * (-1: nowhere after). BEGIN lines come in increasing order, so one
   * forward search per marker serves all of them (a flood of BEGIN lines
   * costs no rescans).
   */
  readonly markers = new Map<string, { from: number; at: number }>();
  /** Every unit in `[bodyFrom, bodyTo)` may continue a key block's body (a cache for `#blockBegin`). */
  bodyFrom = 1;
  bodyTo = 0;
  /**
   * Key blocks whose body runs on past the longest finding, found by this
   * scan (a retried handler finds the same one again: see `Engine.scan`).
   */
  readonly chains: BlockChain[] = [];
  /** Empty between scans, so the context holds no state alive. */
  readonly idle = new OffsetMap();
  /** The scan state's {@link ScanState.strong} (absolute offsets) during a scan. */
  strong = this.idle;
  /**
   * Set by a handler that has read past its trigger and found nothing
   * there its scanner could act on: the scan resumes at this offset (0:
   * no skip).
   */
  skip = 0;
  /**
   * The last CSV line whose shape was read: where the line after it
   * starts, and its field count (-1 when it is no row: a blank after a
   * comma, a quote out of place, too long). A header candidate reads the
   * line before it; in a table that is the candidate read just before.
   */
  shapeNext = -1;
  /** The separator of that line (a comma, semicolon or tab). */
  shapeSep = 44;
  shapeFields = -1;
  /**
   * A stretch `[breaklessFrom, breaklessTo)` of the text being scanned known
   * to hold no line break, read for a `COPY ... FROM stdin` line's end: a
   * flood of `) FROM stdin` reads each part of the text once.
   */
  breaklessFrom = -1;
  breaklessTo = -1;
  /**
   * The last search for the key "the new one" refers to: where it started
   * and the end of the key it found (-1 for none), both absolute, so that a
   * flood of "the new one is ..." reads each part of the text once.
   */
  antecedentFrom = -1;
  antecedentKey = -1;

  /** True when a committed candidate at buffer offset `start` covers `[start, end)` with a higher priority. */
  covered(start: number, end: number, priority: number): boolean {
    const hit = this.strong.get(start + this.base);
    return hit >= 0 && Math.floor(hit / 128) >= end + this.base && hit % 128 > priority;
  }

  /**
   * Records a candidate as it is pushed. A handler that then turns out to
   * need more text drops its candidates, but recreates the same ones on the
   * retry, so what they cover stays covered.
   */
  strengthen(start: number, end: number, priority: number): void {
    const from = start + this.base;
    const to = end + this.base;
    const hit = this.strong.get(from);
    if (hit < 0 || (to >= Math.floor(hit / 128) && priority >= hit % 128))
      this.strong.set(from, to * 128 + priority);
  }

  /** True when everything before `p` is known (or no more text will come). */
  need(p: number): boolean {
    return p <= this.end || this.final;
  }

  /** Read limit for a look-ahead up to `p` that `need(p)` allowed. */
  lim(p: number): number {
    return Math.min(p, this.end);
  }
}

type Handler = (ctx: Ctx, h: number) => boolean;

interface Scanner {
  /**
   * Finds triggers. With `lead` 1 it consumes the character before the
   * trigger (which must not be a letter or digit) instead of a look-behind,
   * so the pattern stays within what safe-regex2 can check; `start` then
   * matches a trigger at offset 0.
   */
  readonly re: RegExp;
  readonly lead: 0 | 1;
  /** Fixed match length: the loop then uses `test` (no match array) and `lastIndex`. */
  readonly width?: number;
  readonly start?: RegExp;
  /** Characters after a trigger the scanner's own pattern reads. */
  readonly ahead: number;
  /**
   * The first trigger in `[from, to)`, or -1: exactly where `re` would
   * report one, for the few characters after a handled trigger. A flood of
   * triggers (`a-a-a-...`) is then found without re-entering the regex
   * engine for each; `re` takes over past `to`.
   */
  readonly near?: (text: string, from: number, to: number) => number;
  readonly handle: Handler;
  /** Earliest start of any candidate a trigger at or after `next` can produce. */
  readonly frontier: (text: string, next: number) => number;
}

/**
 * Key words found by the keyword scan, each from a letter rare enough that
 * the one pass costs next to nothing: `key` and `token` (`ken`) in any
 * case, `secret` (`cret`, `CRET`), and the upper-case `PASSWORD`, `PASSWD`,
 * `PWD`, `PASS` of variable names; then a space, a tab or a comma (a CSV
 * field). And `machine` (`chine`), which opens a `.netrc` entry, and
 * `Authorization` (`zation`) before a space: a header set by a server's
 * directive (`proxy_set_header Authorization "Bearer ..."`). A lower-case
 * `password` before a space is found by its `sword` ("with password
 * Xk9#..."; its value must read as a credential); a trigger at its `d`
 * would cost a tenth more on prose. Other wordings of a password are found
 * through ` is `, `:`, `=`, `=>`, `->` and table cells.
 */
const LABEL_WORDS =
  '[kK](?:ey|EY|en|EN)(?:[ \\t,]| ?\\? )|cret(?:[ \\t,]| ?\\? )|CRET[ \\t,]|WORD[ \\t,]|WD[ \\t,]|ASS[ \\t,]|chine[ \\t\\r\\n]|zation[ \\t]|or[dt] ?\\? |enha ?\\? |sword[ \\t]';
/** Characters after its first letter that {@link LABEL_WORDS} reads. */
const LABEL_AHEAD = 6;

/** HTTP authentication scheme words whose credential follows them in prose (see `#schemeWord`). */
const SCHEME_WORDS: readonly string[] = ['Basic ', 'Bearer '];
/** Units of a bearer token read to judge whether it is random. */
const BEARER_PEEK = 256;

/** Shortest word before a parenthesis that names it (`X? (API key)`) worth reading. */
const PAREN_WORD_MIN = 10;
/** Units of a word between a key and its value that `#bare` skips (`was `, `to `), with spaces. */
const BARE_GLUE = 8;
/** Most lower-case words {@link proseVerbEnd} reads before `was` or `is`, and the longest of them. */
const PROSE_WORDS = 5;
const PROSE_WORD = 16;
/** Units after a key word that `#bare` reads before its value (spaces, words, verb). */
const PROSE_REACH = 4 + PROSE_WORDS * (PROSE_WORD + 1) + 4;

/**
 * Where the value starts after a few lower-case words and `was` or `is`
 * that follow a key in a sentence ("token we rotated yesterday was ...",
 * "key you gave me is ..."): one to four words before the verb, each at
 * most {@link PROSE_WORD} letters, one space apart. -1 when the words run
 * into anything else.
 */
function proseVerbEnd(text: string, from: number): number {
  // The words open a clause about the key ("we rotated", "for staging"); a noun
  // right after the key word names something else ("secret arn is ...").
  if (!CLAUSE_OPENER.test(text.slice(from, from + 10))) return -1;
  let p = from;
  for (let words = 0; words < PROSE_WORDS; words++) {
    const s = p;
    while (p - s < PROSE_WORD && isLowerAscii(text.charCodeAt(p))) p++;
    if (p === s || text.charCodeAt(p) !== 32) return -1;
    if (
      words > 0 &&
      ((p - s === 3 && text.startsWith('was', s)) || (p - s === 2 && text.startsWith('is', s)))
    )
      return p + 1;
    p++;
  }
  return -1;
}

/**
 * Whether another `name=value` pair starts at `v` (`PASSWORD dur=850ms` in a
 * log line): a name, `=`, then a letter or digit. Base64 padding ends a word.
 */
function pairAt(text: string, v: number): boolean {
  let p = v;
  while (p - v < 64 && isKeyChar(text.charCodeAt(p))) p++;
  return p > v && text.charCodeAt(p) === 61 && isAlnum(text.charCodeAt(p + 1));
}

/**
 * What ends one command and starts another between a command and its user
 * flag: a sentence end, `;`, `|`, `&&`, or another user flag (one command
 * takes one).
 */
const COMMAND_BREAK = /[.?!]\s|[;|]|&&|\s(?:-u|--user)\s/;

/** Longest remark in parentheses between a key and ` is ` ("the password (prod) is ..."). */
const REMARK_MAX = 24;

/** Longest adverb {@link adverbEnd} skips, with its space. */
const ADVERB_MAX = 10;

/**
 * Where a value starts after an adverb between ` is ` and it ("the password
 * is now ...", "is still ..."), or -1.
 */
function adverbEnd(text: string, from: number): number {
  for (const word of ADVERBS) if (text.startsWith(word, from)) return from + word.length;
  return -1;
}
const ADVERBS = ['now ', 'still ', 'currently ', 'just '];

/** Most words {@link qualifiedKeyEnd} reads between a preposition and ` is `, and the longest. */
const QUALIFIER_WORDS = 4;
const QUALIFIER_LENGTH = 24;

/**
 * Where a key word ends before a preposition and the one to four words it
 * governs, the last of which starts at `k` ("password for the admin
 * account", "token on staging", "client secret voor acceptatie"), or -1.
 */
function qualifiedKeyEnd(text: string, k: number): number {
  let p = k;
  for (let words = 0; words < QUALIFIER_WORDS; words++) {
    if (text.charCodeAt(p - 1) !== 32) return -1;
    const s = p - 1;
    p = s;
    while (s - p < QUALIFIER_LENGTH && p > 0 && isKeyChar(text.charCodeAt(p - 1))) p--;
    if (p === s) return -1;
    const length = s - p;
    if (
      (length === 3 && (text.startsWith('for', p) || text.startsWith('FOR', p))) ||
      (length === 2 && (text.startsWith('on', p) || text.startsWith('of', p))) ||
      // The same in other languages: "secret voor acceptatie", "token pour la pr\u00e9prod".
      (length === 4 &&
        (text.startsWith('voor', p) || text.startsWith('pour', p) || text.startsWith('para', p))) ||
      (length === 3 && text.startsWith('per', p))
    )
      return text.charCodeAt(p - 1) === 32 ? p - 1 : -1;
  }
  return -1;
}

/** The first word of a clause after a key named in a sentence (see {@link proseVerbEnd}). */
const CLAUSE_OPENER = /^(?:we|i|you|they|that|which|someone|somebody|for|from|in|on|of) /;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
const BEGIN = '-----BEGIN ';
const REDACTED = '[REDACTED:';
const END_MARK = '-----END ';
const PUNCT_LOOKAHEAD = 64;
const LITERAL_LOOKAHEAD = 24;
const PII_LOOKAHEAD = 100;
const OPS_BACK = 300;
/**
 * A finding this close to the longest (`cap`) may have been cut short: the
 * reach of a value is counted from its key or operator, a little before it.
 */
const LONG_SLACK = 128;
/** Units after `FROM stdin` read for the end of its line. */
const COPY_LINE = 150;
/** Units after a column list's `)` read for ` FROM stdin` and the end of its line. */
const COPY_REACH = 8 + 10 + COPY_LINE + 1;
/** Longest host name of a `.pgpass` line read back from its first colon. */
const PGPASS_HOST = 253;
/** A `.pgpass` port (digits or `*`) and its colon. */
const PGPASS_PORT = /(?:[0-9]{1,5}|\*):/y;
/**
 * The port, database and user fields of a `.pgpass` line, each up to 63
 * units (`\:` and `\\` escaped), then the password's first unit.
 */
const PGPASS_FIELDS =
  /(?:[0-9]{1,5}|\*):(?:[^:\s\\]|\\[:\\]){1,63}:(?:[^:\s\\]|\\[:\\]){1,63}:(?=[^\s])/y;
/** Units after the host's colon a `.pgpass` line may need before its password. */
const PGPASS_REACH = 6 + 2 * 65 + 2;
/** How far before "the new one is" its key may be named. */
const ANTECEDENT_BACK = 240;
/** "new one", "current one", "rotated one": a replacement of a key named before. */
const REPLACEMENT_ONE =
  /(?:^|[^a-z])(?:new|current|correct|right|updated|rotated|replacement|latest|fresh) $/i;

/** Where the key word ending at `end` starts (at most 64 units back). */
function keyWordStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
  return k;
}
/** Characters a scanner's `near` probes after a handled trigger before `re` takes over. */
const PROBE = 8;

/**
 * Whether the `:` at `colon` ends the head of one of parapet's own tokens,
 * `[REDACTED:<type>:`.
 */
export function insideOwnToken(text: string, colon: number): boolean {
  let p = colon;
  while (p > 0 && colon - p < 40) {
    const c = text.charCodeAt(p - 1);
    if (!((c >= 97 && c <= 122) || isDigit(c) || c === 95)) break;
    p--;
  }
  return p < colon && text.startsWith('[REDACTED:', p - 10);
}

/**
 * Where a URL starting at `at` starts with its scheme: `at - 8` after
 * `https://`, `at - 7` after `http://`, else `at`.
 */
export function schemeStart(text: string, at: number): number {
  if (at < 7 || text.charCodeAt(at - 1) !== 47 || text.charCodeAt(at - 2) !== 47) return at;
  if (text.startsWith('https:', at - 8)) return at - 8;
  return text.startsWith('http:', at - 7) ? at - 7 : at;
}

/**
 * A frontier moved back over the part of a URL scheme before it (`https`,
 * `https:`, `https:/`, `https://`, and the same for `http`): a webhook
 * URL found later starts there (TokenRule.scheme), and text up to a
 * frontier is final. `at` starts a run of letters and digits (or ends the text).
 */
export function schemeFrontier(text: string, at: number): number {
  let p = at;
  if (text.charCodeAt(p - 1) === 47) p--;
  if (p < at && text.charCodeAt(p - 1) === 47) p--;
  if (text.charCodeAt(p - 1) !== 58) return p === at ? at : schemeWord(text, p, at);
  return schemeWord(text, p - 1, at);
}

/** The start of `http` or `https` ending at `end`; `fallback` without one. */
function schemeWord(text: string, end: number, fallback: number): number {
  if (text.startsWith('https', end - 5)) return end - 5;
  return text.startsWith('http', end - 4) ? end - 4 : fallback;
}

/** `[_.-](?=\S)`: the position of the punctuation. */
export function nearPunct(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length - 1);
  for (let p = from; p < end; p++) {
    const c = text.charCodeAt(p);
    if ((c === 95 || c === 46 || c === 45) && !isSpace(text.charCodeAt(p + 1))) return p;
  }
  return -1;
}

/**
 * `[^A-Za-mo-qsu-z0-9][0-9]` with `lead` 1: the position of the digit. The
 * letters `n`, `r` and `t` may end a string escape (`\\n123`), which the
 * handler tells apart from a letter inside a word.
 */
export function nearDigit(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  for (let p = Math.max(from, 1); p < end; p++) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) continue;
    const b = text.charCodeAt(p - 1);
    if (!isAlnum(b) || b === 110 || b === 114 || b === 116) return p;
  }
  return -1;
}

/**
 * The operator scanner's trigger: `=`, `:`, `@`, `|`; `>` not before `<` or
 * `>`; `(` before a quote; a comma before a quote (after up to 16 blanks);
 * a comma, semicolon or tab before a letter or `_` (a table header's
 * separator); `%40`; `)` before `VALUES` or `FROM stdin`.
 */
export const OPS_TRIGGER =
  /[=:@|]|>(?![<>])|\((?= ?["'])|,(?=[ \t]{0,16}["'])|[,;\t](?=[A-Za-z_])|%(?=40)|\)(?=[ \t\r\n]{0,8}(?:[Vv][Aa][Ll][Uu][Ee][Ss]|[Ff][Rr][Oo][Mm] [Ss][Tt][Dd][Ii][Nn]))/g;

/** The first match of {@link OPS_TRIGGER} in `text[from, to)`, without a regular expression. */
export function nearOps(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  for (let p = from; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 61 || c === 58 || c === 64 || c === 124) return p;
    if (c === 37 && text.charCodeAt(p + 1) === 52 && text.charCodeAt(p + 2) === 48) return p;
    if (c === 41 && (valuesAfter(text, p + 1) >= 0 || stdinAfter(text, p + 1) >= 0)) return p;
    if (c === 59 || c === 9) {
      const n = text.charCodeAt(p + 1);
      if (n === 95 || ((n | 0x20) >= 97 && (n | 0x20) <= 122)) return p;
    }
    if (c === 40) {
      const n = text.charCodeAt(p + 1);
      if (n === 34 || n === 39) return p;
      if (n === 32) {
        const m = text.charCodeAt(p + 2);
        if (m === 34 || m === 39) return p;
      }
    }
    if (c === 44) {
      const n = text.charCodeAt(p + 1);
      if (n === 34 || n === 39 || n === 95 || ((n | 0x20) >= 97 && (n | 0x20) <= 122)) return p;
      // Up to 16 spaces or tabs before a quote: `define( 'AUTH_KEY',         '...' )`.
      let q = p + 1;
      while (q - p <= 16 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
      const m = text.charCodeAt(q);
      if (q > p + 1 && q - p <= 17 && (m === 34 || m === 39)) return p;
    }
    if (c === 62) {
      const n = text.charCodeAt(p + 1);
      if (n !== 60 && n !== 62) return p;
    }
  }
  return -1;
}

/**
 * The end of the key word {@link LABEL_WORDS} matches at `h` (where the
 * space or tab after it is), or -1 when another alternative matched there.
 */
function labelWordEnd(text: string, h: number): number {
  let e = -1;
  const c = text.charCodeAt(h);
  const n = text.charCodeAt(h + 1);
  const m = text.charCodeAt(h + 2);
  if (c === 107 || c === 75) {
    if ((n === 101 && (m === 121 || m === 110)) || (n === 69 && (m === 89 || m === 78))) e = h + 3;
  } else if (c === 99) {
    if (text.startsWith('ret', h + 1)) e = h + 4;
  } else if (c === 67) {
    if (text.startsWith('RET', h + 1)) e = h + 4;
  } else if (c === 87) {
    if (n === 68) e = h + 2;
    else if (text.startsWith('ORD', h + 1)) e = h + 4;
  } else if (c === 65 && n === 83 && m === 83) e = h + 3;
  // "with password Xk9#...": the lower-case word before a space (its value must read as one).
  else if (c === 115 && n === 119 && text.startsWith('ord', h + 2)) e = h + 5;
  // "password", "wachtwoord", "Passwort" and "senha" only before a question mark.
  else if (
    (c === 111 && n === 114 && (m === 100 || m === 116)) ||
    (c === 101 && text.startsWith('nha', h + 1))
  ) {
    const q = c === 111 ? h + 3 : h + 4;
    return questionAfter(text, q) > 0 ? q : -1;
  }
  if (e < 0) return -1;
  const s = text.charCodeAt(e);
  // "can you try this token? 9f3a...": a question names the key, its value follows.
  if (questionAfter(text, e) > 0) return e;
  return s === 32 || s === 9 || s === 44 ? e : -1;
}

/**
 * Where the value may start after a question mark that ends a key word at
 * `end` (`token? `, French `token ? `), or -1.
 */
function questionAfter(text: string, end: number): number {
  let q = end;
  if (text.charCodeAt(q) === 32) q++;
  return text.charCodeAt(q) === 63 && text.charCodeAt(q + 1) === 32 ? q + 2 : -1;
}

/**
 * A command that sets the variable named at `k` without an operator:
 * Windows `setx NAME value`, fish `set -gx NAME value`, a Dockerfile's
 * `ENV NAME value`. Reads the line before `k` (at most 40 units).
 */
function setsVariable(text: string, k: number): boolean {
  let p = k;
  while (p > 0 && k - p < 40 && text.charCodeAt(p - 1) !== 10) p--;
  if (p > 0 && text.charCodeAt(p - 1) !== 10) return false;
  return SETS_VARIABLE.test(text.slice(p, k));
}

const SETS_VARIABLE =
  /(?:^|[\s;&|(])(?:setx|SETX|set -{1,2}[A-Za-z]{1,8})[ \t]{1,4}$|^[ \t]{0,8}ENV[ \t]{1,4}$/;

/**
 * Whether the value at `v` fills its table cell: one word, then spaces up
 * to the next `|` or the end of the line. Reads at most
 * {@link LOOSE_AHEAD} units; a longer word passes.
 */
function wholeCell(text: string, v: number): boolean {
  let p = v;
  while (p - v < 4 && text.charCodeAt(p) === 32) p++;
  const start = p;
  while (p < text.length && p - start < 128) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) break;
    if (c === 124) return false;
    p++;
  }
  if (p - start >= 128) return true;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return p >= text.length || c === 124 || c === 10 || c === 13;
}

/**
 * Whether the quote at `close` ends a quoted table cell: its opening quote
 * (the same character) is in the same cell, at most {@link CELL_KEY_MAX}
 * units before, after a blank or the cell's `|`.
 */
function quotedCell(text: string, close: number): boolean {
  const q = text.charCodeAt(close);
  for (let p = close - 1; p > 0 && close - p <= CELL_KEY_MAX; p--) {
    const c = text.charCodeAt(p);
    if (c === 124 || c === 10) return false;
    if (c === q)
      return p < close - 1 && (isBlank(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 124);
  }
  return false;
}

/** Longest quoted key {@link quotedCell} reads back over. */
const CELL_KEY_MAX = 64;

/** Longest bracketed current value {@link promptLabelEnd} reads back over. */
const PROMPT_VALUE_MAX = 48;

/**
 * Where the label of a prompt ends when the `]` at `close` ends a bracketed
 * current value right before the prompt's colon (`aws configure`'s
 * `AWS Secret Access Key [****************abcd]: `): the end of the word
 * before ` [`. Otherwise `close + 1` (the colon: no label there).
 */
function promptLabelEnd(text: string, close: number): number {
  for (let p = close - 1; p > 1 && close - p <= PROMPT_VALUE_MAX; p--) {
    const c = text.charCodeAt(p);
    // `x ["key"]:` indexes by a quoted key; a prompt's current value is not quoted.
    if (c === 91)
      return isBlank(text.charCodeAt(p - 1)) &&
        isAlnum(text.charCodeAt(p - 2)) &&
        !isQuote(text.charCodeAt(p + 1))
        ? p - 1
        : close + 1;
    if (c === 93 || c === 10 || c === 13) break;
  }
  return close + 1;
}

/** Longest qualifier in parentheses {@link qualifierStart} reads back over. */
const QUALIFIER_MAX = 32;
/** Longest word of a qualifier. */
const QUALIFIER_WORD = 16;

/**
 * Where the key words end before a short qualifier that ends at the colon
 * at `h`: a remark in parentheses of one to three words (`key (test mode):`,
 * `token (prod):`), or `for`, `in` or `on` and one to three words (`key for
 * staging:`, `token for the billing service:`). -1 when there is none.
 */
function qualifierStart(text: string, h: number): number {
  if (text.charCodeAt(h - 1) === 41) {
    let words = 1;
    let p = h - 2;
    for (; p > 0 && h - p <= QUALIFIER_MAX; p--) {
      const c = text.charCodeAt(p);
      if (c === 40) break;
      if (c === 32) words++;
      else if (!isKeyChar(c)) return -1;
    }
    if (text.charCodeAt(p) !== 40 || p === h - 2 || words > 3) return -1;
    return text.charCodeAt(p - 1) === 32 && isAlnum(text.charCodeAt(p - 2)) ? p - 1 : -1;
  }
  let e = h;
  for (let n = 0; n < 4; n++) {
    let s = e;
    while (s > 0 && e - s <= QUALIFIER_WORD && isKeyChar(text.charCodeAt(s - 1))) s--;
    if (s === e || s < 2 || text.charCodeAt(s - 1) !== 32) return -1;
    if (n > 0 && isPreposition(text, s, e)) return isAlnum(text.charCodeAt(s - 2)) ? s - 1 : -1;
    e = s - 1;
  }
  return -1;
}

/** `for`, `in` or `on` (any case) at `text[s, e)`. */
function isPreposition(text: string, s: number, e: number): boolean {
  if (e - s === 3) return sameFolded(text, s, 'for');
  return e - s === 2 && (sameFolded(text, s, 'in') || sameFolded(text, s, 'on'));
}

/** What may come before a CSV field: a line break or a comma. */
function isFieldStart(c: number): boolean {
  return c === 10 || c === 13 || c === 44;
}

/**
 * Whether the CSV field at `v` (unquoted, or quoted without doubled
 * quotes) ends at a comma or the end of its line, read up to `limit`. A
 * field cut by `limit` passes: {@link LOOSE_AHEAD} exceeds every value the
 * field check is for.
 */
function csvFieldEnds(text: string, v: number, limit: number): boolean {
  let p = v;
  const q = text.charCodeAt(p);
  if (q === 34) {
    p++;
    while (p < limit && text.charCodeAt(p) !== 34 && text.charCodeAt(p) !== 10) p++;
    if (p >= limit) return true;
    if (text.charCodeAt(p) !== 34) return false;
    p++;
  } else {
    while (p < limit && !isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 44) p++;
    if (p === v) return false;
  }
  if (p >= limit) return true;
  const c = text.charCodeAt(p);
  return c === 44 || c === 10 || c === 13;
}

/** Longest ARN prefix (`arn:partition:service:region:account:`) {@link inArn} reads back over. */
const ARN_REACH = 128;

/**
 * Whether the colon at `colon` is one of an ARN's separators: an account id
 * (`:<digits>:`) right before it, or `arn:` starting its token
 * (`arn:aws:secretsmanager:us-east-1:123456789012:secret:...`).
 */
function inArn(text: string, colon: number): boolean {
  let p = colon;
  while (p > 0 && colon - p < 12 && isDigit(text.charCodeAt(p - 1))) p--;
  if (p < colon && text.charCodeAt(p - 1) === 58) return true;
  p = colon;
  while (p > 0 && colon - p < ARN_REACH) {
    const c = text.charCodeAt(p - 1);
    if (isSpace(c) || isQuote(c) || c === 61 || c === 44 || c === 62) break;
    p--;
  }
  return sameFolded(text, p, 'arn:');
}

/** A line break, a space or the `-` of a list item: what comes before an indented key. */
function isIndent(c: number): boolean {
  return c === 10 || c === 32 || c === 45;
}

/** A space or a tab. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** How a key and its value were written (see `Engine.#value`). */
type Form = 0 | 1 | 2 | 3;
/** `key=value`, `key: value`, `"key": "value"`. */
const PLAIN: Form = 0;
/** `<key>value</key>`. */
const TAG: Form = 1;
/** `--key value`, `the key is value`: the value must read as a credential. */
const LOOSE: Form = 2;
/**
 * `API key value`, `the token to value`: a key named in words right before
 * its value, with no operator. The value must read as a random token, not as
 * a word or an identifier (see {@link tokenLike}).
 */
const BARE: Form = 3;

/** The highest priority among the rules a key selects (-1 for none). */
function topPriority(rules: KeyRules): number {
  let top = -1;
  for (const rule of rules.rules) if (rule.info.priority > top) top = rule.info.priority;
  return top;
}

/** Spaces in a key named in a sentence ("API key"). */
const SPACES = / /g;

/** A word boundary inside a camelCase key (`smtpPass`, `dbPassword`). */
const HAS_CAMEL = /[a-z0-9][A-Z]/;

/** `raw` lower-cased, with `_` before its last camelCase word (`smtpPass` -> `smtp_pass`). */
function splitLastWord(raw: string): string {
  let at = raw.length - 1;
  while (at > 0) {
    const c = raw.charCodeAt(at);
    const b = raw.charCodeAt(at - 1);
    if (c >= 65 && c <= 90 && ((b >= 97 && b <= 122) || isDigit(b))) break;
    at--;
  }
  return at > 0 ? `${raw.slice(0, at)}_${raw.slice(at)}`.toLowerCase() : raw.toLowerCase();
}

/**
 * The first `marker` at or after `from`, or -1: one forward search per
 * marker and scan (see {@link Ctx.markers}).
 */
function markerAt(ctx: Ctx, marker: string, from: number): number {
  const known = ctx.markers.get(marker);
  if (known !== undefined && known.from <= from && (known.at < 0 || known.at >= from))
    return known.at;
  const at = ctx.text.indexOf(marker, from);
  ctx.markers.set(marker, { from, at });
  return at;
}

/** Units of a log prefix a key block's lines may carry (`2024-05-01T08:00:00.123Z INFO app: `). */
const PREFIX_MAX = 96;
/** Longest line of a prefixed key block after its prefix (base64 lines have 64 to 76 units). */
const BODY_LINE_MAX = 96;
/** Shortest base64 word of a full body line (the last line of a body may be shorter). */
const BODY_WORD_MIN = 32;

/** How far `at` is from the start of its line (at most {@link PREFIX_MAX} + 1). */
function lineColumn(text: string, at: number): number {
  let p = at;
  while (p > 0 && at - p <= PREFIX_MAX && text.charCodeAt(p - 1) !== 10) p--;
  return at - p;
}

/**
 * The column of a BEGIN line's log prefix (`... INFO -----BEGIN ...`), or 0
 * when the line starts with the marker or with spaces only (an indented
 * block reads on as one run of body characters), or the prefix is longer
 * than {@link PREFIX_MAX}.
 */
function prefixColumn(text: string, at: number): number {
  const column = lineColumn(text, at);
  if (column > PREFIX_MAX) return 0;
  for (let p = at - column; p < at; p++) if (!isSpace(text.charCodeAt(p))) return column;
  return 0;
}

/**
 * Where the key material on the line `[start, end)` starts: the line's last
 * word when it is base64, at least `min` units long, and starts at most
 * eight units past `column` (the prefix of the block's marker line); -1
 * otherwise. A line may end in `\r`.
 */
function bodyWordStart(
  text: string,
  start: number,
  end: number,
  column: number,
  min: number,
): number {
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === 13) e--;
  let w = e;
  while (w > start && isBase64(text.charCodeAt(w - 1))) w--;
  if (e - w < min || w - start > column + 8) return -1;
  return w === start || isSpace(text.charCodeAt(w - 1)) ? w : -1;
}

function isBase64(c: number): boolean {
  return isAlnum(c) || c === 43 || c === 47 || c === 61;
}

/** Whether `c` ends a token: a space, a quote, a bracket, `,` `;` `<` `>` (see TOKEN_STOP). */
function endsToken(c: number): boolean {
  return c < 128 ? (charTable()[c]! & TOKEN_STOP) !== 0 : isSpace(c);
}

/**
 * The end of the key material after a prefixed BEGIN line: whole lines from
 * `from` (the end of the marker) whose last word is base64 (see
 * {@link bodyWordStart}), read up to `limit`; the last line may be cut there.
 */
function prefixedBodyEnd(text: string, from: number, limit: number, column: number): number {
  let p = from;
  if (text.charCodeAt(p) === 13) p++;
  if (text.charCodeAt(p) !== 10) return from;
  p++;
  let e = from;
  while (p < limit) {
    let q = p;
    while (q < limit && q - p <= column + BODY_LINE_MAX && text.charCodeAt(q) !== 10) q++;
    const open = q >= limit;
    if (!open && text.charCodeAt(q) !== 10) break;
    // A full line holds a long word; a shorter one ends the body (or is cut by `limit`).
    const full = bodyWordStart(text, p, q, column, BODY_WORD_MIN) >= 0;
    if (!full && (open || bodyWordStart(text, p, q, column, 4) < 0)) break;
    e = text.charCodeAt(q - 1) === 13 ? q - 1 : q;
    if (open || !full) break;
    p = q + 1;
  }
  return e;
}

/**
 * The start of the key material above a prefixed or indented END line whose
 * line starts at `lineStart`: the first base64 word of the run of body
 * lines just above (see {@link bodyWordStart}; the line right above may be
 * short, the others are full), no earlier than `floor`. `lineStart` when
 * there is none.
 */
function prefixedBodyStart(text: string, lineStart: number, floor: number, column: number): number {
  let s = lineStart;
  let q = lineStart - 1;
  let min = 4;
  while (q > floor && text.charCodeAt(q) === 10) {
    let p = q;
    while (p > 0 && q - p <= column + BODY_LINE_MAX && text.charCodeAt(p - 1) !== 10) p--;
    if (p > 0 && text.charCodeAt(p - 1) !== 10) break;
    const word = bodyWordStart(text, p, q, column, min);
    if (word < 0 || word < floor) break;
    s = word;
    min = BODY_WORD_MIN;
    q = p - 1;
  }
  return s;
}

/**
 * The end of the armour headers after a BEGIN line (`Version: ...`,
 * `Comment: https://...`, `Proc-Type: 4,ENCRYPTED`): whole lines of a name,
 * a colon and a value, read up to `limit`. `from` when there are none.
 */
function headersEnd(text: string, from: number, limit: number): number {
  let w = lineBreak(text, from);
  if (w === 0) return from;
  let p = from + w;
  let e = from;
  for (;;) {
    // Indented as the block is (a YAML block scalar), then `Name: `.
    let q = p;
    while (q < limit && q - p < 16 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    const name = q;
    while (
      q < limit &&
      q - name <= 40 &&
      (isAlnum(text.charCodeAt(q)) || text.charCodeAt(q) === 45)
    )
      q++;
    if (q === name || text.charCodeAt(q) !== 58 || text.charCodeAt(q + 1) !== 32) return e;
    w = 0;
    while (q < limit && q - p <= HEADER_LINE_MAX) {
      w = lineBreak(text, q);
      if (w > 0) break;
      q++;
    }
    if (w === 0) return e;
    e = q;
    p = q + w;
  }
}

/**
 * Units of the line break at `p`: a line feed, CR LF, or either written as
 * escapes in a string (backslash-n, backslash-r backslash-n); 0 for none.
 */
function lineBreak(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c === 10) return 1;
  if (c === 13) return text.charCodeAt(p + 1) === 10 ? 2 : 0;
  if (c !== 92) return 0;
  const d = text.charCodeAt(p + 1);
  if (d === 110) return 2;
  return d === 114 && text.charCodeAt(p + 2) === 92 && text.charCodeAt(p + 3) === 110 ? 4 : 0;
}

/** Longest armour header line {@link headersEnd} reads. */
const HEADER_LINE_MAX = 256;

/** A character a key block's text may hold after its BEGIN line: body, spaces, `:`, `,`, `-`. */
function isBlockChar(c: number): boolean {
  return isBodyChar(c) || c === 32 || c === 58 || c === 44 || c === 45 || c === 9;
}

function isBodyChar(c: number): boolean {
  // Base64 body of a key block, its line breaks, and JSON-escaped `\n`.
  return isAlnum(c) || c === 43 || c === 47 || c === 61 || c === 10 || c === 13 || c === 92;
}

function compileChecks(rule: SecretRule, info: RuleInfo): Checks {
  return {
    info,
    validate: rule.validate,
    soft: rule.softValidate,
    minEntropy: rule.minEntropy ?? 0,
    minClasses: rule.kind === 'assignment' ? (rule.minClasses ?? 0) : 0,
    placeholders: rule.keepPlaceholders !== true,
  };
}

/** A column of a table header (see `Engine.#columns`). */
interface Column {
  /** Where its name starts. */
  readonly start: number;
  /** The rules its name selects as a key, if any. */
  readonly rules: KeyRules | undefined;
  /** The label its name gives PII under it (see `piiLabel`), if any. */
  readonly pii: string | undefined;
}

/**
 * Units kept between the last table row read and the reach, so that
 * reading a cell's value (a lookup's fallback reads up to 192 units on)
 * never needs text past the reach.
 */
const ROW_SLACK = 256;

/** The assignment rules a key selects, memoised per key. */
interface KeyRules {
  /** The key as written. */
  readonly key: string;
  readonly rules: readonly CompiledAssignment[];
  /** The longest value any of them accepts. */
  readonly longest: number;
  /** No rule needs context before the key, so all of them apply wherever the key occurs. */
  readonly contextFree: boolean;
  /** Every rule is a catch-all (`generic.*`). */
  readonly allGeneric: boolean;
  /**
   * The rules that need no context before the key, or undefined when that
   * is all of them. A key written loosely (an option, a sentence) uses only
   * these (see {@link looseRules}).
   */
  readonly free: KeyRules | undefined;
}

/**
 * A copy of `slice` that shares no storage with the string it was cut from
 * (concatenation flattens into a new string; the slice of it keeps only that).
 */
function detach(slice: string): string {
  return ` ${slice}`.slice(1);
}

function keyRules(key: string, rules: readonly CompiledAssignment[]): KeyRules {
  let longest = 0;
  for (const rule of rules) if (rule.maxLength > longest) longest = rule.maxLength;
  const contextFree = rules.every((rule) => rule.context === undefined);
  return {
    key,
    rules,
    longest,
    contextFree,
    allGeneric: rules.every((rule) => rule.generic),
    free: contextFree
      ? undefined
      : keyRules(
          key,
          rules.filter((rule) => rule.context === undefined),
        ),
  };
}

/**
 * The rules for a key written loosely: those that need no context. The
 * context of a sentence says little, and reading it for every "... is"
 * would cost a slice each.
 */
function looseRules(matched: KeyRules): KeyRules {
  return matched.free ?? matched;
}

/** Whether `text[start, end)` equals `key`, compared unit by unit (keys are short). */
function sameAt(text: string, start: number, end: number, key: string): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) {
    if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
  }
  return true;
}

const GENERIC = /^generic\./;

/**
 * A compiled rule set with its scanners. Built once per redactor; `scan`
 * is reentrant (state lives in {@link ScanState}).
 */
export class Engine {
  readonly rules: readonly RuleInfo[];
  readonly scanners: readonly Scanner[];
  readonly cap: number;
  readonly #config: EngineConfig;
  readonly #ctx = new Ctx();
  readonly #punctTrie = new Trie();
  readonly #literalTrie = new Trie();
  readonly #digitTrie = new Trie();
  readonly #infixTrie = new Trie();
  readonly #assignments: CompiledAssignment[] = [];
  readonly #keyPrefilter: RegExp | undefined;
  readonly #shortestStem: number;
  readonly #keyMemo = new Map<number, KeyRules>();
  readonly #blocks = new Map<string, CompiledBlock[]>();
  readonly #urls = new Map<string, Checks>();
  #anyUrl: Checks | undefined;
  #dsn: Checks | undefined;
  /** The Kubernetes Secret data rule, when enabled. */
  #manifest: Checks | undefined;
  /** Some PII that a label or a URL-encoded space can make findable is on. */
  readonly #labelledPii: boolean;
  /** Table headers can name something (assignment rules or labelled PII are on). */
  readonly #tables: boolean;
  /** {@link piiLabel} per column name (null: none), memoised (names repeat), bounded. */
  readonly #piiLabels = new Map<string, string | null>();
  readonly #piiInfo = new Map<PiiType, RuleInfo>();
  readonly #sink: (hit: PiiHit) => void;

  constructor(config: EngineConfig) {
    this.#config = config;
    this.cap = config.cap;
    const infos: RuleInfo[] = [];
    const literals: string[] = [];
    const keyStems = new Set<string>();
    if (config.secrets) {
      for (const rule of secretRules()) {
        if (config.disabledRules.has(rule.id)) continue;
        if (!config.genericSecrets && GENERIC.test(rule.id)) continue;
        const info: RuleInfo = {
          index: infos.length,
          id: rule.id,
          type: rule.type,
          category: 'secret',
          severity: rule.severity,
          priority: rule.priority,
          confidence: rule.confidence,
          weight: 0,
          block: rule.kind === 'block',
        };
        if (info.confidence < config.minConfidence && rule.softValidate === undefined) continue;
        infos.push(info);
        this.#addSecret(rule, info, literals, keyStems);
      }
    }
    for (const rule of piiRules()) {
      if (!config.pii[rule.type] || config.disabledRules.has(rule.id)) continue;
      const info: RuleInfo = {
        index: infos.length,
        id: rule.id,
        type: rule.type,
        category: 'pii',
        severity: rule.severity,
        priority: rule.priority,
        confidence: rule.confidence,
        weight: rule.weight,
        block: false,
      };
      infos.push(info);
      this.#piiInfo.set(rule.type, info);
    }
    this.rules = infos;
    const pii = config.pii;
    this.#labelledPii =
      pii.phone ||
      pii.credit_card ||
      pii.us_ssn ||
      pii.au_tfn ||
      pii.au_medicare ||
      pii.in_aadhaar ||
      pii.date_of_birth ||
      pii.iban ||
      pii.uk_nino ||
      pii.in_pan;
    this.#tables = this.#assignments.length > 0 || this.#labelledPii;
    // Specific rules first: a generic value they already cover is then skipped unchecked.
    this.#assignments.sort((a, b) => b.info.priority - a.info.priority);
    this.#keyPrefilter =
      keyStems.size === 0 ? undefined : new RegExp([...keyStems].map(escapeRegExp).join('|'));
    this.#shortestStem = Math.max(1, Math.min(...[...keyStems].map((stem) => stem.length)));
    this.#sink = (hit) => this.#pushPii(hit);
    this.#punctTrie.seal();
    this.#literalTrie.seal();
    this.#digitTrie.seal();
    this.#infixTrie.seal();
    this.scanners = this.#buildScanners(literals);
  }

  #addSecret(rule: SecretRule, info: RuleInfo, literals: string[], stems: Set<string>): void {
    const checks = compileChecks(rule, info);
    switch (rule.kind) {
      case 'token':
        this.#addToken(rule, checks, literals);
        return;
      case 'assignment':
        this.#addAssignment(rule, checks, stems);
        return;
      case 'block':
        this.#addBlock(rule, checks);
        return;
      case 'url':
        this.#addUrl(rule, checks);
        return;
      case 'manifest':
        this.#manifest = checks;
        return;
    }
  }

  #addToken(rule: TokenRule, checks: Checks, literals: string[]): void {
    const pattern = spanPattern(rule.pattern);
    const compiled: CompiledToken = {
      ...checks,
      re: pattern.re,
      span: pattern.mode,
      maxLength: Math.min(rule.maxLength, this.cap),
      // A pattern that spans separators (the AWS id/secret pair) or escapes (`\\$` in a
      // Kotlin string) reads a fixed window instead: a natural token stops at both.
      natural: !/\\s|\\\\/.test(rule.pattern),
      scheme: rule.scheme === true,
    };
    for (const keyword of rule.keywords) {
      // Only the punctuation scanner's frontier holds a scheme back (schemeFrontier).
      if (rule.scheme === true && !/[_.-]/.test(keyword))
        throw new Error(`rule ${rule.id}: a scheme keyword needs '.', '-' or '_'`);
      if (/[_.-]/.test(keyword) || rule.punctuated === true) this.#punctTrie.add(keyword, compiled);
      else if (isDigit(keyword.charCodeAt(0))) this.#digitTrie.add(keyword, compiled);
      else {
        this.#literalTrie.add(keyword, compiled);
        if (!literals.includes(keyword)) literals.push(keyword);
      }
    }
    for (const infix of rule.infix ?? []) this.#infixTrie.add(infix, compiled);
  }

  #addAssignment(rule: AssignmentRule, checks: Checks, stems: Set<string>): void {
    for (const stem of rule.keywords) stems.add(stem);
    const sticky = rule.sticky === true ? spanPattern(rule.value) : undefined;
    this.#assignments.push({
      ...checks,
      key: new RegExp(rule.key),
      exclude: rule.keyExclude === undefined ? undefined : new RegExp(rule.keyExclude),
      value: sticky?.re ?? new RegExp(`^(?:${rule.value})$`),
      sticky: sticky !== undefined,
      span: sticky?.mode ?? WHOLE,
      maxLength: Math.min(rule.maxLength, this.cap),
      context: rule.context === undefined ? undefined : new RegExp(rule.context),
      generic: GENERIC.test(rule.id),
    });
  }

  #addBlock(rule: BlockRule, checks: Checks): void {
    const compiled: CompiledBlock = {
      ...checks,
      context: rule.context === undefined ? undefined : new RegExp(rule.context),
    };
    for (const label of rule.labels) {
      const list = this.#blocks.get(label) ?? [];
      // Rules with a context are tried first; the first that applies wins.
      if (compiled.context === undefined) list.push(compiled);
      else list.unshift(compiled);
      this.#blocks.set(label, list);
    }
  }

  #addUrl(rule: UrlRule, checks: Checks): void {
    if (rule.id === 'sentry.dsn') this.#dsn = checks;
    else if (rule.schemes.length === 0) this.#anyUrl = checks;
    else for (const scheme of rule.schemes) this.#urls.set(scheme, checks);
  }

  #buildScanners(literals: readonly string[]): Scanner[] {
    const pii = this.#config.pii;
    const scanners: Scanner[] = [];
    const cap = this.cap;
    const hasTokens = !this.#punctTrie.empty || !this.#infixTrie.empty || this.#blocks.size > 0;
    if (hasTokens || pii.mac_address) {
      scanners.push({
        re: /[_.-](?=\S)/g,
        lead: 0,
        width: 1,
        ahead: 1,
        near: nearPunct,
        handle: (ctx, h) => this.#punct(ctx, h),
        frontier: (text, next) => {
          let a = next;
          while (a > 0 && next - a < cap && isAlnum(text.charCodeAt(a - 1))) a--;
          // A webhook URL's finding starts at its scheme (TokenRule.scheme).
          a = schemeFrontier(text, a);
          let b = next;
          if (this.#blocks.size > 0) {
            while (b > 0 && next - b < cap && isBodyChar(text.charCodeAt(b - 1))) b--;
            // A prefixed END line from here on reaches back over the body lines above its own.
            let line = next;
            while (
              line > 0 &&
              next - line <= PREFIX_MAX + BODY_LINE_MAX &&
              text.charCodeAt(line - 1) !== 10
            )
              line--;
            if (line === 0 || text.charCodeAt(line - 1) === 10)
              b = Math.min(b, prefixedBodyStart(text, line, next - cap, PREFIX_MAX));
          }
          return Math.min(a, b);
        },
      });
    }
    const numericPii =
      pii.phone ||
      pii.credit_card ||
      pii.us_ssn ||
      pii.au_tfn ||
      pii.au_medicare ||
      pii.in_aadhaar ||
      pii.ipv4 ||
      pii.date_of_birth ||
      pii.crypto_wallet;
    if (numericPii || !this.#digitTrie.empty) {
      scanners.push({
        // After `n`, `r` or `t` too: the letter may end an escape (`"...:\\n987 ..."`).
        re: /[^A-Za-mo-qsu-z0-9][0-9]/g,
        lead: 1,
        width: 2,
        start: /[0-9]/y,
        ahead: 1,
        near: nearDigit,
        handle: (ctx, h) => this.#digit(ctx, h),
        frontier: (_text, next) => Math.max(0, next - 12),
      });
    }
    if (pii.iban || pii.uk_nino || pii.in_pan) {
      scanners.push({
        re: /[^A-Za-mo-qsu-z0-9](?:[A-Z]{2} ?[0-9]{2}|[A-Z]{5}[0-9])/g,
        lead: 1,
        start: /(?:[A-Z]{2} ?[0-9]{2}|[A-Z]{5}[0-9])/y,
        ahead: 5,
        handle: (ctx, h) => this.#alnum(ctx, h),
        frontier: (_text, next) => next,
      });
    }
    const labels = this.#assignments.length > 0;
    // Bech32 wallets start with a literal prefix: they share the keyword scan,
    // and so do credentials after an HTTP scheme word in prose (see #schemeWord).
    const words = [
      ...literals,
      ...(pii.crypto_wallet ? BECH32_PREFIXES : []),
      ...(labels ? SCHEME_WORDS : []),
    ];
    if (words.length > 0 || labels) {
      const sorted = [...words].sort((a, b) => b.length - a.length);
      const alternatives = sorted.map(escapeRegExp);
      // Key words named right before a value ("API key 1cfe...", "client
      // secret ofMj..."), found from a rare letter of each: in this one
      // pass they cost next to nothing.
      if (labels) alternatives.push(LABEL_WORDS);
      scanners.push({
        re: new RegExp(alternatives.join('|'), 'g'),
        lead: 0,
        ahead: Math.max((sorted[0]?.length ?? 1) - 1, LABEL_AHEAD),
        handle: (ctx, h) => this.#literal(ctx, h),
        frontier: (_text, next) => next,
      });
    }
    // Last, so that token candidates already cover the values assignments would report.
    const hasAssign = this.#assignments.length > 0;
    const hasUrl = this.#urls.size > 0 || this.#anyUrl !== undefined || this.#dsn !== undefined;
    if (
      hasAssign ||
      hasUrl ||
      pii.email ||
      pii.ipv6 ||
      pii.mac_address ||
      !this.#infixTrie.empty ||
      this.#manifest !== undefined ||
      this.#labelledPii
    ) {
      scanners.push({
        // `>` ends an opening tag or an arrow; `>>` and `><` do not start a
        // value. A comma before a quote may sit between a call's quoted key
        // and value; `|` between the cells of a table row. A comma right
        // before a letter may end the first name of a CSV header, and `)`
        // before `VALUES` ends the column list of a SQL `INSERT`. A `(` or a
        // comma before a quote opens a call's literal argument (see #callArgument).
        re: OPS_TRIGGER,
        lead: 0,
        width: 1,
        ahead: 15,
        near: nearOps,
        handle: (ctx, h) => this.#ops(ctx, h),
        frontier: (text, next) => {
          let a = next;
          while (a > 0 && next - a < OPS_BACK && !isSpace(text.charCodeAt(a - 1))) a--;
          return a;
        },
      });
    }
    if (hasAssign) {
      // Keys named in the prose of other languages, and "use ... as the key" (see foreign.ts).
      scanners.push({
        re: new RegExp(FOREIGN_OPERATOR.source, 'g'),
        lead: 0,
        ahead: 8,
        handle: (ctx, h) => this.#foreign(ctx, h),
        // "use X as": the word before the operator (see usedWordStart), guillemets and all.
        frontier: (text, next) => usedWordFrontier(text, next),
      });
      // "my password is ...": a key in a sentence, found by its last letter; the last
      // letter or digit of what a qualified key names ("the password for the staging
      // server is ...", "... on db01 is ..."); or the parenthesis after a variable name:
      // "the Datadog key (DD_API_KEY) is ...". Any letter would cost prose 2 %; `f`
      // ("the btc wif is ...") is rare before " is " in prose.
      scanners.push({
        re: /[dnyhtergbvpifDNYHTERGBVPIF)0-9] is /g,
        lead: 0,
        width: 5,
        ahead: 4,
        handle: (ctx, h) => this.#statement(ctx, h + 1),
        frontier: (_text, next) => next,
      });
    }
    return scanners;
  }

  /**
   * Finds candidates in `text` (which starts at absolute offset `base`)
   * from where each scanner stopped, sweeps those that can no longer be
   * affected by text after `text`, appends closed groups to `closed`, and
   * returns the absolute frontier: no future candidate starts before it.
   * With `final`, `text` reaches the end of the input and everything closes.
   */
  scan(state: ScanState, text: string, base: number, final: boolean, closed: Group[]): number {
    const ctx = this.#ctx;
    ctx.text = text;
    ctx.end = text.length;
    ctx.final = final;
    ctx.base = base;
    ctx.out = [];
    ctx.stopFrom = 1;
    ctx.stopTo = 0;
    ctx.runFrom = 1;
    ctx.runTo = 0;
    ctx.clearFrom = 1;
    ctx.callAt = -1;
    ctx.clearTo = 0;
    ctx.commandFrom = 0;
    ctx.commandNext = undefined;
    ctx.commandLast = undefined;
    ctx.commandAt = 0;
    ctx.markers.clear();
    ctx.bodyFrom = 1;
    ctx.bodyTo = 0;
    ctx.chains.length = 0;
    ctx.skip = 0;
    ctx.shapeNext = -1;
    ctx.shapeFields = -1;
    ctx.breaklessFrom = -1;
    ctx.breaklessTo = -1;
    ctx.antecedentFrom = -1;
    ctx.strong = state.strong;
    let frontier = base + text.length;
    for (let k = 0; k < this.scanners.length; k++) {
      const scanner = this.scanners[k]!;
      const next = this.#run(ctx, scanner, state.next[k]! - base);
      state.next[k] = next + base;
      if (!final) frontier = Math.min(frontier, scanner.frontier(text, next) + base);
    }
    for (const chain of ctx.chains) {
      const last = state.chains[state.chains.length - 1];
      if (chain.at > state.chainReach && (last === undefined || chain.at > last.at))
        state.chains.push(chain);
    }
    if (state.chains.length > 0) {
      this.#chains(ctx, state);
      if (state.chains.length > 0) frontier = Math.min(frontier, state.chains[0]!.at);
    }
    this.#sweep(state, ctx.out, final ? base + text.length : frontier, closed);
    ctx.text = '';
    ctx.out = [];
    ctx.strong = ctx.idle;
    // No later candidate starts before the frontier: entries there are done.
    const strong = state.strong;
    if (final) strong.clear();
    else strong.deleteBelow(frontier);
    return frontier;
  }

  /**
   * Runs one scanner over `ctx.text` from buffer offset `from` (where it
   * stopped before) and returns where it stops now. A method of its own,
   * apart from the sweep: the engine optimises this loop while it runs
   * (on-stack replacement), and compiled code that inlined the sweep
   * before the sweep ever ran would give up on reaching it, every call.
   */
  #run(ctx: Ctx, scanner: Scanner, from: number): number {
    const text = ctx.text;
    const base = ctx.base;
    const final = ctx.final;
    const re = scanner.re;
    const lead = scanner.lead;
    let next = from;
    let pending = false;
    ctx.skip = 0;
    if (next === 0 && base === 0 && scanner.start !== undefined) {
      // Offset 0 has no character before it for `lead` to consume.
      scanner.start.lastIndex = 0;
      if ((final || text.length > scanner.ahead) && scanner.start.test(text)) {
        const mark = ctx.out.length;
        if (scanner.handle(ctx, 0)) {
          next = 1;
        } else {
          ctx.out.length = mark;
          pending = true;
        }
      } else if (final || text.length > scanner.ahead) next = 1;
      else pending = true;
    }
    re.lastIndex = next - lead;
    const width = scanner.width;
    const near = scanner.near;
    let probed = -1;
    let last = Number.NEGATIVE_INFINITY;
    while (!pending) {
      let h: number;
      if (probed >= 0) {
        h = probed;
        probed = -1;
      } else if (width === undefined) {
        const m = re.exec(text);
        if (m === null) h = -1;
        else h = m.index + lead;
      } else {
        h = re.test(text) ? re.lastIndex - width + lead : -1;
      }
      if (h < 0) {
        if (final) next = text.length;
        else next = Math.max(next, text.length - scanner.ahead);
        break;
      }
      const mark = ctx.out.length;
      if (!scanner.handle(ctx, h)) {
        ctx.out.length = mark;
        ctx.skip = 0;
        next = h;
        break;
      }
      next = h + 1;
      if (ctx.skip > next) {
        // The handler read on and found no trigger before `skip` that could do anything.
        next = ctx.skip;
        ctx.skip = 0;
        last = h;
        re.lastIndex = next - lead;
        continue;
      }
      // A skip that reaches no further than the next trigger is spent: left
      // set, it would make a later handler (of this scanner or the next one)
      // jump over triggers it never read.
      ctx.skip = 0;
      // Probing pays only inside a flood: after two triggers close together.
      if (near !== undefined && h - last <= PROBE) {
        last = h;
        const to = Math.min(next + PROBE, text.length);
        probed = near(text, next, to);
        if (probed >= 0) continue;
        // Nothing in [next, to): the regex resumes where its next match could start.
        re.lastIndex = Math.max(next, to - 1) - lead;
      } else {
        last = h;
        re.lastIndex = h + 1 - lead;
      }
    }
    return next;
  }

  #sweep(state: ScanState, found: Candidate[], frontier: number, closed: Group[]): void {
    const all = state.pending.length === 0 ? found : state.pending.concat(found);
    if (all.length > 1) all.sort(order);
    let i = 0;
    for (; i < all.length; i++) {
      let c = all[i]!;
      if (c.start >= frontier) break;
      let start = Math.max(c.start, state.floor);
      if (start >= c.end) continue;
      const g = state.group;
      if (g !== undefined) {
        if (start < g.end) {
          const end = Math.max(g.end, c.end);
          if (end - g.start <= this.cap) {
            g.end = end;
            if (better(c, g.winner)) g.winner = c;
            continue;
          }
          start = g.end;
        }
        closed.push(g);
        state.floor = g.end;
        state.last = g.winner;
        state.group = undefined;
        if (start >= c.end) continue;
      }
      // A piece carries on the token its head ended in: when the group the
      // head fell in went to a better finding, the rest is that finding's too.
      // Which chain covers the rest depends on which head was read first (a
      // stream reads them batch by batch), so this keeps a stream's findings
      // those of one call.
      const last = state.last;
      if (c.piece === true && c.start <= state.floor && last !== undefined) {
        if (last.info !== c.info && better(last, c))
          c = { ...c, info: last.info, confidence: last.confidence };
      }
      state.group = { start, end: c.end, winner: c };
    }
    state.pending = i === all.length ? [] : all.slice(i);
    const g = state.group;
    if (g !== undefined && g.end <= frontier) {
      closed.push(g);
      state.floor = g.end;
      state.last = g.winner;
      state.group = undefined;
    }
  }

  // --- candidate output -------------------------------------------------------

  #pushPii(hit: PiiHit): void {
    const info = this.#piiInfo.get(hit.type);
    if (info === undefined) return;
    const confidence = hit.confidence ?? info.confidence;
    if (confidence < this.#config.minConfidence) return;
    const ctx = this.#ctx;
    if (ctx.covered(hit.start, hit.end, info.priority)) return;
    if (this.#config.allow.size > 0 && this.#config.allow.has(ctx.text.slice(hit.start, hit.end)))
      return;
    ctx.out.push({ start: hit.start + ctx.base, end: hit.end + ctx.base, info, confidence });
    ctx.strengthen(hit.start, hit.end, info.priority);
  }

  /**
   * Commits the value in [start, end) as a candidate from `from` (before
   * `start` when a URL's scheme belongs to the finding) if it passes its
   * rule's checks; `closed` as for {@link isPlaceholder}.
   */
  #pushSecret(checks: Checks, start: number, end: number, closed = false, from = start): void {
    const ctx = this.#ctx;
    if (end <= start || ctx.covered(start, end, checks.info.priority)) return;
    const value = ctx.text.slice(start, end);
    if (this.#config.allow.size > 0 && this.#config.allow.has(value)) return;
    let confidence = checks.info.confidence;
    // A checksum that holds cannot come from a placeholder: the other checks are skipped.
    let checksummed = false;
    if (checks.validate !== undefined) {
      if (validateSecret(checks.validate, value)) checksummed = checks.validate === 'github-crc32';
      else if (checks.soft === undefined) return;
      else confidence = checks.soft;
    }
    if (!checksummed) {
      if (checks.minClasses > 0 && charClasses(value) < checks.minClasses) return;
      if (checks.minEntropy > 0 && shannonEntropy(value) < entropyFloor(checks.minEntropy, value))
        return;
      if (checks.placeholders && isPlaceholder(value, closed)) return;
    }
    if (confidence < this.#config.minConfidence) return;
    this.#commit(checks.info, confidence, from, end);
    // As long as the longest finding and the token goes on: it is longer, and
    // its rest follows in pieces (a JWT of 3 KB in a Bearer header).
    // At the end of a stream's buffer what follows is not known yet: the chain waits for it.
    if (
      !checks.info.block &&
      end - from >= this.cap - LONG_SLACK &&
      (end < ctx.end ? !endsToken(ctx.text.charCodeAt(end)) : !ctx.final)
    )
      ctx.chains.push({
        at: end + ctx.base,
        rule: checks,
        marker: '',
        escaped: false,
        token: true,
      });
  }

  /** Adds a candidate that passed its checks (buffer offsets). */
  #commit(info: RuleInfo, confidence: number, start: number, end: number): void {
    const ctx = this.#ctx;
    ctx.out.push({ start: start + ctx.base, end: end + ctx.base, info, confidence });
    ctx.strengthen(start, end, info.priority);
  }

  /** Evaluates a token rule at `w`; false when more text is needed. */
  #token(ctx: Ctx, rule: CompiledToken, w: number): boolean {
    const text = ctx.text;
    const hard = w + rule.maxLength + 1;
    let e: number;
    if (rule.natural) {
      const limit = Math.min(hard, ctx.end);
      const table = charTable();
      const resume = ctx.runFrom <= w && w <= ctx.runTo;
      e = resume ? Math.min(ctx.runTo, limit) : w;
      while (e < limit) {
        const c = text.charCodeAt(e);
        if (c < 128 ? (table[c]! & TOKEN_STOP) !== 0 : isSpace(c)) break;
        e++;
      }
      if (!resume) {
        ctx.runFrom = w;
        ctx.runTo = e;
      } else if (e > ctx.runTo) ctx.runTo = e;
      if (e < limit) e++;
      else if (limit < hard && !ctx.final) return false;
    } else {
      if (!ctx.need(hard)) return false;
      e = ctx.lim(hard);
    }
    const slice = text.slice(w, e);
    rule.re.lastIndex = 0;
    if (rule.span === WHOLE) {
      // Sticky from 0: a match ends where `test` leaves lastIndex (no match array).
      if (!rule.re.test(slice)) return true;
      const end = w + rule.re.lastIndex;
      this.#pushSecret(rule, w, end, false, rule.scheme ? schemeStart(text, w) : w);
      return true;
    }
    const m = rule.re.exec(slice);
    if (m === null) return true;
    const s = spanStart(rule.span, m);
    const f = spanEnd(rule.span, m);
    this.#pushSecret(
      rule,
      w + s,
      w + f,
      false,
      rule.scheme && s === 0 ? schemeStart(text, w) : w + s,
    );
    return true;
  }

  // --- handlers -----------------------------------------------------------------

  /** `_`, `-` or `.` followed by a non-space. */
  #punct(ctx: Ctx, h: number): boolean {
    if (!ctx.need(h + PUNCT_LOOKAHEAD)) return false;
    const text = ctx.text;
    const c = text.charCodeAt(h);
    // Back over letters and digits (at most `cap + 1`). The walk stops at a
    // backslash: when the run opens with the letter of an escape (`\\n`, `\\r`,
    // `\\t`), the token starts after that letter (see afterEscape).
    let w = h;
    const floor = Math.max(0, h - this.cap - 1);
    while (w > floor && isAlnum(text.charCodeAt(w - 1))) w--;
    if (w < h && afterEscape(text, w + 1)) w++;
    else if (w + 2 < h && afterPercent(text, w + 2)) w += 2;
    const bounded =
      w === 0 || !isAlnum(text.charCodeAt(w - 1)) || afterEscape(text, w) || afterPercent(text, w);
    if (bounded && this.#punctTrie.starts(text.charCodeAt(w))) {
      const rules = this.#punctTrie.match(text, w);
      if (rules !== undefined)
        for (const rule of rules) if (!this.#token(ctx, rule, w)) return false;
    }
    if (bounded && this.#infixTrie.starts(c)) {
      const rules = this.#infixTrie.match(text, h);
      if (rules !== undefined) {
        for (const rule of rules) {
          if (h - w > rule.maxLength) continue;
          if (!this.#token(ctx, rule, w)) return false;
        }
      }
    }
    if (c === 45 && this.#blocks.size > 0 && text.charCodeAt(h + 1) === 45) {
      if (text.startsWith(BEGIN, h) && !this.#blockBegin(ctx, h)) return false;
      if (text.startsWith(END_MARK, h)) this.#blockEnd(ctx, h);
    }
    // A MAC address has its next separator three (or, dotted, five) characters on.
    if (
      this.#config.pii.mac_address &&
      ((c === 45 && text.charCodeAt(h + 3) === 45) || (c === 46 && text.charCodeAt(h + 5) === 46))
    )
      macAt(text, h, ctx.lim(h + 24), this.#sink);
    if (c === 45 && this.#assignments.length > 0 && (h === 0 || isSpace(text.charCodeAt(h - 1)))) {
      const f = text.charCodeAt(h + 1);
      if (f === 45) return this.#option(ctx, h);
      if (isAlnum(text.charCodeAt(h + 2)) && !this.#passwordOption(ctx, h)) return false;
      if (f === 112 || f === 97 || f === 119) return this.#passwordFlag(ctx, h);
    }
    return true;
  }

  /**
   * The password flag of a few commands: `docker login -p`, `sshpass -p`,
   * `mysql -p<password>`, `redis-cli -a`, `ldapsearch -w`. The command must
   * come shortly before on the same line, so `-p 8080:80` elsewhere is a port.
   */
  #passwordFlag(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const f = text.charCodeAt(h + 1);
    // `-pSecret`, and quoted for the shell: `-p'Secret'`.
    const attached =
      f === 112 && (isAlnum(text.charCodeAt(h + 2)) || isQuote(text.charCodeAt(h + 2)));
    if (!attached && text.charCodeAt(h + 2) !== 32) return true;
    if (!ctx.need(h + 3 + LOOSE_AHEAD)) return false;
    if (!looseValueAt(text, attached ? h + 2 : h + 3)) return true;
    const command = this.#commandBefore(ctx, h);
    if (command === undefined || !takesPassword(command, f, attached)) return true;
    const matched = looseRules(this.#rulesForName('password'));
    if (matched.rules.length === 0) return true;
    return attached
      ? this.#value(ctx, matched, h + 1, h + 1, h + 2, LOOSE)
      : this.#value(ctx, matched, h + 1, h + 2, h + 3, LOOSE);
  }

  /**
   * A key named in the prose of another language, with its operator at `h`
   * (a match of {@link FOREIGN_OPERATOR}, or a colon after a key the
   * assignment scanner does not know): "mein Okta Token lautet ...", "la
   * clave API es ...", "Passwort: ...", a Japanese particle (see foreign.ts); or a
   * value named after it: "Bitte verwendet ... als API-Schl\u00fcssel",
   * "use ... as the API key". The value must read as a random token.
   */
  #foreign(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const open = parenAt(text, h);
    if (open >= 0) {
      // "can you try with X? (Cloudflare API key)": the value is the word before;
      // the question mark of "try with X? (...)" ends it.
      const end = text.charCodeAt(h - 1) === 63 ? h - 1 : h;
      let w = end;
      while (w > 0 && end - w < USED_WORD_MAX && !isSpace(text.charCodeAt(w - 1))) w--;
      // No credential is this short (most words before a parenthesis are).
      if (end - w < PAREN_WORD_MIN) return true;
      if (!ctx.need(open + KEY_REACH)) return false;
      return this.#namedWord(ctx, keyInParens(text, open, ctx.lim(open + KEY_REACH)), w);
    }
    if (isCjkAs(text, h)) {
      // "\u8bf7\u4f7f\u7528 X \u4f5c\u4e3a ... \u5bc6\u94a5": use X as the key.
      const w = cjkUsedWordStart(text, h);
      if (w < 0) return true;
      if (!ctx.need(h + 2 + KEY_REACH)) return false;
      return this.#namedWord(ctx, keyAfter(text, h + 2, ctx.lim(h + 2 + KEY_REACH)), w);
    }
    const v = operatorEnd(text, h);
    if (isAs(text, h)) {
      const w = usedWordStart(text, h);
      if (w < 0) return true;
      if (!ctx.need(v + KEY_REACH)) return false;
      return this.#namedWord(ctx, keyAfter(text, v, ctx.lim(v + KEY_REACH)), w);
    }
    if (!ctx.need(v + 4 + LOOSE_AHEAD)) return false;
    // Most operators here are particles inside CJK text: a value opens with ASCII or a wrapper.
    const first = text.charCodeAt(v);
    if ((first >= 0x80 && !isWrapperOpen(first)) || !looseValueAt(text, v)) return true;
    const key =
      keyBefore(text, h) ?? (text.charCodeAt(h) === 58 ? keyOfReferent(text, h) : undefined);
    if (key === undefined) return true;
    const matched = looseRules(this.#rulesForName(key.name));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, key.start, h, v, BARE);
  }

  /**
   * The word at `w` read as the value of `key`, a key word named after it
   * ("X as the API key", "X? (Okta token)"); nothing when no key was found.
   */
  #namedWord(ctx: Ctx, key: ForeignKey | undefined, w: number): boolean {
    if (key === undefined) return true;
    const matched = looseRules(this.#rulesForName(key.name));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, w, w, w, BARE);
  }

  /**
   * `Basic ` or `Bearer ` in prose, no header named ("the prod access token
   * is Basic ...", "utilise Bearer ... en attendant"): the Authorization
   * rules read the credential after it; `Basic` must decode to
   * `user:password` and `Bearer` must be followed by a random token.
   */
  #schemeWord(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (h > 0 && isAlnum(text.charCodeAt(h - 1))) return true;
    const bearer = text.startsWith('Bearer ', h);
    if (!bearer && !text.startsWith('Basic ', h)) return true;
    if (bearer) {
      // Words after Bearer ("Bearer OAuth2AccessTokenIdentifier") are no credential.
      if (!ctx.need(h + 7 + BEARER_PEEK)) return false;
      let e = h + 7;
      while (e < ctx.lim(h + 7 + BEARER_PEEK) && !isSpace(text.charCodeAt(e))) e++;
      while (e > h + 7 && isProsePunct(text.charCodeAt(e - 1))) e--;
      if (!tokenLike(text.slice(h + 7, e))) return true;
    }
    const matched = this.#rulesForName('authorization');
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, h, h, h, PLAIN, true);
  }

  /**
   * The value of an `Authorization` header set without a colon, with the
   * header's name at `k`: nginx's `proxy_set_header Authorization "Bearer
   * ..."`, Apache's `RequestHeader set Authorization "Basic ..."`, HAProxy's
   * `http-request set-header Authorization ...`; or the header named in a
   * sentence ("the Authorization header is Basic ...", "set the
   * Authorization header to Bearer ..."). The value must start with its
   * scheme (the Authorization rules read `Bearer`, `Basic`, `Token`).
   */
  #headerDirective(ctx: Ctx, k: number): boolean {
    const text = ctx.text;
    const e = k + 13;
    if (k > 0 && !isSpace(text.charCodeAt(k - 1)) && !isQuote(text.charCodeAt(k - 1))) return true;
    if (!ctx.need(e + 24)) return false;
    let v = e;
    while (v < text.length && v - e < 8 && isBlank(text.charCodeAt(v))) v++;
    if (v === e) return true;
    // In a sentence: "the Authorization header is Basic ...", "set the Authorization header to Bearer ...".
    if (sameFolded(text, v, 'header ')) {
      v += 7;
      if (sameFolded(text, v, 'is ') || sameFolded(text, v, 'to ')) v += 3;
      else if (sameFolded(text, v, 'was ')) v += 4;
      else return true;
    }
    const matched = this.#rulesForName('authorization');
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, e, v, PLAIN);
  }

  /**
   * A `.netrc` entry (`machine host login name password value`, on one line
   * or several) with `machine` at `m`: each `password` token's value. An
   * entry ends at a token that is not one of its keywords ("machine
   * learning models ..." is none).
   */
  #netrc(ctx: Ctx, m: number): boolean {
    const text = ctx.text;
    if (m > 0 && !isSpace(text.charCodeAt(m - 1))) return true;
    if (!ctx.need(m + NETRC_REACH)) return false;
    const limit = ctx.lim(m + NETRC_REACH);
    // The host, then keyword and value pairs.
    let p = tokenEnd(text, skipSpaces(text, m + 7, limit), limit);
    for (let pairs = 0; pairs < 4; pairs++) {
      const k = skipSpaces(text, p, limit);
      const e = tokenEnd(text, k, limit);
      const v = skipSpaces(text, e, limit);
      if (v === e || v >= limit) return true;
      const name = text.slice(k, e);
      if (name === 'password') {
        const matched = looseRules(this.#rulesForName('password'));
        if (matched.rules.length > 0 && !this.#value(ctx, matched, k, e, v, LOOSE)) return false;
      } else if (name !== 'login' && name !== 'account' && name !== 'port') return true;
      p = tokenEnd(text, v, limit);
    }
    return true;
  }

  /**
   * A password option of one dash whose name says what it takes, followed
   * by its value: keytool's `-storepass`, `-keypass`, `-srcstorepass`,
   * `-deststorepass`, and `-password`, `-passwd`, `-pass` (Java and
   * OpenSSL-style tools), with the `-` at `h`.
   */
  #passwordOption(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    let e = h + 1;
    while (e - h <= PASSWORD_OPTION_MAX && isAlnum(text.charCodeAt(e))) e++;
    if (text.charCodeAt(e) !== 32 || !PASSWORD_OPTION.test(text.slice(h + 1, e))) return true;
    if (!ctx.need(e + 1 + LOOSE_AHEAD)) return false;
    if (text.charCodeAt(e + 1) === 45 || !looseValueAt(text, e + 1)) return true;
    const matched = looseRules(this.#rulesForName('password'));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, h + 1, e, e + 1, LOOSE);
  }

  /**
   * The nearest command of {@link COMMANDS} that ends before `h`, starts at
   * most {@link COMMAND_REACH} units before it and shares its line. Flags
   * come in increasing order within a scan, so one forward search serves all
   * of them (a flood of flags costs no rescans).
   */
  #commandBefore(ctx: Ctx, h: number): string | undefined {
    const text = ctx.text;
    // Commands further back cannot count: the search skips them unread. A
    // flag before the last one (the next scanner's) starts the search over.
    const skip = h - COMMAND_REACH - 16;
    if (h < ctx.commandAt || ctx.commandFrom < skip) {
      ctx.commandFrom = Math.max(0, skip);
      ctx.commandNext = undefined;
      ctx.commandLast = undefined;
    }
    for (;;) {
      let next = ctx.commandNext;
      if (next === undefined) {
        if (ctx.commandFrom > text.length) break;
        COMMANDS.lastIndex = ctx.commandFrom;
        const m = COMMANDS.exec(text);
        if (m === null) {
          ctx.commandFrom = text.length + 1;
          break;
        }
        next = { at: m.index, end: m.index + m[0].length, name: m[0] };
        ctx.commandNext = next;
        ctx.commandFrom = next.end;
      }
      if (next.end > h) break;
      ctx.commandLast = next;
      ctx.commandNext = undefined;
    }
    ctx.commandAt = h;
    const last = ctx.commandLast;
    if (last === undefined || h - last.at > COMMAND_REACH) return undefined;
    for (let p = last.end; p < h; p++) if (text.charCodeAt(p) === 10) return undefined;
    return last.name;
  }

  /** Reads `LABEL-----` after a BEGIN/END marker. */
  #label(text: string, from: number): string | undefined {
    const close = text.indexOf('-----', from);
    if (close < 0 || close - from > 40) return undefined;
    const label = text.slice(from, close);
    return /^[A-Z0-9 ]+$/.test(label) ? label : undefined;
  }

  #blockRule(text: string, h: number, label: string): CompiledBlock | undefined {
    const list = this.#blocks.get(label);
    if (list === undefined) return undefined;
    const lead = text.slice(Math.max(0, h - 64), h);
    for (const rule of list) if (rule.context === undefined || rule.context.test(lead)) return rule;
    return undefined;
  }

  /** A `-----BEGIN <label>-----` line: the block up to its END line, or the body that follows. */
  #blockBegin(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const label = this.#label(text, h + BEGIN.length);
    if (label === undefined) return true;
    const rule = this.#blockRule(text, h, label);
    if (rule === undefined) return true;
    const bodyStart = h + BEGIN.length + label.length + 5;
    const marker = `${END_MARK}${label}-----`;
    const hard = h + this.cap;
    const found = markerAt(ctx, marker, bodyStart);
    if (found >= 0 && found + marker.length <= hard) {
      this.#pushSecret(rule, h, found + marker.length);
      return true;
    }
    // An END line that starts within reach is seen whole, in a stream as in one call.
    if (!ctx.need(hard + marker.length)) return false;
    // No END within reach: cover the body that follows (headers, base64, line breaks).
    const limit = ctx.lim(hard);
    const column = prefixColumn(text, h);
    const first = text.charCodeAt(bodyStart);
    const broken = first === 10 || (first === 13 && text.charCodeAt(bodyStart + 1) === 10);
    if (column > 0 && broken) {
      // A marker line after other text: a log line whose followers carry a
      // prefix too, or a quoted value (`KEY="-----BEGIN ...`) whose body
      // lines start with their base64, a blank line or armour headers.
      // (An indentation the block keeps is no prefix.)
      let next = bodyStart + (first === 13 ? 2 : 1);
      const indent = next;
      while (next - indent < 16 && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9))
        next++;
      let w = next;
      while (w < limit && isBase64(text.charCodeAt(w))) w++;
      const plain =
        w - next >= 16 ||
        lineBreak(text, next) > 0 ||
        headersEnd(text, bodyStart, limit) > bodyStart;
      if (!plain) {
        // Every line carries a log prefix: its key material is the line's last word.
        const e = prefixedBodyEnd(text, bodyStart, limit, column);
        if (e - bodyStart >= 16) this.#pushSecret(rule, h, e);
        return true;
      }
    }
    // BEGIN lines in one run of body text (a flood of them) share its end: resume there.
    const resume = ctx.bodyFrom <= bodyStart && bodyStart <= ctx.bodyTo;
    // Armour headers (`Comment: https://...`) may hold any character.
    let e = resume ? Math.min(ctx.bodyTo, limit) : headersEnd(text, bodyStart, limit);
    // A block kept as JSON strings, one per line (a notebook's `"source"`: `...KEY-----\n",`
    // then `"MIIE...\n",`): the quotes between its lines are part of its body.
    const escaped = text.charCodeAt(bodyStart) === 92 && text.charCodeAt(bodyStart + 1) === 110;
    while (e < limit && (isBlockChar(text.charCodeAt(e)) || (escaped && text.charCodeAt(e) === 34)))
      e++;
    if (!resume) ctx.bodyFrom = bodyStart;
    if (e > ctx.bodyTo || !resume) ctx.bodyTo = e;
    // The body runs on past the longest finding: the rest follows in pieces.
    const more = e === hard && !(found >= 0 && found < e);
    while (e > bodyStart && isSpace(text.charCodeAt(e - 1))) e--;
    if (e - bodyStart >= 16) {
      const before = ctx.out.length;
      this.#pushSecret(rule, h, e);
      if (more && ctx.out.length > before)
        ctx.chains.push({ at: e + ctx.base, rule, marker, escaped, token: false });
    }
    return true;
  }

  /**
   * Covers the bodies of key blocks longer than the longest finding
   * (`cap`), a piece of at most `cap` units at a time, each decided from
   * the text it covers: so a block of any length is covered whole, and a
   * stream holds back no more than one piece. A body ends at its END line
   * (included), at another BEGIN line, or at a character no body has.
   * Chains registered by this scan's BEGIN lines join the state's; a
   * chain that needs text not yet received waits for the next batch.
   */
  #chains(ctx: Ctx, state: ScanState): void {
    const text = ctx.text;
    const base = ctx.base;
    const chains = state.chains;
    let k = 0;
    for (; k < chains.length; k++) {
      const chain = chains[k]!;
      let p = Math.max(chain.at, state.chainReach) - base;
      let waiting = false;
      for (;;) {
        const hard = p + this.cap;
        // A marker line that starts before `hard` is read whole.
        if (!ctx.need(hard + chain.marker.length)) {
          waiting = true;
          break;
        }
        const limit = ctx.lim(hard);
        let q = p;
        let ended = false;
        while (q < limit) {
          const c = text.charCodeAt(q);
          if (chain.token) {
            if (endsToken(c)) {
              ended = true;
              break;
            }
            q++;
            continue;
          }
          // `-----END ` or `-----BEGIN ` (the sixth unit first: a run of dashes is cheap).
          const sixth = c === 45 ? text.charCodeAt(q + 5) : 0;
          if ((sixth === 69 || sixth === 66) && text.startsWith('-----', q)) {
            if (text.startsWith(chain.marker, q)) {
              q += chain.marker.length;
              ended = true;
              break;
            }
            if (text.startsWith(BEGIN, q)) {
              ended = true;
              break;
            }
          }
          if (!isBlockChar(c) && !(chain.escaped && c === 34)) {
            ended = true;
            break;
          }
          q++;
        }
        state.chainReach = q + base;
        if (!ended && q === hard) {
          this.#pushPiece(chain.rule, p, q);
          p = q;
          continue;
        }
        let e = q;
        while (e > p && isSpace(text.charCodeAt(e - 1))) e--;
        this.#pushPiece(chain.rule, p, e);
        break;
      }
      if (waiting) {
        chains[k] = { ...chain, at: p + base };
        break;
      }
    }
    if (k > 0) state.chains = chains.slice(k);
  }

  /** A piece of a key block's body (its own checks are the BEGIN line's). */
  #pushPiece(rule: Checks, start: number, end: number): void {
    if (end <= start || this.#ctx.covered(start, end, rule.info.priority)) return;
    const ctx = this.#ctx;
    ctx.out.push({
      start: start + ctx.base,
      end: end + ctx.base,
      info: rule.info,
      confidence: rule.info.confidence,
      piece: true,
    });
    ctx.strengthen(start, end, rule.info.priority);
  }

  /** A `-----END <label>-----` line: the body before it (reaches back at most `cap`). */
  #blockEnd(ctx: Ctx, h: number): void {
    const text = ctx.text;
    const label = this.#label(text, h + END_MARK.length);
    if (label === undefined) return;
    const rule = this.#blockRule(text, h, label);
    if (rule === undefined) return;
    const end = h + END_MARK.length + label.length + 5;
    let s = h;
    const column = lineColumn(text, h);
    if (column > 0 && column <= PREFIX_MAX) {
      // A prefixed or indented END line: the body lines above it, line by line.
      s = prefixedBodyStart(text, h - column, end - this.cap, column);
      if (h - column - s >= 16) this.#pushSecret(rule, s, end);
      return;
    }
    while (s > 0 && end - s < this.cap && isBodyChar(text.charCodeAt(s - 1))) s--;
    while (s < h && isSpace(text.charCodeAt(s))) s++;
    if (h - s >= 16) this.#pushSecret(rule, s, end);
  }

  /** `=`, `:`, `@` or `>`. */
  #ops(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const c = text.charCodeAt(h);
    if (c === 124) return this.#assignments.length === 0 || this.#cell(ctx, h);
    if (c === 62) {
      if (this.#assignments.length === 0) return true;
      // ` -> ` between a key and its value; `a->b` is a member access.
      if (
        text.charCodeAt(h - 1) === 45 &&
        text.charCodeAt(h - 2) === 32 &&
        text.charCodeAt(h + 1) === 32
      )
        return this.#arrow(ctx, h);
      return this.#element(ctx, h);
    }
    if (c === 41) return !this.#tables || this.#sqlTable(ctx, h);
    // A semicolon or tab before a letter: a header of another export's separator.
    if (c === 59 || c === 9) return !this.#tables || this.#csvTable(ctx, h);
    if (c === 40) return this.#assignments.length === 0 || this.#callArgument(ctx, h);
    if (c === 44) {
      if (this.#tables) {
        if (!this.#csvTable(ctx, h)) return false;
        // The commas of a run of fields after this one start no line: skip their triggers.
        if (!isQuote(text.charCodeAt(h + 1))) ctx.skip = fieldRunEnd(text, h + 1, ctx.end);
      }
      if (this.#assignments.length === 0) return true;
      if (!this.#callArgument(ctx, h)) return false;
      // `define('DB_PASSWORD', '...')`: the key's closing quote, then the value's opening one.
      if (!isQuote(text.charCodeAt(h - 1))) return true;
      return this.#callPair(ctx, h - 1);
    }
    const pii = this.#config.pii;
    if (c === 37) {
      // `%40`: a URL-encoded `@` (`?email=jane%40example.com` in a query string or a log).
      if (!ctx.need(h + 262)) return false;
      if (pii.email) emailAt(text, h, ctx.lim(h + 262), this.#sink, 3);
      return true;
    }
    if (c === 64) {
      if (!ctx.need(h + 260)) return false;
      if (pii.email) emailAt(text, h, ctx.lim(h + 260), this.#sink);
      this.#urlAt(ctx, h);
      return true;
    }
    if (c === 58) {
      if (!ctx.need(h + 64)) return false;
      if (pii.ipv6 && (isHex(text.charCodeAt(h - 1)) || text.charCodeAt(h + 1) === 58))
        ipv6At(text, h, ctx.lim(h + 48), this.#sink);
      if (pii.mac_address && text.charCodeAt(h + 3) === 58)
        macAt(text, h, ctx.lim(h + 20), this.#sink);
      if (this.#infixTrie.starts(58) && !this.#infix(ctx, h)) return false;
      const port = text.charCodeAt(h + 1);
      if ((isDigit(port) || port === 42) && this.#assignments.length > 0 && !this.#pgpass(ctx, h))
        return false;
      // `a:` (YAML `data:`) or `a":` (JSON `"data":`), then see #dataKey.
      const a = text.charCodeAt(h - 1);
      if (
        this.#manifest !== undefined &&
        (a === 97 || (a === 34 && text.charCodeAt(h - 2) === 97)) &&
        !this.#dataKey(ctx, h)
      )
        return false;
    }
    if (c === 61 && this.#labelledPii) {
      if (!ctx.need(h + 2)) return false;
      // A digit, `+`, `%`, `(` or a capital letter opens a number or an id (see encodedSpaceAt).
      const n = text.charCodeAt(h + 1);
      if (
        (isDigit(n) || n === 43 || n === 37 || n === 40 || (n >= 65 && n <= 90)) &&
        !this.#encoded(ctx, h)
      )
        return false;
    }
    return this.#assignments.length === 0 || this.#assign(ctx, h);
  }

  /**
   * A query value after the `=` at `h` whose spaces are URL-encoded
   * (`?tfn=792%20525%20289`): the PII matchers read it decoded (see
   * {@link encodedPiiAt}); each finding covers the encoded text.
   */
  #encoded(ctx: Ctx, h: number): boolean {
    if (!ctx.need(h + 12)) return false;
    if (!encodedSpaceAt(ctx.text, h + 1)) return true;
    const hard = h + 1 + ENCODED_REACH + 3;
    if (!ctx.need(hard)) return false;
    encodedPiiAt(ctx.text, h + 1, ctx.lim(hard), this.#config.pii, this.#sink);
    return true;
  }

  /**
   * A `data` key before the colon at `h`: a YAML manifest's (see {@link
   * #secretData}) or a JSON one's (see {@link #secretJson}).
   */
  #dataKey(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const a = text.charCodeAt(h - 1);
    if (a === 34) return this.#secretJson(ctx, h);
    if (a !== 97) return true;
    // `data:` starting its line, or indented (the two units before it: a line break, or a
    // space after a line break, a space or `-`).
    const b = h < 5 ? 10 : text.charCodeAt(h - 5);
    if (b === 10 || (b === 32 && (h < 6 || isIndent(text.charCodeAt(h - 6))))) {
      const column = dataKeyColumn(text, h);
      if (column !== NO_DATA) return this.#secretData(ctx, h, column);
    }
    return true;
  }

  /**
   * `data:` ending its line, with its colon at `h`: when the mapping that
   * holds it is a `kind: Secret` (see `manifest.ts`), every base64 value of
   * the block is a secret. The block and the mapping's other keys are read
   * up to `cap` units after the colon and before it (the stream holds that
   * much back); values further on are not reached, and a value cut by the
   * reach is covered up to it.
   */
  #secretData(ctx: Ctx, h: number, at: number): boolean {
    const rule = this.#manifest;
    if (rule === undefined) return true;
    const text = ctx.text;
    if (!ctx.need(h + 16)) return false;
    if (!opensBlock(text, h, ctx.lim(h + 16))) return true;
    // A list item's first key (`- data:`) comes negated (see dataKeyColumn).
    const item = at < 0;
    const column = item ? -1 - at : at;
    const hard = h + this.cap;
    if (!ctx.need(hard)) return false;
    // `kind: Secret` must be within reach: one forward search per scan serves every `data:`.
    const secret = markerAt(ctx, 'Secret', Math.max(0, h - this.cap));
    if (secret < 0 || secret > hard) return true;
    const limit = ctx.lim(hard);
    const cut = limit === hard;
    let from = h + 1;
    while (text.charCodeAt(from) !== 10) from++;
    const block = dataBlock(text, from + 1, column, limit, cut);
    const values = block.values;
    if (values.length === 0) return true;
    let kind = kindAfter(text, block.end, column, limit, cut);
    if (kind < 0 && !item)
      kind = kindBefore(text, h - 4 - column, column, Math.max(0, h - this.cap));
    if (kind !== 1) return true;
    for (let i = 0; i < values.length; i += 2) this.#pushSecret(rule, values[i]!, values[i + 1]!);
    return true;
  }

  /**
   * `"data":` with its colon at `h`, opening an object (JSON, `kubectl get
   * secret -o json`): when the object that holds it has `"kind": "Secret"`
   * (see `manifest.ts`), every base64 string value of that object is a
   * secret. Read within the same reach as {@link #secretData}.
   */
  #secretJson(ctx: Ctx, h: number): boolean {
    const rule = this.#manifest;
    const text = ctx.text;
    if (rule === undefined || !jsonDataKey(text, h)) return true;
    if (!ctx.need(h + 16)) return false;
    const near = ctx.lim(h + 16);
    let p = h + 1;
    while (p < near && isSpace(text.charCodeAt(p))) p++;
    if (p >= near || text.charCodeAt(p) !== 123) return true;
    const hard = h + this.cap;
    if (!ctx.need(hard)) return false;
    const secret = markerAt(ctx, 'Secret', Math.max(0, h - this.cap));
    if (secret < 0 || secret > hard) return true;
    const limit = ctx.lim(hard);
    const data = jsonDataObject(text, h, limit, limit === hard);
    const values = data.values;
    if (values.length === 0) return true;
    let kind = data.end < 0 ? -1 : jsonKindAfter(text, data.end, limit);
    if (kind < 0) kind = jsonKindBefore(text, h - 6, Math.max(0, h - this.cap));
    if (kind !== 1) return true;
    for (let i = 0; i < values.length; i += 2) this.#pushSecret(rule, values[i]!, values[i + 1]!);
    return true;
  }

  /**
   * What each named column of a table header selects: the assignment rules
   * its name selects as a key (written loosely: no context before it), and
   * the label it gives PII (see {@link piiLabel}). Undefined when no column
   * is named.
   */
  #columns(text: string, names: readonly number[]): Column[] | undefined {
    let named = false;
    const columns: Column[] = [];
    for (let i = 0; i < names.length; i += 2) {
      const start = names[i]!;
      const end = names[i + 1]!;
      let rules: KeyRules | undefined;
      if (this.#assignments.length > 0 && end - start >= this.#shortestStem) {
        const matched = looseRules(this.#rulesForKey(text, start, end, keyHash(text, start, end)));
        if (matched.rules.length > 0) rules = matched;
      }
      const pii = this.#labelledPii ? this.#piiLabel(text.slice(start, end)) : undefined;
      if (rules !== undefined || pii !== undefined) named = true;
      columns.push({ start, rules, pii });
    }
    return named ? columns : undefined;
  }

  /**
   * Judges the cells of one table row (`fields`: start and end of each
   * cell, quotes included) by their columns: a cell under a key's name as
   * that key's value, a cell under a PII label with that label.
   */
  #row(ctx: Ctx, columns: readonly Column[], fields: readonly number[], quote: number): boolean {
    const text = ctx.text;
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j]!;
      const start = fields[2 * j]!;
      const end = fields[2 * j + 1]!;
      if (end <= start) continue;
      if (
        column.rules !== undefined &&
        !this.#cellValue(ctx, column.rules, column.start, start, end)
      )
        return false;
      if (column.pii !== undefined) {
        const quoted = text.charCodeAt(start) === quote && end - start >= 2;
        cellPiiAt(
          text,
          quoted ? start + 1 : start,
          quoted ? end - 1 : end,
          column.pii,
          this.#config.pii,
          this.#sink,
        );
      }
    }
    return true;
  }

  #piiLabel(name: string): string | undefined {
    let known = this.#piiLabels.get(name);
    if (known === undefined) {
      known = piiLabel(name) ?? null;
      if (this.#piiLabels.size >= 512) this.#piiLabels.clear();
      this.#piiLabels.set(name, known);
    }
    return known ?? undefined;
  }

  /**
   * The value of the table cell `text[start, end)` (quotes included) read
   * as the value of the key whose name starts at `k`, as in `key=value`.
   * The cell's end is its boundary: nothing after it is read as part of
   * the value.
   */
  #cellValue(ctx: Ctx, matched: KeyRules, k: number, start: number, end: number): boolean {
    const available = ctx.end;
    const final = ctx.final;
    ctx.end = Math.min(available, end + 1);
    ctx.final = true;
    try {
      return this.#value(ctx, matched, k, start, start, PLAIN);
    } finally {
      ctx.end = available;
      ctx.final = final;
    }
  }

  /**
   * The first separator of a CSV header line at `h` (a comma, or the
   * semicolon or tab of other exports; the rows use the same): when the header names a
   * credential or a PII column (`api_key`, `token`, `tfn`, `dob`), the
   * rows under it are read (up to {@link ROWS_MAX}, within `cap` units of
   * the header) and each cell is judged by its column's name (see
   * {@link Engine.#row}). Rows end at a line shaped otherwise (another
   * number of fields, a blank after a comma, a multi-line cell).
   */
  #csvTable(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const start = headerStart(text, h);
    if (start < 0) return true;
    const sep = text.charCodeAt(h);
    const bound = start + Math.min(HEADER_MAX, this.cap);
    const end = ctx.lim(bound);
    const line = headerLine(text, start, end, ctx.final && end < bound, sep);
    if (line === -2) return false;
    if (typeof line === 'number') return true;
    const count = line.fields;
    // The line before: a row of this shape (or a long line) means this one is a row too.
    const before =
      start === 0
        ? -1
        : ctx.shapeNext === start && ctx.shapeSep === sep
          ? ctx.shapeFields
          : rowBefore(text, start, sep);
    // This line's shape as a row, for the line after (what rowBefore would read: without
    // quotes, a comma separates fields).
    if (!line.quoted) {
      ctx.shapeNext = line.end + 1;
      ctx.shapeSep = sep;
      ctx.shapeFields = count <= COLUMNS_MAX ? count : -1;
    }
    if (before === count || before === LONG_LINE) return true;
    const header = csvHeader(text, start, line.end, sep);
    if (header === undefined || header.names.length !== 2 * count) return true;
    const columns = this.#columns(text, header.names);
    if (columns === undefined) return true;
    const hard = h + this.cap;
    if (!ctx.need(hard)) return false;
    const limit = ctx.lim(hard);
    // A row ends this far before the reach, so its cells are read whole (see #value's look-ahead).
    const rowLimit = Math.min(limit, hard - ROW_SLACK);
    const atEnd = limit < hard - ROW_SLACK;
    let p = header.next;
    for (let row = 0; row < ROWS_MAX && p < rowLimit; row++) {
      const line = csvLine(text, p, rowLimit, atEnd, COLUMNS_MAX, sep);
      if (!continuesTable(line, count)) break;
      if (!this.#row(ctx, columns, line.fields, 34)) return false;
      p = line.next;
    }
    return true;
  }

  /**
   * The `)` at `h` closing the column list of `INSERT INTO t (...) VALUES`:
   * when a column is named like a credential or PII, the tuples after
   * `VALUES` are read (up to {@link ROWS_MAX}, within `cap` units) and each
   * cell is judged by its column's name, as in a CSV table.
   */
  #sqlTable(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const values = valuesAfter(text, h + 1);
    if (values < 0) return this.#copyTable(ctx, h);
    if (!ctx.need(values + 1)) return false;
    const after = text.charCodeAt(values);
    if (values < ctx.end && (isAlnum(after) || after === 95)) return true;
    const names = sqlColumns(text, h);
    if (names === undefined) return true;
    const columns = this.#columns(text, names);
    if (columns === undefined) return true;
    const hard = h + this.cap;
    if (!ctx.need(hard)) return false;
    const limit = ctx.lim(hard);
    const rowLimit = Math.min(limit, hard - ROW_SLACK);
    let open = firstTuple(text, values, rowLimit);
    for (let row = 0; row < ROWS_MAX && open >= 0; row++) {
      const tuple = sqlTuple(text, open, rowLimit, COLUMNS_MAX);
      if (tuple === undefined || tuple.cells.length !== 2 * columns.length) break;
      if (!this.#row(ctx, columns, tuple.cells, 39)) return false;
      open = nextTuple(text, tuple.next, rowLimit);
    }
    return true;
  }

  /**
   * The `)` at `h` closing the column list of PostgreSQL's `COPY t (...)
   * FROM stdin;` (a `pg_dump`): its tab-separated rows, up to the `\.` line,
   * are judged cell by cell by their column's name, as in `#sqlTable`.
   */
  #copyTable(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (!ctx.need(h + 1 + COPY_REACH)) return false;
    const q = stdinAfter(text, h + 1);
    if (q < 0) return true;
    // Options may follow (`FROM stdin WITH (FORMAT text);`): the line ends within COPY_LINE
    // units. A stretch known to hold no line break is not read again.
    const stop = ctx.lim(q + COPY_LINE);
    let p = ctx.breaklessFrom <= q && q < ctx.breaklessTo ? ctx.breaklessTo : q;
    while (p < stop && text.charCodeAt(p) !== 10) p++;
    if (p >= stop) {
      ctx.breaklessFrom = q;
      ctx.breaklessTo = p;
      return true;
    }
    const first = p + 1;
    const names = sqlColumns(text, h, 'copy');
    if (names === undefined) return true;
    const columns = this.#columns(text, names);
    if (columns === undefined) return true;
    const hard = h + this.cap;
    if (!ctx.need(hard)) return false;
    const rowLimit = Math.min(ctx.lim(hard), hard - ROW_SLACK);
    let at = first;
    for (let row = 0; row < ROWS_MAX && at < rowLimit; row++) {
      const line = copyRow(text, at, rowLimit, COLUMNS_MAX);
      if (line === undefined || line.cells.length !== 2 * columns.length) break;
      if (!this.#row(ctx, columns, line.cells, 0)) return false;
      at = line.next;
    }
    return true;
  }

  /**
   * A line of a PostgreSQL password file (`.pgpass`,
   * `hostname:port:database:username:password`), with the colon after the
   * host at `h`: the host opens its line and holds a letter or a dot (or is
   * `*`), the port is digits or `*`, and the password is the rest of the line.
   */
  #pgpass(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    PGPASS_PORT.lastIndex = h + 1;
    if (!PGPASS_PORT.test(text)) return true;
    let w = h;
    let named = false;
    while (w > 0 && h - w < PGPASS_HOST) {
      const c = text.charCodeAt(w - 1);
      if (!(isAlnum(c) || c === 46 || c === 45 || c === 95 || c === 42)) break;
      if (c === 46 || c === 42 || ((c | 0x20) >= 97 && (c | 0x20) <= 122)) named = true;
      w--;
    }
    if (!named || w === h || (w > 0 && text.charCodeAt(w - 1) !== 10)) return true;
    // `2024-09-11T00:05:59Z,...` (a CSV row of timestamps): a date and an hour, no host.
    if (h - w === 13 && ISO_DATE_HOUR.test(text.slice(w, h))) return true;
    if (!ctx.need(h + PGPASS_REACH)) return false;
    PGPASS_FIELDS.lastIndex = h + 1;
    if (!PGPASS_FIELDS.test(text)) return true;
    const v = PGPASS_FIELDS.lastIndex;
    const matched = looseRules(this.#rulesForName('password'));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, w, v - 1, v, LOOSE);
  }

  /** Infix keywords at a `:` (tokens made of base64url before it). */
  #infix(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const rules = this.#infixTrie.match(text, h);
    if (rules === undefined) return true;
    let w = h;
    while (w > 0 && h - w <= 64 && isUrlSafe(text.charCodeAt(w - 1))) w--;
    if (w > 0 && isUrlSafe(text.charCodeAt(w - 1))) return true;
    for (const rule of rules) if (!this.#token(ctx, rule, w)) return false;
    return true;
  }

  /** `scheme://user:password@host` and Sentry DSNs, with `@` at `h`. */
  #urlAt(ctx: Ctx, h: number): void {
    const text = ctx.text;
    let u = h;
    while (u > 0 && h - u <= 256) {
      const c = text.charCodeAt(u - 1);
      if (
        isSpace(c) ||
        c === 47 ||
        c === 64 ||
        c === 91 ||
        c === 93 ||
        c === 34 ||
        c === 39 ||
        c === 60 ||
        c === 62 ||
        c === 96
      )
        break;
      u--;
    }
    // `://` right before the user part (unit tests first: a flood of `@` reaches here often).
    if (
      u < 3 ||
      text.charCodeAt(u - 1) !== 0x2f ||
      text.charCodeAt(u - 2) !== 0x2f ||
      text.charCodeAt(u - 3) !== 0x3a
    ) {
      // A raw `@`, `/`, `[` or `<` in a password (`postgres://app:p@ss/w0rd@db`):
      // the user part starts after a `://` further back, before the host.
      const stop = u > 0 ? text.charCodeAt(u - 1) : 0;
      const host = text.charCodeAt(h + 1);
      if (
        !(stop === 47 || stop === 64 || stop === 91 || stop === 93 || stop === 60 || stop === 62) ||
        !(isAlnum(host) || host === 91)
      )
        return;
      u = schemeBefore(ctx, h);
      if (u < 0 || !rawUserInfo(text, u, h)) return;
    }
    let s = u - 3;
    while (s > 0 && u - 3 - s < 32) {
      const c = text.charCodeAt(s - 1);
      if (!(isAlnum(c) || c === 43 || c === 46 || c === 45)) break;
      s--;
    }
    if (s === u - 3 || (s > 0 && isAlnum(text.charCodeAt(s - 1)))) return;
    const host = text.charCodeAt(h + 1);
    if (!(isAlnum(host) || host === 91)) return;
    const scheme = text.slice(s, u - 3).toLowerCase();
    const colon = text.indexOf(':', u);
    if (colon < 0 || colon >= h) {
      const dsn = this.#dsn;
      if (dsn === undefined || !/^[0-9a-f]{32}$/.test(text.slice(u, h))) return;
      const rest = text.slice(h + 1, ctx.lim(h + 64));
      if (SENTRY_HOST.test(rest)) this.#pushSecret(dsn, u, h);
      return;
    }
    if (colon + 1 >= h) return;
    const rule = this.#urls.get(scheme) ?? this.#anyUrl;
    if (rule !== undefined) this.#pushSecret(rule, colon + 1, h, true);
  }

  /**
   * A quoted literal passed where a call takes a credential, with the `(` or
   * `,` before it at `h`: the argument of a setter named by a key
   * (`setPassword("...")`, `withApiKey('...')`, a builder's `.password("...")`),
   * or the password argument of a known credential API
   * (`new NetworkCredential("user", "...")`, `HTTPBasicAuth('user', '...')`,
   * `auth=('user', '...')`, `smtp.login(user, '...')`,
   * `DriverManager.getConnection(url, user, "...")`; see {@link CREDENTIAL_CALLS}).
   * The key's rules then read the literal as they read an assigned value.
   */
  #callArgument(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const v = text.charCodeAt(h + 1) === 32 ? h + 2 : h + 1;
    const quote = text.charCodeAt(v);
    if (quote !== 34 && quote !== 39) return true;
    // An argument ends after its closing quote (`"...")`, `"...",`, `"...".toCharArray()`):
    // a JSON key (`, "name": ...`) or a CSV field does not.
    if (!ctx.need(v + CALL_LITERAL_MAX + 2)) return false;
    const stop = ctx.lim(v + CALL_LITERAL_MAX);
    let close = v + 1;
    while (close < stop && text.charCodeAt(close) !== quote && text.charCodeAt(close) !== 10)
      close++;
    if (close >= stop || text.charCodeAt(close) !== quote) return true;
    let a = close + 1;
    while (a < stop && a - close <= 8 && isSpace(text.charCodeAt(a))) a++;
    const after = text.charCodeAt(a);
    if (after !== 41 && after !== 44 && (after !== 46 || a > close + 1)) return true;
    let open = h;
    let index = 0;
    if (text.charCodeAt(h) === 44) {
      // Only a password is read after a comma: shorter literals are other arguments.
      if (close - v - 1 < CALL_PASSWORD_MIN || !argumentAt(ctx, h)) return true;
      open = ctx.callOpen;
      index = ctx.callIndex;
    }
    // The callee's last name (`Auth` of `requests.auth.HTTPBasicAuth`), or the key a
    // tuple is assigned to (`auth=('user', '...')`).
    let n = open;
    while (n > 0 && open - n < CALLEE_MAX && isCalleeChar(text.charCodeAt(n - 1))) n--;
    if (index === 0) {
      // No credential API takes its password first: only a setter (`set...`, `with...`) or a
      // builder's method (after a `.`) can read a first argument. Most calls end here,
      // before their name is copied (`print("...")`, `t('...')`).
      const f = text.charCodeAt(n) | 0x20;
      if (n === open || (f !== 115 && f !== 119 && (n === 0 || text.charCodeAt(n - 1) !== 46)))
        return true;
    }
    let name = n < open ? text.slice(n, open).toLowerCase() : tupleKey(text, open);
    if (name === undefined) return true;
    let matched: KeyRules | undefined;
    const api = CREDENTIAL_CALLS.get(name);
    if (api !== undefined) {
      if (api !== index) return true;
      matched = this.#rulesForName('password');
    } else {
      if (index !== 0) return true;
      // A setter (`setPassword`, `set_api_key`, `withToken`), or a builder's method named
      // by the key itself (`.password(`): only the key decides which rules apply.
      const setter = SETTER.exec(name);
      if (setter !== null) name = name.slice(setter[0].length);
      else if (n === 0 || text.charCodeAt(n - 1) !== 46 || !BUILDER_KEY.test(name)) return true;
      if (name.length < this.#shortestStem) return true;
      matched = this.#rulesForName(name);
    }
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, n, v, v, PLAIN);
  }

  /**
   * A call whose first two arguments are a quoted key and its quoted value
   * (`os.Setenv("DD_API_KEY", "...")`, `define('DB_PASSWORD', '...')`,
   * `req.Header.Set("Authorization", "Bearer ...")`); `h` is the key's
   * closing quote.
   */
  #callPair(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const quote = text.charCodeAt(h);
    let k = h;
    while (k > 0 && h - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k === h || text.charCodeAt(k - 1) !== quote) return true;
    let p = k - 1;
    while (p > 0 && k - 1 - p < 4 && text.charCodeAt(p - 1) === 32) p--;
    if (text.charCodeAt(p - 1) !== 40) return true;
    // One lower-case word (`"password"`) names a setting only for a setter
    // (`props.setProperty("password", ...)`, `cfg.set("apikey", ...)`).
    const word = !variableName(text, k, h);
    if (word && !(lowerWord(text, k, h) && setterBefore(text, p - 1))) return true;
    const matched = this.#rulesForName(text.slice(k, h).toLowerCase());
    if (matched.rules.length === 0) return true;
    // The value's quote after the comma and any alignment (`define( 'AUTH_KEY',         '...' )`).
    let v = h + 2;
    while (v - h - 2 < 16 && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    // A property name (`setProperty("aws.secret.access.key", ...)`) names a message
    // key as often as a setting: a catch-all rule then wants a random token.
    return this.#value(ctx, matched, k, v, v, word || propertyName(text, k, h) ? BARE : PLAIN);
  }

  /**
   * The key of a declaration whose type comes between its name and `=`
   * (`pub const DD_API_KEY: &str = ...`, `const apiKey: string = ...`):
   * `text[k]` starts the type's last word, a colon at most
   * {@link TYPE_REACH} units before it.
   */
  #annotatedKey(text: string, k: number): KeyRules | undefined {
    // Back over the type's other words (`&'static `, `mut `) to its colon, on the same line.
    let p = k;
    while (p > 0 && k - p < TYPE_REACH) {
      const t = text.charCodeAt(p - 1);
      if (!(isAlnum(t) || t === 32 || t === 9 || t === 38 || t === 39)) break;
      p--;
    }
    if (p === 0 || text.charCodeAt(p - 1) !== 58) return undefined;
    const m = ANNOTATED_NAME.exec(text.slice(Math.max(0, p - 72), p));
    return m === null ? undefined : this.#rulesForName(m[1]!.toLowerCase());
  }

  /**
   * The key of a `value` field named by the `name` or `key` field just before
   * it: a Kubernetes or Compose environment entry (`- name: DB_PASSWORD`
   * then `value: ...` on the next line), a Postman or JSON pair
   * (`{"key": "apiKey", "value": "..."}`).
   */
  #namedValue(text: string, k: number, keyStop: number): KeyRules | undefined {
    if (keyStop - k !== 5 || !sameFolded(text, k, 'value')) return undefined;
    let from = k;
    if (isQuote(text.charCodeAt(from - 1))) from--;
    const m = NAME_BEFORE_VALUE.exec(text.slice(Math.max(0, from - NAME_REACH), from));
    return m === null ? undefined : this.#rulesForName(m[1]!.toLowerCase());
  }

  /**
   * The key of a SQL `value = '...'` named by the condition after it
   * (`UPDATE settings SET value = '...' WHERE name = 'dd_api_key'`), with
   * the value's opening quote at or after `v` (spaces between).
   */
  #whereNamed(text: string, v: number, limit: number): KeyRules | undefined {
    const open = skipSpaces(text, v, limit);
    const quote = text.charCodeAt(open);
    if (quote !== 39 && quote !== 34) return undefined;
    let close = open + 1;
    while (close < limit && text.charCodeAt(close) !== quote && text.charCodeAt(close) !== 10)
      close++;
    if (close >= limit || text.charCodeAt(close) !== quote) return undefined;
    WHERE_NAMED.lastIndex = close + 1;
    const m = WHERE_NAMED.exec(text);
    return m === null || WHERE_NAMED.lastIndex > limit
      ? undefined
      : this.#rulesForName(m[1]!.toLowerCase());
  }

  /**
   * The key of the `default` of a Terraform or HCL variable named by its
   * block (`variable "db_password" {` ... `default = "..."`).
   */
  #variableDefault(text: string, k: number, keyStop: number): KeyRules | undefined {
    if (keyStop - k !== 7 || !sameFolded(text, k, 'default')) return undefined;
    const m = VARIABLE_BLOCK.exec(text.slice(Math.max(0, k - VARIABLE_REACH), k));
    return m === null ? undefined : this.#rulesForName(m[1]!.toLowerCase());
  }

  /** An assignment whose operator (`=` or `:`) is at `h`. */
  #assign(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const c = text.charCodeAt(h);
    const n1 = text.charCodeAt(h + 1);
    let keyEnd = h;
    let v = h + 1;
    if (c === 61) {
      // `==` compares, but `KEY==...` opening a line is a dotenv value that starts with `=`.
      if (n1 === 61 && !(text.charCodeAt(h + 2) !== 61 && opensLine(text, h))) return true;
      const p = text.charCodeAt(h - 1);
      if (p === 61 || p === 33 || p === 60 || p === 62) return true; // == != <= >=
      const p2 = text.charCodeAt(h - 2);
      // Ruby's ||= and JavaScript's ??= and &&=.
      if ((p === 124 || p === 63 || p === 38) && p2 === p) keyEnd = h - 2;
      else if (p === 58 || p === 63 || p === 43) keyEnd = h - 1; // :=, and Make's ?= and +=
      if (n1 === 62) v = h + 2; // =>
    } else {
      if (n1 === 58 || n1 === 61 || text.charCodeAt(h - 1) === 58) return true; // :: and :=
      if (n1 === 47 && text.charCodeAt(h + 2) === 47) return true; // scheme://
      const b = text.charCodeAt(h - 1);
      // "the Stripe key (test mode): ...": a label, then a remark in parentheses.
      if (b === 41) return this.#qualified(ctx, h);
      // A prompt's current value between its label and the colon (`aws configure`:
      // `AWS Secret Access Key [****************abcd]: ...`).
      if (b === 93) keyEnd = promptLabelEnd(text, h - 1);
      // A label in Markdown emphasis: `**API key**: value`, or `**API key:** value`.
      if (b === 42) {
        const e = text.charCodeAt(h - 2) === 42 ? h - 2 : h - 1;
        if (isKeyChar(text.charCodeAt(e - 1))) keyEnd = e;
      } else if (n1 === 42) {
        if (!ctx.need(h + 4)) return false;
        const m = text.charCodeAt(h + 2) === 42 ? h + 3 : h + 2;
        if (text.charCodeAt(m) === 32) v = m;
      }
    }
    // Key name: skip spaces and a closing quote, then identifier characters.
    // Up to 24 spaces: assignments aligned in columns (`terraform fmt`, pytest locals).
    let k = keyEnd;
    while (
      k > 0 &&
      keyEnd - k < 24 &&
      (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)
    )
      k--;
    const spaced = k;
    // An index by a quoted key: `os.environ["DB_PASSWORD"] = ...`, `$config['key'] = ...`.
    if (text.charCodeAt(k - 1) === 93 && isQuote(text.charCodeAt(k - 2))) k--;
    const q = text.charCodeAt(k - 1);
    if (q === 34 || q === 39 || q === 96) k--;
    // JSON inside a string (`{\"token\": \"...\"}`): the quote is escaped.
    if (text.charCodeAt(k - 1) === 92) k--;
    const keyStop = k;
    // A label of words (`API key:`, `Datadog API key:`, `Vercel token =>`): unquoted, before a colon or an arrow.
    const label = c === 58 ? keyStop === keyEnd : v === h + 2 && keyStop === spaced;
    // Hash the key as it is read (FNV-1a, case-folded) to look it up without a slice.
    let hash = 0x811c9dc5;
    while (k > 0 && keyStop - k <= 64) {
      const kc = text.charCodeAt(k - 1);
      if (!isKeyChar(kc)) break;
      hash = Math.imul(hash ^ (kc | 0x20), 0x01000193);
      k--;
    }
    if (k > 0 && isKeyChar(text.charCodeAt(k - 1))) return true;
    const word = label && k > 1 && text.charCodeAt(k - 1) === 32;
    // `?key=...` and `&auth=...` in a URL's query: an API key when the value is a random token.
    if (c === 61 && (keyStop - k === 3 || keyStop - k === 4) && queryKey(text, k, keyStop)) {
      const matched = looseRules(this.#rulesForName('api key'));
      if (matched.rules.length > 0) return this.#value(ctx, matched, k, h, v, PLAIN, true);
    }
    // A label before a colon, or before ` :` in French typography ("jeton :").
    const colonLabel = c === 58 && (label || (spaced === keyEnd - 1 && keyStop === spaced));
    if (
      keyStop - k < this.#shortestStem &&
      !(word && keyStop - k === 3 && sameFolded(text, k, 'key'))
    )
      return !colonLabel || this.#foreign(ctx, h);
    // The type inside one of our own `[REDACTED:type:...]` tokens is not a key.
    if (
      k >= REDACTED.length &&
      text.charCodeAt(k - REDACTED.length) === 0x5b &&
      text.startsWith(REDACTED, k - REDACTED.length)
    )
      return true;
    // A resource type inside an ARN (`...:123456789012:secret:prod/db-AbCdEf`) is no label.
    if (text.charCodeAt(k - 1) === 58 && inArn(text, k - 1)) return true;
    let matched = this.#rulesForKey(text, k, keyStop, hash >>> 0);
    if (word) {
      const w = this.#widen(text, k, keyStop, matched, false);
      if (w !== k) {
        const joined = this.#rulesForKey(text, w, keyStop, keyHash(text, w, keyStop));
        // Words join a last word that names no key only for a vendor's rule
        // ("New Relic license:"): "signing key sha256:" is a digest, no key.
        const own = matched.rules.length > 0 || (keyStop - k === 3 && sameFolded(text, k, 'key'));
        if (own || !joined.allGeneric) {
          k = w;
          matched = joined;
        }
      }
    }
    if (matched.rules.length === 0) {
      // (The colon's scanner already waited for 64 units after it: the quote and space are read.)
      if (c === 58 && this.#userToken(ctx, text, k, h)) return true;
      // `SET value = '...' WHERE name = 'dd_api_key'` names its key after the value.
      const where = c === 61 && keyStop - k === 5 && sameFolded(text, k, 'value');
      if (where && !ctx.need(v + WHERE_REACH)) return false;
      // `<add key="ApiKey" value="..."/>` names its key in another attribute,
      // and `curl -u user:password` has the user where the key would be.
      const alias =
        (c === 61
          ? (this.#attributeKey(text, k, keyStop) ??
            this.#annotatedKey(text, k) ??
            this.#variableDefault(text, k, keyStop))
          : // `-u user: URL` has no password: the token before the colon is all of it.
            isSpace(text.charCodeAt(h + 1)) || h + 1 >= text.length
            ? undefined
            : this.#userPassword(ctx, text, k)) ??
        this.#namedValue(text, k, keyStop) ??
        (where ? this.#whereNamed(text, v, ctx.lim(v + WHERE_REACH)) : undefined);
      if (alias === undefined || alias.rules.length === 0) {
        // A key in another language ("Passwort:", "clave API Mistral:"), or "API token for
        // the billing service: ...": the key words, then a short qualifier.
        if (colonLabel && !this.#foreign(ctx, h)) return false;
        return !(c === 58 && word) || this.#qualified(ctx, h);
      }
      matched = alias;
    }
    if (c === 58) {
      // `Password:` ending its line, the value alone on the next one.
      if (!ctx.need(v + NEXT_LINE_AHEAD)) return false;
      const next = nextLineValue(text, v, ctx.lim(v + NEXT_LINE_AHEAD));
      if (next >= 0) return this.#value(ctx, looseRules(matched), k, next, next, LOOSE);
    }
    return this.#value(ctx, matched, k, h, v, PLAIN);
  }

  /**
   * The value after a key (at `v`, the operator or trigger at `h`) and the
   * rules `matched` selected for the key that starts at `k`. `form` says how
   * the key was written: as an assignment, as an XML element (the value must
   * close the element) or loosely (an option or a sentence: the value must
   * read as a credential, not as a word).
   */
  #value(
    ctx: Ctx,
    matched: KeyRules,
    k: number,
    h: number,
    v: number,
    form: Form,
    random = false,
  ): boolean {
    const text = ctx.text;
    // Keys repeat: without context rules, the memoised list and its longest
    // value serve as they are (no list per assignment).
    let rules: readonly CompiledAssignment[] | undefined = matched.contextFree
      ? matched.rules
      : undefined;
    let longest = matched.contextFree ? matched.longest : 0;
    if (rules === undefined) {
      let kept: CompiledAssignment[] | undefined;
      for (const rule of matched.rules) {
        if (rule.context !== undefined && !rule.context.test(text.slice(Math.max(0, k - 256), k)))
          continue;
        kept ??= [];
        kept.push(rule);
        if (rule.maxLength > longest) longest = rule.maxLength;
      }
      rules = kept;
    }
    if (rules === undefined) return true;
    // Value: skip up to four spaces, an opening quote; then the natural extent.
    while (v < text.length && v - h < 6 && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9))
      v++;
    if (!ctx.need(v + longest + 2 + NEXT_PARAM_REACH)) return false;
    let limit = ctx.lim(v + longest + 2);
    // A Python f-, r- or b-string (`f"Bearer {...}"`) is a quoted value.
    const prefix = text.charCodeAt(v) | 0x20;
    if ((prefix === 0x66 || prefix === 0x72 || prefix === 0x62) && isQuote(text.charCodeAt(v + 1)))
      v++;
    // An escaped opening quote (`\"`) is closed by an escaped quote.
    const escaped = text.charCodeAt(v) === 92 && isQuote(text.charCodeAt(v + 1));
    if (escaped) v++;
    const open = text.charCodeAt(v);
    let quote = isQuote(open) ? open : 0;
    // One word in brackets, typographic quotes or Markdown emphasis (`the API
    // key: (...)`, `PASSWORD=[...]`, guillemets, `**...**`) is read as if quoted,
    // up to its closer.
    let wrap = quote === 0 && !escaped ? wrappedWord(text, v, limit) : undefined;
    // Only a random token is read inside them (`(load_secret)` is a call's argument); anything
    // else is read whole, wrappers and all, as before (`DB_PASSWORD=**Summer2024**`).
    if (wrap !== undefined) {
      const inner = text.slice(wrap.start, wrap.end);
      // This redactor's own placeholder (`<AUTH0_CLIENT_SECRET_1>`) is one as a whole.
      if (
        !tokenLike(inner) ||
        isCodeReference(inner, false) ||
        (open === 60 && OWN_PLACEHOLDER.test(inner))
      )
        wrap = undefined;
    }
    if (wrap !== undefined) {
      v = wrap.start;
      quote = text.charCodeAt(wrap.end);
    }
    // The value's own limit, past a prefix and an opening quote (`\\"` is two units; the
    // look-ahead asked for above covers them).
    limit = ctx.lim(v + (quote !== 0 && wrap === undefined ? 1 : 0) + longest + 2);
    if (wrap !== undefined) {
      // v is past the opener already.
    } else if (quote !== 0) v++;
    else if (open === 123 && form === PLAIN && !escaped) {
      // A setting wrapped in an object (`apiKey = { value: '...', rotate: false }`).
      OBJECT_VALUE.lastIndex = v;
      if (OBJECT_VALUE.test(text))
        return this.#value(ctx, matched, k, h, OBJECT_VALUE.lastIndex, form, random);
    } else if (!escaped && (isAlnum(open) || open === 40) && constructorAt(text, v) > 0) {
      // A literal wrapped in a constructor (`String::from("...")`, `SecretString::new("...")`).
      return this.#value(ctx, matched, k, h, constructorAt(text, v), form, random);
    } else if (form === PLAIN && !escaped && lookupAt(text, v, limit)) {
      // A lookup is no credential, but its hard-coded fallback may be
      // (`process.env.PW || "..."`, `os.getenv("PW", "...")`).
      if (!ctx.need(v + FALLBACK_REACH)) return false;
      const fallback = fallbackAt(text, v);
      if (fallback >= 0) return this.#value(ctx, matched, k, h, fallback, form, random);
    }
    const hard = v + longest + 2;
    let e = v;
    // Whether the value is a dotenv line's (see below), and written `KEY=value`
    // without spaces: that one is data, not code, whatever brackets it holds.
    let dotenv = false;
    let data = false;
    if (quote !== 0) {
      // An escaped quote (`\"`) or a doubled one (YAML's `''`) is part of the
      // value; where that reading finds no closing quote on the line, the first
      // quote closes it (a single-quoted YAML value ending in a backslash).
      while (e < limit && text.charCodeAt(e) !== quote && text.charCodeAt(e) !== 10) e++;
      if (e >= limit || text.charCodeAt(e) !== quote) e = -1;
      else if (escaped) {
        if (e > v && text.charCodeAt(e - 1) === 92) e--;
      } else if (text.charCodeAt(e - 1) === 92 || (quote === 39 && text.charCodeAt(e + 1) === 39)) {
        // The first quote is escaped or doubled: read the value with its escapes.
        const closing = closingQuote(text, v, limit, quote);
        if (closing >= 0) e = closing;
      }
      // A line's `KEY="...` whose quote does not close it, or closes only part of
      // its word (`DB_PASSWORD='~#R'}6hx.XSqT'ul?1q`, a generated password that
      // starts with a quote), is read as an unquoted value, quotes and all.
      if (
        !escaped &&
        v === h + 2 &&
        text.charCodeAt(h) === 61 &&
        (e < 0 || !quotedWordEnds(text, e + 1)) &&
        opensLine(text, h)
      ) {
        quote = 0;
        v--;
        e = v;
      }
    }
    if (quote === 0) {
      // Consecutive assignments share their tail (`a=b=c=...`): resume the
      // search for a stop character where the previous one ended.
      if (ctx.stopFrom <= v && v <= ctx.stopTo) e = ctx.stopTo;
      const table = charTable();
      // Whether `text[v, soupTo)` is symbol soup, read at most once.
      let soup = false;
      let soupTo = v;
      // A setting that opens its line (dotenv and shell `KEY=value`, INI and
      // properties `key = value`, a Compose `- KEY=value`, YAML `key: value`):
      // the unquoted value is the rest of the line's word, brackets, quotes
      // and all (`DB_PASSWORD=Syg,ytQ&}#!rKYK[)W5.`); a shell's `; `, `& ` or
      // `| ` and a `, ` still end it.
      const op = text.charCodeAt(h);
      dotenv =
        form === PLAIN &&
        (op === 61 || (op === 58 && isSpace(text.charCodeAt(h + 1)))) &&
        opensLine(text, h);
      data = (dotenv && op === 61 && v === h + 1) || form >= LOOSE;
      // A pair in a log line (`user=admin password=... ip=10.0.0.1`, logfmt)
      // reads the same way: its value is the word up to the next space.
      if (!dotenv && form === PLAIN && op === 61 && v === h + 1 && logPair(text, k, v, limit))
        dotenv = true;
      // A value in a sentence or after an option (`the password is ...`,
      // `--password ...`) is a word as well: it runs to the next space.
      // A connection string's `...;Password=...;` runs to the next `;`.
      const pairs = form === PLAIN && op === 61 && k > 0 && text.charCodeAt(k - 1) === 59;
      if (pairs) data = true;
      if (form === TAG) {
        // `<password>value</password>`: the value runs up to the closing tag on its line.
        while (
          e < limit &&
          text.charCodeAt(e) !== 10 &&
          !(text.charCodeAt(e) === 60 && text.charCodeAt(e + 1) === 47)
        )
          e++;
      } else
        for (; e < limit; e++) {
          const c = text.charCodeAt(e);
          // A query value ends at the fragment (`&auth=...#top`).
          if (random && c === 35) break;
          if (c < 128 ? (table[c]! & VALUE_STOP) === 0 : !isSpace(c) && !isProsePunct(c)) continue;
          // An ellipsis, a dash, a typographic quote or CJK punctuation ends a value.
          if (c >= 128 && !isSpace(c)) break;
          if (pairs) {
            // Brackets and symbols run on; a `;`, a space or a quote stop. So does a `,`
            // that ends a CSV field (another `,` follows in the word before any `;`):
            // one inside the value stays (`Password=laYAM,cfHV*a!:Tz;`, `Server=tcp:db,1433;`).
            if (c === 59 || c === 34 || c === 39 || c === 96 || isSpace(c)) break;
            if (c === 44 && csvComma(text, e + 1, limit)) break;
            // So does a closing tag: an XML element holding the string (`...;sig=...</sasUrl>`,
            // its `&` written `&amp;`).
            if (c === 60 && text.charCodeAt(e + 1) === 47) break;
            continue;
          }
          // In a CSV row (the field after a named key), a `,` ends it; in a
          // sentence or after an option, only one a space follows (below).
          if (!dotenv && form === BARE && c === 44) break;
          // Prose kept in a JSON or log string: its escaped line break ends a word.
          if (form >= LOOSE && !dotenv && stringEscape(text, e)) break;
          if ((dotenv || form >= LOOSE) && !isSpace(c)) {
            // A `,` there ends an entry of an object literal (`pass: false,`).
            if ((c === 59 || c === 38 || c === 124 || c === 44) && isSpaceOrEnd(text, e + 1)) break;
            continue;
          }
          // A `)` inside an assigned value runs on (`SECRET_KEY=1s)jk#8...`, `r5)*vq...`:
          // Django's alphabet has it) when a letter, a digit or a symbol code puts
          // nowhere after parentheses follows (`t))u#k`), or after symbol soup;
          // one that closes a parenthesis is followed by a space, a stop or
          // punctuation, and ends it.
          // A `}` or `]` that closes a bracket the value opened is part of it
          // (`54XV{}BvGg`, a generated password); one that closes code around it ends it.
          if ((c === 125 || c === 93) && form === PLAIN && opensInside(text, v, e, c)) continue;
          if (c === 41 && form === PLAIN) {
            let a = e + 1;
            while (a < limit && text.charCodeAt(a) === 41) a++;
            const after = text.charCodeAt(a);
            if (
              isAlnum(after) ||
              (after < 128 && (SOUP_AFTER[after >> 5]! & (1 << (after & 31))) !== 0)
            ) {
              e = a - 1;
              continue;
            }
            if (!soup) {
              soup = symbolSoup(text, soupTo, e);
              soupTo = e;
            }
            if (soup) continue;
            break;
          }
          // `&` ends a value only where the next query parameter starts (`&user=`),
          // read past the value's own limit: a value of the longest length still ends there.
          // Outside a query string, a value with symbols no query holds raw
          // (Django's `!@#$%^&*(-_=+)`) is symbol soup and runs on (`...^&c-_=+...`).
          if (c === 38) {
            if (!NEXT_PARAM.test(text.slice(e, e + NEXT_PARAM_REACH))) continue;
            if (inQuery(text, k)) break;
            if (!soup) {
              soup = symbolSoup(text, soupTo, e);
              soupTo = e;
            }
            // Soup may show only after the `&` (`b0&cclhpu7b-x=7&(n^69...`).
            if (!soup && !symbolSoup(text, e + 1, runEnd(text, e + 1, e + 1 + SOUP_AHEAD))) break;
            continue;
          }
          // A string escape for a line break, a tab or a quote (`...\\nTFN ...`,
          // `...&sig=...\\"` in JSON or a log) ends it too.
          if (c === 92) {
            if (stringEscape(text, e)) break;
            continue;
          }
          break;
        }
      // Only a scan that stopped where any value stops can be resumed (see above).
      if (form !== TAG && !dotenv && !pairs) {
        ctx.stopFrom = v;
        ctx.stopTo = e;
      }
      if (e >= hard) e = -1;
      else if (form === TAG) {
        // `<password>value</password>`: the value runs up to the closing tag.
        if (text.charCodeAt(e) !== 60 || text.charCodeAt(e + 1) !== 47) e = -1;
      } else {
        // In a sentence, a run of punctuation before a space ends it (`...;.`, `...,?`).
        if (form >= LOOSE && (e >= limit || isSpace(text.charCodeAt(e)) || stringEscape(text, e))) {
          let t = e;
          let periods = 0;
          while (t > v && isSentenceRun(text.charCodeAt(t - 1))) {
            t--;
            periods = text.charCodeAt(t) === 46 ? periods + 1 : 0;
            // An ellipsis (`sk-proj-...`) stays: it marks an example (see isPlaceholder).
            if (periods === 2) break;
          }
          if (periods < 2 && t < e - 1) e = t;
        }
        // A sentence-ending period or colon (or, in a sentence, question mark) is not part of the value.
        while (
          e > v &&
          (isTrailing(text.charCodeAt(e - 1)) ||
            (form >= LOOSE && text.charCodeAt(e - 1) === 63)) &&
          (e >= limit || isSpace(text.charCodeAt(e)) || stringEscape(text, e))
        )
          e--;
      }
    }
    for (const rule of rules) {
      if (rule.sticky) {
        const slice = text.slice(v, limit);
        rule.value.lastIndex = 0;
        const m = rule.value.exec(slice);
        if (m === null) continue;
        const after = v + m[0].length;
        const closing = escaped ? after + 1 : after;
        // Markdown emphasis closed after the value (`**https://...&sig=...**`) ends it too.
        let past = after;
        while (past < limit && past - after < 3 && text.charCodeAt(past) === 42) past++;
        if (
          quote !== 0
            ? text.charCodeAt(closing) !== quote || (escaped && text.charCodeAt(after) !== 92)
            : past < limit &&
              !isValueStop(text.charCodeAt(past)) &&
              !isTrailing(text.charCodeAt(past)) &&
              !isProsePunct(text.charCodeAt(past)) &&
              !sentenceEnd(text, past, limit) &&
              !stringEscape(text, past)
        )
          continue;
        const s = spanStart(rule.span, m);
        const f = spanEnd(rule.span, m);
        if (form >= LOOSE && rule.generic && !credentialLike(slice.slice(s, f))) continue;
        if (
          (form === BARE || random) &&
          rule.generic &&
          !tokenLike(slice.slice(s, f).replace(PERCENT_ESCAPE, ''))
        )
          continue;
        this.#pushSecret(rule, v + s, v + f);
        continue;
      }
      if (e < 0 || e - v > rule.maxLength || e === v) continue;
      // In a sentence a `!` ends it ("here is the token ghu_...!"), except after a
      // password, which may end in one.
      const end =
        form >= LOOSE &&
        e - v > 1 &&
        text.charCodeAt(e - 1) === 33 &&
        rule.info.type !== 'password' &&
        (e >= text.length || isSpace(text.charCodeAt(e)))
          ? e - 1
          : e;
      if (ctx.covered(v, end, rule.info.priority)) continue;
      const value = text.slice(v, end);
      if (!rule.value.test(value)) continue;
      if (quote === 0 && isCodeReference(value, data)) continue;
      if (rule.generic && (pathLike(value) || (form >= LOOSE && !credentialLike(value)))) continue;
      if (form === BARE && rule.generic && !tokenLike(value)) continue;
      // A query's value is read with its escapes taken out (`value%23still-query` is words).
      if (random && rule.generic && !tokenLike(value.replace(PERCENT_ESCAPE, ''))) continue;
      this.#pushSecret(rule, v, end);
    }
    return true;
  }

  /** The rules for a key spelt out as `name` (lower case). */
  #rulesForName(name: string): KeyRules {
    return this.#rulesForKey(name, 0, name.length, keyHash(name, 0, name.length));
  }

  /**
   * The key of a `value="..."` attribute named by a `key`, `name` or `id`
   * attribute of the same tag (.NET `appSettings`, HTML forms), or a
   * password's when the tag has `type="password"` (see {@link namingAttribute}).
   */
  #attributeKey(text: string, k: number, keyStop: number): KeyRules | undefined {
    // `value="..."`, and a meta tag's `content="..."` (`<meta name="api-key" content="...">`).
    if (
      !(keyStop - k === 5 && sameFolded(text, k, 'value')) &&
      !(keyStop - k === 7 && sameFolded(text, k, 'content'))
    )
      return undefined;
    const named = namingAttribute(text, k);
    if (named === undefined) return undefined;
    const matched = this.#rulesForKey(
      text,
      named.start,
      named.end,
      keyHash(text, named.start, named.end),
    );
    // `<input type="password" name="pw" value="...">`: the type says what the name does not.
    return matched.rules.length === 0 && named.password ? this.#rulesForName('password') : matched;
  }

  /**
   * `curl -u user:password` (or `--user`, and wget's), and a pair under a
   * label (`credentials: admin:...`, `login: root:...`): the password rules
   * for the value after the user. Other commands use `-u` for other things
   * (`docker exec -u uid:gid`, `git diff -u HEAD:path`).
   */
  #userPassword(ctx: Ctx, text: string, k: number): KeyRules | undefined {
    let p = k;
    if (isQuote(text.charCodeAt(p - 1))) p--;
    if (text.charCodeAt(p - 1) !== 32) return undefined;
    if (text.charCodeAt(p - 2) === 58 || text.charCodeAt(p - 2) === 61) {
      // `Last login: 2025-01-03T19:03:09Z` is a time, not a user and a password.
      if (isDigit(text.charCodeAt(k))) return undefined;
      return CREDENTIAL_LABEL.test(text.slice(Math.max(0, p - 2 - CREDENTIAL_LABEL_MAX), p - 1))
        ? this.#rulesForName('password')
        : undefined;
    }
    return this.#userFlag(ctx, text, p) ? this.#rulesForName('password') : undefined;
  }

  /**
   * Whether `-u ` or `--user ` of curl or wget, or `-a ` or `--auth ` of
   * HTTPie (`http`, `https`), ends at `p` (the user that follows starts
   * there or after a quote).
   */
  #userFlag(ctx: Ctx, text: string, p: number): boolean {
    const letter = text.charCodeAt(p - 3) === 45 ? text.charCodeAt(p - 2) : 0;
    let at = -1;
    if (letter === 117 || letter === 97) at = p - 3;
    else if (text.startsWith('--user', p - 7) || text.startsWith('--auth', p - 7)) at = p - 7;
    if (at < 0 || (at > 0 && !isSpace(text.charCodeAt(at - 1)))) return false;
    const httpie = letter === 97 || (letter === 0 && text.charCodeAt(p - 5) === 97);
    const command = this.#commandBefore(ctx, at);
    if (
      httpie ? command !== 'http' && command !== 'https' : command !== 'curl' && command !== 'wget'
    )
      return false;
    // The same command: no sentence or shell-command boundary in between (a
    // reach counted in units changes when a value in between is redacted).
    return !COMMAND_BREAK.test(text.slice(ctx.commandLast?.at ?? 0, at));
  }

  /**
   * `curl -u <token>: URL` (Stripe, Freshdesk and many other APIs take the
   * key as the user, with an empty password): the user `[k, h)` is the
   * secret when it reads as one (the generic API-key checks: entropy,
   * character classes, no placeholder). True when the command form matched.
   */
  #userToken(ctx: Ctx, text: string, k: number, h: number): boolean {
    let p = k;
    const quote = text.charCodeAt(p - 1);
    if (isQuote(quote)) p--;
    // The closing quote, if the user was quoted, right after the colon.
    const close = isQuote(quote) ? (text.charCodeAt(h + 1) === quote ? h + 2 : -1) : h + 1;
    if (close < 0 || (close < text.length && !isSpace(text.charCodeAt(close)))) return false;
    if (text.charCodeAt(p - 1) !== 32 || !this.#userFlag(ctx, text, p)) return false;
    const rule = this.#rulesForName('api key').rules.find((r) => r.generic);
    if (rule === undefined) return false;
    this.#pushSecret(rule, k, h);
    return true;
  }

  /** `<key>value</key>`, with the `>` of the opening tag at `h`. */
  #element(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (isQuote(text.charCodeAt(h - 1))) {
      // `<string name="api_token" translatable="false">...</string>`: named by an attribute.
      const name = nameAttribute(text, h);
      return name === undefined || this.#namedElement(ctx, name[0], name[1], h);
    }
    if (!isKeyChar(text.charCodeAt(h - 1))) return true;
    let k = h;
    while (k > 0 && h - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (h - k < this.#shortestStem || text.charCodeAt(k - 1) !== 60) return true;
    if (h - k === 6 && text.startsWith('string', k)) {
      // A property list's `<key>NAME</key>` then `<string>...</string>`.
      const name = plistKey(text, k - 1);
      return name === undefined || this.#namedElement(ctx, name[0], name[1], h);
    }
    // A quoted placeholder (`PGPASSWORD='<your-password>' psql ...`) opens no element.
    const q = text.charCodeAt(k - 2);
    if (isQuote(q) && text.charCodeAt(h + 1) === q) return true;
    // Nor does this redactor's own placeholder (`<POSTGRES_URI_PASSWORD_1>`): redacting its
    // output again changes nothing. An element of that name that closes on its line
    // (`<DB_PASSWORD_1>...</DB_PASSWORD_1>`) is still one.
    if (OWN_PLACEHOLDER.test(text.slice(k, h))) {
      const line = text.slice(h + 1, h + 1 + PLACEHOLDER_LINE);
      const close = line.indexOf(`</${text.slice(k, h)}>`);
      if (close < 0 || line.lastIndexOf('\n', close) >= 0) return true;
    }
    const matched = this.#rulesForKey(text, k, h, keyHash(text, k, h));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, h, h + 1, TAG);
  }

  /** An element's text named by `text[k, end)`, with the `>` of its opening tag at `h`. */
  #namedElement(ctx: Ctx, k: number, end: number, h: number): boolean {
    const matched = this.#rulesForKey(ctx.text, k, end, keyHash(ctx.text, k, end));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, h, h + 1, TAG);
  }

  /**
   * A long option with its value after a space (`--password s3cr3t`,
   * `--api-key "..."`), with the first `-` at `h`. `--key=value` is an
   * assignment, found at its `=`.
   */
  #option(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (h > 0 && !isSpace(text.charCodeAt(h - 1))) return true;
    if (!ctx.need(h + 2 + 64 + LOOSE_AHEAD)) return false;
    const k = h + 2;
    let keyStop = k;
    while (keyStop - k < 64 && isKeyChar(text.charCodeAt(keyStop))) keyStop++;
    if (keyStop - k < this.#shortestStem || text.charCodeAt(keyStop) !== 32) return true;
    // The next option is not a value; nor is a word.
    if (text.charCodeAt(keyStop + 1) === 45 || !looseValueAt(text, keyStop + 1)) return true;
    const matched = looseRules(this.#rulesForKey(text, k, keyStop, keyHash(text, k, keyStop)));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, keyStop, keyStop + 1, LOOSE);
  }

  /** Whether the word `text[k, end)` is a key a loosely written value may follow; "key" alone names nothing, "API key" does. */
  #namesKey(text: string, k: number, end: number): boolean {
    if (end - k < this.#shortestStem) return false;
    if (end - k === 3 && sameFolded(text, k, 'key')) return true;
    return looseRules(this.#rulesForKey(text, k, end, keyHash(text, k, end))).rules.length > 0;
  }

  /**
   * `my password is s3cr3t`, `the Twilio auth token is ...`, `the admin
   * password is now ...`, `the password for admin is ...`, with ` is ` at `h`.
   */
  #statement(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (!ctx.need(h + 4 + ADVERB_MAX + LOOSE_AHEAD)) return false;
    let v = h + 4;
    if (!looseValueAt(text, v)) {
      v = adverbEnd(text, v);
      if (v < 0 || !looseValueAt(text, v)) return true;
    }
    let end = h;
    if (text.charCodeAt(h - 1) === 41) {
      // A variable named in parentheses is the key: "the Datadog API key (DD_API_KEY) is ...".
      let k = h - 1;
      while (k > 0 && h - k <= 65 && isKeyChar(text.charCodeAt(k - 1))) k--;
      if (k === h - 1 || text.charCodeAt(k - 1) !== 40) return true;
      const named = looseRules(this.#rulesForKey(text, k, h - 1, keyHash(text, k, h - 1)));
      if (named.rules.length > 0) return this.#value(ctx, named, k, h + 3, v, LOOSE);
      // Else a remark between the key and ` is `: "the password (prod) is ...".
      if (h - k > REMARK_MAX || text.charCodeAt(k - 2) !== 32) return true;
      end = k - 2;
    }
    let k = end;
    while (k > 0 && h - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    // "I rotated the Datadog API key this morning. The new one is ...": the key named before.
    if (
      end - k === 3 &&
      sameFolded(text, k, 'one') &&
      REPLACEMENT_ONE.test(text.slice(Math.max(0, k - 16), k))
    ) {
      const key = this.#antecedentKey(ctx, k - 1);
      return key < 0 ? true : this.#keyStatement(ctx, keyWordStart(text, key), key, h, v);
    }
    if (this.#namesKey(text, k, end)) {
      const found = ctx.out.length;
      if (!this.#keyStatement(ctx, k, end, h, v)) return false;
      // A word that names a key of another kind ("db" in "the password for
      // the staging db is ...") may still end a qualified key.
      if (ctx.out.length > found) return true;
    }
    // "the password for admin is ...": the key, a preposition and what it qualifies.
    end = qualifiedKeyEnd(text, k);
    if (end < 0) return true;
    k = end;
    while (k > 0 && end - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (!this.#namesKey(text, k, end)) return true;
    return this.#keyStatement(ctx, k, end, h, v);
  }

  /**
   * The end of the nearest key word (`key`, `token`, `password`...) in the
   * same paragraph within {@link ANTECEDENT_BACK} units before `from`, the
   * key "the new one" refers to; -1 when there is none.
   */
  #antecedentKey(ctx: Ctx, from: number): number {
    const text = ctx.text;
    const base = ctx.base;
    const stop = Math.max(0, from - ANTECEDENT_BACK);
    // What the last search read, from a point at most ANTECEDENT_BACK before
    // this one, holds for the text before that point: only the rest is read.
    const last = ctx.antecedentFrom - base;
    const known = ctx.antecedentFrom >= 0 && last >= stop && last <= from;
    let found = -1;
    let blank = false;
    for (let e = from; e > (known ? last : stop); e--) {
      const c = text.charCodeAt(e - 1);
      if (c === 10 && text.charCodeAt(e - 2) === 10) {
        blank = true;
        break;
      }
      if (!isKeyChar(c) || isKeyChar(text.charCodeAt(e))) continue;
      const w = keyWordStart(text, e);
      if (this.#namesKey(text, w, e)) {
        found = e;
        break;
      }
      e = w;
    }
    if (found < 0 && !blank && known && ctx.antecedentKey >= 0) {
      const key = ctx.antecedentKey - base;
      if (key > stop) found = key;
    }
    ctx.antecedentFrom = from + base;
    ctx.antecedentKey = found < 0 ? -1 : found + base;
    return found;
  }

  /** The value at `v` of a statement whose key word ends at `end` (see {@link #statement}). */
  #keyStatement(ctx: Ctx, k: number, end: number, h: number, v: number): boolean {
    const text = ctx.text;
    const single = looseRules(this.#rulesForKey(text, k, end, keyHash(text, k, end)));
    const w = this.#widen(text, k, end, single, true);
    const matched = looseRules(this.#rulesForKey(text, w, end, keyHash(text, w, end)));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, w, h + 3, v, LOOSE);
  }

  /**
   * A key word (`key`, `token`, `secret`, `password`, `pwd`) ending at `end`
   * and followed by a space: "Mailgun API key 1cfe...", "client secret
   * ofMj...", "updated the token to ...", "the old password was ...", and a
   * variable set without an operator (`setx API_KEY ...`, fish's
   * `set -gx API_KEY ...`, a Dockerfile's `ENV API_KEY ...`). ` is ` is the
   * statement scanner's; `=`, `:`, `|` and `->` the operator scanner's.
   */
  #bare(ctx: Ctx, end: number): boolean {
    const text = ctx.text;
    // `docker run -e OPENAI_API_KEY image`: a variable passed on by its name alone.
    if (envFlagBefore(text, end)) return true;
    if (!ctx.need(end + 1 + PROSE_REACH + LOOSE_AHEAD)) return false;
    const question = questionAfter(text, end);
    const asked = question > 0;
    let v = asked ? question : end + 1;
    const from = v;
    while (v - from < 4 && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    let form: Form = BARE;
    const c = text.charCodeAt(v);
    if (asked) {
      // After a question only the value itself: no verb, no "to".
    } else if (c === 119 && text.startsWith('was ', v)) {
      v += 4;
      form = LOOSE;
    } else if (c === 116 && text.charCodeAt(v + 1) === 111 && text.charCodeAt(v + 2) === 32) {
      v += 3;
      // "set PASSWD to Marblecopper6330": a variable's name set to a value, an assignment.
      if (constantName(text, end)) form = LOOSE;
    } else if ((c === 0x2013 || c === 0x2014 || c === 45) && text.charCodeAt(v + 1) === 32) {
      // "try this PayPal client secret \u2013 EcY7...": a dash between the key and its value.
      v += 2;
    } else if (c >= 97 && c <= 122) {
      // "the Netlify token we rotated yesterday was ...": a few words, then the verb.
      const verb = proseVerbEnd(text, v);
      if (verb >= 0) v = verb;
    }
    if (!looseValueAt(text, v) || pairAt(text, v)) return true;
    if (asked) {
      // A key word of another language before the question mark: "com essa senha? ...".
      const key = keyBefore(text, end);
      if (key !== undefined && key.end === end) {
        const named = looseRules(this.#rulesForName(key.name));
        if (named.rules.length > 0) return this.#value(ctx, named, key.start, end, v, BARE);
      }
    }
    let k = end;
    while (k > 0 && end - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k > 0 && isKeyChar(text.charCodeAt(k - 1))) return true;
    if (end - k < this.#shortestStem) return true;
    const single = looseRules(this.#rulesForKey(text, k, end, keyHash(text, k, end)));
    if (single.rules.length === 0 && !(end - k === 3 && sameFolded(text, k, 'key'))) return true;
    // `setx NAME value`, `set -gx NAME value`, `ENV NAME value`: an assignment in all but its operator.
    if (form === BARE && setsVariable(text, k)) form = LOOSE;
    else k = this.#widen(text, k, end, single, true);
    const matched = looseRules(this.#rulesForKey(text, k, end, keyHash(text, k, end)));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, v, v, form);
  }

  /**
   * A CSV row that names a variable in one field and holds its value in the
   * next (`AWS_SECRET_KEY,9q/V...,2024-05-01`, under a `name,value,...`
   * header), with the comma at `end`. Both must be whole fields: the name
   * starts the line or follows a comma, and the value ends at a comma or the
   * end of the line. The value must read as a random token: a header row
   * (`api_key,created_at`) or a row of words holds none.
   */
  #csvPair(ctx: Ctx, end: number): boolean {
    const text = ctx.text;
    const v = end + 1;
    if (!ctx.need(v + LOOSE_AHEAD)) return false;
    if (!csvFieldEnds(text, v, ctx.lim(v + LOOSE_AHEAD)) || !looseValueAt(text, v)) return true;
    let k = end;
    while (k > 0 && end - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k > 0 && !isFieldStart(text.charCodeAt(k - 1))) return true;
    if (end - k < this.#shortestStem) return true;
    const matched = looseRules(this.#rulesForKey(text, k, end, keyHash(text, k, end)));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, v, v, BARE);
  }

  /**
   * A key in the cell of a table row before the `|` at `h`, its value alone
   * in the next cell: `| Okta API token | 00bK... |`, `| API key | f346... |`.
   * Cells are set off by spaces (`a|b|c` is an alternation, `a || b` an
   * operator) and the value must read as a random token: a cell after
   * `pass_stmt` in a grammar holds a word.
   */
  #cell(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (!isBlank(text.charCodeAt(h - 1)) || !isBlank(text.charCodeAt(h + 1))) return true;
    let keyEnd = h - 1;
    while (keyEnd > 0 && h - keyEnd < 8 && isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--;
    // A key set in code or quotes (`| \`AWS_SECRET_KEY\` |`, `| "API token" |`).
    if (isQuote(text.charCodeAt(keyEnd - 1)) && quotedCell(text, keyEnd - 1)) keyEnd--;
    if (!isAlnum(text.charCodeAt(keyEnd - 1))) return true;
    if (!ctx.need(h + 1 + BARE_GLUE + LOOSE_AHEAD)) return false;
    // A cell of words holds no value, except a header's scheme and credentials
    // (`| Authorization | \`Bearer ...\` |`).
    AUTH_SCHEME.lastIndex = h + 1;
    const scheme = AUTH_SCHEME.test(text) ? AUTH_SCHEME.lastIndex : -1;
    if (
      scheme < 0 ? !looseValueAt(text, h + 1) || !wholeCell(text, h + 1) : !wholeCell(text, scheme)
    )
      return true;
    // A password set as code in a Markdown table (`| keystore_password | \`Nimbus8725\` |`) is
    // a literal: it need only read as a credential, not as a random token. Quotes are no sign
    // (`'PROMPT_TOKEN_DETAILS' | 'COMPLETION_TOKEN_DETAILS'` is a TypeScript union), nor is
    // code for other keys: a table of settings names identifiers (`| token | \`use_v2\` |`).
    let v = h + 1;
    while (v - h < 8 && isBlank(text.charCodeAt(v))) v++;
    let k = keyEnd;
    while (k > 0 && keyEnd - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    const literal = text.charCodeAt(v) === 96 && PASSWORD_WORD.test(text.slice(k, keyEnd));
    return this.#named(ctx, keyEnd, h + 1, literal ? LOOSE : BARE);
  }

  /**
   * A label whose key words come before a short qualifier and a colon at
   * `h`: "aws secret access key for staging: ...", "the Stripe key (test
   * mode): ...", "API token for the billing service: ..." (see
   * {@link qualifierStart}). A remark says the words before it were a label,
   * not that what follows is a value: that must read as a random token.
   */
  #qualified(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    const after = text.charCodeAt(h + 1);
    if (after === 10 || after === 13) {
      // The value alone on the next line, or in a code block there ("new token for staging:\n```\n...").
      if (!ctx.need(h + 1 + NEXT_LINE_AHEAD)) return false;
      const next = nextLineValue(text, h + 1, ctx.lim(h + 1 + NEXT_LINE_AHEAD));
      const keyEnd = next < 0 ? -1 : qualifierStart(text, h);
      return keyEnd < 0 || this.#named(ctx, keyEnd, next, LOOSE);
    }
    if (!isBlank(after)) return true;
    // The value first: after most labels in prose comes a word.
    if (!ctx.need(h + 1 + BARE_GLUE + LOOSE_AHEAD)) return false;
    if (!looseValueAt(text, h + 1)) return true;
    const keyEnd = qualifierStart(text, h);
    if (keyEnd < 0) return true;
    return this.#named(ctx, keyEnd, h + 1, BARE);
  }

  /** `new Vercel token -> 7Kvy...`: a key, ` -> `, its value; `>` at `h`. */
  #arrow(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    let keyEnd = h - 1;
    while (keyEnd > 0 && h - 1 - keyEnd < 4 && text.charCodeAt(keyEnd - 1) === 32) keyEnd--;
    if (keyEnd === h - 1 || !isAlnum(text.charCodeAt(keyEnd - 1))) return true;
    if (!ctx.need(h + 1 + BARE_GLUE + LOOSE_AHEAD)) return false;
    if (!looseValueAt(text, h + 1)) return true;
    return this.#named(ctx, keyEnd, h + 1, LOOSE);
  }

  /**
   * A key named in words ending at `keyEnd` (up to three words before the
   * key word, see {@link Engine.#widen}), its value read loosely from `v`.
   */
  #named(ctx: Ctx, keyEnd: number, v: number, form: Form): boolean {
    const text = ctx.text;
    let k = keyEnd;
    while (k > 0 && keyEnd - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k > 0 && isKeyChar(text.charCodeAt(k - 1))) return true;
    if (keyEnd - k < this.#shortestStem && !(keyEnd - k === 3 && sameFolded(text, k, 'key')))
      return true;
    const single = looseRules(this.#rulesForKey(text, k, keyEnd, keyHash(text, k, keyEnd)));
    if (single.rules.length === 0 && !(keyEnd - k === 3 && sameFolded(text, k, 'key'))) return true;
    k = this.#widen(text, k, keyEnd, single, true);
    const matched = looseRules(this.#rulesForKey(text, k, keyEnd, keyHash(text, k, keyEnd)));
    if (matched.rules.length === 0) return true;
    return this.#value(ctx, matched, k, v, v, form);
  }

  /**
   * Where a key named in words starts: up to three words before the key
   * word `text[k, end)` make the key with it, so "the Twilio auth token"
   * selects Twilio's rule where "token" alone is generic, and "API key"
   * names what "key" does not. Of the keys so formed, the one with the most
   * specific rule wins, and on a tie the longer (it names more of the
   * context). `matched` holds the key word's own rules; `loose` keeps only
   * the rules a loosely written key may use.
   */
  #widen(text: string, k: number, end: number, matched: KeyRules, loose: boolean): number {
    let start = k;
    let best = topPriority(matched);
    let count = matched.rules.length;
    let w = k;
    for (
      let n = 0;
      n < 3 && text.charCodeAt(w - 1) === 32 && isAlnum(text.charCodeAt(w - 2));
      n++
    ) {
      let p = w - 1;
      while (p > 0 && end - p < 64 && isAlnum(text.charCodeAt(p - 1))) p--;
      if (p > 0 && isAlnum(text.charCodeAt(p - 1))) break;
      w = p;
      let joined = this.#rulesForKey(text, w, end, keyHash(text, w, end));
      if (loose) joined = looseRules(joined);
      const top = topPriority(joined);
      if (top > best || (top === best && top >= 0 && joined.rules.length >= count)) {
        best = top;
        count = joined.rules.length;
        start = w;
      }
    }
    return start;
  }

  /**
   * Assignment rules whose key pattern accepts `raw` (case-insensitively).
   * Keys repeat (`password`, `api_key`), so answers are memoised, bounded.
   */
  #rulesForKey(text: string, start: number, end: number, hash: number): KeyRules {
    const cached = this.#keyMemo.get(hash);
    if (cached !== undefined && sameAt(text, start, end, cached.key)) return cached;
    const raw = text.slice(start, end);
    // A key named in a sentence ("API key") reads as one identifier.
    const key = raw.toLowerCase().replace(SPACES, '_');
    // A camelCase key also reads with its last word split off (`smtpPass` as `smtp_pass`).
    const split = HAS_CAMEL.test(raw) ? splitLastWord(raw) : key;
    let rules: CompiledAssignment[] = [];
    if (this.#keyPrefilter?.test(key) === true) {
      rules = this.#assignments.filter(
        (rule) =>
          (rule.key.test(key) && rule.exclude?.test(key) !== true) ||
          (split !== key && rule.key.test(split) && rule.exclude?.test(split) !== true),
      );
    }
    // The memo outlives the call: keep a copy of the key, not a slice that
    // would hold the whole input in memory (V8 slices of 13 or more units do).
    const entry = keyRules(detach(raw), rules);
    if (this.#keyMemo.size >= 512) this.#keyMemo.clear();
    this.#keyMemo.set(hash, entry);
    return entry;
  }

  /**
   * A digit that starts a token (a `+` or `(` before it starts a phone
   * number), or follows a string escape (`\\n`, `\\r`, `\\t`).
   */
  #digit(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (isAlnum(text.charCodeAt(h - 1)) && !afterEscape(text, h)) return true;
    // The hash of parapet's own token (`[REDACTED:in_aadhaar:279247539352]`) is no number,
    // whatever its label says: redacting redacted text changes nothing.
    if (text.charCodeAt(h - 1) === 58 && insideOwnToken(text, h - 1)) return true;
    if (!ctx.need(h + PII_LOOKAHEAD)) return false;
    // `%20`, `%3A`: the hex digits of a percent-escape (RFC 3986) start no number.
    if (text.charCodeAt(h - 1) === 37 && isHex(text.charCodeAt(h + 1))) return true;
    if (this.#digitTrie.starts(text.charCodeAt(h))) {
      const rules = this.#digitTrie.match(text, h);
      if (rules !== undefined)
        for (const rule of rules) if (!this.#token(ctx, rule, h)) return false;
    }
    const limit = ctx.lim(h + PII_LOOKAHEAD);
    const p = text.charCodeAt(h - 1);
    if (
      (p === 43 || p === 40) &&
      (h < 2 || !isAlnum(text.charCodeAt(h - 2)) || afterEscape(text, h - 1))
    )
      digitPiiAt(text, h - 1, limit, this.#config.pii, this.#sink);
    digitPiiAt(text, h, limit, this.#config.pii, this.#sink);
    return true;
  }

  /** Capital letters followed by digits starting a token (IBAN, NINO, PAN), or after an escape. */
  #alnum(ctx: Ctx, h: number): boolean {
    if (h > 0 && isAlnum(ctx.text.charCodeAt(h - 1)) && !afterEscape(ctx.text, h)) return true;
    if (!ctx.need(h + PII_LOOKAHEAD)) return false;
    alnumPiiAt(ctx.text, h, ctx.lim(h + PII_LOOKAHEAD), this.#config.pii, this.#sink);
    return true;
  }

  /** A keyword without punctuation (`AKIA`, `AIza`, ...), a Bech32 prefix or a key word. */
  #literal(ctx: Ctx, h: number): boolean {
    const text = ctx.text;
    if (this.#assignments.length > 0) {
      if (text.charCodeAt(h) === 99 && h >= 2 && text.startsWith('machine', h - 2))
        return this.#netrc(ctx, h - 2);
      if (text.charCodeAt(h) === 122 && h >= 7 && sameFolded(text, h - 7, 'authori'))
        return this.#headerDirective(ctx, h - 7);
      if (text.charCodeAt(h) === 66 && !this.#schemeWord(ctx, h)) return false;
      const end = labelWordEnd(text, h);
      if (
        end > 0 &&
        !(text.charCodeAt(end) === 44 ? this.#csvPair(ctx, end) : this.#bare(ctx, end))
      )
        return false;
    }
    if (!ctx.need(h + LITERAL_LOOKAHEAD)) return false;
    if (h > 0 && isAlnum(text.charCodeAt(h - 1)) && !afterEscape(text, h) && !afterPercent(text, h))
      return true;
    const rules = this.#literalTrie.match(text, h);
    if (rules !== undefined) for (const rule of rules) if (!this.#token(ctx, rule, h)) return false;
    const c = text.charCodeAt(h);
    if ((c === 98 || c === 108) && this.#config.pii.crypto_wallet) {
      if (!ctx.need(h + PII_LOOKAHEAD)) return false;
      bech32At(text, h, ctx.lim(h + PII_LOOKAHEAD), this.#sink);
    }
    return true;
  }
}

/**
 * Hex values carry at most 4 bits per character and random ones often fall
 * below a floor set for wider alphabets, so their floor is lower.
 */
function entropyFloor(floor: number, value: string): number {
  return HEX_ONLY.test(value) && /[a-fA-F]/.test(value) ? Math.min(floor, 2.7) : floor;
}

const HEX_ONLY = /^[0-9a-fA-F]+$/;

/** An ISO 8601 date and hour (`2024-09-11T00`), read as a `.pgpass` host. */
const ISO_DATE_HOUR = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}$/;

function isValueStop(c: number): boolean {
  return (
    isSpace(c) ||
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 44 ||
    c === 59 ||
    c === 41 ||
    c === 93 ||
    c === 125 ||
    c === 62 ||
    c === 60
  );
}

// A DSN's host: sentry.io's, or any host (self-hosted Sentry) with a port and
// a numeric project id and nothing after it.
const SENTRY_HOST =
  /^(?:[A-Za-z0-9.-]{0,40}(?:\.ingest\.[a-z]{2}\.sentry\.io|\.ingest\.sentry\.io|sentry\.io)(?:[/:]|$)|[A-Za-z0-9.-]{1,40}(?::[0-9]{1,5}|)\/[0-9]{1,12}(?![A-Za-z0-9_/-]|\.[A-Za-z0-9]))/;

const NEXT_PARAM = /^&[A-Za-z_][A-Za-z0-9_.-]{0,40}=/;

/**
 * Where the string that opened with `quote` right before `from` closes,
 * reading `\x` as an escaped unit and, for `'`, `''` as a quote in the
 * value; -1 without a closing quote before `limit` or the line's end.
 */
function closingQuote(text: string, from: number, limit: number, quote: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (c === 92) {
      if (text.charCodeAt(i + 1) === 10) return -1;
      i++;
    } else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Whether the key at `k` (value at `v`) is one `key=value` pair of a log
 * line: the word before it, or the word after its value's word, is one too.
 */
function logPair(text: string, k: number, v: number, limit: number): boolean {
  if (k < 2 || text.charCodeAt(k - 1) !== 32) return false;
  // The word before: `user=admin `.
  let i = k - 1;
  const stop = Math.max(0, k - 96);
  while (i > stop && !isSpace(text.charCodeAt(i - 1))) i--;
  // A match starting at `i` stays inside that word: it ends before a space.
  LOG_PAIR.lastIndex = i;
  if (LOG_PAIR.test(text)) return true;
  // The word after the value's word: ` ip=10.0.0.1`.
  const end = runEnd(text, v, limit);
  if (text.charCodeAt(end) !== 32) return false;
  LOG_KEY.lastIndex = end + 1;
  return LOG_KEY.test(text);
}

/** A word that is a `key=value` pair (sticky: tried where a word starts). */
const LOG_PAIR = /[A-Za-z_][\w.-]{0,40}=[^\s=]/y;
/** The start of a `key=` pair (sticky). */
const LOG_KEY = /[A-Za-z_][\w.-]{0,40}=/y;

/** Whether `value` ends with a closing bracket. */
function closesBracket(value: string): boolean {
  const c = value.charCodeAt(value.length - 1);
  return c === 41 || c === 93 || c === 125;
}

/** The longest callee name {@link Engine#callArgument} reads back. */
const CALLEE_MAX = 48;
/** Units before a tag's `>` searched for its `<` (see {@link nameAttribute}). */
const TAG_REACH = 160;

/** A `name` or `key` attribute (`name="cf_api_token"`), its value captured. */
const NAME_ATTRIBUTE = /\s(?:name|key)\s?=\s?["']([A-Za-z_][\w.-]{0,63})["']/;

/**
 * The bounds of the `name` (or `key`) attribute's value of the opening tag
 * whose `>` is at `h` (Android's `<string name="api_token" ...>`), or
 * undefined. The tag lies on one line, within {@link TAG_REACH} units.
 */
export function nameAttribute(text: string, h: number): [number, number] | undefined {
  let lt = h - 1;
  while (lt >= 0 && h - lt <= TAG_REACH) {
    const c = text.charCodeAt(lt);
    if (c === 60) break;
    if (c === 62 || c === 10) return undefined;
    lt--;
  }
  if (lt < 0 || text.charCodeAt(lt) !== 60) return undefined;
  const m = NAME_ATTRIBUTE.exec(text.slice(lt, h));
  if (m === null) return undefined;
  const end = lt + m.index + m[0].length - 1;
  return [end - m[1]!.length, end];
}

/**
 * The bounds of NAME in a property list's `<key>NAME</key>` right before
 * the `<string>` whose `<` is at `open` (blank space between), or undefined.
 */
export function plistKey(text: string, open: number): [number, number] | undefined {
  let p = open;
  while (p > 0 && open - p < 16 && isSpace(text.charCodeAt(p - 1))) p--;
  if (p < 6 || !text.startsWith('</key>', p - 6)) return undefined;
  const end = p - 6;
  let k = end;
  while (k > 0 && end - k <= 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
  if (k === end || k < 5 || !text.startsWith('<key>', k - 5)) return undefined;
  return [k, end];
}

/** The longest literal argument {@link Engine#callArgument} reads (a password rule's longest value). */
const CALL_LITERAL_MAX = 260;
/** The shortest password literal read after a comma (the password rule's shortest value). */
const CALL_PASSWORD_MIN = 6;
/** How far back {@link argumentAt} looks for the parenthesis of a call's arguments. */
const CALL_BACK = 160;

/**
 * Known APIs that take a password as a positional argument, by their
 * lower-case name (a method's last name, or the key a tuple is assigned to),
 * with the argument's index.
 */
const CREDENTIAL_CALLS: ReadonlyMap<string, number> = new Map([
  // .NET, Java, Spring, Apache HttpClient: (user, password).
  ['networkcredential', 1],
  ['passwordauthentication', 1],
  ['usernamepasswordcredentials', 1],
  ['usernamepasswordauthenticationtoken', 1],
  // Python requests, aiohttp, httpx: (user, password), also as a tuple.
  ['httpbasicauth', 1],
  ['httpdigestauth', 1],
  ['basicauth', 1],
  ['auth', 1],
  ['basic_auth', 1],
  ['http_auth', 1],
  // smtplib, ftplib, imaplib, poplib's user/pass pairs and most client libraries' login.
  ['login', 1],
  ['oci_connect', 1],
  // (host or url, user, password, ...).
  ['getconnection', 2],
  ['mysqli_connect', 2],
  ['mysql_connect', 2],
  ['mysqli', 2],
  ['pdo', 2],
  ['sequelize', 2],
  ['ftp_login', 2],
  ['ldap_bind', 2],
  ['imap_open', 2],
]);

/** The inside of a placeholder of the `placeholder` style (`<EMAIL_1>`, `<AUTH0_CLIENT_SECRET_2>`). */
const OWN_PLACEHOLDER = /^[A-Z][A-Z0-9_]{0,62}_[0-9]{1,9}$/;

/** Units after an element named like a placeholder searched for its closing tag. */
const PLACEHOLDER_LINE = 512;

/** A builder's method named by a key alone (`.password("...")`, `.apiKey("...")`). */
const BUILDER_KEY =
  /^(?:password|passwd|pwd|passphrase|api_?key|secret|secret_?key|client_?secret|token|access_?token|auth_?token|bearer_?token)$/;

/** A setter's prefix before the key it sets (`set`, `set_`, `with`). */
const SETTER = /^(?:set|with)_?(?=[a-z])/;

function isCalleeChar(c: number): boolean {
  return isAlnum(c) || c === 95;
}

/**
 * The name a tuple opening at `open` is assigned to or passed as
 * (`auth=(`, `auth = (`, `"auth": (`), lower case; undefined otherwise.
 */
function tupleKey(text: string, open: number): string | undefined {
  let p = open;
  while (p > 0 && open - p < 4 && text.charCodeAt(p - 1) === 32) p--;
  const op = text.charCodeAt(p - 1);
  if (op !== 61 && op !== 58) return undefined;
  p--;
  while (p > 0 && open - p < 8 && text.charCodeAt(p - 1) === 32) p--;
  if (isQuote(text.charCodeAt(p - 1))) p--;
  const end = p;
  while (p > 0 && end - p < CALLEE_MAX && isCalleeChar(text.charCodeAt(p - 1))) p--;
  return p < end ? text.slice(p, end).toLowerCase() : undefined;
}

/**
 * Reads back from the comma at `h` to the parenthesis that opens its
 * argument list, over string literals and bracketed arguments (at most
 * {@link CALL_BACK} units, not across a `;`), and leaves it in
 * `ctx.callOpen` with the index of the argument after `h` in
 * `ctx.callIndex`; false when there is no such list. A comma read before in
 * the same list ends the walk with its answer (a flood of arguments costs
 * one walk), as long as that parenthesis is within reach of `h`.
 */
function argumentAt(ctx: Ctx, h: number): boolean {
  const text = ctx.text;
  const floor = Math.max(0, h - CALL_BACK);
  let depth = 0;
  let commas = 0;
  let open = -1;
  for (let p = h - 1; p >= floor; p--) {
    if (p === ctx.callAt && depth === 0) {
      if (ctx.callOpen < floor) break;
      open = ctx.callOpen;
      commas += ctx.callIndex;
      break;
    }
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39 || c === 96) {
      // Back to the literal's opening quote (an escaped one is read as a quote: the
      // argument count is then off, and a wrong count finds no credential API).
      let q = p - 1;
      while (q >= floor && text.charCodeAt(q) !== c) q--;
      if (q < floor) break;
      p = q;
    } else if (c === 41 || c === 93 || c === 125) depth++;
    else if (c === 40 || c === 91 || c === 123) {
      if (depth === 0) {
        if (c === 40) open = p;
        break;
      }
      depth--;
    } else if (c === 59) break;
    else if (c === 44 && depth === 0) commas++;
  }
  ctx.callAt = h;
  ctx.callOpen = open;
  ctx.callIndex = commas + 1;
  return open >= 0;
}

/**
 * Where the user part of a URL whose user information ends at the `@` at
 * `h` starts: right after the nearest `://` before `h` on its word (no
 * space or quote between), at most 256 units back; -1 without one. Amortised
 * over the `@`s of a line by the `ctx.clear*` cache.
 */
function schemeBefore(ctx: Ctx, h: number): number {
  const text = ctx.text;
  const lo = Math.max(2, h - 256);
  let low = h;
  for (let i = h - 1; i >= lo; i--) {
    if (i < ctx.clearTo && i >= ctx.clearFrom) {
      i = ctx.clearFrom;
      low = i;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c) || isQuote(c) || c === 96) break;
    if (c === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return i + 1;
    low = i;
  }
  if (low < h) {
    ctx.clearFrom = low;
    ctx.clearTo = h;
  }
  return -1;
}

/**
 * Whether `text[u, h)` reads as raw user information: a user name with no
 * `/`, `@` or bracket before its `:`, a password whose first `/` does not
 * follow a port (`host:8080/path@...` is a path holding an `@`), and no
 * host-like text after an `@` inside it.
 */
function rawUserInfo(text: string, u: number, h: number): boolean {
  let colon = -1;
  for (let i = u; i < h; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      colon = i;
      break;
    }
    if (c === 47 || c === 64 || c === 91 || c === 93 || c === 60 || c === 62) return false;
  }
  if (colon < 0) return false;
  // After an `@` in the password, a `/`, `:`, `?`, `,` or `;` reads as the
  // host's path, port or query, or as the next field: that `@` ended the
  // user information and this one is later text.
  let at = false;
  for (let i = colon + 1; i < h; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) at = true;
    else if (at && (c === 47 || c === 58 || c === 63 || c === 44 || c === 59)) return false;
  }
  const slash = text.indexOf('/', colon + 1);
  if (slash < 0 || slash >= h) return true;
  for (let i = colon + 1; i < slash; i++) if (!isDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether the `,` before `from` ends a CSV field rather than sitting inside a
 * connection string's value: the word goes on to another `,` before any
 * `;`, quote, space or `limit`, and a `;` after it does not go on with the
 * string's next pair.
 */
function csvComma(text: string, from: number, limit: number): boolean {
  let comma = false;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) comma = true;
    else if (c === 59) {
      // The string goes on with its next pair (`Password=1,:Z[j,3e;Encrypt=True;`):
      // the commas were the password's.
      if (!comma) return false;
      CONNECTION_KEY.lastIndex = i + 1;
      return !CONNECTION_KEY.test(text);
    } else if (c === 34 || c === 39 || c === 96 || isSpace(c)) return comma;
  }
  return comma;
}

/** The key of a connection string's next pair and its `=` (`Encrypt=`, `Initial Catalog=`). */
const CONNECTION_KEY = /[A-Za-z][A-Za-z ]{0,30}=/y;

/** Whether `text[at]` is a space or past the end. */
function isSpaceOrEnd(text: string, at: number): boolean {
  return at >= text.length || isSpace(text.charCodeAt(at));
}

/**
 * Whether the key whose operator is at `h` opens its line: after indentation,
 * `export ` or a YAML list's `- `, and before spaces and the operator.
 */
function opensLine(text: string, h: number): boolean {
  let i = h;
  while (i > 0 && h - i < 8 && isBlank(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && end - i < 64 && isKeyChar(text.charCodeAt(i - 1))) i--;
  if (i === end) return false;
  if (i >= 7 && text.startsWith('export ', i - 7)) i -= 7;
  else if (i >= 2 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 45) i -= 2;
  const start = i;
  while (i > 0 && start - i < 32 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10;
}

/**
 * Whether the unit at `at`, right after a closing quote, ends the quoted
 * word: a space, the end, or a shell separator or comment (`"v"; x`, `"v"#`).
 */
function quotedWordEnds(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return isSpace(c) || c === 59 || c === 35 || c === 38 || c === 124 || c === 41 || c === 44;
}

/**
 * Whether the key word ending at `end` is written as a constant's name
 * (`PASSWD`, `DB_PASSWORD`): capitals, digits and `_`, with no lower case.
 */
function constantName(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && end - i < 64 && isKeyChar(text.charCodeAt(i - 1))) i--;
  let upper = false;
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** The short query parameters `key` and `auth` (`?key=...`, `&auth=...`) at `text[k, keyStop)`. */
function queryKey(text: string, k: number, keyStop: number): boolean {
  const before = text.charCodeAt(k - 1);
  if (before !== 63 && before !== 38) return false;
  return keyStop - k === 3 ? sameFolded(text, k, 'key') : sameFolded(text, k, 'auth');
}

/** Whether the key name around `k` follows a `?` or an `&`: a query parameter's. */
function inQuery(text: string, k: number): boolean {
  let i = k;
  while (i > 0 && k - i < 64 && isKeyChar(text.charCodeAt(i - 1))) i--;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return before === 63 || before === 38;
}

/**
 * Whether `text[from, to)` holds one of `units` or a `%` that starts no
 * escape. By default the units are those a URL's query never carries raw,
 * or hardly ever (`!`, `#`, `(`, `)`, `*`, `^`): such a value is symbol soup
 * (a generated secret such as Django's), not a query parameter's. (`@` and
 * `$` stay out: credentials in URLs and `$VAR` references hold them.)
 */
function symbolSoup(text: string, from: number, to: number, units = SOUP_IN_QUERY): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && (units[c >> 5]! & (1 << (c & 31))) !== 0) return true;
    if (c === 37 && !(isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2)))) return true;
  }
  return false;
}

/** Units read past an `&` for symbol soup. */
const SOUP_AHEAD = 48;

/** Where the run of units other than spaces and quotes from `from` ends, at most at `to`. */
function runEnd(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isQuote(c)) break;
    i++;
  }
  return i;
}

/** ASCII units as a bit set (four 32-bit words). */
function unitSet(units: string): Uint32Array {
  const set = new Uint32Array(4);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    set[c >> 5]! |= 1 << (c & 31);
  }
  return set;
}

const SOUP_IN_QUERY = unitSet('!#()*^');
/** What follows a `)` inside a random value, and hardly ever one that closes a call. */
const SOUP_AFTER = unitSet('!#$%&(*+-=@^_');
/**
 * What a call or an index in an assigned value hardly holds (`getSecret(name)`,
 * `secrets[0]`, `get(**kwargs)`, `load("$HOME")`), while random values with
 * brackets do (`u4a7p(0b1t*h$a3x#...`).
 */
const SOUP_IN_CODE = unitSet('!#^@');

/** An object opening on its `value` field, up to the value's quote (at most 24 units). */
const OBJECT_VALUE = /\{[ \t]{0,4}(?:value|"value"|'value')[ \t]{0,4}:[ \t]{0,4}(?=["'`])/y;
/** Units {@link NEXT_PARAM} reads. */
const NEXT_PARAM_REACH = 43;

/**
 * A `name` or `key` field ending right before a `value` key: on the line
 * above (YAML) or before a comma (JSON). Group 1 is the name.
 */
const NAME_BEFORE_VALUE =
  /(?:^|[\s{,"'-])(?:name|key)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z_][\w.-]{1,63})["']?[ \t]{0,4}(?:,[ \t]{0,4}|\r?\n[ \t]{0,16})$/;
/** Most units of a type annotation before its last word (`&'static str`). */
const TYPE_REACH = 16;
/** The name before an annotation's colon (the colon excluded). */
const ANNOTATED_NAME = /(?:^|[^\w$])([A-Za-z_$][\w$]{1,63})[ \t]{0,4}:$/;
/**
 * An HCL variable block open up to the end (its `default` follows). Group 1
 * is the variable's name.
 */
const VARIABLE_BLOCK =
  /(?:^|[\s{}])variable[ \t]{1,4}"([A-Za-z_][\w-]{0,63})"[ \t]{0,4}\{[^{}]{0,200}$/;
/** Units before a `default` key that {@link VARIABLE_BLOCK} reads. */
const VARIABLE_REACH = 300;
/** Units before a `value` key that {@link NAME_BEFORE_VALUE} reads. */
const NAME_REACH = 160;

/**
 * Whether `text[start, end)` names a variable or a header the way a call's
 * first argument does (`DB_PASSWORD`, `Authorization`, `X-Api-Key`): upper
 * case with digits and `_`, or words joined by `-`, or `Authorization`; not
 * a class or a phrase (`HTTPPasswordMgr`).
 */
function variableName(text: string, start: number, end: number): boolean {
  if (end - start === 13 && sameFolded(text, start, 'authorization')) return true;
  if (propertyName(text, start, end)) return true;
  let upper = true;
  let dash = false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 45) dash = true;
    else if (!((c >= 65 && c <= 90) || isDigit(c) || c === 95)) upper = false;
  }
  return upper || dash;
}

/** Whether `text[start, end)` is one lower-case word (letters, then letters or digits). */
function lowerWord(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (!((c >= 97 && c <= 122) || (p > start && isDigit(c)))) return false;
  }
  return end > start;
}

/** Setter names, case-folded, that take a setting's name and then its value. */
const SETTERS = [
  'set',
  'put',
  'setproperty',
  'setitem',
  'setenv',
  'putenv',
  'setheader',
  'setsecret',
];

/** Whether the call whose `(` is at `paren` is a setter ({@link SETTERS}: `props.setProperty(`, `cfg.set(`). */
function setterBefore(text: string, paren: number): boolean {
  let s = paren;
  while (s > 0 && paren - s < 16 && isAlnum(text.charCodeAt(s - 1))) s--;
  if (s > 0 && isAlnum(text.charCodeAt(s - 1))) return false;
  const length = paren - s;
  for (const name of SETTERS) if (name.length === length && sameFolded(text, s, name)) return true;
  return false;
}

/**
 * Whether `text[start, end)` is a lower-case property or variable name of
 * words joined by `.` or `_` (`aws.secret.access.key`, `private.token`,
 * `aws_secret_access_key`), as `setProperty`, `put` and `Setenv` take.
 */
function propertyName(text: string, start: number, end: number): boolean {
  let joined = false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 95) {
      if (p === start || p === end - 1) return false;
      joined = true;
    } else if (!((c >= 97 && c <= 122) || isDigit(c))) return false;
  }
  return joined;
}

/** A string escape for a line break, a tab or a quote at `at` (`\\n`, `\\"` in JSON or a log). */
function stringEscape(text: string, at: number): boolean {
  return text.charCodeAt(at) === 92 && isEscapeLetter(text.charCodeAt(at + 1));
}

/**
 * A `!` or `?` that ends a sentence right after a value whose own alphabet
 * has neither ("... Authorization: Bearer eyJ...!"): a space, the end of the
 * text (`limit`), or prose punctuation that closes a quote (`...!\u300d`) follows it.
 */
function sentenceEnd(text: string, at: number, limit: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 33 && c !== 63) return false;
  if (at + 1 >= limit) return true;
  const next = text.charCodeAt(at + 1);
  return isSpace(next) || isProsePunct(next);
}

/**
 * Calls that wrap a string literal without changing it: Rust's
 * `String::from("...")`, `SecretString::new(...)`, `Some(...)`, and
 * `String(...)`, `str(...)`, `new String(...)`, `Buffer.from(...)`, and
 * PowerShell's `ConvertTo-SecureString "..."` (in parentheses or not).
 */
const CONSTRUCTOR =
  /(?:(?:String::from|String::new|SecretString::from|SecretString::new|Secret::new|SecretBox::new|Some|String|str|new String|Buffer\.from|QString)\( ?|\(?[Cc]onvert[Tt]o-[Ss]ecure[Ss]tring(?: -[Ss]tring)? )(?=["'])/y;

/** Where the quoted literal inside a {@link CONSTRUCTOR} call at `v` opens, or -1. */
function constructorAt(text: string, v: number): number {
  CONSTRUCTOR.lastIndex = v;
  return CONSTRUCTOR.test(text) ? CONSTRUCTOR.lastIndex : -1;
}

/** Whether `text[v, e)` leaves open a bracket that `close` (`}` or `]`) closes. */
function opensInside(text: string, v: number, e: number, close: number): boolean {
  const open = close === 125 ? 123 : 91;
  let depth = 0;
  for (let i = v; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === open) depth++;
    else if (c === close && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A label before a `user:password` pair (`credentials: admin:...`, `creds:`,
 * `login:`, `auth =`), read on the units before the pair's space.
 */
const CREDENTIAL_LABEL =
  /(?:^|[^A-Za-z0-9_])(?:[Cc]red(?:ential)?s?|CRED(?:ENTIAL)?S?|[Ll]ogin|LOGIN|[Aa]uth|AUTH|[Bb]asic [Aa]uth) ?[:=]$/;
/** Units of the longest {@link CREDENTIAL_LABEL}, with its boundary. */
const CREDENTIAL_LABEL_MAX = 14;

/**
 * Whether the key word ending at `end` is a variable passed on by name to
 * `docker run -e` / `--env` (or another command's `-e`): no value follows it.
 */
function envFlagBefore(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && end - s < 64 && isKeyChar(text.charCodeAt(s - 1))) s--;
  return text.startsWith(' -e ', s - 4) || text.startsWith(' --env ', s - 7);
}

/** Units after a SQL `value =` that {@link Engine.#whereNamed} reads. */
const WHERE_REACH = 400;
/** The condition after a SQL value that names its key (see {@link Engine.#whereNamed}). */
const WHERE_NAMED =
  /[ \t]{0,4}(?:WHERE|where|AND|and)[ \t]{1,4}[A-Za-z_]{0,24}(?:name|key|NAME|KEY)[ \t]{0,4}=[ \t]{0,4}['"]([A-Za-z0-9_.:-]{1,64})['"]/y;

/** Units after `machine` that {@link Engine.#netrc} reads. */
const NETRC_REACH = 512;

/** The first offset at or after `p` (before `limit`) that is no space. */
function skipSpaces(text: string, p: number, limit: number): number {
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** The end of the word at `p` (the first space at or after it, or `limit`). */
function tokenEnd(text: string, p: number, limit: number): number {
  while (p < limit && !isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** The names of {@link Engine.#passwordOption} (lower case; `-storePass` too). */
const PASSWORD_OPTION = /^(?:(?:src|dest|)(?:store|key)pass|password|passwd|pass)$/i;
/** Longest option name {@link PASSWORD_OPTION} holds. */
const PASSWORD_OPTION_MAX = 13;

/** A percent-escape (`%23`). */
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;

/** `. , ; : ?`: punctuation that a run of (`;.`, `,?`) after a value in a sentence holds. */
function isSentenceRun(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 63;
}

/** A period or colon ending a sentence after an unquoted value (passwords may end in `!`). */
function isTrailing(c: number): boolean {
  return c === 46 || c === 58;
}

// An unquoted value that is code, not data: a call, an index, a member path.
// The bracket follows a name (or opens the value); after a digit-led word or
// symbols (`1s)jk#8(x...`, Django's secret alphabet) it is part of a random value.
const CALL_OR_INDEX = /^[A-Za-z_$][\w$.]*[([{]|^[([{]/;
const MEMBER_PATH = /^[A-Za-z_$][\w$]*\??\.[A-Za-z_$][\w$.?]*$/;
const LOWER_OBJECT = /^[a-z_$][a-z0-9_$]*\./;
const DIGIT_MEMBER = /\.[0-9]/;
/** An authorization scheme opening a table cell's value (after blanks and a quote). */
const AUTH_SCHEME = /[ \t]{0,8}[`'"]?(?:bearer|basic|token) /iy;
/** A key that names a password (`keystore_password`, `DB_PASS`, `pwd`). */
const PASSWORD_WORD = /pass|pwd/i;

/**
 * A member path reads as words (`config.db.password`, `config?.apiKey`,
 * `Settings.Default.DbPassword`); a password with a period in it carries
 * digits amid its letters (`Winter2024.Pass`) unless it starts with a
 * lower-case object name.
 */
function isCodeReference(value: string, data = false): boolean {
  // A dotenv value is data: a bracket makes code there only where one ends it (`getSecret()`).
  // Code never closes a bracket it did not open last (`QgyM{v{V],lf8`); one with
  // as many kinds of symbol as a generated password ends its last call or index
  // (`cfg[0](a)`), where a random value runs on (`Y(2[TM=L(4q7$PRUlP`, `oXQ(K>l<<&*3)*B3`).
  if (CALL_OR_INDEX.test(value)) {
    if ((data && !closesBracket(value)) || symbolSoup(value, 0, value.length, SOUP_IN_CODE))
      return false;
    const open = openBrackets(value);
    return open === 0 && closesBracket(value) ? true : open >= 0 && !generatedPassword(value);
  }
  // `config?.apiKey` is a member path too; `saddle.glacier.battery.21` is none (a name
  // never starts with a digit).
  if (!MEMBER_PATH.test(value) || DIGIT_MEMBER.test(value)) return false;
  return !hasDigit(value) || LOWER_OBJECT.test(value);
}

/**
 * How many brackets `value` leaves open, or -1 when a `)`, `]` or `}` closes
 * one that was not opened last (or brackets nest deeper than 15). A value
 * read up to a quote or a comma may cut a call short, leaving some open;
 * one read to the end of a call it is an argument of ends in extra closers.
 */
function openBrackets(value: string): number {
  // The open brackets as a stack of 2-bit codes (1 `(`, 2 `[`, 3 `{`).
  let stack = 0;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const open = c === 40 ? 1 : c === 91 ? 2 : c === 123 ? 3 : 0;
    if (open !== 0) {
      if (++depth > 15) return -1;
      stack = (stack << 2) | open;
      continue;
    }
    const close = c === 41 ? 1 : c === 93 ? 2 : c === 125 ? 3 : 0;
    if (close === 0) continue;
    // Closers left over at the end close a call around the value (`f(api_key=get(name))`).
    if (depth === 0) return onlyClosers(value, i) ? 0 : -1;
    if ((stack & 3) !== close) return -1;
    stack >>>= 2;
    depth--;
  }
  return depth;
}

/** Whether `value` from `from` on holds only `)`, `]` and `}`. */
function onlyClosers(value: string, from: number): boolean {
  for (let i = from; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 41 && c !== 93 && c !== 125) return false;
  }
  return true;
}

function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i))) return true;
  return false;
}

function order(a: Candidate, b: Candidate): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    b.info.priority - a.info.priority ||
    a.info.index - b.info.index
  );
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.info.priority !== b.info.priority) return a.info.priority > b.info.priority;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.info.index < b.info.index;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
