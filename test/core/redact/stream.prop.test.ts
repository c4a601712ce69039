import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { RedactorOptions } from '../../../src/core/redact/options.js';
import { createRedactor } from '../../../src/core/redact/redactor.js';
import { chunking, denseText, plantedText, redactableText } from './arbitraries.js';

const KEY = 'c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0zMmJ5dGVz';
const optionSets: readonly RedactorOptions[] = [
  {},
  { style: 'placeholder' },
  { style: 'hash', hashKey: KEY },
  { style: 'partial', streamWindow: 2048 },
  { style: 'remove', streamWindow: 2048 },
  { pii: { enabled: false }, streamWindow: 2048 },
];
const redactors = optionSets.map((options) => createRedactor(options));
const pick = fc.integer({ min: 0, max: redactors.length - 1 });

/** Runs `text` through a stream redactor in the given chunks. */
function streamed(k: number, chunks: readonly string[]) {
  const redactor = redactors[k]!;
  const stream = redactor.createStream();
  let out = '';
  let maxHeld = 0;
  for (const chunk of chunks) {
    out += stream.push(chunk);
    maxHeld = Math.max(maxHeld, stream.heldBack);
  }
  out += stream.flush();
  return { out, findings: stream.findings, maxHeld, piiScore: stream.piiScore };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A key block of random length and layout, its END line anywhere around the finding bound. */
const keyBlock = fc
  .record({
    label: fc.constantFrom(
      ['PGP', 'PRIVATE', 'KEY', 'BLOCK'].join(' '),
      ['RSA', 'PRIVATE', 'KEY'].join(' '),
      ['OPENSSH', 'PRIVATE', 'KEY'].join(' '),
    ),
    headers: fc.constantFrom('', '\n', '\nComment: https://gnupg.org\n', '\nVersion: 1\n'),
    body: fc.array(fc.constantFrom(...BASE64), { minLength: 200, maxLength: 9000 }),
    width: fc.constantFrom(64, 70, 76),
    before: fc.constantFrom('', 'key:\n', 'KEY="', '{"k": "', 'ts INFO '),
    indent: fc.constantFrom('', '  ', '    '),
    after: fc.constantFrom('', '\nthanks, bye', '" done.', '\n-----BEGIN RSA'),
    closed: fc.boolean(),
  })
  .map(({ label, headers, body, width, before, indent, after, closed }) => {
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width).join(''));
    const end = closed ? `\n${indent}-----END ${label}-----` : '';
    const head = `${before}${indent}-----BEGIN ${label}-----${headers}`;
    return {
      text: `${head}\n${indent}${lines.join(`\n${indent}`)}${end}${after}`,
      lines,
    };
  });

describe('stream redactor properties', () => {
  test.prop([keyBlock, fc.array(fc.nat(), { maxLength: 12 }), pick])(
    'redacts key blocks of any length as one call does, and leaves no body line',
    (block, cuts, k) => {
      const once = redactors[k]!.redact(block.text);
      const s = streamed(k, chunking(block.text, cuts));
      expect(s.out).toBe(once.text);
      expect(s.findings).toEqual(once.findings);
      for (const line of block.lines) if (line.length >= 32) expect(once.text).not.toContain(line);
    },
  );

  test.prop([redactableText(), fc.array(fc.nat(), { maxLength: 12 }), pick])(
    'equals the one-shot redaction for any chunking',
    (text, cuts, k) => {
      const once = redactors[k]!.redact(text);
      const s = streamed(k, chunking(text, cuts));
      expect(s.out).toBe(once.text);
      expect(s.findings).toEqual(once.findings);
      expect(s.piiScore).toBe(once.piiScore);
    },
  );

  test.prop([plantedText(false, 8), fc.integer({ min: 1, max: 64 }), pick])(
    'equals the one-shot redaction in fixed-size chunks, 1 character included',
    (p, size, k) => {
      const chunks: string[] = [];
      for (let i = 0; i < p.text.length; i += size) chunks.push(p.text.slice(i, i + size));
      expect(streamed(k, chunks).out).toBe(redactors[k]!.redact(p.text).text);
    },
  );

  test.prop([denseText(), fc.integer({ min: 1, max: 300 }), pick])(
    'equals the one-shot redaction on dense, overlapping input',
    (text, size, k) => {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const s = streamed(k, chunks);
      expect(s.out).toBe(redactors[k]!.redact(text).text);
    },
  );

  test.prop([
    fc.oneof(
      plantedText(true, 8).map((p) => p.text),
      denseText(),
    ),
    fc.array(fc.nat(), { maxLength: 30 }),
    pick,
  ])('never holds back more than the stream window', (text, cuts, k) => {
    const s = streamed(k, chunking(text, cuts));
    expect(s.maxHeld).toBeLessThanOrEqual(redactors[k]!.options.streamWindow);
  });
});
