/**
 * Fan-out: 1,000 / 5,000 / 10,000 socket.io clients on one server process receiving a claim. Reports the
 * delivery time to the median and the last client, and the server's memory. Clients live in two child
 * processes so they do not share the server's event loop (they do share this machine's two cores).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_METRICS } from '../shared/metrics.ts';
import type { Claim } from '../shared/types.ts';
import { buildApp } from '../server/app.ts';
import { percentile } from './stats.ts';

const SIZES = [1000, 5000, 10000];
const MESSAGES = 5;
const now = () => performance.timeOrigin + performance.now();


export default async function run(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tally-fanout-'));
  const app = await buildApp({ config: { dataDir, adminToken: 'bench', demo: 'off' }, env: {} });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const event = await app.store.createEvent({ title: 'Fan-out', metrics: DEFAULT_METRICS });
  const base = process.memoryUsage().rss;
  console.log('fan-out of one claim to every connected client (server and clients on this 2-core machine):');
  console.log('  clients   delivery p50   p99   last client   server RSS');
  try {
    for (const size of SIZES) {
      const children = spawnClients(url, event.id, size);
      await Promise.all(children.map((c) => waitFor(c.child, (m) => m.type === 'ready', 120_000)));
      await new Promise((r) => setTimeout(r, 1000));
      const rss = process.memoryUsage().rss;
      const p50s: number[] = [];
      const p99s: number[] = [];
      const lasts: number[] = [];
      for (let i = 0; i < MESSAGES; i++) {
        const waits = children.map((c) => waitFor(c.child, (m) => m.type === 'received', 60_000));
        const sentAt = now();
        app.live.publishClaims(event.id, [fakeClaim(event.id, i)], []);
        const received = (await Promise.all(waits)).flatMap((m) => m.times as number[]).map((t) => t - sentAt);
        p50s.push(percentile(received, 50));
        p99s.push(percentile(received, 99));
        lasts.push(Math.max(...received));
        await new Promise((r) => setTimeout(r, 500));
      }
      const median = (v: number[]) => percentile(v, 50);
      console.log(`  ${String(size).padStart(7)}   ${median(p50s).toFixed(0).padStart(9)} ms ${median(p99s).toFixed(0).padStart(5)} ms ${median(lasts).toFixed(0).padStart(9)} ms   ${((rss - base) / 1024 / 1024).toFixed(0).padStart(5)} MB over idle`);
      for (const c of children) c.child.kill();
      await new Promise((r) => setTimeout(r, 2000));
    }
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function spawnClients(url: string, eventId: string, total: number): Array<{ child: ChildProcess }> {
  const halves = total >= 2000 ? [Math.ceil(total / 2), Math.floor(total / 2)] : [total];
  return halves.map((count) => ({
    child: spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fanout-clients.ts'), url, eventId, String(count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  }));
}

function waitFor(child: ChildProcess, match: (m: { type: string; times?: number[] }) => boolean, timeoutMs: number): Promise<{ type: string; times?: number[] }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('fan-out: clients did not answer in time')), timeoutMs);
    const onMessage = (m: { type: string; times?: number[] }) => {
      if (!match(m)) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
  });
}

function fakeClaim(eventId: string, i: number): Claim {
  const at = new Date().toISOString();
  return {
    id: `clm_fanout_${i}`, eventId, outlet: 'Wire', sourceId: 'src_fanout', itemId: `item-${i}`, itemUrl: 'https://wire.example/1', reportedAt: at, firstSeenAt: at,
    metric: 'injured', value: 15 + i, scope: 'daily', date: at.slice(0, 10), quote: `At least ${15 + i} people were injured, officials said.`, span: [9, 11],
  };
}
