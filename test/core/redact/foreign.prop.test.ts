import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  FOREIGN_OPERATOR,
  isAs,
  keyAfter,
  keyBefore,
  operatorEnd,
  usedWordFrontier,
  usedWordStart,
} from '../../../src/core/redact/foreign.js';
import { wrappedWord } from '../../../src/core/redact/values.js';
import { anyText } from '../../arbitraries.js';

/** The first operator match in `text` (its offset), as the engine's scanner finds it. */
function operator(text: string): number {
  const re = new RegExp(FOREIGN_OPERATOR.source, 'g');
  const m = re.exec(text);
  if (m === null) throw new Error(`no operator in ${text}`);
  return m.index;
}

describe('keyBefore', () => {
  it('finds the key word of a sentence in German, Spanish, Portuguese, Japanese and Chinese', () => {
    const cases: [string, string, string][] = [
      ['mein Okta Token lautet x', 'Token', 'token'],
      ['Der neue Datadog API-Schl\u00fcssel ist x', 'API-Schl\u00fcssel', 'api key'],
      ['El clave API Azure Storage nuevo es x', 'clave API', 'api key'],
      ['O novo token Cloudflare \u00e9 x', 'token', 'token'],
      ['Hola, mi contrase\u00f1a es x', 'contrase\u00f1a', 'password'],
      ['Azure Storage API\u30ad\u30fc\u306fx', '\u30ad\u30fc', 'api key'],
      ['\u6211\u7684Cohere API\u5bc6\u94a5\u662fx', '\u5bc6\u94a5', 'api key'],
    ];
    for (const [text, word, name] of cases) {
      const key = keyBefore(text, operator(text));
      expect(key && text.slice(key.start, key.end), text).toBe(word);
      expect(key?.name, text).toBe(name);
    }
  });

  it('wants the key word to stand alone, in the same phrase, near the operator', () => {
    for (const text of [
      'Der neue Vertrag ist x',
      'el autoclave es x',
      'DB_PASSWORD ist x',
      'mongodb://username:password@host\uff1a1234',
      'the token we were given last year by the old vendor ist x',
      'Das Passwort. Es ist x',
    ])
      expect(keyBefore(text, operator(text)), text).toBeUndefined();
  });

  test.prop([anyText(), fc.nat()])('never throws and stays within the text', (text, at) => {
    const h = text.length === 0 ? 0 : at % text.length;
    const key = keyBefore(text, h);
    if (key !== undefined) {
      expect(key.start).toBeGreaterThanOrEqual(0);
      expect(key.end).toBeLessThanOrEqual(h);
      expect(key.start).toBeLessThan(key.end);
    }
  });
});

describe('use ... as the key', () => {
  it('finds the word after a verb of "use" and the key named after "as"', () => {
    const cases: [string, string][] = [
      ['Bitte verwendet q8Zr2LkP0wXe als Cloudflare API-Schl\u00fcssel', 'api key'],
      ['Merci d\u2019utiliser \u00ab q8Zr2LkP0wXe \u00bb comme cl\u00e9 API Cohere', 'api key'],
      ['Por favor usem **q8Zr2LkP0wXe** como segredo Auth0', 'secret'],
      ['Please use q8Zr2LkP0wXe as the API token for staging', 'token'],
    ];
    for (const [text, name] of cases) {
      const h = operator(text);
      expect(isAs(text, h), text).toBe(true);
      const w = usedWordStart(text, h);
      expect(w, text).toBeGreaterThan(0);
      expect(text.slice(w, h), text).toContain('q8Zr2LkP0wXe');
      const key = keyAfter(text, operatorEnd(text, h), text.length);
      expect(key?.name, text).toBe(name);
    }
  });

  it('wants a verb of "use" right before the word', () => {
    for (const text of [
      'I saw q8Zr2LkP0wXe as the API key',
      'abuse q8Zr2LkP0wXe as the key',
      'reuse q8Zr2LkP0wXe as the key',
    ])
      expect(usedWordStart(text, operator(text)), text).toBe(-1);
  });

  test.prop([anyText(), fc.nat()])('holds back no later than the word it may find', (text, at) => {
    const h = text.length === 0 ? 0 : at % text.length;
    const w = usedWordStart(text, h);
    if (w >= 0) expect(usedWordFrontier(text, h)).toBeLessThanOrEqual(w + 2);
  });

  it('holds back over guillemets set off with spaces', () => {
    const text = 'Merci d\u2019utiliser \u00ab q8Zr2LkP0wXe \u00bb comme cl\u00e9 API';
    const h = operator(text);
    expect(usedWordFrontier(text, h)).toBeLessThanOrEqual(text.indexOf('q8Zr'));
  });

  test.prop([anyText(), fc.nat()])('never throws and stays within the text', (text, at) => {
    const h = text.length === 0 ? 0 : at % text.length;
    const w = usedWordStart(text, h);
    expect(w === -1 || (w >= 0 && w < h)).toBe(true);
    const key = keyAfter(text, h, text.length);
    if (key !== undefined) expect(key.start >= h && key.end <= text.length).toBe(true);
  });
});

describe('wrappedWord', () => {
  it('reads one word set off by brackets, typographic quotes or emphasis', () => {
    const word = 'q8Zr2LkP0wXe';
    for (const [open, close] of [
      ['(', ')'],
      ['\u00ab ', ' \u00bb'],
      ['\u201e', '\u201c'],
      ['**', '**'],
      ['\u300c', '\u300d'],
    ]) {
      const text = `key: ${open}${word}${close}.`;
      const found = wrappedWord(text, 5, text.length);
      expect(found && text.slice(found.start, found.end), text).toBe(word);
    }
  });

  it('reads no call, tuple, remark or short word', () => {
    for (const text of [
      'f(a, b)',
      '(see vault)',
      '(none)',
      '{{ token }}',
      '(abc)def',
      '**abcdefghij*',
    ])
      expect(
        wrappedWord(text, text.indexOf(text.match(/[(*{]/)?.[0] ?? '('), text.length),
        text,
      ).toBeUndefined();
  });

  test.prop([anyText(), fc.nat()])(
    'never throws; a word it finds lies inside the text',
    (text, at) => {
      const v = text.length === 0 ? 0 : at % text.length;
      const found = wrappedWord(text, v, text.length);
      if (found !== undefined) {
        expect(found.start).toBeGreaterThan(v);
        expect(found.end).toBeLessThan(text.length);
        expect(found.end - found.start).toBeGreaterThanOrEqual(8);
      }
    },
  );
});
