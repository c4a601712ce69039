import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redact/redactor.js';
import { expand, rng } from '../../fixtures/secrets.js';
import { spans, streamedInChunks } from './helpers.js';

// Credential-shaped values are built at run time; none sits in the repository.
const r = rng(2027);
const gen = (template: string): string => expand(template, r).text;
/** A generated password with symbols. */
const password = (): string => gen('{a:6}!{A:5}#{d:3}');
const redactor = createRedactor();

const found = (text: string): [string, string][] => spans(redactor, text, 'ruleId');

function basic(user: string, password: string): string {
  return btoa(`${user}:${password}`);
}

describe('labels inside an ARN', () => {
  const arn = `arn:aws:secretsmanager:us-east-1:${gen('{d:12}')}:secret:prod/db-${gen('{A:6}')}`;

  it('does not read `secret:` inside an ARN as a label', () => {
    for (const text of [
      `SECRET_ARN=${arn}`,
      `"secretArn": "${arn}"`,
      `the secret arn is ${arn}. ok`,
      `<kmsKeyArn>${arn}</kmsKeyArn>`,
      `x,${arn},y`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it('still reads a label after a colon elsewhere', () => {
    const value = gen('{A:16}{d:4}');
    expect(found(`config:secret: ${value}`)).toEqual([['generic.secret', value]]);
  });
});

describe('settings named after passwords', () => {
  it('skips keys whose last word names a setting', () => {
    for (const text of [
      'password_hasher=bcrypt',
      'acme.client.password.hasher=sha256',
      'passwordHasher: "rotate-monthly"',
      "    'password_hasher' => 'bcrypt',",
      'export PASSWORD_HASHER="aws-secretsmanager"',
      'config password.hasher=min_length_12',
      'password_storage: stored-in-vault',
      'password_encryption = scram-sha-256',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('still reports the password itself', () => {
    expect(found('db_password=Tr0ub4dor&3xK')).toEqual([['generic.password', 'Tr0ub4dor&3xK']]);
  });
});

describe('URL-encoded placeholders', () => {
  it('treats %3C...%3E as <...>', () => {
    expect(found('https://api.example.io/v1?password=%3Ctoken%3E&format=json')).toEqual([]);
    expect(found('https://api.example.io/v1?db_password=%3cpassword%3e')).toEqual([]);
  });
});

describe('query values as long as the longest a rule accepts', () => {
  it('ends the value at the next parameter even at the length limit', () => {
    const hex = gen('{h:64}');
    const text = `https://api.example.net/v2?together_ai_key=${hex}&format=json&page=1`;
    expect(found(text)).toEqual([['together.legacy-api-key', hex]]);
  });
});

describe('Azure SAS tokens without their URL', () => {
  const query = () =>
    `sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdl&se=2030-04-15T02:00:00Z&st=2025-06-08T12:00:00Z&spr=https&sig=${gen('{b:43}')}%3D`;

  it('finds the signature of a SAS token set as a value', () => {
    for (const wrap of [
      (q: string) => `config.x.blob_sas = '${q}'`,
      (q: string) => `BLOB_SAS=${q}`,
      (q: string) => `spring.datasource.blob.sas=${q}\n`,
      (q: string) => `    "os.environ[\\"BLOB_SAS\\"] = \\"${q}\\"\\n",`,
      (q: string) => `-H "X-Sas: ${q}"`,
    ]) {
      const q = query();
      const sig = q.slice(q.indexOf('&sig=') + 5);
      const text = wrap(q);
      expect(found(text), text).toEqual([['azure.sas-token', sig]]);
    }
  });

  it('wants the version to start a value and the parameters to run unbroken', () => {
    const sig = `${gen('{b:43}')}%3D`;
    expect(found(`csv=2022-11-02&sig=${sig}`)).toEqual([]);
    expect(found(`sv=2022-11-02 and then ?a=b&sig=${sig}`)).toEqual([]);
  });
});

describe('Bearer and Basic credentials outside an Authorization header', () => {
  it('reads settings and members named authorization', () => {
    const token = gen('{A:20}{d:3}{A:20}');
    expect(found(`config.x.authorization = 'Bearer ${token}'`)).toEqual([
      ['http.bearer-token', token],
    ]);
    const creds = basic('svc_api', gen('{A:24}'));
    expect(found(`acme.client.authorization=Basic ${creds}\n`)).toEqual([
      ['http.basic-auth', creds],
    ]);
  });

  it('reads them in prose, after the scheme word alone', () => {
    const creds = basic('deploy', gen('{A:20}'));
    expect(found(`here is the prod access token: Basic ${creds}. Also`)).toEqual([
      ['http.basic-auth', creds],
    ]);
    const token = gen('{a:8}{d:4}{A:8}{d:4}{a:8}');
    expect(found(`pourquoi Bearer ${token} ne marche pas ?`)).toEqual([
      ['http.bearer-token', token],
    ]);
  });

  it('leaves words after Bearer and Basic alone', () => {
    for (const text of [
      'Bearer tokens are sent in the Authorization header.',
      'Bearer OAuth2AccessTokenIdentifierForTheApi',
      'Basic authentication is disabled',
      'Basic usage: run the tool',
      'Bearer <token>',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('code between a key and its value', () => {
  it('reads property names passed with their value', () => {
    const secret = gen('{A:18}+{A:21}');
    expect(found(`PROPS.setProperty("aws.secret.access.key", "${secret}");`)).toEqual([
      ['aws.secret-access-key', secret],
    ]);
    const token = gen('{A:12}{d:2}{A:12}');
    expect(found(`props.put("private.token", "${token}");`)).toEqual([['generic.token', token]]);
    expect(found(`os.Setenv("aws_secret_access_key", "${secret}")`)).toEqual([
      ['aws.secret-access-key', secret],
    ]);
  });

  it('wants a random token for a catch-all rule behind a property name', () => {
    expect(found('i18n.put("api.key", "Enter the API key of your account")')).toEqual([]);
    expect(found('t("auth.password", "Enter your password")')).toEqual([]);
  });

  it('reads a value wrapped in an object', () => {
    const key = gen('{A:32}');
    expect(found(`module.exports.mistralApiKey = { value: '${key}', rotate: false };`)).toEqual([
      ['mistral.api-key', key],
    ]);
    expect(found('module.exports.apiKey = { value: process.env.KEY };')).toEqual([]);
  });

  it("reads Rust's unwrap_or fallbacks", () => {
    const key = gen('{A:32}');
    expect(
      found(`let k = env::var("MISTRAL_API_KEY").unwrap_or_else(|_| "${key}".to_string());`).map(
        (f) => f[1],
      ),
    ).toEqual([]);
    expect(
      found(
        `let mistral_api_key = env::var("MISTRAL_API_KEY").unwrap_or_else(|_| "${key}".to_string());`,
      ),
    ).toEqual([['mistral.api-key', key]]);
    expect(found(`let mistral_key = env::var("MISTRAL_KEY").unwrap_or("${key}");`)).toEqual([
      ['mistral.api-key', key],
    ]);
  });

  it('reads escaped quotes and escapes after unquoted values', () => {
    const hex = gen('{h:64}');
    expect(found(`"config[\\"together_ai_key\\"] = \\"${hex}\\"\\n",`)).toEqual([
      ['together.legacy-api-key', hex],
    ]);
    expect(found(`Together AI key: ${hex}\\nTFN follows`)).toEqual([
      ['together.legacy-api-key', hex],
    ]);
    expect(found('"config[\\"tax_file_number\\"] = \\"123456782\\"\\n",')).toEqual([
      ['pii.au-tfn', '123456782'],
    ]);
  });
});

describe('keys named in a sentence before a clause', () => {
  it('reads a few words and was or is between key and value', () => {
    const vercel = gen('{A:24}');
    expect(found(`the Vercel token we rotated yesterday was ${vercel}`)).toEqual([
      ['vercel.token', vercel],
    ]);
    const cf = gen('{h:37}');
    expect(found(`the Cloudflare global API key we rotated yesterday was ${cf} ok`)).toEqual([
      ['cloudflare.global-api-key', cf],
    ]);
    const key = gen('{A:10}{d:2}{A:10}');
    expect(found(`the API key for staging is ${key}`)).toEqual([['generic.api-key', key]]);
  });

  it('leaves words and other nouns alone', () => {
    for (const text of [
      'the token we rotated yesterday was invalid',
      'the access token we got is expired',
      'the API key you gave me is in the vault',
      'the secret arn is arn:aws:iam::123456789012:role/x',
      'class_name=BUILDER_HANDLER_PAYMENT_PASSWORD dur=850ms',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('national phone numbers after a phone label', () => {
  it('reads one run of digits with a trunk prefix', () => {
    for (const [text, phone] of [
      ['export CONTACT_PHONE=0973219136', '0973219136'],
      ['  phone: "07834592939"', '07834592939'],
      ['call me on 0406997128. thanks', '0406997128'],
      ['| phone | 0735051442 |', '0735051442'],
      ['Tel. 03012345678', '03012345678'],
      // The label may say it is a number.
      ['{"phoneNumber": "07697852162"}', '07697852162'],
      ['| phone number | 0433479174 |', '0433479174'],
      ['mobile_no=0406997128', '0406997128'],
      // "my number is", also in brackets or code.
      ['bob: my number is 0607719247 thanks', '0607719247'],
      ['ivan: my number is (06782889945) thanks', '06782889945'],
      ['INFO [search] my number is `07403315866`', '07403315866'],
    ] as const)
      expect(found(text), text).toEqual([['pii.phone', phone]]);
  });

  it('leaves unlabeled digit runs alone', () => {
    for (const text of [
      'order 0973219136 shipped',
      'id,value\n1,0973219136',
      'phone: 0012345678',
      'ref 07834592939',
      'phone_count: 0433479174',
      'phone numbers sold: 0433479174',
      'your order number is 0973219136',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('generic values with symbols', () => {
  it('accepts symbols inside the value of a secret-like key', () => {
    for (const value of ['rH#Ej0pRb44y%O9N', 'uuoHmPs-Lx!kO602X', 'Aqp-c*zBMH7w!Q02Z6Kqg39']) {
      expect(found(`AUTH_TOKEN: ${value} # rotated`)).toEqual([['generic.token', value]]);
      expect(found(`"accessToken": "${value}"`)).toEqual([['generic.token', value]]);
    }
    expect(found('api_key=s-YhkJU1s-kIF^z verbose=1')).toEqual([
      ['generic.api-key', 's-YhkJU1s-kIF^z'],
    ]);
  });

  it('keeps ` #` a comment', () => {
    const value = gen('{A:10}{d:3}{A:10}');
    expect(found(`AUTH_TOKEN=${value} #note`)).toEqual([['generic.token', value]]);
  });
});

describe('tracing ids that pass Luhn', () => {
  it('reads a number after span= as a span id', () => {
    expect(found('trace=467a814719c7af span=6260677996423460 ok')).toEqual([]);
    expect(found('card 6260677996423460 on file').map((f) => f[0])).toEqual(['pii.credit-card']);
  });
});

describe('URL-encoded emails', () => {
  it('finds an email whose @ is written %40, with the encoded span', () => {
    expect(found('GET /hooks?customer_email=cmuller9%40web.de&format=json')).toEqual([
      ['pii.email', 'cmuller9%40web.de'],
    ]);
    expect(found('mailto:jane.doe%40example.com')).toEqual([
      ['pii.email', 'jane.doe%40example.com'],
    ]);
  });

  it('leaves a %40 that is no mailbox alone', () => {
    for (const text of ['50%40 off today', 'a%40b', 'rate=100%40example', '%40'])
      expect(found(text), text).toEqual([]);
  });
});

describe('URL-encoded remotes', () => {
  it('reads encoded URL user information and SCP-style remotes as no mailbox', () => {
    for (const text of [
      'callback?repo=git%40github.com%3Aacme%2Fweb.git&page=2',
      'callback?repo=ssh%3A%2F%2Fgit%40gitlab.example.io%3A2222%2Fcore.git',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('values set off in prose', () => {
  const key = gen('{u:32}');

  it('reads a random token in brackets, typographic quotes or emphasis', () => {
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
      ['<', '>'],
      ['« ', ' »'],
      ['\u201e', '\u201c'],
      ['\u2018', '\u2019'],
      ['\u300c', '\u300d'],
      ['*', '*'],
      ['**', '**'],
    ]) {
      const text = `My API key is ${open}${key}${close}, thanks.`;
      expect(found(text), text).toEqual([['generic.api-key', key]]);
    }
  });

  it('ends a value at an ellipsis or CJK punctuation', () => {
    expect(found(`The token is ${key}\u2026, thanks.`)).toEqual([['generic.token', key]]);
    expect(found(`the api key: ${key}\u3002`)).toEqual([['generic.api-key', key]]);
  });

  it('reads a value whose inside is no random token whole, wrappers and all', () => {
    expect(found('DB_PASSWORD=**Summer2024**')).toEqual([['generic.password', '**Summer2024**']]);
  });

  it('leaves remarks, templates and identifiers in brackets alone', () => {
    for (const text of [
      'the api key is (see vault)',
      'the api key: {API_KEY}',
      'the api key: <YOUR_API_KEY>',
      'the api key: [REDACTED]',
      'password = (self.db_password)',
      'APP_SECRET=(load_secret)',
      'token: (required)',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('credentials in command lines and files without an operator', () => {
  it('reads netrc entries on one line or several', () => {
    const a = gen('{A:14}');
    const b = gen('{A:16}');
    const text = `machine ftp.example.io\n  login ops@example.io\n  password ${a}\nmachine api.example.com login deploy password ${b}\n`;
    expect(found(text).filter((f) => f[0] === 'generic.password')).toEqual([
      ['generic.password', a],
      ['generic.password', b],
    ]);
    expect(found('machine learning models need a password first')).toEqual([]);
    expect(found('machine x.io login me password changeme')).toEqual([]);
  });

  it('reads one-dash password options and a quoted mysql -p', () => {
    const pw = gen('{A:15}');
    for (const text of [
      `keytool -importkeystore -srcstorepass ${pw} -deststorepass changeit`,
      `keytool -list -keystore app.jks -storepass ${pw}`,
      `mysql -h db.internal -u root -p'${pw}' shop`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
    expect(found('docker run -p 8080:80 -password $PASS')).toEqual([]);
  });

  it('reads a SQL value named by the condition after it', () => {
    const dd = gen('{h:32}');
    expect(found(`UPDATE settings SET value = '${dd}' WHERE name = 'dd_api_key';`)).toEqual([
      ['datadog.api-key', dd],
    ]);
    expect(found("UPDATE settings SET value = 'postgres' WHERE name = 'db_driver';")).toEqual([]);
  });
});

describe('keys named in the prose of other languages', () => {
  const key = gen('{u:32}');

  it('reads copulas, colons and particles after a key word', () => {
    const cases: [string, string][] = [
      [`mein Okta Token lautet (${key}) \u2013 k\u00f6nnt ihr pr\u00fcfen?`, 'generic.token'],
      [
        `Der neue Datadog API-Schl\u00fcssel ist ${key}. Bitte nicht weitergeben.`,
        'generic.api-key',
      ],
      [`Voici le jeton : \u201e${key}\u201c`, 'generic.token'],
      [`El secreto Auth0 nuevo es [${key}], gracias.`, 'generic.secret'],
      [`O novo token Cloudflare \u00e9 ${key}. Obrigado!`, 'generic.token'],
      [`Passwort: ${key}`, 'generic.password'],
      [`\u65b0\u3057\u3044Cloudflare\u30c8\u30fc\u30af\u30f3\uff1a${key}.`, 'generic.token'],
      [
        `\u6211\u7684Cohere API\u5bc6\u94a5\u662f\`${key}\`\uff0c\u8bf7\u5e2e\u5fd9\u770b\u770b\u3002`,
        'generic.api-key',
      ],
    ];
    for (const [text, rule] of cases) expect(found(text), text).toEqual([[rule, key]]);
  });

  it('reads a value named after it: use ... as the key', () => {
    for (const text of [
      `Bitte verwendet ${key} als Cloudflare API-Schl\u00fcssel f\u00fcr die Testumgebung.`,
      `Merci d\u2019utiliser \u00ab ${key} \u00bb comme cl\u00e9 API Cohere pour la pr\u00e9prod.`,
      `Por favor, usad **${key}** como clave API Datadog en pruebas.`,
      `Please use ${key} as the API key for staging.`,
      // Chinese "please use ... as the test environment's Cloudflare API key".
      `\u8bf7\u4f7f\u7528\u201e${key}\u201c\u4f5c\u4e3a\u6d4b\u8bd5\u73af\u5883\u7684CloudflareAPI\u5bc6\u94a5\u3002`,
    ])
      expect(found(text), text).toEqual([['generic.api-key', key]]);
  });

  it('reads a value named in parentheses after it', () => {
    for (const text of [
      `can u try with ${key}? (Cloudflare API key)`,
      `can u try with \u201c${key}\u201d? (Datadog API key)`,
      `use ${key} (Azure Storage API key) for now`,
    ])
      expect(found(text), text).toEqual([['generic.api-key', key]]);
    expect(found(`can u try with ${key},? (Netlify token)`)).toEqual([['generic.token', key]]);
    // A remark in parentheses names no value; prose before it is no token.
    expect(found(`the list ${key} (see the API key docs)`)).toEqual([]);
    expect(found('can you try with the staging one? (API key)')).toEqual([]);
  });

  it('reads guillemets set off by no-break spaces, prose in JSON strings, and "New one:"', () => {
    for (const space of ['\u00a0', '\u202f', ' ']) {
      expect(found(`The Okta token is: \u00ab${space}${key}${space}\u00bb`)).toEqual([
        ['generic.token', key],
      ]);
      expect(
        found(`Merci d\u2019utiliser \u00ab${space}${key}${space}\u00bb comme jeton Vercel.`),
      ).toEqual([['generic.token', key]]);
    }
    expect(found(`{"text":"The API key is: [${key}]\\nThanks!"}`)).toEqual([
      ['generic.api-key', key],
    ]);
    expect(found(`{"text":"The Cloudflare token is: ${key}.\\nThanks!"}`)).toEqual([
      ['generic.token', key],
    ]);
    expect(found(`We rotated the Datadog API key yesterday. New one: \`${key}\``)).toEqual([
      ['generic.api-key', key],
    ]);
    expect(found(`We bought a car. New one: ${key}`)).toEqual([]);
  });

  it('reads a Japanese object particle and a pair inside a pair', () => {
    for (const [text, rule] of [
      [
        `Cloudflare API\u30ad\u30fc\u3092\u300c${key}\u300d\u306b\u5909\u66f4\u3057\u307e\u3057\u305f\u3002`,
        'generic.api-key',
      ],
      [
        `Cohere API\u30ad\u30fc\u3092\u300c'${key}'\u300d\u306b\u5909\u66f4\u3057\u307e\u3057\u305f\u3002`,
        'generic.api-key',
      ],
      [
        `Cloudflare API\u30ad\u30fc\u306f\u300c\`${key}\`\u300d\u3067\u3059\u3002`,
        'generic.api-key',
      ],
      [
        `Twilio\u30c8\u30fc\u30af\u30f3\u3092\u300c**${key}**\u300d\u306b\u5909\u66f4`,
        'generic.token',
      ],
      [
        `Twilio\u30c8\u30fc\u30af\u30f3\u3092\u300c${key};\u300d\u306b\u5909\u66f4`,
        'generic.token',
      ],
      [
        `Cloudflare\u4ee4\u724c\u5df2\u66f4\u65b0\u4e3a\u201c\u201e${key}\u201c\u201d\uff0c\u8c22\u8c22\uff01`,
        'generic.token',
      ],
    ] as const)
      expect(found(text), text).toEqual([[rule, key]]);
  });

  it('leaves words, variable names and URLs alone', () => {
    for (const text of [
      'Der Schl\u00fcssel ist abgelaufen.',
      'la clave es importante',
      'I use Kubernetes3 as my platform',
      `Der neue Vertrag ist ${key}`,
      'mongodb://username:password@host:1234/?authSource=admin',
      'note : abc',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('brackets inside a generated password', () => {
  it('keeps a } or ] that closes a bracket the value opened', () => {
    expect(found('pre DB_PASSWORD=54XVbVw{}BvGgoTg6')).toEqual([
      ['generic.password', '54XVbVw{}BvGgoTg6'],
    ]);
    expect(found('const c = { password: s3cr3tPassw0rdX }')).toEqual([
      ['generic.password', 's3cr3tPassw0rdX'],
    ]);
  });
});

describe('headers set by server directives and meta tags', () => {
  it('reads an Authorization header set without a colon', () => {
    const bearer = gen('{A:34}');
    const credentials = basic('deploy', gen('{A:16}'));
    expect(found(`proxy_set_header Authorization "Bearer ${bearer}";`)).toEqual([
      ['http.bearer-token', bearer],
    ]);
    expect(found(`RequestHeader set Authorization "Basic ${credentials}"`)).toEqual([
      ['http.basic-auth', credentials],
    ]);
    expect(found('proxy_set_header Authorization $http_authorization;')).toEqual([]);
  });

  it("reads a meta tag's content named by its name", () => {
    const key = gen('{B:40}');
    expect(found(`<meta name="aws-secret-key" content="${key}">`).map((f) => f[1])).toEqual([key]);
    expect(found('<meta name="description" content="Bearer of bad news everywhere">')).toEqual([]);
  });
});

describe('CSV rows with a field the header does not name', () => {
  it('still judges the named columns', () => {
    const text = [
      'customer_id,name,tfn,card_number',
      '43207,Kenji Tanaka,123456782,note,9400079963854031531850',
      '18772,Maria Schmidt,876543210,other',
    ].join('\n');
    expect(
      found(text)
        .filter((f) => f[0] === 'pii.au-tfn')
        .map((f) => f[1]),
    ).toEqual(['123456782', '876543210']);
  });
});

describe('literals in constructors, and what loggers write instead of a value', () => {
  it('reads the literal inside String::from and its kin, not the call', () => {
    const key = gen('{u:34}');
    for (const call of ['String::from', 'SecretString::new', 'Some'])
      expect(found(`let api_key = ${call}("${key}");`), call).toEqual([['generic.api-key', key]]);
    expect(found('let port = String::from("8080");')).toEqual([]);
    expect(found('let api_key = String::from("<hidden>");')).toEqual([]);
  });

  it('leaves filter markers, escaped placeholders and lookups alone', () => {
    for (const text of [
      "  password: '[FILTERED]'",
      '  :password => "[hidden]",',
      'api_key = "&lt;your-openai-key&gt;"',
      'password = System.getenv("DB_PASSWORD")',
      'secret = Environment.GetEnvironmentVariable("APP_SECRET")',
      'token = ENV.fetch("GITHUB_TOKEN")',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('short query keys, arrows and punctuation after a value in prose', () => {
  const key = gen('{u:36}');

  it('reads a random token after ?key= or &auth=, up to the next parameter or the fragment', () => {
    expect(found(`GET https://api.example.io/v1/search?q=berlin&key=${key}&format=json`)).toEqual([
      ['generic.api-key', key],
    ]);
    expect(found(`fetch: https://api.example.io/v1?q=x&auth=${key}#top`)).toEqual([
      ['generic.api-key', key],
    ]);
    for (const text of [
      'https://x.io/?key=value&auth=true',
      'x:/resource?key=value%23still-query#first',
      'https://example.org/?key=first_name',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('reads a key and its value across an arrow', () => {
    expect(found(`FYI Okta token \u2192 '${key}'`)).toEqual([['generic.token', key]]);
  });

  it('leaves a run of punctuation after a value out of it, but keeps an ellipsis an example', () => {
    expect(found(`my api key is ${key},? thanks`)).toEqual([['generic.api-key', key]]);
    expect(found(`the token is ${key};. ok`)).toEqual([['generic.token', key]]);
    expect(found('the token is abcd1234efgh...')).toEqual([]);
  });
});

describe('a key block kept as JSON strings, one per line (a notebook cell)', () => {
  it('covers the whole block, longer than one finding, in one call and in a stream', () => {
    const label = ['ENCRYPTED', 'PRIVATE', 'KEY'].join(' ');
    const lines = Array.from({ length: 30 }, () => `    "${gen('{B:64}')}\\n",`);
    const text = [
      '   "source": [',
      `    "private_key = \\"\\"\\"-----BEGIN ${label}-----\\n",`,
      ...lines,
      `    "-----END ${label}-----\\"\\"\\"\\n",`,
      '    "print(1)"',
      '   ]',
    ].join('\n');
    const out = redactor.redact(text).text;
    for (const line of lines) expect(out).not.toContain(line.slice(5, 69));
    expect(out).toContain('"print(1)"');
    const stream = redactor.createStream();
    let streamed = '';
    for (let i = 0; i < text.length; i += 37) streamed += stream.push(text.slice(i, i + 37));
    expect(streamed + stream.flush()).toBe(out);
  });
});

describe('credentials passed to calls', () => {
  // Drawn inside each test: a value drawn while the file is collected would shift the
  // values every earlier test draws.
  it('reads the password argument of a known credential API', () => {
    const pw = password();
    for (const text of [
      `new NetworkCredential("admin", "${pw}")`,
      `new PasswordAuthentication("admin", "${pw}".toCharArray())`,
      `new UsernamePasswordCredentials("admin", "${pw}")`,
      `requests.post(url, auth=HTTPBasicAuth('admin', '${pw}'))`,
      `requests.get(url, auth=('admin', '${pw}'))`,
      `es = Elasticsearch(hosts, basic_auth=("elastic", "${pw}"))`,
      `server.login("user", "${pw}")`,
      `DriverManager.getConnection(url, "root", "${pw}");`,
      `mysqli_connect("localhost", "root", "${pw}", "db");`,
      `new PDO($dsn, 'root', '${pw}');`,
      `new Sequelize('db', 'root', '${pw}', { dialect: 'mysql' })`,
      `getConnection(\n  jdbcUrl,\n  "root", "${pw}"\n)`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
  });

  it('reads the literal a setter named by a key is given', () => {
    const pw = password();
    for (const text of [
      `user.setPassword("${pw}");`,
      `ds.set_password('${pw}')`,
      `builder.password("${pw}").build()`,
      `config.withPassword("${pw}")`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
    const secret = gen('{A:20}{d:4}{A:8}');
    expect(found(`client.setClientSecret("${secret}")`)).toEqual([['generic.secret', secret]]);
  });

  it('leaves other arguments, other calls and non-literals alone', () => {
    const pw = password();
    for (const text of [
      `new NetworkCredential("${pw}", secret)`,
      `server.login("${pw}")`,
      `getConnection("${pw}", "root", pw)`,
      `mysqli_connect("localhost", "${pw}", $pass, "db");`,
      `user.getPassword("${pw}")`,
      `hasher.check("${pw}")`,
      `format("${pw}", "${pw}")`,
      'user.setPassword(password);',
      'client.login(user, "password");',
      'form.setPasswordLabel("Enter your password");',
      `log.info("login", "${pw}")`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it('redacts them the same in a stream, whatever the chunk size', () => {
    const pw = password();
    const text = [
      `server.login("user", "${pw}")`,
      `new PDO($dsn, 'root', '${pw}');`,
      `user.setPassword("${pw}");`,
      `requests.get(url, auth=('admin', '${pw}'))`,
    ].join('\n');
    const out = redactor.redact(text).text;
    expect(out).not.toContain(pw);
    for (const size of [1, 2, 3, 5, 8, 13])
      expect(streamedInChunks(redactor, text, size), `chunks of ${size}`).toBe(out);
  });

  it('does not read back past a statement or an unclosed string', () => {
    const pw = password();
    for (const text of [`x = 1; f("a", "${pw}")`, `login; "a", "${pw}"`, `login("a, "${pw}"`])
      expect(found(text), text).toEqual([]);
  });
});

describe('passwords qualified in a sentence, under a credentials label, or in a secure string', () => {
  it('reads a key qualified by a preposition, and an adverb before the value', () => {
    const pw = password();
    for (const text of [
      `The password for admin is ${pw}`,
      `the password for the staging server is ${pw}.`,
      `The root password on db01 is ${pw}`,
      `The admin password is now ${pw}, please change it.`,
      `my password is still ${pw}`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
  });

  it('reads the password of a user:password pair under a credentials label', () => {
    const pw = password();
    for (const text of [
      `credentials: admin:${pw}`,
      `creds: admin:${pw}`,
      `Login: root:${pw}`,
      `auth = svc_backup:${pw}`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
  });

  it('reads the literal PowerShell turns into a secure string, and mongo -p', () => {
    const pw = password();
    for (const text of [
      `$password = ConvertTo-SecureString "${pw}" -AsPlainText -Force`,
      `New-LocalUser -Name admin -Password (ConvertTo-SecureString "${pw}" -AsPlainText -Force)`,
      `mongosh -u admin -p ${pw} --authenticationDatabase admin`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
  });

  it('leaves words, other nouns and other pairs alone', () => {
    for (const text of [
      'The password for this account is required',
      'the password for admin is stored in the vault',
      'The password is now required to be 12 characters',
      'the price for the plan is $20/month',
      'the token of the day is expired',
      'Note: time:10:30 and ratio: 16:9',
      'creds: see the vault',
      'host: db.internal:5432',
      '$x = ConvertTo-SecureString $plain -AsPlainText -Force',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('redacts them the same in a stream, whatever the chunk size', () => {
    const pw = password();
    const text = [
      `$password = ConvertTo-SecureString "${pw}" -AsPlainText -Force`,
      `The password for admin is now ${pw}`,
      `credentials: admin:${pw}`,
    ].join('\n');
    const out = redactor.redact(text).text;
    expect(out).not.toContain(pw);
    for (const size of [1, 2, 3, 5, 8, 13])
      expect(streamedInChunks(redactor, text, size), `chunks of ${size}`).toBe(out);
  });
});

describe('labels in Markdown emphasis', () => {
  it('reads the key inside the emphasis, colon in or out', () => {
    const key = gen('{A:35}');
    for (const text of [
      `- **API key:** ${key}\n`,
      `- **API key**: ${key}\n`,
      `*API key*: ${key}`,
      `**Ticket #2499**\n\n- **API key:** ${key}\n- **Status:** open`,
    ])
      expect(found(text), text).toEqual([['generic.api-key', key]]);
    const pw = password();
    expect(redactor.redact(`**Password:** ${pw}`).text).toBe('**Password:** [REDACTED:password]');
  });

  it('leaves other emphasised labels and a bold colon without a value alone', () => {
    for (const text of [
      '- **Status:** closed',
      '**Note:** the key is rotated every month',
      '**Token:**\n',
      'paths:** /*.ts',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('redacts them the same in a stream, whatever the chunk size', () => {
    const key = gen('{A:35}');
    const text = `- **API key:** ${key}\n- **Secret**: ${gen('{A:40}')}\n`;
    const out = redactor.redact(text).text;
    expect(out).not.toContain(key);
    for (const size of [1, 2, 3, 5, 8, 13])
      expect(streamedInChunks(redactor, text, size), `chunks of ${size}`).toBe(out);
  });
});

describe('variables that hold a whole Authorization header', () => {
  it('reads the credential after Bearer or Basic', () => {
    const token = gen('{A:40}');
    expect(found(`AUTH_HEADER="Bearer ${token}"`)).toEqual([['http.bearer-token', token]]);
    expect(found(`authHeader: "Bearer ${token}"`)).toEqual([['http.bearer-token', token]]);
    const creds = basic('jenkins', gen('{A:24}'));
    expect(found(`export AUTH_HEADER='Basic ${creds}'`)).toEqual([['http.basic-auth', creds]]);
  });

  it('reads the header named in a sentence', () => {
    const creds = basic('svc', gen('{A:20}'));
    expect(found(`the Authorization header is Basic ${creds}, please rotate it`)).toEqual([
      ['http.basic-auth', creds],
    ]);
    const token = gen('{A:40}');
    expect(found(`I set the Authorization header to Bearer ${token} and still get 401`)).toEqual([
      ['http.bearer-token', token],
    ]);
    for (const text of [
      'Set the Authorization header to Bearer tokens for every call.',
      'The Authorization header is missing.',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("a setter's lower-case setting name and its value", () => {
  it('reads the value a setter gives a credential setting', () => {
    const pw = gen('{a:4}{d:1}{A:9}');
    const key = gen('{A:39}');
    expect(found(`props.setProperty("password", "${pw}");`)).toEqual([['generic.password', pw]]);
    expect(found(`cfg.set('apikey', '${key}')`)).toEqual([['generic.api-key', key]]);
  });

  it('leaves messages, other calls and plain words alone', () => {
    for (const text of [
      'i18n.set("password", "Your password");',
      't("password", "Enter the password")',
      'log("password", "qI4n8cYZo0o6Af")',
      'form.set("password", "hunter2")',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('documented sample credentials and quoted placeholders', () => {
  it("leaves vendors' documentation samples alone, but not a value one character off", () => {
    const stripe = `sk_test_${'4eC39HqLyjWDarjtT1zdp7dc'}`;
    expect(found(`my stripe key is ${stripe}`)).toEqual([]);
    const jwt = [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ].join('.');
    expect(found(`EXAMPLE_JWT: ${jwt}`)).toEqual([]);
    const other = `${stripe.slice(0, -1)}X`;
    expect(found(`my stripe key is ${other}`)).toEqual([['stripe.test-secret-key', other]]);
  });

  it('reads "the new one is ..." as the value of the key named just before', () => {
    const pw = password();
    expect(found(`I changed my password yesterday; the new one is ${pw}`)).toEqual([
      ['generic.password', pw],
    ]);
    const key = expand('{h:32}', rng(31)).text;
    const mail = `Hi Sam,\n\nI rotated the Datadog API key this morning. The new one is ${key} and the old one is revoked.`;
    expect(found(mail)).toEqual([['datadog.api-key', key]]);
    const long = `${'Notes from the week. '.repeat(60)}${mail}\n`.repeat(3);
    const out = redactor.redact(long).text;
    expect(out).not.toContain(key);
    for (const size of [1, 7, 64, 500])
      expect(streamedInChunks(redactor, long, size), `chunks of ${size}`).toBe(out);
    // Not across a blank line, and not for a value that reads as a word.
    expect(found(`I rotated the Datadog API key.\n\nThe new one is ${key}.`)).toEqual([]);
    expect(found('Our API key policy changed. The new one is stricter.')).toEqual([]);
    // Each "new one" reaches back 240 units at most, however many came before it.
    const near = `the new one is ${pw}. `;
    const chain = `I rotated the password, ${near.repeat(20)}`;
    const keyEnd = chain.indexOf('password') + 'password'.length;
    const expected: [string, string][] = [];
    for (let k = chain.indexOf('one is'); k >= 0; k = chain.indexOf('one is', k + 1))
      if (k - 1 - 240 < keyEnd) expected.push(['generic.password', pw]);
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(20);
    // (The reach is the engine's; echoes of the value found are a later pass, off here.)
    const labelled = createRedactor({ secrets: { echoes: false } });
    expect(spans(labelled, chain, 'ruleId')).toEqual(expected);
    // With echoes, the value is redacted wherever it comes again, each one marked.
    const all = redactor.scan(chain);
    expect(all.map((f) => chain.slice(f.start, f.end))).toEqual(Array(20).fill(pw));
    expect(all.filter((f) => f.echo === true)).toHaveLength(20 - expected.length);
    expect(found(`the new one is ${pw}. `.repeat(20))).toEqual([]);
    expect(found(`We bought a car. The new one is ${pw}`)).toEqual([]);
  });

  it("reads HTTPie's -a and --auth user:password like curl's -u", () => {
    const pw = password();
    for (const text of [
      `http -a svc:${pw} GET https://api.example.com/v1/health`,
      `https --auth svc:${pw} https://api.example.com`,
      `curl --user svc:${pw} https://api.example.com`,
    ])
      expect(found(text), text).toEqual([['generic.password', pw]]);
    // Not after a URL's scheme, and not with curl's -a (append).
    expect(found(`see https://api.example.com -a svc:${pw}`)).toEqual([]);
    expect(found(`curl -a svc:${pw} https://api.example.com`)).toEqual([]);
  });

  it("reads wp-config.php's aligned define() pairs and a PAT named in a sentence", () => {
    const pw = password();
    expect(found(`define( 'DB_PASSWORD',         '${pw}' );`)).toEqual([['generic.password', pw]]);
    const pat = gen('{z:52}');
    expect(found(`FYI the Azure DevOps PAT is ${pat}, rotate it monthly.`)).toEqual([
      ['azure.devops-pat', pat],
    ]);
    const token = gen('{A:40}');
    expect(found(`my PAT is ${token}`)).toEqual([['generic.token', token]]);
    // "path", and a comma followed by more than 16 spaces, are something else.
    expect(found(`path: /srv/${token}`)).toEqual([]);
    expect(found(`call(a,${' '.repeat(20)}'${pw}')`)).toEqual([]);
  });

  it('reads the type of a schema field as no value', () => {
    const text =
      'class Settings(BaseSettings):\n    db_password: SecretStr\n    api_token: SecretStr = Field(...)\n    password: str';
    expect(found(text)).toEqual([]);
    const pw = password();
    expect(found(`db_password: ${pw}`)).toEqual([['generic.password', pw]]);
    // A variable holding the hash, and a token public by design, are no secrets either.
    expect(found('cursor.execute(sql, {"password": hashed, "id": uid})')).toEqual([]);
    const mapbox = `pk.eyJ1${gen('{u:60}')}.${gen('{u:22}')}`;
    expect(found(`mapboxgl.accessToken = '${mapbox}';`)).toEqual([]);
  });

  it('reads a quoted placeholder as no XML element opening a value', () => {
    expect(
      found("$ PGPASSWORD='<your-password>' psql -h db.internal -U app -c 'select 1'"),
    ).toEqual([]);
    const pw = password();
    expect(found(`<password>${pw}</password>`)).toEqual([['generic.password', pw]]);
  });
});

describe('a remark in parentheses between a key and is', () => {
  it('reads the key before the remark', () => {
    const pw = password();
    expect(found(`FYI the password (prod) is "${pw}"`)).toEqual([['generic.password', pw]]);
    for (const text of ['the password (see the wiki) is required', 'the office (room 4) is closed'])
      expect(found(text), text).toEqual([]);
  });
});

describe('access tokens named in other languages', () => {
  it('reads the token after its name', () => {
    const token = gen('{a:10}{d:3}{A:10}{d:2}{a:6}');
    for (const text of [
      `Das Zugriffstoken lautet ${token}`,
      `voici le jeton d'acc\u00e8s : ${token}.`,
      `El token de acceso es ${token}`,
      `O token de acesso \u00e9 ${token}`,
      `Het toegangstoken is ${token}`,
    ])
      expect(found(text), text).toEqual([['generic.token', token]]);
  });
});

describe('files and commands the blind sets showed', () => {
  it('reads the password of a .pgpass line, streamed or not', () => {
    const a = gen('{A:14}');
    const b = `${gen('{a:4}')}%${gen('{A:6}')}#${gen('{d:3}')}`;
    const text = `# hostname:port:database:username:password\ndb-replica.example.net:5432:app:app:${a}\n*:5432:*:postgres:${b}\n`;
    expect(found(text)).toEqual([
      ['generic.password', a],
      ['generic.password', b],
    ]);
    const out = redactor.redact(text).text;
    for (const size of [1, 3, 17]) expect(streamedInChunks(redactor, text, size)).toBe(out);
    expect(found(`localhost:6432:*:pgbouncer:${a}`)).toEqual([['generic.password', a]]);
    // Escaped colons belong to their field.
    expect(found(`db.internal:5432:my\\:db:app:${a}`)).toEqual([['generic.password', a]]);
  });

  it('reads a key in a sentence that ends in f ("the btc wif is ...")', () => {
    const wif = gen('{wif}');
    expect(found(`FYI the btc wif is ${wif}, rotate it after the demo.`)).toEqual([
      ['bitcoin.wif-private-key', wif],
    ]);
  });

  it('reads a value alone on the line after its label, in a code block or not', () => {
    const token = gen('{z:52}');
    for (const text of [
      `SYSTEM_ACCESSTOKEN:\n\`\`\`\n${token}\n\`\`\``,
      `new SYSTEM_ACCESSTOKEN for staging:\n${token}`,
      `new SYSTEM_ACCESSTOKEN for staging:\n\`\`\`text\n${token}\n\`\`\``,
    ])
      expect(
        found(text).map(([, value]) => value),
        text,
      ).toEqual([token]);
    // Or after one blank line, indented (an email): the rule of the key reports it.
    const pw = password();
    expect(
      found(`the new value for GF_SECURITY_ADMIN_PASSWORD is:\n\n    ${pw}\n\nthanks`),
    ).toEqual([['generic.password', pw]]);
    // A code block holding code, or a word after a label in prose, is no value.
    expect(found('password:\n```yaml\nvalue: foo\n```')).toEqual([]);
    expect(found('Password:\n\nSee the vault.')).toEqual([]);
    expect(found('the API key for the billing service:\nhello')).toEqual([]);
  });

  it('reads no .pgpass line in times, passwd files, placeholders or prose', () => {
    for (const text of [
      '12:30:45:123:abcdef',
      '2024-05-01 10:30:45:123:abcdef',
      // A CSV row of ISO timestamps: the date and hour are no host.
      'created_at,updated_at,duration_ms\n2024-09-11T00:05:59Z,2024-03-23T07:59:40Z,848601',
      'root:x:0:0:root:/root:/bin/bash',
      'localhost:5432:*:postgres:changeme',
      `see db.internal:5432:app:app:${gen('{A:14}')}`,
      'host:port:database:username:password',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('reads a value set off from its key by a dash', () => {
    const secret = gen('{u:80}');
    for (const text of [
      `ok try this PayPal client secret \u2013 ${secret}`,
      `PayPal client secret \u2014 ${secret}`,
      `PayPal client secret - ${secret}`,
    ])
      expect(found(text), text).toEqual([['paypal.client-secret', secret]]);
    expect(found('the secret - and the key - is patience')).toEqual([]);
  });

  it("keeps the commas of a connection string's password in it", () => {
    const pw = `${gen('{A:5}')},${gen('{A:4}')},)${gen('{a:3}')}:C(`;
    const text = `Server=tcp:db.example.net,1433;Initial Catalog=app;User ID=appuser;Password=${pw};Encrypt=True;`;
    expect(found(text)).toEqual([['generic.password', pw]]);
    // In a CSV row, a comma still ends the field.
    const plain = gen('{A:12}');
    expect(found(`id,conn\n1,Server=db;Password=${plain},ok,more`)).toEqual([
      ['generic.password', plain],
    ]);
  });

  it('reads user@host after an SSH command as a login, not an email', () => {
    for (const text of [
      'ssh root@bastion.example.io',
      'sshpass -p "$PW" ssh root@bastion.example.io',
      'ssh -p 2222 -i ~/.ssh/id_ed25519 deploy@web1.example.io',
      'mosh admin@jump.example.org',
    ])
      expect(found(text), text).toEqual([]);
    expect(found('ssh root@x.example.io # ask ops@example.com')).toEqual([
      ['pii.email', 'ops@example.com'],
    ]);
    expect(found('mail jane@example.com about ssh')).toEqual([['pii.email', 'jane@example.com']]);
  });
});

describe('look-alikes the third blind set showed', () => {
  it('reads a variable name, a YAML tag or a Vault path as no value', () => {
    for (const text of [
      'resp = get(url, headers={"api-key": AZURE_OPENAI_API_KEY}, timeout=10)',
      'Client.new(stripe_secret_key: STRIPE_SECRET_KEY).sync(id)',
      'API_KEY=REPLACE_IN_CI',
      'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  3562',
      'smtp_password: secret/data/smtp:password',
      'docker run --rm -e OPENAI_API_KEY ghcr.io/acme/eval:f3758a7',
      'postgresql:\n  auth:\n    existingSecret: reporting-db\n    adminPasswordKey: postgres-password',
      'Last login: 2025-01-03T19:03:09Z',
    ])
      expect(found(text), text).toEqual([]);
    // A value with digits or lower case is still a value, and so is a login pair.
    const value = `SUMMER_2024_${gen('{A:6}')}`;
    expect(found(`API_KEY=${value}`)).toEqual([['generic.api-key', value]]);
    const pw = password();
    expect(found(`login: admin:${pw}`)).toEqual([['generic.password', pw]]);
    expect(found(`docker run -e OPENAI_API_KEY=${value} app`)).toEqual([
      ['generic.api-key', value],
    ]);
  });

  it('reads no mailbox in a reserved domain or a quoted Git remote', () => {
    expect(found('email=ci@acme.invalid')).toEqual([]);
    expect(found('[url "git@github.com:"]\n\tinsteadOf = https://github.com/')).toEqual([]);
    expect(found('write to ci@acme.io')).toEqual([['pii.email', 'ci@acme.io']]);
  });
});

describe('mobile app resources and URL-encoded tokens', () => {
  const key = gen('{A:40}');
  const hex = gen('{h:32}');

  it('reads a value an Android resource names in its name attribute', () => {
    const xml = `<resources>\n    <string name="app_name">Lumen</string>\n    <string name="cf_api_token" translatable="false">${key}</string>\n</resources>`;
    expect(found(xml).map(([, v]) => v)).toEqual([key]);
    expect(streamedInChunks(redactor, xml, 7)).toBe(redactor.redact(xml).text);
    // A name that is no key's, and a tag with no name attribute, name nothing.
    expect(found(`<string name="welcome_title">${key}</string>`)).toEqual([]);
    expect(found(`<string translatable="false">${key}</string>`)).toEqual([]);
  });

  it("reads a property list's <key> and the <string> after it", () => {
    const plist = `<dict>\n\t<key>CFBundleName</key>\n\t<string>Lumen</string>\n\t<key>MIXPANEL_API_SECRET</key>\n\t<string>${hex}</string>\n</dict>`;
    expect(found(plist).map(([, v]) => v)).toEqual([hex]);
    expect(found(`<key>CFBundleVersion</key>\n<string>${hex}</string>`)).toEqual([]);
  });

  it('finds a token after the percent-escape of a delimiter', () => {
    const token = gen('ghr_{A:36}');
    const url = `https://login.example.io/continue?next=https%3A%2F%2Fapi.example.com%2Fexport%3Frefresh_token%3D${token}&state=x`;
    expect(found(url).map(([, v]) => v)).toEqual([token]);
    // The hex digits of an escape of a letter or a digit (%41 is `A`) are part of a word.
    expect(found(`q=%41ghr_${gen('{A:36}')}`)).toEqual([]);
  });
});

describe('registry credentials', () => {
  it('reads `auth` as a Docker config entry only as a quoted key under "auths"', () => {
    const value = basic(gen('{a:6}'), gen('{a:4}{d:4}'));
    const docker = `{"auths":{"registry.example.com":{"auth":"${value}"}}}`;
    const yaml = `registry:\n  auth: ${value}\n`;
    expect(found(docker)).toEqual([['docker.config-auth', value]]);
    expect(found(yaml)).toEqual([['npm.legacy-auth', value]]);
    // A YAML key after a config.json in the same text is not inside it.
    expect(found(`${docker}\n\n${yaml}`)).toEqual([
      ['docker.config-auth', value],
      ['npm.legacy-auth', value],
    ]);
    expect(found(`{"auths": {"a.example.com": {"email": "x", "auth": "${value}"}}}`)).toEqual([
      ['docker.config-auth', value],
    ]);
  });
});
