import fc from 'fast-check';

// CI pins FC_SEED so a failing property reproduces; locally every run explores new inputs.
const seed = process.env['FC_SEED'];
fc.configureGlobal({
  ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
  numRuns: Number(process.env['FC_RUNS'] ?? 300),
});
