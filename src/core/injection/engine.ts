/**
 * The compiled form of a rule set: rule patterns as `RegExp`s, the keyword
 * automaton with its targets (rules, then decoder triggers), and the
 * negation cue pattern. Built once per detector; immutable afterwards except
 * for the scan plan's scratch arrays.
 *
 * @module
 */

import type { InjectionCategory, Severity } from '../../types.js';
import { caesar, rot13, splitFragments } from './decode.js';
import { clauseCost, PROBE_LENGTH } from './literals.js';
import { literalsOf } from './literals-cache.js';
import { buildMatcher } from './prefilter.js';
import { type InjectionRule, RULE_WINDOW } from './rule.js';
import { createScanPlan, type Requirement, type ScanPlan } from './scan.js';

/** Categories whose phrases are quoted when attacks are discussed (see {@link CompiledRule.mention}). */
const MENTIONED: ReadonlySet<InjectionCategory> = new Set<InjectionCategory>([
  'instruction_override',
  'role_manipulation',
  'delimiter_manipulation',
  'prompt_leak',
  'context_manipulation',
  'persistence',
  'encoding_obfuscation',
]);

/** A rule ready to run. */
export interface CompiledRule {
  readonly id: string;
  readonly category: InjectionCategory;
  readonly severity: Severity;
  readonly weight: number;
  /** 0: never negated; 1: a negation before, inside or after cancels; 2: only one before. */
  readonly negatable: 0 | 1 | 2;
  /** The negation cues of the rule's languages (shared between rules of the same languages). */
  readonly negation: Negation;
  /** A match inside a question about it does not count (see `InjectionRule.question`). */
  readonly question: boolean;
  /** A match inside Markdown code does not count (see `InjectionRule.codeExample`). */
  readonly codeExample: boolean;
  /** A match in a text that is source code as a whole does not count (see `InjectionRule.codeFile`). */
  readonly codeFile: boolean;
  /** A match named as a token or shown in a template does not count (see `InjectionRule.token`). */
  readonly token: boolean;
  /** Whether the rule is one of the built-in multilingual rules (`ml.` ids) that pair two word lists in either order. */
  readonly pairs: boolean;
  /**
   * A match quoted inside a question ("How do I stop users typing \"ignore
   * previous instructions\"?") is a mention, not an instruction: true for the
   * categories whose phrases people quote when they discuss attacks.
   */
  readonly mention: boolean;
  /**
   * Anchored rules (`lead` -1) carry the sticky flag and are tried exactly
   * at keyword hits; windowed rules carry the global flag and scan a window.
   */
  readonly re: RegExp;
  readonly lead: number;
  /** The pattern opens with a boundary group that consumes the character before the keyword. */
  readonly shift: boolean;
  /**
   * The non-Latin alphabet the rule's language is written in, if any:
   * letters of it in its matches are the language's own, not look-alikes of
   * Latin ones.
   */
  readonly script: RuleScript | undefined;
}

/** A non-Latin alphabet whose letters are a rule language's own (see {@link CompiledRule.script}). */
export type RuleScript = 'cyrillic' | 'greek';

/** Languages of the catalogue and common user rules written in Cyrillic script. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);

/** Decoder triggers are targets after the rules. */
export const TRIGGER_ROT13 = 0;
export const TRIGGER_REVERSED = 1;
/** Any other Caesar shift (1 to 25 but 13); the decoder finds which. */
export const TRIGGER_CAESAR = 2;
/** A later fragment of a split trigger word ("nore" in "ig nore"); the decoder joins them. */
export const TRIGGER_SPLIT = 3;
const TRIGGERS = 4;

/**
 * Words whose rot13, other Caesar-shifted or reversed spelling in a text
 * suggests an encoded instruction; their encoded forms are extra prefilter
 * keywords.
 */
export const TRIGGER_WORDS = [
  'ignore',
  'disregard',
  'instructions',
  'previous',
  'system prompt',
  'password',
  'reveal',
  'jailbreak',
  'forget',
  'restrictions',
  'developer mode',
  'secret',
];

/**
 * More words whose reversed spelling marks text written backwards
 * ("tnatsissa deretlifnu na won era uoy"). Reversed only: their rot13 and
 * Caesar forms would add keywords for little gain. Each reversal is no word
 * of its own in the languages the rules cover.
 */
export const REVERSED_WORDS = [
  'acting',
  'anything',
  'assistant',
  'credentials',
  'context',
  'delete',
  'email',
  'everything',
  'execute',
  'filters',
  'guidelines',
  'messages',
  'passwords',
  'print',
  'prompt',
  'rules',
  'system',
  'tokens',
  'unfiltered',
  'unrestricted',
  'anweisungen',
  'ignorieren',
  'regeln',
  'vergiss',
  'ignora',
  'instrucciones',
  'reglas',
  'consignes',
  'istruzioni',
  'instructies',
  'instrukcje',
];

