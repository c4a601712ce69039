#!/usr/bin/env node
// Packs parapet as npm would publish it and checks the tarball:
//   1. publint (package.json exports/files correctness), strict;
//   2. @arethetypeswrong/cli (types resolve for node10, node16 CJS/ESM, bundlers);
//   3. the tarball installed into throw-away consumers: CommonJS, ES module and
//      TypeScript (node16 resolution), importing every subpath entry, and one
//      copy of the core per format (ParapetError is the same class everywhere).
// Run after `npm run build` (npm run check:package does both).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'parapet-pack-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

try {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  });
  const [{ filename, files }] = JSON.parse(out);
  const tarball = join(work, filename);
  console.log(`packed ${filename} (${files.length} files)`);
  const leaked = files
    .map((f) => f.path)
    .filter(
      (p) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|SECURITY\.md$|package\.json$)/.test(p),
    );
  if (leaked.length > 0) throw new Error(`unexpected files in the tarball: ${leaked.join(', ')}`);

  run(bin('publint'), ['run', tarball, '--strict']);
  run(bin('attw'), [tarball, '--format', 'table-flipped']);

  // Consumers: extract the tarball as node_modules/parapet; link its runtime dependencies.
  const consumer = join(work, 'consumer');
  const modules = join(consumer, 'node_modules');
  mkdirSync(join(modules, 'parapet'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', join(modules, 'parapet'), '--strip-components=1']);
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const target = join(modules, dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), target, 'dir');
  }
  const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
  const specifiers = subpaths.map((k) => (k === '.' ? 'parapet' : `parapet/${k.slice(2)}`));
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true }),
  );
  writeFileSync(
    join(consumer, 'cjs.cjs'),
    `const assert = require('node:assert');
const core = require('parapet');
assert.equal(typeof core.createParapet, 'function');
const p = core.createParapet();
assert.equal(p.sanitize('a\\u0000b').text, 'ab');
for (const spec of ${JSON.stringify(specifiers)}) {
  const mod = require(spec);
  if (mod.ParapetError !== undefined) assert.equal(mod.ParapetError, core.ParapetError, spec + ' has its own ParapetError');
}
console.log('CommonJS consumer ok');
`,
  );
  writeFileSync(
    join(consumer, 'esm.mjs'),
    `import assert from 'node:assert';
import * as core from 'parapet';
assert.equal(typeof core.createParapet, 'function');
assert.equal(core.createParapet().normalize('\\uFF29GNORE').text, 'ignore');
for (const spec of ${JSON.stringify(specifiers)}) {
  const mod = await import(spec);
  if (mod.ParapetError !== undefined) assert.equal(mod.ParapetError, core.ParapetError, spec + ' has its own ParapetError');
}
console.log('ES module consumer ok');
`,
  );
  writeFileSync(
    join(consumer, 'types.mts'),
    `import { createParapet, ParapetConfigError, type SanitizeResult } from 'parapet';
const result: SanitizeResult = createParapet().sanitize('x');
const error: ParapetConfigError | undefined = undefined;
export { result, error };
`,
  );
  writeFileSync(
    join(consumer, 'types.cts'),
    `import parapet = require('parapet');
const result: parapet.SanitizeResult = parapet.createParapet().sanitize('x');
export { result };
`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'node16',
        moduleResolution: 'node16',
        strict: true,
        noEmit: true,
        types: [],
        skipLibCheck: false,
        typeRoots: [],
      },
      files: ['types.mts', 'types.cts'],
    }),
  );
  cpSync(join(root, 'node_modules', '@types'), join(modules, '@types'), { recursive: true });
  run(process.execPath, ['cjs.cjs'], consumer);
  run(process.execPath, ['esm.mjs'], consumer);
  run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    consumer,
  );
  console.log('TypeScript consumers ok (node16 ESM and CJS)');
  console.log('package check passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
