/** refreshSource: one poll of one source, top to bottom: conditional GET -> parse -> extract -> store -> push. */
import { createHash } from 'node:crypto';
import type { ExtractedClaim, MetricDef, Source } from '../../shared/types.ts';
import type { LiveHub } from '../live/hub.ts';
import type { Store } from '../store/store.ts';
import { fetchFeed } from './fetch-feed.ts';
import { parseFeed } from './parse/index.ts';

/** Validators are what the last successful poll of a source told us, for a conditional GET next time. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

/** ExtractFn is the extractor as the poller sees it. */
export type ExtractFn = (text: string, options: { publishedAt: string; metrics: MetricDef[] }) => ExtractedClaim[];

/** RefreshDeps is everything a poll needs, injected so tests can run it against a local server. */
export interface RefreshDeps {
  store: Store;
  live: LiveHub;
  extract: ExtractFn;
  validators: Map<string, Validators>;
  now: () => Date;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

/** RefreshSummary says what a poll found. */
export interface RefreshSummary {
  unchanged: boolean;
  items: number;
  newItems: number;
  editedItems: number;
  claims: number;
}

/** refreshSource polls a source once; it throws FeedFetchError or FeedParseError when the feed cannot be read. */
export async function refreshSource(source: Source, deps: RefreshDeps): Promise<RefreshSummary> {
  const { store, live } = deps;
  const known = deps.validators.get(source.id);
  const fetched = await fetchFeed(source.url, { etag: known?.etag, lastModified: known?.lastModified, fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  const summary: RefreshSummary = { unchanged: true, items: 0, newItems: 0, editedItems: 0, claims: 0 };
  if (fetched.notModified) return summary;

  const bodyHash = sha256(fetched.body);
  deps.validators.set(source.id, { etag: fetched.etag, lastModified: fetched.lastModified, bodyHash });
  if (known?.bodyHash === bodyHash) return summary;

  const feed = parseFeed(fetched.body.toString('utf8'), fetched.finalUrl);
  const metrics = store.getEvent(source.eventId)?.metrics ?? [];
  const added = [];
  const changed = [];
  summary.unchanged = false;
  summary.items = feed.items.length;
  for (const item of feed.items) {
    const text = `${item.title}\n${item.text}`;
    const hash = sha256(text);
    if (store.knowsItemVersion(source.eventId, source.id, item.id, hash)) continue;
    const publishedAt = item.updatedAt ?? item.publishedAt ?? deps.now().toISOString();
    const claims = deps.extract(text, { publishedAt, metrics });
    const outcome = await store.recordItem(source, { itemId: item.id, url: item.url, title: item.title, hash, publishedAt: item.publishedAt ?? item.updatedAt }, claims);
    if (outcome.status === 'new') summary.newItems++;
    if (outcome.status === 'edited') summary.editedItems++;
    added.push(...outcome.added);
    changed.push(...outcome.changed);
  }
  summary.claims = added.length + changed.length;
  // One message per poll, however many items it brought: a burst of 200 claims is one delta, not 200.
  live.publishClaims(source.eventId, added, changed);
  return summary;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