/** Cue bit: the text names rot13. */
export const CUE_ROT13 = 1;
/** Cue bit: the text says it is written backwards. */
export const CUE_REVERSED = 2;

/** Cue bit: the text holds English function words in rot13 ("gur", "naq", "lbh"). */
export const CUE_ROT13_WORDS = 4;

/** Words that say a text is rot13 (view form). */
export const ROT13_CUES = ['rot13', 'rot-13', 'rot 13'];

/**
 * English function words in rot13 ("the", "and", "you", "your", "this",
 * "with", "all", "what", "that", "for", "not"): none is an English word, so
 * two of them as whole words say that a text is rot13 without naming it.
 */
export const ROT13_WORDS = [
  'gur',
  'naq',
  'lbh',
  'lbhe',
  'guvf',
  'jvgu',
  'nyy',
  'jung',
  'gung',
  'sbe',
  'abg',
];

/** Words that say a text is written backwards, in the catalogue's languages (view form). */
export const REVERSED_CUES = [
  'backwards',
  'reverse',
  'r\u00fcckw\u00e4rts',
  "\u00e0 l'envers",
  'al rev\u00e9s',
  'de tr\u00e1s para a frente',
  'al contrario',
  'achterstevoren',
  'omgekeerd',
  'od ty\u0142u',
  'pozp\u00e1tku',
  'bakl\u00e4nges',
  'tersten',
  '\u043d\u0430\u043e\u0431\u043e\u0440\u043e\u0442',
  '\u0437\u0430\u0434\u043e\u043c \u043d\u0430\u043f\u0435\u0440\u0435\u0434',
  '\u5012\u8fc7\u6765',
  '\u5012\u7740',
  '\u9006\u304b\u3089',
  '\u5012\u8457',
  '\uac70\uafb8\ub85c',
];

/** A compiled rule set. */
export interface Engine {
  readonly rules: readonly CompiledRule[];
  readonly plan: ScanPlan;
  /**
   * Per keyword id: 1 for the rules' keywords, required words and decoder
   * triggers; 0 for literals added only to skip attempts (they split no words).
   */
  readonly ruleKeyword: Uint8Array;
  /**
   * The ASCII words of the rules' keywords and the decoder triggers
   * ("ignore", "previous", "instructions"): the dictionary that splits
   * letters squashed together again (`i g n o r e p r e v i o u s`).
   */
  readonly words: ReadonlySet<string>;
  /** Length of the longest entry of {@link Engine.words}. */
  readonly longestWord: number;
  /** Index of the first decoder trigger among the targets (equals `rules.length`). */
  readonly triggerBase: number;
  /** Negation cues right after a negatable match (verb-final languages). */
  readonly negationAfter: RegExp;
}

/**
 * Negations that, right before a verb, turn an attack into a defence, by
 * language. A rule is cancelled by the cues of its own languages (all of
 * them for a rule written for every language) and by English ones, since
 * words shared with English ("ignore", "instructions") let a rule match
 * English text; a word that negates in one language is often an ordinary
 * word in another (Portuguese "no" is "in the", Turkish "ne" is "what").
 * Verb-final languages put theirs after the verb (see {@link NEGATION_AFTER}).
 *
 * `words` are Latin-script words matched between word boundaries, `spaced`
 * words of other scripts between spaces, `bare` sequences of scripts
 * written without spaces, matched anywhere, and `adjacent` cues count only
 * right before the match.
 */
const NEGATION_CUES: Readonly<
  Record<
    string,
    {
      words?: string;
      spaced?: string;
      bare?: string;
      adjacent?: string;
      contracted?: boolean;
      polite?: string;
    }
  >
