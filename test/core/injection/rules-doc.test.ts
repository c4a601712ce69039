import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, render } from '../../../scripts/gen-rules-doc.js';
import { builtinRules } from '../../../src/core/injection/catalogue.js';

describe('docs/rules.md', () => {
  it('is generated from the current catalogue (npm run docs:rules)', () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(render());
  });

  it('documents every rule', () => {
    const doc = render();
    for (const rule of builtinRules()) expect(doc).toContain(`### \`${rule.id}\``);
  });
});
