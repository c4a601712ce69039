/**
 * Detection quality on the shared corpus (`npm run eval`).
 *
 * Reads `../shared/corpus/injection.jsonl` (relative to the repository root)
 * and reports TPR on attacks and FPR on benign rows: overall, by kind, by
 * language group, for hard negatives, and for context-dependent attacks
 * (reported apart: they are harmless without their context). Rows that share
 * a `dup_group` (within one label) count once: each row weighs 1/group size.
 *
 * Source per row: `--source=auto` (default) passes `document` for the two
 * document kinds (`indirect_injection`, `benign_document`) and `user` for the
 * rest, as an application that knows which text it retrieved would;
 * `--source=user` passes `user` everywhere; `--source=system` passes `system`
 * instead of `user` (as if every message arrived as a system message, where
 * the learned layer only corroborates). `--both` prints auto and user.
 *
 * The learned layer was trained on part of this corpus, so the full detector
 * is reported only on the held-out side of the split in
 * scripts/train-split.ts; rules alone are reported on both sides. Before
 * the corpus: how many of the project's system prompts and of the held-out
 * half of the dependencies' Markdown files (scripts/dependency-docs.ts, all
 * benign) each source flags.
 *
 *   npm run eval
 *   npm run eval -- --both
 *   npm run eval -- --misses=jailbreak   (prints a few missed rows of a kind, for debugging)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependencyDocs } from '../scripts/dependency-docs.js';
import { testSide } from '../scripts/train-split.js';
import {
  createInjectionDetector,
  type InjectionDetector,
  type InjectionOptions,
  type TextSource,
} from '../src/index.js';

interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: 'attack' | 'benign';
  readonly kind: string;
  readonly source: string;
  readonly lang?: string;
  readonly script?: string;
  readonly hard_negative?: boolean;
  readonly context_dependent?: boolean;
  readonly dup_group?: string;
  readonly subkind?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'injection.jsonl');

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key!, value ?? 'true'] as const;
  }),
);

function load(): Row[] {
  if (!existsSync(corpusPath)) {
    console.error(
      `detect-quality: corpus not found at ${corpusPath}.\n` +
        'It is not part of this repository; place injection.jsonl there (see the issue) to run the evaluation.',
    );
    process.exit(2);
  }
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** Weighted counter: each row weighs 1 / (rows in its label+dup_group). */
class Tally {
  readonly #hits = new Map<string, number>();
  readonly #totals = new Map<string, number>();
  readonly #rows = new Map<string, number>();
  add(key: string, hit: boolean, weight: number): void {
    this.#totals.set(key, (this.#totals.get(key) ?? 0) + weight);
    this.#rows.set(key, (this.#rows.get(key) ?? 0) + 1);
    if (hit) this.#hits.set(key, (this.#hits.get(key) ?? 0) + weight);
  }
  rate(key: string): number {
    const total = this.#totals.get(key) ?? 0;
    return total === 0 ? Number.NaN : (this.#hits.get(key) ?? 0) / total;
  }
  keys(prefix: string): string[] {
    return [...this.#totals.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
  line(key: string, label: string): string {
    const groups = this.#totals.get(key) ?? 0;
    const rows = this.#rows.get(key) ?? 0;
    return `| ${label} | ${(this.rate(key) * 100).toFixed(1)} % | ${groups.toFixed(0)} | ${rows} |`;
  }
}

function languageGroup(row: Row): string {
  if (row.lang !== undefined)
    return row.lang === 'en' && row.script === undefined ? 'en' : row.lang;
  return row.script === undefined ? 'unlabelled (Latin)' : `script ${row.script}`;
}

function isNonEnglish(row: Row): boolean {
  return (
    (row.lang !== undefined && row.lang !== 'en') ||
    (row.lang === undefined && row.script !== undefined)
  );
}

/** How rows get their source: see the module comment. */
type Mode = 'auto' | 'user' | 'system';
const MODE_TITLE: Record<Mode, string> = {
  auto: 'auto (document kinds as `document`)',
  user: '`user` everywhere',
  system: '`system` (document kinds as `document`)',
};

function evaluate(
  title: string,
  rows: readonly Row[],
  mode: Mode,
  options: InjectionOptions,
): void {
  const detector = createInjectionDetector(options);
  const groupSize = new Map<string, number>();
  const groupOf = (row: Row): string => `${row.label}:${row.dup_group ?? row.id}`;
  for (const row of rows) groupSize.set(groupOf(row), (groupSize.get(groupOf(row)) ?? 0) + 1);
  const t = new Tally();
  const missesOf = args.get('misses');
  const misses: Row[] = [];
  let bytes = 0;
  const started = performance.now();
  for (const row of rows) {
    const documentKind = row.kind === 'indirect_injection' || row.kind === 'benign_document';
    const source: TextSource =
      mode !== 'user' && documentKind ? 'document' : mode === 'system' ? 'system' : 'user';
    const flagged = detector.detect(row.text, { source }).flagged;
    bytes += Buffer.byteLength(row.text);
    const w = 1 / groupSize.get(groupOf(row))!;
    if (row.label === 'attack') {
      if (row.context_dependent === true) {
        t.add('ctx:all', flagged, w);
        t.add(`ctx:kind:${row.kind}`, flagged, w);
        continue;
      }
      t.add('tpr:all', flagged, w);
      t.add(`tpr:kind:${row.kind}`, flagged, w);
      t.add(`tpr:lang:${languageGroup(row)}`, flagged, w);
      t.add(isNonEnglish(row) ? 'tpr:nonen' : 'tpr:en-or-unlabelled', flagged, w);
      const family = row.subkind?.startsWith('jbb:')
        ? row.subkind.split(':').slice(0, 2).join(':')
        : undefined;
      if (family !== undefined) t.add(`tpr:family:${family}`, flagged, w);
      if (!flagged && missesOf === row.kind) misses.push(row);
    } else {
      t.add('fpr:all', flagged, w);
      t.add(`fpr:kind:${row.kind}`, flagged, w);
      t.add(`fpr:lang:${languageGroup(row)}`, flagged, w);
      if (row.hard_negative === true) t.add('fpr:hard', flagged, w);
      if (flagged && missesOf === row.kind) misses.push(row);
    }
  }
  const seconds = (performance.now() - started) / 1000;

  const header = '| slice | rate | groups | rows |\n|---|---|---|---|';
  console.log(`\n## ${title}; source ${MODE_TITLE[mode]}\n`);
  console.log('### Attacks (TPR), context-dependent rows excluded\n');
  console.log(header);
  console.log(t.line('tpr:all', '**all attacks**'));
  console.log(t.line('tpr:en-or-unlabelled', 'English or unlabelled'));
  console.log(t.line('tpr:nonen', '**non-English**'));
  for (const k of t.keys('tpr:kind:')) console.log(t.line(k, `kind ${k.slice(9)}`));
  for (const k of t.keys('tpr:family:')) console.log(t.line(k, `family ${k.slice(11)}`));
  for (const k of t.keys('tpr:lang:')) console.log(t.line(k, `lang ${k.slice(9)}`));
  console.log('\n### Context-dependent attacks (reported apart)\n');
  console.log(header);
  console.log(t.line('ctx:all', 'all context-dependent'));
  for (const k of t.keys('ctx:kind:')) console.log(t.line(k, `kind ${k.slice(9)}`));
  console.log('\n### Benign (FPR)\n');
  console.log(header);
  console.log(t.line('fpr:all', '**all benign**'));
  console.log(t.line('fpr:hard', '**hard negatives**'));
  for (const k of t.keys('fpr:kind:')) console.log(t.line(k, `kind ${k.slice(9)}`));
  for (const k of t.keys('fpr:lang:')) console.log(t.line(k, `lang ${k.slice(9)}`));
  console.log(
    `\n(${rows.length} rows, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s including first-call compilation; run from src/ via tsx, so slower than the build: see bench/detect.bench.ts for speed)`,
  );
  for (const row of misses.slice(0, Number(args.get('limit') ?? 20))) {
    console.log(`\n--- ${row.id} ${row.subkind ?? ''}\n${row.text.slice(0, 600)}`);
  }
}

const rows = load();
const held = testSide(rows);
const heldOut = rows.filter((row) => held.get(row.id) === true);
const asked = args.get('source');
const modes: Mode[] = args.has('both')
  ? ['auto', 'user']
  : [asked === 'user' || asked === 'system' ? asked : 'auto'];
// System prompts written for this project, one per line: ordinary ones
// (bench/system-prompts.txt) and ones that defend themselves against the
// attacks they name (bench/defensive-prompts.txt). How many each source
// flags. Not a corpus: every line is benign.
{
  const detector = createInjectionDetector();
  for (const [title, file] of [
    ['Ordinary system prompts', 'system-prompts.txt'],
    ['Defensive system prompts', 'defensive-prompts.txt'],
  ] as const) {
    const prompts = readFileSync(resolve(root, 'bench', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const flagged = (source: TextSource): number =>
      prompts.filter((prompt) => detector.detect(prompt, { source }).flagged).length;
    console.log(
      `\n## ${title} (bench/${file}, ${prompts.length})\n\nflagged as \`user\` text: ${flagged('user')}; as \`system\` text: ${flagged('system')}`,
    );
  }
}
// Long technical documents: the held-out half of the dependencies' Markdown
// (scripts/dependency-docs.ts; the other half trains the learned layer). Every
// file is benign; how many each source flags, with and without the layer.
{
  const docs = dependencyDocs(root, 1);
  const full = createInjectionDetector();
  const rulesOnly = createInjectionDetector({ model: false });
  const share = (detector: InjectionDetector, source: TextSource): string => {
    const flagged = docs.filter((doc) => detector.detect(doc.text, { source }).flagged).length;
    return `${flagged} (${((100 * flagged) / Math.max(1, docs.length)).toFixed(1)} %)`;
  };
  console.log(
    `\n## Dependency documents (held-out half of node_modules Markdown, ${docs.length} files)\n\n` +
      `| detector | flagged as \`user\` | flagged as \`document\` |\n|---|---|---|\n` +
      `| with the learned layer | ${share(full, 'user')} | ${share(full, 'document')} |\n` +
      `| rules only | ${share(rulesOnly, 'user')} | ${share(rulesOnly, 'document')} |`,
  );
}
for (const mode of modes) {
  evaluate(
    `Detector with the learned layer: held-out side of the split only (${heldOut.length} rows never trained on)`,
    heldOut,
    mode,
    {},
  );
  evaluate('Rules only (learned layer off): held-out side', heldOut, mode, { model: false });
  evaluate(`Rules only (learned layer off): all ${rows.length} rows`, rows, mode, { model: false });
}
