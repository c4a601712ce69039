import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { estimateRequestTokens, usageTokens } from '../../../src/core/limit/pricing.js';

const message = fc.record({
  role: fc.constantFrom('system', 'user', 'assistant'),
  content: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.record({ type: fc.constant('text'), text: fc.string({ maxLength: 100 }) }), {
      maxLength: 3,
    }),
  ),
});
const chatBody = fc.record(
  {
    messages: fc.array(message, { maxLength: 6 }),
    max_tokens: fc.integer({ min: 0, max: 100_000 }),
  },
  { requiredKeys: ['messages'] },
);

describe('token pricing properties', () => {
  test.prop([fc.jsonValue()])(
    'prices any JSON body as a whole number >= 0 without throwing',
    (body) => {
      const tokens = estimateRequestTokens(body);
      expect(Number.isSafeInteger(tokens)).toBe(true);
      expect(tokens).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([chatBody, message])(
    'never prices a body lower after a message is added',
    (body, extra) => {
      const before = estimateRequestTokens(body);
      const after = estimateRequestTokens({ ...body, messages: [...body.messages, extra] });
      expect(after).toBeGreaterThanOrEqual(before);
    },
  );

  test.prop([chatBody])(
    'charges at least the output limit and at most prompt characters plus it',
    (body) => {
      const output = body.max_tokens ?? 4096;
      const tokens = estimateRequestTokens(body);
      expect(tokens).toBeGreaterThanOrEqual(output);
      expect(tokens).toBeLessThanOrEqual(
        output + Math.ceil(JSON.stringify(body.messages).length / 4),
      );
    },
  );

  test.prop([fc.anything()])(
    'reads usage from anything as undefined or a whole number >= 0',
    (usage) => {
      const tokens = usageTokens(usage);
      if (tokens !== undefined) {
        expect(Number.isInteger(tokens)).toBe(true);
        expect(tokens).toBeGreaterThanOrEqual(0);
      }
    },
  );
});
