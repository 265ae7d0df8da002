/**
 * Ingestion benchmark: parse throughput per feed format (items/s, MB/s), then how many sources one
 * process polls at a 10 s interval before its CPU passes 50 % of a core.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { buildApp } from '../server/app.ts';
import { DEFAULT_METRICS } from '../shared/metrics.ts';
import { parseFeed } from '../server/ingest/parse/index.ts';

const ITEMS = 200;
const BODY = '<p>Russia and Ukraine each exchanged 307 of their service personnel on Saturday, the second day of an extended prisoner swap, officials said.</p>'.repeat(6);

function sampleFeeds(): Record<string, string> {
  const items = Array.from({ length: ITEMS }, (_, i) => ({ id: `urn:item:${i}`, title: `Update ${i}`, url: `https://wire.example/${i}`, date: new Date(Date.UTC(2025, 4, 24, 10, i % 60)) }));
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    rss: generateRssFeed({ title: 'Wire', link: 'https://wire.example/', description: 'd', items: items.map((i) => ({ title: i.title, link: i.url, guid: { value: i.id }, pubDate: i.date, description: BODY })) }),
    atom: generateAtomFeed({ id: 'urn:wire', title: { value: 'Wire' }, updated: new Date(), entries: items.map((i) => ({ id: i.id, title: { value: i.title }, updated: i.date, links: [{ href: i.url }], content: { value: BODY, type: 'html' } })) }),
    rdf: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://wire.example/"><title>Wire</title><link>https://wire.example/</link><description>d</description></channel>${items.map((i) => `<item rdf:about="${i.url}"><title>${i.title}</title><link>${i.url}</link><description>${escape(BODY)}</description><dc:date>${i.date.toISOString()}</dc:date></item>`).join('')}</rdf:RDF>`,
    json: JSON.stringify(generateJsonFeed({ title: 'Wire', items: items.map((i) => ({ id: i.id, url: i.url, title: i.title, content_html: BODY, date_published: i.date })) })),
    liveblog: `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Live', liveBlogUpdate: items.map((i) => ({ '@type': 'BlogPosting', '@id': i.url, headline: i.title, articleBody: BODY, datePublished: i.date.toISOString() })) }).replace(/</g, '\\u003c')}</script></head><body></body></html>`,
  };
}

function parseThroughput(): void {
  console.log(`parse throughput (${ITEMS} items of ~${(BODY.length / 1024).toFixed(1)} KB HTML per document, one core):`);
  for (const [format, doc] of Object.entries(sampleFeeds())) {
    for (let i = 0; i < 3; i++) parseFeed(doc);
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < 1500) {
      parseFeed(doc);
      runs++;
    }
    const seconds = (performance.now() - start) / 1000;
    const mb = (Buffer.byteLength(doc) * runs) / 1024 / 1024;
    console.log(`  ${format.padEnd(9)} ${Math.round((runs * ITEMS) / seconds).toLocaleString('en').padStart(8)} items/s  ${(mb / seconds).toFixed(1).padStart(5)} MB/s  (${(Buffer.byteLength(doc) / 1024).toFixed(0)} KB document)`);
  }
}

async function pollingCapacity(): Promise<void> {
  const farm = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'feed-farm.ts')], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const hits = () => new Promise<number>((resolve) => {
    farm.once('message', (m: { hits: number }) => resolve(m.hits));
    farm.send('count');
  });
  const port = await new Promise<number>((resolve) => farm.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tally-bench-'));
  const app = await buildApp({ config: { dataDir, adminToken: 'bench', demo: 'off', allowPrivateFeeds: true, pollMinSeconds: 1 }, env: {} });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log('\npolling capacity at a 10 s interval (feeds of 20 items, a new item per feed every 30 s, gzip, ETag; 100 sources per event):');
  console.log('  sources  polls/s  CPU (one core)  event-loop p99');
  let added = 0;
  try {
    for (const target of [100, 250, 500, 1000, 1500, 2000]) {
      for (; added < target; added++) {
        if (added % 100 === 0) await app.store.createEvent({ title: `Bench event ${added / 100}`, metrics: DEFAULT_METRICS });
        const event = app.store.listEvents().at(-1)!;
        app.poller.track(await app.store.addSource(event.id, { outlet: `Wire ${added}`, url: `http://127.0.0.1:${port}/feed/${added}`, intervalSeconds: 10 }));
      }
      await new Promise((r) => setTimeout(r, 11_000)); // one full cycle: first polls (full parse) settle
      const polled = () => app.store.listEvents().flatMap((e) => app.store.listSources(e.id)).filter((s) => s.health.lastPolledAt).length;
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const cpu = process.cpuUsage();
      const startedPolls = await hits();
      const start = performance.now();
      await new Promise((r) => setTimeout(r, 10_000));
      const used = process.cpuUsage(cpu);
      const seconds = (performance.now() - start) / 1000;
      delay.disable();
      const share = (used.user + used.system) / 1e6 / seconds;
      const pollsPerSecond = ((await hits()) - startedPolls) / seconds;
      console.log(`  ${String(target).padStart(7)}  ${pollsPerSecond.toFixed(0).padStart(7)}  ${(share * 100).toFixed(0).padStart(13)} %  ${(delay.percentile(99) / 1e6).toFixed(0).padStart(11)} ms   (${polled()} polled so far)`);
      if (share > 0.5) break;
    }
  } finally {
    await app.close();
    farm.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  parseThroughput();
  await pollingCapacity();
}
