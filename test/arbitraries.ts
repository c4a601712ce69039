import fc from 'fast-check';

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const utf16 = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength,
  });

/** Pieces that exercise every branch of the normaliser and sanitiser. */
const PIECES = [
  'a',
  'Z',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\ufeff',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u061c',
  '\ufe0f',
  '\ufe0e',
  '\u{e0100}',
  '\u{e0041}',
  '\u{e007f}',
  '\u{1f3f4}',
  '\u{1f468}',
  '\u{1f3fb}',
  '\u2122',
  '#',
  '1',
  '\u20e3',
  '\u0301',
  '\u0334',
  '\u0308',
  'e',
  'i',
  '\u0130',
  '\u00df',
  '\u03c2',
  '\u03a3',
  '\u043e',
  '\u0456',
  '\u0440',
  '\u0561',
  '\u0645',
  '\u06cc',
  '\u0915',
  '\u094d',
  '\u05d0',
  '\u4e00',
  '\u{20000}',
  '\u1100',
  '\u1161',
  '\u11a8',
  '\uff21',
  '\u{1d400}',
  '\ufb01',
  '\u00a8',
  '\ud800',
  '\udc00',
  '\ud83d',
  '<|im_start|>',
  '<|',
  '|>',
  '[INST]',
  '[/INST]',
  '<<SYS>>',
  '</s>',
  '<s>',
  '### System:',
  'System:',
  '\n\nHuman:',
  'Assistant:',
  '\\',
  '*',
  '_',
  '[',
  ']',
  '<',
  '>',
  '!',
  '|',
  '~',
  '`',
  '\uff5c',
  '\u2581',
];

/** Hostile-looking text assembled from tricky pieces and random code units. */
export const hostile = (maxPieces = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: utf16(4) },
      ),
      {
        maxLength: maxPieces,
      },
    )
    .map((parts) => parts.join(''));

/** Any text: random UTF-16, full Unicode strings, or hostile assemblies. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(utf16(), fc.string({ unit: 'binary', maxLength: 100 }), hostile());

/** True when `text` has no lone surrogate. */
export function isWellFormedUtf16(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}
