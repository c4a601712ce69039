import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deepFreeze, parseOptions } from '../src/internal/config.js';

describe('parseOptions', () => {
  const schema = z.strictObject({
    store: z.custom<{ state: number[] }>((v) => typeof v === 'object' && v !== null).optional(),
    nested: z.strictObject({ list: z.array(z.number()).default([1]) }).prefault({}),
  });

  it("freezes what the schema built and leaves the caller's objects mutable", () => {
    const store = { state: [1, 2] };
    const resolved = parseOptions(schema, { store }, 'test');
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.nested)).toBe(true);
    expect(Object.isFrozen(resolved.nested.list)).toBe(true);
    expect(resolved.store).toBe(store);
    expect(Object.isFrozen(store)).toBe(false);
    store.state.push(3);
    expect(resolved.store?.state).toEqual([1, 2, 3]);
  });

  it('copes with cyclic caller objects', () => {
    const store: { state: number[]; self?: unknown } = { state: [] };
    store.self = store;
    expect(() => parseOptions(schema, { store }, 'test')).not.toThrow();
  });
});

describe('deepFreeze', () => {
  it('leaves class instances, typed arrays and skipped objects alone', () => {
    class Box {
      value = 1;
    }
    const kept = { a: 1 };
    const frozen = deepFreeze(
      { box: new Box(), bytes: new Uint8Array(2), kept, plain: { b: 2 } },
      new WeakSet([kept]),
    );
    expect(Object.isFrozen(frozen.box)).toBe(false);
    expect(Object.isFrozen(frozen.kept)).toBe(false);
    expect(Object.isFrozen(frozen.plain)).toBe(true);
  });
});
