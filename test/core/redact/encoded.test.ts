import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ibanCheckDigits,
  luhnCheckDigit,
  tfn,
  verhoeffCheckDigit,
} from '../../../src/core/redact/checksums.js';
import { encodedSpaceAt } from '../../../src/core/redact/pii.js';
import { createRedactor, createStreamRedactor } from '../../../src/core/redact/redactor.js';
import { spans } from './helpers.js';

const redactor = createRedactor();

const found = (text: string): [string, string][] => spans(redactor, text);

const digits = (n: number, seed: number): string => {
  let out = '';
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String((x >>> 16) % 10);
  }
  return out;
};

function card(seed: number): string {
  const payload = `4${digits(14, seed)}`;
  return payload + luhnCheckDigit(payload);
}

function aadhaar(seed: number): string {
  const payload = `${2 + (seed % 8)}${digits(10, seed)}`;
  return payload + verhoeffCheckDigit(payload);
}

function taxFileNumber(seed: number): string {
  for (let s = seed; ; s++) {
    const payload = digits(8, s);
    for (let d = 0; d <= 9; d++) if (tfn(payload + d)) return payload + d;
  }
}

function iban(seed: number): string {
  const bban = digits(20, seed);
  return `ES${ibanCheckDigits('ES', bban)}${bban}`;
}

/** `value` grouped by `sizes`, joined with `sep`. */
function grouped(value: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(value.slice(at, at + size));
    at += size;
  }
  if (at < value.length) out.push(value.slice(at));
  return out.join(sep);
}

describe('URL-encoded spaces in query values', () => {
  it('reads %20 and + between digit groups as spaces', () => {
    const a = grouped(aadhaar(1), [4, 4], '%20');
    const t = grouped(taxFileNumber(2), [3, 3], '%20');
    const c = grouped(card(3), [4, 4, 4], '+');
    const i = grouped(iban(4), [4, 4, 4, 4, 4], '%20');
    const text = [
      `https://api.example.com/v1/search?aadhaar_number=${a}&format=json`,
      `GET /api/v1/export?tax_file_number=${t}&page=2 HTTP/1.1`,
      `POST /pay card=${c}&amount=12`,
      `?iban=${i}`,
    ].join('\n');
    expect(found(text)).toEqual([
      ['in_aadhaar', a],
      ['au_tfn', t],
      ['credit_card', c],
      ['iban', i],
    ]);
  });

  it('reads a NINO, a leading %2B and parentheses', () => {
    expect(found('?ni_number=RH%2040%2015%2007%20A&page=9')).toEqual([
      ['uk_nino', 'RH%2040%2015%2007%20A'],
    ]);
    expect(found('?phone=%2B44%2020%207946%200958&x=1')).toEqual([
      ['phone', '%2B44%2020%207946%200958'],
    ]);
    expect(found('?tel=%2B917466102170')).toEqual([['phone', '%2B917466102170']]);
    expect(found('?phone=(040)%208705237&x')).toEqual([['phone', '(040)%208705237']]);
  });

  it('lets the validators decide: no Luhn, mod-97, Verhoeff or TFN check, no finding', () => {
    const bad = (value: string): string =>
      value.slice(0, -1) + String((Number(value.at(-1)) + 1) % 10);
    for (const text of [
      `?card=${grouped(bad(card(5)), [4, 4, 4], '%20')}`,
      `?aadhaar=${grouped(bad(aadhaar(6)), [4, 4], '%20')}`,
      `?tfn=${grouped(bad(taxFileNumber(7)), [3, 3], '%20')}`,
      `?iban=${grouped(bad(iban(8)), [4, 4, 4, 4, 4], '%20')}`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it('leaves other encoded values alone', () => {
    for (const text of [
      '?q=hello%20world%202024&x=1',
      '?q=Release%202024%2001%2015',
      `?n=${grouped(card(9), [4, 4, 4], '%20')}%41`,
      `?n=${grouped(card(9), [4, 4], '%20%20')}`,
      '?page=12%20of%2040',
      'a=1+2+3',
      `path/${grouped(card(10), [4, 4, 4], '%20')}`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it('redacts the encoded text exactly, and the result is stable', () => {
    const value = grouped(card(11), [4, 4, 4], '%20');
    const out = redactor.redact(`GET /p?pan=${value}&page=9 HTTP/1.1`).text;
    expect(out).toBe('GET /p?pan=[REDACTED:credit_card]&page=9 HTTP/1.1');
    expect(redactor.redact(out).findings).toEqual([]);
  });

  it('gives the stream the same result for any chunk size', () => {
    const source = `x ?a=${grouped(aadhaar(12), [4, 4], '%20')}&t=${grouped(taxFileNumber(13), [3, 3], '+')} done`;
    const once = redactor.redact(source).text;
    expect(once).toBe('x ?a=[REDACTED:in_aadhaar]&t=[REDACTED:au_tfn] done');
    for (const size of [1, 2, 5, 13, 100]) {
      const stream = createStreamRedactor();
      let out = '';
      for (let i = 0; i < source.length; i += size) out += stream.push(source.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(once);
    }
  });

  it('tests the opening of a value cheaply', () => {
    expect(encodedSpaceAt('=1234%205678', 1)).toBe(true);
    expect(encodedSpaceAt('=ES84+4046', 1)).toBe(true);
    expect(encodedSpaceAt('=%2B9', 1)).toBe(true);
    expect(encodedSpaceAt('=abc%20def', 1)).toBe(false);
    expect(encodedSpaceAt('=%20123', 1)).toBe(false);
    expect(encodedSpaceAt('=123456789%20', 1)).toBe(false);
  });
});

describe('URL-encoded value properties', () => {
  const kind = fc.constantFrom('card', 'aadhaar', 'tfn', 'iban');
  test.prop([kind, fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('%20', '+')])(
    'finds a number with encoded spaces exactly where it finds it with plain spaces',
    (which, seed, space) => {
      const [value, sizes, key] =
        which === 'card'
          ? [card(seed), [4, 4, 4], 'card']
          : which === 'aadhaar'
            ? [aadhaar(seed), [4, 4], 'aadhaar']
            : which === 'tfn'
              ? [taxFileNumber(seed), [3, 3], 'tfn']
              : [iban(seed), [4, 4, 4, 4, 4], 'iban'];
      const plain = grouped(value, sizes, ' ');
      const encoded = grouped(value, sizes, space);
      const prefix = `GET /v1/x?${key}=`;
      const a = redactor.scan(`${prefix}${plain}&page=1`).map((f) => f.type);
      const text = `${prefix}${encoded}&page=1`;
      const b = redactor.scan(text);
      expect(b.map((f) => f.type)).toEqual(a);
      for (const f of b)
        expect([f.start, f.end]).toEqual([prefix.length, prefix.length + encoded.length]);
    },
  );
});
