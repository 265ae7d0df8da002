/** Fetching a feed over HTTP: conditional GET, a timeout on the whole exchange, and a size cap while streaming. */

/** FetchOptions are the validators from the last poll and the limits to enforce. */
export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof globalThis.fetch;
  userAgent?: string;
}

/** FetchedFeed is a 200 answer's body and validators, or a 304 that says nothing changed. */
export type FetchedFeed =
  | { notModified: true; finalUrl: string }
  | { notModified: false; finalUrl: string; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null };

/** FeedFetchError says why a fetch failed, with the HTTP status and Retry-After when there was an answer. */
export class FeedFetchError extends Error {
  constructor(message: string, readonly httpStatus?: number, readonly retryAfterSeconds?: number) {
    super(message);
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** fetchFeed GETs a feed URL and returns its body, or throws FeedFetchError naming the URL and the cause. */
export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchedFeed> {
  const { timeoutMs = 15_000, maxBytes = DEFAULT_MAX_BYTES, fetch = globalThis.fetch } = options;
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'user-agent': options.userAgent ?? 'Tally/0.1 (+feed poller)',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (err) {
    throw new FeedFetchError(`ingest: feed ${url} could not be fetched: ${describe(err, timeoutMs)}`);
  }
  if (response.status === 304) return { notModified: true, finalUrl: response.url || url };
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new FeedFetchError(`ingest: feed ${url} answered ${response.status}`, response.status, parseRetryAfter(response.headers.get('retry-after')));
  }
  const body = await readCapped(response, url, maxBytes, timeoutMs);
  return {
    notModified: false,
    finalUrl: response.url || url,
    body,
    contentType: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}

async function readCapped(response: Response, url: string, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
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
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no complete answer within ${timeoutMs} ms`;
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}
