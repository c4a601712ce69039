import { defineConfig } from 'tsup';

// One build for both formats, with code splitting on for CJS too, so every
// subpath entry shares one copy of the core per format (a single ParapetError
// class, one instance of any module-level memo).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  platform: 'neutral',
  outDir: 'dist',
});
