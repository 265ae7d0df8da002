import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimsDelta, ClientToServerEvents, ServerToClientEvents, Snapshot, SourcesDelta } from '../../shared/socket-events.ts';
import type { Claim } from '../../shared/types.ts';
import { DEMO_EVENT_ID } from '../../server/demo/demo-event.ts';
import { auth, makeTestApp } from '../helpers/app.ts';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('socket.io: snapshot, then live deltas from the demo feeds', () => {
  let close: (() => Promise<void>) | undefined;
  let client: ClientSocket | undefined;
  afterEach(async () => {
    client?.disconnect();
    await close?.();
  });

  it('a real client subscribes, gets a snapshot, then sees claims arrive with seq growing by one', async () => {
    // A fast demo clock: three news days in about 12 s of real time, polled every second.
    const t = await makeTestApp({ demo: 'on', demoSpeed: 20_000 });
    close = t.close;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    client = io(`http://127.0.0.1:${port}`, { path: '/socket.io', transports: ['websocket'] });

    const snapshot = await new Promise<Snapshot>((resolve, reject) => {
      client!.once('snapshot', resolve);
      client!.emit('subscribe', { eventId: DEMO_EVENT_ID }, (ack) => !ack.ok && reject(new Error(ack.message)));
    });
    expect(snapshot.event.title).toMatch(/prisoner swap/);
    expect(snapshot.sources).toHaveLength(4);

    const seen = new Map<string, Claim>(snapshot.claims.map((c) => [c.id, c]));
    const seqs: number[] = [snapshot.seq];
    const sourceDeltas: SourcesDelta[] = [];
    client.on('claims', (d: ClaimsDelta) => {
      seqs.push(d.seq);
      for (const c of [...d.added, ...d.changed]) seen.set(c.id, c);
    });
    client.on('figures', (d) => seqs.push(d.seq));
    client.on('sources', (d) => {
      seqs.push(d.seq);
      sourceDeltas.push(d);
    });

    // Wait for Sunday's 303 to have arrived live.
    const deadline = Date.now() + 25_000;
    while (![...seen.values()].some((c) => c.value === 303) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    const values = [...seen.values()].filter((c) => c.metric === 'prisoners_exchanged' && c.scope === 'daily').map((c) => `${c.date}:${c.value}`);
    expect(values).toContain('2025-05-23:390');
    expect(values).toContain('2025-05-24:307');
    expect(values).toContain('2025-05-25:303');
    expect(sourceDeltas.some((d) => d.sources.some((s) => s.health.status === 'ok'))).toBe(true);
    // Every message of the event carried the next seq: no gaps, no repeats.
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));

    // What arrives live converges on exactly what the REST API holds (deltas may still be in flight).
    const restIds = async () => new Set(((await t.app.inject(`/api/events/${DEMO_EVENT_ID}/claims`)).json() as Claim[]).map((c) => c.id));
    const difference = async () => {
      const rest = await restIds();
      return [...rest].filter((id) => !seen.has(id)).concat([...seen.keys()].filter((id) => !rest.has(id)));
    };
    await expect.poll(difference, { timeout: 10_000 }).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });

  it('answers a subscribe to an unknown event with an error, not a snapshot', async () => {
    const t = await makeTestApp();
    close = t.close;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    client = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
    const ack = await new Promise((resolve) => client!.emit('subscribe', { eventId: 'nope' }, resolve));
    expect(ack).toEqual({ ok: false, error: 'not_found', message: 'live: no event "nope"' });
  });

  it('viewers are read-only: writes, forged deltas and garbage over the socket change nothing and break nothing', async () => {
    // No feeds: nothing but the hostile client could change this event while the test runs.
    const t = await makeTestApp();
    close = t.close;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const eventId = (await t.app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { title: 'Quiet' } })).json().id as string;
    const before = JSON.stringify([t.app.store.getEvent(eventId), t.app.store.listClaims(eventId), t.app.store.listSources(eventId)]);
    const hostile = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], auth: { token: 'guess' } }) as unknown as Socket;
    await new Promise<void>((resolve) => hostile.once('connect', () => resolve()));
    // There is no write over the socket: every desk action is REST with the token (CONTRACT.md).
    hostile.emit('review', { eventId, claimId: 'x', action: 'reject' });
    hostile.emit('event', { eventId, seq: 99, event: { id: eventId, title: 'Hijacked', metrics: [] } });
    hostile.emit('claims', { eventId, seq: 99, added: [{ id: 'forged', value: 1 }], changed: [] });
    hostile.emit('subscribe', null);
    hostile.emit('subscribe', 42, 'not a function');
    hostile.emit('subscribe', { eventId: 'x'.repeat(100_000) });
    hostile.emit('unsubscribe', { eventId: { $ne: 1 } });
    hostile.disconnect();

    // The server still serves a fresh viewer, and nothing was written.
    client = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
    const snapshot = await new Promise<Snapshot>((resolve) => {
      client!.once('snapshot', resolve);
      client!.emit('subscribe', { eventId });
    });
    expect(snapshot.event.title).toBe('Quiet');
    expect(snapshot.claims).toEqual([]);
    expect(JSON.stringify([t.app.store.getEvent(eventId), t.app.store.listClaims(eventId), t.app.store.listSources(eventId)])).toBe(before);
  });
});
