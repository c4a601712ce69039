import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { createCanary } from '../../src/core/prompt/canary.js';
import type { AuditEvent } from '../../src/http/types.js';
import type { ParapetOptions } from '../../src/options.js';

/** What a client observed, normalised so adapters can be compared. */
export interface Observation {
  readonly status: number;
  /** Only the headers parapet is responsible for. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body with request ids replaced by `<id>`. */
  readonly body: string;
}

/** Raw client view of a response. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
export const KEY = 'test-key-a';
export const DENIED_KEY = 'test-key-denied';
export const PLANTED = 'PLANTED-7f3a-prompt-text';

/** The canary the fake model "leaks" when asked to say it. */
export const CANARY = createCanary();

/** Options every adapter runs with in the standard cases. */
export function standardOptions(events: AuditEvent[]): ParapetOptions {
  return {
    auth: {
      apiKeys: [
        { id: 'team-a', sha256: sha(KEY) },
        { id: 'team-denied', sha256: sha(DENIED_KEY) },
      ],
      authorize: (principal) => principal.id !== 'team-denied',
      publicPaths: ['/health'],
    },
    cors: { origins: ['https://app.example.com'] },
    rateLimit: {
      key: { by: 'apiKey' },
      policies: [{ name: 'requests', capacity: 10_000, refillPerSecond: 1000 }],
    },
    body: { maxBytes: 64 * 1024, readTimeoutMs: 2000 },
    output: { links: { allowedHosts: ['cdn.example.com'] }, canaries: [CANARY] },
    server: { onEvent: (event) => events.push(event) },
  };
}

/** Options for the rate-limit case: two requests, then 429. */
export function limitedOptions(): ParapetOptions {
  return { rateLimit: { policies: [{ name: 'requests', capacity: 2, refillPerSecond: 0.01 }] } };
}

/** Headers parapet sets or removes, compared across adapters. */
export const PARAPET_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-resource-policy',
  'cross-origin-opener-policy',
  'cache-control',
  'vary',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
  'www-authenticate',
  'retry-after',
  'ratelimit-policy',
  'ratelimit',
  'content-type',
  'x-powered-by',
] as const;

/** Sends a request with node:http; `chunks` streams the body with chunked encoding. */
export function send(
  base: string,
  init: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array;
    chunks?: readonly string[];
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(init.path, base);
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
    const req = httpRequest(url, { method: init.method ?? 'GET', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: out,
          body: Buffer.concat(parts).toString('utf8'),
        });
      });
      res.on('error', reject);
    });
    // Writing after the server answered early (413) may fail: the response is what counts.
    req.on('error', (error) => {
      if (!responded) reject(error);
    });
    let responded = false;
    req.on('response', () => {
      responded = true;
    });
    if (init.chunks !== undefined) {
      let i = 0;
      const pump = (): void => {
        if (responded || req.destroyed) return;
        if (i >= init.chunks!.length) {
          req.end();
          return;
        }
        req.write(init.chunks![i++], () => setImmediate(pump));
      };
      pump();
    } else {
      req.end(init.body);
    }
  });
}

/** Normalises a response for comparison across adapters. */
export function observe(response: RawResponse): Observation {
  const headers: Record<string, string> = {};
  for (const name of PARAPET_HEADERS) {
    const value = response.headers[name];
    if (value === undefined) continue;
    // RateLimit carries the seconds to reset, which may differ by a tick between runs.
    headers[name] = name === 'ratelimit' ? value.replace(/t=\d+/, 't=<s>') : value;
  }
  headers['x-request-id'] =
    response.headers['x-request-id'] === undefined ? '<missing>' : '<present>';
  const id = response.headers['x-request-id'];
  const body = id === undefined ? response.body : response.body.split(id).join('<id>');
  return { status: response.status, headers, body };
}

/** A chat-completions body with one user message. */
export function chat(content: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'fake-model', messages: [{ role: 'user', content }], ...extra });
}

/** Standard request headers: the API key and JSON. */
export function authed(extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...extra };
}

/** The text a client reads from an SSE chat stream (concatenated deltas). */
export function streamedText(body: string): string {
  let text = '';
  for (const line of body.split('\n')) {
    if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
    const json = JSON.parse(line.slice(6)) as { choices?: { delta?: { content?: string } }[] };
    for (const choice of json.choices ?? []) text += choice.delta?.content ?? '';
  }
  return text;
}
