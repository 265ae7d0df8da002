/** A listening Tally app plus a local feed server whose items tests change at will, for the live and desk browser tests. */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Source, TallyEvent } from '../../shared/types.ts';
import { auth, makeTestApp } from './app.ts';
import { settle } from './browser.ts';
import { type Handler, startFeedServer } from './feed-server.ts';

/** FeedItem is one RSS item as the test writes it; `html` goes into the description as-is (so it may hold markup). */
export interface TestItem {
  guid: string;
  html: string;
  title?: string;
  link?: string;
  /** RFC 822 date; defaults to Monday 6 October 2025, 09:00 GMT. */
  date?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** rssOf writes items as an RSS 2.0 feed. */
export function rssOf(items: TestItem[]): string {
  const body = items
    .map((i) => `<item><guid>${escapeXml(i.guid)}</guid><title>${escapeXml(i.title ?? 'Update')}</title>${i.link ? `<link>${escapeXml(i.link)}</link>` : ''}<description>${escapeXml(i.html)}</description><pubDate>${i.date ?? 'Mon, 06 Oct 2025 09:00:00 GMT'}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>${body}</channel></rss>`;
}

/** startLiveSite starts Tally (private feeds allowed, 1 s polls) serving `clientDir`, and a feed server with a path per feed. */
export async function startLiveSite(clientDir: string) {
  const feeds = new Map<string, TestItem[] | number>();
  // Every path goes to one handler that serves whatever the test last set for it.
  const serve: Handler = (req, res) => {
    const feed = feeds.get((req.url ?? '/').split('?')[0]);
    if (feed === undefined) return void res.writeHead(404).end('not found');
    if (typeof feed === 'number') return void res.writeHead(feed, { 'content-type': 'text/plain' }).end(`status ${feed}`);
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOf(feed));
  };
  const server = await startFeedServer(new Proxy({}, { get: () => serve }));
  const t = await makeTestApp({ allowPrivateFeeds: true, pollMinSeconds: 1 }, { clientDir });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

  return {
    app: t.app,
    base,
    /** setFeed serves `items` (or an HTTP status) at `path` from now on. */
    setFeed: (path: string, items: TestItem[] | number) => void feeds.set(path, items),
    feedUrl: (path: string) => server.url(path),
    async createEvent(title: string): Promise<TallyEvent> {
      return (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title } })).json();
    },
    async addSource(eventId: string, outlet: string, path: string, intervalSeconds = 1): Promise<Source> {
      const res = await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload: { outlet, url: server.url(path), intervalSeconds } });
      if (res.statusCode !== 201) throw new Error(`live-site: adding ${outlet} answered ${res.statusCode}: ${res.body}`);
      return res.json();
    },
    async close() {
      await t.close();
      await server.close();
    },
  };
}

/** shoot saves a full-page screenshot of `page` to /tmp/shots/<name>.png for a person to look at. */
export async function shoot(page: Page, name: string): Promise<void> {
  await mkdir('/tmp/shots', { recursive: true });
  await settle(page);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}
