import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/gen-literals.js';
import { builtinRules } from '../../../src/core/injection/catalogue.js';
import { BUILTIN_LITERALS } from '../../../src/core/injection/literals.generated.js';
import {
  analyzePattern,
  literalsOf,
  patternHash,
} from '../../../src/core/injection/literals-cache.js';

const generated = join(import.meta.dirname, '../../../src/core/injection/literals.generated.ts');

describe('precomputed pattern literals', () => {
  it('are current for the catalogue (npm run gen:literals)', () => {
    expect(readFileSync(generated, 'utf8')).toBe(render());
  });

  it('serve every built-in rule without analysing it again', () => {
    for (const rule of builtinRules()) {
      const entry = literalsOf(rule);
      expect(entry, rule.id).toBe(BUILTIN_LITERALS[rule.id]);
      expect(entry, rule.id).toEqual(analyzePattern(rule.pattern));
    }
  });

  it('analyse a rule whose pattern changed, or an unknown rule, on the spot', () => {
    const rule = builtinRules()[0]!;
    const changed = { ...rule, pattern: String.raw`\bforget (?:the )?rules\b` };
    expect(literalsOf(changed)).toEqual(analyzePattern(changed.pattern));
    expect(literalsOf(changed).clauses).not.toEqual(BUILTIN_LITERALS[rule.id]!.clauses);
    const unknown = { ...rule, id: 'custom.rule', pattern: String.raw`\bwire (?:the )?funds\b` };
    expect(literalsOf(unknown)).toEqual(analyzePattern(unknown.pattern));
    // Inherited names are not entries.
    expect(literalsOf({ ...rule, id: 'constructor' })).toEqual(analyzePattern(rule.pattern));
  });

  it('hash pattern sources with FNV-1a', () => {
    expect(patternHash('')).toBe(0x811c9dc5);
    expect(patternHash('a')).toBe(0xe40c292c);
    expect(patternHash('ab')).not.toBe(patternHash('ba'));
  });
});
