/**
 * The documented, group-aware train/test split of the shared corpus used by
 * the learned layer (`scripts/train-model.ts`) and by `npm run eval`, which
 * reports learned-layer numbers only on the test side.
 *
 * Rows are grouped before splitting, so that near-copies and rows of one
 * technique never straddle the split:
 *
 * - rows of one label that share a `dup_group` (near-duplicates);
 * - CyberSecEval attacks of one injection variant in one language
 *   (`persuasion` in Hindi is one group, its French translation another);
 * - JailbreakBench prompts of one method and behaviour category;
 * - BIPIA injected rows of one attack category (its five attack strings,
 *   each inserted into two hosts).
 *
 * Groups are the connected components of these links. A component goes to
 * the test side when SHA-256(`parapet-split-v1:` + its smallest row id) mod
 * 10 is 7, 8 or 9 (about 30 % of rows), otherwise to training; bucket 6 of
 * the training side doubles as validation for choosing thresholds.
 * Context-dependent attacks (harmless without their context) are never
 * trained on.
 */
import { createHash } from 'node:crypto';

/** The corpus fields the split reads. */
export interface SplitRow {
  readonly id: string;
  readonly label: string;
  readonly source: string;
  readonly subkind?: string;
  readonly lang?: string;
  readonly script?: string;
  readonly dup_group?: string;
}

/** Split bucket (0-9) of each row id: 7, 8 and 9 are the test side, 6 is validation. */
export function splitBuckets(rows: readonly SplitRow[]): Map<string, number> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node) ?? node;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const row of rows) {
    const self = `id:${row.id}`;
    if (!parent.has(self)) parent.set(self, self);
    const subkind = row.subkind ?? '';
    const links: string[] = [];
    if (row.dup_group !== undefined) links.push(`dup:${row.label}:${row.dup_group}`);
    if (row.label === 'attack' && row.source.startsWith('meta-llama/')) {
      links.push(`cse:${row.lang ?? row.script ?? '?'}:${subkind.split(':')[0]}`);
    }
    if (subkind.startsWith('jbb:')) {
      const [, method, category] = subkind.split(':');
      links.push(`jbb:${method}:${category}`);
    }
    if (subkind.startsWith('bipia:') && row.label === 'attack')
      links.push(`bipia:${subkind.split(':')[2]}`);
    for (const link of links) {
      if (!parent.has(link)) parent.set(link, link);
      union(self, link);
    }
  }
  const smallest = new Map<string, string>();
  for (const row of rows) {
    const root = find(`id:${row.id}`);
    const current = smallest.get(root);
    if (current === undefined || row.id < current) smallest.set(root, row.id);
  }
  const out = new Map<string, number>();
  for (const row of rows) {
    const key = smallest.get(find(`id:${row.id}`))!;
    const digest = createHash('sha256').update(`parapet-split-v1:${key}`).digest();
    out.set(row.id, digest.readUInt32BE(0) % 10);
  }
  return out;
}

/** `true` for rows on the test side (never trained on). */
export function testSide(rows: readonly SplitRow[]): Map<string, boolean> {
  const buckets = splitBuckets(rows);
  return new Map([...buckets].map(([id, bucket]) => [id, bucket >= 7]));
}
