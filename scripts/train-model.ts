/**
 * Trains the learned layer of the injection detector and writes its weights
 * to `src/core/injection/model-weights.generated.ts`.
 *
 *   npx tsx scripts/train-model.ts            (needs ../shared/corpus/injection.jsonl)
 *
 * Model: logistic regression over hashed word unigrams, bigrams and
 * character 4-grams of the normalised view (see src/core/injection/model.ts),
 * features scaled by `tokenScale` (1/sqrt(tokens), saturating), AdaGrad with L2, deterministic order. Rows are weighted so
 * that classes balance (overall and within each non-English language) and
 * each near-duplicate group counts once; hard negatives count half (see
 * {@link HARD_WEIGHT}). From
 * the second epoch, the best-scoring window of lines of each multi-line
 * benign row is added as a benign example (the scorer judges windows, not
 * whole texts). Only the training side of the group-aware split
 * (scripts/train-split.ts) is used; context-dependent attacks and
 * CyberSecEval's indirect attacks (see below) are left out. Benign rows
 * written for this project (`scripts/data/benign-extra.jsonl`: password and
 * account help in Hindi, Vietnamese, Thai and Japanese, English "from now
 * on" preferences and creative requests, instructions of the kind system
 * prompts give, and everyday questions in eleven languages) are added to
 * training, and so are the rows of the project's hand-written probe sets
 * (`scripts/data/probes.jsonl`: about 2,800 attacks and 3,000 hard
 * negatives in 34 languages, carriers with an injected passage next to the
 * same carrier with an ordinary one). The corpus alone teaches the
 * vocabulary of its own sources; the probes, written independently of it,
 * widen what the layer has seen. With them, a probe set left out of
 * training went from 65.6 % to 77.9 % of its attacks caught, its false
 * positives unchanged at 5.4 %. Long technical documents are added too:
 * one half of the Markdown files of the installed dependencies
 * (scripts/dependency-docs.ts, read from `node_modules`, never stored here),
 * whose best windows are mined like those of any benign row, so that
 * READMEs, code blocks and link lists stop reading as attacks (see
 * {@link DOCS}). So are 420 long documents written for the project
 * (`scripts/data/docs-extra.jsonl`, see {@link DOCS_EXTRA_WEIGHT}).
 *
 * Thresholds: a model is first trained without the validation bucket
 * (split bucket 6, part of the training side); on that bucket the score
 * reaching 5 % and 3 % false positives become the low and high thresholds
 * (at 3 % rather than 2 %, with the probe rows in training, the held-out
 * side of the corpus keeps its recall above 85 % for 0.4 points of false
 * positives; the held-out probe set's false positives did not rise).
 * The final model is then trained on the whole training side.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bestWindow,
  featurize,
  type LinearModel,
  scoreView,
  tokenScale,
} from '../src/core/injection/model.js';
import { normalize } from '../src/core/text/normalize.js';
import { DEPENDENCY_DOCS_SOURCE, dependencyDocs } from './dependency-docs.js';
import { type SplitRow, splitBuckets } from './train-split.js';

interface Row extends SplitRow {
  readonly text: string;
  readonly kind: string;
  readonly hard_negative?: boolean;
  readonly context_dependent?: boolean;
}

/**
 * Hash buckets, as a power of two. With the probe rows in training, 2^18
 * instead of 2^17 buckets kept 1-2 points of recall on the corpus's
 * held-out side that collisions cost (256 KiB of int8 weights).
 */
const BITS = 18;
const EPOCHS = Number(process.env['PARAPET_EPOCHS'] ?? 14);
const RATE = Number(process.env['PARAPET_RATE'] ?? 0.1);
const L2 = Number(process.env['PARAPET_L2'] ?? 1e-6);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'injection.jsonl');
const out = resolve(root, 'src', 'core', 'injection', 'model-weights.generated.ts');
const extraPath = resolve(root, 'scripts', 'data', 'benign-extra.jsonl');
const probesPath = resolve(root, 'scripts', 'data', 'probes.jsonl');
const docsExtraPath = resolve(root, 'scripts', 'data', 'docs-extra.jsonl');
/**
 * Whether the long documents written for this project
 * (`scripts/data/docs-extra.jsonl`) take part; `PARAPET_DOCS_EXTRA=0` leaves
 * them out.
 */
