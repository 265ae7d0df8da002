import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auth, makeTestApp } from '../helpers/app.ts';

describe('REST: editing and removing sources, and the address guard', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let eventId: string;
  const addSource = (payload: object) => t.app.inject({ method: 'POST', url: `/api/events/${eventId}/sources`, headers: auth, payload });
  beforeEach(async () => {
    t = await makeTestApp();
    eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Quake' } })).json().id;
  });
  afterEach(() => t.close());

  it.each([
    ['a loopback IP', 'http://127.0.0.1:8080/feed', /points at 127\.0\.0\.1, a loopback address/],
    ['localhost', 'http://localhost/feed', /points at (127\.0\.0\.1|::1), a loopback address/],
    ['an IPv6 loopback', 'http://[::1]/feed', /points at ::1, a loopback address/],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data', /a link-local address/],
    ['a private network address', 'https://10.0.0.5/rss', /a private address/],
  ])('refuses %s with a 400 naming the url and the setting that allows it', async (_name, url, message) => {
    const res = await addSource({ outlet: 'X', url });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^body\/url /);
    expect(res.json().message).toMatch(message);
    expect(res.json().message).toMatch(/TALLY_ALLOW_PRIVATE_FEEDS=1/);
  });

  it('accepts a private address when TALLY_ALLOW_PRIVATE_FEEDS=1', async () => {
    await t.close();
    t = await makeTestApp({ allowPrivateFeeds: true });
    eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Intranet' } })).json().id;
    expect((await addSource({ outlet: 'Desk wire', url: 'http://127.0.0.1:8080/feed' })).statusCode).toBe(201);
  });

  it('pauses, renames and re-times a source, and says which field is wrong', async () => {
    const source = (await addSource({ outlet: 'AP', url: 'https://feeds.example/ap' })).json();
    const url = `/api/events/${eventId}/sources/${source.id}`;
    const paused = await t.app.inject({ method: 'PATCH', url, headers: auth, payload: { paused: true, outlet: 'Associated Press', intervalSeconds: 60 } });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ id: source.id, paused: true, outlet: 'Associated Press', intervalSeconds: 60 });
    expect((await t.app.inject(`/api/events/${eventId}/sources`)).json()[0]).toMatchObject({ paused: true, outlet: 'Associated Press' });

    expect((await t.app.inject({ method: 'PATCH', url, headers: auth, payload: { intervalSeconds: 0 } })).json().message).toMatch(/intervalSeconds/);
    expect((await t.app.inject({ method: 'PATCH', url, headers: auth, payload: { url: 'ftp://x.example/' } })).json().message).toMatch(/body\/url must use http or https/);
    expect((await t.app.inject({ method: 'PATCH', url, headers: auth, payload: { colour: 'red' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PATCH', url, headers: auth, payload: {} })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PATCH', url, payload: { paused: false } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/events/${eventId}/sources/nope`, headers: auth, payload: { paused: false } })).statusCode).toBe(404);
  });

  it('a new URL starts the source afresh: pending, no error', async () => {
    const source = (await addSource({ outlet: 'AP', url: 'https://feeds.example/ap' })).json();
    const res = await t.app.inject({ method: 'PATCH', url: `/api/events/${eventId}/sources/${source.id}`, headers: auth, payload: { url: 'https://feeds.example/ap-world' } });
    expect(res.json()).toMatchObject({ url: 'https://feeds.example/ap-world', health: { status: 'pending', lastError: null } });
  });

  it('removes a source, needing the token, and 404s after', async () => {
    const source = (await addSource({ outlet: 'AP', url: 'https://feeds.example/ap' })).json();
    const url = `/api/events/${eventId}/sources/${source.id}`;
    expect((await t.app.inject({ method: 'DELETE', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url, headers: auth })).statusCode).toBe(204);
    expect((await t.app.inject(`/api/events/${eventId}/sources`)).json()).toEqual([]);
    expect((await t.app.inject({ method: 'DELETE', url, headers: auth })).statusCode).toBe(404);
  });
});
