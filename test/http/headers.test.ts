import { describe, expect, it } from 'vitest';
import { compileSecurityHeaders, headersOptionsSchema } from '../../src/http/headers.js';

describe('security headers', () => {
  it('sets API-appropriate defaults and removes X-Powered-By', () => {
    const headers = compileSecurityHeaders(headersOptionsSchema.parse({}));
    expect(headers.set).toEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'cross-origin-resource-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    expect(headers.remove).toEqual(['x-powered-by']);
    expect(Object.isFrozen(headers.set)).toBe(true);
  });

  it('overrides, removes and adds headers', () => {
    const headers = compileSecurityHeaders(
      headersOptionsSchema.parse({
        strictTransportSecurity: false,
        frameOptions: 'SAMEORIGIN',
        removePoweredBy: false,
        extra: { 'X-Robots-Tag': 'none' },
      }),
    );
    expect(headers.set['strict-transport-security']).toBeUndefined();
    expect(headers.set['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers.set['x-robots-tag']).toBe('none');
    expect(headers.remove).toEqual([]);
  });

  it('refuses header values that could split a response', () => {
    expect(() =>
      headersOptionsSchema.parse({ referrerPolicy: 'no-referrer\r\nset-cookie: a=b' }),
    ).toThrow();
    expect(() => headersOptionsSchema.parse({ extra: { 'bad name': 'x' } })).toThrow();
  });
});
