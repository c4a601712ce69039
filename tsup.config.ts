import { defineConfig } from 'tsup';

// One build for both formats with code splitting on (CJS too), so every
// subpath entry shares one copy of the core per format: a single
// ParapetError class, one instance of any module-level memo.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    express: 'src/adapters/express.ts',
    fastify: 'src/adapters/fastify.ts',
    hono: 'src/adapters/hono.ts',
    node: 'src/adapters/node.ts',
    redis: 'src/stores/redis.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
});
