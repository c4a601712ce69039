import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('redactor memory', () => {
  it('keeps no redacted input alive after the call', () => {
    // 40 inputs of 2 MB (4 MB of UTF-16 each would be 160 MB if any survived).
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'test/fixtures/retention.ts'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const heapMb = Number(out.trim());
    expect(Number.isFinite(heapMb)).toBe(true);
    expect(heapMb).toBeLessThan(60);
  }, 90_000);
});
