import { describe, expect, it } from 'vitest';
import { secretRules } from '../../../src/core/redact/secret-rules.js';
import {
  INDICES,
  SPLIT,
  spanEnd,
  spanPattern,
  spanStart,
  splitAtGroup,
  WHOLE,
} from '../../../src/core/redact/span-pattern.js';
import { expand, rng } from '../../fixtures/secrets.js';

/** The span of `s` (or of the whole match) as the `d` flag reports it: the reference. */
function byIndices(pattern: string, text: string): [number, number] | null {
  const re = new RegExp(pattern, 'yd');
  const m = re.exec(text);
  if (m === null) return null;
  return (m.indices?.groups?.['s'] as [number, number] | undefined) ?? [0, m[0].length];
}

/** The span as a compiled {@link spanPattern} reports it. */
function bySpanPattern(pattern: string, text: string): [number, number] | null {
  const { re, mode } = spanPattern(pattern);
  re.lastIndex = 0;
  const m = re.exec(text);
  if (m === null) return null;
  return [spanStart(mode, m), spanEnd(mode, m)];
}

describe('splitAtGroup', () => {
  it('splits a top-level group s into a prefix group and the group itself', () => {
    expect(splitAtGroup('Bearer {1,4}(?<s>[A-Za-z0-9]+)')).toBe('(Bearer {1,4})([A-Za-z0-9]+)');
    expect(splitAtGroup('(?:bot|)(?<s>[0-9]{8}:AA)(?![a-z])')).toBe(
      '((?:bot|))([0-9]{8}:AA)(?![a-z])',
    );
    expect(splitAtGroup('(?<s>x)')).toBe('()(x)');
  });

  it('reads escapes and classes: `\\(`, `[(|]` and `[]]` open no group and split nothing', () => {
    expect(splitAtGroup('\\((?<s>a)')).toBe('(\\()(a)');
    expect(splitAtGroup('[(|](?<s>a)')).toBe('([(|])(a)');
    expect(splitAtGroup('[\\]|](?<s>a)')).toBe('([\\]|])(a)');
  });

  it('refuses what the rewrite would change', () => {
    // A top-level alternative: `(a|b)(c)` is not `a|b(?<s>c)`.
    expect(splitAtGroup('a|b(?<s>c)')).toBeUndefined();
    expect(splitAtGroup('b(?<s>c)|a')).toBeUndefined();
    // Nested or quantified: the prefix length is not the group's start.
    expect(splitAtGroup('(?:a(?<s>b))')).toBeUndefined();
    expect(splitAtGroup('a(?<s>b)+')).toBeUndefined();
    expect(splitAtGroup('a(?<s>b)*')).toBeUndefined();
    expect(splitAtGroup('a(?<s>b)?')).toBeUndefined();
    expect(splitAtGroup('a(?<s>b){2}')).toBeUndefined();
    // Other groups or references would be numbered differently.
    expect(splitAtGroup('(a)(?<s>b)')).toBeUndefined();
    expect(splitAtGroup('(?<t>a)(?<s>b)')).toBeUndefined();
    expect(splitAtGroup('(?<s>a)\\1')).toBeUndefined();
    expect(splitAtGroup('(?<s>a)\\k<s>')).toBeUndefined();
    // No group s at all.
    expect(splitAtGroup('abc')).toBeUndefined();
  });

  it('keeps look-arounds and non-capturing groups', () => {
    expect(splitAtGroup('(?=a)(?!b)(?:c)(?<s>d)(?![e])')).toBe('((?=a)(?!b)(?:c))(d)(?![e])');
  });
});

describe('spanPattern', () => {
  it('chooses the whole match, the split groups or match indices', () => {
    expect(spanPattern('sk_live_[0-9a-z]{24}').mode).toBe(WHOLE);
    expect(spanPattern('Bearer (?<s>[0-9a-z]+)').mode).toBe(SPLIT);
    expect(spanPattern('(?:a|b(?<s>c))').mode).toBe(INDICES);
  });

  it('locates the same span as match indices, on crafted inputs', () => {
    const cases: [string, string[]][] = [
      [
        '(?:Bearer|Token) {1,4}(?<s>[A-Za-z0-9._-]{4,20})',
        ['Bearer abcd', 'Token    x.y.z-w', 'Bearer ab'],
      ],
      ['(?:bot|)(?<s>[0-9]{2,4}:AA[a-z]{2})(?![a-z])', ['bot123:AAxy', '99:AAzz', '12:AAbcd']],
      ['(?:a|b(?<s>c))d', ['acd', 'ad', 'bcd']],
      ['x{0,3}(?<s>x{2})', ['xxxxx', 'xx', 'x']],
    ];
    for (const [pattern, texts] of cases)
      for (const text of texts)
        expect(bySpanPattern(pattern, text)).toEqual(byIndices(pattern, text));
  });

  it('locates the same span as match indices for every catalogue rule with a group s', () => {
    const r = rng(424242);
    let checked = 0;
    for (const rule of secretRules()) {
      const pattern =
        rule.kind === 'token'
          ? rule.pattern
          : rule.kind === 'assignment' && rule.sticky === true
            ? rule.value
            : undefined;
      if (pattern === undefined || !pattern.includes('(?<s>')) continue;
      expect(spanPattern(pattern).mode).toBe(SPLIT);
      for (const template of [...rule.examples.match, ...rule.examples.noMatch]) {
        for (let k = 0; k < 5; k++) {
          const text = expand(template, r).text;
          for (let at = 0; at < text.length; at++) {
            const tail = text.slice(at);
            expect(bySpanPattern(pattern, tail)).toEqual(byIndices(pattern, tail));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
