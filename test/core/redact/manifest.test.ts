import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  dataBlock,
  dataKeyColumn,
  jsonDataKey,
  jsonDataObject,
  jsonKindAfter,
  jsonKindBefore,
  kindAfter,
  kindBefore,
  NO_DATA,
  opensBlock,
} from '../../../src/core/redact/manifest.js';
import { createRedactor, createStreamRedactor } from '../../../src/core/redact/redactor.js';
import { expand, rng } from '../../fixtures/secrets.js';
import { spans } from './helpers.js';

// Values are built at run time; none sits in the repository.
const r = rng(4242);
const gen = (template: string): string => expand(template, r).text;
const b64 = (value: string): string => Buffer.from(value).toString('base64');
const redactor = createRedactor();

const found = (text: string): [string, string][] => spans(redactor, text, 'ruleId');

const SECRET = 'kubernetes.secret-data';

describe('Kubernetes Secret manifests', () => {
  const medicare = b64('4289 03936 5');
  const ip = b64('35.140.32.108');
  const key = b64(`sk-admin-${gen('{A:40}')}`);

  it('reports every value under data: of a kind: Secret, whatever its key', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: webshop',
      '  namespace: prod',
      '  labels:',
      '    app.kubernetes.io/name: webshop',
      'type: Opaque',
      'data:',
      `  OPENAI_KEY: ${key}`,
      `  MEDICARE: "${medicare}"`,
      `  CLIENT_IP: '${ip}'`,
      '',
    ].join('\n');
    expect(found(text)).toEqual([
      [SECRET, key],
      [SECRET, medicare],
      [SECRET, ip],
    ]);
  });

  it('reads the kind after the block, as kubectl get -o yaml sorts the keys', () => {
    const text = [
      'apiVersion: v1',
      'data:',
      `  password: ${b64('hunter2')}`,
      `  username: ${b64('admin')}`,
      'kind: Secret',
      'metadata:',
      '  name: db',
      'type: Opaque',
    ].join('\n');
    expect(found(text)).toEqual([
      [SECRET, b64('hunter2')],
      [SECRET, b64('admin')],
    ]);
  });

  it('reads the items of a kind: List, each with its own kind', () => {
    const token = b64(gen('{A:24}'));
    const text = [
      'apiVersion: v1',
      'items:',
      '- apiVersion: v1',
      '  data:',
      `    token: ${token}`,
      '  kind: Secret',
      '  metadata:',
      '    name: a',
      '- apiVersion: v1',
      '  data:',
      `    mode: ${b64('production')}`,
      '  kind: ConfigMap',
      '- data:',
      `    ca.crt: ${b64('certificate')}`,
      '  kind: Secret',
      'kind: List',
    ].join('\n');
    expect(found(text)).toEqual([
      [SECRET, token],
      [SECRET, b64('certificate')],
    ]);
  });

  it('skips blank and comment lines, and multi-line values, inside the block', () => {
    const text = [
      'kind: Secret',
      'data:',
      '  # rotated monthly',
      `  a: ${b64('first value')}`,
      '',
      '  b: |',
      '    not base64 at all',
      `  c: ${b64('third value')}  # trailing comment`,
    ].join('\n');
    expect(found(text)).toEqual([
      [SECRET, b64('first value')],
      [SECRET, b64('third value')],
    ]);
  });

  it('leaves ConfigMaps, stringData, other YAML and templates alone', () => {
    const value = b64('production');
    for (const text of [
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  MODE: ${value}\n`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  MODE: ${value}\n`,
      `chart:\n  data:\n    MODE: ${value}\n`,
      `data:\n  MODE: ${value}\n`,
      'kind: Secret\ndata:\n  tls.crt: {{ .Values.cert | b64enc }}\n',
      `kind: Secret\ndata:\n  odd: ${value.slice(0, -1)}\n`,
      `kind: SecretProviderClass\ndata:\n  MODE: ${value}\n`,
      // Another document: the kind of the first is not the kind of the second.
      `kind: Secret\nmetadata:\n  name: a\n---\napiVersion: v1\ndata:\n  MODE: ${value}\n`,
      // A nested `data:` is not the Secret's own.
      `kind: Secret\nmetadata:\n  annotations:\n    data:\n      MODE: ${value}\n`,
      `kind: Secret\ndata: ${value}\n`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it('covers the base64 text exactly and leaves nothing behind', () => {
    const text = `kind: Secret\ndata:\n  K: "${key}"\n`;
    const out = redactor.redact(text).text;
    expect(out).toBe('kind: Secret\ndata:\n  K: "[REDACTED:kubernetes_secret]"\n');
    expect(redactor.redact(out).findings).toEqual([]);
  });

  it('reads within one finding length of the data: line, and covers a longer value whole', () => {
    const long = b64(gen('{A:3000}'));
    const after = b64('beyond the reach');
    const text = `kind: Secret\ndata:\n  big: ${long}\n  far: ${after}\n`;
    const findings = redactor.scan(text);
    // The value runs past the longest finding: its rest follows in pieces, reported as one.
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([long]);
    expect(redactor.redact(text).text).toBe(
      `kind: Secret\ndata:\n  big: [REDACTED:kubernetes_secret]\n  far: ${after}\n`,
    );
    // A larger window reaches further.
    const wide = createRedactor({ streamWindow: 16_384 });
    expect(wide.scan(text).map((f) => text.slice(f.start, f.end))).toEqual([long, after]);
  });

  it('gives the stream the same result for any chunk size', () => {
    const source = [
      'prelude text',
      'apiVersion: v1',
      'data:',
      `  a: ${key}`,
      `  b: ${medicare}`,
      'kind: Secret',
      'metadata:',
      '  name: x',
      'kind: ConfigMap',
      'data:',
      `  c: ${ip}`,
      'trailing text',
    ].join('\n');
    const once = redactor.redact(source).text;
    expect(once).not.toContain(key);
    for (const size of [1, 5, 17, 64, 500]) {
      const stream = createStreamRedactor();
      let out = '';
      for (let i = 0; i < source.length; i += size) out += stream.push(source.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(once);
    }
  });
});

describe('Kubernetes Secret manifests in JSON', () => {
  const token = b64(`sk-admin-${gen('{A:40}')}`);
  const password = b64('hunter2');
  const annotation = JSON.stringify({
    apiVersion: 'v1',
    data: { password: b64('other') },
    kind: 'Secret',
    metadata: { name: 'db' },
  });
  const secret = {
    apiVersion: 'v1',
    data: { 'api.token': token, password },
    kind: 'Secret',
    metadata: {
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `${annotation}\n` },
      name: 'db',
    },
    type: 'Opaque',
  };

  /** `[ruleId, start, end]` of every Secret finding. */
  function spans(text: string): [number, number][] {
    return redactor
      .scan(text)
      .filter((f) => f.ruleId === SECRET)
      .map((f) => [f.start, f.end]);
  }

  /** Where each value sits inside its quotes, in order. */
  function at(text: string, ...values: string[]): [number, number][] {
    let from = 0;
    return values.map((value) => {
      const start = text.indexOf(`"${value}"`, from) + 1;
      from = start + value.length;
      return [start, from];
    });
  }

  it('reports every data value of kubectl get -o json, pretty or minified, exactly', () => {
    for (const text of [JSON.stringify(secret, null, 4), JSON.stringify(secret)]) {
      expect(spans(text), text).toEqual(at(text, token, password));
      const out = redactor.redact(text).text;
      expect(out).not.toContain(token);
      expect(out).toMatch(/"password": ?"\[REDACTED:kubernetes_secret\]"/);
    }
  });

  it('reads the kind before the data member, across strings holding braces and escapes', () => {
    const text = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          annotations: { note: 'a "quoted" {brace} \\ and \\" mix }', last: `${annotation}\n` },
          name: 'db',
        },
        type: 'Opaque',
        data: { a: password, 'b\\"c': token },
      },
      null,
      2,
    );
    expect(spans(text)).toEqual(at(text, password, token));
    const minified = JSON.stringify(JSON.parse(text));
    expect(spans(minified)).toEqual(at(minified, password, token));
  });

  it('reads the items of a kind: List, each with its own kind', () => {
    const list = {
      apiVersion: 'v1',
      items: [
        { apiVersion: 'v1', data: { token }, kind: 'Secret', metadata: { name: 'a' } },
        { apiVersion: 'v1', data: { mode: b64('production') }, kind: 'ConfigMap' },
        { kind: 'Secret', metadata: { name: 'c' }, data: { 'ca.crt': b64('certificate') } },
      ],
      kind: 'List',
      metadata: { resourceVersion: '' },
    };
    for (const text of [JSON.stringify(list, null, 4), JSON.stringify(list)])
      expect(spans(text), text).toEqual(at(text, token, b64('certificate')));
  });

  it('leaves ConfigMaps, stringData, other JSON and the annotation alone', () => {
    const value = b64('production');
    for (const text of [
      JSON.stringify({ apiVersion: 'v1', data: { MODE: value }, kind: 'ConfigMap' }),
      JSON.stringify({ apiVersion: 'v1', kind: 'Secret', stringData: { MODE: value } }, null, 2),
      JSON.stringify({ data: { MODE: value }, status: 'Secret' }),
      JSON.stringify({ chart: { data: { MODE: value } }, kind: 'Secret' }),
      JSON.stringify({ data: { MODE: value }, kind: 'SecretProviderClass' }),
      JSON.stringify({ data: { odd: value.slice(0, -1), n: 5 }, kind: 'Secret' }),
      JSON.stringify({ data: { MODE: 'not base64!' }, kind: 'Secret' }),
      JSON.stringify({ data: [value], kind: 'Secret' }),
      JSON.stringify({ metadata: { annotations: { last: annotation } }, kind: 'ConfigMap' }),
      // The kind of another item is not this item's.
      JSON.stringify({ items: [{ kind: 'Secret' }, { data: { MODE: value } }], kind: 'List' }),
    ])
      expect(spans(text), text).toEqual([]);
  });

  it('gives the stream the same result for any chunk size', () => {
    const source = [
      'prelude text',
      JSON.stringify(secret, null, 2),
      JSON.stringify({ data: { c: b64('config value') }, kind: 'ConfigMap' }),
      JSON.stringify({ kind: 'Secret', metadata: { note: '"}{' }, data: { d: token } }),
      'trailing text',
    ].join('\n');
    const once = redactor.redact(source).text;
    expect(once).not.toContain(token);
    expect(once).toContain(b64('config value'));
    for (const size of [1, 3, 17, 64, 500]) {
      const stream = createStreamRedactor();
      let out = '';
      for (let i = 0; i < source.length; i += size) out += stream.push(source.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(once);
    }
  });
});

