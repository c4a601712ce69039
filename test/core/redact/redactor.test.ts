import { describe, expect, it } from 'vitest';
import { base62, crc32 } from '../../../src/core/redact/checksums.js';
import { redactorOptionsSchema } from '../../../src/core/redact/options.js';
import { compileRedactor, createRedactor, redact } from '../../../src/core/redact/redactor.js';
import { ParapetConfigError, ParapetInputError } from '../../../src/errors.js';
import { parseOptions } from '../../../src/internal/config.js';
import { expand, rng } from '../../fixtures/secrets.js';
import { expectNoFindings, spans, spansOf, streamedByUnit } from './helpers.js';

// Credential-shaped values are built at run time; none sits in the repository.
const r = rng(42);
const gen = (template: string): string => expand(template, r).text;
const githubToken = (): string => {
  const random = gen('{A:30}');
  return `ghp_${random}${base62(crc32(random), 6)}`;
};
const KEY_B64 = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
const KEY_BYTES = Uint8Array.from({ length: 32 }, (_, i) => i);

function configError(fn: () => unknown): ParapetConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParapetConfigError) return error;
    throw error;
  }
  throw new Error('expected a ParapetConfigError');
}

describe('createRedactor', () => {
  const redactor = createRedactor();

  it('returns clean text untouched, with no findings and a zero piiScore', () => {
    const text = 'The deploy finished at noon; see ticket 42 for details.';
    const result = redactor.redact(text);
    expect(result).toEqual({ text, findings: [], piiScore: 0 });
  });

  it('masks every occurrence, not only the first', () => {
    const a = githubToken();
    const b = githubToken();
    const text = `first ${a}, again ${a}, other ${b}; mail jane@example.org or ann@example.org`;
    const result = redactor.redact(text);
    expect(result.text).toBe(
      'first [REDACTED:github_personal_access_token], again [REDACTED:github_personal_access_token], other [REDACTED:github_personal_access_token]; mail [REDACTED:email] or [REDACTED:email]',
    );
    expect(result.findings.map((f) => f.type)).toEqual([
      'github_personal_access_token',
      'github_personal_access_token',
      'github_personal_access_token',
      'email',
      'email',
    ]);
  });

  it('reads every trigger after a comma whose run of fields ends at once', () => {
    // The comma before ` '...'` in an SQL row once left a skip behind that
    // the next scanner took for its own, jumping over the second sentence.
    const sentence = 'my wifi password is Tr0ub4dor&3xK, can you check why it fails?';
    const row = "INSERT INTO people (id, tfn) VALUES (1, '605992672');";
    const text = `${sentence}\n${row}\n${sentence}\n${row}`;
    const result = redactor.redact(text);
    expect(result.text).not.toContain('Tr0ub4dor&3xK');
    expect(result.findings.map((f) => f.type)).toEqual([
      'password',
      'au_tfn',
      'password',
      'au_tfn',
    ]);
    // The same through a stream, one line at a time.
    const stream = redactor.createStream();
    let out = '';
    for (const line of text.split(/(?<=\n)/)) out += stream.push(line);
    out += stream.flush();
    expect(out).toBe(result.text);
  });

  it('keeps offsets into the original UTF-16 string', () => {
    const text = '\u{1f600} caf\u00e9 \u{1f468}\u200d\u{1f469} jane@example.org';
    const [finding] = redactor.scan(text);
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('jane@example.org');
  });

  it('merges overlapping findings and lets the more specific type win', () => {
    const token = githubToken();
    const result = redactor.redact(`password=${token}`);
    expect(result.text).toBe('password=[REDACTED:github_personal_access_token]');
    expect(result.findings).toHaveLength(1);
    const jwt = gen('{jwt}');
    const header = redactor.redact(`Authorization: Bearer ${jwt}`);
    expect(header.text).toBe('Authorization: Bearer [REDACTED:jwt]');
  });

  it('redacts a PEM private key block whole, across lines', () => {
    const block = gen('{pem:RSA PRIVATE KEY}');
    const text = `key.pem:\n${block}\nend of file`;
    const result = redactor.redact(text);
    expect(result.text).toBe('key.pem:\n[REDACTED:private_key]\nend of file');
    expect(result.findings[0]).toMatchObject({ type: 'private_key', severity: 'critical' });
    const openssh = gen('{pem:OPENSSH PRIVATE KEY}');
    expect(redactor.redact(openssh).text).toBe('[REDACTED:openssh_private_key]');
    const pgp = gen('{pem:PGP PRIVATE KEY BLOCK}');
    expect(redactor.redact(pgp).text).toBe('[REDACTED:pgp_private_key]');
  });

  it('finds the private key of a service-account JSON file with escaped newlines', () => {
    const pem = gen('{pemjson}');
    const json = `{"type": "service_account", "private_key": "${pem}\\n", "client_email": "x@p.iam.gserviceaccount.com"}`;
    const result = redactor.redact(json);
    expect(result.findings.map((f) => f.type)).toEqual(['gcp_service_account_key', 'email']);
    expect(result.text).not.toContain('-----BEGIN');
  });

  it('covers the head and the tail of a key block longer than one finding', () => {
    const body = Array.from({ length: 50 }, () => gen('{b:64}')).join('\n');
    const label = ['RSA', 'PRIVATE', 'KEY'].join(' ');
    const text = `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
    const findings = redactor.scan(text);
    expect(findings[0]!.start).toBe(0);
    expect(findings.at(-1)!.end).toBe(text.length);
    expect(findings.every((f) => f.type === 'private_key')).toBe(true);
  });

  it('covers a key block of any length whole: one finding, one replacement', () => {
    // An RSA-4096 OpenPGP key is about 6.7 KB: the head and the tail alone
    // (one finding each) left its middle lines in the output.
    const lines = Array.from({ length: 110 }, () => gen('{b:64}'));
    for (const [label, headers] of [
      [
        ['PGP', 'PRIVATE', 'KEY', 'BLOCK'].join(' '),
        'Version: GnuPG v2\nComment: https://gnupg.org\n\n',
      ],
      [['PGP', 'PRIVATE', 'KEY', 'BLOCK'].join(' '), '\n'],
      [['RSA', 'PRIVATE', 'KEY'].join(' '), ''],
      [['OPENSSH', 'PRIVATE', 'KEY'].join(' '), ''],
    ] as const) {
      const block = `-----BEGIN ${label}-----\n${headers}${lines.join('\n')}\n-----END ${label}-----`;
      const text = `Here it is:\n${block}\nThanks, see you.`;
      // Found in pieces of at most one finding length, reported as one.
      const findings = redactor.scan(text);
      expect(
        findings.map((f) => [f.start, f.end]),
        label,
      ).toEqual([[text.indexOf('-----BEGIN'), text.indexOf('\nThanks')]]);
      const result = redactor.redact(text);
      expect(result.findings, label).toEqual(findings);
      expect(result.text, label).toBe(
        `Here it is:\n[REDACTED:${findings[0]!.type}]\nThanks, see you.`,
      );
    }
  });

  it('covers a base64-encoded key block longer than one finding whole, in one call and streamed', () => {
    // A kubeconfig client-key-data of an RSA-2048 key is about 2.2 KB of base64 on one line:
    // the first finding alone left its last few hundred characters in the output.
    const pem = `-----BEGIN ${['RSA', 'PRIVATE', 'KEY'].join(' ')}-----\n${gen('{b:1600}')}\n-----END ${['RSA', 'PRIVATE', 'KEY'].join(' ')}-----\n`;
    const value = btoa(pem);
    expect(value.length).toBeGreaterThan(2000);
    const text = `users:\n- name: admin\n  user:\n    client-key-data: ${value}\n    token: none\n`;
    for (const window of [2048, 4096, 65_536]) {
      const redactor = createRedactor({ streamWindow: window });
      const result = redactor.redact(text);
      expect(result.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([
        ['pem.base64-private-key', text.indexOf(value), text.indexOf(value) + value.length],
      ]);
      expect(result.text).toBe(
        'users:\n- name: admin\n  user:\n    client-key-data: [REDACTED:private_key]\n    token: none\n',
      );
      for (const size of [1, 7, 100, 1000]) {
        const stream = redactor.createStream();
        let out = '';
        for (let i = 0; i < text.length; i += size) out += stream.push(text.slice(i, i + size));
        out += stream.flush();
        expect(out, `window ${window}, chunks of ${size}`).toBe(result.text);
      }
    }
  });

  it('covers a token longer than one finding whole: a 3 KB JWT in a Bearer header', () => {
    const part = (n: number): string => gen(`{u:${n}}`);
    const header = btoa(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).replace(/=+$/, '');
    for (const length of [1800, 1900, 3000, 9000]) {
      const jwt = `${header}.${part(length)}.${part(342)}`;
      const text = `GET /v1/me HTTP/1.1\nAuthorization: Bearer ${jwt}\nAccept: */*\n`;
      const result = redactor.redact(text);
      expect(
        result.findings.map((f) => text.slice(f.start, f.end)),
        `${length}`,
      ).toEqual([jwt]);
      // The JWT rule reads a token up to one finding length; the header's rule, longer ones.
      expect(result.text).toMatch(
        /^GET \/v1\/me HTTP\/1\.1\nAuthorization: Bearer \[REDACTED:(?:jwt|http_bearer_token)\]\nAccept: \*\/\*\n$/,
      );
      for (const size of [1, 13, 500]) {
        const stream = redactor.createStream();
        let out = '';
        for (let i = 0; i < text.length; i += size) out += stream.push(text.slice(i, i + size));
        out += stream.flush();
        expect(out, `${length}, chunks of ${size}`).toBe(result.text);
      }
    }
  });

  it('covers key blocks in a quoted value, a JSON string and a YAML block scalar', () => {
    const label = ['PGP', 'PRIVATE', 'KEY', 'BLOCK'].join(' ');
    const lines = Array.from({ length: 40 }, () => gen('{b:64}'));
    const begin = `-----BEGIN ${label}-----`;
    const end = `-----END ${label}-----`;
    for (const text of [
      // A quoted value whose body opens with a blank line (the marker line's `KEY="` is no log prefix).
      `GPG_PRIVATE_KEY="${begin}\n\n${lines.join('\n')}\n${end}"\nNEXT=1`,
      // Escaped line breaks, an armour header holding a URL.
      `2024-05-01T08:00:00Z INFO key="${begin}\\nComment: https://gnupg.org\\n\\n${lines.join('\\n')}\\n${end}" done`,
      // Indented, with indented headers.
      `stringData:\n  signing_key: |\n    ${begin}\n    Comment: https://gnupg.org\n    \n    ${lines.join('\n    ')}\n    ${end}\n  other: 1`,
    ]) {
      const out = redactor.redact(text).text;
      for (const line of lines) expect(out, text.slice(0, 40)).not.toContain(line);
      expect(out).not.toContain('gnupg');
    }
  });

  it('reads a long key block to its END line, another BEGIN line or a character no body has', () => {
    const body = Array.from({ length: 70 }, () => gen('{b:64}')).join('\n');
    const label = ['RSA', 'PRIVATE', 'KEY'].join(' ');
    // No END line: the body ends at the first character a body never holds.
    const open = `-----BEGIN ${label}-----\n${body}\n(truncated). More text`;
    expect(redactor.scan(open).at(-1)!.end).toBe(open.indexOf('\n(truncated)'));
    // Two long blocks back to back: each is covered, nothing between them is lost.
    const two = `-----BEGIN ${label}-----\n${body}\n-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
    const findings = redactor.scan(two);
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [0, two.indexOf('\n-----BEGIN', 1)],
      [two.indexOf('\n-----BEGIN', 1) + 1, two.length],
    ]);
    expect(redactor.redact(two).text).toBe('[REDACTED:private_key]\n[REDACTED:private_key]');
  });

  it('reads no number inside its own token, even one a label names (a hash of digits only)', () => {
    // 279247539352 passes the Aadhaar checksum; as a hash in a token it is no Aadhaar number.
    const once = 'aadhaar no: [REDACTED:in_aadhaar:279247539352]';
    expect(createRedactor().scan(once)).toEqual([]);
    expect(createRedactor().scan('aadhaar no: 279247539352')).toHaveLength(1);
    expect(createRedactor().scan('phone: [REDACTED:phone:0412345678]')).toEqual([]);
  });

  it('ignores documentation placeholders and known example values', () => {
    expectNoFindings(redactor, [
      `aws_access_key_id = AKIA${'IOSFODNN7'}EXAMPLE`,
      `OPENAI_API_KEY=sk-${'x'.repeat(48)}`,
      'OPENAI_API_KEY=YOUR_API_KEY',
      'api_key: <token>',
      'Authorization: Bearer <your-token-here>',
      `api_key = "${'a'.repeat(32)}"`,
      `token: ${'0'.repeat(40)}`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference, not a template
      'password: ${DB_PASSWORD}',
      'secret = "changeme"',
      'DB_PASSWORD: "please-change-me"',
      'export DB_PASSWORD=change_me_in_production',
      'keystore_password=changeit',
      'PASSWORD="YOUR_STRIPE_SECRET_KEY"',
      `OPENAI_API_KEY: 'sk-${'1234567890'}abcdef'`,
      'AWS_SECRET_ACCESS_KEY="#{API_KEY}"',
      'customer = {"password": "[[ .Token ]]"}',
      "DB_PASSWORD='{api_key}'",
      `GITHUB_TOKEN=ghp_${'X'.repeat(36)}`,
    ]);
  });

  it('reads a password hash, an encrypted value or a secret manager reference as no secret, a plain password as one', () => {
    const salt = 'lakTnHmP5USjVSQTmLAhs7';
    expectNoFindings(redactor, [
      `password = 'pbkdf2_sha256$600000$${salt}$HCs1QQJCoOup2bo5WkAwv0nVBWML17AwxH1r5n2WbiI='`,
      `password: "$2b$12$${salt}${'PogfPtKkeYuOuB9CcI0hs4uoI'}kB7qXbD.jq"`,
      `DB_PASSWORD='$argon2id$v=19$m=65536,t=3,p=4$${salt}$HCs1QQJCoOup2bo5WkAwv0nVBWML17AwxH1r5n'`,
      `admin_password: "$6$${salt}$HCs1QQJCoOup2bo5WkAwv0nVBWML17AwxH1r5n2WbiI"`,
      'DB_PASSWORD=ENC[AES256_GCM,data:GRYJis3N2fvJfA+1BQ==,iv:yjFck9V+7XfXKUACAyIZ,type:str]',
      `API_KEY=AQICAHh42KNhDtLJrLgzPxCmVqzxjWJ5ZUaNrHF6K/ypUq5wSm9adKberqafS66RtkEp9ZEq`,
      'vault_password: $ANSIBLE_VAULT;1.1;AES256',
      'SENDGRID_API_KEY="op://Production/sendgrid/credential"',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
    ]);
    expect(redactor.scan(`password = "Zx9$2b$${salt}"`)).toHaveLength(1);
  });

  it('reports a key whose random letters happen to spell a placeholder word', () => {
    // Random base64 spells `dumMy` or `FaKe` now and then; only a marker written
    // as a word (one case, or set off by punctuation) makes a placeholder.
    const key = (body: string) => `ANTHROPIC_API_KEY=sk-ant-api03-${body}AA`;
    for (const spelled of ['CodumMyJ', 'qWfAkEz', 'XsAmPLe']) {
      // At the end of the key, where placeholder markers are looked for.
      const text = key(`${gen(`{u:${93 - spelled.length}}`)}${spelled}`);
      expect(
        redactor.scan(text).map((f) => f.type),
        text,
      ).toEqual(['anthropic_api_key']);
    }
    expectNoFindings(redactor, [
      'api_key = "my-dummy-api-key-for-tests"',
      'token: sampleTokenValue123',
    ]);
  });

  it('reads a key named in a sentence only when its value reads as a credential', () => {
    // Letters only, both cases, long: a random key (the generator draws one now and then).
    const letters = 'acIRuiWNgJAIhcOLqbxPUVAtJyWeeAiPjWrVgGOZ';
    expect(redactor.scan(`The access token is ${letters}`).map((f) => f.type)).toEqual(['token']);
    expectNoFindings(redactor, [
      'The token is JavaScript.',
      'The password is case-sensitive.',
      'My password is McDonalds.',
    ]);
  });

  it('reads a variable named in parentheses before "is" as the key', () => {
    const hex = gen('{h:32}');
    const token = gen('{A:36}');
    const cases: [string, string, string][] = [
      [`the Datadog API key (DD_API_KEY) is ${hex}`, 'datadog_api_key', hex],
      [`the token (ACCESS_TOKEN) is ${token}`, 'token', token],
    ];
    for (const [text, type, value] of cases)
      expect(spans(redactor, text), text).toEqual([[type, value]]);
    expectNoFindings(redactor, [
      'the default (ENABLED) is true',
      'the region (AWS_REGION) is us-east-1',
      'The limit (MAX_TOKENS) is 4096',
      'the key (see below) is rotated monthly',
    ]);
  });

  it('reads a random value with brackets and symbols as a value, a call as code', () => {
    // Django's SECRET_KEY alphabet holds `(`, `)`, `#`, `%`, `^`, `*`.
    const value = `1s)jk#8vP!q2z%Lm9(xR4t*wY6u^bN3c@${gen('{A:12}')}`;
    for (const text of [`APP_SECRET=${value}`, `SECRET_KEY: ${value}`]) {
      expect(spans(redactor, text), text).toEqual([['secret', value]]);
    }
    // An `&` that reads like the next query parameter (`&c-_=`) does not cut
    // symbol soup short; in a query string it still ends the value.
    const soup = `k9#x(2vq!m^&c-_=+${gen('{a:12}')}`;
    expect(spans(redactor, `SECRET_KEY=${soup}`)).toEqual([['secret', soup]]);
    const plain = gen('{A:20}');
    expect(spans(redactor, `?token=${plain}&user=bob`)).toEqual([['token', plain]]);
    // Django keys that start with `$` or `=`, hold `))`, `)*`, `%(m)$` or `%s+`, or a bracket after letters.
    const tail = gen('{a:16}');
    for (const key of [
      `$fczlm+*gw^fcf2${tail}`,
      `=*@)72$nx3yakz2na+5%_#_${tail}`,
      `t))u#kgw@m4y-gi^ay0!*${tail}`,
      `r5)*vqu#d)x+hqxux6q1z61${tail}`,
      `6f=lm76p4$p3@^s1%7q=hac4%(tswb)*${tail}`,
      `16qjpc3al3g^useqg67n3_%s+uj1z_${tail}`,
      `u4a7p(0b1t*h$a3x9mb3oyvh)ixspm@${tail}`,
    ]) {
      for (const text of [`SECRET_KEY=${key}\nDEBUG=False`, `export SECRET_KEY=${key}`]) {
        expect(
          spans(redactor, text).map(([, value]) => value),
          text,
        ).toEqual([key]);
      }
    }
    expectNoFindings(redactor, [
      'if token==expected_token_value:',
      'SECRET_KEY=$DJANGO_SECRET_KEY',
      'SECRET_KEY=$(cat /run/secrets/django)',
      'password=%(password)s',
      'client = OpenAI(api_key=get_key(name))',
    ]);
    const typed = `Pa55!word#${gen('{A:8}')}`;
    expect(spans(redactor, `db?user=app&password=${typed}&ssl=true`)).toEqual([
      ['password', typed],
    ]);
    expectNoFindings(redactor, [
      'APP_SECRET=getSecret(name)',
      'APP_SECRET=secrets[0]',
      'APP_SECRET=(load_secret)',
      'api_key=self.settings.api_key',
    ]);
  });

  it('keeps a generated password with symbols whole, in a dotenv line and in quotes', () => {
    // Password generators draw from all of ASCII's symbols: brackets, quotes,
    // `<...>` and `{{` appear by chance and are neither stops nor placeholders.
    const values = [
      `Syg,ytQ&}#!rK${gen('{A:8}')}`,
      `ud$fk2QSeK[g0B-${gen('{A:8}')}`,
      `E6(Kq?C@<vNwQDbrc>6E${gen('{A:6}')}`,
    ];
    for (const value of values) {
      for (const text of [
        `DB_PASSWORD=${value}\nDEBUG=false`,
        `export DB_PASSWORD=${value}`,
        `{"password": ${JSON.stringify(value)}}`,
      ]) {
        expect(
          spans(redactor, text).map(([, found]) => found),
          text,
        ).toEqual([value]);
      }
    }
    // The same in other settings files: INI, a Compose list, YAML, an XML element.
    const value = values[0]!;
    for (const text of [
      `[db]\npassword = ${value}\nhost = localhost`,
      `    environment:\n      - POSTGRES_PASSWORD=${value}\n`,
      `database:\n  password: ${value}\n  host: db`,
      `<password>${value.replace(/&/g, '&amp;')}</password>`,
    ]) {
      expect(
        spans(redactor, text).map(([, found]) => found.replace(/&amp;/g, '&')),
        text,
      ).toEqual([value]);
    }
    // A pair in a log line, and in a connection string.
    for (const text of [
      `2025-01-01T00:00:00Z DEBUG login user=admin password=${value} ip=10.0.0.1`,
      `Server=db;Database=app;User Id=sa;Password=${value.replace(/[;,]/g, '')};`,
    ]) {
      const expected = text.startsWith('Server') ? value.replace(/[;,]/g, '') : value;
      expect(spansOf(redactor, text, 'password'), text).toEqual([expected]);
    }
    // A raw `@` or `/` in a URL's password: the user information ends at the last `@` before the host.
    const raw = `p/ss@w0rd[${gen('{A:10}')}`;
    expect(spans(redactor, `postgres://app:${raw}@db.internal:5432/app`)).toEqual([
      ['postgres_uri_password', raw],
    ]);
    expectNoFindings(redactor, ['see https://example.com:8080/users/@alice for details']);
    // Streamed a unit at a time, the same texts come out as in one call.
    for (const text of [
      `DB_PASSWORD=${value}\nDEBUG=false`,
      `2025-01-01T00:00:00Z DEBUG login user=admin password=${value} ip=10.0.0.1`,
      `postgres://app:${raw}@db.internal:5432/app`,
      `<password>${value.replace(/&/g, '&amp;')}</password>`,
    ]) {
      expect(streamedByUnit(redactor, text), text).toBe(redactor.redact(text).text);
    }
    // A password in a sentence or after an option is the word that follows.
    const said = `z3oQ5}y=?(OCE&pw${gen('{A:6}')}`;
    for (const text of [
      `my db password is ${said} can you check why login fails?`,
      `mysql --password ${said} -h db`,
    ]) {
      expect(
        spans(redactor, text).map(([, found]) => found),
        text,
      ).toEqual([said]);
    }
    // An escaped quote inside a double-quoted value, a doubled one in YAML.
    const quoted = `ab"cd${gen('{A:12}')}`;
    expect(spans(redactor, `{"password": ${JSON.stringify(quoted)}}`)).toEqual([
      ['password', JSON.stringify(quoted).slice(1, -1)],
    ]);
    const yaml = `it's${gen('{A:12}')}`;
    expect(spans(redactor, `password: '${yaml.replace("'", "''")}'`)).toEqual([
      ['password', yaml.replace("'", "''")],
    ]);
    // A shell line still ends at `; `, and code stays code.
    const plain = gen('{A:16}');
    expect(spans(redactor, `PASSWORD=${plain}; export PASSWORD`)).toEqual([['password', plain]]);
    expectNoFindings(redactor, [
      '  return {\n    pass: false,\n    message: () => msg,\n  };',
      '    password: z.string().min(6),',
      'password=Settings.Default.DbPassword',
      'API_KEY=get_api_key()',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference, not a template
      'TOKEN=${DB_TOKEN_2}',
      'password: <your-password-here>',
    ]);
  });

  it('reads commas, semicolons, brackets and a leading quote inside a generated password', () => {
    const tail = gen('{A:6}');
    // A `,` or `;` inside a word in a sentence, and inside a connection string's value.
    for (const value of [`b;[jkz%!nsg4r?${tail}`, `laYAM,cfHVcz*a!:${tail}`]) {
      expect(spans(redactor, `my db password is ${value} can you check why login fails?`)).toEqual([
        ['password', value],
      ]);
      expect(
        spansOf(
          redactor,
          `Server=db;Database=app;User Id=sa;Password=${value.replace(/;/g, '')};`,
          'password',
        ),
      ).toEqual([value.replace(/;/g, '')]);
    }
    // A comma a space follows still ends a sentence's word; a CSV field still ends at its comma.
    expect(spans(redactor, `the password is Tr0ub4dor&3x${tail}, but it expired`)).toEqual([
      ['password', `Tr0ub4dor&3x${tail}`],
    ]);
    expect(
      spansOf(redactor, `1,Server=db;Password=Abc1!x${tail},2024-01-01,active`, 'password'),
    ).toEqual([`Abc1!x${tail}`]);
    // A bracket early in a random value is no call: brackets that do not nest, or a
    // generated password's many kinds of symbol without a closing bracket at the end.
    for (const value of [
      `QgyM{v{V],lf8b7${tail}`,
      `Y(2[TM=L(4q7$P${tail}`,
      `oXQ(K>l<<&*3)*B3${tail}`,
    ]) {
      for (const text of [
        `[db]\npassword = ${value}\nhost = localhost`,
        `2025-01-01T00:00:00Z DEBUG login user=admin password=${value} ip=10.0.0.1`,
      ]) {
        expect(spansOf(redactor, text, 'password'), text).toEqual([value]);
      }
    }
    // A dotenv value that opens with a quote it never closes, or closes early.
    for (const value of [`"3KRt6pk^)6pQ{$I8${tail}`, `'~#R'}6hx.XSqT'ul?1${tail}`]) {
      const text = `DB_PASSWORD=${value}\nDEBUG=false`;
      expect(spans(redactor, text), text).toEqual([['password', value]]);
      expect(streamedByUnit(redactor, text), text).toBe(redactor.redact(text).text);
    }
    // Code, templates and placeholders stay what they are.
    expectNoFindings(redactor, [
      'password = getSecret(name)',
      'password = cfg[0](a)',
      'PASSWORD = f(x)[y]',
      'password: "<%= @db_password %>"',
      'db_password: "<%=@dbPassword%>"',
      'password: <your-password>',
      'token: <$API_TOKEN>',
      'DB_PASSWORD="$(cat /run/secrets/db)"; export DB_PASSWORD',
    ]);
  });

  it('reads passphrases with periods, passwords in prose and code cells, and symbol-rich keys', () => {
    // A passphrase in a query string or a dotenv line: `.21` is no member of an object.
    const phrase = 'saddle.glacier.battery.21';
    for (const text of [
      `URL='jdbc:mysql://db.example.dev:3306/app?user=svc_app&password=${phrase}'`,
      `DB_PASSWORD=${phrase}`,
    ]) {
      expect(spansOf(redactor, text, 'password'), text).toEqual([phrase]);
    }
    // A password of words, digits and symbols after "set ... to", and one set as code in a table.
    expect(spans(redactor, 'yusuf: set DB_PASSWORD to Harbortiger5548#! now')).toEqual([
      ['password', 'Harbortiger5548#!'],
    ]);
    expect(
      spans(redactor, '| keystore_password | `Nimbusnimbus8725` |\n| react | ^19.2 |'),
    ).toEqual([['password', 'Nimbusnimbus8725']]);
    // An encryption key with brackets and `@` (Django's alphabet) is read as a secret.
    const django = `*!fpjd24s@bj)m0ik50(sp4q8nrjy%1_m=cg1r3+(81${gen('{a:6}')}`;
    expect(spans(redactor, `encryption_key = "${django}"`)).toEqual([['secret', django]]);
    // A constant's name set "to" a value, and an API key with Django's symbols.
    expect(spans(redactor, 'lena: set PASSWD to Marblecopper6330.')).toEqual([
      ['password', 'Marblecopper6330'],
    ]);
    const symbols = `7zu-g1kvl8t8=!jumpnwu*0uv-(0%6-@b5cf7&m9${gen('{a:6}')}`;
    expect(spans(redactor, `client = SecretClient(api_key='${symbols}')`)).toEqual([
      ['api_key', symbols],
    ]);
    // A `!` that ends a sentence is not part of a token; a password may end in one.
    const ghu = `ghu_${gen('{A:36}')}`;
    expect(redactor.redact(`here is the token ${ghu}! thanks`).text).toBe(
      'here is the token [REDACTED:github_user_to_server_token]! thanks',
    );
    expect(spans(redactor, 'the password is Tr0ub4dor&3xK!')).toEqual([
      ['password', 'Tr0ub4dor&3xK!'],
    ]);
    // A header's credentials in a Markdown table.
    const bearer = `7/QCyx${gen('{A:36}')}`;
    expect(spans(redactor, `| Authorization | \`Bearer ${bearer}\` |`)).toEqual([
      ['http_bearer_token', bearer],
    ]);
    // Code and identifiers stay what they are.
    expectNoFindings(redactor, [
      'set TOKEN to the value from step 2',
      '| Authorization | Bearer token from the login step |',
      'client = OpenAI(api_key=get_key(name))',
      'const apiKey = config?.apiKey ?? null;',
      'pass: matchResult?.pass ?? false,',
      'password = config.db.password',
      '| `token` | `use_new_scheme_v2` |',
      "type Detail = 'PROMPT_TOKEN_DETAILS' | 'COMPLETION_TOKEN_DETAILS';",
    ]);
  });

  it('finds a Discord bot token whose user id has 17 digits', () => {
    const id = Buffer.from(`1${gen('{d:16}')}`)
      .toString('base64')
      .replace(/=+$/, '');
    const value = `${id}.${gen('{u:6}')}.${gen('{u:27}')}`;
    expect(id).toHaveLength(23);
    expect(spans(redactor, `Authorization: Bot ${value}`).map(([, found]) => found)).toEqual([
      value,
    ]);
  });

  it('reads a file path assigned to a generic key as a path, not a credential', () => {
    expectNoFindings(redactor, [
      'private_key=/etc/ssl/private/server.key',
      'mytool --api-key ./config/keys/prod.json',
      'secret: /var/run/secrets/kubernetes.io/serviceaccount/token',
      'token: ~/.config/gh/token.txt',
    ]);
    // Base64 with a slash in it is still a credential.
    const key = `/${gen('{A:20}')}/${gen('{A:19}')}`;
    expect(redactor.scan(`api_key=${key}`).map((f) => f.type)).toEqual(['api_key']);
  });

  it('gives a valid GitHub checksum full confidence and a wrong one less', () => {
    const good = githubToken();
    const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    expect(redactor.scan(good)[0]!.confidence).toBe(0.99);
    expect(redactor.scan(bad)[0]!.confidence).toBe(0.7);
  });

  it('reports a JWT only when its header decodes to JSON naming an algorithm', () => {
    expect(redactor.scan(gen('{jwt}'))[0]?.type).toBe('jwt');
    expect(redactor.scan(gen('eyJ{u:30}.{u:40}.{u:43}'))).toEqual([]);
  });

  it('finds passwords in URLs and database connection strings, leaving the host', () => {
    const pw = gen('{A:18}');
    const cases: [string, string][] = [
      [`postgres://app:${pw}@db.internal:5432/app`, 'postgres_uri_password'],
      [`mongodb+srv://admin:${pw}@cluster0.ab1cd.mongodb.net/test`, 'mongodb_uri_password'],
      [`rediss://default:${pw}@cache.internal:6380/0`, 'redis_uri_password'],
      [`amqp://worker:${pw}@mq.internal/vhost`, 'amqp_uri_password'],
      [`mysql://root:${pw}@mysql.internal/shop`, 'mysql_uri_password'],
      [`https://deploy:${pw}@git.example.org/repo.git`, 'url_password'],
    ];
    for (const [text, type] of cases) {
      const result = redactor.redact(text);
      expect(result.text, text).toBe(text.replace(pw, `[REDACTED:${type}]`));
    }
    expect(redactor.scan('https://user:password@example.org')).toEqual([]);
    // A final `..` before the `@` is the password's own, not a sentence's ellipsis.
    const dotted = `amqps://svc:${pw}..@mq.internal/vhost`;
    expect(redactor.redact(dotted).text).toBe(
      'amqps://svc:[REDACTED:amqp_uri_password]@mq.internal/vhost',
    );
    expect(redactor.scan('postgres://app:...@db.internal/app')).toEqual([]);
    expect(redactor.scan('OPENAI_API_KEY=sk-proj-..')).toEqual([]);
  });

  it('reads a random token in parentheses as the value, not code or a remark', () => {
    const key = gen('{h:32}');
    expect(redactor.redact(`the api key: (${key})`).text).toBe('the api key: ([REDACTED:api_key])');
    expect(redactor.redact(`api key (${key}).`).text).toBe('api key ([REDACTED:api_key]).');
    expect(redactor.redact(`PASSWORD=(${key})`).text).toBe('PASSWORD=([REDACTED:password])');
    expectNoFindings(redactor, [
      'password = (self.db_password)',
      'APP_SECRET=(load_secret)',
      'token: (see vault)',
      'password: (required)',
      'secret: (redacted)',
      'api_key = (os.environ["API_KEY"])',
    ]);
  });

  it('finds Authorization header credentials', () => {
    const basic = btoa(`alice:${gen('{A:16}')}`);
    expect(redactor.redact(`Authorization: Basic ${basic}`).text).toBe(
      'Authorization: Basic [REDACTED:http_basic_auth]',
    );
    const bearer = gen('{u:40}');
    expect(redactor.redact(`curl -H "Authorization: Bearer ${bearer}" https://api.x.io`).text).toBe(
      'curl -H "Authorization: Bearer [REDACTED:http_bearer_token]" https://api.x.io',
    );
    expect(redactor.scan(`Authorization: Basic ${btoa('no colon here')}`)).toEqual([]);
  });

  it('gates generic assignments by key name, entropy and shape', () => {
    expect(redactor.redact('DB_PASSWORD=hunter2!x').text).toBe('DB_PASSWORD=[REDACTED:password]');
    expect(redactor.redact(`"client_secret": "${gen('{u:40}')}"`).text).toBe(
      '"client_secret": "[REDACTED:secret]"',
    );
    expectNoFindings(redactor, [
      'password=required',
      'password_min_length=12',
      'password = os.environ["DB_PASSWORD"]',
      'password: string;',
      'The password: it must be long.',
      'max_tokens=4096',
      'token_type: bearer',
      'secret: true',
      'api_key = getKey()',
    ]);
  });

  it('reads assignments in JSON escaped inside a string (logs of request bodies)', () => {
    expect(
      redactor.redact('body={\\"password\\": \\"Tr0ub4dor&3xK\\", \\"user\\": \\"bob\\"}').text,
    ).toBe('body={\\"password\\": \\"[REDACTED:password]\\", \\"user\\": \\"bob\\"}');
    const bearer = gen('{u:40}');
    expect(redactor.redact(`{\\"Authorization\\": \\"Bearer ${bearer}\\"}`).text).toBe(
      '{\\"Authorization\\": \\"Bearer [REDACTED:http_bearer_token]\\"}',
    );
  });

  it('holds hex values to a hex-sized entropy floor', () => {
    // 3.17 bits per character: low for base64, ordinary for 40 random hex digits.
    const hex = ['7041e8eeb5ed8b3e', 'be4bdcee3e3fc1e4', '74e41d3e'].join('');
    expect(redactor.redact(`-H "X-API-Key: ${hex}"`).text).toBe(
      '-H "X-API-Key: [REDACTED:api_key]"',
    );
    expect(redactor.scan(`api_key=${'4037210457226571747927134217512068297436'}`)).toEqual([]);
  });

  it('summarises PII sensitivity in piiScore, ignoring secrets', () => {
    expect(redactor.redact('mail jane@example.org').piiScore).toBe(0.35);
    expect(redactor.redact('SSN 123-45-6780, mail jane@example.org').piiScore).toBe(0.9675);
    expect(redactor.redact(`key ${githubToken()}`).piiScore).toBe(0);
  });

  it('returns frozen findings whose JSON carries no value', () => {
    const token = githubToken();
    const result = redactor.redact(`token ${token}`);
    expect(Object.isFrozen(result.findings)).toBe(true);
    expect(Object.isFrozen(result.findings[0])).toBe(true);
    expect(JSON.stringify(result)).not.toContain(token.slice(4));
  });

  it('rejects a non-string with ParapetInputError', () => {
    for (const call of [
      () => redactor.redact(42 as unknown as string),
      () => redactor.scan(null as unknown as string),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ParapetInputError);
        expect((error as ParapetInputError).code).toBe('ERR_PARAPET_INPUT');
        expect((error as Error).message).toMatch(/^(redact|scan) expects a string$/);
      }
    }
  });
});

describe('redaction styles', () => {
  const email = 'jane.doe@example.org';
  const text = `to ${email}, cc ann@example.org, again ${email}`;

  it('partial keeps at most a quarter of each end inside the brackets', () => {
    const out = createRedactor({ style: 'partial' }).redact(text).text;
    expect(out).toBe(
      'to [REDACTED:email:jane****.org], cc [REDACTED:email:ann****org], again [REDACTED:email:jane****.org]',
    );
    expect(createRedactor({ style: 'partial' }).redact('DB_PASSWORD=h4ck3r!').text).toBe(
      'DB_PASSWORD=[REDACTED:password:h****!]',
    );
  });

  it('hash maps equal values to equal tokens, with the key as bytes or base64', () => {
    const fromBytes = createRedactor({ style: 'hash', hashKey: KEY_BYTES }).redact(text).text;
    const fromBase64 = createRedactor({ style: 'hash', hashKey: KEY_B64 }).redact(text).text;
    expect(fromBase64).toBe(fromBytes);
    const tokens = fromBytes.match(/\[REDACTED:email:[0-9a-f]{12}\]/g) ?? [];
    expect(tokens).toHaveLength(3);
    expect(tokens[0]).toBe(tokens[2]);
    expect(tokens[0]).not.toBe(tokens[1]);
    const other = createRedactor({ style: 'hash', hashKey: new Uint8Array(32).fill(9) }).redact(
      text,
    ).text;
    expect(other).not.toBe(fromBytes);
    expect(
      createRedactor({ style: 'hash', hashKey: KEY_BYTES, hashLength: 20 }).redact(email).text,
    ).toMatch(/^\[REDACTED:email:[0-9a-f]{20}\]$/);
  });

  it('placeholder numbers values per type, stable within one call', () => {
    const redactor = createRedactor({ style: 'placeholder' });
    const phone = '+44 20 7946 0958';
    expect(redactor.redact(`${text} ${phone}`).text).toBe(
      'to <EMAIL_1>, cc <EMAIL_2>, again <EMAIL_1> <PHONE_1>',
    );
    expect(redactor.redact('ann@example.org').text).toBe('<EMAIL_1>');
  });

  it('remove deletes the value', () => {
    expect(createRedactor({ style: 'remove' }).redact(`mail ${email}!`).text).toBe('mail !');
  });

  it('does not keep a reference to a caller-owned key', () => {
    const key = new Uint8Array(KEY_BYTES);
    const redactor = createRedactor({ style: 'hash', hashKey: key });
    const before = redactor.redact(email).text;
    key.fill(0);
    expect(redactor.redact(email).text).toBe(before);
  });
});

describe('redactor options', () => {
  it('switches PII types and secrets off one by one', () => {
    const text = `mail jane@example.org, call +1 415 555 2671, key ${githubToken()}, DB_PASSWORD=hunter2!x`;
    const types = (options: Parameters<typeof createRedactor>[0]) =>
      createRedactor(options)
        .scan(text)
        .map((f) => f.type);
    expect(types({})).toEqual(['email', 'phone', 'github_personal_access_token', 'password']);
    expect(types({ pii: { email: false } })).toEqual([
      'phone',
      'github_personal_access_token',
      'password',
    ]);
    expect(types({ pii: { enabled: false } })).toEqual([
      'github_personal_access_token',
      'password',
    ]);
    expect(types({ secrets: { enabled: false } })).toEqual(['email', 'phone']);
    expect(types({ secrets: { generic: false } })).toEqual([
      'email',
      'phone',
      'github_personal_access_token',
    ]);
    expect(types({ disabledRules: ['pii.phone', 'github.classic-pat'] })).toEqual([
      'email',
      'password',
    ]);
    expect(types({ minConfidence: 0.9 })).toEqual(['email', 'github_personal_access_token']);
  });

  it('never reports values on the allow list', () => {
    const token = githubToken();
    expect(createRedactor({ allow: [token] }).scan(`key ${token}`)).toEqual([]);
  });

  it('fails at construction when hash has no key, naming the option without echoing values', () => {
    const error = configError(() => createRedactor({ style: 'hash' }));
    expect(error.code).toBe('ERR_PARAPET_CONFIG');
    expect(error.issues).toEqual([
      { path: 'hashKey', message: 'is required when style is "hash" (there is no default key)' },
    ]);
    expect(error.message).toContain('Invalid redact options (1 problem)');
  });

  it('rejects weak or malformed hash keys without echoing them', () => {
    const short = configError(() => createRedactor({ style: 'hash', hashKey: 'c2hvcnQ=' }));
    expect(short.issues).toEqual([{ path: 'hashKey', message: 'must be at least 16 bytes' }]);
    expect(short.message).not.toContain('c2hvcnQ=');
    const bad = configError(() => createRedactor({ style: 'hash', hashKey: 'not base64!' }));
    expect(bad.issues).toEqual([{ path: 'hashKey', message: 'must be bytes or a base64 string' }]);
  });

  it('suggests the option or rule id a typo meant', () => {
    const option = configError(() => createRedactor({ styel: 'mask' } as never));
    expect(option.issues).toEqual([
      { path: 'styel', message: 'unknown option; did you mean `style`?' },
    ]);
    const nested = configError(() => createRedactor({ pii: { emial: false } } as never));
    expect(nested.issues).toEqual([
      { path: 'pii.emial', message: 'unknown option; did you mean `email`?' },
    ]);
    const rule = configError(() => createRedactor({ disabledRules: ['pii.emial'] }));
    expect(rule.issues).toEqual([
      { path: 'disabledRules[0]', message: 'unknown rule id; did you mean `pii.email`?' },
    ]);
    const window = configError(() => createRedactor({ streamWindow: 100 }));
    expect(window.issues[0]!.path).toBe('streamWindow');
  });

  it('compiles already-resolved options, as createParapet does', () => {
    const resolved = parseOptions(redactorOptionsSchema, { style: 'placeholder' }, 'redact');
    expect(Object.isFrozen(resolved)).toBe(true);
    const redactor = compileRedactor(resolved);
    expect(redactor.options).toBe(resolved);
    expect(redactor.redact('jane@example.org').text).toBe('<EMAIL_1>');
    expect(redactor.maxFindingLength).toBe(1856);
  });

  it('redact() uses defaults or remembers the options object', () => {
    expect(redact('call +44 20 7946 0958').text).toBe('call [REDACTED:phone]');
    const options = { style: 'remove' as const };
    expect(redact('x jane@example.org', options).text).toBe('x ');
    expect(redact('y ann@example.org', options).text).toBe('y ');
  });
});

describe("curl's user flag", () => {
  const redactor = createRedactor();
  const key = 'qanNCP7MevBuwk4iZ3Rk936adGwTJ9xx';
  it('redacts a key given as the user with an empty password, quoted or not', () => {
    for (const text of [
      `curl -u ${key}: https://api.example.com/v1/charges`,
      `curl -u "${key}:" https://api.example.com/v1/charges`,
      `wget --user ${key}: https://api.example.com/export`,
    ]) {
      expect(redactor.redact(text).text).not.toContain(key);
      expect(spans(redactor, text)).toEqual([['api_key', key]]);
    }
  });

  it('streams as it redacts in one piece, however the user and its colon are split', () => {
    for (const text of [
      `curl -u ${key}: https://api.example.com/v1/charges`,
      `curl -u ${key}:Tr0ub4dor3xK https://api.example.com/v1/charges`,
      `curl -u "${key}:" https://x`,
      `curl -u "${key}:Tr0ub4dor3xK" https://x`,
    ]) {
      expect(streamedByUnit(redactor, text)).toBe(redactor.redact(text).text);
    }
  });

  it('leaves placeholders and other commands alone', () => {
    expectNoFindings(redactor, [
      'curl -u YOUR_API_KEY: https://api.example.com/v1/charges',
      `docker exec -u ${key}: app sh`,
    ]);
  });

  it('reads a flag with its own command only, so a second pass finds nothing new', () => {
    // The word before the second flag is glued to a token ("...9xcurl"), so
    // the nearest command is the first one, a sentence earlier.
    const text = `curl -u "${key}:" https://x. can you try this token? ${key}curl -u W2DdVRnZGttU7LYFqHVJ5RTL8hW3pvbu: https://api.example.com/v1/x`;
    const once = redactor.redact(text).text;
    expect(redactor.redact(once).text).toBe(once);
  });
});
