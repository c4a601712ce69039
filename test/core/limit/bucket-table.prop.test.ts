import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BucketTable } from '../../../src/core/limit/bucket-table.js';

type Op =
  | { readonly kind: 'find' | 'add' | 'remove'; readonly key: string; readonly value: number }
  | { readonly kind: 'clear' | 'sweep'; readonly key: string; readonly value: number };

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constantFrom('find', 'add', 'remove' as const), weight: 20 },
    { arbitrary: fc.constantFrom('clear', 'sweep' as const), weight: 1 },
  ),
  key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  value: fc.integer({ min: -1000, max: 1000 }),
});

/** What the table must hold: key to its two numbers, least recently used first. */
type Model = Map<string, readonly [number, number]>;

function numbersOf(table: BucketTable, slot: number): [number, number] {
  const at = BucketTable.at(slot);
  return [table.numbers[at]!, table.numbers[at + 1]!];
}

describe('bucket table', () => {
  test.prop([fc.integer({ min: 1, max: 5 }), fc.array(opArb, { maxLength: 200 })])(
    'finds, adds, evicts and removes exactly as a least-recently-used map',
    (maxKeys, ops) => {
      const table = new BucketTable(maxKeys);
      const model: Model = new Map();
      const slots = new Map<string, number>();
      for (const op of ops) {
        const held = model.get(op.key);
        if (op.kind === 'find') {
          const slot = table.find(op.key);
          if (held === undefined) {
            expect(slot).toBe(-1);
          } else {
            expect(slot).toBe(slots.get(op.key));
            expect(numbersOf(table, slot)).toEqual(held);
            model.delete(op.key);
            model.set(op.key, held);
          }
        } else if (op.kind === 'add') {
          if (held !== undefined) continue; // only absent keys are added
          let oldest: string | undefined;
          if (model.size === maxKeys) {
            oldest = model.keys().next().value!;
            model.delete(oldest);
          }
          const slot = table.add(op.key, op.value, op.value * 2);
          // A full table evicts the least recently used key and reuses its slot.
          if (oldest !== undefined) expect(slot).toBe(slots.get(oldest));
          slots.delete(oldest ?? '');
          model.set(op.key, [op.value, op.value * 2]);
          slots.set(op.key, slot);
        } else if (op.kind === 'remove') {
          if (held === undefined) continue;
          table.remove(slots.get(op.key)!);
          model.delete(op.key);
          slots.delete(op.key);
        } else if (op.kind === 'clear') {
          table.clear();
          model.clear();
          slots.clear();
        } else {
          // Removes the keys whose first number is below `value`, while visiting.
          const visited: number[] = [];
          table.forEachSlot((slot) => {
            visited.push(slot);
            if (table.numbers[BucketTable.at(slot)]! < op.value) table.remove(slot);
          });
          expect(visited.sort()).toEqual([...slots.values()].sort());
          for (const [key, [first]] of model) {
            if (first < op.value) {
              model.delete(key);
              slots.delete(key);
            }
          }
        }
        expect(table.size).toBe(model.size);
        // Every held key has a slot of its own below maxKeys, holding its numbers.
        const used = [...slots.values()];
        expect(new Set(used).size).toBe(used.length);
        for (const slot of used) expect(slot >= 0 && slot < maxKeys).toBe(true);
      }
      // Recency order: once full, each new key takes the slot of the least
      // recently used one, so adding maxKeys new keys evicts in model order.
      const order = [...model.keys()];
      let room = maxKeys - model.size;
      for (let i = 0; i < maxKeys; i++) {
        const slot = table.add(`new-${i}`, 0, 0);
        if (room > 0) {
          room--;
          expect([...slots.values()]).not.toContain(slot);
        } else {
          expect(slot).toBe(slots.get(order.shift()!));
        }
      }
      expect(table.size).toBe(maxKeys);
    },
  );

  it('evicts the least recently used key, counting finds as use', () => {
    const table = new BucketTable(3);
    const a = table.add('a', 1, 10);
    table.add('b', 2, 20);
    table.add('c', 3, 30);
    expect(table.find('a')).toBe(a); // b is now the oldest
    const d = table.add('d', 4, 40);
    expect(d).not.toBe(a); // b's slot, reused
    expect(table.find('b')).toBe(-1);
    expect(table.size).toBe(3);
    expect(numbersOf(table, table.find('a'))).toEqual([1, 10]);
    expect(numbersOf(table, d)).toEqual([4, 40]);
    table.add('e', 5, 50); // c is the oldest now
    expect(table.find('c')).toBe(-1);
    expect(['a', 'd', 'e'].map((key) => table.find(key) >= 0)).toEqual([true, true, true]);
  });

  it('keeps the order around a key removed from the middle', () => {
    const table = new BucketTable(3);
    const a = table.add('a', 1, 1);
    const b = table.add('b', 1, 1);
    const c = table.add('c', 1, 1);
    table.remove(b); // a, c
    expect(table.add('d', 1, 1)).toBe(b); // a, c, d in b's old slot
    expect(table.find('c')).toBe(c); // a, d, c
    expect(table.add('e', 1, 1)).toBe(a); // evicts a: d, c, e
    expect(table.add('f', 1, 1)).toBe(b); // evicts d: c, e, f
    table.remove(table.find('e')); // c, f
    expect(table.add('g', 1, 1)).toBe(a); // e's slot: c, f, g
    expect(table.add('h', 1, 1)).toBe(c); // evicts c
    expect(['c', 'f', 'g', 'h'].map((key) => table.find(key) >= 0)).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('reuses removed slots before new ones and never goes past maxKeys slots', () => {
    const table = new BucketTable(2);
    const a = table.add('a', 1, 1);
    const b = table.add('b', 1, 1);
    expect([a, b].sort()).toEqual([0, 1]);
    table.remove(a);
    expect(table.size).toBe(1);
    expect(table.add('c', 1, 1)).toBe(a);
    expect(table.add('d', 1, 1)).toBe(b); // evicts b, the oldest
    expect(table.find('b')).toBe(-1);
    table.remove(table.find('c'));
    table.remove(table.find('d'));
    expect(table.size).toBe(0);
    expect(table.add('e', 1, 1)).toBeLessThan(2);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.find('e')).toBe(-1);
    expect(table.add('f', 1, 1)).toBe(0);
  });
});
