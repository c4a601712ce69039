import { describe, expect, it } from 'vitest';
import { base62, crc32 } from '../../../src/core/redact/checksums.js';
import {
  createRedactionStream,
  createRedactor,
  createStreamRedactor,
} from '../../../src/core/redact/redactor.js';
import { secretRules } from '../../../src/core/redact/secret-rules.js';
import { ParapetConfigError, ParapetInputError } from '../../../src/errors.js';
import { expand, rng } from '../../fixtures/secrets.js';

const random = expand('{A:30}', rng(7)).text;
const TOKEN = `ghp_${random}${base62(crc32(random), 6)}`;

async function collect(stream: ReadableStream<string>): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += chunk;
  return out;
}

describe('stream redactor', () => {
  it('redacts a secret split across chunks and emits none of it', () => {
    const stream = createStreamRedactor();
    const text = `Your token is ${TOKEN} - keep it safe. `.repeat(20);
    const outputs: string[] = [];
    for (let i = 0; i < text.length; i += 7) outputs.push(stream.push(text.slice(i, i + 7)));
    outputs.push(stream.flush());
    const out = outputs.join('');
    expect(out).toBe(createRedactor().redact(text).text);
    expect(out).not.toContain(TOKEN.slice(0, 8));
    for (const piece of outputs) expect(piece).not.toMatch(/ghp_/);
    expect(stream.findings).toHaveLength(20);
    expect(text.slice(stream.findings[3]!.start, stream.findings[3]!.end)).toBe(TOKEN);
  });

  it('agrees with one-shot redaction on keys written as elements, options and sentences, for every chunk size', () => {
    const pw = expand('Tr0ub4dor&{d:3}x', rng(11)).text;
    const key = expand('{A:32}', rng(12)).text;
    const text = [
      `<settings><password>${pw}</password></settings>`,
      `docker login -u deploy -p ${pw} registry.example.com`,
      `mysql -u root -p${pw} app; redis-cli -a ${pw} ping`,
      `./deploy.sh --api-key ${key} --region eu-west-1`,
      `curl -u admin:${pw} https://api.example.com/v1/items`,
      `<add key="ApiKey" value="${key}" />`,
      `FYI my wifi password is ${pw}, and the API key is ${key}.`,
      'The password is case-sensitive and the token is expired.',
    ].join('\n');
    const expected = createRedactor().redact(text).text;
    expect(expected).not.toContain(pw);
    expect(expected).not.toContain(key);
    expect(expected).toContain('The password is case-sensitive and the token is expired.');
    for (let size = 1; size <= 40; size++) {
      const stream = createStreamRedactor();
      let out = '';
      for (let i = 0; i < text.length; i += size) out += stream.push(text.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(expected);
    }
  });

  it('masks a webhook URL from its scheme, in one call and for every chunk size', () => {
    const hook = expand('https://hooks.slack.com/services/T{U:10}/B{U:10}/{A:24}', rng(13)).text;
    const discord = expand('http://discord.com/api/webhooks/{d:18}/{u:68}', rng(14)).text;
    const line = `curl -X POST -d @msg.json ${hook}\nDISCORD_HOOK=${discord}\nsee ${hook.slice(8)}.`;
    const once = createRedactor().redact(line);
    expect(once.text).toBe(
      'curl -X POST -d @msg.json [REDACTED:slack_webhook_url]\nDISCORD_HOOK=[REDACTED:discord_webhook_url]\nsee [REDACTED:slack_webhook_url].',
    );
    expect(once.findings.map((f) => line.slice(f.start, f.end))).toEqual([
      hook,
      discord,
      hook.slice(8),
    ]);
    // Longer than a scan batch, with the scheme at every offset of a chunk; only
    // the webhook rule on, so no other scanner holds the scheme back.
    const text = Array.from({ length: 40 }, (_, i) => `${'x '.repeat(i % 9)}see ${hook}.`).join(
      '\n',
    );
    const options = {
      pii: { enabled: false },
      disabledRules: secretRules()
        .map((rule) => rule.id)
        .filter((id) => id !== 'slack.webhook-url'),
    };
    const expected = createRedactor(options).redact(text).text;
    expect(expected).not.toContain('https:');
    for (const size of [1, 2, 3, 5, 7, 11, 64, 333, 1000]) {
      const stream = createStreamRedactor(options);
      let out = '';
      for (let i = 0; i < text.length; i += size) out += stream.push(text.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(expected);
    }
  });

  it('emits text as soon as it cannot belong to a secret', () => {
    const stream = createStreamRedactor();
    const prose = 'The quick brown fox jumps over the lazy dog. '.repeat(40);
    const out = stream.push(prose);
    expect(out.length).toBeGreaterThan(prose.length - 64);
    expect(stream.heldBack).toBe(prose.length - out.length);
    expect(out + stream.flush()).toBe(prose);
  });

  it('holds back at most the stream window while a key block is open', () => {
    const stream = createStreamRedactor({ streamWindow: 4096 });
    const block = expand('{pem:RSA PRIVATE KEY}', rng(3)).text;
    let out = '';
    for (const ch of `intro ${block} outro`) {
      out += stream.push(ch);
      expect(stream.heldBack).toBeLessThanOrEqual(4096);
    }
    out += stream.flush();
    expect(out).toBe('intro [REDACTED:private_key] outro');
  });

  it('redacts a key block longer than the window exactly as one call does', () => {
    const r = rng(11);
    const lines = Array.from({ length: 110 }, () => expand('{b:64}', r).text);
    const label = ['PGP', 'PRIVATE', 'KEY', 'BLOCK'].join(' ');
    const text = `key:\n-----BEGIN ${label}-----\nComment: https://gnupg.org\n\n${lines.join('\n')}\n-----END ${label}-----\nbye`;
    const once = createRedactor().redact(text).text;
    for (const line of lines) expect(once).not.toContain(line);
    for (const size of [1, 7, 64, 1000, 5000]) {
      const stream = createStreamRedactor();
      let out = '';
      for (let i = 0; i < text.length; i += size) {
        out += stream.push(text.slice(i, i + size));
        expect(stream.heldBack).toBeLessThanOrEqual(4096);
      }
      out += stream.flush();
      expect(out, String(size)).toBe(once);
      expect(stream.findings).toHaveLength(1);
    }
    expect(once).toBe('key:\n[REDACTED:pgp_private_key]\nbye');
  });

  it('reports a long base64 key in a Kubernetes Secret as one finding wherever a chunk ends', () => {
    // The Secret's `data:` rule reads up to the longest finding (1856 units) past its
    // colon; a chunk ending there let it claim the key's tail before the key's own rule.
    const r = rng(23);
    const body = Array.from({ length: 26 }, () => expand('{b:64}', r).text).join('\n');
    const label = ['RSA', 'PRIVATE', 'KEY'].join(' ');
    const value = btoa(`-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`);
    const text = `kind: Secret\ndata:\n  tls.key: ${value}\n`;
    expect(value.length).toBeGreaterThan(2000);
    const redactor = createRedactor();
    const once = redactor.redact(text);
    expect(once.text).toBe('kind: Secret\ndata:\n  tls.key: [REDACTED:private_key]\n');
    expect(once.findings).toHaveLength(1);
    const colon = text.indexOf('data:') + 4;
    for (let cut = colon + 1840; cut <= colon + 1870; cut++) {
      const stream = redactor.createStream();
      const out = stream.push(text.slice(0, cut)) + stream.push(text.slice(cut)) + stream.flush();
      expect(out, String(cut)).toBe(once.text);
      expect(stream.findings, String(cut)).toEqual(once.findings);
    }
  });

  it('keeps every code unit of single-character chunks: lone surrogates, BOM, U+FFFD', () => {
    // Single-character chunks are buffered as code units and turned back into
    // text in bulk; nothing may be normalised on the way.
    const odd = [
      '\uFEFF',
      '\uD83D',
      '\uDE00',
      '\uDE00',
      '\uD83D',
      'x',
      '\uFFFD',
      '\u00E9',
      '\uDBFF',
    ];
    let text = `\uFEFF${TOKEN} `;
    for (let i = 0; i < 3000; i++) text += odd[(i * 7) % odd.length]!;
    text += ` mail jane@example.org ${TOKEN}\uD800`;
    const once = createRedactor().redact(text);
    for (const pattern of [[1], [1, 1, 1, 5], [1, 200], [3000, 1]]) {
      const stream = createStreamRedactor();
      let out = '';
      let k = 0;
      for (let i = 0; i < text.length; k++) {
        const size = pattern[k % pattern.length]!;
        out += stream.push(text.slice(i, i + size));
        expect(stream.heldBack).toBeLessThanOrEqual(4096);
        i += size;
      }
      out += stream.flush();
      expect(out).toBe(once.text);
      expect(stream.findings).toEqual(once.findings);
    }
  });

  it('reports findings and piiScore with offsets into the whole stream', () => {
    const stream = createStreamRedactor();
    stream.push('a'.repeat(1000));
    stream.push(' mail jane@exam');
    stream.push('ple.org now');
    stream.flush();
    expect(stream.findings).toEqual([
      expect.objectContaining({ type: 'email', start: 1006, end: 1022 }),
    ]);
    expect(stream.piiScore).toBe(0.35);
  });

  it('keeps placeholders stable across the whole stream', () => {
    const stream = createStreamRedactor({ style: 'placeholder' });
    let out = stream.push('from ann@example.org to ');
    out += stream.push('bob@example.org, cc ann@example.org');
    out += stream.flush();
    expect(out).toBe('from <EMAIL_1> to <EMAIL_2>, cc <EMAIL_1>');
  });

  it('rejects a non-string chunk and a push after flush', () => {
    const stream = createStreamRedactor();
    expect(() => stream.push(1 as unknown as string)).toThrow(ParapetInputError);
    expect(stream.flush()).toBe('');
    expect(stream.flush()).toBe('');
    try {
      stream.push('late');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParapetInputError);
      expect((error as ParapetInputError).code).toBe('ERR_PARAPET_INPUT');
      expect((error as Error).message).toBe('push called after flush');
    }
  });

  it('validates options like createRedactor', () => {
    expect(() => createStreamRedactor({ style: 'hash' })).toThrow(ParapetConfigError);
    expect(() => createRedactionStream({ streamWindow: 10 })).toThrow(ParapetConfigError);
  });

  it('works as a WHATWG TransformStream', async () => {
    const text = `token ${TOKEN} and mail jane@example.org`;
    const source = new ReadableStream<string>({
      start(controller) {
        for (let i = 0; i < text.length; i += 5) controller.enqueue(text.slice(i, i + 5));
        controller.close();
      },
    });
    const out = await collect(source.pipeThrough(createRedactionStream()));
    expect(out).toBe('token [REDACTED:github_personal_access_token] and mail [REDACTED:email]');
    const viaRedactor = await collect(
      new ReadableStream<string>({
        start(controller) {
          controller.enqueue(text);
          controller.close();
        },
      }).pipeThrough(createRedactor({ style: 'remove' }).transformStream()),
    );
    expect(viaRedactor).toBe('token  and mail ');
  });
});
