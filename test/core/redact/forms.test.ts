import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../src/core/redact/checksums.js';
import { createRedactor, createStreamRedactor } from '../../../src/core/redact/redactor.js';
import { tokenLike } from '../../../src/core/redact/values.js';
import { expand, rng } from '../../fixtures/secrets.js';
import { randomToken, spans } from './helpers.js';

// Credential-shaped values are built at run time; none sits in the repository.
const r = rng(2024);
const gen = (template: string): string => expand(template, r).text;
const redactor = createRedactor();

const found = (text: string): [string, string][] => spans(redactor, text);

const token = (n: number): string => randomToken(gen, n);

const BS = '\\';

describe('PII after a string escape', () => {
  const card = (() => {
    const payload = '400390789135813';
    const digits = payload + luhnCheckDigit(payload);
    return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 12)} ${digits.slice(12)}`;
  })();

  it('reads \\n, \\r and \\t before and after a number as line breaks and tabs', () => {
    const cases: [string, string, string][] = [
      [`"content": "my details:${BS}n123 456 782${BS}nthanks"`, 'au_tfn', '123 456 782'],
      [`"content": "card${BS}n${card}${BS}nthanks"`, 'credit_card', card],
      [`"content": "call me${BS}n+819080831192${BS}nthanks"`, 'phone', '+819080831192'],
      [`"content": "tel${BS}r${BS}n(415) 555-2671${BS}r${BS}n"`, 'phone', '(415) 555-2671'],
      [`"content": "from${BS}t192.168.10.44${BS}tok"`, 'ipv4', '192.168.10.44'],
      [`"content": "peer${BS}n2001:db8::ff00:42:8329${BS}n"`, 'ipv6', '2001:db8::ff00:42:8329'],
      [`"content": "ssn${BS}n123-45-6788${BS}n"`, 'us_ssn', '123-45-6788'],
      [`"content": "PAN${BS}nABCPE1234F${BS}n"`, 'in_pan', 'ABCPE1234F'],
      [`"content": "mail${BS}njane.doe@example.org${BS}n"`, 'email', 'jane.doe@example.org'],
    ];
    for (const [text, type, value] of cases)
      expect(found(text), text).toContainEqual([type, value]);
  });

  it('reads a label that ends in escapes as the context of a bare number', () => {
    expect(found(`"SSN:${BS}n123456780"`)).toEqual([['us_ssn', '123456780']]);
    expect(found(`"TFN${BS}r${BS}n876543210"`)).toEqual([['au_tfn', '876543210']]);
  });

  it('adds nothing for escape-like letters in prose, paths and words', () => {
    for (const text of [
      `C:${BS}new${BS}table1234 and ${BS}node`,
      `C:${BS}temp${BS}t2024 build`,
      'n123456780 tn123 456 782 rt192.168.1.1',
      `${BS}${BS}n42 items`,
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('PII labels before "to", "was" and arrows', () => {
  it('reads the label across a short verb', () => {
    expect(found('updated TFN to 876543210.')).toEqual([['au_tfn', '876543210']]);
    expect(found('her SSN was 123456780')).toEqual([['us_ssn', '123456780']]);
    expect(found('TFN -> 876543210')).toEqual([['au_tfn', '876543210']]);
    expect(found('sent 876543210 to accounts')).toEqual([]);
  });
});

describe('keys named right before their value', () => {
  it('finds the value after a key word and a space, typed by the vendor word', () => {
    const mailgun = gen('{h:32}-{h:8}-{h:8}');
    const secret = token(34);
    const access = `${token(20)}__${token(20)}`;
    const twilio = gen('{h:32}');
    expect(found(`can you try with Mailgun API key ${mailgun}?`)).toEqual([
      ['mailgun_api_key', mailgun],
    ]);
    expect(found(`can you try with client secret ${secret}?`)).toEqual([['secret', secret]]);
    expect(found(`use access token ${access}`)).toEqual([['token', access]]);
    expect(found(`Twilio auth token ${twilio}`)).toEqual([['twilio_auth_token', twilio]]);
    expect(found(`I changed the API key to ${twilio} yesterday`)).toEqual([['api_key', twilio]]);
  });

  it('finds the value after an arrow', () => {
    const vercel = token(24);
    const password = 'Winter_Pass942';
    expect(found(`new Vercel token -> ${vercel}`)).toEqual([['vercel_token', vercel]]);
    expect(found(`new Vercel token => ${vercel}`)).toEqual([['vercel_token', vercel]]);
    expect(found(`new root password -> ${password}`)).toEqual([['password', password]]);
    expect(found(`new root password => ${password}`)).toEqual([['password', password]]);
    expect(found('$this->password = $hash;')).toEqual([]);
    expect(found('map token -> tokenizer')).toEqual([]);
  });

  it('finds the value in the cell after a key in a Markdown table row', () => {
    const okta = `00${gen('{u:40}')}`;
    const hex = gen('{h:32}');
    const aws = gen('{b:40}');
    expect(found(`| Okta API token | ${okta} |`)).toEqual([['okta_api_token', okta]]);
    expect(found(`| API key | ${hex} |`)).toEqual([['api_key', hex]]);
    expect(found(`| AWS secret access key | ${aws} |`)).toEqual([['aws_secret_access_key', aws]]);
    expect(found(`| API key | \`${hex}\` |`)).toEqual([['api_key', hex]]);
  });

  it('keeps a table cell that holds more than the value, and shell pipes', () => {
    const hex = gen('{h:32}');
    expect(found(`| API key | ${hex} (rotated monthly) |`)).toEqual([]);
    expect(found('| token | stored in the vault |')).toEqual([]);
    expect(found('cat keys.txt | grep token | wc -l')).toEqual([]);
    expect(found('a || b && c')).toEqual([]);
    expect(found("r'is|isa|not|pass|raise|ref|try|unless|when'")).toEqual([]);
    expect(found('expr_stmt | print_stmt | pass_stmt | flow_stmt |\n')).toEqual([]);
    expect(found(`|API key|${hex}|`)).toEqual([]);
  });

  it('leaves key words followed by prose, identifiers and digests', () => {
    for (const text of [
      'the API key is in the vault',
      'password reset link',
      'token limit 4096',
      'secret sauce recipe',
      'a key challenge',
      'Press key F12 to open the console',
      'Token TokenType_Identifier',
      'the OAuth2 token OAuth2AccessToken',
      'use the token to use_new_scheme_v2',
      'primary key user_id2',
      'Add the API key to headers',
      'the monkey 1cfe987f7232fa4d91ccdf1f6529f58d',
      'PASS src/core/redact/forms.test.ts (12 tests)',
      'signing key sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'signing key sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('quoted keys in table cells', () => {
  it("reads a key set in backticks or quotes as the cell's key", () => {
    const aws = gen('{b:40}');
    const api = token(43);
    const twilio = gen('{h:32}');
    expect(found(`| \`AWS_SECRET_KEY\` | \`${aws}\` |`)).toEqual([['aws_secret_access_key', aws]]);
    expect(found(`| "API token" | "${api}" |`)).toEqual([['token', api]]);
    expect(found(`| 'client secret' | ${api} |`)).toEqual([['secret', api]]);
    const table = `| Name | Value |\n|---|---|\n| TWILIO_AUTH_TOKEN | ${twilio} |\n| REGION | eu-west-1 |`;
    expect(found(table)).toEqual([['twilio_auth_token', twilio]]);
    expect(found(`| \`TWILIO_AUTH_TOKEN\` | \`${twilio}\` | rotated |`)).toEqual([
      ['twilio_auth_token', twilio],
    ]);
  });

  it('keeps tables of words, code and half-quoted cells', () => {
    for (const text of [
      '| `token` | `use_new_scheme_v2` |',
      "| 'secret' | 'stored in the vault' |",
      '| `api_key` | `string` | required |',
      '| Key | Type | Description |\n|---|---|---|\n| `token` | `str` | the token |',
      `| key\` | ${token(32)} |`,
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('CSV rows naming a variable and its value', () => {
  it('finds the value in the field after a credential-like name', () => {
    const aws = `${gen('{b:38}')}9z`;
    const pw = 'Tr0ub4dor3xKq9';
    const twilio = gen('{h:32}');
    const csv = [
      'name,value,updated',
      `AWS_SECRET_KEY,${aws},2024-05-01`,
      `DB_PASSWORD,${pw},2024-05-01`,
      `TWILIO_AUTH_TOKEN,"${twilio}"`,
      'REGION,eu-west-1,2024-05-01',
    ].join('\n');
    expect(found(csv)).toEqual([
      ['aws_secret_access_key', aws],
      ['password', pw],
      ['twilio_auth_token', twilio],
    ]);
    expect(found(`env,API_KEY,${twilio}\r\n`)).toEqual([['api_key', twilio]]);
  });

  it('keeps headers, words and names that are not whole fields', () => {
    const value = token(32);
    for (const text of [
      'name,api_key,created_at\nbilling,,2024-05-01',
      'token,count\nabc,12',
      'API_KEY,changeme',
      'SECRET,use_new_scheme_v2',
      `f(api_key,${value})`,
      `the API_KEY,${value} and more`,
      `API_KEY,${value}abc def`,
      '1,000,000 tokens, 2,500 keys',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('labels with a short qualifier', () => {
  it('reads the key words before "for ...", "in ..." or a remark in parentheses', () => {
    const aws = `${gen('{b:38}')}9z`;
    const api = token(43);
    expect(found(`Here is the aws secret access key for staging: ${aws}.`)).toEqual([
      ['aws_secret_access_key', aws],
    ]);
    expect(found(`API token for the billing service: ${api}`)).toEqual([['token', api]]);
    expect(found(`the API key (prod): ${api}`)).toEqual([['api_key', api]]);
    expect(found(`client secret (test mode): ${api}`)).toEqual([['secret', api]]);
    expect(found(`the token in production: ${api}`)).toEqual([['token', api]]);
  });

  it('needs a random token after the colon, and a short qualifier', () => {
    for (const text of [
      'the API key for staging: see the vault',
      'Key (required): string',
      'token (optional): OAuth2AccessToken',
      'the token in production: use_new_scheme_v2',
      'def get(self, key): return 1',
      `the API key for the new billing service team: ${token(32)}`,
      `API key (see the docs for details): ${token(32)}`,
      `Note for staging: ${token(32)}`,
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('prompts with a bracketed current value', () => {
  it('reads the aws configure transcript', () => {
    const id = `AKIA${gen('{U:16}')}`;
    const secret = `${gen('{b:38}')}9z`;
    const text = [
      `AWS Access Key ID [None]: ${id}`,
      `AWS Secret Access Key [****************${gen('{u:4}')}]: ${secret}`,
      'Default region name [None]: us-east-1',
      'Default output format [None]: json',
    ].join('\n');
    expect(found(text)).toEqual([
      ['aws_access_key_id', id],
      ['aws_secret_access_key', secret],
    ]);
  });

  it('keeps brackets that are not a prompt', () => {
    for (const text of [
      'Key [required]: string',
      'keys[0]: token_value',
      'API key [env]: changeme',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('HTML form inputs', () => {
  it('names the value by the name or id attribute, across other attributes', () => {
    const pw = 'Tr0ub4dor&3xK';
    expect(found('<input name="tfn" value="876543210">')).toEqual([['au_tfn', '876543210']]);
    expect(found('<input type="text" id="medicare" value="2123456701">')).toEqual([
      ['au_medicare', '2123456701'],
    ]);
    expect(found("<input id='ssn' class='form-control' value='123456780'>")).toEqual([
      ['us_ssn', '123456780'],
    ]);
    expect(found('<input id="dob" type="text" value="07/03/1984">')).toEqual([
      ['date_of_birth', '07/03/1984'],
    ]);
    expect(found(`<input type="password" id="db_password" value="${pw}">`)).toEqual([
      ['password', pw],
    ]);
    expect(found(`<input type="password" name="pw" value="${pw}">`)).toEqual([['password', pw]]);
    expect(found(`<input name="pw" type="password" value="${pw}">`)).toEqual([['password', pw]]);
  });

  it('keeps values named by other attributes or by names of no credential', () => {
    for (const text of [
      '<input name="quantity" value="876543210">',
      '<option id="x" value="876543210">',
      '<input class="tfn" value="876543210">',
      '<input type="password" name="confirm" value="">',
      '<input type="text" name="username" value="Tr0ub4dor&3xK">',
      '<input data-name="tfn" value="876543210">',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('labels of words', () => {
  it('joins words before a last word that names no key only for a vendor rule', () => {
    const hex = gen('{h:32}');
    expect(found(`Datadog API key: ${hex}`)).toEqual([['datadog_api_key', hex]]);
    expect(found(`New Relic license: ${gen('{h:36}')}NRAL`)).toHaveLength(1);
    expect(found(`signing key sha256:${gen('{h:64}')}`)).toEqual([]);
  });
});

describe('variables set without an operator', () => {
  const hex = gen('{h:32}');
  const pw = 'Tr0ub4dor&3xK';

  it('finds setx, fish set -x and a Dockerfile ENV', () => {
    expect(found(`setx API_KEY ${hex}`)).toEqual([['api_key', hex]]);
    expect(found(`set -x API_KEY ${hex}`)).toEqual([['api_key', hex]]);
    expect(found(`set -gx DB_PASSWORD ${pw}`)).toEqual([['password', pw]]);
    expect(found(`FROM node:20\nENV DB_PASSWORD ${pw}\n`)).toEqual([['password', pw]]);
    expect(found(`ENV JWT_SECRET ${hex}`)).toEqual([['secret', hex]]);
    expect(found(`ARG DB_PASSWORD=${pw}`)).toEqual([['password', pw]]);
    expect(found(`$env:API_KEY = "${hex}"`)).toEqual([['api_key', hex]]);
  });

  it('finds the default of an HCL variable named like a credential', () => {
    const hcl = `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${pw}"\n}`;
    expect(found(hcl)).toEqual([['password', pw]]);
    expect(found('variable "region" {\n  default = "eu-west-1a2b3c"\n}')).toEqual([]);
  });

  it('leaves commands whose value is a word or a reference', () => {
    expect(found('set -x API_KEY changeme')).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference, not a template
    expect(found('ENV DB_PASSWORD ${DB_PASSWORD}')).toEqual([]);
  });
});

describe('log-prefixed key blocks', () => {
  const LABEL = ['RSA', 'PRIVATE', 'KEY'].join(' ');

  function block(
    bytes: number,
    prefix: (line: number) => string,
  ): { text: string; body: string[] } {
    const body = gen(`{b:${bytes}}`).match(/.{1,64}/g) ?? [];
    const lines = [
      `${prefix(0)}-----BEGIN ${LABEL}-----`,
      ...body.map((line, i) => `${prefix(i + 1)}${line}`),
      `${prefix(body.length + 1)}-----END ${LABEL}-----`,
    ];
    return { text: lines.join('\n'), body };
  }

  const stamp = (line: number): string =>
    `2024-05-01T08:00:${String(line % 60).padStart(2, '0')}Z INFO `;

  it('covers every body line when the block fits in one finding', () => {
    const { text, body } = block(1190, stamp);
    const out = redactor.redact(text).text;
    for (const line of body) expect(out).not.toContain(line);
    expect(out.startsWith('2024-05-01T08:00:00Z INFO [REDACTED:private_key]')).toBe(true);
  });

  it('covers the body from both ends when the prefixes make it longer than one finding', () => {
    const { text, body } = block(
      1190,
      (line) => `2024-05-01 08:00:0${line % 10}.123 [main] INFO app - `,
    );
    expect(text.length).toBeGreaterThan(2048);
    const out = redactor.redact(text).text;
    for (const line of body) expect(out).not.toContain(line);
  });

  it('gives the stream the same result for any chunk size', () => {
    const { text } = block(1190, stamp);
    const once = redactor.redact(`before\n${text}\nafter`).text;
    for (const size of [1, 7, 64, 333, 1000]) {
      const stream = createStreamRedactor();
      const source = `before\n${text}\nafter`;
      let out = '';
      for (let i = 0; i < source.length; i += size) out += stream.push(source.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(once);
    }
  });

  it('stops at lines that are not key material', () => {
    const text = `ts INFO -----BEGIN ${LABEL}-----\nts INFO starting worker pool\nts INFO ready`;
    expect(found(text)).toEqual([]);
  });
});

describe('tokenLike', () => {
  it('accepts random tokens and rejects words, identifiers and digests', () => {
    for (const value of ['ofMj5P3xKKpxrTQGgSTVX7rR0UFOnNhld6', '1cfe987f7232fa4d91ccdf1f6529f58d'])
      expect(tokenLike(value), value).toBe(true);
    for (const value of [
      'required',
      'TokenType_Identifier',
      'OAuth2AccessToken',
      'use_new_scheme_v2',
      '4096',
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ])
      expect(tokenLike(value), value).toBe(false);
  });
});

describe('keys named in a question, before their value', () => {
  it('finds the value after a key word and a question mark', () => {
    const hex = gen('{h:40}');
    const secret = token(32);
    const password = 'W38d6cgJM^7.AmBDnF8t';
    expect(found(`\u00bfpuedes probar con esta token? ${hex}`)).toEqual([['token', hex]]);
    expect(found(`tu peux tester avec cette secret ? ${secret}`)).toEqual([['secret', secret]]);
    expect(found(`puoi provare con questa password? ${password}`)).toEqual([
      ['password', password],
    ]);
    expect(found(`consegue testar com essa senha? ${password}`)).toEqual([['password', password]]);
    expect(found(`kun je het proberen met deze wachtwoord? ${password}`)).toEqual([
      ['password', password],
    ]);
  });

  it('keeps questions answered in words', () => {
    expect(found('What is the password? It is in the vault.')).toEqual([]);
    expect(found('Forgot your password? Reset it here.')).toEqual([]);
    expect(found('Is this the right key? Yes.')).toEqual([]);
    expect(found('Qual \u00e9 a senha? N\u00e3o sei.')).toEqual([]);
  });
});

describe('labels of PII in other languages', () => {
  it('reads a copula of the catalogue languages, after a short qualifier', () => {
    expect(found('mein TFN ist 876543210')).toEqual([['au_tfn', '876543210']]);
    expect(found('le TFN du client est 876543210')).toEqual([['au_tfn', '876543210']]);
    expect(found('mi SSN es 123456780')).toEqual([['us_ssn', '123456780']]);
    expect(found('the order 876543210 is late')).toEqual([]);
  });

  it('reads a key qualified in Dutch, French, Spanish or Italian before " is "', () => {
    const secret = token(36);
    expect(found(`de client secret voor acceptatie is ${secret}`)).toEqual([['secret', secret]]);
  });
});

describe('masked displays of a key', () => {
  it('are no findings', () => {
    expect(found('api_key = "sk_live_\u2022\u2022\u2022\u20220152"')).toEqual([]);
    expect(found('the new db password is `ghp_****a1b2`')).toEqual([]);
  });
});

describe('German birth dates and dotted header settings', () => {
  it('reads "geb." and "geb. am" as a birth label', () => {
    expect(found('[22:33] Sara: geb. am 27 October 1984')).toEqual([
      ['date_of_birth', '27 October 1984'],
    ]);
    expect(found('Name: Max, geb. 27.10.1984')).toEqual([['date_of_birth', '27.10.1984']]);
    expect(found('Auftrag vom 27.10.1984')).toEqual([]);
  });

  it('reads a lower-case Bearer under a dotted auth header setting', () => {
    const value = token(43);
    expect(found(`spring.auth.header=bearer ${value}`)).toEqual([['http_bearer_token', value]]);
  });
});
