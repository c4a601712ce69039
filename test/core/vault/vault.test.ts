import { createHmac } from 'node:crypto';
import nacl from 'tweetnacl';
import { describe, expect, it, vi } from 'vitest';
import { fromBase64UrlStrict, toBase64Url, utf8 } from '../../../src/core/vault/bytes.js';
import type { VaultAuditEvent } from '../../../src/core/vault/options.js';
import { vaultOptionsSchema } from '../../../src/core/vault/options.js';
import {
  buildVault,
  createVault,
  decodeVaultKey,
  generateVaultKey,
  VAULT_OPEN_FAILED,
} from '../../../src/core/vault/vault.js';
import { ParapetConfigError, ParapetInputError, ParapetVaultError } from '../../../src/errors.js';
import { parseOptions } from '../../../src/internal/config.js';

const key = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + seed) & 0xff);
const K1 = key(1);
const K2 = key(2);
const fixedNonce = () => Uint8Array.from({ length: 24 }, (_, i) => 0x20 + i);

function expectOpenFailure(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ParapetVaultError);
  expect(caught).toMatchObject({ code: 'ERR_PARAPET_VAULT', message: VAULT_OPEN_FAILED });
}

/** The subkey derivation rebuilt here from the documented layout, with node:crypto's HMAC. */
function referenceSubkey(master: Uint8Array, purpose: number, keyId: string, context?: string) {
  const parts: Buffer[] = [Buffer.from('parapet/vault/v1'), Buffer.from([0, purpose])];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  parts.push(u32(Buffer.byteLength(keyId)), Buffer.from(keyId));
  if (context === undefined) parts.push(Buffer.from([0]));
  else parts.push(Buffer.from([1]), u32(Buffer.byteLength(context)), Buffer.from(context));
  return new Uint8Array(createHmac('sha512', master).update(Buffer.concat(parts)).digest()).slice(
    0,
    32,
  );
}

describe('tweetnacl secretbox', () => {
  // Known answers from tweetnacl-js test/data/secretbox.random.js (generated with libsodium).
  const vectors = [
    [
      'givKPH4F/eDcIEUZcws1+BIWqcnx35Ul4qkA7Ilxj1c=',
      'crkCCNKADjatFscwlBoDjXw62dhwMNMp',
      '',
      'ebNFUe0iT6F8tkYMy5Cg2Q==',
    ],
    [
      'hHMQ5Z8jKNzdADMt+jxhYF5437On2tZcokdNX4h5nxI=',
      'qem0uDdL2JT2ObMjonw0UUqOfWTMg7le',
      '1Q==',
      'VJViVugBhKeaOvfSlHkTzUQ=',
    ],
    [
      'SU2wQeGpWjKno5RsX8RNNShnkzJ/IP3n9FysN4j4JhU=',
      'QQBg0+UtZUUA7C0VPbYY6KDhGegpipkg',
      'FKSC',
      '6JbXfPIiT+bCujet8qsLeXdTpQ==',
    ],
  ] as const;
  it('is XSalsa20-Poly1305 as libsodium computes it', () => {
    for (const [k, n, m, c] of vectors) {
      const box = nacl.secretbox(
        Buffer.from(m, 'base64'),
        Buffer.from(n, 'base64'),
        Buffer.from(k, 'base64'),
      );
      expect(Buffer.from(box).toString('base64')).toBe(c);
    }
  });
});