describe('manifest walkers', () => {
  it('reads a JSON data object and the kinds around it', () => {
    const text = '{"kind":"Secret","x":"\\"","data":{"a":"QUJD","b":"x"},"kind":"Other"}';
    const colon = text.indexOf('"data":') + 6;
    expect(jsonDataKey(text, colon)).toBe(true);
    expect(jsonDataKey('{\\"data\\":{}}', 10)).toBe(false);
    const data = jsonDataObject(text, colon, text.length, false);
    const a = text.indexOf('QUJD');
    expect(data.values).toEqual([a, a + 4]);
    expect(data.end).toBe(text.indexOf(',"kind":"Other"'));
    expect(jsonKindAfter(text, data.end, text.length)).toBe(0);
    expect(jsonKindBefore(text, colon - 6, 0)).toBe(1);
    expect(jsonDataObject('{"data":{"a":1}}', 7, 16, false).values).toEqual([]);
  });

  it('finds a data: key that starts its line and opens a block, at its column', () => {
    const text = 'x:\n  data:\n- data:\nmydata:\n  data: 1\n';
    const first = text.indexOf('data:') + 4;
    expect(dataKeyColumn(text, first)).toBe(2);
    expect(opensBlock(text, first, text.length)).toBe(true);
    expect(dataKeyColumn(text, text.indexOf('- data:') + 6)).toBe(-3);
    expect(dataKeyColumn(text, text.indexOf('mydata:') + 6)).toBe(NO_DATA);
    const last = text.lastIndexOf('data:') + 4;
    expect(dataKeyColumn(text, last)).toBe(2);
    expect(opensBlock(text, last, text.length)).toBe(false);
  });

  it('reads block values and the kinds around them', () => {
    const text = 'kind: Secret\ndata:\n  a: QUJD\n  b: x\nkind: Other\n';
    const from = text.indexOf('  a:');
    const block = dataBlock(text, from, 0, text.length, false);
    expect(block.values).toEqual([from + 5, from + 9]);
    expect(block.end).toBe(text.indexOf('kind: Other'));
    expect(kindAfter(text, block.end, 0, text.length, false)).toBe(0);
    expect(kindBefore(text, text.indexOf('data:'), 0, 0)).toBe(1);
  });
});

