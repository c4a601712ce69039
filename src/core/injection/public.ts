// Public exports of the injection module, re-exported by src/index.ts.
export {};
