import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const ENTRIES = [
  'index.ts',
  'adapters/express.ts',
  'adapters/fastify.ts',
  'adapters/hono.ts',
  'adapters/node.ts',
  'stores/redis.ts',
].map((file) => join(root, 'src', file));

const program = ts.createProgram(ENTRIES, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

interface Export {
  readonly entry: string;
  readonly name: string;
  readonly kind: 'function' | 'class' | 'value' | 'type';
  readonly documented: boolean;
  readonly example: boolean;
}

/** Every export of every entry point, followed to its declaration. */
function exportsOf(entry: string): Export[] {
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`missing ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const flags = symbol.flags;
    const kind: Export['kind'] =
      flags & ts.SymbolFlags.Function
        ? 'function'
        : flags & ts.SymbolFlags.Class
          ? 'class'
          : flags & ts.SymbolFlags.Value
            ? 'value'
            : 'type';
    const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    return {
      entry: entry.slice(root.length + 1),
      name: exported.name,
      kind,
      documented: docs.length > 0,
      example: tags.some((tag) => tag.name === 'example'),
    };
  });
}

const all = ENTRIES.flatMap(exportsOf);

describe('public API documentation', () => {
  it('reads the exports of every entry point', () => {
    expect(all.filter((e) => e.kind === 'function').length).toBeGreaterThan(40);
  });

  it('documents every exported function and class with a TSDoc comment and an example', () => {
    const missing = all
      .filter((e) => (e.kind === 'function' || e.kind === 'class') && !(e.documented && e.example))
      .map((e) => `${e.entry}: ${e.name}${e.documented ? ' (no @example)' : ' (no comment)'}`);
    expect(missing).toEqual([]);
  });

  it('documents every other exported value and type', () => {
    const missing = all
      .filter((e) => e.kind !== 'function' && e.kind !== 'class' && !e.documented)
      .map((e) => `${e.entry}: ${e.name}`);
    expect(missing).toEqual([]);
  });
});
