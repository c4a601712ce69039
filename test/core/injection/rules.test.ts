import safeRegex from 'safe-regex2';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/core/injection/catalogue.js';
import { createInjectionDetector } from '../../../src/core/injection/detector.js';
import {
  CORE_LANGUAGES,
  keywordProblems,
  patternProblems,
  RULE_ID,
} from '../../../src/core/injection/rule.js';
import { weightFitsSeverity } from '../../../src/core/injection/scoring.js';
import { normalize } from '../../../src/core/text/normalize.js';
import type { InjectionCategory } from '../../../src/types.js';

const rules = builtinRules();
const detector = createInjectionDetector({ model: false });
const fires = (id: string, text: string): boolean =>
  detector.detect(text).findings.some((finding) => finding.ruleId === id);

describe('rule catalogue', () => {
  it('has unique ids of the form family.name', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(RULE_ID);
  });

  it('accepts only dotted lower-case kebab ids', () => {
    for (const id of ['override.ignore-previous', 'a.b', 'leak.x-1.y-2'])
      expect(id).toMatch(RULE_ID);
    for (const id of [
      'override',
      'a-b',
      '.a',
      'a.',
      'a..b',
      'a-.b',
      'a.-b',
      'A.b',
      'a.b-',
      'a b.c',
      'a--b.c',
    ]) {
      expect(id).not.toMatch(RULE_ID);
    }
  });

  it('covers every pattern category with at least two rules', () => {
    const categories: InjectionCategory[] = [
      'instruction_override',
      'role_manipulation',
      'delimiter_manipulation',
      'prompt_leak',
      'context_manipulation',
      'persistence',
      'tool_hijack',
      'exfiltration',
      'indirect_injection',
      'encoding_obfuscation',
    ];
    for (const category of categories) {
      expect(rules.filter((rule) => rule.category === category).length, category).toBeGreaterThan(
        1,
      );
    }
  });

  it('has override, leak and role patterns in at least 15 languages besides English', () => {
    const languages = (prefix: string) =>
      new Set(
        rules
          .filter((rule) => rule.id.startsWith('ml.') && rule.id.endsWith(prefix))
          .flatMap((rule) => rule.languages),
      );
    for (const family of ['.override', '.leak', '.role']) {
      const covered = languages(family);
      expect(covered.size, family).toBeGreaterThanOrEqual(15);
      for (const code of CORE_LANGUAGES) {
        expect(covered.has(code), `${family} ${code}`).toBe(true);
      }
    }
  });

  it('keeps every rule example-complete and described', () => {
    for (const rule of rules) {
      expect(rule.examples.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length, rule.id).toBeGreaterThan(0);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.languages.length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('has a pattern that compiles and passes safe-regex2', () => {
    expect(patternProblems(rule.pattern)).toEqual([]);
    expect(safeRegex(rule.pattern)).toBe(true);
  });

  it('has usable keywords and a weight inside its severity band', () => {
    for (const keyword of [...rule.keywords, ...(rule.requires ?? [])]) {
      expect(keywordProblems(keyword), JSON.stringify(keyword)).toEqual([]);
      // Rules run on the matching view: a keyword the view would spell
      // otherwise (Turkish dotless i is folded to i) could never match.
      expect(normalize(keyword).text, JSON.stringify(keyword)).toBe(keyword);
    }
    expect(weightFitsSeverity(rule.weight, rule.severity)).toBe(true);
  });

  it.each(rule.examples.match.map((text) => [text]))('fires on %j', (text) => {
    expect(fires(rule.id, text)).toBe(true);
  });

  // A match must not depend on starting the text: a rule whose pattern opens
  // with a boundary is tried one unit before its keyword, and every
  // alternative must then open with that boundary too.
  it.each(rule.examples.match.map((text) => [text]))('fires on %j after a paragraph', (text) => {
    expect(fires(rule.id, `Thanks.\n\n${text}`)).toBe(true);
  });

  it.each(rule.examples.noMatch.map((text) => [text]))('stays quiet on %j', (text) => {
    expect(fires(rule.id, text)).toBe(false);
  });
});
