/**
 * Demo plugin: seeds the demo event into an empty data folder and serves its outlets' feeds at
 * /demo/feeds/<outlet>, releasing items on an accelerated clock. The poller reads them over real HTTP.
 */
import type { AddressInfo } from 'node:net';
import fp from 'fastify-plugin';
import { DEMO_EVENT_ID, DEMO_INTERVAL_SECONDS, DEMO_METRICS, DEMO_TITLE } from '../demo/demo-event.ts';
import { DemoClock, renderDemoArticle, renderDemoFeed } from '../demo/demo-feeds.ts';
import { DEMO_OUTLETS, DEMO_START, loadDemoItems } from '../demo/demo-items.ts';
import { notFound } from '../routes/errors.ts';
import type { Store } from '../store/store.ts';

const STARTED_KEY = 'demo.startedAt';

export default fp(
  async (app) => {
    const { store, config } = app;
    if (config.demo === 'off') return;
    const exists = Boolean(store.getEvent(DEMO_EVENT_ID));
    if (!exists && config.demo === 'auto' && store.listEvents().length > 0) return;
    if (!exists) await seedDemo(store, `http://${config.host}:${config.port}`);

    const items = loadDemoItems();
    const clock = new DemoClock(Number(store.getMeta(STARTED_KEY)), Date.parse(DEMO_START), config.demoSpeed);
    let baseUrl = `http://${config.host}:${config.port}`;

    app.get<{ Params: { slug: string } }>('/demo/feeds/:slug', async (request, reply) => {
      const outlet = DEMO_OUTLETS.find((o) => o.slug === request.params.slug);
      if (!outlet) throw notFound(`demo: no demo feed "${request.params.slug}"`);
      const feed = renderDemoFeed(outlet, items, clock.newsTime(), baseUrl);
      reply.header('etag', feed.etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === feed.etag) return reply.code(304).send();
      return reply.type(feed.contentType).send(feed.body);
    });

    app.get<{ Params: { id: string } }>('/demo/articles/:id', async (request, reply) => {
      const item = items.find((i) => i.id === request.params.id && Date.parse(i.publishedAt) <= clock.newsTime());
      if (!item) throw notFound(`demo: no released article "${request.params.id}"`);
      const outlet = DEMO_OUTLETS.find((o) => o.slug === item.slug)?.outlet ?? '';
      return reply.type('text/html; charset=utf-8').send(renderDemoArticle(item, outlet));
    });

    // The demo sources point at this server; once the real port is known (PORT may change between runs), aim them at it.
    app.addHook('onListen', async () => {
      baseUrl = selfUrl(app.server.address() as AddressInfo);
      for (const source of store.listSources(DEMO_EVENT_ID)) {
        const url = `${baseUrl}/demo/feeds/${new URL(source.url).pathname.split('/').pop()}`;
        if (source.demo && source.url !== url) await store.updateSource(DEMO_EVENT_ID, source.id, { url });
      }
    });
  },
  { name: 'demo', dependencies: ['store', 'live'] },
);

async function seedDemo(store: Store, baseUrl: string): Promise<void> {
  await store.setMeta(STARTED_KEY, String(Date.now()));
  await store.createEvent({ id: DEMO_EVENT_ID, title: DEMO_TITLE, metrics: DEMO_METRICS, demo: true });
  for (const outlet of DEMO_OUTLETS) {
    await store.addSource(DEMO_EVENT_ID, { outlet: outlet.outlet, url: `${baseUrl}/demo/feeds/${outlet.slug}`, intervalSeconds: DEMO_INTERVAL_SECONDS, demo: true });
  }
}

function selfUrl(address: AddressInfo): string {
  if (address.family === 'IPv6') return `http://[${address.address === '::' ? '::1' : address.address}]:${address.port}`;
  return `http://${address.address === '0.0.0.0' ? '127.0.0.1' : address.address}:${address.port}`;
}
