import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/** A started example server. */
export interface Started {
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (`port` 0 picks a free one) and returns the base URL. */
export async function listen(server: Server, port: number): Promise<Started> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** True when the module at `url` is the script Node.js was started with. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === url;
}

/** Starts an example when its file is run directly (`npx tsx examples/node/server.ts`). */
export function runIfMain(url: string, start: (port: number) => Promise<Started>): void {
  if (!isMain(url)) return;
  start(Number(process.env['PORT'] ?? 8787)).then((server) => {
    process.stdout.write(
      `listening on ${server.url} (POST /v1/chat/completions with Authorization: Bearer demo-key-0001)\n`,
    );
  });
}
