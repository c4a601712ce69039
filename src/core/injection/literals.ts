/**
 * Literals a rule pattern cannot match without: sets of strings ("clauses")
 * one of which occurs in the text wherever the pattern matches. A rule whose
 * clause has no string in the view cannot match there, so the scan skips its
 * attempts without running the pattern. Derived from the pattern source when
 * a detector is built; anything the analysis does not understand adds no
 * clause, so a clause is always a necessary condition, never a guess.
 *
 * The analysis reads the regular-expression syntax of rule patterns
 * (non-Unicode mode): alternation, groups and lookarounds, character
 * classes, escapes, anchors and quantifiers. Backreferences and unknown
 * constructs make the whole pattern "understood as nothing".
 *
 * @module
 */

/** Most strings an exact set may hold before it stops being tracked. */
const MAX_SET = 64;
/** Longest string tracked in an exact set. */
const MAX_LENGTH = 24;
/** Classes with more characters than this count as "any character". */
const MAX_CLASS = 8;
/**
 * Marks, at the start of a clause string, that the character before it is
 * not a word character (or that it starts the text). The view never holds
 * U+0001.
 */
const ANCHOR = '\u0001';

type Node =
  | { readonly type: 'chars'; readonly chars: readonly string[] | null }
  | { readonly type: 'boundary' }
  | { readonly type: 'empty' }
  | { readonly type: 'seq'; readonly items: readonly Node[] }
  | { readonly type: 'alt'; readonly branches: readonly Node[] }
  | { readonly type: 'repeat'; readonly atom: Node; readonly min: number; readonly max: number }
  | {
      readonly type: 'look';
      readonly positive: boolean;
      readonly behind: boolean;
      readonly inner: Node;
    };

const ANY_CHAR: Node = { type: 'chars', chars: null };
const EMPTY_NODE: Node = { type: 'empty' };

/** A recursive-descent reader of pattern source; undefined for syntax it does not know. */
class Parser {
  #at = 0;
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  parse(): Node | undefined {
    const node = this.#alternation();
    return node !== undefined && this.#at === this.#source.length ? node : undefined;
  }

