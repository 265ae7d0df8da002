import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auth, makeTestApp } from '../helpers/app.ts';

describe('REST: sources, claims, figures', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let eventId: string;
  beforeEach(async () => {
    t = await makeTestApp();
    eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Swap' } })).json().id;
  });
  afterEach(() => t.close());

  it('adds a source that starts pending, and lists it', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload: { outlet: 'Reuters', url: 'https://feeds.example/world.xml', intervalSeconds: 60 } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ outlet: 'Reuters', url: 'https://feeds.example/world.xml', intervalSeconds: 60, eventId, health: { status: 'pending', lastPolledAt: null, lastError: null, items: 0 } });
    const list = (await t.app.inject(`/api/events/${eventId}/sources`)).json();
    expect(list).toHaveLength(1);
    expect(list[0].id).toBe(res.json().id);
  });

  it('defaults the poll interval to 30 seconds', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload: { outlet: 'AP', url: 'https://feeds.example/ap' } });
    expect(res.json().intervalSeconds).toBe(30);
  });

  it.each([
    ['a relative URL', { outlet: 'X', url: '/feed' }, /body\/url must be an absolute http or https URL/],
    ['a file: URL', { outlet: 'X', url: 'file:///etc/passwd' }, /body\/url must use http or https/],
    ['a javascript: URL', { outlet: 'X', url: 'javascript:alert(1)' }, /body\/url must use http or https/],
    ['credentials in the URL', { outlet: 'X', url: 'https://user:pw@feeds.example/' }, /user name or password/],
    ['no outlet', { url: 'https://feeds.example/' }, /outlet/],
    ['an interval below the floor', { outlet: 'X', url: 'https://feeds.example/', intervalSeconds: 0 }, /intervalSeconds/],
  ])('answers 400 for %s', async (_name, payload, message) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect((await t.app.inject(`/api/events/${eventId}/sources`)).json()).toEqual([]);
  });

  it('needs the token to add a source and 404s on an unknown event', async () => {
    const noToken = await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, payload: { outlet: 'X', url: 'https://feeds.example/' } });
    expect(noToken.statusCode).toBe(401);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/events/nope/sources', headers: auth, payload: { outlet: 'X', url: 'https://feeds.example/' } });
    expect(unknown.statusCode).toBe(404);
  });

  it('serves empty claims and figures for a new event and 404 for an unknown one', async () => {
    expect((await t.app.inject(`/api/events/${eventId}/claims`)).json()).toEqual([]);
    expect((await t.app.inject(`/api/events/${eventId}/figures`)).json()).toEqual([]);
    expect((await t.app.inject('/api/events/nope/claims')).statusCode).toBe(404);
    expect((await t.app.inject('/api/events/nope/figures')).statusCode).toBe(404);
  });
});
