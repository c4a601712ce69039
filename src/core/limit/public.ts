// Public exports of the limit module, re-exported by src/index.ts.
export {};
