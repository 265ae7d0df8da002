import { describe, expect, it } from 'vitest';
import { DEMO_EVENT_ID } from '../../server/demo/demo-event.ts';
import { DemoClock, renderDemoFeed } from '../../server/demo/demo-feeds.ts';
import { DEMO_OUTLETS, DEMO_START, loadDemoItems } from '../../server/demo/demo-items.ts';
import { parseFeed } from '../../server/ingest/parse/index.ts';
import { buildApp } from '../../server/app.ts';
import { makeTestApp } from '../helpers/app.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('demo items and feeds', () => {
  const items = loadDemoItems();

  it('has the four Saturday reports of the seed and written Friday and Sunday items for every outlet', () => {
    for (const { slug } of DEMO_OUTLETS) {
      const days = items.filter((i) => i.slug === slug).map((i) => i.publishedAt.slice(0, 10));
      expect(days).toEqual(['2025-05-23', '2025-05-24', '2025-05-25']);
    }
    expect(items.find((i) => i.id === 'sat-reuters')?.title).toMatch(/^MOSCOW\/CHERNIHIV|Russia and Ukraine swap 307 soldiers/);
  });

  it('serves RSS and Atom that Tally’s own parser reads back, releasing items as the clock advances', () => {
    const start = Date.parse(DEMO_START);
    const formats = new Set<string>();
    for (const outlet of DEMO_OUTLETS) {
      const early = parseFeed(renderDemoFeed(outlet, items, start, 'http://127.0.0.1:3000').body);
      expect(early.items).toEqual([]);
      const late = parseFeed(renderDemoFeed(outlet, items, Date.parse('2025-05-26T00:00:00Z'), 'http://127.0.0.1:3000').body);
      formats.add(late.format);
      expect(late.items).toHaveLength(3);
      expect(late.items[0].publishedAt?.slice(0, 10)).toBe('2025-05-25');
      expect(late.items[0].url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/demo\/articles\//);
    }
    expect([...formats].sort()).toEqual(['atom', 'rss']);
  });

  it('runs three days of news in about two minutes at the default speed', () => {
    const clock = new DemoClock(0, Date.parse(DEMO_START), 2160);
    const last = items.at(-1)!;
    const realSeconds = (Date.parse(last.publishedAt) - Date.parse(DEMO_START)) / 2160 / 1000;
    expect(realSeconds).toBeGreaterThan(60);
    expect(realSeconds).toBeLessThan(130);
    expect(clock.newsTime(1000)).toBe(Date.parse(DEMO_START) + 2_160_000);
  });
});

describe('demo seeding', () => {
  it('seeds the demo into an empty data folder once; a restart keeps it and adds nothing', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const first = await buildApp({ config: { dataDir: dir, adminToken: 't', demo: 'auto' }, env: {} });
      const events = (await first.inject('/api/events')).json();
      expect(events.map((e: { id: string }) => e.id)).toEqual([DEMO_EVENT_ID]);
      expect((await first.inject(`/api/events/${DEMO_EVENT_ID}/sources`)).json()).toHaveLength(4);
      await first.close();

      const second = await buildApp({ config: { dataDir: dir, adminToken: 't', demo: 'auto' }, env: {} });
      expect((await second.inject('/api/events')).json()).toHaveLength(1);
      expect((await second.inject(`/api/events/${DEMO_EVENT_ID}/sources`)).json()).toHaveLength(4);
      const feed = await second.inject('/demo/feeds/reuters');
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toMatch(/rss/);
      await second.close();
    } finally {
      await cleanup();
    }
  });

  it('TALLY_DEMO=0 seeds nothing and serves no demo feeds', async () => {
    const t = await makeTestApp({ demo: 'off' });
    expect((await t.app.inject('/api/events')).json()).toEqual([]);
    expect((await t.app.inject('/demo/feeds/reuters')).statusCode).toBe(404);
    await t.close();
  });

  it('does not push the demo into a data folder that already holds other events', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const first = await buildApp({ config: { dataDir: dir, adminToken: 't', demo: 'off' }, env: {} });
      await first.inject({ method: 'POST', url: '/api/events', headers: { authorization: 'Bearer t' }, payload: { title: 'Real event' } });
      await first.close();
      const second = await buildApp({ config: { dataDir: dir, adminToken: 't', demo: 'auto' }, env: {} });
      expect((await second.inject('/api/events')).json().map((e: { title: string }) => e.title)).toEqual(['Real event']);
      await second.close();
    } finally {
      await cleanup();
    }
  });

  it('serves a released item as an article page that timeline links open, and hides unreleased ones', async () => {
    // A clock so fast that every item is out by the first request.
    const released = await makeTestApp({ demo: 'on', demoSpeed: 1e9 });
    const page = await released.app.inject('/demo/articles/sat-reuters');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<h1>Russia and Ukraine swap 307 soldiers on second day of POW exchange</h1>');
    expect(page.body).toContain('Reuters · 2025-05-24 12:50 UTC');
    await released.close();
    const early = await makeTestApp({ demo: 'on', demoSpeed: 1 });
    expect((await early.app.inject('/demo/articles/sun-reuters')).statusCode).toBe(404);
    await early.close();
  });

  it('answers 304 to a demo feed the poller already has', async () => {
    const t = await makeTestApp({ demo: 'on' });
    const first = await t.app.inject('/demo/feeds/outlet-b');
    const again = await t.app.inject({ url: '/demo/feeds/outlet-b', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(first.headers['content-type']).toMatch(/atom/);
    await t.close();
  });
});
