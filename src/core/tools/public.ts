// Public exports of the tools module, re-exported by src/index.ts.
export {};