describe('vault envelopes', () => {
  const resolved = parseOptions(
    vaultOptionsSchema,
    { keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' },
    'vault',
  );

  it('matches the known-answer vector (fixed key, nonce and context)', () => {
    const vault = buildVault(resolved, fixedNonce);
    const envelope = vault.seal('attack at dawn', { context: 'tenant:acme' });
    expect(envelope).toBe(
      'pv1.k1.ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3eFfG-6TojR-m0Vbflz9Qs5jXbxv23cIcnb1fLxH4',
    );
  });

  it('is version, key id, nonce and secretbox under the documented subkey', () => {
    const vault = buildVault(resolved, fixedNonce);
    const envelope = vault.seal('attack at dawn', { context: 'tenant:acme' });
    const subkey = referenceSubkey(K1, 1, 'k1', 'tenant:acme');
    const box = nacl.secretbox(utf8('attack at dawn'), fixedNonce(), subkey);
    const payload = new Uint8Array(24 + box.length);
    payload.set(fixedNonce());
    payload.set(box, 24);
    expect(envelope).toBe(`pv1.k1.${toBase64Url(payload)}`);
    expect(vault.open(envelope, { context: 'tenant:acme' })).toBe('attack at dawn');
  });

  it('uses a fresh random nonce per seal', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const a = vault.seal('same');
    const b = vault.seal('same');
    expect(a).not.toBe(b);
    expect(vault.open(a)).toBe('same');
    expect(vault.open(b)).toBe('same');
  });

  it('round-trips text, the empty string and bytes', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    expect(vault.open(vault.seal(''))).toBe('');
    expect(vault.open(vault.seal('caf\u00e9 \u{1f600}'))).toBe('caf\u00e9 \u{1f600}');
    const bytes = Uint8Array.of(0, 255, 128);
    expect(vault.openBytes(vault.sealBytes(bytes))).toEqual(bytes);
  });

  it('fails every single-character change of the envelope with the one generic error', () => {
    const vault = createVault({
      keys: [
        { id: 'k1', key: K1 },
        { id: 'k2', key: K2 },
      ],
      currentKeyId: 'k1',
    });
    const envelope = vault.seal('the launch code is 0000', { context: 'ctx' });
    const messages = new Set<string>();
    for (let i = 0; i < envelope.length; i++) {
      for (const mask of [0x01, 0x02, 0x04, 0x20, 0x40]) {
        const replaced = String.fromCharCode(envelope.charCodeAt(i) ^ mask);
        const tampered = envelope.slice(0, i) + replaced + envelope.slice(i + 1);
        expectOpenFailure(() => vault.open(tampered, { context: 'ctx' }));
        try {
          vault.open(tampered, { context: 'ctx' });
        } catch (error) {
          messages.add((error as Error).message);
        }
      }
    }
    expect([...messages]).toEqual([VAULT_OPEN_FAILED]);
  });

  it('fails every single-bit flip of the decoded payload', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const envelope = vault.seal('payload');
    const payload = fromBase64UrlStrict(envelope.slice('pv1.k1.'.length))!;
    for (let i = 0; i < payload.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = payload.slice();
        copy[i]! ^= 1 << bit;
        expectOpenFailure(() => vault.open(`pv1.k1.${toBase64Url(copy)}`));
      }
    }
  });

  it('fails truncation at every length, extension, wrong key, unknown key and bad version', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const other = createVault({ keys: [{ id: 'k1', key: K2 }], currentKeyId: 'k1' });
    const envelope = vault.seal('secret');
    for (let n = 0; n < envelope.length; n++)
      expectOpenFailure(() => vault.open(envelope.slice(0, n)));
    expectOpenFailure(() => vault.open(`${envelope}A`));
    expectOpenFailure(() => vault.open(`${envelope}.x`));
    expectOpenFailure(() => other.open(envelope));
    expectOpenFailure(() => vault.open(envelope.replace('pv1.k1.', 'pv1.k9.')));
    expectOpenFailure(() => vault.open(envelope.replace('pv1.', 'pv2.')));
    expectOpenFailure(() => vault.open(envelope.replace('pv1.', 'PV1.')));
    expectOpenFailure(() => vault.open(42 as unknown as string));
  });

  it('binds the context: another context, no context and the empty context all differ', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const forA = vault.seal('x', { context: 'tenant:a' });
    expect(vault.open(forA, { context: 'tenant:a' })).toBe('x');
    expectOpenFailure(() => vault.open(forA, { context: 'tenant:b' }));
    expectOpenFailure(() => vault.open(forA));
    const none = vault.seal('y');
    expectOpenFailure(() => vault.open(none, { context: '' }));
    expect(vault.open(vault.seal('z', { context: '' }), { context: '' })).toBe('z');
  });

  it('fails bytes that are not UTF-8 when opened as text, with the generic error', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    expectOpenFailure(() => vault.open(vault.sealBytes(Uint8Array.of(0xff))));
  });

  it('reseals envelopes of older keys under the current key', () => {
    const old = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const rotated = createVault({
      keys: [
        { id: 'k2', key: K2 },
        { id: 'k1', key: K1 },
      ],
      currentKeyId: 'k2',
    });
    const envelope = old.seal('v', { context: 'c' });
    expect(rotated.keyIdOf(envelope)).toBe('k1');
    const fresh = rotated.reseal(envelope, { context: 'c' });
    expect(rotated.keyIdOf(fresh)).toBe('k2');
    expect(rotated.open(fresh, { context: 'c' })).toBe('v');
    expectOpenFailure(() => old.open(fresh, { context: 'c' }));
    expect(rotated.keyIdOf('garbage')).toBeUndefined();
  });

  it('gives stable keyed fingerprints that differ by key and context', () => {
    const a = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const b = createVault({ keys: [{ id: 'k1', key: K2 }], currentKeyId: 'k1' });
    expect(a.mac('jane@example.com')).toBe(a.mac('jane@example.com'));
    expect(a.mac('jane@example.com')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.mac('jane@example.com')).not.toBe(b.mac('jane@example.com'));
    expect(a.mac('x', { context: 'c1' })).not.toBe(a.mac('x', { context: 'c2' }));
  });

  it('rejects arguments of the wrong type with ERR_PARAPET_INPUT', () => {
    const vault = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    expect(() => vault.seal(1 as unknown as string)).toThrow(ParapetInputError);
    expect(() => vault.sealBytes('x' as unknown as Uint8Array)).toThrow(ParapetInputError);
    expect(() => vault.seal('x', { context: 5 as unknown as string })).toThrow(
      expect.objectContaining({ code: 'ERR_PARAPET_INPUT', message: 'context must be a string' }),
    );
  });
});

