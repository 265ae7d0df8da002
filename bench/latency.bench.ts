/**
 * Feed-to-screen latency: from the moment a local feed server first serves a new item to the moment a
 * socket.io client receives its claim, at a 1 s poll interval. "Inside Tally" starts when the response
 * carrying the item has been sent in full, so it excludes the wait for the next poll.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import type { ClaimsDelta } from '../shared/socket-events.ts';
import { buildApp } from '../server/app.ts';
import { DEFAULT_METRICS } from '../shared/metrics.ts';
import { percentile } from './stats.ts';

const ROUNDS = 40;


export default async function run(): Promise<void> {
  const items: string[] = [];
  const firstServed = new Map<number, number>();
  const sentInFull = new Map<number, number>();
  const feed = createServer((_req, res) => {
    const round = items.length - 1;
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.slice(-20).join('')}</channel></rss>`;
    if (round >= 0 && !firstServed.has(round)) firstServed.set(round, performance.now());
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(body, () => {
      if (round >= 0 && !sentInFull.has(round)) sentInFull.set(round, performance.now());
    });
  });
  await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
  const feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed`;

  const dataDir = await mkdtemp(path.join(tmpdir(), 'tally-latency-'));
  const app = await buildApp({ config: { dataDir, adminToken: 'bench', demo: 'off', allowPrivateFeeds: true, pollMinSeconds: 1 }, env: {} });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const event = await app.store.createEvent({ title: 'Latency', metrics: DEFAULT_METRICS });
  app.poller.track(await app.store.addSource(event.id, { outlet: 'Wire', url: feedUrl, intervalSeconds: 1 }));

  const client = io(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, { transports: ['websocket'] });
  await new Promise<void>((resolve) => {
    client.once('snapshot', () => resolve());
    client.emit('subscribe', { eventId: event.id });
  });
  const received = new Map<number, number>();
  const published = new Map<number, number>();
  client.on('claims', (delta: ClaimsDelta) => {
    const at = performance.now();
    for (const claim of delta.added) {
      const round = claim.value - 1000;
      if (round >= 0 && !received.has(round)) received.set(round, at);
    }
  });

  for (let round = 0; round < ROUNDS; round++) {
    // Each round's item reports a figure no other round does: 1000 + round people evacuated.
    published.set(round, performance.now());
    items.push(`<item><guid>r${round}</guid><title>Update ${round}</title><description>Officials said ${1000 + round} people were evacuated on Monday.</description><pubDate>Mon, 06 Oct 2025 12:00:00 GMT</pubDate></item>`);
    const until = performance.now() + 5000;
    while (!received.has(round) && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
    // New items appear at a random point of the poll cycle, as news does.
    await new Promise((r) => setTimeout(r, Math.random() * 1000));
  }

  const total: number[] = [];
  const inside: number[] = [];
  const endToEnd: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const got = received.get(round);
    if (got === undefined || !firstServed.has(round) || !sentInFull.has(round)) continue;
    total.push(got - firstServed.get(round)!);
    inside.push(got - sentInFull.get(round)!);
    endToEnd.push(got - published.get(round)!);
  }
  const row = (name: string, v: number[]) =>
    console.log(`  ${name.padEnd(34)} p50 ${percentile(v, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(v, 95).toFixed(1).padStart(6)} ms   p99 ${percentile(v, 99).toFixed(1).padStart(6)} ms`);
  console.log(`feed-to-screen latency, 1 s poll interval, ${total.length}/${ROUNDS} rounds delivered:`);
  row('first served -> claim received', total);
  row('inside Tally (response sent -> recv)', inside);
  row('item appears -> claim received', endToEnd);
  console.log('  (the last row adds the wait for the next poll: up to the 1 s interval, with jitter)');

  client.disconnect();
  await app.close();
  feed.close();
  await rm(dataDir, { recursive: true, force: true });
}
