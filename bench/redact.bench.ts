import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { OpenRedaction } from 'openredaction';
import { createRedactor } from 'parapet';
import { bench, describe, expect } from 'vitest';
import { englishAscii, KB, MB, sized } from './fixtures.js';
import { adversarialRedact, chunks, secretDense } from './redact-fixtures.js';

const redactor = createRedactor();

function streamed(parts: readonly string[]): string {
  const stream = redactor.createStream();
  let out = '';
  for (const part of parts) out += stream.push(part);
  return out + stream.flush();
}

// Correct output first: timing a wrong answer proves nothing.
for (const [label, size] of [
  ['1KB', KB],
  ['64KB', 64 * KB],
  ['1MB', MB],
] as const) {
  const clean = englishAscii(size);
  const dense = secretDense(size);
  const cleanResult = redactor.redact(clean);
  expect(cleanResult.text).toBe(clean);
  expect(cleanResult.findings).toHaveLength(0);
  const denseResult = redactor.redact(dense);
  expect(denseResult.findings.length).toBeGreaterThan(size / 150);
  expect(denseResult.text).not.toMatch(
    /sk-proj-[A-Za-z0-9]|ghp_[A-Za-z0-9]{36}|xoxb-[0-9]|SG\.[A-Za-z0-9]/,
  );

  describe(`redact ${label}`, () => {
    bench(sized(`redact clean ${label}`, clean), () => {
      redactor.redact(clean);
    });
    bench(sized(`scan clean ${label}`, clean), () => {
      redactor.scan(clean);
    });
    bench(sized(`redact secret-dense ${label}`, dense), () => {
      redactor.redact(dense);
    });
  });
}

describe('redact adversarial', () => {
  for (const [name, input] of Object.entries(adversarialRedact(MB))) {
    const result = redactor.redact(input);
    expect(result.text.length).toBeLessThanOrEqual(input.length + 64 * result.findings.length);
    bench(sized(`redact ${name}`, input), () => {
      redactor.redact(input);
    });
  }
});

describe('redact stream', () => {
  for (const [label, text] of [
    ['clean 256KB', englishAscii(256 * KB, 5)],
    ['secret-dense 256KB', secretDense(256 * KB, 5)],
  ] as const) {
    const once = redactor.redact(text).text;
    bench(sized(`one-shot ${label}`, text), () => {
      redactor.redact(text);
    });
    for (const size of [1, 16, 4 * KB]) {
      const parts = chunks(text, size);
      expect(streamed(parts)).toBe(once);
      bench(sized(`stream ${size}B chunks ${label}`, text), () => {
        streamed(parts);
      });
    }
  }
});

describe('redact vs peers 64KB', () => {
  const config = {
    rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
  };
  const secretlint = (content: string) =>
    lintSource({
      source: { content, filePath: '/virtual/input.txt', ext: '.txt', contentType: 'text' },
      options: { config: config as never, noPhysicFilePath: true },
    });
  const openredaction = new OpenRedaction({});
  for (const [label, text] of [
    ['clean', englishAscii(64 * KB, 7)],
    ['secret-dense', secretDense(64 * KB, 7)],
  ] as const) {
    bench(sized(`parapet ${label} 64KB`, text), () => {
      redactor.redact(text);
    });
    bench(sized(`secretlint recommended ${label} 64KB`, text), async () => {
      await secretlint(text);
    });
    bench(sized(`openredaction ${label} 64KB`, text), async () => {
      await openredaction.detect(text);
    });
  }
});
