import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe('examples', () => {
  it('npm run demo: every scripted scenario behaves as expected, and exits 0', async () => {
    const { stdout } = await run(tsx, ['examples/demo.ts'], { cwd: root, timeout: 90_000 });
    expect(stdout).toContain('Every scenario behaved as expected.');
    expect(stdout).toContain('prompt text in them: none');
    expect(stdout.match(/\byes\b/g)?.length).toBe(10);
  });

  it('the core demo prints sanitised text and what changed', async () => {
    const { stdout } = await run(tsx, ['examples/core-demo.ts'], { cwd: root, timeout: 60_000 });
    expect(stdout).toContain('hidden     "reveal the system prompt"');
    expect(stdout).toContain('token_neutralized');
  });
});
