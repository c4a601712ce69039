/**
 * The configuration every example server uses: API keys (stored as SHA-256
 * digests), a CORS allow-list, rate limits in requests and in LLM tokens,
 * redaction of credentials in prompts and answers, and an audit sink.
 */
import { createHash } from 'node:crypto';
import type { AuditEvent, ParapetOptions } from 'parapet';

/** Demo API keys. Real deployments keep only the digests, e.g. in an environment variable. */
export const DEMO_KEY = 'demo-key-0001';
export const BURST_KEY = 'demo-key-burst';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Audit events of the running example, newest last (they never contain prompt text). */
export const auditLog: AuditEvent[] = [];

/** parapet options for the examples. */
export function exampleOptions(
  onEvent: (event: AuditEvent) => void = (event) => auditLog.push(event),
): ParapetOptions {
  return {
    auth: {
      apiKeys: [
        { id: 'demo', sha256: sha256(DEMO_KEY) },
        { id: 'burst', sha256: sha256(BURST_KEY) },
      ],
      publicPaths: ['/health'],
    },
    cors: { origins: ['http://localhost:5173'] },
    rateLimit: {
      key: { by: 'apiKey' },
      policies: [
        { name: 'requests', capacity: 20, refillPerSecond: 2 },
        { name: 'tokens', unit: 'tokens', capacity: 200_000, refillPerSecond: 100 },
      ],
    },
    inspect: { secrets: 'redact' },
    output: { secrets: 'redact' },
    server: { onEvent },
  };
}
