import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor, createStreamRedactor } from '../../../src/core/redact/redactor.js';
import {
  csvHeader,
  csvLine,
  headerLine,
  sqlColumns,
  sqlTuple,
} from '../../../src/core/redact/tables.js';
import { expand, rng } from '../../fixtures/secrets.js';
import { randomToken, spans } from './helpers.js';

// Credential-shaped values and PII are built at run time; none sits in the repository.
const r = rng(7357);
const gen = (template: string): string => expand(template, r).text;
const redactor = createRedactor();

const found = (text: string): [string, string][] => spans(redactor, text);

const token = (n: number): string => randomToken(gen, n);

describe('CSV columns named in the header', () => {
  it('judges each cell by its column, as a key judges its value', () => {
    const tfn = gen('{tfn:bare}');
    const key = token(32);
    const text = [
      'id,full_name,tfn,dob,api_key,notes,created_at',
      `61739,Wei Okafor,${tfn},"October 4, 1986",${key},called twice,2024-05-19T10:44:26Z`,
      '61740,Sam Singh,,1961-04-02,,"ok, fine",2024-05-20T08:00:00Z',
    ].join('\n');
    expect(found(text)).toEqual([
      ['au_tfn', tfn],
      ['date_of_birth', 'October 4, 1986'],
      ['api_key', key],
      ['date_of_birth', '1961-04-02'],
    ]);
  });

  it('reads semicolon- and tab-separated exports the same way, streamed or not', () => {
    const tfn = gen('{tfn:bare}');
    const pw = `${gen('{A:6}')}#${gen('{d:3}')}${gen('{a:4}')}`;
    for (const sep of [';', '\t']) {
      const text = [
        ['id', 'email', 'date_of_birth', 'tfn', 'password', 'country'].join(sep),
        ['1', 'ana@example.org', '1959-07-26', tfn, pw, 'AU'].join(sep),
        ['2', '"bo@example.org"', '"1984-02-13"', '', '', 'NZ'].join(sep),
      ].join('\n');
      expect(found(text), JSON.stringify(sep)).toEqual([
        ['email', 'ana@example.org'],
        ['date_of_birth', '1959-07-26'],
        ['au_tfn', tfn],
        ['password', pw],
        ['email', 'bo@example.org'],
        ['date_of_birth', '1984-02-13'],
      ]);
      const out = redactor.redact(text).text;
      for (const size of [1, 5, 64]) {
        const stream = createStreamRedactor();
        let got = '';
        for (let i = 0; i < text.length; i += size) got += stream.push(text.slice(i, i + size));
        expect(got + stream.flush(), `${JSON.stringify(sep)} in chunks of ${size}`).toBe(out);
      }
    }
    // Tab-indented code and prose with semicolons are no tables.
    expect(found('\treturn dob;\n\tif (x) date_of_birth;\n1959-07-26')).toEqual([]);
    expect(found('see id;dob below\n1959-07-26 was a Sunday')).toEqual([]);
  });

  it("reads the rows of pg_dump's COPY ... FROM stdin by their columns", () => {
    const pw = `${gen('{A:6}')}*${gen('{d:4}')}${gen('{a:3}')}`;
    const text = [
      'COPY public.users (id, email, date_of_birth, national_id, password, created_at) FROM stdin;',
      `45618\tyuki@example.jp\t1959-07-26\t\\N\t${pw}\t2024-01-02 10:00:00`,
      '45619\tada@example.org\t1981-04-01\t\\N\t\\N\t2024-01-03 11:00:00',
      '\\.',
      '1959-07-27\t1\t2\t3\t4\t5',
    ].join('\n');
    expect(found(text)).toEqual([
      ['email', 'yuki@example.jp'],
      ['date_of_birth', '1959-07-26'],
      ['password', pw],
      ['email', 'ada@example.org'],
      ['date_of_birth', '1981-04-01'],
    ]);
    // Without FROM stdin, or with no column named like PII, nothing.
    expect(found('COPY t (id, created_at) FROM stdin;\n1\t1959-07-26\n\\.\n')).toEqual([]);
    expect(found('COPY t (id, date_of_birth) TO stdout;\n1\t1959-07-26\n')).toEqual([]);
  });

  it('reads a flood of `) FROM stdin` without a line end once (a hang guard; the budget is in bench)', () => {
    // Read again from every `)`, the 150 units after each would make 4 MB take seconds.
    const flood = ') FROM stdin'.repeat(350_000);
    const started = performance.now();
    expect(redactor.redact(flood).findings).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("reads a phone column's cells as phone numbers in any country's grouping", () => {
    const text =
      'id,phone,notes\n1,394 6157391,x\n2,(11) 94216-1273,y\n3,2024.01.05,z\n4,12345,w\n';
    expect(found(text)).toEqual([
      ['phone', '394 6157391'],
      ['phone', '(11) 94216-1273'],
    ]);
    // Not under another column.
    expect(found('id,ref,notes\n1,394 6157391,x\n')).toEqual([]);
  });

  it('reads a national_id column by the checks of each national number', () => {
    const tfn = gen('{tfn:bare}');
    const text = `id,national_id,country\n1,${tfn},AU\n2,520-45-9106,US\n3,123,FR\n4,000-12-3456,US\n`;
    expect(found(text)).toEqual([
      ['au_tfn', tfn],
      ['us_ssn', '520-45-9106'],
    ]);
  });

  it('reads quoted headers and CRLF line ends', () => {
    const value = token(40);
    const phone = '07889456516';
    const text = `"name","access_token","phone_number"\r\n"billing","${value}",${phone}\r\n`;
    expect(found(text)).toEqual([
      ['token', value],
      ['phone', phone],
    ]);
  });

  it('uses the same key names as assignments, exclusions included', () => {
    const text = [
      'id,password_hasher,password,twilio_auth_token',
      `1,bcrypt,Tr0ub4dor&3xKq9,${gen('{h:32}')}`,
    ].join('\n');
    expect(found(text).map(([type]) => type)).toEqual(['password', 'twilio_auth_token']);
  });

  it('leaves columns that name nothing, and values that are no credential', () => {
    for (const text of [
      `id,notes,comment\n1,${token(32)},${gen('{d:9}')}\n`,
      'id,token,api_key\n1,abc,N/A\n2,pending,changeme\n',
      `name,value\nregion,${gen('{d:9}')}\n`,
      'id,tfn\n1,123456789\n',
      'id,dob\n1,2024 release\n',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('stops at a row of another shape, and reads no header inside a table', () => {
    const tfn = gen('{tfn:bare}');
    expect(found(`id,tfn\n1, ${tfn}\n2,${tfn}\n`)).toEqual([]);
    // Fewer fields than the header end the table; more than two extra fields too.
    expect(found(`id,tfn,name\n1,x\n2,${tfn},Jo\n`)).toEqual([]);
    expect(found(`id,tfn\n1,x,y,z,w\n2,${tfn}\n`)).toEqual([]);
    // `tfn,x` after a row of two fields is a row of the table above, not a header.
    expect(found(`a,b\n1,2\ntfn,x\n${tfn},1\n`)).toEqual([]);
    // After a sentence, a header opens its block.
    expect(found(`Here you go, as asked\nid,tfn\n1,${tfn}\n`)).toEqual([['au_tfn', tfn]]);
  });

  it('reads rows within one finding length of the header', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i},${gen('{tfn:bare}')}`);
    const text = `id,tfn\n${rows.join('\n')}\n`;
    const findings = redactor.scan(text);
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.length).toBeLessThan(200);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(redactor.maxFindingLength + 6);
  });
});

describe('SQL INSERT columns', () => {
  it('judges each tuple cell by its column, across rows', () => {
    const tfn = gen('{tfn:bare}');
    const key = gen('{A:32}');
    const text = [
      '-- seed data',
      'INSERT INTO customers (id, tax_file_number, mistral_api_key, password_hasher, notes, created_at) VALUES',
      `  (7585, '${tfn}', '${key}', 'bcrypt', 'hello world', NOW()),`,
      `  (7586, NULL, NULL, '1Password', 'it''s ok', '2024-01-01'::date);`,
    ].join('\n');
    expect(found(text)).toEqual([
      ['au_tfn', tfn],
      ['mistral_api_key', key],
    ]);
  });

  it('reads quoted identifiers, lower case keywords and compact spacing', () => {
    const dob = gen('{date:iso}');
    const medicare = gen('{medicare:bare}');
    for (const text of [
      `insert into "people" ("id", "dob", "medicare_no") values (1, '${dob}', '${medicare}');`,
      `INSERT INTO \`people\`(\`id\`,\`dob\`,\`medicare_no\`)VALUES(1,'${dob}','${medicare}');`,
      `INSERT OR REPLACE INTO people ([id], [dob], [medicare_no]) VALUES (1, '${dob}', ${medicare});`,
    ])
      expect(found(text), text).toEqual([
        ['date_of_birth', dob],
        ['au_medicare', medicare],
      ]);
  });

  it('leaves statements without a named column, or with cells that do not line up', () => {
    const tfn = gen('{tfn:bare}');
    for (const text of [
      `INSERT INTO t (id, notes) VALUES (1, '${tfn}');`,
      `INSERT INTO t VALUES (1, '${tfn}');`,
      `INSERT INTO t (id, tfn) VALUES (1, '${tfn}', 'extra');`,
      `SELECT f(id, tfn) VALUES (1, '${tfn}')`,
      `UPDATE t SET (id, tfn) = (1, '${tfn}')`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it('gives the stream the same result for any chunk size', () => {
    const source = [
      'some text first',
      `id,tfn,api_key,notes\n1,${gen('{tfn:bare}')},${token(32)},x`,
      `2,${gen('{tfn:bare}')},${token(32)},y`,
      '',
      `INSERT INTO t (id, tfn, dob) VALUES (1, '${gen('{tfn:bare}')}', '${gen('{date:iso}')}'),`,
      `  (2, '${gen('{tfn:bare}')}', '${gen('{date:dmy}')}');`,
      'and after',
    ].join('\n');
    const once = redactor.redact(source);
    expect(once.findings.length).toBe(8);
    for (const size of [1, 3, 16, 100, 1000]) {
      const stream = createStreamRedactor();
      let out = '';
      for (let i = 0; i < source.length; i += size) out += stream.push(source.slice(i, i + size));
      out += stream.flush();
      expect(out, `chunks of ${size}`).toBe(once.text);
    }
  });
});

describe('table parsers', () => {
  it('splits CSV lines with quotes, doubled quotes and CRLF', () => {
    const text = 'id,"a ""b""",c\r\n';
    expect(csvLine(text, 0, text.length, false, 8)).toEqual({
      fields: [0, 2, 3, 12, 13, 14],
      next: 16,
      spaced: false,
    });
    expect(csvLine('a, b\n', 0, 5, false, 8)?.spaced).toBe(true);
    expect(csvLine('a,b', 0, 3, false, 8)).toBeUndefined();
    expect(csvLine('a,b', 0, 3, true, 8)?.fields).toEqual([0, 1, 2, 3]);
    expect(csvLine('a,"b\nc"\n', 0, 8, true, 8)).toBeUndefined();
    expect(csvLine('a,b"c\n', 0, 6, true, 8)).toBeUndefined();
  });

  it('tells a header line from prose at its first character out of place', () => {
    expect(headerLine('id,tfn,created_at\n1,2,3', 0, 24, false)).toEqual({
      end: 17,
      fields: 3,
      quoted: false,
    });
    expect(headerLine('However, the rest', 0, 8, false)).toBe(-2);
    expect(headerLine('However, the rest', 0, 17, false)).toBe(-1);
    expect(headerLine('id,tfn', 0, 6, true)).toEqual({ end: 6, fields: 2, quoted: false });
    expect(csvHeader('id,tfn,created_at\n1,2,3\n', 0, 17)?.names).toEqual([0, 2, 3, 6, 7, 17]);
    expect(csvHeader('id,2fa\n', 0, 6)).toBeUndefined();
  });

  it('reads SQL column lists and tuples', () => {
    const head = 'INSERT INTO t (id, tfn) VALUES';
    expect(sqlColumns(head, head.indexOf(')'))).toEqual([15, 17, 19, 22]);
    expect(sqlColumns('f(id, tfn) VALUES', 9)).toBeUndefined();
    const tuple = "(1, 'a''b', NOW())";
    expect(sqlTuple(tuple, 0, tuple.length, 4)?.cells).toEqual([1, 2, 4, 10, 12, 17]);
    expect(sqlTuple("(1, 'open", 0, 9, 4)).toBeUndefined();
  });
});

// Fields as a CSV writer emits them: bare when they can be, quoted otherwise.
const field = fc.string({ maxLength: 12 }).filter((s) => !s.includes('\n') && !s.includes('\r'));
const quote = (s: string): string =>
  /[",]/.test(s) || s.startsWith(' ') ? `"${s.replace(/"/g, '""')}"` : s;
const unquote = (s: string): string => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);

describe('table parser properties', () => {
  test.prop([fc.array(field, { minLength: 1, maxLength: 10 }), fc.boolean()])(
    'csvLine returns the fields a CSV writer wrote',
    (fields, crlf) => {
      const line = fields.map(quote).join(',');
      const text = `${line}${crlf ? '\r\n' : '\n'}rest`;
      const parsed = csvLine(text, 0, text.length, false, 16);
      expect(parsed).toBeDefined();
      const out: string[] = [];
      for (let k = 0; k < (parsed?.fields.length ?? 0); k += 2)
        out.push(unquote(text.slice(parsed?.fields[k], parsed?.fields[k + 1])));
      expect(out).toEqual(fields);
      expect(parsed?.next).toBe(text.length - 4);
    },
  );

  const sqlValue = fc.oneof(
    fc.string({ maxLength: 10 }).map((s) => `'${s.replace(/\\/g, '').replace(/'/g, "''")}'`),
    fc.integer().map(String),
    fc.constantFrom('NULL', 'NOW()', "CAST('1' AS INT)", "'{}'::jsonb"),
  );
  test.prop([
    fc.array(sqlValue, { minLength: 1, maxLength: 8 }),
    fc.constantFrom(', ', ',', ',\n  '),
  ])('sqlTuple returns the cells a dump wrote', (cells, separator) => {
    const text = `(${cells.join(separator)});`;
    const tuple = sqlTuple(text, 0, text.length, 16);
    const out: string[] = [];
    for (let k = 0; k < (tuple?.cells.length ?? 0); k += 2)
      out.push(text.slice(tuple?.cells[k], tuple?.cells[k + 1]));
    expect(out).toEqual(cells);
    expect(tuple?.next).toBe(text.length - 1);
  });
});
