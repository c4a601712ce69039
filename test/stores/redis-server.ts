/**
 * Starts a private redis-server for the Redis store tests and benchmarks:
 * 127.0.0.1, a free port, no persistence, a temporary directory. Never the
 * system Redis on 6379. Every server started here is killed when the process
 * exits, even if a test failed before its `afterAll` ran.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running (or stopped) private Redis server. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** Whether the process is up. */
  readonly running: boolean;
  /** Kills the server with SIGKILL, as a crash would, and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts the server again on the same port. */
  restart(): Promise<void>;
  /** Stops the server (SIGTERM, then SIGKILL after 2 s) and removes its directory. */
  stop(): Promise<void>;
}

const DEFAULT_BINARY = process.env['REDIS_SERVER_BIN'] ?? 'redis-server';
const READY = /Ready to accept connections/;
const live = new Set<ChildProcess>();
let hooked = false;

function killAllOnExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/** A port the OS reports free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function launch(binary: string, port: number, dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--loglevel',
        'notice',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`redis-server did not become ready on port ${port} within 10 s:\n${output}`),
      );
    }, 10_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (READY.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        // Keep draining so a full pipe never blocks the server.
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `The Redis store tests need the \`${binary}\` binary, which is not on PATH. ` +
                'Install it (Debian/Ubuntu: apt-get install -y redis-server) or set REDIS_SERVER_BIN.',
            )
          : error,
      );
    });
    child.once('exit', (code, signal) => {
      live.delete(child);
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
    live.add(child);
    killAllOnExit();
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts redis-server (`$REDIS_SERVER_BIN`, else `redis-server` from PATH)
 * on a free port of 127.0.0.1 and resolves once it accepts connections.
 * Throws a clear error naming the binary when it is missing.
 *
 * @example
 * ```ts
 * let server: RedisServer;
 * beforeAll(async () => { server = await startRedisServer(); });
 * afterAll(() => server?.stop());
 * ```
 */
export async function startRedisServer(binary = DEFAULT_BINARY): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-redis-'));
  let child: ChildProcess | undefined;
  let port = 0;
  // Another process may grab the probed port before redis binds it: retry.
  for (let attempt = 0; child === undefined; attempt++) {
    port = await freePort();
    try {
      child = await launch(binary, port, dir);
    } catch (error) {
      if (attempt >= 4 || !/Address already in use/.test(String(error))) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let current: ChildProcess | undefined = child;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get running() {
      return current !== undefined && current.exitCode === null && current.signalCode === null;
    },
    async kill() {
      if (current === undefined) return;
      const dying = current;
      current = undefined;
      dying.kill('SIGKILL');
      await exited(dying);
    },
    async restart() {
      if (current !== undefined) throw new Error('redis-server is still running');
      current = await launch(binary, port, dir);
    },
    async stop() {
      const stopping = current;
      current = undefined;
      if (stopping !== undefined) {
        const force = setTimeout(() => stopping.kill('SIGKILL'), 2000);
        stopping.kill('SIGTERM');
        await exited(stopping);
        clearTimeout(force);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
