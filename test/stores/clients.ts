/** Connects each supported Redis client library to a test server, with errors kept off the console. */
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import type { RedisScriptClient } from '../../src/stores/redis.js';

export interface TestClient {
  readonly client: RedisScriptClient;
  close(): Promise<void>;
}

export interface ClientFlavor {
  readonly name: 'ioredis' | 'node-redis';
  /** A connected client; `failFast` makes commands fail at once while disconnected instead of queueing. */
  connect(port: number, options?: { failFast?: boolean }): Promise<TestClient>;
}

export const ioredis: ClientFlavor = {
  name: 'ioredis',
  async connect(port, options) {
    const client = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      enableOfflineQueue: options?.failFast !== true,
      maxRetriesPerRequest: options?.failFast === true ? 0 : 20,
      retryStrategy: () => 50,
    });
    client.on('error', () => {});
    await client.connect();
    return {
      client,
      async close() {
        client.disconnect();
      },
    };
  },
};

export const nodeRedis: ClientFlavor = {
  name: 'node-redis',
  async connect(port, options) {
    const client = createClient({
      url: `redis://127.0.0.1:${port}`,
      disableOfflineQueue: options?.failFast === true,
      socket: { reconnectStrategy: () => 50 },
    });
    client.on('error', () => {});
    await client.connect();
    return {
      client,
      async close() {
        client.destroy();
      },
    };
  },
};

export const flavors: readonly ClientFlavor[] = [ioredis, nodeRedis];
