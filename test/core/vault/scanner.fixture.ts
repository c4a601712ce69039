import type { ScannerLike, ScannerMatch } from '../../../src/core/prompt/types.js';

/**
 * A small purpose-built scanner for tests: emails, +-prefixed phone numbers,
 * `sk-` API keys and a few person names. Stands in for the redactor.
 */
export function fixtureScanner(): ScannerLike {
  const rules: readonly [RegExp, string, 'secret' | 'pii'][] = [
    [/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z]{2,12}){1,3}/g, 'email', 'pii'],
    [/\+[0-9]{11,13}/g, 'phone', 'pii'],
    [/sk-[A-Za-z0-9]{20,48}/g, 'openai_api_key', 'secret'],
    [/\b(?:Jane Doe|Ahmed Ali|Li Wei)\b/g, 'person', 'pii'],
  ];
  return {
    scan(text: string): readonly ScannerMatch[] {
      const out: ScannerMatch[] = [];
      for (const [pattern, type, category] of rules) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          out.push({
            ruleId: `fixture.${type}`,
            type,
            category,
            start: m.index,
            end: m.index + m[0].length,
            confidence: 0.9,
          });
        }
      }
      return out;
    },
  };
}
