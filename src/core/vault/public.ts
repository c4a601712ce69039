// Public exports of the vault module, re-exported by src/index.ts.
export {};
