import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalize } from '../../../src/core/text/normalize.js';
import { isDefaultIgnorable, isStrippableControl } from '../../../src/core/text/unicode.js';
import { anyText } from '../../arbitraries.js';

describe('normalize properties', () => {
  test.prop([anyText()])('never throws and is deterministic', (text) => {
    const a = normalize(text);
    const b = normalize(text);
    expect(a.text).toBe(b.text);
    expect(a.stats).toEqual(b.stats);
  });

  test.prop([anyText()])('view holds no invisible, control or lone-surrogate code unit', (text) => {
    const view = normalize(text).text;
    for (let i = 0; i < view.length; i++) {
      const cp = view.codePointAt(i)!;
      expect(isDefaultIgnorable(cp)).toBe(false);
      expect(isStrippableControl(cp)).toBe(false);
      if (cp > 0xffff) i++;
      else expect(cp >= 0xd800 && cp <= 0xdfff).toBe(false);
    }
  });

  test.prop([anyText()])('every view unit maps inside the original, monotonically', (text) => {
    const n = normalize(text);
    let lastStart = 0;
    let lastEnd = 0;
    for (let v = 0; v < n.text.length; v++) {
      const start = n.map.originalStart(v);
      const end = n.map.originalEnd(v);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThan(end);
      expect(start).toBeGreaterThanOrEqual(lastStart);
      expect(end).toBeGreaterThanOrEqual(lastEnd);
      lastStart = start;
      lastEnd = end;
    }
  });

  test.prop([anyText()])(
    'a view letter or digit mapped to one original unit is that unit, folded',
    (text) => {
      const n = normalize(text);
      for (let v = 0; v < n.text.length; v++) {
        const c = n.text.charCodeAt(v);
        const start = n.map.originalStart(v);
        if (n.map.originalEnd(v) - start !== 1) continue;
        const o = text.charCodeAt(start);
        // ASCII in the original: the view holds it lower-cased.
        if (o < 0x80 && ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
          expect(String.fromCharCode(o).toLowerCase()).toBe(String.fromCharCode(c));
        }
      }
    },
  );

  test.prop([anyText(), fc.nat(), fc.nat()])(
    'view -> original -> view covers the view span',
    (text, x, y) => {
      const n = normalize(text);
      const len = n.text.length;
      const start = len === 0 ? 0 : x % (len + 1);
      const end = start + (len === 0 ? 0 : y % (len - start + 1));
      const original = n.toOriginal(start, end);
      expect(original.start).toBeLessThanOrEqual(original.end);
      expect(original.end).toBeLessThanOrEqual(text.length);
      if (start < end) {
        const back = n.map.toView(original.start, original.end);
        expect(back.start).toBeLessThanOrEqual(start);
        expect(back.end).toBeGreaterThanOrEqual(end);
      }
    },
  );

  test.prop([fc.string({ unit: 'binary-ascii', maxLength: 300 })])(
    'ASCII views are lower-cased input with whitespace runs collapsed',
    (text) => {
      const expected = text
        .replace(/\\[nrt]/gi, (seq) => (seq[1] === 't' || seq[1] === 'T' ? ' ' : '\n'))
        .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
        .toLowerCase()
        .replace(/[ \t\n\v\f\r]+/g, (run) => (/[\n\v\f\r]/.test(run) ? '\n' : ' '));
      expect(normalize(text).text).toBe(expected);
    },
  );

  test.prop([
    fc.string({
      unit: fc.constantFrom('\\', 'n', 'T', 'r', 'a', ' ', '\n', '\u00e9'),
      maxLength: 60,
    }),
  ])(
    'escapes read as whitespace, and the view holds none of them (normalising it again changes nothing)',
    (text) => {
      const view = normalize(text).text;
      expect(view).not.toMatch(/\\[nrt]/i);
      expect(normalize(view).text).toBe(view);
    },
  );

  test.prop([anyText()])('hidden spans lie within the input', (text) => {
    for (const hidden of normalize(text).hidden) {
      expect(hidden.start).toBeGreaterThanOrEqual(0);
      expect(hidden.end).toBeLessThanOrEqual(text.length);
      expect(hidden.start).toBeLessThan(hidden.end);
    }
  });
});
