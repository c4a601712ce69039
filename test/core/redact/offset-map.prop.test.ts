import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../src/core/redact/offset-map.js';

type Op =
  | { kind: 'set'; key: number; value: number }
  | { kind: 'get'; key: number }
  | { kind: 'clear' }
  | { kind: 'deleteBelow'; limit: number };

// Keys close together (collisions, probing runs) and far apart (past 2^32, where the hash wraps).
const key = fc.oneof(
  fc.integer({ min: 0, max: 64 }),
  fc.integer({ min: 0, max: 1 << 20 }),
  fc.integer({ min: 2 ** 32 - 8, max: 2 ** 32 + 8 }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), key, value: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('get' as const), key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteBelow' as const), limit: key }) },
);

describe('OffsetMap', () => {
  it('answers -1 for a missing key and the last value set otherwise', () => {
    const map = new OffsetMap();
    expect(map.get(5)).toBe(-1);
    map.set(5, 0);
    map.set(5, 7);
    expect(map.get(5)).toBe(7);
    expect(map.size).toBe(1);
  });

  it('grows past its first table without losing entries', () => {
    const map = new OffsetMap();
    for (let k = 0; k < 10_000; k++) map.set(k * 97, k);
    expect(map.size).toBe(10_000);
    for (let k = 0; k < 10_000; k++) expect(map.get(k * 97)).toBe(k);
    expect(map.get(1)).toBe(-1);
  });

  it('keeps the keys at or above the limit of deleteBelow', () => {
    const map = new OffsetMap();
    for (let k = 0; k < 100; k++) map.set(k, k * 2);
    map.deleteBelow(60);
    expect(map.size).toBe(40);
    expect(map.get(59)).toBe(-1);
    expect(map.get(60)).toBe(120);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get(60)).toBe(-1);
  });

  test.prop([fc.array(op, { maxLength: 400 })])(
    'behaves as a Map for any sequence of operations',
    (ops) => {
      const map = new OffsetMap();
      const model = new Map<number, number>();
      for (const o of ops) {
        if (o.kind === 'set') {
          map.set(o.key, o.value);
          model.set(o.key, o.value);
        } else if (o.kind === 'get') {
          expect(map.get(o.key)).toBe(model.get(o.key) ?? -1);
        } else if (o.kind === 'clear') {
          map.clear();
          model.clear();
        } else {
          map.deleteBelow(o.limit);
          for (const k of [...model.keys()]) if (k < o.limit) model.delete(k);
        }
        expect(map.size).toBe(model.size);
      }
      for (const [k, v] of model) expect(map.get(k)).toBe(v);
    },
  );
});
