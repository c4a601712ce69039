import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { startRedisServer } from './redis-server.js';

describe('test redis-server helper', () => {
  it('names the missing binary and how to install it', async () => {
    await expect(startRedisServer('redis-server-that-does-not-exist')).rejects.toThrow(
      'The Redis store tests need the `redis-server-that-does-not-exist` binary, which is not on PATH. ' +
        'Install it (Debian/Ubuntu: apt-get install -y redis-server) or set REDIS_SERVER_BIN.',
    );
  });

  it('starts a private server, restarts it on the same port, and stops it', async () => {
    const server = await startRedisServer();
    const client = new Redis({ port: server.port, host: '127.0.0.1', lazyConnect: true });
    client.on('error', () => {});
    try {
      expect(server.port).not.toBe(6379);
      await client.connect();
      expect(await client.ping()).toBe('PONG');
      await server.kill();
      expect(server.running).toBe(false);
      await server.restart();
      expect(server.running).toBe(true);
      const again = new Redis({ port: server.port, host: '127.0.0.1' });
      expect(await again.ping()).toBe('PONG');
      again.disconnect();
    } finally {
      client.disconnect();
      await server.stop();
    }
    expect(server.running).toBe(false);
  });
});
