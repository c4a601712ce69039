import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

const sources = files(join(root, 'src'));

/** Source without comment lines (TSDoc examples may show what code must not do). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
    .join('\n');
}

describe('source hygiene', () => {
  it('keeps src/ ASCII-only (attack characters live in tests as \\u escapes)', () => {
    const offenders = sources.filter((file) => /[^\x00-\x7f]/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('keeps the core free of I/O, frameworks and the HTTP layer', () => {
    const core = sources.filter((file) => file.includes(`${join('src', 'core')}`));
    expect(core.length).toBeGreaterThan(0);
    for (const file of core) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(root, file)).not.toMatch(/from ['"]node:/);
      expect(text, relative(root, file)).not.toMatch(
        /from ['"](express|fastify|hono|ioredis|redis)['"]/,
      );
      expect(text, relative(root, file)).not.toMatch(
        /from ['"]\.\.\/(\.\.\/)?(http|stores|adapters)\//,
      );
      expect(code(file), relative(root, file)).not.toMatch(/\bDate\.now\(|\bperformance\.now\(/);
    }
  });

  it('never writes to the console from src/ (doc examples aside)', () => {
    for (const file of sources) {
      // A call, not the word inside a string (rule data may name `console.log`).
      expect(code(file), relative(root, file)).not.toMatch(/(?<!['"`])\bconsole\.[a-z]+\s*\(/i);
    }
  });

  it('uses named exports only', () => {
    for (const file of sources) {
      expect(readFileSync(file, 'utf8'), relative(root, file)).not.toMatch(/export default/);
    }
  });
});
