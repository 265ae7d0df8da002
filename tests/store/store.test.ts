import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import type { ExtractedClaim } from '../../shared/types.ts';
import { Store } from '../../server/store/store.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const claim = (value: number, extra: Partial<ExtractedClaim> = {}): ExtractedClaim => ({
  metric: 'prisoners_exchanged', value, scope: 'daily', date: '2025-05-24', quote: `They swapped ${value} prisoners.`, span: [12, 15], ...extra,
});
const item = (hash: string) => ({ itemId: 'item-1', url: 'https://news.example/a', title: 'Swap', hash, publishedAt: '2025-05-24T12:00:00.000Z' });

describe('Store (real files)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('keeps events, sources and claims across a reopen, one file per event plus an index', async () => {
    const store = await Store.open(dir);
    const a = await store.createEvent({ title: 'Quake', metrics: DEFAULT_METRICS });
    const b = await store.createEvent({ title: 'Swap', metrics: DEFAULT_METRICS });
    const source = await store.addSource(b.id, { outlet: 'Reuters', url: 'https://feeds.example/r', intervalSeconds: 30 });
    store.recordItem(source, item('h1'), [claim(307)]);
    store.commit(b.id);
    await store.flush();

    const reopened = await Store.open(dir);
    expect(reopened.listEvents().map((e) => e.title)).toEqual(['Quake', 'Swap']);
    expect(reopened.listSources(b.id)).toHaveLength(1);
    expect(reopened.listClaims(b.id).map((c) => c.value)).toEqual([307]);
    expect(reopened.listClaims(a.id)).toEqual([]);
    const eventFile = JSON.parse(await readFile(path.join(dir, 'events', `${b.id}.json`), 'utf8'));
    expect(eventFile.claims).toHaveLength(1);
    const otherFile = JSON.parse(await readFile(path.join(dir, 'events', `${a.id}.json`), 'utf8'));
    expect(otherFile.claims).toHaveLength(0);
  });

  it('skips an item version it has seen and turns an edited figure into a revision with history', async () => {
    const store = await Store.open(dir);
    const event = await store.createEvent({ title: 'Raid', metrics: DEFAULT_METRICS });
    const source = await store.addSource(event.id, { outlet: 'AP', url: 'https://feeds.example/ap', intervalSeconds: 30 });

    const first = store.recordItem(source, item('v1'), [claim(13, { metric: 'injured' })]);
    expect(first.status).toBe('new');
    expect(first.added).toHaveLength(1);
    expect(store.knowsItemVersion(event.id, source.id, 'item-1', 'v1')).toBe(true);

    const again = store.recordItem(source, item('v1'), [claim(13, { metric: 'injured' })]);
    expect(again).toMatchObject({ status: 'unchanged', added: [], changed: [] });

    const edited = store.recordItem(source, item('v2'), [claim(15, { metric: 'injured', quote: 'At least 15 injured.' })]);
    expect(edited.status).toBe('edited');
    expect(edited.added).toEqual([]);
    expect(edited.changed).toHaveLength(1);
    const [revised] = edited.changed;
    expect(revised.id).toBe(first.added[0].id);
    expect(revised.value).toBe(15);
    expect(revised.history).toEqual([{ value: 13, at: first.added[0].firstSeenAt, quote: 'They swapped 13 prisoners.' }]);
    expect(store.listClaims(event.id)).toHaveLength(1);
  });

  it('writes routine health behind, and flush puts it on disk', async () => {
    const store = await Store.open(dir);
    const event = await store.createEvent({ title: 'Raid', metrics: DEFAULT_METRICS });
    const source = await store.addSource(event.id, { outlet: 'AP', url: 'https://feeds.example/ap', intervalSeconds: 30 });
    await store.setHealth(event.id, source.id, { status: 'ok', lastPolledAt: '2025-05-24T10:00:00.000Z' });
    const routine = await store.setHealth(event.id, source.id, { status: 'ok', lastPolledAt: '2025-05-24T10:00:30.000Z' });
    expect(routine.statusChanged).toBe(false);
    await store.flush();
    const reopened = await Store.open(dir);
    expect(reopened.getSource(event.id, source.id)?.health.lastPolledAt).toBe('2025-05-24T10:00:30.000Z');
  });

  it('rejects ids that do not exist', async () => {
    const store = await Store.open(dir);
    await expect(store.addSource('nope', { outlet: 'X', url: 'https://x.example/', intervalSeconds: 30 })).rejects.toThrow(/no event nope/);
  });

  it('a store file is replaced whole: an interrupted writer leaves the last good file readable', async () => {
    const store = await Store.open(dir);
    await store.createEvent({ title: 'Quake', metrics: DEFAULT_METRICS });
    // Many writes racing each other, then a reopen: the file must always parse.
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.setMeta(`k${i}`, String(i))));
    const text = await readFile(path.join(dir, 'index.json'), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    expect((await Store.open(dir)).getMeta('k19')).toBe('19');
    expect((await stat(path.join(dir, 'index.json'))).size).toBeGreaterThan(0);
  });
});