describe('vault options', () => {
  it('rejects short keys, duplicate ids, an unknown current key and bad ids, by path', () => {
    try {
      createVault({
        keys: [
          { id: 'a', key: new Uint8Array(16) },
          { id: 'a', key: K1 },
        ],
        currentKeyId: 'b',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParapetConfigError);
      expect((error as ParapetConfigError).issues).toEqual([
        { path: 'keys[0].key', message: 'must be a Uint8Array of exactly 32 bytes' },
      ]);
    }
    expect(() =>
      createVault({
        keys: [
          { id: 'a', key: K1 },
          { id: 'a', key: K2 },
        ],
        currentKeyId: 'b',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'ERR_PARAPET_CONFIG',
        issues: [
          { path: 'keys[1].id', message: 'duplicate key id' },
          { path: 'currentKeyId', message: 'must be the id of one of `keys`' },
        ],
      }),
    );
    expect(() => createVault({ keys: [{ id: 'a.b', key: K1 }], currentKeyId: 'a.b' })).toThrow(
      ParapetConfigError,
    );
    expect(() => createVault({ keys: [], currentKeyId: 'a' })).toThrow(ParapetConfigError);
    expect(() =>
      createVault({ keys: [{ id: 'a', key: K1 }], currentKeyId: 'a', onAudti: () => {} } as never),
    ).toThrow(/did you mean `onAudit`/);
  });

  it('copies keys, so later changes to the caller array do not matter', () => {
    const mine = key(9);
    const vault = createVault({ keys: [{ id: 'k', key: mine }], currentKeyId: 'k' });
    const envelope = vault.seal('x');
    mine.fill(0);
    expect(vault.open(envelope)).toBe('x');
  });

  it('decodes keys from base64 and base64url, and rejects other lengths without echoing', () => {
    const { key: generated, base64 } = generateVaultKey();
    expect(generated.length).toBe(32);
    expect(decodeVaultKey(base64)).toEqual(generated);
    expect(decodeVaultKey(Buffer.from(generated).toString('base64url'))).toEqual(generated);
    const short = Buffer.from(new Uint8Array(31).fill(1)).toString('base64');
    expect(() => decodeVaultKey(short)).toThrow(ParapetConfigError);
    try {
      decodeVaultKey('not base64 at all!');
    } catch (error) {
      expect((error as Error).message).not.toContain('not base64 at all');
      expect((error as ParapetConfigError).issues[0]!.message).toBe(
        'expected base64 of exactly 32 bytes',
      );
    }
  });
});

describe('vault named secrets', () => {
  const make = (onAudit?: (event: VaultAuditEvent) => void) =>
    createVault({
      keys: [{ id: 'k1', key: K1 }],
      currentKeyId: 'k1',
      now: () => 1_000,
      ...(onAudit === undefined ? {} : { onAudit }),
    });

  it('retrieves a secret at its level or above, never below', () => {
    const vault = make();
    vault.store('db/password', 'hunter2', { level: 'high' });
    expect(vault.retrieve('db/password', { level: 'high' })).toBe('hunter2');
    expect(vault.retrieve('db/password', { level: 'critical' })).toBe('hunter2');
    for (const level of ['low', 'medium'] as const) {
      expect(() => vault.retrieve('db/password', { level })).toThrow(
        expect.objectContaining({
          code: 'ERR_PARAPET_VAULT_ACCESS',
          message: 'The secret is not available at this access level.',
        }),
      );
    }
  });

  it('answers a missing name exactly like an insufficient level', () => {
    const vault = make();
    vault.store('a', 'x', { level: 'critical' });
    const messages = [
      () => vault.retrieve('a', { level: 'low' }),
      () => vault.retrieve('nope', { level: 'critical' }),
    ].map((fn) => {
      try {
        fn();
      } catch (error) {
        return [(error as ParapetVaultError).code, (error as Error).message];
      }
      return undefined;
    });
    expect(messages[0]).toEqual(messages[1]);
  });

  it('audits name, level, action and outcome, never the value', () => {
    const events: VaultAuditEvent[] = [];
    const vault = make((event) => events.push(event));
    vault.store('api/key', 'sk-very-secret-value', { level: 'medium' });
    vault.retrieve('api/key', { level: 'high' });
    expect(() => vault.retrieve('api/key', { level: 'low' })).toThrow();
    vault.remove('api/key');
    expect(events).toEqual([
      {
        type: 'vault',
        action: 'store',
        outcome: 'success',
        name: 'api/key',
        level: 'medium',
        keyId: 'k1',
        at: 1_000,
      },
      {
        type: 'vault',
        action: 'retrieve',
        outcome: 'success',
        name: 'api/key',
        level: 'high',
        at: 1_000,
      },
      {
        type: 'vault',
        action: 'retrieve',
        outcome: 'denied',
        name: 'api/key',
        level: 'low',
        at: 1_000,
      },
      { type: 'vault', action: 'remove', outcome: 'success', name: 'api/key', at: 1_000 },
    ]);
    expect(JSON.stringify(events)).not.toContain('sk-very-secret-value');
  });

  it('keeps working when the audit hook throws', () => {
    const hook = vi.fn(() => {
      throw new Error('audit sink down');
    });
    const vault = make(hook);
    vault.store('a', 'x', { level: 'low' });
    expect(vault.retrieve('a', { level: 'low' })).toBe('x');
    expect(hook).toHaveBeenCalledTimes(2);
  });

  it('validates names and levels', () => {
    const vault = make();
    expect(() => vault.store('has space', 'x', { level: 'low' })).toThrow(ParapetInputError);
    expect(() => vault.store('a:b', 'x', { level: 'low' })).toThrow(ParapetInputError);
    expect(() => vault.store('a', 'x', { level: 'top' as never })).toThrow(
      expect.objectContaining({ code: 'ERR_PARAPET_INPUT' }),
    );
    expect(() => vault.retrieve('a', {} as never)).toThrow(ParapetInputError);
  });

  it('lists names, levels and key ids without values, and removes', () => {
    const vault = make();
    vault.store('b', 'x', { level: 'low' });
    vault.store('a', 'y', { level: 'critical' });
    expect(vault.list()).toEqual([
      { name: 'a', level: 'critical', keyId: 'k1' },
      { name: 'b', level: 'low', keyId: 'k1' },
    ]);
    expect(vault.has('a')).toBe(true);
    expect(vault.remove('a')).toBe(true);
    expect(vault.remove('a')).toBe(false);
    expect(vault.has('a')).toBe(false);
  });

  it('exports sealed JSON and imports it all or nothing', () => {
    const vault = make();
    vault.store('one', 'first', { level: 'low' });
    vault.store('two', 'second', { level: 'high' });
    const json = vault.exportStore();
    expect(json).not.toContain('first');
    expect(json).not.toContain('second');
    const copy = make();
    copy.store('stale', 'zzz', { level: 'low' });
    expect(copy.importStore(json)).toBe(2);
    expect(copy.has('stale')).toBe(false);
    expect(copy.retrieve('two', { level: 'high' })).toBe('second');

    const merged = make();
    merged.store('stale', 'zzz', { level: 'low' });
    merged.importStore(json, { mode: 'merge' });
    expect(merged.list().map((s) => s.name)).toEqual(['one', 'stale', 'two']);
  });

  it('refuses an export whose level was lowered or whose envelopes were swapped, changing nothing', () => {
    const vault = make();
    vault.store('one', 'first', { level: 'critical' });
    vault.store('two', 'second', { level: 'low' });
    const data = JSON.parse(vault.exportStore()) as {
      secrets: { name: string; level: string; envelope: string }[];
    };
    const lowered = structuredClone(data);
    lowered.secrets[0]!.level = 'low';
    const swapped = structuredClone(data);
    swapped.secrets[1]!.envelope = data.secrets[0]!.envelope;
    const target = make();
    target.store('keep', 'me', { level: 'low' });
    for (const bad of [
      JSON.stringify(lowered),
      JSON.stringify(swapped),
      '{',
      '[]',
      '{"format":"parapet-vault","version":2,"secrets":[]}',
    ]) {
      expectOpenFailure(() => target.importStore(bad));
    }
    expect(target.list().map((s) => s.name)).toEqual(['keep']);
  });

  it('rotates a whole store to the new key', () => {
    const before = createVault({ keys: [{ id: 'k1', key: K1 }], currentKeyId: 'k1' });
    const values = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`s${i}`, `value-${i}`]),
    );
    for (const [name, value] of Object.entries(values))
      before.store(name, value, { level: 'medium' });
    const exported = before.exportStore();

    const events: VaultAuditEvent[] = [];
    const during = createVault({
      keys: [
        { id: 'k2', key: K2 },
        { id: 'k1', key: K1 },
      ],
      currentKeyId: 'k2',
      now: () => 5,
      onAudit: (event) => events.push(event),
    });
    during.importStore(exported);
    during.store('new', 'fresh', { level: 'low' });
    expect(during.rotate()).toBe(20);
    expect(during.rotate()).toBe(0);
    expect(events.filter((e) => e.action === 'rotate').map((e) => e.count)).toEqual([20, 0]);
    expect(new Set(during.list().map((s) => s.keyId))).toEqual(new Set(['k2']));

    // The old key can now be retired: a vault with only k2 opens everything.
    const after = createVault({ keys: [{ id: 'k2', key: K2 }], currentKeyId: 'k2' });
    after.importStore(during.exportStore());
    for (const [name, value] of Object.entries(values))
      expect(after.retrieve(name, { level: 'medium' })).toBe(value);
    expectOpenFailure(() => before.importStore(during.exportStore()));
  });

  it('destroy zeroes the key copies and disables the vault', () => {
    const vault = make();
    const envelope = vault.seal('x');
    vault.store('a', 'b', { level: 'low' });
    const fillSpy = vi.spyOn(Uint8Array.prototype, 'fill');
    vault.destroy();
    const zeroed = fillSpy.mock.contexts.filter(
      (ctx, i) => (ctx as Uint8Array).length === 32 && fillSpy.mock.calls[i]![0] === 0,
    ) as Uint8Array[];
    fillSpy.mockRestore();
    expect(zeroed.length).toBeGreaterThanOrEqual(1);
    for (const bytes of zeroed) expect(bytes.every((b) => b === 0)).toBe(true);
    expect(vault.destroyed).toBe(true);
    expect(vault.has('a')).toBe(false);
    expectOpenFailure(() => vault.open(envelope));
    expect(() => vault.seal('y')).toThrow(
      expect.objectContaining({
        code: 'ERR_PARAPET_VAULT',
        message: 'The vault has been destroyed; create a new one.',
      }),
    );
    expect(() => vault.destroy()).not.toThrow();
  });
});
