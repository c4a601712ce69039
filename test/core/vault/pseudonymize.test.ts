import { describe, expect, it, vi } from 'vitest';
import { createPseudonymizer } from '../../../src/core/vault/pseudonymize.js';
import { createVault } from '../../../src/core/vault/vault.js';
import { ParapetConfigError, ParapetInputError } from '../../../src/errors.js';
import { fixtureScanner } from './scanner.fixture.js';

const vault = () =>
  createVault({ keys: [{ id: 'k', key: new Uint8Array(32).fill(3) }], currentKeyId: 'k' });

function setup(options: { ttlMs?: number; maxEntries?: number; maxSessions?: number } = {}) {
  let clock = 0;
  const pseudonymizer = createPseudonymizer({
    vault: vault(),
    scanner: fixtureScanner(),
    now: () => clock,
    ...options,
  });
  return {
    pseudonymizer,
    advance(ms: number) {
      clock += ms;
    },
  };
}

async function pipe(stream: TransformStream<string, string>, chunks: readonly string[]) {
  const writer = stream.writable.getWriter();
  const reading = (async () => {
    let out = '';
    for await (const chunk of stream.readable as unknown as AsyncIterable<string>) out += chunk;
    return out;
  })();
  for (const chunk of chunks) await writer.write(chunk);
  await writer.close();
  return reading;
}