const DOCS_EXTRA = process.env['PARAPET_DOCS_EXTRA'] !== '0';
/**
 * Weight of one of those documents relative to an extra row. Measured with
 * the full detector: at 1, the corpus's held-out attacks caught rose from
 * 85.6 % to 87.1 % (benign 2.2 % to 2.5 %); on the document and tool rows of
 * seven probe sets written apart from them, 655 attacks of 694 were caught
 * instead of 651 and 93 false alarms of 877 rows remained of 101, while
 * their user messages lost 8 attacks (non-English ones the layer had
 * caught) for one false alarm more. At 0.5 and 2 fewer false alarms went.
 * Holding a quarter of the documents out to set `documentHigh` raised it to
 * 0.85 and lost 10 of one set's 133 document attacks.
 */
const DOCS_EXTRA_WEIGHT = Number(process.env['PARAPET_DOCS_WEIGHT'] ?? 1);
/** The `source` given to those documents in training. */
const DOCS_EXTRA_SOURCE = 'parapet/docs-extra';
/** The `source` of every row in `extraPath`. */
const EXTRA_SOURCE = 'parapet/extra';
/** The `source` of dependency documents (see {@link dependencyDocs}). */
const DOCS_SOURCE = DEPENDENCY_DOCS_SOURCE;
/**
 * Weight of a dependency document (and of each window mined from it)
 * relative to an extra row; 0 leaves them out. On the corpus's held-out side
 * (with the held-out half of the documents): at 0, 85.1 % of attacks caught
 * at 2.1 % false positives and 49 % of the documents flagged as user text;
 * at 1, 87.3 % at 2.6 % and 21 %; at 8, 85.6 % at 2.2 % and 8 %; at 16,
 * 85.9 % at 2.3 % and 6 %; at 32 the documents' own threshold falls and
 * 6.5 % of the corpus's benign documents are flagged.
 */
const DOCS = Number(process.env['PARAPET_DOCS'] ?? 8);

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  readonly row: Row;
  readonly buckets: Int32Array;
  readonly values: Float32Array;
  readonly y: number;
  weight: number;
  /** The features of each line, as the scorer's windows see them (empty for mined windows). */
  readonly lines: readonly Int32Array[];
}

/** An example of the features `counts` (bucket: occurrences) over `n` features. */
function example(row: Row, counts: Map<number, number>, n: number, lines: Int32Array[]): Example {
  const scale = tokenScale(n);
  const buckets = new Int32Array(counts.size);
  const values = new Float32Array(counts.size);
  let k = 0;
  for (const [bucket, count] of counts) {
    buckets[k] = bucket;
    values[k] = count * scale;
    k++;
  }
  return { row, buckets, values, y: row.label === 'attack' ? 1 : 0, weight: 1, lines };
}

function vectorize(row: Row): Example {
  const view = normalize(row.text).text;
  // featurize counts like the scorer: once per line, repeated lines skipped.
  const counts = new Map<number, number>();
  const perLine: number[][] = [];
  let n = 0;
  const lines = featurize(view, BITS, (bucket, line) => {
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    const list = perLine[line];
    if (list === undefined) perLine[line] = [bucket];
    else list.push(bucket);
    n++;
  });
  const byLine: Int32Array[] = [];
  for (let line = 0; line < lines; line++) byLine.push(Int32Array.from(perLine[line] ?? []));
  return example(row, counts, n, byLine);
}

/**
 * The scorer judges a text by its best window of lines, so a long benign
 * text can score high on a few lines the whole-text example never shows the
 * model. Each epoch from the second, every multi-line benign example adds
 * its current best window (when that is not the whole text) as a further
 * benign example of the same weight: hard-negative mining over windows.
 */
function minedWindows(examples: readonly Example[], w: Float32Array, bias: number): Example[] {
  const mined: Example[] = [];
  for (const ex of examples) {
    const total = ex.lines.length;
    if (ex.y !== 0 || total < 2) continue;
    const sums = new Float64Array(total);
    const counts = new Float64Array(total);
    for (let line = 0; line < total; line++) {
      const features = ex.lines[line]!;
      let sum = 0;
      for (let f = 0; f < features.length; f++) sum += w[features[f]!]!;
      sums[line] = sum;
      counts[line] = features.length;
    }
    const best = bestWindow(sums, counts, bias);
    if (best.firstLine === 0 && best.lastLine >= total) continue;
    const window = new Map<number, number>();
    let n = 0;
    for (let line = best.firstLine; line < best.lastLine; line++) {
      for (const bucket of ex.lines[line]!) {
        window.set(bucket, (window.get(bucket) ?? 0) + 1);
        n++;
      }
    }
    if (n === 0) continue;
    const mine = example(ex.row, window, n, []);
    mine.weight = ex.weight;
    mined.push(mine);
  }
  return mined;
}

