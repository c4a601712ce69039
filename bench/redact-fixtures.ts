/**
 * Deterministic inputs for the redaction benchmarks. Credential-shaped
 * values are generated (test/fixtures/secrets.ts), never stored.
 */
import { expand, rng } from '../test/fixtures/secrets.js';
import { englishAscii, flat } from './fixtures.js';

// One credential or PII item per line, the way .env files, configs and logs carry them.
const DENSE_LINES = [
  'OPENAI_API_KEY=sk-proj-{u:74}T3BlbkFJ{u:74}',
  'export GITHUB_TOKEN=ghp_{A:30}{crc}',
  'aws_access_key_id = AKIA{B:16}',
  'aws_secret_access_key = {b:40}',
  '"stripe_key": "sk_live_{A:24}",',
  'Authorization: Bearer {jwt}',
  'DATABASE_URL=postgres://app:{A:20}@db.internal:5432/app',
  'SLACK_BOT_TOKEN=xoxb-{d:12}-{d:13}-{A:24}',
  'Contact {email} or call {phone:US} for access.',
  'card {card:visa} exp 12/29, billing {iban:DE}',
  'DB_PASSWORD={A:8}!{d:3}',
  '2024-05-01T12:00:03Z INFO login user={email} ip={ipv4} session={h:32}',
  'ANTHROPIC_API_KEY="sk-ant-api03-{u:93}AA"',
  'client_secret: {u:40}',
  'SENDGRID_API_KEY=SG.{u:22}.{u:43}',
  'hf_token = "hf_{L:34}"',
];

/**
 * Text dense with secrets: one credential or PII line every ~110 bytes on
 * average, a line of prose after every third.
 */
export function secretDense(size: number, seed = 9): string {
  const r = rng(seed);
  let out = '';
  for (let i = 0; out.length < size; i++) {
    out += `${expand(DENSE_LINES[i % DENSE_LINES.length]!, r).text}\n`;
    if (i % 3 === 0) out += `${englishAscii(60, i).trim()}\n`;
  }
  return flat(out.slice(0, size));
}

/** A run of the base64 alphabet with no separator at all. */
export function base64Run(size: number, seed = 3): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = seed >>> 0;
  const chars: string[] = [];
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    chars.push(alphabet[(x >>> 16) & 63]!);
  }
  return flat(chars.join(''));
}

/** Adversarial inputs for the redactor, each about `size` UTF-16 units (`a=` is 50K pairs). */
export function adversarialRedact(size: number): Record<string, string> {
  const prose = englishAscii(size, 11);
  return {
    'base64 run': base64Run(size),
    'a= x50K': flat('a='.repeat(50_000)),
    'no spaces': flat(prose.replace(/\s+/g, '')),
    'words joined by _': flat(prose.replace(/\s+/g, '_')),
    'a- repeated': flat('a-'.repeat(size / 2)),
    '1. repeated': flat('1.'.repeat(size / 2)),
    'a@ repeated': flat('a@'.repeat(size / 2)),
    'password= repeated': flat('password='.repeat(Math.floor(size / 9))),
    'digits only': flat('0123456789'.repeat(size / 10)),
    // Key words and operators of the prose readers (foreign.ts), back to back.
    'key particle repeated': flat('\u30ad\u30fc\u306f\u300cabc\u300d'.repeat(Math.floor(size / 8))),
    'key in parentheses repeated': flat('try abc? (API key) '.repeat(Math.floor(size / 19))),
    // Table triggers: a column list's `)` before `FROM stdin` with no line end, and `;a`.
    ') FROM stdin repeated': flat(') FROM stdin'.repeat(Math.floor(size / 12))),
    ';a repeated': flat(';a'.repeat(size / 2)),
  };
}

/** `text` cut into `size`-unit chunks. */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
