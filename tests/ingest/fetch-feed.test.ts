import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason, guardedAgent, openAgent } from '../../server/ingest/address-guard.ts';
import { FeedFetchError, fetchFeed, parseRetryAfter } from '../../server/ingest/fetch-feed.ts';
import { endlessBody, startFeedServer } from '../helpers/feed-server.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
/** The local test server is on loopback, so these fetches use an unguarded pool, as TALLY_ALLOW_PRIVATE_FEEDS=1 does. */
const open = { dispatcher: openAgent(), isRefused: null };

describe('fetchFeed against a real local server', () => {
  let srv: Awaited<ReturnType<typeof startFeedServer>>;
  beforeAll(async () => {
    srv = await startFeedServer({
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { etag: '"v1"', 'last-modified': 'Sat, 24 May 2025 10:00:00 GMT', 'content-type': 'application/rss+xml' }).end(RSS);
      },
      '/gzip': (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(RSS)),
      '/br': (_req, res) => void res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(RSS)),
      '/bomb': (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(4 * 1024 * 1024, ' '))),
      '/broken': (_req, res) => void res.writeHead(500).end('oops'),
      '/busy': (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end(),
      '/unavailable': (_req, res) => void res.writeHead(503, { 'retry-after': '30' }).end(),
      '/gone': (_req, res) => void res.writeHead(410).end(),
      '/moved': (_req, res) => void res.writeHead(301, { location: '/feed' }).end(),
      '/moved-twice': (_req, res) => void res.writeHead(308, { location: '/moved' }).end(),
      '/temporary': (_req, res) => void res.writeHead(302, { location: '/feed' }).end(),
      '/loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
      '/loop-b': (_req, res) => void res.writeHead(302, { location: '/loop-a' }).end(),
      '/to-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/huge': endlessBody,
      '/hang': () => {},
      '/slow-body': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<rss>');
      },
    });
  });
  afterAll(() => srv.close());

  it('returns the body with its validators, then a 304 when sent If-None-Match (RFC 9110 13.1.2)', async () => {
    const first = await fetchFeed(srv.url('/feed'), open);
    expect(first.notModified).toBe(false);
    if (first.notModified) return;
    expect(first.body.toString()).toBe(RSS);
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe('Sat, 24 May 2025 10:00:00 GMT');
    const second = await fetchFeed(srv.url('/feed'), { ...open, etag: first.etag });
    expect(second.notModified).toBe(true);
  });

  it.each(['/gzip', '/br'])('decompresses %s', async (path) => {
    const result = await fetchFeed(srv.url(path), open);
    expect(!result.notModified && result.body.toString()).toBe(RSS);
  });

  it('counts decompressed bytes against the cap, so a compression bomb stops too', async () => {
    const err = await fetchFeed(srv.url('/bomb'), { ...open, maxBytes: 1024 * 1024 }).catch((e) => e);
    expect(err.message).toMatch(/passed the 1048576-byte limit/);
  });

  it('names the URL and status on a server error', async () => {
    const err = await fetchFeed(srv.url('/broken'), open).catch((e) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toBe(`ingest: feed ${srv.url('/broken')} answered 500`);
    expect(err.httpStatus).toBe(500);
  });

  it('carries Retry-After from a 429 and a 503, and the status of a 410', async () => {
    expect(await fetchFeed(srv.url('/busy'), open).catch((e) => e)).toMatchObject({ httpStatus: 429, retryAfterSeconds: 120 });
    expect(await fetchFeed(srv.url('/unavailable'), open).catch((e) => e)).toMatchObject({ httpStatus: 503, retryAfterSeconds: 30 });
    expect(await fetchFeed(srv.url('/gone'), open).catch((e) => e)).toMatchObject({ httpStatus: 410 });
  });

  it('reports a permanent move (301/308) so the stored URL can follow it, but not a temporary one', async () => {
    expect(await fetchFeed(srv.url('/moved'), open)).toMatchObject({ finalUrl: srv.url('/feed'), movedTo: srv.url('/feed') });
    expect(await fetchFeed(srv.url('/moved-twice'), open)).toMatchObject({ movedTo: srv.url('/feed') });
    expect(await fetchFeed(srv.url('/temporary'), open)).toMatchObject({ finalUrl: srv.url('/feed'), movedTo: null });
  });

  it('stops on a redirect loop, too many redirects, and a redirect to a non-http URL', async () => {
    expect((await fetchFeed(srv.url('/loop-a'), open).catch((e) => e)).message).toMatch(/redirects in a loop/);
    expect((await fetchFeed(srv.url('/moved-twice'), { ...open, maxRedirects: 1 }).catch((e) => e)).message).toMatch(/redirected more than 1 times/);
    expect((await fetchFeed(srv.url('/to-file'), open).catch((e) => e)).message).toMatch(/redirects to file: URL/);
  });

  it('stops reading an endless body at the size cap', async () => {
    const err = await fetchFeed(srv.url('/huge'), { ...open, maxBytes: 1024 * 1024 }).catch((e) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toMatch(/passed the 1048576-byte limit/);
  });

  it.each(['/hang', '/slow-body'])('gives up on %s within the timeout', async (path) => {
    const err = await fetchFeed(srv.url(path), { ...open, timeoutMs: 300 }).catch((e) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toMatch(/no complete answer within 300 ms/);
  });

  it('says so when nothing listens at the address', async () => {
    const closed = await startFeedServer({});
    const deadUrl = closed.url('/feed');
    await closed.close();
    const err = await fetchFeed(deadUrl, { ...open, timeoutMs: 2000 }).catch((e) => e);
    expect(err.message).toMatch(/could not be fetched: ECONNREFUSED/);
  });

  describe('the address guard', () => {
    // For these tests 127.0.0.1 (where the test server listens) counts as public and the rest of 127/8 does not.
    const onlyTestServerAllowed = (ip: string) => (ip === '127.0.0.1' ? null : blockedReason(ip));

    it('refuses a loopback URL by default, naming the address and the setting that allows it', async () => {
      const err = await fetchFeed(srv.url('/feed')).catch((e) => e);
      expect(err.message).toBe(`ingest: feed ${srv.url('/feed')} points at 127.0.0.1, a loopback address; refused (TALLY_ALLOW_PRIVATE_FEEDS=1 allows it)`);
    });

    it('refuses a redirect into a private address, checked on the hop', async () => {
      const port = new URL(srv.url('/')).port;
      const redirecting = await startFeedServer({ '/r': (_req, res) => void res.writeHead(302, { location: `http://127.0.0.2:${port}/feed` }).end() });
      const options = { dispatcher: guardedAgent({ isRefused: onlyTestServerAllowed }), isRefused: onlyTestServerAllowed };
      const err = await fetchFeed(redirecting.url('/r'), options).catch((e) => e);
      await redirecting.close();
      expect(err.message).toMatch(/points at 127\.0\.0\.2, a loopback address; refused/);
    });

    it('checks the DNS answer at connect time, so a rebinding name is refused', async () => {
      const port = new URL(srv.url('/')).port;
      let answers = 0;
      // First answer public (the test server), every later one private: the classic rebinding trick.
      const lookup = ((_host: string, _opts: unknown, cb: (err: null, a: Array<{ address: string; family: number }>) => void) =>
        cb(null, [{ address: answers++ === 0 ? '127.0.0.1' : '10.0.0.7', family: 4 }])) as never;
      const options = { dispatcher: guardedAgent({ isRefused: onlyTestServerAllowed, lookup }), isRefused: onlyTestServerAllowed };
      const ok = await fetchFeed(`http://rebind.test:${port}/feed`, options);
      expect(ok.notModified).toBe(false);
      const dispatcher = guardedAgent({ isRefused: onlyTestServerAllowed, lookup });
      const err = await fetchFeed(`http://rebind.test:${port}/feed`, { dispatcher, isRefused: onlyTestServerAllowed }).catch((e) => e);
      expect(err.message).toMatch(/rebind\.test resolves to 10\.0\.0\.7, a private address; refused/);
    });
  });
});

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.1.2.3', 'a private address'],
    ['172.20.0.1', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['0.0.0.0', 'a "this network" address'],
    ['224.0.0.1', 'a multicast address'],
    ['::1', 'a loopback address'],
    ['fd00::1', 'a private address'],
    ['fe80::1', 'a link-local address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['8.8.8.8', null],
    ['2606:4700:4700::1111', null],
  ])('%s is %s', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
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
