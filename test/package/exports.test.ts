import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ParapetConfigError",
        "ParapetError",
        "ParapetHttpError",
        "ParapetInputError",
        "ParapetStoreError",
        "ParapetToolError",
        "ParapetVaultError",
        "compileSanitizer",
        "createParapet",
        "createSanitizer",
        "maxSeverity",
        "normalize",
        "sanitize",
        "severityRank",
      ]
    `);
  });
});