describe('Store after a kill -9 mid-write', () => {
  it('opens again with every file whole and the claims written before the kill', async () => {
    const { spawn } = await import('node:child_process');
    const { dir, cleanup } = await makeTempDir();
    try {
      // node --import tsx, not the tsx launcher: the launcher forks, and the kill must hit the writer itself.
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/write-forever.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Kill it while it keeps writing, once it has written at least 20 times.
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (/wrote (\d+)/.test(chunk.toString()) && Number(chunk.toString().match(/wrote (\d+)\s*$/)?.[1] ?? 0) >= 20) resolve();
        });
      });
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));

      const store = await Store.open(dir);
      const [event] = store.listEvents();
      const claims = store.listClaims(event.id);
      expect(claims.length).toBeGreaterThanOrEqual(20);
      // Claims were written in order 0, 1, 2, ...: a whole file holds an unbroken prefix.
      expect(claims.map((c) => c.value)).toEqual(claims.map((_, i) => i));
    } finally {
      await cleanup();
    }
  });
});

describe('Store forgets items that left their feed', () => {
  it('drops item records gone from the feed for a day, keeps their claims, and a returning item adds no duplicate', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      let now = new Date('2025-05-24T12:00:00Z');
      const store = await Store.open(dir, () => now);
      const event = await store.createEvent({ title: 'Long event', metrics: DEFAULT_METRICS });
      const source = await store.addSource(event.id, { outlet: 'Wire', url: 'https://wire.example/feed', intervalSeconds: 30 });
      const first = store.recordItem(source, { itemId: 'old', url: null, title: 'Old', hash: 'h-old', publishedAt: null }, [claim(9, { metric: 'killed' })]);
      store.recordItem(source, { itemId: 'new', url: null, title: 'New', hash: 'h-new', publishedAt: null }, []);

      now = new Date('2025-05-25T11:00:00Z');
      expect(store.noteFeedItems(source, ['new'])).toBe(0); // out of the feed for 23 h: still remembered
      now = new Date('2025-05-25T13:00:00Z');
      expect(store.itemCount(source.id)).toBe(2);
      expect(store.noteFeedItems(source, ['new'])).toBe(1);
      expect(store.itemCount(source.id)).toBe(1);
      expect(store.knowsItemVersion(event.id, source.id, 'old', 'h-old')).toBe(false);
      expect(store.knowsItemVersion(event.id, source.id, 'new', 'h-new')).toBe(true);
      expect(store.listClaims(event.id)).toHaveLength(1);

      // The old item reappears: re-read, its claim is the same claim, not a second one.
      const again = store.recordItem(source, { itemId: 'old', url: null, title: 'Old', hash: 'h-old', publishedAt: null }, [claim(9, { metric: 'killed' })]);
      expect(again.added).toEqual([]);
      expect(store.listClaims(event.id).map((c) => c.id)).toEqual([first.added[0].id]);
    } finally {
      await cleanup();
    }
  });
});
