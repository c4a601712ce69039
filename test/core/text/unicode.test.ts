import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  confusableTarget,
  foldSegment,
  isBidiControl,
  isDefaultIgnorable,
  isMark,
  isRegExpSpace,
  isStableAstral,
  isTag,
  isVariationSelector,
} from '../../../src/core/text/unicode.js';

const MAX = 0x10ffff;

describe('unicode tables', () => {
  it('isRegExpSpace is exactly the class \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let cu = 0; cu <= 0xffff; cu++) {
      if (isRegExpSpace(cu) !== /\s/.test(String.fromCharCode(cu))) differ.push(cu);
    }
    expect(differ).toEqual([]);
  });

  it('Default_Ignorable_Code_Point matches the engine for every code point', () => {
    const re = /^\p{Default_Ignorable_Code_Point}$/u;
    const mismatches: string[] = [];
    for (let cp = 0; cp <= MAX; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const expected = re.test(String.fromCodePoint(cp));
      // Unassigned U+2065 and U+FFF0..U+FFF8 are listed as ignorable by UCD; engines agree.
      if (isDefaultIgnorable(cp) !== expected) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('bidi controls match Bidi_Control', () => {
    const re = /^\p{Bidi_Control}$/u;
    for (let cp = 0; cp <= 0x3000; cp++) {
      expect(isBidiControl(cp), cp.toString(16)).toBe(re.test(String.fromCodePoint(cp)));
    }
  });

  it('marks, tags and variation selectors match their properties', () => {
    const mark = /^\p{M}$/u;
    for (let cp = 0x300; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      expect(isMark(cp), cp.toString(16)).toBe(mark.test(String.fromCharCode(cp)));
    }
    for (let cp = 0x10000; cp <= MAX; cp++) {
      if (isMark(cp) !== mark.test(String.fromCodePoint(cp)))
        expect.fail(`isMark(${cp.toString(16)})`);
    }
    const vs = /^\p{Variation_Selector}$/u;
    for (let cp = 0xe0000; cp <= 0xe01ff; cp++) {
      expect(isVariationSelector(cp)).toBe(vs.test(String.fromCodePoint(cp)));
      expect(isTag(cp)).toBe(cp <= 0xe007f);
    }
  });

  it('stable astral code points really are stable under the view folding', () => {
    const unstable: string[] = [];
    for (let cp = 0x10000; cp <= MAX; cp++) {
      if (!isStableAstral(cp)) continue;
      const ch = String.fromCodePoint(cp);
      if (foldSegment(ch) !== ch || isDefaultIgnorable(cp)) unstable.push(cp.toString(16));
    }
    expect(unstable).toEqual([]);
  });

  it('folds the common Cyrillic, Greek and Armenian look-alikes', () => {
    const expected: Record<string, string> = {
      '\u0430': 'a',
      '\u0435': 'e',
      '\u043e': 'o',
      '\u0440': 'p',
      '\u0441': 'c',
      '\u0443': 'y',
      '\u0445': 'x',
      '\u0456': 'i',
      '\u0458': 'j',
      '\u0455': 's',
      '\u0501': 'd',
      '\u051d': 'w',
      '\u03bf': 'o',
      '\u03b1': 'a',
      '\u03b9': 'i',
      '\u03bd': 'v',
      '\u03c1': 'p',
      '\u0585': 'o',
    };
    for (const [from, to] of Object.entries(expected)) {
      expect(String.fromCharCode(confusableTarget(from.charCodeAt(0))), from).toBe(to);
    }
    expect(confusableTarget('a'.charCodeAt(0))).toBe(0);
    expect(confusableTarget(0x0431)).toBe(0); // Cyrillic be has no Latin twin
  });

  it('the committed confusables table is what the generator produces', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-confusables.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });
});
