/**
 * refreshSource: one poll of one source, top to bottom: conditional GET -> follow a permanent move ->
 * decode -> parse -> strip boilerplate -> extract -> store -> push what changed.
 */
import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import type { ExtractedClaim, MetricDef, Source } from '../../shared/types.ts';
import type { LiveHub } from '../live/hub.ts';
import type { Store } from '../store/store.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { decodeBody } from './decode.ts';
import { fetchFeed } from './fetch-feed.ts';
import { parseFeed } from './parse/index.ts';

/** ExtractFn is the extractor as the poller sees it. */
export type ExtractFn = (text: string, options: { publishedAt: string; metrics: MetricDef[] }) => ExtractedClaim[];

/** NetworkPolicy is how a source may be fetched: through the guarded pool, or the open one for private feeds. */
export interface NetworkPolicy {
  dispatcher: Dispatcher;
  isRefused: ((ip: string) => string | null) | null;
}

/** RefreshDeps is everything a poll needs, injected so tests can run it against a local server. */
export interface RefreshDeps {
  store: Store;
  live: LiveHub;
  extract: ExtractFn;
  network: (source: Source) => NetworkPolicy;
  now: () => Date;
  timeoutMs?: number;
  maxBytes?: number;
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
export async function refreshSource(source: Source, deps: RefreshDeps, signal?: AbortSignal): Promise<RefreshSummary> {
  const { store, live } = deps;
  const known = store.getFetchState(source.eventId, source.id);
  const fetched = await fetchFeed(source.url, { etag: known?.etag, lastModified: known?.lastModified, timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes, signal, ...deps.network(source) });
  if (fetched.movedTo) live.publishSources(source.eventId, [await store.followMove(source.eventId, source.id, fetched.movedTo)]);
  const summary: RefreshSummary = { unchanged: true, items: 0, newItems: 0, editedItems: 0, claims: 0 };
  if (fetched.notModified) return summary;

  const bodyHash = sha256(fetched.body);
  store.setFetchState(source.eventId, source.id, { etag: fetched.etag, lastModified: fetched.lastModified, bodyHash });
  if (known?.bodyHash === bodyHash) return summary;

  const feed = parseFeed(decodeBody(fetched.body, fetched.contentType).text, fetched.finalUrl);
  const metrics = store.getEvent(source.eventId)?.metrics ?? [];
  const added = [];
  const changed = [];
  summary.unchanged = false;
  summary.items = feed.items.length;
  for (const item of feed.items) {
    // Hash what extraction reads (so a rotating newsletter pitch is not an edit) and the item's own update time.
    const text = stripBoilerplate(`${item.title}\n${item.text}`);
    const hash = sha256(`${item.updatedAt ?? ''}\n${text}`);
    if (store.knowsItemVersion(source.eventId, source.id, item.id, hash)) continue;
    const publishedAt = item.updatedAt ?? item.publishedAt ?? deps.now().toISOString();
    const claims = deps.extract(text, { publishedAt, metrics });
    const outcome = store.recordItem(source, { itemId: item.id, url: item.url, title: item.title, hash, publishedAt: item.publishedAt ?? item.updatedAt }, claims);
    if (outcome.status === 'new') summary.newItems++;
    if (outcome.status === 'edited') summary.editedItems++;
    added.push(...outcome.added);
    changed.push(...outcome.changed);
  }
  summary.claims = added.length + changed.length;
  const forgotten = store.noteFeedItems(source, feed.items.map((i) => i.id));
  if (summary.newItems + summary.editedItems + forgotten > 0) store.commit(source.eventId);
  // One message per poll, however many items it brought: a burst of 200 claims is one delta, not 200.
  live.publishClaims(source.eventId, added, changed);
  return summary;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
