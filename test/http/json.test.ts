import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseJsonBounded } from '../../src/http/json.js';

describe('parseJsonBounded', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonBounded('{"a":[1,{"b":"}"}]}', 64, 100, 'error')).toEqual({
      ok: true,
      value: { a: [1, { b: '}' }] },
    });
  });

  it('refuses nesting beyond the limit before parsing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseJsonBounded(deep, 64, 100, 'error')).toEqual({
      ok: false,
      reason: 'json_too_complex',
    });
    expect(parseJsonBounded('[[["x"]]]', 3, 100, 'error').ok).toBe(true);
    expect(parseJsonBounded('[[[["x"]]]]', 3, 100, 'error')).toEqual({
      ok: false,
      reason: 'json_too_complex',
    });
  });

  it('accepts many brackets or colons when the nesting and members stay within the limits', () => {
    expect(parseJsonBounded('[[1],[2],[3],[4],[5]]', 2, 100, 'error')).toEqual({
      ok: true,
      value: [[1], [2], [3], [4], [5]],
    });
    expect(parseJsonBounded('{"a":"1:2:3:4:5"}', 64, 1, 'error')).toEqual({
      ok: true,
      value: { a: '1:2:3:4:5' },
    });
    expect(parseJsonBounded('[[1],[[[2]]]]', 3, 100, 'error')).toEqual({
      ok: false,
      reason: 'json_too_complex',
    });
  });

  it('ignores brackets and colons inside strings, escapes included', () => {
    expect(parseJsonBounded('{"k":"[[[[::\\"[["}', 1, 1, 'error')).toEqual({
      ok: true,
      value: { k: '[[[[::"[[' },
    });
  });

  it('refuses too many members', () => {
    const wide = JSON.stringify(
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])),
    );
    expect(parseJsonBounded(wide, 64, 10, 'error')).toEqual({
      ok: false,
      reason: 'json_too_complex',
    });
  });

  it('refuses malformed JSON', () => {
    for (const text of ['', '{', '{"a":}', "{'a':1}", '[1,]', 'nul']) {
      expect(parseJsonBounded(text, 64, 100, 'error')).toEqual({
        ok: false,
        reason: 'invalid_json',
      });
    }
  });

  it('refuses prototype-pollution keys, escaped or not, unless told to ignore them', () => {
    for (const text of [
      '{"__proto__":{"x":1}}',
      '{"a":[{"\\u005f_proto__":1}]}',
      '{"constructor":{"prototype":{"x":1}}}',
    ]) {
      expect(parseJsonBounded(text, 64, 100, 'error')).toEqual({
        ok: false,
        reason: 'invalid_json',
      });
      expect(parseJsonBounded(text, 64, 100, 'ignore').ok).toBe(true);
    }
    expect(parseJsonBounded('{"constructor":"x"}', 64, 100, 'error').ok).toBe(true);
  });

  test.prop([fc.jsonValue({ maxDepth: 6 })])(
    'accepts every JSON value within the limits',
    (value) => {
      const result = parseJsonBounded(JSON.stringify(value), 64, 1_000_000, 'ignore');
      expect(result.ok).toBe(true);
    },
  );

  test.prop([fc.string({ maxLength: 200 })])('never throws on arbitrary text', (text) => {
    const result = parseJsonBounded(text, 8, 50, 'error');
    expect(typeof result.ok).toBe('boolean');
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and refuses invalid sequences', () => {
    expect(decodeUtf8(new TextEncoder().encode('h\u00e9llo'))).toBe('h\u00e9llo');
    expect(decodeUtf8(new Uint8Array([0x68, 0xff, 0x69]))).toBeUndefined();
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeUndefined(); // encoded lone surrogate
  });
});
