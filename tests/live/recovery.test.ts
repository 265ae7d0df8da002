import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EVENT_ID } from '../../server/demo/demo-event.ts';
import { auth, makeTestApp } from '../helpers/app.ts';
import { startFeedServer } from '../helpers/feed-server.ts';
import { LiveMirror } from '../helpers/live-mirror.ts';

describe('a client that drops and comes back', () => {
  const mirrors: LiveMirror[] = [];
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    for (const m of mirrors.splice(0)) m.close();
    await close?.();
  });

  it('ends a 10 s drop during live updates with exactly the claims of a client that never dropped', async () => {
    // Three news days in about 13 s: most of the demo's claims arrive while the second client is away.
    const t = await makeTestApp({ demo: 'on', demoSpeed: 20_000 });
    close = t.close;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const steady = new LiveMirror(url, DEMO_EVENT_ID);
    const dropping = new LiveMirror(url, DEMO_EVENT_ID, { reconnectionDelay: 10_000, reconnectionDelayMax: 10_000, randomizationFactor: 0 });
    mirrors.push(steady, dropping);
    await expect.poll(() => dropping.seq !== null && steady.seq !== null).toBe(true);

    // Cut the transport under the client, as a network drop does; it comes back on its own after 10 s.
    const claimsAtDrop = dropping.claims.size;
    dropping.socket.io.engine.close();
    await new Promise((r) => setTimeout(r, 10_500));
    await expect.poll(() => dropping.socket.connected, { timeout: 5000 }).toBe(true);
    expect(steady.claims.size).toBeGreaterThan(claimsAtDrop);

    // Let the demo finish, then both must hold the same claims with the same values.
    await expect.poll(() => steady.values().length === t.app.store.listClaims(DEMO_EVENT_ID).length && [...steady.claims.values()].some((c) => c.value === 303), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => dropping.values(), { timeout: 5000 }).toEqual(steady.values());
    expect(dropping.recoveries + dropping.snapshots).toBeGreaterThanOrEqual(2);
  }, 45_000);

  it('sends one claims message for a poll that yields 200 claims, not 200 messages', async () => {
    let items = '';
    const feeds = await startFeedServer({ '/feed': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`) });
    const t = await makeTestApp({ allowPrivateFeeds: true, pollMinSeconds: 1 });
    close = async () => {
      await t.close();
      await feeds.close();
    };
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Burst' } })).json().id;
    await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload: { outlet: 'Wire', url: feeds.url('/feed'), intervalSeconds: 1 } });
    const mirror = new LiveMirror(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, eventId);
    mirrors.push(mirror);
    await expect.poll(() => mirror.seq !== null).toBe(true);
    let claimMessages = 0;
    mirror.socket.on('claims', () => claimMessages++);

    items = Array.from({ length: 200 }, (_, i) => `<item><guid>u${i}</guid><title>Update ${i}</title><description>Police said ${i + 1} people were arrested in district ${i} on Monday.</description><pubDate>Mon, 06 Oct 2025 12:00:00 GMT</pubDate></item>`).join('');
    await expect.poll(() => mirror.claims.size, { timeout: 10_000 }).toBe(200);
    expect(claimMessages).toBe(1);
  }, 20_000);
});
