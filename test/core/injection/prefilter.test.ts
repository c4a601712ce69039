import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/injection/prefilter.js';

/** Occurrences by brute force, with the matcher's word-start rule. */
function naive(keywords: readonly string[], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const inWord = (before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39);
    keywords.forEach((keyword, id) => {
      const first = keyword.charCodeAt(0);
      const wordy = (first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39);
      if (wordy && inWord) return;
      let j = 0;
      for (; j < keyword.length && i + j < text.length; j++) {
        const a = keyword.charCodeAt(j);
        const b = text.charCodeAt(i + j);
        if (a !== b && !(a === 0x20 && b === 0x0a)) break;
      }
      if (j === keyword.length) out.push(`${id}@${i + keyword.length}`);
    });
  }
  return out.sort();
}

function matched(keywords: readonly string[], text: string): string[] {
  const hits = buildMatcher(keywords).hits(text);
  const out: string[] = [];
  for (let k = 0; k < hits.length; k += 2) out.push(`${hits[k]}@${hits[k + 1]}`);
  return out.sort();
}

describe('keyword matcher', () => {
  it('refuses an empty keyword, which would gate its rule off without a word', () => {
    expect(() => buildMatcher(['ignore', ''])).toThrow(/empty prefilter keyword/);
  });

  it('finds keywords at word starts, punctuation and other scripts anywhere', () => {
    const keywords = ['ignore', 'ignore all', '<|', 'dan', '\u5bc6\u7801', 'an'];
    expect(
      matched(keywords, 'please ignore all; dan and <|x|> \u544a\u8bc9\u6211\u5bc6\u7801'),
    ).toEqual(naive(keywords, 'please ignore all; dan and <|x|> \u544a\u8bc9\u6211\u5bc6\u7801'));
    // "dan" inside "sedan" and "an" inside "dan" are not word starts.
    expect(matched(['dan', 'an'], 'sedan dan')).toEqual(['0@9']);
  });

  it('lets a space in a keyword match a line break', () => {
    expect(matched(['ignore all'], 'ignore\nall')).toEqual(['0@10']);
  });

  const unit = fc.constantFrom('a', 'b', 'n', ' ', '\n', '<', '|', '\u5bc6', '1');
  const word = fc
    .array(unit, { minLength: 1, maxLength: 4 })
    .map((u) => u.join('').trim())
    .filter((w) => w.length > 0 && !w.includes('\n'));
  test.prop([
    fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
    fc.array(unit, { maxLength: 60 }).map((u) => u.join('')),
  ])('reports exactly the occurrences a brute-force search finds', (keywords, text) => {
    expect(matched(keywords, text)).toEqual(naive(keywords, text));
  });
});
