import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { SanitizeOptions } from '../../../src/core/sanitize/options.js';
import { createSanitizer } from '../../../src/core/sanitize/sanitize.js';
import { createTokenPattern } from '../../../src/core/sanitize/tokens.js';
import {
  isBidiControl,
  isDefaultIgnorable,
  isStrippableControl,
} from '../../../src/core/text/unicode.js';
import { anyText, isWellFormedUtf16 } from '../../arbitraries.js';

const optionSets: readonly SanitizeOptions[] = [
  {},
  { normalization: 'NFKC' },
  { collapseWhitespace: true },
  { escapeMarkdown: true },
  { keepLegitimateInvisible: false },
  { normalization: 'NFKC', collapseWhitespace: true, escapeMarkdown: true },
  { normalization: 'none', neutralizeTokens: false },
  { maxLength: 17, onOverflow: 'truncate', collapseWhitespace: true, escapeMarkdown: true },
  { maxLength: 17 },
  { stripInvisible: false, removeControls: false },
];
const sanitizers = optionSets.map((options) => createSanitizer(options));
const pick = fc.integer({ min: 0, max: sanitizers.length - 1 });

describe('sanitize properties', () => {
  test.prop([anyText(), pick])('never throws and is idempotent', (text, k) => {
    const s = sanitizers[k]!;
    const once = s.sanitize(text);
    const twice = s.sanitize(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.changed).toBe(false);
  });

  test.prop([anyText(), pick])(
    'output respects maxLength and has no lone surrogates',
    (text, k) => {
      const s = sanitizers[k]!;
      const out = s.sanitize(text).text;
      expect(out.length).toBeLessThanOrEqual(s.options.maxLength);
      expect(isWellFormedUtf16(out)).toBe(true);
    },
  );

  test.prop([anyText()])(
    'default output holds no control, bidi override or neutralisable token',
    (text) => {
      const out = sanitizers[0]!.sanitize(text).text;
      for (const ch of out) {
        const cp = ch.codePointAt(0)!;
        expect(isStrippableControl(cp)).toBe(false);
        if (isBidiControl(cp)) expect([0x200e, 0x200f, 0x061c]).toContain(cp);
      }
      expect(createTokenPattern().test(out)).toBe(false);
    },
  );

  test.prop([anyText()])(
    'without legitimate exceptions, no invisible character survives',
    (text) => {
      const out = sanitizers[4]!.sanitize(text).text;
      for (const ch of out) expect(isDefaultIgnorable(ch.codePointAt(0)!)).toBe(false);
    },
  );

  test.prop([anyText(), pick])(
    'changes lie within the input, in order, and counts cover them',
    (text, k) => {
      const result = sanitizers[k]!.sanitize(text);
      let last = 0;
      for (const change of result.changes) {
        expect(change.start).toBeGreaterThanOrEqual(0);
        expect(change.end).toBeLessThanOrEqual(text.length);
        expect(change.start).toBeLessThanOrEqual(change.end);
        expect(change.start).toBeGreaterThanOrEqual(last);
        last = change.start;
        expect(result.counts[change.kind]).toBeGreaterThan(0);
      }
      expect(result.changed).toBe(result.text !== text);
    },
  );
});