function train(examples: readonly Example[], seed: number): LinearModel {
  const size = 1 << BITS;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-6);
  let bias = 0;
  let biasG2 = 1e-6;
  let all: readonly Example[] = examples;
  const order = examples.map((_, k) => k);
  const random = prng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    if (epoch >= 1) {
      all = examples.concat(minedWindows(examples, w, bias));
      order.length = 0;
      for (let k = 0; k < all.length; k++) order.push(k);
    }
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const index of order) {
      const ex = all[index]!;
      let z = bias;
      for (let f = 0; f < ex.buckets.length; f++) z += w[ex.buckets[f]!]! * ex.values[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - ex.y) * ex.weight;
      for (let f = 0; f < ex.buckets.length; f++) {
        const b = ex.buckets[f]!;
        const g = grad * ex.values[f]! + L2 * w[b]!;
        g2[b] = g2[b]! + g * g;
        w[b] = w[b]! - (RATE * g) / Math.sqrt(g2[b]!);
      }
      biasG2 += grad * grad;
      bias -= (RATE * grad) / Math.sqrt(biasG2);
    }
  }
  return { bits: BITS, weights: w, scale: 1, bias };
}

/**
 * Weight of a hard negative (benign text close to an attack: role-play,
 * security talk, system prompts) relative to other benign rows. They are
 * about half of the benign rows; counting them double taught the model to
 * distrust vocabulary that attacks share with them, and mined windows already
 * press on their attack-like parts. On the validation bucket (12 seeds, full
 * detector) weight 0.5 instead of 2 caught about 2 points more attacks at the
 * same false-positive rate (hard negatives' own rate +0.2 points).
 */
const HARD_WEIGHT = 0.5;
/**
 * Weight of a project-written extra row, relative to an average benign corpus
 * row of its language. At 1 the validation recall equals that of the model
 * trained without the English rows (66.6 %); at 2 it falls to 65.5 % and at
 * 3 to 66.2 %.
 */
const EXTRA_WEIGHT = Number(process.env['PARAPET_EXTRA'] ?? 1);
const isExtra = (row: { readonly source: string }): boolean =>
  row.source === EXTRA_SOURCE || row.source === DOCS_SOURCE || row.source === DOCS_EXTRA_SOURCE;

function weigh(all: Example[]): void {
  // The corpus's rows are balanced among themselves; the project's own extra
  // rows (see `extra` below) are added on top afterwards, so that they
  // never dilute the weight of the corpus's benign rows.
  const examples = all.filter((ex) => !isExtra(ex.row));
  const group = new Map<string, number>();
  const keyOf = (ex: Example): string => `${ex.row.label}:${ex.row.dup_group ?? ex.row.id}`;
  for (const ex of examples) group.set(keyOf(ex), (group.get(keyOf(ex)) ?? 0) + 1);
  let pos = 0;
  let neg = 0;
  for (const ex of examples) {
    ex.weight = 1 / group.get(keyOf(ex))!;
    if (ex.row.hard_negative === true) ex.weight *= HARD_WEIGHT;
    if (ex.y === 1) pos += ex.weight;
    else neg += ex.weight;
  }
  const total = pos + neg;
  for (const ex of examples) ex.weight *= ex.y === 1 ? total / (2 * pos) : total / (2 * neg);
  // Within each language other than English the classes balance too, so
  // that a language's vocabulary does not stand for "benign" (or "attack")
  // just because the corpus holds more of one class in it.
  const langOf = (ex: Example): string => ex.row.lang ?? 'en';
  const langPos = new Map<string, number>();
  const langNeg = new Map<string, number>();
  for (const ex of examples) {
    const side = ex.y === 1 ? langPos : langNeg;
    side.set(langOf(ex), (side.get(langOf(ex)) ?? 0) + ex.weight);
  }
  // Benign rows and their total weight per language, once balanced.
  const benignRows = new Map<string, number>();
  const benignWeight = new Map<string, number>();
  for (const ex of examples) {
    const lang = langOf(ex);
    const p = langPos.get(lang) ?? 0;
    const n = langNeg.get(lang) ?? 0;
    if (lang !== 'en' && p !== 0 && n !== 0) {
      ex.weight *= ex.y === 1 ? (p + n) / (2 * p) : (p + n) / (2 * n);
    }
    if (ex.y === 0) {
      benignRows.set(lang, (benignRows.get(lang) ?? 0) + 1);
      benignWeight.set(lang, (benignWeight.get(lang) ?? 0) + ex.weight);
    }
  }
  // An extra row weighs what an average benign row of its language weighs
  // (of all benign rows, for a language the corpus has none in), times
  // EXTRA_WEIGHT.
  let allRows = 0;
  let allWeight = 0;
  for (const [lang, rows] of benignRows) {
    allRows += rows;
    allWeight += benignWeight.get(lang)!;
  }
  // The project's documents balance their classes within each language, so
  // that a language's ordinary documents do not make its words read benign.
  const docPos = new Map<string, number>();
  const docNeg = new Map<string, number>();
  for (const ex of all) {
    if (ex.row.source !== DOCS_EXTRA_SOURCE) continue;
    const side = ex.y === 1 ? docPos : docNeg;
    side.set(langOf(ex), (side.get(langOf(ex)) ?? 0) + 1);
  }
  for (const ex of all) {
    if (!isExtra(ex.row)) continue;
    const lang = langOf(ex);
    const rows = benignRows.get(lang);
    ex.weight =
      (ex.row.source === DOCS_SOURCE
        ? DOCS
        : ex.row.source === DOCS_EXTRA_SOURCE
          ? EXTRA_WEIGHT * DOCS_EXTRA_WEIGHT
          : EXTRA_WEIGHT) *
      (rows === undefined ? allWeight / allRows : benignWeight.get(lang)! / rows);
    if (ex.row.source === DOCS_EXTRA_SOURCE) {
      const p = docPos.get(lang) ?? 0;
      const n = docNeg.get(lang) ?? 0;
      if (p !== 0 && n !== 0) ex.weight *= ex.y === 1 ? (p + n) / (2 * p) : (p + n) / (2 * n);
    }
  }
}

