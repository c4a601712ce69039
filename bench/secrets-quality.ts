/**
 * Recall and precision of the redactor per finding type, on a generated set
 * of format-valid credentials and PII in realistic contexts plus hard
 * negatives (see test/fixtures/secrets.ts). Nothing is read from disk.
 *
 *   npm run eval:secrets            # seed 1
 *   npm run eval:secrets -- 7       # another seed
 *   npm run eval:secrets -- 1 --variants   # formats written differently from the rule examples
 *
 * A finding counts as a true positive when its span and type equal an
 * expected one ("strict"); "located" only asks that it covers the expected
 * span. Any other finding is a false positive of its type.
 */
import { createRedactor } from '../src/core/redact/redactor.js';
import {
  evaluationSet,
  type LabelledSample,
  rng,
  variantSamples,
} from '../test/fixtures/secrets.js';

interface Tally {
  tp: number;
  fn: number;
  fp: number;
  located: number;
}

const seed = Number(process.argv[2] ?? 1);
const verbose = process.argv.includes('--verbose');
const variants = process.argv.includes('--variants');
const samples: LabelledSample[] = variants ? variantSamples(rng(seed), 6) : evaluationSet(seed);
const redactor = createRedactor();
const tallies = new Map<string, Tally>();
const tally = (type: string): Tally => {
  let t = tallies.get(type);
  if (t === undefined) {
    t = { tp: 0, fn: 0, fp: 0, located: 0 };
    tallies.set(type, t);
  }
  return t;
};

const misses: string[] = [];
const falses: string[] = [];
for (const sample of samples) {
  const findings = redactor.scan(sample.text);
  const used = new Set<number>();
  for (const want of sample.expected) {
    const t = tally(want.type);
    const exact = findings.findIndex(
      (f, i) =>
        !used.has(i) && f.start === want.start && f.end === want.end && f.type === want.type,
    );
    const cover = findings.findIndex((f) => f.start <= want.start && f.end >= want.end);
    if (cover >= 0) t.located++;
    if (exact >= 0) {
      t.tp++;
      used.add(exact);
    } else {
      t.fn++;
      if (cover >= 0) used.add(cover);
      const got = findings.map((f) => `${f.type}[${f.start},${f.end})`).join(' ');
      misses.push(
        `${sample.source}: want ${want.type}[${want.start},${want.end}) got ${got || '-'} :: ${JSON.stringify(sample.text.slice(Math.max(0, want.start - 30), want.end + 30))}`,
      );
    }
  }
  findings.forEach((f, i) => {
    if (used.has(i)) return;
    tally(f.type).fp++;
    falses.push(
      `${sample.source}: ${f.type}[${f.start},${f.end}) ${JSON.stringify(sample.text.slice(Math.max(0, f.start - 20), f.end + 20))}`,
    );
  });
}

const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
let tp = 0;
let fn = 0;
let fp = 0;
let located = 0;
const pct = (n: number, d: number): string =>
  d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
console.log(`seed ${seed}${variants ? ' (variants)' : ''}: ${samples.length} samples`);
console.log(
  `${'type'.padEnd(36)} ${'n'.padStart(5)} ${'recall'.padStart(7)} ${'located'.padStart(7)} ${'precision'.padStart(9)}`,
);
for (const [type, t] of rows) {
  tp += t.tp;
  fn += t.fn;
  fp += t.fp;
  located += t.located;
  console.log(
    `${type.padEnd(36)} ${String(t.tp + t.fn).padStart(5)} ${pct(t.tp, t.tp + t.fn).padStart(7)} ${pct(t.located, t.tp + t.fn).padStart(7)} ${pct(t.tp, t.tp + t.fp).padStart(9)}`,
  );
}
console.log(
  `${'TOTAL'.padEnd(36)} ${String(tp + fn).padStart(5)} ${pct(tp, tp + fn).padStart(7)} ${pct(located, tp + fn).padStart(7)} ${pct(tp, tp + fp).padStart(9)}`,
);
console.log(`types: ${rows.length}, false negatives: ${fn}, false positives: ${fp}`);
if (verbose) {
  for (const line of misses.slice(0, 80)) console.log(`MISS ${line}`);
  for (const line of falses.slice(0, 80)) console.log(`FP   ${line}`);
}
