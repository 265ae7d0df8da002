/** A child process for the kill-mid-write test: records claims into a store as fast as it can until killed. */
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { Store } from '../../server/store/store.ts';

const dir = process.argv[2];
const store = await Store.open(dir);
const event = store.listEvents()[0] ?? (await store.createEvent({ title: 'Kill test', metrics: DEFAULT_METRICS }));
const source = store.listSources(event.id)[0] ?? (await store.addSource(event.id, { outlet: 'Wire', url: 'https://wire.example/feed', intervalSeconds: 30 }));
for (let i = 0; ; i++) {
  const quote = `Officials said ${i} people were evacuated. ${'Padding to make the file bigger. '.repeat(20)}`;
  store.recordItem(source, { itemId: `item-${i}`, url: null, title: `Update ${i}`, hash: `h${i}`, publishedAt: null }, [
    { metric: 'evacuated', value: i, scope: 'daily', date: '2025-01-01', quote, span: [15, 15 + String(i).length] },
  ]);
  store.commit(event.id);
  await store.flush();
  process.stdout.write(`wrote ${i}\n`);
}
