import { z } from 'zod';

/**
 * CORS policy: deny by default. Only listed origins (and same-origin
 * requests) get `Access-Control-Allow-Origin`; a preflight from any other
 * origin is refused with 403, and so is a request that carries a foreign
 * `Origin`.
 *
 * @example
 * ```ts
 * createParapet({ cors: { origins: ['https://app.example.com', 'https://*.example.org'], credentials: true } });
 * ```
 */
export const corsOptionsSchema = z.strictObject({
  /**
   * Allowed origins: exact (`https://app.example.com`) or with one leading
   * wildcard label (`https://*.example.com`, which does not match the apex).
   * @default []
   */
  origins: z
    .array(
      z
        .string()
        .max(253 + 16)
        .regex(
          /^https?:\/\/(?:\*\.|)[a-z0-9.-]+(?::\d{1,5}|)$/,
          'expected scheme://host[:port], lower case, optionally https://*.domain',
        ),
    )
    .max(1000)
    .default([]),
  /** Send `Access-Control-Allow-Credentials: true` (never combined with a wildcard). @default false */
  credentials: z.boolean().default(false),
  /** Methods a preflight may ask for. @default ['GET', 'HEAD', 'POST'] */
  methods: z
    .array(z.string().regex(/^[A-Z]+$/))
    .min(1)
    .default(['GET', 'HEAD', 'POST']),
  /** Request headers a preflight may ask for (lower case). @default ['authorization', 'content-type', 'x-api-key', 'x-request-id'] */
  allowedHeaders: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .default(['authorization', 'content-type', 'x-api-key', 'x-request-id']),
  /** Response headers scripts may read. @default ['ratelimit', 'ratelimit-policy', 'retry-after', 'x-request-id'] */
  exposedHeaders: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .default(['ratelimit', 'ratelimit-policy', 'retry-after', 'x-request-id']),
  /** How long browsers may cache a preflight answer. @default 600 */
  maxAgeSeconds: z.number().int().min(0).max(86_400).default(600),
});

/** Options accepted for CORS. */
export type CorsOptions = z.input<typeof corsOptionsSchema>;
/** CORS options with defaults applied. */
export type ResolvedCorsOptions = z.output<typeof corsOptionsSchema>;

/** Outcome of checking one request's `Origin`. */
export type CorsResult =
  /** No `Origin` header: not a CORS request. */
  | { readonly kind: 'none'; readonly headers: Readonly<Record<string, string>> }
  /** Allowed (listed, or same origin). */
  | {
      readonly kind: 'allowed';
      readonly preflight: boolean;
      readonly headers: Readonly<Record<string, string>>;
    }
  /** Refused: answer 403. */
  | {
      readonly kind: 'denied';
      readonly preflight: boolean;
      readonly headers: Readonly<Record<string, string>>;
    };

/** A compiled CORS policy. */
export interface CorsPolicy {
  check(
    method: string,
    origin: string | undefined,
    host: string | undefined,
    requestMethod: string | undefined,
  ): CorsResult;
}

const VARY = Object.freeze({ vary: 'Origin' });
const NONE: CorsResult = Object.freeze({ kind: 'none', headers: Object.freeze({}) });

/** Compiles a CORS policy; the header values are computed once. */
export function compileCors(options: ResolvedCorsOptions): CorsPolicy {
  const exact = new Set<string>();
  const suffixes: { scheme: string; suffix: string; port: string }[] = [];
  for (const origin of options.origins) {
    const wildcard = /^(https?):\/\/\*\.([a-z0-9.-]+)(:\d{1,5}|)$/.exec(origin);
    if (wildcard === null) exact.add(origin);
    else suffixes.push({ scheme: wildcard[1]!, suffix: `.${wildcard[2]!}`, port: wildcard[3]! });
  }
  const methods = options.methods.join(', ');
  const allowedHeaders = options.allowedHeaders.join(', ');
  const exposed = options.exposedHeaders.join(', ');
  const maxAge = String(options.maxAgeSeconds);

  const listed = (origin: string): boolean => {
    if (exact.has(origin)) return true;
    for (const { scheme, suffix, port } of suffixes) {
      const prefix = `${scheme}://`;
      if (!origin.startsWith(prefix)) continue;
      const rest = origin.slice(prefix.length);
      const colon = rest.lastIndexOf(':');
      const host = colon === -1 ? rest : rest.slice(0, colon);
      const originPort = colon === -1 ? '' : rest.slice(colon);
      if (
        originPort === port &&
        host.endsWith(suffix) &&
        host.length > suffix.length &&
        /^[a-z0-9.-]+$/.test(host)
      ) {
        return true;
      }
    }
    return false;
  };

  return {
    check(method, origin, host, requestMethod) {
      if (origin === undefined) return NONE;
      const preflight = method === 'OPTIONS' && requestMethod !== undefined;
      const sameOrigin = host !== undefined && sameHost(origin, host);
      if (!sameOrigin && !listed(origin)) {
        return { kind: 'denied', preflight, headers: VARY };
      }
      const headers: Record<string, string> = {
        vary: 'Origin',
        'access-control-allow-origin': origin,
      };
      if (options.credentials) headers['access-control-allow-credentials'] = 'true';
      if (preflight) {
        headers['access-control-allow-methods'] = methods;
        headers['access-control-allow-headers'] = allowedHeaders;
        headers['access-control-max-age'] = maxAge;
      } else if (exposed !== '') {
        headers['access-control-expose-headers'] = exposed;
      }
      return { kind: 'allowed', preflight, headers };
    },
  };
}

/** True when `origin` (scheme://host[:port]) names the same host and port as the `Host` header. */
function sameHost(origin: string, host: string): boolean {
  const at = origin.indexOf('://');
  if (at === -1) return false;
  const scheme = origin.slice(0, at);
  let authority = origin.slice(at + 3).toLowerCase();
  let requested = host.toLowerCase();
  const defaultPort = scheme === 'https' ? ':443' : scheme === 'http' ? ':80' : '';
  if (defaultPort !== '' && authority.endsWith(defaultPort))
    authority = authority.slice(0, -defaultPort.length);
  if (defaultPort !== '' && requested.endsWith(defaultPort))
    requested = requested.slice(0, -defaultPort.length);
  return authority === requested;
}
