import { z } from 'zod';

const headerValue = z.union([
  z
    .string()
    .min(1)
    .max(4096)
    .regex(/^[\t\x20-\x7e]*$/),
  z.literal(false),
]);

/**
 * Security headers set on every response. Each can be overridden with a
 * string or removed with `false`.
 *
 * @example
 * ```ts
 * createParapet({ headers: { strictTransportSecurity: false, extra: { 'x-robots-tag': 'none' } } });
 * ```
 */
export const headersOptionsSchema = z.strictObject({
  /** @default "default-src 'none'; frame-ancestors 'none'" (right for JSON APIs) */
  contentSecurityPolicy: headerValue.default("default-src 'none'; frame-ancestors 'none'"),
  /**
   * Only meaningful behind TLS: browsers ignore it on plain HTTP. Harmless otherwise.
   * @default 'max-age=31536000; includeSubDomains'
   */
  strictTransportSecurity: headerValue.default('max-age=31536000; includeSubDomains'),
  /** @default 'nosniff' */
  contentTypeOptions: headerValue.default('nosniff'),
  /** @default 'DENY' */
  frameOptions: headerValue.default('DENY'),
  /** @default 'no-referrer' */
  referrerPolicy: headerValue.default('no-referrer'),
  /** @default 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' */
  permissionsPolicy: headerValue.default(
    'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  ),
  /** @default 'same-origin' */
  crossOriginResourcePolicy: headerValue.default('same-origin'),
  /** @default 'same-origin' */
  crossOriginOpenerPolicy: headerValue.default('same-origin'),
  /** Responses of guarded APIs carry prompts and answers: never cache them. @default 'no-store' */
  cacheControl: headerValue.default('no-store'),
  /** Remove `X-Powered-By` (it advertises the framework). @default true */
  removePoweredBy: z.boolean().default(true),
  /** More headers to set, by name. @default {} */
  extra: z
    .record(
      z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/),
      z
        .string()
        .max(4096)
        .regex(/^[\t\x20-\x7e]*$/),
    )
    .default({}),
});

/** Options accepted for security headers. */
export type HeadersOptions = z.input<typeof headersOptionsSchema>;
/** Security header options with defaults applied. */
export type ResolvedHeadersOptions = z.output<typeof headersOptionsSchema>;

const NAMES: Readonly<
  Record<Exclude<keyof ResolvedHeadersOptions, 'removePoweredBy' | 'extra'>, string>
> = {
  contentSecurityPolicy: 'content-security-policy',
  strictTransportSecurity: 'strict-transport-security',
  contentTypeOptions: 'x-content-type-options',
  frameOptions: 'x-frame-options',
  referrerPolicy: 'referrer-policy',
  permissionsPolicy: 'permissions-policy',
  crossOriginResourcePolicy: 'cross-origin-resource-policy',
  crossOriginOpenerPolicy: 'cross-origin-opener-policy',
  cacheControl: 'cache-control',
};

/** The compiled header set: computed once, shared by every response. */
export interface SecurityHeaders {
  readonly set: Readonly<Record<string, string>>;
  readonly remove: readonly string[];
}

/** Computes the security header set from resolved options. */
export function compileSecurityHeaders(options: ResolvedHeadersOptions): SecurityHeaders {
  const set: Record<string, string> = {};
  for (const [key, name] of Object.entries(NAMES) as [keyof typeof NAMES, string][]) {
    const value = options[key];
    if (value !== false) set[name] = value;
  }
  for (const [name, value] of Object.entries(options.extra)) set[name.toLowerCase()] = value;
  return Object.freeze({
    set: Object.freeze(set),
    remove: Object.freeze(options.removePoweredBy ? ['x-powered-by'] : []),
  });
}
