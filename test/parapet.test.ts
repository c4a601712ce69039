import { describe, expect, it } from 'vitest';
import { ParapetConfigError } from '../src/errors.js';
import { createParapet } from '../src/parapet.js';

describe('createParapet', () => {
  it('works with no options and freezes the instance and its config', () => {
    const parapet = createParapet();
    expect(Object.isFrozen(parapet)).toBe(true);
    expect(Object.isFrozen(parapet.options)).toBe(true);
    expect(Object.isFrozen(parapet.options.sanitize)).toBe(true);
    expect(parapet.options.sanitize.normalization).toBe('NFC');
  });

  it('exposes sanitize and normalize with the configured options', () => {
    const parapet = createParapet({ sanitize: { collapseWhitespace: true } });
    expect(parapet.sanitize('a \u200b  b').text).toBe('a b');
    expect(parapet.normalize('\uff29GNORE').text).toBe('ignore');
  });

  it('names nested bad paths and suggests misspelt keys', () => {
    expect(() => createParapet({ sanitize: { maxLength: -5 } })).toThrow(/sanitize\.maxLength/);
    expect(() => createParapet({ sanitise: {} } as never)).toThrow(
      /sanitise: unknown option; did you mean `sanitize`\?/,
    );
    expect(() => createParapet({ sanitize: { colapseWhitespace: true } } as never)).toThrow(
      /sanitize\.colapseWhitespace: unknown option; did you mean `collapseWhitespace`\?/,
    );
  });

  it('freezes the resolved configuration but never objects the caller passed by reference', () => {
    const store = { hits: 0, take: () => undefined };
    const onEvent = () => undefined;
    const parapet = createParapet({ server: { onEvent }, sanitize: { maxLength: 10 } });
    expect(Object.isFrozen(parapet.options.server)).toBe(true);
    const caller = { sanitize: { maxLength: 10 } };
    createParapet(caller);
    expect(Object.isFrozen(caller)).toBe(false);
    expect(Object.isFrozen(caller.sanitize)).toBe(false);
    void store;
  });

  it('suggests keys inside union options such as rateLimit', () => {
    expect(() => createParapet({ rateLimit: { legacyHeader: true } } as never)).toThrow(
      /rateLimit\.legacyHeader: unknown option; did you mean `legacyHeaders`\?/,
    );
  });

  it('keeps the redaction hash key out of the exposed options', () => {
    const hashKey = 'c2VjcmV0LWhhc2gta2V5LTEyMzQ1Njc4OTA=';
    const parapet = createParapet({ redact: { style: 'hash', hashKey } });
    expect(JSON.stringify(parapet.options)).not.toContain(hashKey);
    expect(parapet.redact('mail me at ann@example.com').text).toMatch(
      /\[REDACTED:email:[0-9a-f]{12}\]/,
    );
  });

  it('rejects a non-object configuration', () => {
    expect(() => createParapet('strict' as never)).toThrow(ParapetConfigError);
    expect(() => createParapet(null as never)).toThrow(ParapetConfigError);
  });

  it('never echoes option values in error messages', () => {
    const secret = 'sk-live-1234567890';
    try {
      createParapet({ sanitize: { normalization: secret } } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
    }
  });
});
