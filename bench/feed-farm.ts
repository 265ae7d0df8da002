/**
 * A child process serving many synthetic news feeds for the polling benchmark: /feed/N is an RSS feed of
 * 20 items; each feed gains a new item every 30 s (staggered), answers If-None-Match with 304, and gzips.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const PARAGRAPH = 'Rescue teams worked through the night as officials said at least 14 people were killed and 52 injured in the blast, the regional governor said on Monday.';
const cache = new Map<string, { etag: string; body: Buffer }>();

function feedFor(n: number, now: number): { etag: string; body: Buffer } {
  const generation = Math.floor((now + n * 997) / 30_000);
  const key = `${n}:${generation}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const items = Array.from({ length: 20 }, (_, i) => {
    const id = generation - i;
    return `<item><guid>feed-${n}-item-${id}</guid><title>Update ${id}: ${10 + (id % 40)} injured</title><link>https://wire.example/${n}/${id}</link><pubDate>${new Date(now - i * 60_000).toUTCString()}</pubDate><description><![CDATA[<p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('14', String(10 + (id % 9)))}</p>]]></description></item>`;
  }).join('');
  const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire ${n}</title>${items}</channel></rss>`;
  const entry = { etag: `"${createHash('sha1').update(xml).digest('hex').slice(0, 16)}"`, body: gzipSync(xml) };
  cache.set(key, entry);
  return entry;
}

let hits = 0;
// The benchmark asks over IPC how many polls arrived, so it counts real requests.
process.on('message', () => process.send?.({ hits }));

const server = createServer((req, res) => {
  hits++;
  const n = Number(req.url?.split('/').pop());
  const feed = feedFor(n, Date.now());
  if (req.headers['if-none-match'] === feed.etag) return void res.writeHead(304, { etag: feed.etag }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-encoding': 'gzip', etag: feed.etag }).end(feed.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
