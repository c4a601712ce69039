import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SUBPATHS = ['express', 'fastify', 'hono', 'node', 'redis'] as const;

/**
 * `parapet` and its subpaths resolve to the sources in tests (so `npm test`
 * works on a fresh clone) and to the built bundle in benchmarks: vitest's
 * module transform adds a getter to every cross-module call, which would make
 * in-repo numbers meaningless. `npm run bench` builds first.
 */
function aliases(benchmark: boolean) {
  const entry = (name: string) =>
    benchmark
      ? at(`./dist/${name}.js`)
      : at(
          name === 'index'
            ? './src/index.ts'
            : name === 'redis'
              ? './src/stores/redis.ts'
              : `./src/adapters/${name}.ts`,
        );
  return [
    ...SUBPATHS.map((name) => ({
      find: new RegExp(`^parapet/${name}$`),
      replacement: entry(name),
    })),
    { find: /^parapet$/, replacement: entry('index') },
  ];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig(({ mode }) => ({
  resolve: { alias: aliases(mode === 'benchmark') },
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
    // The built bundle is loaded by Node itself, as a user's import would
    // load it: transformed, every call between its chunks would go through
    // a getter.
    server: {
      deps: {
        external: mode === 'benchmark' ? [new RegExp(`^${escapeRegExp(at('./dist/'))}`)] : [],
      },
    },
  },
}));
