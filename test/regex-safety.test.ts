import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// Every source file: the core, the HTTP layer, adapters, stores and Node helpers.
const dirs = ['src'];

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular-expression literal in a source file, found with the TypeScript parser. */
function literals(file: string): RegExp[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const out: RegExp[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      out.push(new RegExp(text.slice(1, slash), text.slice(slash + 1)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('every regular-expression literal in src/', () => {
  const sources = dirs.flatMap((dir) => files(join(root, dir)));

  it('finds the sources and their patterns', () => {
    expect(sources.length).toBeGreaterThan(60);
    expect(sources.flatMap(literals).length).toBeGreaterThan(100);
  });

  for (const file of sources) {
    it(`${relative(root, file)}: every pattern passes safe-regex2`, () => {
      for (const pattern of literals(file)) expect(safeRegex(pattern), pattern.source).toBe(true);
    });
  }

  it('stays linear on adversarial input', () => {
    const evil = [
      'a'.repeat(50_000),
      `${'_'.repeat(50_000)}!`,
      `<${'\\'.repeat(50_000)}`,
      `${'1.'.repeat(25_000)}x`,
      `http://${'a'.repeat(50_000)}`,
      `${'%2'.repeat(20_000)}`,
      `${'< '.repeat(25_000)}`,
      `${'!['.repeat(25_000)}`,
      `[x](${' '.repeat(25_000)}`,
      `${'<|'.repeat(25_000)}`,
      `${'\n#'.repeat(25_000)}`,
      `${'{"a":'.repeat(10_000)}`,
    ].join('');
    for (const file of sources) {
      for (const pattern of literals(file)) {
        const started = performance.now();
        evil.replace(
          new RegExp(
            pattern.source,
            pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
          ),
          '',
        );
        expect(performance.now() - started, pattern.source).toBeLessThan(500);
      }
    }
  });
});