  #peek(): string {
    return this.#source[this.#at] ?? '';
  }

  #alternation(): Node | undefined {
    const branches: Node[] = [];
    for (;;) {
      const branch = this.#sequence();
      if (branch === undefined) return undefined;
      branches.push(branch);
      if (this.#peek() !== '|') break;
      this.#at++;
    }
    return branches.length === 1 ? branches[0] : { type: 'alt', branches };
  }

  #sequence(): Node | undefined {
    const items: Node[] = [];
    while (this.#at < this.#source.length) {
      const c = this.#peek();
      if (c === '|' || c === ')') break;
      const atom = this.#atom();
      if (atom === undefined) return undefined;
      const quantified = this.#quantifier(atom);
      if (quantified === undefined) return undefined;
      items.push(quantified);
    }
    return items.length === 1 ? items[0] : { type: 'seq', items };
  }

  #quantifier(atom: Node): Node | undefined {
    const c = this.#peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.#at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*)|)\}/.exec(this.#source.slice(this.#at, this.#at + 16));
      if (m === null) return atom; // a literal brace follows
      this.#at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Number.POSITIVE_INFINITY : Number(m[2]);
    } else {
      return atom;
    }
    if (this.#peek() === '?') this.#at++; // lazy: the same language
    if (atom.type === 'boundary' || atom.type === 'look' || atom.type === 'empty') return undefined;
    return { type: 'repeat', atom, min, max };
  }

  #atom(): Node | undefined {
    const c = this.#source[this.#at++]!;
    if (c === '(') return this.#group();
    if (c === '[') return this.#set();
    if (c === '\\') return this.#escape();
    if (c === '.') return ANY_CHAR;
    if (c === '^') return { type: 'boundary' };
    if (c === '$') return EMPTY_NODE;
    if (c === ')' || c === '*' || c === '+' || c === '?') return undefined;
    return { type: 'chars', chars: [c] };
  }

  #group(): Node | undefined {
    const s = this.#source;
    let look: { positive: boolean; behind: boolean } | undefined;
    if (s.startsWith('?:', this.#at)) this.#at += 2;
    else if (s.startsWith('?=', this.#at) || s.startsWith('?!', this.#at)) {
      look = { positive: s[this.#at + 1] === '=', behind: false };
      this.#at += 2;
    } else if (s.startsWith('?<=', this.#at) || s.startsWith('?<!', this.#at)) {
      look = { positive: s[this.#at + 2] === '=', behind: true };
      this.#at += 3;
    } else if (s.startsWith('?<', this.#at)) {
      const close = s.indexOf('>', this.#at);
      if (close < 0) return undefined;
      this.#at = close + 1;
    } else if (this.#peek() === '?') {
      return undefined;
    }
    const inner = this.#alternation();
    if (inner === undefined || this.#peek() !== ')') return undefined;
    this.#at++;
    return look === undefined ? inner : { type: 'look', ...look, inner };
  }

  /** A character class: its characters when few and listed, otherwise any character. */
  #set(): Node | undefined {
    let negated = false;
    if (this.#peek() === '^') {
      negated = true;
      this.#at++;
    }
    const chars = new Set<string>();
    let wide = false;
    let first = true;
    for (;;) {
      if (this.#at >= this.#source.length) return undefined;
      let c = this.#source[this.#at++]!;
      if (c === ']' && !first) break;
      first = false;
      if (c === '\\' && this.#peek() === 's') {
        // As outside a class: a view's whitespace is a space or a line feed.
        this.#at++;
        chars.add(' ').add('\n');
        continue;
      }
      if (c === '\\') {
        const e = this.#classEscape();
        if (e === undefined) return undefined;
        if (e === '') {
          wide = true;
          continue;
        }
        c = e;
      }
      if (this.#peek() === '-' && this.#at + 1 < this.#source.length) {
        if (this.#source[this.#at + 1] !== ']') {
          this.#at++;
          let hi = this.#source[this.#at++]!;
          if (hi === '\\') {
            const e = this.#classEscape();
            if (e === undefined || e === '') return undefined;
            hi = e;
          }
          const from = c.charCodeAt(0);
          const to = hi.charCodeAt(0);
          if (to < from) return undefined;
          if (to - from >= MAX_CLASS) wide = true;
          else for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k));
          continue;
        }
      }
      chars.add(c);
    }
    if (negated || wide || chars.size > MAX_CLASS) return ANY_CHAR;
    return { type: 'chars', chars: [...chars] };
  }

  /** One escape inside a class: its character, '' for a shorthand class, undefined if unknown. */
  #classEscape(): string | undefined {
    const c = this.#source[this.#at++];
    if (c === undefined) return undefined;
    if ('dDwWsS'.includes(c)) return '';
    if (c === 'b') return '\b';
    return this.#simpleEscape(c);
  }

  #escape(): Node | undefined {
    const c = this.#source[this.#at++];
    if (c === undefined) return undefined;
    if (c === 'b') return { type: 'boundary' };
    if (c === 'B') return EMPTY_NODE;
    if (c === 's') return { type: 'chars', chars: [' ', '\n'] };
    if ('dDwWS'.includes(c)) return ANY_CHAR;
    const ch = this.#simpleEscape(c);
    return ch === undefined ? undefined : { type: 'chars', chars: [ch] };
  }

  /** The character an escape (after its backslash) stands for, or undefined. */
  #simpleEscape(c: string): string | undefined {
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'f') return '\f';
    if (c === 'v') return '\v';
    if (c === 'x' || c === 'u') {
      const width = c === 'x' ? 2 : 4;
      const hex = this.#source.slice(this.#at, this.#at + width);
      if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      this.#at += width;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    // Backreferences, \0, \c, \k and other letters or digits: not read.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return undefined;
    }
    return c;
  }
}

/** Whether `c` is a word character for the keyword matcher (it starts keywords only at word starts). */
function wordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/** What a sub-pattern tells about the text it matches. */
interface Info {
  /** Every string it can match, when few; null when unknown. */
  readonly exact: readonly string[] | null;
  /** Clauses (with {@link ANCHOR} marks): in each, one string occurs in every match. */
  readonly clauses: readonly (readonly string[])[];
  /** It can match the empty string. */
  readonly nullable: boolean;
  /**
   * Its last character is never a word character (or it ends at a word
   * boundary before a word character): the next one starts a word.
   */
  readonly endsOpen: boolean;
}

/**
 * Analyses `node`; `open` says whether the character before it is known not
 * to be a word character.
 */
function analyze(node: Node, open: boolean): Info {
  switch (node.type) {
    case 'chars': {
      if (node.chars === null)
        return { exact: null, clauses: [], nullable: false, endsOpen: false };
      const exact = [...new Set(node.chars.map(viewChar))];
      return { exact, clauses: [], nullable: false, endsOpen: !exact.some(wordChar) };
    }
    case 'boundary':
      // Zero-width, but what follows starts a word: counted as "not nullable"
      // so that the next item sees an open context.
      return { exact: [''], clauses: [], nullable: false, endsOpen: true };
    case 'empty':
      return { exact: [''], clauses: [], nullable: true, endsOpen: open };
    case 'look':
      // What a lookaround reads lies outside the match, where the scan does
      // not look for a clause's keys (see `nearby` in scan.ts): no clause.
      return { exact: [''], clauses: [], nullable: true, endsOpen: open };
    case 'repeat': {
      const atom = analyze(node.atom, open);
      if (node.min === 0) {
        const exact = node.max === 1 && atom.exact !== null ? [...atom.exact, ''] : null;
        return { exact, clauses: [], nullable: true, endsOpen: atom.endsOpen && open };
      }
      // At least once: whatever the first occurrence needs.
      const exact = node.min === 1 && node.max === 1 ? atom.exact : null;
      return {
        exact,
        clauses: withExact(atom, open),
        nullable: atom.nullable,
        endsOpen: atom.endsOpen,
      };
    }
    case 'alt':
      return alternation(node.branches, open);
    case 'seq':
      return sequence(node.items, open);
  }
}

/** The exact strings of a run of items, and whether the unit before the run is known to be a non-word one. */
interface Run {
  readonly strings: readonly string[];
  readonly open: boolean;
  /** Index of the run's first item. */
  readonly from: number;
}

/** Most runs a sequence follows at once. */
const MAX_RUNS = 8;

function sequence(items: readonly Node[], open: boolean): Info {
  const clauses: (readonly string[])[] = [];
  // Every run of exact items that ends at the current one, longest first: when
  // the longest grows past MAX_SET its clause is taken and a shorter one goes
  // on ("agents summari" stops at `[sz]`, " summarising" does not).
  let runs: Run[] = [{ strings: [''], open, from: 0 }];
  let complete = true;
  let nullable = true;
  let ctx = open;
  for (let i = 0; i < items.length; i++) {
    const info = analyze(items[i]!, ctx);
    clauses.push(...info.clauses);
    const next: Run[] = [];
    if (info.exact === null) {
      if (runs.length > 0) pushClause(clauses, runs[0]!.strings, runs[0]!.open);
    } else {
      for (const run of runs) {
        const product = cross(run.strings, info.exact);
        if (product !== null) next.push({ strings: product, open: run.open, from: run.from });
        else if (next.length === 0) pushClause(clauses, run.strings, run.open);
      }
      // A run starts here too, unless MAX_RUNS longer ones still go on (linear time).
      if (next.length < MAX_RUNS) next.push({ strings: info.exact, open: ctx, from: i });
    }
    if (next.length === 0 || next[0]!.from !== 0) complete = false;
    nullable &&= info.nullable;
    ctx = info.nullable ? info.endsOpen && ctx : info.endsOpen;
    // Nothing read yet (anchors, boundaries, lookarounds): a run starts after them.
    runs = next.map((run) =>
      run.strings.length === 1 && run.strings[0] === '' ? { ...run, open: ctx } : run,
    );
  }
  if (runs.length > 0) pushClause(clauses, runs[0]!.strings, runs[0]!.open);
  return { exact: complete ? runs[0]!.strings : null, clauses, nullable, endsOpen: ctx };
}

/** Most clauses an alternation yields beyond the union of its branches' best ones. */
const MAX_VARIANTS = 4;

function alternation(branches: readonly Node[], open: boolean): Info {
  let exact: string[] | null = [];
  let nullable = false;
  let endsOpen = true;
  // Each branch's clauses, cheapest first; null once a branch has none.
  let owns: (readonly string[])[][] | null = [];
  for (const node of branches) {
    const branch = analyze(node, open);
    if (exact !== null && branch.exact !== null) {
      for (const s of branch.exact) if (!exact.includes(s)) exact.push(s);
      if (exact.length > MAX_SET) exact = null;
    } else exact = null;
    nullable ||= branch.nullable;
    endsOpen &&= branch.nullable ? branch.endsOpen && open : branch.endsOpen;
    const own = withExact(branch, open);
    if (own.length === 0) owns = null;
    else owns?.push(own.sort((a, b) => clauseCost(a) - clauseCost(b)));
  }
  return { exact, clauses: owns === null ? [] : united(owns), nullable, endsOpen };
}

/**
 * Clauses of an alternation whose branches hold the clauses `owns` (each
 * list cheapest first): any union of one clause from every branch holds
 * wherever the alternation matches. The union of the cheapest ones first,
 * then a few with one branch's clause swapped for its next ones, so that a
 * branch with several clauses still gates on more than its cheapest (a text
 * with "summarise" and "report" but no "agent" skips a rule that needs all three).
 */
function united(owns: readonly (readonly (readonly string[])[])[]): (readonly string[])[] {
  const unite = (choice: readonly (readonly string[])[]): string[] => {
    const keys: string[] = [];
    for (const clause of choice) for (const key of clause) if (!keys.includes(key)) keys.push(key);
    return keys;
  };
  const best = owns.map((own) => own[0]!);
  const clauses = [unite(best)];
  for (let b = 0; b < owns.length && clauses.length <= MAX_VARIANTS; b++) {
    const own = owns[b]!;
    for (let c = 1; c < own.length && clauses.length <= MAX_VARIANTS; c++) {
      const choice = [...best];
      choice[b] = own[c]!;
      addClause(clauses, unite(choice));
    }
  }
  return clauses;
}

/**
 * Whether `weak` holds wherever `strong` does: each key of `strong` starts
 * with a key of `weak` (the matcher reports a key wherever a longer key that
 * starts with it occurs).
 */
function implies(strong: readonly string[], weak: readonly string[]): boolean {
  return strong.every((key) => weak.some((w) => key.startsWith(w)));
}

/** Adds `clause` unless a clause already there says as much; drops the ones it says more than. */
function addClause(clauses: (readonly string[])[], clause: readonly string[]): void {
  if (clauses.some((other) => implies(other, clause))) return;
  for (let k = clauses.length - 1; k >= 0; k--)
    if (implies(clause, clauses[k]!)) clauses.splice(k, 1);
  clauses.push(clause);
}

/** `info`'s clauses plus its exact set as a clause, when that says something. */
function withExact(info: Info, open: boolean): (readonly string[])[] {
  const clauses = [...info.clauses];
  if (info.exact !== null) pushClause(clauses, info.exact, open);
  return clauses;
}

/**
 * Adds the probes of `strings` as a clause, unless one of them is empty
 * (then the clause says nothing) or has no probe.
 */
function pushClause(
  clauses: (readonly string[])[],
  strings: readonly string[],
  open: boolean,
): void {
  if (strings.length === 0 || strings.includes('')) return;
  const probes: string[] = [];
  for (const s of strings) {
    const probe = probeOf(open ? ANCHOR + s : s);
    if (probe === undefined) return;
    if (!probes.includes(probe)) probes.push(probe);
  }
  clauses.push(probes);
}

/** Every concatenation of a string of `a` and one of `b`; null when too many or too long. */
function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      const s = x + y;
      if (s.length > MAX_LENGTH) return null;
      out.add(s);
    }
  }
  return [...out];
}

