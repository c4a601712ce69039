import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { nearDigit, nearOps, nearPunct } from '../../../src/core/redact/engine.js';

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
  test.prop([probe])(
    'nearOps is [=:@|]|>(?![<>])|[,(](?= ?["\'])|,(?=[A-Za-z_])|%(?=40)|\\)(?=\\s{0,8}VALUES)',
    ([t, from, span]) => {
      expect(nearOps(t, from, from + span)).toBe(
        firstByRegex(
          /[=:@|]|>(?![<>])|[,(](?= ?["'])|,(?=[A-Za-z_])|%(?=40)|\)(?=[ \t\r\n]{0,8}[Vv][Aa][Ll][Uu][Ee][Ss])/g,
          0,
          t,
          from,
          from + span,
        ),
      );
    },
  );
});
