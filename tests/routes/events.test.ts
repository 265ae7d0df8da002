import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { auth, makeTestApp } from '../helpers/app.ts';

describe('REST: health and events', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  beforeEach(async () => (t = await makeTestApp()));
  afterEach(() => t.close());

  it('GET /api/health answers ok', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('GET /api/auth tells a desk whether its token is right, and nothing else', async () => {
    expect((await t.app.inject({ url: '/api/auth', headers: auth })).statusCode).toBe(204);
    const wrong = await t.app.inject({ url: '/api/auth', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'unauthorized' });
    expect((await t.app.inject('/api/auth')).statusCode).toBe(401);
  });

  it('creates an event with the default metrics, then lists and reads it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Earthquake in Izmir' } });
    expect(res.statusCode).toBe(201);
    const event = res.json();
    expect(event).toMatchObject({ title: 'Earthquake in Izmir', metrics: DEFAULT_METRICS });
    expect(typeof event.id).toBe('string');
    expect((await t.app.inject('/api/events')).json()).toEqual([event]);
    expect((await t.app.inject(`/api/events/${event.id}`)).json()).toEqual(event);
  });

  it('keeps an event’s own metric definitions, with a divergence tolerance', async () => {
    const metrics = [{ key: 'aftershocks', label: 'Aftershocks', terms: ['aftershocks', 'tremors'], tolerance: 0.1 }];
    const res = await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Quake', metrics } });
    expect(res.json().metrics).toEqual(metrics);
  });

  it.each([
    ['no token', {}, 401, 'unauthorized'],
    ['a wrong token', { authorization: 'Bearer nope' }, 401, 'unauthorized'],
    ['a token without Bearer', { authorization: 'test-admin-token' }, 401, 'unauthorized'],
  ])('refuses a write with %s', async (_name, headers, status, error) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/events', headers, payload: { title: 'X' } });
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toBe(error);
    expect((await t.app.inject('/api/events')).json()).toEqual([]);
  });

  it.each([
    ['a missing title', { }, /title/],
    ['a blank title', { title: '   ' }, /title/],
    ['an unknown field', { title: 'X', colour: 'red' }, /colour|additional/],
    ['a metric without terms', { title: 'X', metrics: [{ key: 'k', label: 'K', terms: [] }] }, /terms/],
    ['a duplicate metric key', { title: 'X', metrics: [{ key: 'k', label: 'K', terms: ['a'] }, { key: 'k', label: 'K2', terms: ['b'] }] }, /"k" twice/],
  ])('answers 400 naming the field for %s', async (_name, payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
    expect(res.json().message).toMatch(field);
  });

  it('answers 400 to a broken JSON body and 404 to an unknown event', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/api/events', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"title": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/JSON/i) });
    const missing = await t.app.inject('/api/events/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'not_found', message: 'events: no event "nope"' });
  });

  it('answers 413 to a body over the limit without storing anything', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'x'.repeat(2 * 1024 * 1024) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBe('payload_too_large');
    expect((await t.app.inject('/api/events')).json()).toEqual([]);
  });
});