> = {
  en: { words: 'no' },
  // English cues every rule takes; "no" stays with English (and Spanish) rules.
  '': {
    words:
      'not|never|nor|without|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|(?:refuses?|declines?) requests to|avoid|prohibited from|forbidden to|no longer',
    contracted: true,
  },
  de: { words: 'nicht|nie|niemals|kein|keine' },
  es: { words: 'no|nunca|jam[a\\u00e1]s' },
  pt: { words: 'n[a\\u00e3]o|nunca' },
  // French elides "ne" before a vowel: "n'ignorez pas". Only right before the verb.
  fr: { words: 'ne|non', adjacent: "\\bn['\\u2019]" },
  it: { words: 'non' },
  nl: { words: 'niet|nooit|geen' },
  pl: { words: 'nie|nigdy' },
  sv: { words: 'inte|aldrig|ej' },
  da: { words: 'ikke|aldrig' },
  tr: { words: 'asla' },
  vi: { words: 'kh\\u00f4ng', bare: '\\u0111\\u1eebng' },
  id: { words: 'jangan|tidak' },
  tl: { words: 'huwag' },
  // "Ne podskazhete ...?" ("could you tell me ...?") is a polite request, not a negation.
  ru: {
    spaced: '\\u043d\\u0435|\\u043d\\u0438\\u043a\\u043e\\u0433\\u0434\\u0430',
    polite:
      '\\u043f\\u043e\\u0434\\u0441\\u043a\\u0430\\u0436|\\u043c\\u043e\\u0433\\u043b\\u0438 \\u0431',
  },
  uk: {
    spaced: '\\u043d\\u0435|\\u043d\\u0456\\u043a\\u043e\\u043b\\u0438|\\u043d\\u0456',
    polite:
      '\\u043f\\u0456\\u0434\\u043a\\u0430\\u0436|\\u043c\\u043e\\u0433\\u043b\\u0438 \\u0431',
  },
  ar: { spaced: '\\u0644\\u0627|\\u0644\\u0646|\\u0639\\u062f\\u0645' },
  hi: { spaced: '\\u092e\\u0924|\\u0928\\u0939\\u0940\\u0902|\\u0928' },
  bn: { spaced: '\\u09a8\\u09be|\\u0995\\u0996\\u09a8\\u0993' },
  zh: {
    bare: '\\u4e0d\\u8981|\\u4e0d\\u5e94|\\u5207\\u52ff|\\u4e0d\\u5f97|\\u4e0d\\u80fd|\\u4e0d\\u53ef|\\u8bf7\\u52ff|\\u52ff|\\u522b|\\u7981\\u6b62',
  },
  ja: { bare: '\\u6c7a\\u3057\\u3066|\\u7d76\\u5bfe\\u306b' },
  ko: {},
  // Thai "don't" (a-ya) but not "kind, way" (a-yang), as in "everything" (thuk a-yang).
  th: { bare: '\\u0e2d\\u0e22\\u0e48\\u0e32(?!\\u0e07)|\\u0e44\\u0e21\\u0e48' },
  fi: { words: '\\u00e4l\\u00e4|\\u00e4lk\\u00e4\\u00e4|ei' },
  hu: { words: 'ne|nem|soha' },
  sw: { words: 'kamwe|usi|msi' },
  he: { spaced: '\\u05d0\\u05dc|\\u05dc\\u05d0|\\u05d0\\u05e1\\u05d5\\u05e8' },
  fa: { spaced: '\\u0646\\u0647|\\u0647\\u0631\\u06af\\u0632' },
};

/**
 * The negation cue alternatives of `languages` plus the shared English ones
 * (every language's for `*` or a language the table does not know).
 */
function negationCues(languages: readonly string[]): {
  cues: string;
  adjacent: string;
  polite: string;
} {
  const known = languages.every((language) => language !== '' && language in NEGATION_CUES);
  const chosen = known ? ['', ...languages] : Object.keys(NEGATION_CUES);
  const words: string[] = [];
  const spaced: string[] = [];
  const bare: string[] = [];
  const adjacent: string[] = [];
  const polite: string[] = [];
  let contracted = false;
  for (const language of new Set(chosen)) {
    const cues = NEGATION_CUES[language]!;
    if (cues.words !== undefined) words.push(cues.words);
    if (cues.spaced !== undefined) spaced.push(cues.spaced);
    if (cues.bare !== undefined) bare.push(cues.bare);
    if (cues.adjacent !== undefined) adjacent.push(cues.adjacent);
    if (cues.polite !== undefined) polite.push(cues.polite);
    contracted ||= cues.contracted === true;
  }
  const parts: string[] = [];
  if (words.length > 0) parts.push(`\\b(?:${words.join('|')})\\b`);
  if (contracted) parts.push("n['\\u2019]t\\b");
  if (spaced.length > 0) parts.push(`(?:^|\\s)(?:${spaced.join('|')})(?=\\s)`);
  if (bare.length > 0) parts.push(bare.join('|'));
  // A language without cues before the verb (Korean) never matches.
  return {
    cues: parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)',
    adjacent: adjacent.length > 0 ? `(?:${adjacent.join('|')})` : '(?!)',
    polite: polite.length > 0 ? `(?:${polite.join('|')})` : '(?!)',
  };
}