/** A view has one space and one line feed for all whitespace; keywords match either with a space. */
function viewChar(c: string): string {
  return c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' ? ' ' : c;
}

/**
 * Clauses of `pattern`: lists of prefilter keywords (see {@link probeOf}),
 * one of each list occurring in the view wherever the pattern matches.
 * Empty when the pattern holds syntax the analysis does not read.
 *
 * @example
 * ```ts
 * patternClauses(String.raw`\bignore (?:the )?rules\b`);
 * // [['ignore t', 'ignore r'], ['rules']]
 * ```
 */
export function patternClauses(pattern: string): (readonly string[])[] {
  const node = new Parser(pattern).parse();
  if (node === undefined) return [];
  const clauses: (readonly string[])[] = [];
  for (const clause of withExact(analyze(node, false), false)) addClause(clauses, clause);
  return clauses;
}

/**
 * The most UTF-16 units a match of `pattern` can span, or infinity when
 * unbounded or not understood.
 *
 * @example
 * ```ts
 * longestMatch(String.raw`\bignore (?:all )?rules`); // 16
 * ```
 */
export function longestMatch(pattern: string): number {
  const node = new Parser(pattern).parse();
  return node === undefined ? Number.POSITIVE_INFINITY : longest(node);
}

function longest(node: Node): number {
  switch (node.type) {
    case 'chars':
      return 1; // without the u flag every atom is one code unit
    case 'boundary':
    case 'empty':
    case 'look':
      return 0;
    case 'repeat':
      return node.max === 0 ? 0 : longest(node.atom) * node.max;
    case 'alt':
      return Math.max(...node.branches.map(longest));
    case 'seq':
      return node.items.reduce((sum, item) => sum + longest(item), 0);
  }
}

