import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authOptionsSchema, compileAuth } from '../../src/http/auth.js';
import type { ParapetRequest } from '../../src/http/types.js';

const digest = (key: string) => createHash('sha256').update(key).digest('hex');
const request: ParapetRequest = { method: 'POST', url: '/v1/chat/completions', headers: {} };
const headers = (h: Record<string, string>) => (name: string) => h[name];
const auth = (options: object) => compileAuth(authOptionsSchema.parse(options));
const SECRET = 'a-very-long-hmac-secret-of-32-bytes-or-more';

describe('API key authentication', () => {
  const a = auth({
    apiKeys: [
      { id: 'team-a', sha256: digest('key-a') },
      { id: 'team-b', sha256: digest('key-b') },
    ],
  });

  it('accepts a configured key from Authorization: Bearer or x-api-key', async () => {
    expect(await a.authenticate(request, '/x', headers({ authorization: 'Bearer key-b' }))).toEqual(
      {
        ok: true,
        principal: { kind: 'api_key', id: 'team-b' },
      },
    );
    expect(await a.authenticate(request, '/x', headers({ 'x-api-key': 'key-a' }))).toMatchObject({
      principal: { id: 'team-a' },
    });
  });

  it('answers 401 with a Bearer challenge for missing or wrong keys', async () => {
    expect(await a.authenticate(request, '/x', headers({}))).toEqual({
      ok: false,
      status: 401,
      challenge: 'Bearer realm="parapet"',
    });
    expect(await a.authenticate(request, '/x', headers({ authorization: 'Bearer key-c' }))).toEqual(
      {
        ok: false,
        status: 401,
        challenge: 'Bearer realm="parapet", error="invalid_token"',
      },
    );
    expect(
      await a.authenticate(
        request,
        '/x',
        headers({ authorization: `Bearer ${'k'.repeat(10_000)}` }),
      ),
    ).toMatchObject({ status: 401 });
  });

  it('lets public paths through and answers 403 when authorize refuses', async () => {
    const b = auth({
      apiKeys: [{ id: 'a', sha256: digest('k') }],
      publicPaths: ['/health', '/public/*'],
      authorize: (p: { id: string }) => p.id !== 'a',
    });
    expect(await b.authenticate(request, '/health', headers({}))).toEqual({
      ok: true,
      principal: undefined,
    });
    expect(await b.authenticate(request, '/public/x', headers({}))).toEqual({
      ok: true,
      principal: undefined,
    });
    expect(await b.authenticate(request, '/x', headers({ 'x-api-key': 'k' }))).toEqual({
      ok: false,
      status: 403,
      challenge: undefined,
    });
  });

  it('refuses plain keys in configuration and empty configurations', () => {
    expect(() =>
      authOptionsSchema.parse({ apiKeys: [{ id: 'a', sha256: 'sk-plain-key' }] }),
    ).toThrow(/SHA-256/);
    expect(() => authOptionsSchema.parse({})).toThrow(/configure apiKeys/);
    expect(() => authOptionsSchema.parse({ jwt: { algorithms: ['HS256'] } })).toThrow(
      /exactly one/,
    );
    expect(() =>
      authOptionsSchema.parse({ jwt: { secret: 'short', algorithms: ['HS256'] } }),
    ).toThrow();
    expect(() =>
      authOptionsSchema.parse({ jwt: { secret: SECRET, algorithms: ['none'] } }),
    ).toThrow();
  });
});

describe('JWT authentication', () => {
  const sign = (
    claims: Record<string, unknown>,
    alg = 'HS256',
    key: Uint8Array | CryptoKey = new TextEncoder().encode(SECRET),
  ) =>
    new SignJWT(claims).setProtectedHeader({ alg }).setIssuedAt().setExpirationTime('5m').sign(key);
  const a = auth({
    jwt: { secret: SECRET, algorithms: ['HS256'], issuer: 'iss', audience: 'aud' },
  });

  it('accepts a valid token and uses sub as the principal', async () => {
    const token = await sign({ sub: 'user-1', iss: 'iss', aud: 'aud', role: 'x' });
    const result = await a.authenticate(
      request,
      '/x',
      headers({ authorization: `Bearer ${token}` }),
    );
    expect(result).toMatchObject({
      ok: true,
      principal: { kind: 'jwt', id: 'user-1', claims: { role: 'x' } },
    });
  });

  it('refuses wrong issuer, audience, algorithm, expiry, signature and missing sub', async () => {
    const bad = [
      await sign({ sub: 'u', iss: 'other', aud: 'aud' }),
      await sign({ sub: 'u', iss: 'iss', aud: 'other' }),
      await sign({ sub: 'u', iss: 'iss', aud: 'aud' }, 'HS512'),
      await new SignJWT({ sub: 'u', iss: 'iss', aud: 'aud' })
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(new TextEncoder().encode(SECRET)),
      `${(await sign({ sub: 'u', iss: 'iss', aud: 'aud' })).slice(0, -3)}abc`,
      await sign({ iss: 'iss', aud: 'aud' }),
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.',
    ];
    for (const token of bad) {
      expect(
        await a.authenticate(request, '/x', headers({ authorization: `Bearer ${token}` })),
      ).toMatchObject({ ok: false, status: 401 });
    }
  });

  it('verifies RS256 with a PEM public key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const b = auth({ jwt: { publicKey: await exportSPKI(publicKey), algorithms: ['RS256'] } });
    const token = await sign({ sub: 'svc' }, 'RS256', privateKey);
    expect(
      await b.authenticate(request, '/x', headers({ authorization: `Bearer ${token}` })),
    ).toMatchObject({ principal: { id: 'svc' } });
  });

  describe('with a remote JWKS', () => {
    let server: Server;
    let url: string;
    let privateKey: CryptoKey;
    beforeAll(async () => {
      const pair = await generateKeyPair('ES256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
      server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the key set and verifies the token', async () => {
      const b = auth({ jwt: { jwksUrl: url, algorithms: ['ES256'] } });
      const token = await new SignJWT({ sub: 'remote' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setExpirationTime('1m')
        .sign(privateKey);
      expect(
        await b.authenticate(request, '/x', headers({ authorization: `Bearer ${token}` })),
      ).toMatchObject({ principal: { id: 'remote' } });
    });
  });
});
