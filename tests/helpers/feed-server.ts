/** A real local HTTP server whose routes tests script, for fetch and poller tests. */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** startFeedServer listens on a free loopback port; `routes` maps a path to its handler. */
export async function startFeedServer(routes: Record<string, Handler>): Promise<{ url: (path: string) => string; hits: Map<string, number>; close: () => Promise<void>; server: Server }> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes[path];
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** endlessBody answers 200 and streams spaces until the client hangs up: a feed that never ends. */
export const endlessBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = Buffer.alloc(64 * 1024, ' ');
  const pump = () => {
    while (res.write(chunk)) {}
    res.once('drain', pump);
  };
  pump();
  res.on('close', () => res.removeAllListeners('drain'));
};
