import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lintSystemPrompt } from '../../../src/core/prompt/lint.js';
import { createRedactor } from '../../../src/core/redact/redactor.js';
import { createPseudonymizer } from '../../../src/core/vault/pseudonymize.js';
import { createVault } from '../../../src/core/vault/vault.js';
import { hostile } from '../../arbitraries.js';
import { expand, rng } from '../../fixtures/secrets.js';

// The pseudonymiser and the system-prompt lint with the real redactor
// (issue 4), as createParapet wires them.
const redactor = createRedactor();
const session = () =>
  createPseudonymizer({
    vault: createVault({ keys: [{ id: 'k', key: new Uint8Array(32).fill(8) }], currentKeyId: 'k' }),
    scanner: redactor,
    maxEntries: 10_000,
  }).session('integration');

// Built at run time (no credential-shaped literal in the repository), random
// like a real key: a counting run such as `0123456789` reads as a placeholder.
const OPENAI_KEY = `sk-proj-${expand('{A:46}', rng(19)).text}`;

describe('pseudonymizer with createRedactor', () => {
  it('replaces emails, phones, IBANs, cards and keys, and restores them', () => {
    const s = session();
    const text = `Mail bob@fastmail.com or call (415) 555-0132; IBAN GB82 WEST 1234 5698 7654 32; card 4539 1488 0343 6467; key ${OPENAI_KEY}.`;
    const safe = s.protect(text);
    expect(safe).toBe(
      'Mail <EMAIL_1> or call <PHONE_1>; IBAN <IBAN_1>; card <CREDIT_CARD_1>; key <SECRET_1>.',
    );
    expect(s.restore(safe)).toBe(text);
    const restorer = s.createRestorer();
    const streamed =
      ['I wrote to <EMA', 'IL_1> and charged <CREDIT_', 'CARD_1>.']
        .map((c) => restorer.push(c))
        .join('') + restorer.flush();
    expect(streamed).toBe('I wrote to bob@fastmail.com and charged 4539 1488 0343 6467.');
  });

  const pii = fc.constantFrom(
    'bob@fastmail.com',
    'alice.smith@proton.me',
    '(415) 555-0132',
    '+44 20 7946 0958',
    'GB82 WEST 1234 5698 7654 32',
    '4539 1488 0343 6467',
    '5500 0000 0000 0004',
    '198.51.100.23',
    OPENAI_KEY,
  );
  const filler = fc.oneof(
    fc.constantFrom(' ', '. ', ', call ', '\n', ' <EMAIL_1> ', '<\\PHONE_1>'),
    hostile(4),
  );
  test.prop([fc.array(fc.oneof(pii, filler), { maxLength: 16 }).map((parts) => parts.join(''))])(
    'restore(protect(x)) === x with the real redactor',
    (x) => {
      const s = session();
      expect(s.restore(s.protect(x))).toBe(x);
    },
  );
});

describe('lintSystemPrompt with createRedactor', () => {
  it('flags a real API key and personal data in a system prompt', () => {
    const system = `You are the support bot. Use ${OPENAI_KEY} for the API. Escalate to bob@fastmail.com.`;
    const { verdict, scanned } = lintSystemPrompt(system, { scanner: redactor });
    expect(scanned).toBe(true);
    expect(verdict.findings.map((f) => [f.ruleId, f.evidence])).toEqual([
      ['system-prompt.secret', 'secret in system prompt: openai_project_key'],
      ['system-prompt.pii', 'pii in system prompt: email'],
    ]);
    expect(JSON.stringify(verdict)).not.toContain(OPENAI_KEY);
  });
});
