import fc from 'fast-check';
import { piiRules } from '../../../src/core/redact/pii.js';
import { secretRules } from '../../../src/core/redact/secret-rules.js';
import { anyText, hostile } from '../../arbitraries.js';
import { expand, rng } from '../../fixtures/secrets.js';

/** A value planted in generated text, with where it sits. */
export interface Planted {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Generated text and the secrets planted in it. */
export interface PlantedText {
  readonly text: string;
  readonly planted: readonly Planted[];
}

const secretTemplates = secretRules().flatMap((rule) => rule.examples.match);
const piiTemplates = piiRules().flatMap((rule) => rule.examples.match);

/** One expanded rule example (secret or PII) from a seed the shrinker can reduce. */
const example = (
  templates: readonly string[],
): fc.Arbitrary<{ text: string; spans: [number, number][] }> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: templates.length - 1 }),
      fc.integer({ min: 1, max: 1_000_000 }),
    )
    .map(([k, seed]) => {
      const sample = expand(templates[k]!, rng(seed));
      return { text: sample.text, spans: sample.spans.map(([a, b]) => [a, b] as [number, number]) };
    });

/** Filler text: hostile Unicode, tokens, separators. */
const filler = fc.oneof(
  { weight: 3, arbitrary: hostile(12) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'note: ',
      'ok',
      '{"a": 1}',
      'see https://x.example/ ',
      '12 ',
      '- ',
      '=',
    ),
  },
);

/**
 * Text made of filler and rule examples, each example on its own line so
 * that filler cannot change what it is. `secretsOnly` plants only
 * secret-rule examples.
 */
export function plantedText(secretsOnly = false, maxParts = 6): fc.Arbitrary<PlantedText> {
  const planted = secretsOnly
    ? example(secretTemplates)
    : fc.oneof(example(secretTemplates), example(piiTemplates));
  return fc.array(fc.tuple(filler, planted), { maxLength: maxParts }).chain((parts) =>
    filler.map((tail) => {
      let text = '';
      const out: Planted[] = [];
      for (const [pad, sample] of parts) {
        text += `${pad}\n\n`;
        for (const [a, b] of sample.spans) {
          out.push({
            start: text.length + a,
            end: text.length + b,
            value: sample.text.slice(a, b),
          });
        }
        text += `${sample.text}\n\n`;
      }
      return { text: text + tail, planted: out };
    }),
  );
}

/** Built at run time, so no key header sits in the source as one literal. */
const RSA_KEY = ['RSA', 'PRIVATE', 'KEY'].join(' ');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A run of base64-alphabet characters of length `n`, varied by `seed`. */
function run(n: number, seed: number): string {
  let out = '';
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += B64[(x >>> 16) & 63];
  }
  return out;
}

/**
 * Dense structural text: key names, operators, markers, long base64 runs
 * and digits, concatenated so that findings overlap, chain and run long.
 * This is where the stream's window and merge logic are stressed.
 */
export const denseText = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'password=',
          'token: ',
          'api_key = "',
          '"',
          'Authorization: Bearer ',
          `-----BEGIN ${RSA_KEY}-----\n`,
          `\n-----END ${RSA_KEY}-----`,
          '-----BEGIN OPENSSH PRIVATE KEY-----\n',
          '\n',
          '\n',
          ' ',
          'ghp_',
          'sk-proj-',
          'eyJhbGciOiJIUzI1NiJ9',
          '.',
          '_',
          '-',
          '@',
          ':',
          'postgres://u:',
          '@db.example.com',
          'jane@example.com',
          '+44 20 7946 0958',
          '4111 1111 1111 1111',
          'DE89 3704 0044 0532 0130 00',
          '1990-01-02',
          'DOB ',
          'AKIA',
          '=',
          '<password>',
          '</password>',
          ' --password ',
          ' --token ',
          ' -u admin:',
          'docker login -p ',
          'mysql -p',
          ' password is ',
          ' API key is ',
          '<add key="ApiKey" value="',
          '>',
          'Tr0ub4dor&3',
          'process.env.PW || ',
          "os.getenv('PW', ",
          'Password:\n',
          'Password:\r\n  ',
          "ENV['PW'] = ",
          "define('PW', ",
          '- name: PW\n  value: ',
          'API key: ',
          '\\n',
          'db_password      = ',
          ' ||= ',
          "'",
          // Log-prefixed key blocks, escapes before numbers, keys named without an operator.
          '2024-05-01T08:00:01Z INFO ',
          `\n2024-05-01T08:00:02Z INFO -----BEGIN ${RSA_KEY}-----\n`,
          `\nweb.1 | -----END ${RSA_KEY}-----`,
          '\\t',
          '\\r\\n',
          ' | ',
          '| API key | ',
          '| token |\n',
          ' -> ',
          ' => ',
          'client secret ',
          'Mailgun API key ',
          'access token ',
          ' to ',
          'setx API_KEY ',
          'set -gx DB_PASSWORD ',
          'ENV JWT_SECRET ',
          'TFN ',
          'variable "db_password" {\n  default = ',
          // Quoted table keys, CSV pairs, qualified labels, prompts, form inputs.
          '| `AWS_SECRET_KEY` | `',
          '| "API token" | ',
          '`',
          'API_KEY,',
          'DB_PASSWORD,"',
          ',',
          ' key for staging: ',
          'API token (prod): ',
          'AWS Secret Access Key [****abcd]: ',
          '<input name="tfn" value="',
          '<input type="password" name="pw" value="',
          ' id="medicare" ',
          // Kubernetes Secret manifests, CSV and SQL headers, URL-encoded query values.
          'kind: Secret\n',
          'kind: ConfigMap\n',
          'data:\n',
          '  K: ',
          '- data:\n',
          '---\n',
          'id,tfn,api_key\n',
          'name,dob\n',
          '"token","phone_number"\r\n',
          'INSERT INTO t (id, tfn, api_key) VALUES\n  (',
          ") VALUES ('",
          "', '",
          '), (',
          ');\n',
          '?tfn=',
          '&iban=',
          '%20',
          '+',
          '%2B',
        ),
        fc.tuple(fc.integer({ min: 1, max: 1200 }), fc.nat()).map(([n, seed]) => run(n, seed)),
        fc.stringMatching(/^[0-9]{1,20}$/),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

/** Any text, or text with planted examples. */
export const redactableText = (): fc.Arbitrary<string> =>
  fc.oneof(
    anyText(),
    plantedText().map((p) => p.text),
    plantedText(true, 3).map((p) => p.text),
    denseText(),
  );

/** Cut points splitting `length` characters into chunks (sorted, unique, inside). */
export function chunking(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const p of points) {
    out.push(text.slice(at, p));
    at = p;
  }
  out.push(text.slice(at));
  return out;
}
