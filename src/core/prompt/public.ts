// Public exports of the prompt module, re-exported by src/index.ts.
export {};
