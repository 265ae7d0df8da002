/**
 * Fetching a feed over HTTP: conditional GET, redirects followed by hand (a limit, loop detection, every
 * hop checked by the address guard), a timeout on the whole exchange and a size cap while streaming.
 */
import { type Dispatcher, fetch } from 'undici';
import { AddressRefusedError, blockedReason, guardedAgent, refusalOf } from './address-guard.ts';

/** FetchOptions are the validators from the last poll and the limits to enforce. */
export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** The connection pool; the default one refuses private addresses at connect time. */
  dispatcher?: Dispatcher;
  /** Which IP literals are refused; null turns the check off (TALLY_ALLOW_PRIVATE_FEEDS=1). */
  isRefused?: ((ip: string) => string | null) | null;
  userAgent?: string;
  /** Aborts the fetch from outside (shutdown), on top of the timeout. */
  signal?: AbortSignal;
}

/** FetchedFeed is a 200 answer's body and validators, or a 304; `movedTo` is set when only permanent redirects led there. */
export type FetchedFeed = { finalUrl: string; movedTo: string | null } & (
  | { notModified: true }
  | { notModified: false; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null }
);

/** FeedFetchError says why a fetch failed, with the HTTP status and Retry-After when there was an answer. */
export class FeedFetchError extends Error {
  constructor(message: string, readonly httpStatus?: number, readonly retryAfterSeconds?: number) {
    super(message);
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
let sharedAgent: Dispatcher | undefined;

/** fetchFeed GETs a feed URL and returns its body, or throws FeedFetchError naming the URL and the cause. */
export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchedFeed> {
  const { timeoutMs = 15_000, maxBytes = DEFAULT_MAX_BYTES, maxRedirects = 5 } = options;
  const isRefused = options.isRefused === undefined ? blockedReason : options.isRefused;
  const dispatcher = options.dispatcher ?? (sharedAgent ??= guardedAgent());
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': options.userAgent ?? 'Tally/0.1 (breaking-news figures; feed poller)',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);

  let current = new URL(url);
  let permanent = true;
  const visited = new Set<string>();
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FeedFetchError(`ingest: feed ${url} redirects to ${current.protocol} URL ${current.href}; only http and https are fetched`);
    const refused = isRefused ? refusalOf(current, isRefused) : null;
    if (refused) throw new FeedFetchError(refused);
    visited.add(current.href);
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(current, { headers, signal, redirect: 'manual', dispatcher });
    } catch (err) {
      throw new FeedFetchError(`ingest: feed ${current.href} could not be fetched: ${describe(err, timeoutMs)}`);
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location) {
      await response.body?.cancel().catch(() => {});
      const next = new URL(location, current);
      if (visited.has(next.href)) throw new FeedFetchError(`ingest: feed ${url} redirects in a loop (back to ${next.href})`);
      if (hop >= maxRedirects) throw new FeedFetchError(`ingest: feed ${url} redirected more than ${maxRedirects} times`);
      permanent &&= response.status === 301 || response.status === 308;
      current = next;
      continue;
    }
    const movedTo = permanent && current.href !== new URL(url).href ? current.href : null;
    if (response.status === 304) return { notModified: true, finalUrl: current.href, movedTo };
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new FeedFetchError(`ingest: feed ${current.href} answered ${response.status}`, response.status, parseRetryAfter(response.headers.get('retry-after')));
    }
    const body = await readCapped(response, current.href, maxBytes, timeoutMs);
    return {
      notModified: false,
      finalUrl: current.href,
      movedTo,
      body,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  }
}

async function readCapped(response: Awaited<ReturnType<typeof fetch>>, url: string, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  // Content-Length counts compressed bytes; the cap below counts what decompression yields, so a zip bomb stops too.
  if (declared > maxBytes && !response.headers.get('content-encoding')) {
    await response.body?.cancel().catch(() => {});
    throw new FeedFetchError(`ingest: feed ${url} is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new FeedFetchError(`ingest: feed ${url} body passed the ${maxBytes}-byte limit`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    throw new FeedFetchError(`ingest: feed ${url} body could not be read: ${describe(err, timeoutMs)}`);
  }
  return Buffer.concat(chunks);
}

/** parseRetryAfter reads Retry-After as seconds or an HTTP date (RFC 9110 10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now) / 1000));
}

function describe(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.cause?.name === 'TimeoutError') return `no complete answer within ${timeoutMs} ms`;
  if (e?.cause instanceof AddressRefusedError) return e.cause.message.replace(/^ingest: /, '');
  if (e?.cause?.code === 'UND_ERR_CONNECT_TIMEOUT') return 'connect timed out';
  if (e?.cause?.code === 'ENOTFOUND') return 'the host name does not resolve';
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}
