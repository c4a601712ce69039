import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ECHO_MAX, ECHO_MIN } from '../../../src/core/redact/echo.js';
import type { RedactorOptions } from '../../../src/core/redact/options.js';
import { createRedactor, type Redactor } from '../../../src/core/redact/redactor.js';
import { chunking, plantedText } from './arbitraries.js';

const KEY = 'c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0zMmJ5dGVz';
const optionSets: readonly RedactorOptions[] = [
  {},
  { style: 'placeholder' },
  { style: 'hash', hashKey: KEY },
  { style: 'partial', streamWindow: 2048 },
];
const redactors = optionSets.map((options) => createRedactor(options));
const pick = fc.integer({ min: 0, max: redactors.length - 1 });
/** The engine alone: its findings are the values echoes are chased for. */
const engineOnly = createRedactor({ secrets: { echoes: false } });

/** What goes around each repeated value: nothing, separators, or text that makes it part of another finding. */
const glue = fc.constantFrom(
  '',
  ' ',
  '\n',
  'x',
  '1',
  '"',
  '=',
  ':',
  '-',
  '@example.org',
  'mailto:',
  'password=',
  ' +1 212 555 ',
  '0199 ',
);

/** Separators a repeated value stands apart with. */
const apart = fc.constantFrom('\n', ' ', ' and ', ': ', '"', ' (', ') ', ', ', '\n- ');

/**
 * Text with secrets planted in its first part, then some of the values the
 * engine finds there repeated in any order, glued to anything.
 */
const echoedText = (around: fc.Arbitrary<string> = glue) =>
  fc
    .tuple(plantedText(true, 4), fc.array(fc.tuple(around, fc.nat(), around), { maxLength: 8 }))
    .map(([planted, repeats]) => {
      const values = engineOnly
        .scan(planted.text)
        .filter((f) => f.category === 'secret')
        .map((f) => planted.text.slice(f.start, f.end))
        .filter((v) => v.length >= ECHO_MIN && v.length <= ECHO_MAX && !/[\r\n]/.test(v));
      let tail = '';
      if (values.length > 0)
        for (const [before, k, after] of repeats)
          tail += `${before}${values[k % values.length]}${after}`;
      return `${planted.text}\n${tail}`;
    });

function streamed(redactor: Redactor, chunks: readonly string[]) {
  const stream = redactor.createStream();
  let out = '';
  for (const chunk of chunks) out += stream.push(chunk);
  out += stream.flush();
  return { out, findings: stream.findings };
}

describe('echo properties', () => {
  test.prop([echoedText()])(
    'leaves no unit of a later occurrence of a found secret value unredacted',
    (text) => {
      const covered = new Uint8Array(text.length);
      const findings = redactors[0]!.scan(text);
      let previousEnd = 0;
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(previousEnd);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        previousEnd = f.end;
        covered.fill(1, f.start, f.end);
      }
      const engine = engineOnly.scan(text);
      const inside = (at: number): boolean => engine.some((f) => f.start <= at && at < f.end);
      for (const f of engine) {
        const value = text.slice(f.start, f.end);
        if (f.category !== 'secret' || value.length < ECHO_MIN || value.length > ECHO_MAX) continue;
        if (/[\r\n]/.test(value)) continue;
        for (let at = text.indexOf(value, f.end); at >= 0; at = text.indexOf(value, at + 1)) {
          // One where another finding starts, or inside one, is left to it (docs/redaction.md).
          if (inside(at)) continue;
          const gap = covered.subarray(at, at + value.length).indexOf(0);
          expect(gap, `unit ${gap} of the occurrence at ${at}`).toBe(-1);
        }
      }
    },
  );

  test.prop([echoedText(), fc.array(fc.nat(), { maxLength: 16 }), pick])(
    'streams exactly what one call returns, for any chunking',
    (text, cuts, k) => {
      const redactor = redactors[k]!;
      const once = redactor.redact(text);
      const s = streamed(redactor, chunking(text, cuts));
      expect(s.out).toBe(once.text);
      expect(s.findings).toEqual(once.findings);
    },
  );

  test.prop([echoedText(), fc.integer({ min: 1, max: 40 }), pick])(
    'streams exactly what one call returns, in small fixed chunks',
    (text, size, k) => {
      const redactor = redactors[k]!;
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(streamed(redactor, chunks).out).toBe(redactor.redact(text).text);
    },
  );

  // Idempotence is the engine's where text is glued to a value (a number read on
  // into it, say): there the second pass may read more. Repeats here stand apart.
  test.prop([echoedText(apart), pick])('is idempotent where repeats stand apart', (text, k) => {
    const once = redactors[k]!.redact(text).text;
    expect(redactors[k]!.redact(once).text).toBe(once);
  });
});