/** Score at which the weighted share of benign `examples` at or above it is `rate`. */
function thresholdAt(
  examples: readonly Example[],
  scores: readonly number[],
  rate: number,
): number {
  const benign = scores.filter((_, k) => examples[k]!.y === 0).sort((a, b) => b - a);
  return benign[Math.floor(benign.length * rate)] ?? 1;
}

function quantize(model: LinearModel): { scale: number; data: string; model: LinearModel } {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v * model.scale));
  const scale = max / 127;
  const bytes = new Uint8Array(model.weights.length);
  for (let k = 0; k < bytes.length; k++) {
    bytes[k] = Math.round((model.weights[k]! * model.scale) / scale) & 0xff;
  }
  return {
    scale,
    data: Buffer.from(bytes).toString('base64'),
    model: { bits: model.bits, bias: model.bias, scale, weights: new Int8Array(bytes.buffer) },
  };
}

/**
 * BIPIA attacks are a clean host document with an attack inserted; the clean
 * host is in the corpus too (same dup_group, benign). Training on the whole
 * injected document would teach the model that e-mails and code answers are
 * attacks, so for those rows only the lines absent from the clean host are
 * used (and of those, none inside code fences). Other rows are used whole.
 */
/** A line of program text (BIPIA code attacks are not always fenced). */
const CODE_LINE =
  /^\s*(?:import |from \S+ import|def |class |for |while |if |with |return\b|print\(|[\w.[\]'"]+\s*[+-]?=[^=]|[\w.]+\([^)]*\)\s*$|#|@|\}|\{)/;

function injectedPart(row: Row): Row {
  if (row.label !== 'attack' || row.dup_group === undefined || !row.subkind?.startsWith('bipia:')) {
    return row;
  }
  const host = hosts.get(row.dup_group);
  if (host === undefined) return row;
  const known = new Set(host.split('\n').map((l) => l.trim()));
  // Code blocks an attack inserts are left out too: the payload is the rules'
  // job (tool.*), and training on it teaches the model that code is hostile.
  let fenced = false;
  const added = row.text
    .split('\n')
    .filter((l) => {
      if (l.trim().startsWith('```')) {
        fenced = !fenced;
        return false;
      }
      return !fenced && !known.has(l.trim()) && !CODE_LINE.test(l);
    })
    .join('\n');
  return added.trim() === '' ? row : { ...row, text: added };
}

function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

const rows = readJsonl(corpusPath);
const hosts = new Map<string, string>();
for (const row of rows) {
  if (row.kind === 'benign_document' && row.dup_group !== undefined)
    hosts.set(row.dup_group, row.text);
}
const buckets = splitBuckets(rows);
const isTest = (row: Row): boolean => buckets.get(row.id)! >= 7;
const isValidation = (row: Row): boolean => buckets.get(row.id) === 6;

// CyberSecEval's indirect attacks reuse a handful of host documents (one code
// sample, one web page, one resume...) across all variants and languages; a
// model trained on them learns the hosts, not the injections. They are left to
// the rules.
const cseIndirect = (r: Row): boolean =>
  r.kind === 'indirect_injection' && r.source.startsWith('meta-llama/');
// Benign requests written for this project (scripts/data/benign-extra.jsonl):
// account and password help in the languages where the corpus's benign side
// hardly mentions passwords while its attacks do, so that "password" alone
// does not read as an attack, and English "from now on" preferences ("from
// now on, answer in German"), which the corpus's jailbreaks open with.
// Training only; never part of the split.
const extra = readJsonl(extraPath).concat(
  // The probe rows, weighted like the extra rows (their own `source` says
  // where the text came from, user or document, which training ignores).
  readJsonl(probesPath).map((row) => ({ ...row, source: EXTRA_SOURCE })),
  // Long documents written for this project (terms, handbooks, runbooks,
  // security articles that quote attacks, in 24 languages, and documents
  // with an injection buried in them): the corpus's documents are short,
  // and long ordinary ones read as attacks to a layer that has seen few.
  DOCS_EXTRA ? readJsonl(docsExtraPath).map((row) => ({ ...row, source: DOCS_EXTRA_SOURCE })) : [],
);

const usable = rows
  .filter((r) => !isTest(r) && r.context_dependent !== true && !cseIndirect(r))
  .map((r) => injectedPart(r))
  .concat(extra)
  .concat(DOCS === 0 ? [] : (dependencyDocs(root, 0) as Row[]));
const examples = usable.map(vectorize);
const fit = examples.filter((ex) => !isValidation(ex.row));
const held = examples.filter((ex) => isValidation(ex.row));
weigh(fit);
const probe = quantize(train(fit, 7)).model;
const heldScores = held.map((ex) => scoreView(normalize(ex.row.text).text, probe).probability);
const low = thresholdAt(held, heldScores, 0.05);
/** Validation false-positive share at which the layer flags user text on its own. */
const HIGH_FP = 0.03;
const high = thresholdAt(held, heldScores, HIGH_FP);
{
  // Validation recall at the high threshold: what hyperparameters are chosen on.
  const attacks = held.filter((ex) => ex.y === 1);
  const caught = attacks.filter((ex) => heldScores[held.indexOf(ex)]! >= high).length;
  console.log(
    `validation: TPR ${((100 * caught) / Math.max(1, attacks.length)).toFixed(1)} % at ${100 * HIGH_FP} % FPR (epochs ${EPOCHS}, rate ${RATE}, l2 ${L2})`,
  );
}
// Documents (code, tables, e-mails) score higher than chat text: their own
// threshold is where 2 % of validation documents would pass, and never below \`high\`.
const docs = held.filter(
  (ex) => ex.row.kind === 'benign_document' || ex.row.kind === 'indirect_injection',
);
const documentHigh = Math.max(
  high,
  thresholdAt(
    docs,
    docs.map((ex) => heldScores[held.indexOf(ex)]!),
    0.02,
  ),
);
weigh(examples);
const { scale, data, model } = quantize(train(examples, 11));

// Test-side report (model alone), for the training log only; `npm run eval` is the real report.
const test = rows.filter((r) => isTest(r) && r.context_dependent !== true);
let tp = 0;
let fn = 0;
let fp = 0;
let tn = 0;
for (const row of test) {
  const p = scoreView(normalize(row.text).text, model).probability;
  const hit = p >= high;
  if (row.label === 'attack') hit ? tp++ : fn++;
  else hit ? fp++ : tn++;
}
console.log(
  `train ${examples.length} rows (validation ${held.length}, ${docs.length} documents); thresholds low=${low.toFixed(4)} high=${high.toFixed(4)} documentHigh=${documentHigh.toFixed(4)}`,
);
console.log(
  `test side, model alone at high threshold: TPR ${((100 * tp) / (tp + fn)).toFixed(1)} % FPR ${((100 * fp) / (fp + tn)).toFixed(1)} %`,
);

const file = `// Generated by scripts/train-model.ts: do not edit. Learned-layer weights (int8, base64).
// Trained on the training side of the group-aware split in scripts/train-split.ts.

/** Weights of the learned layer, quantised to int8 (\`weight = byte * scale\`). */
export const MODEL_WEIGHTS = {
  bits: ${BITS},
  bias: ${model.bias},
  scale: ${scale},
  /** Probability from which the layer adds a low-weight finding (5 % validation false positives). */
  low: ${low},
  /** Probability from which the layer adds a medium-or-higher finding (${100 * HIGH_FP} % validation false positives). */
  high: ${high},
  /** Probability from which the layer flags document or tool text on its own (2 % validation documents). */
  documentHigh: ${documentHigh},
  data: '${data}',
} as const;
`;
writeFileSync(out, file);
console.log(`wrote ${out} (${(file.length / 1024).toFixed(0)} KiB)`);