/** Negation tests of a rule's languages: cues before a match, right before it, and inside it. */
export interface Negation {
  /** A cue in the text before the match, within its sentence (tested on a short slice). */
  readonly before: RegExp;
  /** A cue that ends right where the match's first word starts (French "n'"). */
  readonly adjacent: RegExp;
  /** A cue anywhere inside a match (noun-first orders: "password ... do not reveal"). */
  readonly inside: RegExp;
  /** A match that opens with a verb which, after a negation, makes a polite request. */
  readonly polite: RegExp;
}

/**
 * Negations after the verb: Japanese, Korean, Hindi, Bengali, Turkish. The
 * view folds Turkish dotless i to i, so the Turkish suffixes are spelled
 * with i: a negative imperative right after the match ("s\u00f6yleme"), or
 * the verb after the object with a "must not" or "do not" suffix
 * ("... e-postalar olu\u015fturmamal\u0131s\u0131n\u0131z"). Tested on
 * {@link NEGATION_AFTER_SPAN} units after a match.
 */
const NEGATION_AFTER =
  '^(?:[^.!?\\n]{0,8}(?:\\u306a\\u3044|\\u307e\\u305b\\u3093|\\u7981\\u6b62|\\ub9c8|\\uc54a|\\uae08\\uc9c0|\\uc548 ?\\ub418|\\u092e\\u0924|\\u0928\\u0939\\u0940\\u0902|\\u09a8\\u09be)|(?:ma|me|mayin|meyin)\\b|[^.!?\\n]{0,16}(?:mamali|memeli|mayin|meyin))';

/** Units after a negatable match in which {@link NEGATION_AFTER} looks for a negation. */
export const NEGATION_AFTER_SPAN = 28;

/**
 * Keywords only select rules that might match, so the automaton needs just
 * their first few characters: a shorter keyword matches wherever the full one
 * does. Short keys keep the automaton small enough to stay in cache. Rule
 * keywords and required words are written for this length ("developer
 * override" selects its rule at "developer", before the words its pattern
 * allows in between), so it is theirs to keep; the literal clauses derived
 * from patterns are exact and may be longer ({@link PROBE_LENGTH}).
 */
const KEY_LENGTH = 8;

/**
 * Literal clauses (see `literals.ts`) a rule checks before an attempt: the
 * most selective few, and only those selective enough to skip attempts on
 * ordinary text.
 */
const MAX_CLAUSES = 3;
const MAX_CLAUSE_COST = 2.5;
/** Longest match for which attempts check their clauses nearby (longer ones only check the view). */
const RULE_SPAN = 4096;

function prefilterKey(keyword: string, length = KEY_LENGTH): string {
  if (keyword.length <= length) return keyword;
  let end = length;
  const last = keyword.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // keep surrogate pairs whole
  return keyword.slice(0, end).trimEnd();
}

