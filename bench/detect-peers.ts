/**
 * parapet against the npm peers installed as devDependencies, in one run:
 * detection (TPR / FPR / hard-negative FPR on the shared corpus) and speed
 * (throughput, p50 and p99 latency per prompt), with ratios to parapet.
 *
 *   npm run build && npx tsx bench/detect-peers.ts
 *
 * parapet runs from the built bundle (dist/). Its learned layer was trained
 * on part of the corpus, so every detector is scored on the held-out side of
 * the split (scripts/train-split.ts); peers are also scored on all rows.
 *
 * Peers, each with its prompt-injection checks only:
 * - `@andersmyrmel/vard` (vard): `vard.safe`, default preset.
 * - `llm-guard`: `LLMGuard` with `promptInjection` and `jailbreak` only (async).
 * - `@presidio-dev/hai-guardrails`: `injectionGuard` in `pattern` mode. Its
 *   `heuristic` mode cannot run here: the package builds a piscina worker pool
 *   at import whose worker path is hard-coded to its CI machine
 *   (/home/runner/work/...), and the failing worker start is thrown
 *   asynchronously; this script swallows those errors so the in-process
 *   pattern tactic can be measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testSide } from '../scripts/train-split.js';

interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: 'attack' | 'benign';
  readonly kind: string;
  readonly source: string;
  readonly hard_negative?: boolean;
  readonly context_dependent?: boolean;
  readonly dup_group?: string;
  readonly subkind?: string;
}

type Check = (text: string, document: boolean) => boolean | Promise<boolean>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'injection.jsonl');
if (!existsSync(corpusPath)) {
  console.error(
    `detect-peers: corpus not found at ${corpusPath}; it is not part of this repository.`,
  );
  process.exit(2);
}
const distPath = resolve(root, 'dist', 'index.js');
if (!existsSync(distPath)) {
  console.error('detect-peers: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}

let swallowed = 0;
process.on('uncaughtException', () => {
  swallowed++;
});

const rows = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row)
  .map((row) => ({ ...row, text: JSON.parse(JSON.stringify(row.text)) as string }));
const held = testSide(rows);

async function detectors(): Promise<[string, Check][]> {
  const parapet = (await import(distPath)) as typeof import('../src/index.js');
  const detector = parapet.createInjectionDetector();
  const { default: vard } = await import('@andersmyrmel/vard');
  const { LLMGuard } = await import('llm-guard');
  const llmGuard = new LLMGuard({
    pii: false,
    profanity: false,
    toxicity: false,
    relevance: false,
    jailbreak: true,
    promptInjection: true,
  });
  const hai = await import('@presidio-dev/hai-guardrails');
  const haiGuard = hai.injectionGuard({ roles: ['user'] }, { mode: 'pattern', threshold: 0.5 });
  return [
    [
      'parapet',
      (text, document) => detector.detect(text, { source: document ? 'document' : 'user' }).flagged,
    ],
    ['vard', (text) => !vard.safe(text).safe],
    ['llm-guard', async (text) => !(await llmGuard.validate(text)).isValid],
    [
      'hai-guardrails (pattern)',
      async (text) => {
        const results = await haiGuard([{ role: 'user', content: text }]);
        return results.some((r: { passed: boolean }) => !r.passed);
      },
    ],
  ];
}

interface Outcome {
  name: string;
  tpr: number;
  fpr: number;
  hardFpr: number;
  tprAll: number;
  fprAll: number;
  mbps: number;
  p50: number;
  p99: number;
}

function rate(flags: Map<string, boolean>, subset: readonly Row[]): number {
  const size = new Map<string, number>();
  const key = (row: Row): string => `${row.label}:${row.dup_group ?? row.id}`;
  for (const row of subset) size.set(key(row), (size.get(key(row)) ?? 0) + 1);
  let hit = 0;
  let total = 0;
  for (const row of subset) {
    const w = 1 / size.get(key(row))!;
    total += w;
    if (flags.get(row.id) === true) hit += w;
  }
  return total === 0 ? Number.NaN : hit / total;
}

async function run(name: string, check: Check): Promise<Outcome> {
  const flags = new Map<string, boolean>();
  const times: number[] = [];
  let bytes = 0;
  // Warm-up: one full pass, so lazily compiled regular expressions and JIT
  // tiers are settled for every detector before timing.
  for (const row of rows) await check(row.text, false);
  const started = performance.now();
  for (const row of rows) {
    const document = row.kind === 'indirect_injection' || row.kind === 'benign_document';
    const t0 = performance.now();
    flags.set(row.id, await check(row.text, document));
    times.push(performance.now() - t0);
    bytes += Buffer.byteLength(row.text);
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const attacks = (subset: readonly Row[]) =>
    subset.filter((r) => r.label === 'attack' && r.context_dependent !== true);
  const benign = (subset: readonly Row[]) => subset.filter((r) => r.label === 'benign');
  const heldRows = rows.filter((r) => held.get(r.id) === true);
  return {
    name,
    tpr: rate(flags, attacks(heldRows)),
    fpr: rate(flags, benign(heldRows)),
    hardFpr: rate(
      flags,
      benign(heldRows).filter((r) => r.hard_negative === true),
    ),
    tprAll: rate(flags, attacks(rows)),
    fprAll: rate(flags, benign(rows)),
    mbps: bytes / 1e6 / seconds,
    p50: times[Math.floor(times.length * 0.5)]! * 1000,
    p99: times[Math.floor(times.length * 0.99)]! * 1000,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const results: Outcome[] = [];
for (const [name, check] of await detectors()) results.push(await run(name, check));
const base = results[0]!;
console.log(
  `\n${rows.length} corpus rows; held-out side ${[...held.values()].filter(Boolean).length} rows. Throughput in MB/s of UTF-8, wall clock, one prompt at a time.\n`,
);
console.log(
  '| detector | TPR (held-out) | FPR (held-out) | hard-neg FPR (held-out) | TPR (all) | FPR (all) | MB/s | p50 µs | p99 µs | speed ratio parapet/peer |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${pct(r.tpr)} | ${pct(r.fpr)} | ${pct(r.hardFpr)} | ${r.name === 'parapet' ? '(trained on part)' : pct(r.tprAll)} | ${r.name === 'parapet' ? '(trained on part)' : pct(r.fprAll)} | ${r.mbps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${(base.mbps / r.mbps).toFixed(2)} |`,
  );
}
console.log(`\n(${swallowed} asynchronous hai-guardrails worker errors swallowed)`);
process.exit(0);
