import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  nearDigit,
  nearOps,
  nearPunct,
  OPS_TRIGGER,
  schemeFrontier,
  schemeStart,
} from '../../../src/core/redact/engine.js';

/** The first trigger of `re` (a global pattern) in `[from, to)`, as the scan loop reads it. */
function firstByRegex(re: RegExp, lead: number, text: string, from: number, to: number): number {
  re.lastIndex = Math.max(0, from - lead);
  for (;;) {
    const m = re.exec(text);
    if (m === null) return -1;
    const h = m.index + lead;
    if (h >= to) return -1;
    if (h >= from) return h;
    re.lastIndex = m.index + 1;
  }
}

// Characters that decide the patterns: separators, digits, letters, JS whitespace, others.
const unit = fc.constantFrom(
  'a',
  'Z',
  '0',
  '7',
  '_',
  '.',
  '-',
  '=',
  ':',
  '@',
  '>',
  '<',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u3000',
  '\u200b',
  'é',
  '\ud800',
  '+',
  '/',
  ',',
  '"',
  "'",
  '|',
  'n',
  't',
  'r',
  '\\',
  '\r',
  '%',
  '%40',
  '%20',
  ')',
  '(',
  'VALUES',
  'values',
  'VaLuEs',
  'VALUE',
  ';',
  'FROM stdin',
  'from STDIN',
  'FROM std',
  'http',
  'https',
  's',
);
const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
const probe = text.chain((t) =>
  fc.tuple(fc.constant(t), fc.nat({ max: t.length + 2 }), fc.nat({ max: 20 })),
);

describe('scanner probes agree with their patterns', () => {
  test.prop([probe])('nearPunct is [_.-](?=\\S)', ([t, from, span]) => {
    expect(nearPunct(t, from, from + span)).toBe(
      firstByRegex(/[_.-](?=\S)/g, 0, t, from, from + span),
    );
  });
  test.prop([probe])(
    'nearDigit is [^A-Za-mo-qsu-z0-9][0-9] read at the digit',
    ([t, from, span]) => {
      const start = Math.max(from, 1);
      expect(nearDigit(t, start, start + span)).toBe(
        firstByRegex(/[^A-Za-mo-qsu-z0-9][0-9]/g, 1, t, start, start + span),
      );
    },
  );
  test.prop([probe])('nearOps finds the first match of OPS_TRIGGER', ([t, from, span]) => {
    expect(nearOps(t, from, from + span)).toBe(
      firstByRegex(new RegExp(OPS_TRIGGER.source, 'g'), 0, t, from, from + span),
    );
  });
  it('reads the trigger of a semicolon or tab header and of COPY ... FROM stdin', () => {
    for (const text of ['id;email', 'id\temail', 'x (a) FROM stdin;', 'x (a)\n  values'])
      expect(nearOps(text, 0, text.length), text).toBeGreaterThan(0);
    for (const text of ['a; b', 'a\t1', 'x (a) FROM std'])
      expect(nearOps(text, 0, text.length), text).toBe(-1);
  });
});

describe('URL scheme offsets', () => {
  test.prop([probe])('schemeStart steps back over a whole http(s):// only', ([t, at]) => {
    const a = Math.min(at, t.length);
    const s = schemeStart(t, a);
    const scheme = t.slice(s, a);
    expect(s === a || scheme === 'https://' || scheme === 'http://').toBe(true);
    if (t.slice(0, a).endsWith('://') && /https?:\/\/$/.test(t.slice(0, a)))
      expect(s).toBeLessThan(a);
  });
  test.prop([probe])(
    'schemeFrontier is never after a scheme prefix that ends at the frontier',
    ([t, at]) => {
      const a = Math.min(at, t.length);
      const f = schemeFrontier(t, a);
      expect(f).toBeLessThanOrEqual(a);
      expect(a - f).toBeLessThanOrEqual(8);
      const before = t.slice(0, a);
      // The scan passes a frontier at the start of a run of letters and digits.
      if (/[A-Za-z0-9]$/.test(before)) return;
      for (const scheme of ['https://', 'http://'])
        for (let k = 5; k <= scheme.length; k++)
          if (before.endsWith(scheme.slice(0, k)))
            expect(f, JSON.stringify(before)).toBeLessThanOrEqual(a - k);
    },
  );
});
