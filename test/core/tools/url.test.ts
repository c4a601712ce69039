import { describe, expect, it } from 'vitest';
import { canonicalHostEntry, checkUrl } from '../../../src/core/tools/url.js';
import { ParapetConfigError } from '../../../src/errors.js';

const ANY = { allow: ['*'] };

// SSRF table for URLs: refused even when every host is allowed.
const SSRF: readonly [string, string][] = [
  ['http://127.0.0.1/', 'URL points to a loopback address'],
  ['http://127.1/', 'URL points to a loopback address'],
  ['http://2130706433/', 'URL points to a loopback address'],
  ['http://0x7f000001/', 'URL points to a loopback address'],
  ['http://017700000001/', 'URL points to a loopback address'],
  ['http://0177.0.0.1/', 'URL points to a loopback address'],
  ['http://0x7f.1/', 'URL points to a loopback address'],
  ['http://127.0.0.1.:8080/', 'URL points to a loopback address'],
  ['http://%31%32%37.0.0.1/', 'URL points to a loopback address'],
  ['http://\u2460\u2461\u2466.0.0.1/', 'URL points to a loopback address'],
  ['http://localhost/', 'URL points to a loopback address'],
  ['http://LocalHost./', 'URL points to a loopback address'],
  [
    'http://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3/',
    'URL points to a loopback address',
  ],
  ['http://[::1]/', 'URL points to a loopback address'],
  ['http://[::ffff:127.0.0.1]/', 'URL points to a loopback address'],
  ['http://[::ffff:7f00:1]/', 'URL points to a loopback address'],
  ['http://0/', 'URL points to an unspecified address'],
  ['http://[::]/', 'URL points to an unspecified address'],
  ['http://169.254.169.254/latest/meta-data/', 'URL points to a cloud metadata address'],
  ['http://2852039166/', 'URL points to a cloud metadata address'],
  ['http://[::ffff:169.254.169.254]/', 'URL points to a cloud metadata address'],
  ['http://[fd00:ec2::254]/', 'URL points to a cloud metadata address'],
  ['http://metadata.google.internal/computeMetadata/v1/', 'URL points to a cloud metadata address'],
  ['http://100.100.100.200/', 'URL points to a cloud metadata address'],
  ['http://10.0.0.5/', 'URL points to a private-network address'],
  ['http://192.168.0.1/', 'URL points to a private-network address'],
  ['http://172.20.1.1/', 'URL points to a private-network address'],
  ['http://[fc00::1]/', 'URL points to a private-network address'],
  ['http://[64:ff9b::a00:1]/', 'URL points to a private-network address'],
  ['http://[2002:a00:1::]/', 'URL points to a private-network address'],
  ['http://intranet/', 'URL points to a private-network address'],
  ['http://db.internal/', 'URL points to a private-network address'],
  ['http://[fe80::1]/', 'URL points to a link-local address'],
  ['http://169.254.0.9/', 'URL points to a link-local address'],
  ['http://100.64.1.1/', 'URL points to a shared (carrier-grade NAT) address'],
  ['http://224.0.0.1/', 'URL points to a multicast address'],
];

describe('checkUrl', () => {
  for (const [url, reason] of SSRF) {
    it(`refuses ${url} under ['*']`, () => {
      expect(checkUrl(url, ANY)).toEqual({ ok: false, reason });
    });
  }

  it('allows public hosts under [*] and returns the canonical href', () => {
    expect(checkUrl('https://Example.COM:443/a/../b?q=1#f', ANY)).toEqual({
      ok: true,
      href: 'https://example.com/b?q=1#f',
      host: 'example.com',
      range: 'public',
    });
    expect(checkUrl('http://8.8.8.8/', ANY)).toMatchObject({ ok: true, host: '8.8.8.8' });
    expect(checkUrl('http://[2606:4700:4700::1111]/', ANY)).toMatchObject({
      ok: true,
      host: '2606:4700:4700::1111',
    });
  });

  it('allows private destinations only with dangerouslyAllowPrivateNetwork', () => {
    expect(checkUrl('http://localhost:3000/', { allow: ['localhost'] })).toEqual({
      ok: false,
      reason: 'URL points to a loopback address',
    });
    expect(
      checkUrl('http://localhost:3000/', {
        allow: ['localhost'],
        dangerouslyAllowPrivateNetwork: true,
      }),
    ).toMatchObject({
      ok: true,
      range: 'loopback',
    });
  });

  it('matches exact hosts, subdomain wildcards and IP literals in any form', () => {
    const policy = { allow: ['api.example.com', '*.cdn.example.net', '8.8.8.8', '2606:4700::1'] };
    expect(checkUrl('https://api.example.com/x', policy).ok).toBe(true);
    expect(checkUrl('https://API.EXAMPLE.COM./x', policy).ok).toBe(true);
    expect(checkUrl('https://example.com/x', policy)).toEqual({
      ok: false,
      reason: 'URL host is not allowed',
    });
    expect(checkUrl('https://evil-api.example.com/', policy).ok).toBe(false);
    expect(checkUrl('https://img.cdn.example.net/a.png', policy).ok).toBe(true);
    expect(checkUrl('https://cdn.example.net/a.png', policy).ok).toBe(false);
    expect(checkUrl('https://cdn.example.net.evil.com/', policy).ok).toBe(false);
    expect(checkUrl('http://134744072/', policy).ok).toBe(true);
    expect(checkUrl('http://[2606:4700:0:0::1]/', policy).ok).toBe(true);
  });

  it('refuses other schemes, credentials, backslashes, whitespace and junk', () => {
    const cases: readonly [string, string][] = [
      ['file:///etc/passwd', 'URL scheme is not allowed'],
      ['gopher://example.com/', 'URL scheme is not allowed'],
      ['javascript:alert(1)', 'URL scheme is not allowed'],
      ['https://user:pw@example.com/', 'URL contains credentials'],
      ['https://example.com@evil.com/', 'URL contains credentials'],
      [
        'https://evil.com\\@example.com/',
        'URL contains whitespace, a control character or a backslash',
      ],
      ['http://exa\tmple.com/', 'URL contains whitespace, a control character or a backslash'],
      [
        'http://1.1.1.1 &@2.2.2.2# @3.3.3.3/',
        'URL contains whitespace, a control character or a backslash',
      ],
      [' https://example.com', 'URL contains whitespace, a control character or a backslash'],
      ['//example.com/', 'URL is not a valid absolute URL'],
      ['http://1.2.3.4.5/', 'URL is not a valid absolute URL'],
      ['', 'URL is empty or too long'],
    ];
    for (const [url, reason] of cases)
      expect(checkUrl(url, ANY), url).toEqual({ ok: false, reason });
    expect(checkUrl(42, ANY)).toEqual({ ok: false, reason: 'URL is not a string' });
    expect(checkUrl('ftp://example.com/', { allow: ['*'], schemes: ['ftp'] }).ok).toBe(true);
  });

  it('canonicalises allow-list entries and rejects bad ones', () => {
    expect(canonicalHostEntry('*.B\u00fccher.Example.')).toBe('*.xn--bcher-kva.example');
    expect(canonicalHostEntry('0x08080808')).toBe('8.8.8.8');
    expect(canonicalHostEntry('[::FFFF:8.8.8.8]')).toBe('::ffff:808:808');
    for (const bad of ['', 'a/b', 'host:80', '*.1.2.3.4', 'user@host', '*.']) {
      expect(canonicalHostEntry(bad), bad).toBeUndefined();
    }
    expect(() => checkUrl('https://x.com', { allow: ['ok.com', 'bad/entry'] })).toThrow(
      ParapetConfigError,
    );
  });
});
