// Public exports of the redact module, re-exported by src/index.ts.
export {};
