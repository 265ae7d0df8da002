import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, Figure } from '../../shared/types.ts';
import { auth, makeTestApp } from '../helpers/app.ts';
import { LiveMirror } from '../helpers/live-mirror.ts';

describe('REST: the desk confirms, rejects and corrects claims', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let eventId: string;
  let claims: Claim[];
  const review = (claimId: string, payload: object, headers: Record<string, string> = auth) =>
    t.app.inject({ method: 'POST', url: `/api/events/${eventId}/claims/${claimId}/review`, headers, payload });
  const figures = async () => (await t.app.inject(`/api/events/${eventId}/figures`)).json() as Figure[];

  beforeEach(async () => {
    t = await makeTestApp();
    eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Raid' } })).json().id;
    const ap = await t.app.store.addSource(eventId, { outlet: 'AP', url: 'https://feeds.example/ap', intervalSeconds: 30 });
    const bbc = await t.app.store.addSource(eventId, { outlet: 'BBC', url: 'https://feeds.example/bbc', intervalSeconds: 30 });
    const base = { scope: 'daily' as const, date: '2025-05-24', quote: 'q', span: [0, 2] as [number, number] };
    t.app.store.recordItem(ap, { itemId: 'a1', url: null, title: 'a', hash: 'h1', publishedAt: null }, [{ ...base, metric: 'injured', value: 13 }]);
    t.app.store.recordItem(bbc, { itemId: 'b1', url: null, title: 'b', hash: 'h2', publishedAt: null }, [{ ...base, metric: 'injured', value: 15 }]);
    claims = t.app.store.listClaims(eventId);
  });
  afterEach(() => t.close());

  it('a correction wins in the figures, keeps what the text said, and is kept with who and when', async () => {
    expect((await figures())[0]).toMatchObject({ divergent: true });
    const res = await review(claims[0].id, { action: 'correct', value: 15, by: 'Night editor', note: 'AP updated its story' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ value: 15, review: { status: 'corrected', by: 'Night editor', value: 15, was: { value: 13, metric: 'injured' }, note: 'AP updated its story' } });
    expect(res.json().review.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await figures())[0]).toMatchObject({ consensus: 15, divergent: false });
    // Reopening puts the extractor's reading back, and the trail keeps both decisions.
    const reopened = (await review(claims[0].id, { action: 'reopen' })).json();
    expect(reopened.value).toBe(13);
    expect(reopened.reviews.map((r: { status: string }) => r.status)).toEqual(['corrected', 'open']);
  });

  it('a rejected claim counts in no figure; reassigning the metric moves it to another figure', async () => {
    await review(claims[0].id, { action: 'reject', note: 'not this attack' });
    expect((await figures()).map((f) => f.outlets.map((o) => o.outlet))).toEqual([['BBC']]);
    await review(claims[0].id, { action: 'correct', metric: 'killed' });
    const byMetric = Object.fromEntries((await figures()).map((f) => [f.metric, f.outlets.map((o) => `${o.outlet}:${o.value}`)]));
    expect(byMetric).toEqual({ injured: ['BBC:15'], killed: ['AP:13'] });
  });

  it('a later edit of the item does not override the desk, but is kept in the claim’s history', async () => {
    await review(claims[0].id, { action: 'correct', value: 14 });
    const ap = t.app.store.getSource(eventId, claims[0].sourceId)!;
    const outcome = t.app.store.recordItem(ap, { itemId: 'a1', url: null, title: 'a', hash: 'h3', publishedAt: null }, [{ scope: 'daily', date: '2025-05-24', quote: 'q2', span: [0, 2], metric: 'injured', value: 16 }]);
    expect(outcome.changed[0]).toMatchObject({ value: 14, history: [{ value: 16 }] });
  });

  it.each([
    ['no token', { action: 'confirm' }, {}, 401],
    ['an unknown action', { action: 'delete' }, auth, 400],
    ['a correction with nothing to correct', { action: 'correct' }, auth, 400],
    ['a value with a confirmation', { action: 'confirm', value: 3 }, auth, 400],
    ['a metric the event does not track', { action: 'correct', metric: 'goals' }, auth, 400],
    ['a negative value', { action: 'correct', value: -1 }, auth, 400],
  ])('refuses %s', async (_name, payload, headers, status) => {
    expect((await review(claims[0].id, payload, headers as Record<string, string>)).statusCode).toBe(status);
    expect(t.app.store.listClaims(eventId)[0].review).toBeUndefined();
  });

  it('404s an unknown claim', async () => {
    expect((await review('clm_nope', { action: 'confirm' })).statusCode).toBe(404);
  });

  it('pushes the decision and the figures it moved to every open dashboard', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const mirror = new LiveMirror(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, eventId);
    try {
      await expect.poll(() => mirror.seq !== null).toBe(true);
      let figuresDelta: Figure[] = [];
      mirror.socket.on('figures', (d) => (figuresDelta = d.figures));
      await review(claims[1].id, { action: 'reject' });
      await expect.poll(() => mirror.claims.get(claims[1].id)?.review?.status).toBe('rejected');
      await expect.poll(() => figuresDelta[0]?.outlets.map((o) => o.outlet)).toEqual(['AP']);
    } finally {
      mirror.close();
    }
  });

  it('removing a source tells open dashboards its claims and the figures they alone made are gone', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const killed = t.app.store.getSource(eventId, claims[0].sourceId)!;
    t.app.store.recordItem(killed, { itemId: 'a2', url: null, title: 'a2', hash: 'h9', publishedAt: null }, [{ scope: 'daily', date: '2025-05-24', quote: 'q', span: [0, 1], metric: 'killed', value: 4 }]);
    const mirror = new LiveMirror(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, eventId);
    try {
      await expect.poll(() => mirror.seq !== null).toBe(true);
      const gone: string[] = [];
      mirror.socket.on('figures', (d) => gone.push(...d.removed));
      const res = await t.app.inject({ method: 'DELETE', url: `/api/events/${eventId}/sources/${killed.id}`, headers: auth });
      expect(res.statusCode).toBe(204);
      // The killed figure only AP reported, and which this client only ever saw in its snapshot, goes away.
      await expect.poll(() => gone.some((id) => id.startsWith('fig:killed:'))).toBe(true);
      await expect.poll(() => mirror.claims.size).toBe(1);
    } finally {
      mirror.close();
    }
  });
});