/**
 * Longest key of a clause. Longer than a rule keyword's (engine.ts): a clause
 * key is exact, and "summarisers" must not select its rules wherever
 * "summarise" occurs.
 */
export const PROBE_LENGTH = 12;

/**
 * A prefilter keyword of at most {@link PROBE_LENGTH} units that the keyword
 * matcher reports wherever the clause string `s` occurs, or undefined when
 * there is none long enough (three units, two outside ASCII). A keyword
 * starting with a word character is reported only at a word start, so it
 * must start where `s` is anchored or follows a non-word character; other
 * keywords are reported anywhere (but never start with a space: spaces are
 * everywhere).
 */
function probeOf(s: string): string | undefined {
  let best: string | undefined;
  const anchored = s.startsWith(ANCHOR);
  const text = anchored ? s.slice(1) : s;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const starts = wordChar(c) ? (k === 0 ? anchored : !wordChar(text[k - 1]!)) : c !== ' ';
    if (!starts) continue;
    const key = text.slice(k, k + PROBE_LENGTH).trimEnd();
    const least = key.charCodeAt(0) < 0x80 ? 3 : 2;
    if (key.length >= least && (best === undefined || probeCost(key) < probeCost(best))) best = key;
  }
  return best;
}

/**
 * Very common English words: keywords made of them match almost every
 * text, so clauses avoid them when they can. A speed heuristic only: it
 * never changes what a rule matches.
 */