describe('pseudonymizer', () => {
  it('replaces PII and secrets with numbered placeholders and restores them', () => {
    const session = setup().pseudonymizer.session('conv-1');
    const text =
      'Jane Doe <jane@example.com> asked Li Wei to mail bob@example.org with key sk-abcdefghijklmnopqrstuvwx';
    const safe = session.protect(text);
    expect(safe).toBe(
      '<PERSON_1> <<EMAIL_1>> asked <PERSON_2> to mail <EMAIL_2> with key <SECRET_1>',
    );
    expect(session.restore(safe)).toBe(text);
    expect(session.size).toBe(5);
  });

  it('gives the same value the same placeholder across a conversation', () => {
    const session = setup().pseudonymizer.session('c');
    expect(session.protect('write to jane@example.com')).toBe('write to <EMAIL_1>');
    expect(session.protect('and bob@example.com')).toBe('and <EMAIL_2>');
    expect(session.protect('jane@example.com again')).toBe('<EMAIL_1> again');
    expect(session.restore('I emailed <EMAIL_1> and <EMAIL_2>.')).toBe(
      'I emailed jane@example.com and bob@example.com.',
    );
  });

  it('keeps sessions apart: another conversation cannot restore these placeholders', () => {
    const { pseudonymizer } = setup();
    const a = pseudonymizer.session('a');
    const b = pseudonymizer.session('b');
    a.protect('jane@example.com');
    expect(b.restore('<EMAIL_1>')).toBe('<EMAIL_1>');
    expect(b.protect('other@example.com')).toBe('<EMAIL_1>');
    expect(a.restore('<EMAIL_1>')).toBe('jane@example.com');
  });

  it('seals originals in the vault, bound to the session', () => {
    const real = vault();
    const seal = vi.fn(real.seal);
    const session = createPseudonymizer({
      vault: { ...real, seal },
      scanner: fixtureScanner(),
    }).session('s-42');
    session.protect('call +441234567890');
    expect(seal).toHaveBeenCalledWith('+441234567890', { context: 'pseudonym:s-42' });
  });

  it('escapes text that already looks like a placeholder, so restore gives it back unchanged', () => {
    const session = setup().pseudonymizer.session('c');
    const text = 'literal <EMAIL_1> and <\\EMAIL_1> then jane@example.com';
    const safe = session.protect(text);
    expect(safe).toBe('literal <\\EMAIL_1> and <\\\\EMAIL_1> then <EMAIL_1>');
    expect(session.restore(safe)).toBe(text);
    // Things that are not placeholders are left alone.
    expect(session.protect('<email_1> <EMAIL> <_1> <EMAIL_0>')).toBe(
      '<email_1> <EMAIL> <_1> <EMAIL_0>',
    );
  });

  it('leaves unknown placeholders in model output as they are', () => {
    const session = setup().pseudonymizer.session('c');
    expect(session.restore('hi <EMAIL_7> and <SECRET_1>')).toBe('hi <EMAIL_7> and <SECRET_1>');
  });

  it('forgets mappings ttlMs after their last use', () => {
    const { pseudonymizer, advance } = setup({ ttlMs: 1_000 });
    const session = pseudonymizer.session('c');
    session.protect('jane@example.com');
    advance(900);
    expect(session.restore('<EMAIL_1>')).toBe('jane@example.com');
    advance(900);
    expect(session.restore('<EMAIL_1>')).toBe('jane@example.com');
    advance(1_000);
    expect(session.restore('<EMAIL_1>')).toBe('<EMAIL_1>');
    expect(session.size).toBe(0);
    // A forgotten number is never reused for another value.
    expect(session.protect('jane@example.com')).toBe('<EMAIL_2>');
  });

  it('keeps at most maxEntries mappings, forgetting the least recently used', () => {
    const session = setup({ maxEntries: 2 }).pseudonymizer.session('c');
    expect(session.protect('a@example.com b@example.com')).toBe('<EMAIL_1> <EMAIL_2>');
    session.protect('a@example.com');
    session.protect('c@example.com');
    expect(session.size).toBe(2);
    expect(session.restore('<EMAIL_1> <EMAIL_2> <EMAIL_3>')).toBe(
      'a@example.com <EMAIL_2> c@example.com',
    );
  });

  it('bounds and expires sessions', () => {
    const { pseudonymizer, advance } = setup({ maxSessions: 2, ttlMs: 100 });
    pseudonymizer.session('a').protect('a@example.com');
    pseudonymizer.session('b');
    pseudonymizer.session('a');
    pseudonymizer.session('c');
    expect(pseudonymizer.size).toBe(2);
    expect(pseudonymizer.session('a').restore('<EMAIL_1>')).toBe('a@example.com');
    advance(150);
    expect(pseudonymizer.size).toBe(0);
    expect(pseudonymizer.session('a').restore('<EMAIL_1>')).toBe('<EMAIL_1>');
    expect(pseudonymizer.delete('a')).toBe(true);
    expect(pseudonymizer.delete('a')).toBe(false);
  });

  it('restores placeholders split across stream chunks', () => {
    const session = setup().pseudonymizer.session('c');
    session.protect('jane@example.com and sk-abcdefghijklmnopqrstuvwx');
    const restorer = session.createRestorer();
    const out = [
      'Sent to <EM',
      'AIL_',
      '1',
      '> using <',
      'SECRET_1',
      '>. <',
      '\\',
      'EMAIL_1> <x',
    ].map((c) => restorer.push(c));
    out.push(restorer.flush());
    expect(out.join('')).toBe(
      'Sent to jane@example.com using sk-abcdefghijklmnopqrstuvwx. <EMAIL_1> <x',
    );
    expect(out[0]).toBe('Sent to ');
    expect(() => restorer.push('more')).toThrow(ParapetInputError);
  });

  it('works as a web TransformStream', async () => {
    const session = setup().pseudonymizer.session('c');
    session.protect('Ahmed Ali');
    await expect(pipe(session.restoreStream(), ['Hello <PER', 'SON_1>', '!'])).resolves.toBe(
      'Hello Ahmed Ali!',
    );
  });

  it('holds back only a bounded amount of text', () => {
    const restorer = setup().pseudonymizer.session('c').createRestorer();
    expect(restorer.push(`<${'\\'.repeat(10_000)}`)).toBe(`<${'\\'.repeat(9_999)}`);
    expect(restorer.push(`${'A'.repeat(60)}`)).toBe(`\\${'A'.repeat(60)}`);
  });

  it('ignores malformed scanner spans', () => {
    const session = createPseudonymizer({
      vault: vault(),
      scanner: {
        scan: () => [
          { ruleId: 'x', type: 'email', category: 'pii', start: 5, end: 2, confidence: 1 },
          { ruleId: 'x', type: 'email', category: 'pii', start: -1, end: 2, confidence: 1 },
          { ruleId: 'x', type: 'email', category: 'pii', start: 0, end: 99, confidence: 1 },
          { ruleId: 'x', type: 'ip address', category: 'pii', start: 0, end: 3, confidence: 1 },
          { ruleId: 'x', type: 'email', category: 'pii', start: 1, end: 4, confidence: 1 },
        ],
      },
    }).session('c');
    expect(session.protect('abcdef')).toBe('<IP_ADDRESS_1>def');
  });

  it("leaves the caller's scanner unfrozen", () => {
    const inner = fixtureScanner();
    const scanner = {
      calls: 0,
      scan(text: string) {
        scanner.calls++;
        return inner.scan(text);
      },
    };
    createPseudonymizer({ vault: vault(), scanner }).session('c').protect('a@example.com');
    expect(Object.isFrozen(scanner)).toBe(false);
    expect(scanner.calls).toBe(1);
  });

  it('validates its options and arguments', () => {
    expect(() => createPseudonymizer({ vault: {} as never, scanner: fixtureScanner() })).toThrow(
      expect.objectContaining({
        code: 'ERR_PARAPET_CONFIG',
        issues: [{ path: 'vault', message: 'expected a vault from createVault' }],
      }),
    );
    expect(() =>
      createPseudonymizer({ vault: vault(), scanner: fixtureScanner(), maxEntires: 5 } as never),
    ).toThrow(/did you mean `maxEntries`/);
    expect(ParapetConfigError).toBeDefined();
    expect(() =>
      createPseudonymizer({ vault: vault(), scanner: fixtureScanner(), ttlMs: 0 }),
    ).toThrow(expect.objectContaining({ code: 'ERR_PARAPET_CONFIG' }));
    const p = createPseudonymizer({ vault: vault(), scanner: fixtureScanner() });
    expect(() => p.session('')).toThrow(ParapetInputError);
    expect(() => p.session('c').protect(5 as never)).toThrow(ParapetInputError);
  });
});
