/**
 * Whole-corpus throughput and per-prompt latency of the injection detector on
 * the built bundle (`npm run build && npx tsx bench/detect-corpus.ts`).
 *
 * Reads `../shared/corpus/injection.jsonl` (relative to the repository root),
 * warms the detector with full passes, then times `passes` whole passes
 * (MB/s of UTF-8 input, median pass) and every prompt of one more pass
 * individually (median of three calls each; p50, p90, p99, max), for the default detector and for rules
 * only (`{ model: false }`). Also times the adversarial 100 KB inputs of
 * `detect.bench.ts` (median of several calls each).
 *
 *   npx tsx bench/detect-corpus.ts [--passes=9] [--dist=./dist/index.js] [--slowest=10]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InjectionDetector, InjectionOptions } from '../src/index.js';
import { adversarialDetect, flat } from './fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key!, value ?? 'true'] as const;
  }),
);
const passes = Number(args.get('passes') ?? 9);
const distPath = resolve(root, args.get('dist') ?? 'dist/index.js');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'injection.jsonl');

interface Parapet {
  createInjectionDetector(options?: InjectionOptions): InjectionDetector;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function corpusRun(label: string, detector: InjectionDetector, texts: readonly string[]): void {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  for (let w = 0; w < 2; w++) for (const text of texts) detector.detect(text);
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const text of texts) detector.detect(text);
    times.push(performance.now() - t0);
  }
  // Per prompt: the median of three timed calls, one in each of three passes
  // (a single call is at the mercy of a GC pause or the other processes).
  const runs = [0, 1, 2].map(() => new Float64Array(texts.length));
  for (const run of runs) {
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k]!;
      const t0 = performance.now();
      detector.detect(text);
      run[k] = (performance.now() - t0) * 1000;
    }
  }
  const each = new Float64Array(texts.length);
  for (let k = 0; k < texts.length; k++) each[k] = median(runs.map((run) => run[k]!));
  const order = [...each.keys()].sort((a, b) => each[b]! - each[a]!);
  const sorted = Float64Array.from(each).sort();
  const ms = median(times);
  console.log(
    `${label.padEnd(12)} pass median ${ms.toFixed(1)} ms (min ${Math.min(...times).toFixed(1)})  ` +
      `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s  per prompt µs: ` +
      `p50 ${quantile(sorted, 0.5).toFixed(1)}  p90 ${quantile(sorted, 0.9).toFixed(1)}  ` +
      `p99 ${quantile(sorted, 0.99).toFixed(1)}  max ${sorted[sorted.length - 1]!.toFixed(0)}`,
  );
  const slowest = Number(args.get('slowest') ?? 0);
  for (const k of order.slice(0, slowest)) {
    console.log(
      `   ${each[k]!.toFixed(0).padStart(6)} µs  ${texts[k]!.length} chars  ${JSON.stringify(texts[k]!.slice(0, 80))}`,
    );
  }
}

function adversarial(detector: InjectionDetector): void {
  const cells: string[] = [];
  for (const [name, input] of Object.entries(adversarialDetect())) {
    for (let w = 0; w < 5; w++) detector.detect(input);
    const times: number[] = [];
    for (let r = 0; r < 21; r++) {
      const t0 = performance.now();
      detector.detect(input);
      times.push(performance.now() - t0);
    }
    cells.push(`${name} ${median(times).toFixed(2)} ms`);
  }
  console.log(`adversarial: ${cells.join(' | ')}`);
}

if (!existsSync(corpusPath)) {
  console.error(`detect-corpus: corpus not found at ${corpusPath}`);
  process.exit(2);
}
const parapet = (await import(pathToFileURL(distPath).href)) as Parapet;
const texts = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => flat((JSON.parse(line) as { text: string }).text));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
console.log(`${texts.length} prompts, ${(bytes / 1e6).toFixed(2)} MB, ${distPath}`);
corpusRun('default', parapet.createInjectionDetector(), texts);
corpusRun('rules only', parapet.createInjectionDetector({ model: false }), texts);
if (args.get('adversarial') !== 'false') adversarial(parapet.createInjectionDetector());
