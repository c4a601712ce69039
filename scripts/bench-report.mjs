#!/usr/bin/env node
// Prints a throughput table from `vitest bench --outputJson` results:
// median time per call and MB/s (UTF-8 bytes of the input, from the
// `[bytes=N]` suffix bench names carry).
//
//   node scripts/bench-report.mjs bench/results.json
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench/results.json';
const data = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
for (const f of data.files) {
  for (const group of f.groups) {
    for (const b of group.benchmarks) {
      const match = /\s*\[bytes=(\d+)\]$/.exec(b.name);
      const bytes = match ? Number(match[1]) : undefined;
      const name = match ? b.name.slice(0, match.index) : b.name;
      const medianMs = b.median ?? b.mean;
      const mbps = bytes === undefined ? '' : (bytes / 1e6 / (medianMs / 1000)).toFixed(1);
      rows.push([
        group.fullName.split(' > ').slice(1).join(' > '),
        name,
        medianMs.toFixed(4),
        mbps,
        String(b.sampleCount ?? b.samples?.length ?? ''),
      ]);
    }
  }
}
const header = ['group', 'bench', 'median ms', 'MB/s', 'samples'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
