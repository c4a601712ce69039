import { describe, expect, it } from 'vitest';
import { ECHO_MAX, ECHO_MIN, ECHO_SAME_HEAD, ECHO_VALUES } from '../../../src/core/redact/echo.js';
import { createRedactor } from '../../../src/core/redact/redactor.js';
import { expand, rng } from '../../fixtures/secrets.js';
import { streamedByUnit, streamedInChunks } from './helpers.js';

// Values are generated at run time; none sits in the repository.
const r = rng(4242);
const gen = (template: string): string => expand(template, r).text;
const password = (): string => gen('{a:6}!{A:5}#{d:3}');

const redactor = createRedactor();
const off = createRedactor({ secrets: { echoes: false } });

/** Every chunking we check a stream with. */
function expectStreamsAgree(text: string, out: string): void {
  expect(streamedByUnit(redactor, text)).toBe(out);
  for (const size of [2, 7, 64, 1000]) expect(streamedInChunks(redactor, text, size)).toBe(out);
}

describe('echoes of a secret found earlier', () => {
  it('redacts a later occurrence that has lost its label, and marks it', () => {
    const pw = password();
    const log = `+ export DB_PASSWORD=${pw}\n+ psql -h db -U app\nconnecting as app with ${pw} ... ok\n`;
    const { text, findings } = redactor.redact(log);
    expect(text).not.toContain(pw);
    expect(findings).toHaveLength(2);
    const [first, second] = findings;
    expect(first!.echo).toBeUndefined();
    expect(second).toMatchObject({ ruleId: first!.ruleId, type: first!.type, echo: true });
    expect(log.slice(second!.start, second!.end)).toBe(pw);
    expectStreamsAgree(log, text);
    // Off, the echo stays (this is what the option changes).
    expect(off.redact(log).text).toContain(pw);
    expect(off.scan(log)).toHaveLength(1);
  });

  it('gives an echo the same placeholder or hash as the value it repeats', () => {
    const pw = password();
    const text = `password: ${pw}\nretrying with ${pw}`;
    const placeholder = createRedactor({ style: 'placeholder' }).redact(text).text;
    expect(placeholder).toBe('password: <PASSWORD_1>\nretrying with <PASSWORD_1>');
    const hashed = createRedactor({
      style: 'hash',
      hashKey: 'c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0zMmJ5dGVz',
    }).redact(text).text;
    const tokens = hashed.match(/\[REDACTED:password:[0-9a-f]+\]/g);
    expect(tokens).toHaveLength(2);
    expect(tokens![0]).toBe(tokens![1]);
  });

  it('redacts an occurrence glued inside a longer word, with the glue', () => {
    const pw = password();
    const out = redactor.redact(`api_password = "${pw}"\nurl: /login?u=x${pw}z&x=1`).text;
    expect(out).not.toContain(pw);
    expect(out).toContain('/login?u=[REDACTED:password]&x=1');
    // A placeholder comes from the value alone, not from the glue it took in.
    const named = createRedactor({ style: 'placeholder' }).redact(
      `api_password = "${pw}"\nu=x${pw}z`,
    );
    expect(named.text).toBe('api_password = "<PASSWORD_1>"\nu=<PASSWORD_1>');
    // What is left after the token cannot read as something new on a second pass.
    const mail = `token: ${pw}\nreply to ${pw}-@example.org`;
    const once = redactor.redact(mail).text;
    expect(once).not.toContain(pw);
    expect(once).not.toContain('-@');
    expect(redactor.redact(once).text).toBe(once);
  });

  it('does not reach back: an occurrence before the finding stays', () => {
    const pw = password();
    const text = `first ${pw} then password=${pw}`;
    expect(redactor.redact(text).text).toBe(`first ${pw} then password=[REDACTED:password]`);
  });

  it('remembers only single-line secret values of 8 to 256 units', () => {
    expect([ECHO_MIN, ECHO_MAX]).toEqual([8, 256]);
    // A short password is found, but too likely an ordinary word to chase.
    const short = gen('{a:3}#{d:3}');
    expect(short.length).toBeLessThan(ECHO_MIN);
    const shortText = `password=${short}\nsaid ${short} twice`;
    expect(redactor.scan(shortText)).toHaveLength(1);
    // PII is not chased: an email found once is found again by its own rule anyway,
    // and a name-like value has no rule to find it by.
    const mail = 'jane.roe@example.org';
    const mails = redactor.scan(`mail ${mail} and ${mail}`);
    expect(mails).toHaveLength(2);
    expect(mails.every((f) => f.echo === undefined)).toBe(true);
  });

  it('leaves an engine finding as it is: an echo that runs into one ends where it starts', () => {
    const pw = password();
    const text = `password=${pw}\ncontact ${pw}@example.org\n`;
    const alone = off.scan(text);
    const findings = redactor.scan(text);
    // The engine's findings are all still there, unchanged; the echo fills the gap before one.
    expect(findings.filter((f) => f.echo === undefined)).toEqual(alone);
    const echoes = findings.filter((f) => f.echo === true);
    expect(echoes).toHaveLength(1);
    const next = alone.find((f) => f.start >= echoes[0]!.end)!;
    expect(text.slice(echoes[0]!.start, next.end)).toBe(`${pw}@example.org`);
    expect(redactor.redact(text).text).not.toContain(pw.slice(0, 4));
  });

  it('redacts the rest of a value that runs on past a finding inside it', () => {
    // A salt-like value with an email inside it: its repeat is found as an email in the middle.
    const head = gen('{A:2}*{a:3}|-');
    const tail = gen('~{a:6}?{A:3}|{d:2};{a:8}');
    const value = `${head}${gen('{a:5}')}@${gen('{a:8}')}.example.org${tail}`;
    const text = `define( 'AUTH_KEY', '${value}' );\n\n${value}, then ${value}`;
    const alone = off.scan(text);
    const findings = redactor.scan(text);
    expect(findings.filter((f) => f.echo === undefined)).toEqual(alone);
    const mails = alone.filter((f) => f.type === 'email');
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      // Before the email and after it, the repeat is an echo of the salt, up to the value's end.
      const before = findings.find((f) => f.echo === true && f.end === mail.start);
      const after = findings.find((f) => f.echo === true && f.start === mail.end);
      expect(before?.type).toBe(alone[0]!.type);
      expect(after?.type).toBe(alone[0]!.type);
      expect(text.slice(before!.start, after!.end)).toBe(value);
    }
    const out = redactor.redact(text).text;
    expect(out).not.toContain(tail.slice(0, 4));
    expect(out).not.toContain(tail.slice(-4));
    expectStreamsAgree(text, out);
    // A repeat whose text stops matching after the finding keeps what no longer matches.
    const changed = `${text}\n${value.slice(0, -tail.length)}${tail.slice(0, 3)}PLAIN words`;
    const kept = redactor.redact(changed).text;
    expect(kept.endsWith(']PLAIN words')).toBe(true);
    expect(kept).not.toContain(`${tail.slice(0, 3)}PLAIN`);
    expectStreamsAgree(changed, kept);
  });

  it(`remembers at most ${ECHO_VALUES} distinct values per call`, () => {
    const values = Array.from({ length: ECHO_VALUES + 1 }, () => password());
    expect(new Set(values).size).toBe(ECHO_VALUES + 1);
    const lines = values.map((v, i) => `password_${i}=${v}`).join('\n');
    const text = `${lines}\nfirst ${values[0]} last ${values[ECHO_VALUES]}\n`;
    const out = redactor.redact(text).text;
    expect(out).toContain(`first [REDACTED:password] last ${values[ECHO_VALUES]}`);
  });

  it(`remembers at most ${ECHO_SAME_HEAD} values that share their first ${ECHO_MIN} units`, () => {
    // Values crafted to share a head, then a flood of that head: each position of the flood
    // is compared with the values of its head only, a few of them, not all 1,024.
    const head = 'Zq8#Wk3$';
    const values = Array.from({ length: 64 }, () => `${head}${gen('{A:24}')}`);
    const lines = values.map((v) => `DB_PASSWORD=${v}`).join('\n');
    const text = `${lines}\nkept ${values[ECHO_SAME_HEAD - 1]} left ${values[ECHO_SAME_HEAD]}\n${head.repeat(20_000)}`;
    const out = redactor.redact(text).text;
    expect(out).toContain(`kept [REDACTED:password] left ${values[ECHO_SAME_HEAD]}`);
    expect(streamedInChunks(redactor, text, 4096)).toBe(out);
  });

  it("holds a stream back at most a value's length more than without echoes", () => {
    const pw = password();
    const text = `password=${pw}\n${'words and more words '.repeat(400)}${pw}\n`;
    const out = redactor.redact(text).text;
    expect(out).not.toContain(pw);
    function maxHeld(which: typeof redactor): { out: string; held: number } {
      const stream = which.createStream();
      let streamed = '';
      let held = 0;
      for (let i = 0; i < text.length; i += 3) {
        streamed += stream.push(text.slice(i, i + 3));
        held = Math.max(held, stream.heldBack);
      }
      return { out: streamed + stream.flush(), held };
    }
    const on = maxHeld(redactor);
    expect(on.out).toBe(out);
    expect(on.held).toBeLessThanOrEqual(redactor.options.streamWindow);
    // Once a value's length has arrived after a position, its echo there is decided.
    expect(on.held).toBeLessThanOrEqual(maxHeld(off).held + pw.length);
  });

  it('is idempotent', () => {
    const pw = password();
    const text = `token: ${pw}\nthe token ${pw} expired; use ${pw}x instead`;
    const once = redactor.redact(text).text;
    expect(redactor.redact(once).text).toBe(once);
    // Placeholders repeated on a line read as no element on a second pass.
    const named = createRedactor({ style: 'placeholder' });
    const url = `DATABASE_URL=postgres://app:${gen('{A:20}')}@db.internal:5432/app`;
    const value = url.slice(url.indexOf(':', 20) + 1, url.indexOf('@'));
    const repeated = `${url}\n${value}" and ${value}, ) ${value}"`;
    const first = named.redact(repeated).text;
    expect(first).not.toContain(value);
    expect(named.redact(first).text).toBe(first);
    // An element named like a placeholder that closes on its line is still an element.
    expect(named.redact(`<DB_PASSWORD_1>${pw}</DB_PASSWORD_1>`).text).toBe(
      '<DB_PASSWORD_1><PASSWORD_1></DB_PASSWORD_1>',
    );
  });
});
