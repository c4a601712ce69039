import { execFileSync } from 'node:child_process';
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  confusableTarget,
  foldSegment,
  foldUnit,
  isAsciiAlnum,
  isAsciiLetter,
  isBidiControl,
  isDefaultIgnorable,
  isMark,
  isRegExpSpace,
  isStableAstral,
  isTag,
  isVariationSelector,
  isWellFormed,
  isWhitespace,
  scanWellFormed,
} from '../../../src/core/text/unicode.js';
import { anyText, isWellFormedUtf16 } from '../../arbitraries.js';

const MAX = 0x10ffff;

describe('unicode tables', () => {
  it('isRegExpSpace is exactly the class \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let cu = 0; cu <= 0xffff; cu++) {
      if (isRegExpSpace(cu) !== /\s/.test(String.fromCharCode(cu))) differ.push(cu);
    }
    expect(differ).toEqual([]);
  });

  it('isWhitespace is the listed set of view whitespace on every UTF-16 code unit', () => {
    // Written out rather than derived: the set the matching view collapses.
    const listed = new Set([
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
      0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
      0x3000,
    ]);
    const differ: number[] = [];
    for (let cu = 0; cu <= 0xffff; cu++) if (isWhitespace(cu) !== listed.has(cu)) differ.push(cu);
    expect(differ).toEqual([]);
  });

  it('isAsciiLetter and isAsciiAlnum are [A-Za-z] and [A-Za-z0-9] on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let cu = 0; cu <= 0xffff; cu++) {
      const ch = String.fromCharCode(cu);
      if (isAsciiLetter(cu) !== /^[A-Za-z]$/.test(ch)) differ.push(cu);
      if (isAsciiAlnum(cu) !== /^[A-Za-z0-9]$/.test(ch)) differ.push(cu);
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

describe('isWellFormed', () => {
  it('finds lone surrogates anywhere, and accepts pairs', () => {
    for (const check of [isWellFormed, scanWellFormed]) {
      expect(check('')).toBe(true);
      expect(check('plain text')).toBe(true);
      expect(check('pair \uD83D\uDE00 ok')).toBe(true);
      expect(check('\uD83D')).toBe(false);
      expect(check('a\uDE00')).toBe(false);
      expect(check('\uDE00\uD83D')).toBe(false);
      expect(check('ab\uD83D\uD83D\uDE00')).toBe(false);
    }
  });

  test.prop([anyText()])('agrees with a plain reading of UTF-16, natively or not', (text) => {
    expect(isWellFormed(text)).toBe(isWellFormedUtf16(text));
    expect(scanWellFormed(text)).toBe(isWellFormedUtf16(text));
  });
});

describe('foldUnit', () => {
  it('agrees with foldSegment on every BMP code unit', () => {
    for (let cu = 0; cu < 0x10000; cu++) {
      const folded = foldSegment(String.fromCharCode(cu));
      // The two noncharacters at the end of the plane are left to foldSegment.
      const expected = folded.length === 1 && cu < 0xfffe ? folded.charCodeAt(0) : -1;
      if (foldUnit(cu) !== expected) expect(foldUnit(cu), cu.toString(16)).toBe(expected);
    }
    expect(foldUnit(0x041f)).toBe(0x043f);
    expect(foldUnit(0x00df)).toBe(-1); // sharp s folds to "ss"
  });
});