/** Compiles `rules` (already validated) into an engine. */
export function buildEngine(rules: readonly InjectionRule[]): Engine {
  const negations = new Map<string, Negation>();
  const negationOf = (languages: readonly string[]): Negation => {
    const key = [...languages].sort().join(',');
    let negation = negations.get(key);
    if (negation === undefined) {
      const { cues, adjacent, polite } = negationCues(languages);
      negation = {
        before: new RegExp(`${cues}[^.!?\\n]{0,40}$`),
        adjacent: new RegExp(`${adjacent}$`),
        inside: new RegExp(cues),
        polite: new RegExp(`^${polite}`),
      };
      negations.set(key, negation);
    }
    return negation;
  };
  const compiled: CompiledRule[] = rules.map((rule) => {
    const lead = rule.lead ?? -1;
    return {
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      weight: rule.weight,
      negatable: rule.negatable === true ? 1 : rule.negatable === 'before' ? 2 : 0,
      negation: negationOf(rule.languages),
      question: rule.question === true,
      codeExample: rule.codeExample === true,
      codeFile: rule.codeFile === true,
      token: rule.token === true,
      pairs: rule.id.startsWith('ml.'),
      mention: MENTIONED.has(rule.category),
      re: new RegExp(rule.pattern, lead < 0 ? 'y' : 'g'),
      lead,
      shift: rule.pattern.startsWith('(?:^|'),
      script: rule.languages.some((language) => CYRILLIC_LANGUAGES.has(language))
        ? 'cyrillic'
        : rule.languages.includes('el')
          ? 'greek'
          : undefined,
    };
  });
  const keywordIndex = new Map<string, number>();
  const keywords: string[] = [];
  const targetsOf: number[][] = [];
  // Ids of the rules' own keywords, required words and decoder triggers.
  const own = new Set<number>();
  const add = (full: string, target: number): void => {
    const keyword = prefilterKey(full);
    let k = keywordIndex.get(keyword);
    if (k === undefined) {
      k = keywords.length;
      keywordIndex.set(keyword, k);
      keywords.push(keyword);
      targetsOf.push([]);
    }
    own.add(k);
    const list = targetsOf[k]!;
    if (!list.includes(target)) list.push(target);
  };
  rules.forEach((rule, index) => {
    for (const keyword of rule.keywords) add(keyword, index);
  });
  // Required keywords are tracked by the automaton without selecting anything.
  const track = (full: string, length = KEY_LENGTH): number => {
    const keyword = prefilterKey(full, length);
    let k = keywordIndex.get(keyword);
    if (k === undefined) {
      k = keywords.length;
      keywordIndex.set(keyword, k);
      keywords.push(keyword);
      targetsOf.push([]);
    }
    return k;
  };
  const requires: Requirement[][] = [];
  const reach: number[] = [];
  rules.forEach((rule, index) => {
    const groups: Requirement[] = [];
    if (rule.requires !== undefined && rule.requires.length > 0) {
      const keys = rule.requires.map((word) => track(word));
      for (const k of keys) own.add(k);
      groups.push({ keys, local: false });
    }
    // Literals the pattern cannot match without, beyond the rule's own keywords.
    const mine = new Set(rule.keywords.map((keyword) => prefilterKey(keyword)));
    // Precomputed for the built-in catalogue (literals.generated.ts).
    const literals = literalsOf(rule);
    const clauses = literals.clauses
      .filter(
        (clause) => clause.some((key) => !mine.has(key)) && clauseCost(clause) < MAX_CLAUSE_COST,
      )
      .sort((a, b) => clauseCost(a) - clauseCost(b))
      .slice(0, MAX_CLAUSES);
    for (const clause of clauses)
      groups.push({ keys: clause.map((key) => track(key, PROBE_LENGTH)), local: true });
    requires.push(groups);
    const longest = literals.longest;
    reach.push(
      compiled[index]!.lead < 0 && clauses.length > 0 && longest < RULE_SPAN ? longest : -1,
    );
  });
  const base = rules.length;
  for (const word of TRIGGER_WORDS) {
    add(rot13(word), base + TRIGGER_ROT13);
    add([...word].reverse().join(''), base + TRIGGER_REVERSED);
    for (let shift = 1; shift < 26; shift++) {
      if (shift !== 13) add(caesar(word, shift), base + TRIGGER_CAESAR);
    }
  }
  for (const word of REVERSED_WORDS) add([...word].reverse().join(''), base + TRIGGER_REVERSED);
  for (const fragment of splitFragments()) add(fragment, base + TRIGGER_SPLIT);
  // Cue words of the whole-view decodings: tracked, selecting nothing.
  const cueBits = new Map<number, number>();
  for (const [words, bit] of [
    [ROT13_CUES, CUE_ROT13],
    [ROT13_WORDS, CUE_ROT13_WORDS],
    [REVERSED_CUES, CUE_REVERSED],
  ] as const) {
    for (const word of words) {
      const k = track(word);
      cueBits.set(k, (cueBits.get(k) ?? 0) | bit);
    }
  }
  const matcher = buildMatcher(keywords);
  const ruleKeyword = new Uint8Array(keywords.length);
  for (const id of own) ruleKeyword[id] = 1;
  const lead = compiled.map((rule) => rule.lead);
  for (let t = 0; t < TRIGGERS; t++) lead.push(RULE_WINDOW);
  const cueOf = new Uint8Array(keywords.length);
  for (const [k, bits] of cueBits) cueOf[k] = bits;
  const plan = createScanPlan(matcher, targetsOf, lead, requires, reach, RULE_WINDOW, cueOf);
  const words = new Set<string>();
  // Words of English (and any-language) rules: the short words of other
  // languages ("ei", "na") would cut English words apart when spaced-out
  // letters are split again ("pl e as ei g nor e").
  const english = rules.filter((rule) => rule.languages.some((l) => l === 'en' || l === '*'));
  for (const text of [...english.flatMap((rule) => rule.keywords), ...TRIGGER_WORDS]) {
    for (const word of text.split(/[^a-z]+/)) if (word.length >= 2) words.add(word);
  }
  let longestWord = 0;
  for (const word of words) longestWord = Math.max(longestWord, word.length);
  return {
    rules: compiled,
    plan,
    ruleKeyword,
    words,
    longestWord,
    triggerBase: base,
    negationAfter: new RegExp(NEGATION_AFTER),
  };
}
