import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError, fetchFeed, parseRetryAfter } from '../../server/ingest/fetch-feed.ts';
import { startFeedServer } from '../helpers/feed-server.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

describe('fetchFeed against a real local server', () => {
  let srv: Awaited<ReturnType<typeof startFeedServer>>;
  beforeAll(async () => {
    srv = await startFeedServer({
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { etag: '"v1"', 'last-modified': 'Sat, 24 May 2025 10:00:00 GMT', 'content-type': 'application/rss+xml' }).end(RSS);
      },
      '/broken': (_req, res) => void res.writeHead(500).end('oops'),
      '/busy': (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end(),
      '/gone': (_req, res) => void res.writeHead(410).end(),
      '/moved': (_req, res) => void res.writeHead(301, { location: '/feed' }).end(),
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (res.write(chunk)) {}
          res.once('drain', pump);
        };
        pump();
        res.on('close', () => res.removeAllListeners('drain'));
      },
      '/hang': () => {},
    });
  });
  afterAll(() => srv.close());

  it('returns the body with its validators, then a 304 when sent If-None-Match (RFC 9110 13.1.2)', async () => {
    const first = await fetchFeed(srv.url('/feed'));
    expect(first.notModified).toBe(false);
    if (first.notModified) return;
    expect(first.body.toString()).toBe(RSS);
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe('Sat, 24 May 2025 10:00:00 GMT');
    const second = await fetchFeed(srv.url('/feed'), { etag: first.etag });
    expect(second.notModified).toBe(true);
  });

  it('names the URL and status on a server error', async () => {
    const err = await fetchFeed(srv.url('/broken')).catch((e) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toBe(`ingest: feed ${srv.url('/broken')} answered 500`);
    expect(err.httpStatus).toBe(500);
  });

  it('carries Retry-After from a 429 and the status of a 410', async () => {
    expect(await fetchFeed(srv.url('/busy')).catch((e) => e)).toMatchObject({ httpStatus: 429, retryAfterSeconds: 120 });
    expect(await fetchFeed(srv.url('/gone')).catch((e) => e)).toMatchObject({ httpStatus: 410 });
  });

  it('follows a redirect and reports where it ended up', async () => {
    const result = await fetchFeed(srv.url('/moved'));
    expect(result.finalUrl).toBe(srv.url('/feed'));
  });

  it('stops reading an endless body at the size cap', async () => {
    const err = await fetchFeed(srv.url('/huge'), { maxBytes: 1024 * 1024 }).catch((e) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toMatch(/passed the 1048576-byte limit/);
  });

  it('gives up on a server that never answers', async () => {
    const err = await fetchFeed(srv.url('/hang'), { timeoutMs: 300 }).catch((e) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toMatch(/no complete answer within 300 ms/);
  });

  it('says so when nothing listens at the address', async () => {
    const closed = await startFeedServer({});
    const deadUrl = closed.url('/feed');
    await closed.close();
    const err = await fetchFeed(deadUrl, { timeoutMs: 2000 }).catch((e) => e);
    expect(err.message).toMatch(/could not be fetched: ECONNREFUSED/);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['delay in seconds', '120', 120],
    ['HTTP date', 'Sat, 24 May 2025 10:01:00 GMT', 60],
    ['garbage', 'soon', undefined],
    ['absent', null, undefined],
  ])('%s', (_name, value, expected) => {
    expect(parseRetryAfter(value, Date.parse('Sat, 24 May 2025 10:00:00 GMT'))).toBe(expected);
  });
});
