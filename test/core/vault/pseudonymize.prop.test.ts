import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createPseudonymizer } from '../../../src/core/vault/pseudonymize.js';
import { createVault } from '../../../src/core/vault/vault.js';
import { hostile } from '../../arbitraries.js';
import { fixtureScanner } from './scanner.fixture.js';

const session = () =>
  createPseudonymizer({
    vault: createVault({ keys: [{ id: 'k', key: new Uint8Array(32).fill(5) }], currentKeyId: 'k' }),
    scanner: fixtureScanner(),
    maxEntries: 10_000,
  }).session('prop');

const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
const email = fc
  .tuple(word, word, fc.constantFrom('com', 'org', 'io'))
  .map(([a, b, t]) => `${a}@${b}.${t}`);
const phone = fc.stringMatching(/^\+[0-9]{11}$/);
const apiKey = fc.stringMatching(/^sk-[A-Za-z0-9]{20,30}$/);
const person = fc.constantFrom('Jane Doe', 'Ahmed Ali', 'Li Wei');
const lookalike = fc.constantFrom(
  '<EMAIL_1>',
  '<\\EMAIL_1>',
  '<\\\\SECRET_2>',
  '<PERSON_1>',
  '<',
  '>',
  '\\',
  '<EMAIL_',
  '_1>',
  '<A_1',
);
const filler = fc.oneof(fc.constantFrom(' ', ', ', '\n', ' and '), word, hostile(4));
const text = fc
  .array(fc.oneof(email, phone, apiKey, person, lookalike, filler), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('pseudonymizer properties', () => {
  test.prop([text])('restore(protect(x)) === x for texts built from arbitrary PII', (x) => {
    const s = session();
    expect(s.restore(s.protect(x))).toBe(x);
  });

  test.prop([fc.array(text, { minLength: 1, maxLength: 4 })])(
    'round-trips every message of a conversation, with stable placeholders',
    (messages) => {
      const s = session();
      const protectedMessages = messages.map((m) => s.protect(m));
      messages.forEach((m, i) => {
        expect(s.restore(protectedMessages[i]!)).toBe(m);
        expect(s.protect(m)).toBe(protectedMessages[i]);
      });
    },
  );

  test.prop([text, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 })])(
    'streaming restore equals restore, however the output is chunked',
    (x, cuts) => {
      const s = session();
      const safe = `${s.protect(x)} <EMAIL_1> <\\EMAIL_1> <SECRET_1`;
      const points = [...new Set(cuts.map((c) => Math.min(c, safe.length)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let last = 0;
      for (const p of points) {
        chunks.push(safe.slice(last, p));
        last = p;
      }
      chunks.push(safe.slice(last));
      const restorer = s.createRestorer();
      const streamed = chunks.map((c) => restorer.push(c)).join('') + restorer.flush();
      expect(streamed).toBe(s.restore(safe));
    },
  );

  test.prop([fc.array(fc.oneof(email, phone, apiKey, person), { minLength: 1, maxLength: 8 })])(
    'protected text holds none of the values it replaced',
    (values) => {
      const s = session();
      const safe = s.protect(values.join(' | '));
      for (const value of values) expect(safe).not.toContain(value);
    },
  );
});

describe('vault properties', () => {
  const vault = createVault({
    keys: [{ id: 'k', key: new Uint8Array(32).fill(9) }],
    currentKeyId: 'k',
  });
  const wellFormed = fc.string({ unit: 'binary', maxLength: 200 });
  test.prop([wellFormed, fc.option(fc.string({ maxLength: 40 }), { nil: undefined })])(
    'open(seal(x)) === x under the same context',
    (x, context) => {
      const options = context === undefined ? {} : { context };
      expect(vault.open(vault.seal(x, options), options)).toBe(x);
    },
  );

  test.prop([wellFormed, fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })])(
    'an envelope never opens under another context',
    (x, a, b) => {
      fc.pre(a !== b);
      const envelope = vault.seal(x, { context: a });
      expect(() => vault.open(envelope, { context: b })).toThrow(
        expect.objectContaining({ code: 'ERR_PARAPET_VAULT' }),
      );
    },
  );
});
