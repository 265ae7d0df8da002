import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eventFile } from '../../server/store/files.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import type { MetricDef } from '../../shared/types.ts';
import { auth, makeTestApp } from '../helpers/app.ts';
import { startFeedServer } from '../helpers/feed-server.ts';
import { LiveMirror } from '../helpers/live-mirror.ts';

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>quake-1</guid><title>Quake update</title><pubDate>Mon, 06 Oct 2025 09:00:00 GMT</pubDate>
<description>At least 12 people were killed and 140 buildings collapsed in the city, officials said on Monday.</description></item>
</channel></rss>`;

const collapsed: MetricDef = { key: 'buildings_collapsed', label: 'Buildings collapsed', terms: ['buildings collapsed', 'buildings'] };

const until = async (check: () => boolean, what: string, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('REST: a desk renames an event and redefines its metrics, live', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start() {
    const t = await makeTestApp({ allowPrivateFeeds: true });
    cleanups.push(t.close);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const srv = await startFeedServer({ '/feed': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed) });
    cleanups.push(srv.close);
    const eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Quake' } })).json().id as string;
    const patch = (payload: unknown, headers: Record<string, string> = auth) => t.app.inject({ method: 'PATCH', url: `/api/events/${eventId}`, headers, payload: payload as object });
    const mirror = new LiveMirror(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, eventId);
    cleanups.push(() => mirror.close());
    await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload: { outlet: 'Wire', url: srv.url('/feed'), intervalSeconds: 60 } });
    const metrics = () => new Set([...mirror.claims.values()].map((c) => c.metric));
    await until(() => metrics().has('killed'), 'the first poll');
    return { t, eventId, patch, mirror, metrics, srv };
  }

  it('a new metric finds its figures in the items already held, without waiting for the next poll', async () => {
    const { t, eventId, patch, mirror, metrics } = await start();
    expect(metrics().has('buildings_collapsed')).toBe(false);

    const res = await patch({ metrics: [...DEFAULT_METRICS, collapsed] });
    expect(res.statusCode).toBe(200);
    expect(res.json().metrics.at(-1)).toMatchObject({ key: 'buildings_collapsed' });
    // The source polls every 60 s: the figure can only arrive this fast because the change re-reads the feed.
    await until(() => metrics().has('buildings_collapsed'), 'the new metric’s claim');
    expect([...mirror.claims.values()].find((c) => c.metric === 'buildings_collapsed')).toMatchObject({ value: 140 });
    expect(mirror.event?.metrics.map((m) => m.key)).toContain('buildings_collapsed');
    // The killed claim was read again, not duplicated, and reading again is not an edit of the item.
    expect([...mirror.claims.values()].filter((c) => c.metric === 'killed')).toHaveLength(1);
    expect([...mirror.claims.values()].every((c) => !c.history?.length)).toBe(true);
    await t.app.store.flush();
    const file = JSON.parse(await readFile(eventFile(t.dir, eventId), 'utf8'));
    expect(file.items.map((i: { versions: number }) => i.versions)).toEqual([1]);
  });

  it('dropping a metric takes its claims and figures away, on every open dashboard', async () => {
    const { t, eventId, patch, metrics } = await start();
    const res = await patch({ metrics: DEFAULT_METRICS.filter((m) => m.key !== 'killed') });
    expect(res.statusCode).toBe(200);
    await until(() => !metrics().has('killed'), 'the killed claims to go');
    expect(t.app.store.listClaims(eventId).some((c) => c.metric === 'killed')).toBe(false);
    expect((await t.app.inject(`/api/events/${eventId}/figures`)).json().some((f: { metric: string }) => f.metric === 'killed')).toBe(false);
  });

  it('a new title reaches open dashboards and survives a restart of the store', async () => {
    const { t, eventId, patch, mirror } = await start();
    expect((await patch({ title: '  Quake in the north  ' })).json().title).toBe('Quake in the north');
    await until(() => mirror.event?.title === 'Quake in the north', 'the renamed event');
    expect(mirror.snapshots).toBe(1); // one seq stream, no gap
    await t.app.store.flush();
    const { Store } = await import('../../server/store/store.ts');
    expect((await Store.open(t.dir)).getEvent(eventId)?.title).toBe('Quake in the north');
  });

  it('refuses a wrong token, an unknown event and bad bodies, changing nothing', async () => {
    const { t, eventId, patch } = await start();
    expect((await patch({ title: 'X' }, { authorization: 'Bearer wrong' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'PATCH', url: '/api/events/nope', headers: auth, payload: { title: 'X' } })).statusCode).toBe(404);
    const cases: Array<[unknown, RegExp]> = [
      [{}, /body/],
      [{ title: '   ' }, /body\/title/],
      [{ metrics: [] }, /metrics/],
      [{ metrics: [collapsed, collapsed] }, /body\/metrics has the key "buildings_collapsed" twice/],
      [{ metrics: [{ ...collapsed, key: 'Bad Key' }] }, /key/],
      [{ metrics: [{ ...collapsed, terms: [] }] }, /terms/],
      [{ colour: 'red' }, /colour|additional/],
    ];
    for (const [body, message] of cases) {
      const res = await patch(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message, JSON.stringify(body)).toMatch(message);
    }
    expect(t.app.store.getEvent(eventId)).toMatchObject({ title: 'Quake', metrics: DEFAULT_METRICS });
  });
});
