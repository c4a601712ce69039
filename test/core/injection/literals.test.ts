import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/core/injection/catalogue.js';
import { longestMatch, patternClauses } from '../../../src/core/injection/literals.js';
import { normalize } from '../../../src/core/text/normalize.js';
import { anyText } from '../../arbitraries.js';

/** Whether some key of `clause` occurs in `region`. */
const holds = (clause: readonly string[], region: string): boolean =>
  clause.some((key) => region.includes(key));

describe('pattern literal analysis', () => {
  it('derives the literals a pattern cannot match without', () => {
    // Keys run to 12 units (PROBE_LENGTH): "ignore the r", not "ignore t".
    expect(patternClauses(String.raw`\bignore (?:the )?rules\b`)).toEqual([
      ['ignore the r', 'ignore rules'],
      ['rules'],
    ]);
    // Either branch of an optional part may carry the literal.
    expect(patternClauses(String.raw`\b(?:secret )?rules`)).toEqual([['secret rules', 'rules']]);
    expect(patternClauses(String.raw`(?:\babc|\bfed)[ab]`)).toEqual([['abc', 'fed']]);
    // A word-character key needs a known word start before it.
    expect(patternClauses(String.raw`x\babc`)).toEqual([]);
    // \s inside a class is a view's space or line feed, as outside one.
    expect(patternClauses(String.raw`\bai[\s-]agents`)).toEqual([['agents']]);
    // What a lookahead reads lies beyond the match: no clause from it.
    expect(patternClauses(String.raw`\breply(?=\swith)`)).toEqual([['reply']]);
    // Nor from a lookbehind, which reads before it.
    expect(patternClauses(String.raw`(?<=\bsay )\bhello`)).toEqual([['hello']]);
  });

  it('gates an alternation on more than the cheapest clause of each branch', () => {
    // The first branch needs "agent" as well as "report": a union with each.
    const clauses = patternClauses(
      String.raw`\b(?:report\sto\sthe\s[a-z]+\sagent|whichever\sbot)\b`,
    );
    expect(clauses).toContainEqual(expect.arrayContaining(['agent', 'whichever bo']));
    expect(clauses).toContainEqual(expect.arrayContaining(['report to th', 'whichever bo']));
  });

  it('adds no clause for syntax it does not read', () => {
    expect(patternClauses(String.raw`(a)\1`)).toEqual([]);
    expect(patternClauses('(')).toEqual([]);
  });

  it('bounds the longest match, or reports it unbounded', () => {
    expect(longestMatch(String.raw`\bignore (?:all )?rules`)).toBe(16);
    expect(longestMatch('ab{2,5}')).toBe(6);
    expect(longestMatch('a+b')).toBe(Number.POSITIVE_INFINITY);
    expect(longestMatch('(')).toBe(Number.POSITIVE_INFINITY);
  });

  // The scan skips a rule's attempt when a clause has no key nearby, so a
  // clause must hold inside every real match: check it on every match of
  // every catalogue rule over every example, matching or not.
  it('yields only clauses that hold inside every match of the catalogue rules', () => {
    let checked = 0;
    for (const rule of builtinRules()) {
      const clauses = patternClauses(rule.pattern);
      const re = new RegExp(rule.pattern, 'g');
      for (const example of [...rule.examples.match, ...rule.examples.noMatch]) {
        const view = normalize(example).text;
        for (const m of view.matchAll(re)) {
          if (m[0].length === 0) continue;
          const region = view.slice(Math.max(0, m.index - 1), m.index + m[0].length);
          for (const clause of clauses) {
            expect(holds(clause, region), `${rule.id}: ${JSON.stringify(clause)}`).toBe(true);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  test.prop([anyText()], { numRuns: 300 })('never throws on arbitrary pattern text', (source) => {
    expect(Array.isArray(patternClauses(source))).toBe(true);
    expect(longestMatch(source)).toBeGreaterThanOrEqual(0);
  });

  // Small patterns over a tiny alphabet: whatever they match, each clause holds.
  const atom = fc.constantFrom(
    '\\babc',
    '\\bfed',
    'de',
    'x',
    ' ',
    '[ab]',
    '[\\sx]',
    '\\b',
    '.',
    '(?=\\bfed)',
    '(?<=x)',
  );
  const pattern = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
      fc
        .tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{1,3}'))
        .map(([a, q]) => `(?:${a})${q}`),
    ),
  })).node;

  it('generates patterns that do carry clauses', () => {
    const samples = fc.sample(pattern, { numRuns: 300, seed: 7 });
    expect(samples.filter((source) => patternClauses(source).length > 0).length).toBeGreaterThan(
      30,
    );
  });

  // Text made of the atoms' own pieces, so that generated patterns do match it.
  const text = fc
    .array(fc.constantFrom('abc', 'fed', 'de', 'x', ' ', 'a', 'b', 'c', 'f'), { maxLength: 16 })
    .map((pieces) => pieces.join(''));

  test.prop([pattern, text], { numRuns: 500 })(
    'derives clauses that hold in every match of generated patterns',
    (source, text) => {
      const clauses = patternClauses(source);
      for (const m of text.matchAll(new RegExp(source, 'g'))) {
        if (m[0].length === 0) continue;
        const region = text.slice(m.index, m.index + m[0].length);
        for (const clause of clauses) expect(holds(clause, region)).toBe(true);
      }
    },
  );
});