const COMMON_WORDS =
  'the of and to in is that for it as was with be by on not he this are or his from at which ' +
  'but have an they you were her she there been one all we their has would when if so what no ' +
  'out up into more can said who about its them time could new him some my than first other then ' +
  'like well also two only these may any way people most after over our just how because where ' +
  'back year good me much before those both make even made many must such through long down three ' +
  'here did being each work still last see while might same another great day use your do does ' +
  'will get give write tell say know want need now very should help please answer question ' +
  'text information content message user system';

/** The common words and every start of one (built on first use). */
let common: { words: Set<string>; starts: Set<string> } | undefined;
function commonWords(): { words: Set<string>; starts: Set<string> } {
  if (common === undefined) {
    const words = new Set(COMMON_WORDS.split(' '));
    const starts = new Set<string>();
    for (const w of words) for (let k = 1; k <= w.length; k++) starts.add(w.slice(0, k));
    common = { words, starts };
  }
  return common;
}

/**
 * A rough frequency of `key` in ordinary text, to prefer selective clauses:
 * common words are frequent, longer words rarer, punctuation-led keys rare.
 */
export function probeCost(key: string): number {
  let word = 0;
  while (word < key.length && wordChar(key[word]!)) word++;
  if (word === 0) return key.charCodeAt(0) < 0x80 ? 0.05 : 0.02;
  const head = key.slice(0, word);
  const { words, starts } = commonWords();
  if (words.has(head)) return word === key.length ? 1 : 0.2;
  if (word === key.length && starts.has(head)) return 1;
  return 0.5 ** Math.min(word, 8);
}

/** Expected hits of a clause: the sum of its keys' costs. */
export function clauseCost(clause: readonly string[]): number {
  let cost = 0;
  for (const key of clause) cost += probeCost(key);
  return cost;
}
