/**
 * Prints the redaction rule catalogue as Markdown tables (for
 * docs/redaction.md), from the same data the engine compiles:
 *
 *   npx tsx bench/redact-catalogue.ts
 */
import { piiRules } from '../src/core/redact/pii.js';
import { secretRules } from '../src/core/redact/secret-rules.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const rules = secretRules();
console.log(
  `Secret rules: ${rules.length}, secret types: ${new Set(rules.map((r) => r.type)).size}.\n`,
);
console.log('| type | rule id | found by | description |');
console.log('|---|---|---|---|');
for (const rule of rules) {
  const found =
    rule.kind === 'token'
      ? rule.keywords.length > 0
        ? rule.keywords.map((k) => `\`${cell(k)}\``).join(' ')
        : `infix ${(rule.infix ?? []).map((k) => `\`${cell(k)}\``).join(' ')}`
      : rule.kind === 'assignment'
        ? `key ~ \`${cell(rule.key.length > 48 ? `${rule.key.slice(0, 45)}...` : rule.key)}\``
        : rule.kind === 'block'
          ? 'BEGIN/END lines'
          : rule.kind === 'manifest'
            ? '`data:` of a `kind: Secret`'
            : 'URL user information';
  console.log(`| \`${rule.type}\` | \`${rule.id}\` | ${found} | ${cell(rule.description)} |`);
}
console.log('\n| PII type | rule id | weight | description |');
console.log('|---|---|---|---|');
for (const rule of piiRules()) {
  console.log(`| \`${rule.type}\` | \`${rule.id}\` | ${rule.weight} | ${cell(rule.description)} |`);
}