// Keys and values a Secret's data may hold.
const dataKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9._-]{0,20}$/);
const dataValue = fc
  .uint8Array({ minLength: 1, maxLength: 60 })
  .map((bytes) => Buffer.from(bytes).toString('base64'));
const entries = fc.array(fc.tuple(dataKey, dataValue, fc.constantFrom('', '"', "'")), {
  minLength: 1,
  maxLength: 8,
});

describe('manifest properties', () => {
  test.prop([entries, fc.boolean(), fc.boolean(), fc.constantFrom('Secret', 'ConfigMap')])(
    'reports every data value of a JSON Secret exactly, and nothing of a ConfigMap',
    (pairs, kindFirst, pretty, kind) => {
      const data: Record<string, string> = {};
      for (const [k, value] of pairs) data[`${k}"}{`] = value;
      const body = kindFirst
        ? { kind, metadata: { note: '{"data":' }, data }
        : { apiVersion: 'v1', data, kind, metadata: { name: 'x' } };
      const text = pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body);
      const expected: [number, number][] = [];
      let from = text.indexOf('"data"') + 6;
      for (const value of Object.values(data)) {
        const start = text.indexOf(`": "${value}"`.replace(pretty ? '' : ' ', ''), from);
        const open = text.indexOf('"', start + 2) + 1;
        expected.push([open, open + value.length]);
        from = open + value.length;
      }
      const findings = redactor
        .scan(text)
        .filter((f) => f.ruleId === SECRET)
        .map((f) => [f.start, f.end]);
      expect(findings).toEqual(kind === 'Secret' ? expected : []);
    },
  );

  test.prop([entries, fc.boolean(), fc.constantFrom('Secret', 'ConfigMap')])(
    'reports every data value of a Secret exactly, and nothing of a ConfigMap',
    (pairs, kindFirst, kind) => {
      const head = `apiVersion: v1\n${kindFirst ? `kind: ${kind}\n` : ''}data:\n`;
      let text = head;
      const spans: [number, number][] = [];
      for (const [k, value, quote] of pairs) {
        text += `  ${k}: ${quote}`;
        spans.push([text.length, text.length + value.length]);
        text += `${value}${quote}\n`;
      }
      if (!kindFirst) text += `kind: ${kind}\n`;
      text += 'metadata:\n  name: x\n';
      const findings = redactor
        .scan(text)
        .filter((f) => f.ruleId === SECRET)
        .map((f) => [f.start, f.end]);
      expect(findings).toEqual(kind === 'Secret' ? spans : []);
    },
  );
});
