import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Benchmarks import 'parapet' and measure the built bundle, as users run
    // it: vitest's module transform adds a getter to every cross-module call,
    // which would make in-repo numbers meaningless. `npm run bench` builds first.
    alias: { parapet: fileURLToPath(new URL('./dist/index.js', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property tests are pinned to a seed in CI (FC_SEED) so a failure is reproducible.
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
