import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../shared/types.ts';
import { auth, makeTestApp } from '../helpers/app.ts';
import { endlessBody, startFeedServer } from '../helpers/feed-server.ts';

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${items}</channel></rss>`;
const item = (guid: string, text: string) => `<item><guid>${guid}</guid><title>Update</title><description>${text}</description><pubDate>Mon, 06 Oct 2025 09:00:00 GMT</pubDate></item>`;
const sendRss = (res: ServerResponse, body: string, headers: Record<string, string> = {}) => void res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers }).end(body);

describe('the poller, end to end against real local feeds', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start() {
    const t = await makeTestApp({ allowPrivateFeeds: true, pollMinSeconds: 1 });
    cleanups.push(t.close);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Storm' } })).json().id as string;
    const add = async (outlet: string, url: string) =>
      (await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload: { outlet, url, intervalSeconds: 1 } })).json() as Source;
    const source = (id: string) => ((t.app.store.getSource(eventId, id)) as Source);
    const claims = () => t.app.store.listClaims(eventId) as Claim[];
    return { t, eventId, add, source, claims };
  }
  async function feedServer(routes: Parameters<typeof startFeedServer>[0]) {
    const srv = await startFeedServer(routes);
    cleanups.push(srv.close);
    return srv;
  }
  const until = async (check: () => boolean, ms = 8000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('polls a new source at once, stores its claims, then asks conditionally and gets 304s', async () => {
    const conditional: string[] = [];
    const srv = await feedServer({
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          conditional.push('304');
          return void res.writeHead(304).end();
        }
        sendRss(res, rss(item('s1', 'At least 9 people were killed on Monday, officials said.')), { etag: '"v1"' });
      },
    });
    const { add, source, claims } = await start();
    const s = await add('Wire', srv.url('/feed'));
    await until(() => claims().length > 0 && conditional.length > 0);
    expect(claims()[0]).toMatchObject({ metric: 'killed', value: 9, outlet: 'Wire', sourceId: s.id });
    expect(source(s.id).health).toMatchObject({ status: 'ok', lastError: null, items: 1 });
    expect(source(s.id).health.lastPolledAt).toBeTruthy();
  });

  it('turns an edited item into a revision of the same claim, keeping the earlier value', async () => {
    let version = 1;
    const srv = await feedServer({
      '/feed': (_req, res) => sendRss(res, rss(item('e1', version === 1 ? 'Police said 13 people were injured on Monday.' : 'Police said 15 people were injured on Monday.'))),
    });
    const { add, claims } = await start();
    await add('AP', srv.url('/feed'));
    await until(() => claims().length === 1);
    const id = claims()[0].id;
    version = 2;
    await until(() => claims()[0]?.value === 15);
    expect(claims()).toHaveLength(1);
    expect(claims()[0].id).toBe(id);
    expect(claims()[0].history?.map((h) => h.value)).toEqual([13]);
  });

  it('follows a 301 by updating the stored URL, and stops a source that answers 410', async () => {
    const srv = await feedServer({
      '/old': (_req, res) => void res.writeHead(301, { location: '/new' }).end(),
      '/new': (_req, res) => sendRss(res, rss('')),
      '/gone': (_req, res) => void res.writeHead(410).end(),
    });
    const { add, source } = await start();
    const moved = await add('Moved', srv.url('/old'));
    const gone = await add('Gone', srv.url('/gone'));
    await until(() => source(moved.id).url === srv.url('/new') && source(gone.id).health.status === 'gone');
    const hits = srv.hits.get('/gone');
    await new Promise((r) => setTimeout(r, 2500));
    expect(srv.hits.get('/gone')).toBe(hits);
    expect(source(gone.id).health.lastError).toMatch(/answered 410/);
  });

  it('backs off a failing source, says why, and recovers', async () => {
    let failing = true;
    const srv = await feedServer({ '/flaky': (_req, res) => (failing ? void res.writeHead(500).end() : sendRss(res, rss(''))) });
    const { add, source } = await start();
    const s = await add('Flaky', srv.url('/flaky'));
    await until(() => source(s.id).health.status === 'backoff');
    expect(source(s.id).health.lastError).toBe(`ingest: feed ${srv.url('/flaky')} answered 500`);
    failing = false;
    await until(() => source(s.id).health.status === 'ok', 10_000);
    expect(source(s.id).health.lastError).toBeNull();
  });

  it('keeps polling a healthy source on time while one source hangs and another never stops sending', async () => {
    const healthyPolls: number[] = [];
    const healthy = await feedServer({ '/feed': (_req, res) => (healthyPolls.push(Date.now()), sendRss(res, rss(''))) });
    const hung = await feedServer({ '/feed': () => {} });
    const huge = await feedServer({ '/feed': endlessBody });
    const { t, add, source } = await start();
    const h = await add('Hung', hung.url('/feed'));
    const big = await add('Huge', huge.url('/feed'));
    await add('Healthy', healthy.url('/feed'));
    const since = Date.now();
    await new Promise((r) => setTimeout(r, 5000));
    // At a 1 s interval the healthy feed is polled about 5 times; blocked behind the others it would be polled once at most.
    expect(healthyPolls.filter((t) => t >= since).length).toBeGreaterThanOrEqual(3);
    expect(source(h.id).health.status).toBe('pending');
    await until(() => source(big.id).health.status !== 'pending');
    expect(source(big.id).health.lastError).toMatch(/byte limit/);
    // Shutting down does not wait for the hung feed's 15 s timeout.
    const closing = Date.now();
    await t.app.close();
    expect(Date.now() - closing).toBeLessThan(5000);
  }, 20_000);
});
