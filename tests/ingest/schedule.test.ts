import { describe, expect, it } from 'vitest';
import type { Source, SourceHealth } from '../../shared/types.ts';
import { FeedFetchError } from '../../server/ingest/fetch-feed.ts';
import { PollScheduler } from '../../server/ingest/schedule.ts';

const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id, eventId: 'e1', outlet: id, url: `http://feeds.example/${id}`, intervalSeconds: 1, createdAt: '', health: { status: 'pending', lastPolledAt: null, lastError: null, items: 0 }, ...extra,
});

/** harness runs a scheduler whose polls follow a script, and records every health report. */
function harness(outcomes: Record<string, Array<Error | 'ok'>>, sources: Source[]) {
  const reports: Array<{ id: string } & Partial<SourceHealth>> = [];
  const scheduler = new PollScheduler({
    minIntervalSeconds: 0.05,
    random: () => 0.5,
    lookup: (_e, id) => sources.find((s) => s.id === id),
    itemCount: () => 0,
    poll: async (s) => {
      const next = outcomes[s.id].shift() ?? 'ok';
      if (next !== 'ok') throw next;
    },
    report: async (s, h) => void reports.push({ id: s.id, ...h }),
  });
  return { scheduler, reports };
}

const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('PollScheduler', () => {
  it('backs off, marks a source failing after three failures, and recovers on success', async () => {
    const fail = new FeedFetchError('ingest: feed x answered 500', 500);
    const { scheduler, reports } = harness({ a: [fail, fail, fail, 'ok'] }, [source('a', { intervalSeconds: 0.01 })]);
    scheduler.start([source('a', { intervalSeconds: 0.01 })]);
    await waitFor(() => reports.length >= 4);
    await scheduler.stop();
    expect(reports.slice(0, 4).map((r) => r.status)).toEqual(['backoff', 'backoff', 'failing', 'ok']);
    expect(reports[0].lastError).toBe('ingest: feed x answered 500');
    expect(reports[3].lastError).toBeNull();
  });

  it('stops polling a source that answers 410 Gone', async () => {
    const { scheduler, reports } = harness({ g: [new FeedFetchError('gone', 410)] }, [source('g')]);
    scheduler.start([source('g')]);
    await waitFor(() => reports.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    await scheduler.stop();
    expect(reports).toHaveLength(1);
    expect(reports[0].status).toBe('gone');
  });

  it('keeps polling healthy sources while another keeps failing', async () => {
    const errors = Array.from({ length: 50 }, () => new Error('boom'));
    const sources = [source('bad', { intervalSeconds: 0.05 }), source('good', { intervalSeconds: 0.05 })];
    const { scheduler, reports } = harness({ bad: errors, good: [] }, sources);
    scheduler.start(sources);
    await waitFor(() => reports.filter((r) => r.id === 'good').length >= 3);
    await scheduler.stop();
    expect(reports.filter((r) => r.id === 'good').every((r) => r.status === 'ok')).toBe(true);
  });

  it('waits as long as Retry-After asks after a 429, not its own backoff', async () => {
    const now = new Date('2025-05-24T10:00:00Z');
    const sources = [source('busy', { intervalSeconds: 30 })];
    const reports: Array<Partial<SourceHealth>> = [];
    const scheduler = new PollScheduler({
      minIntervalSeconds: 5,
      now: () => now,
      random: () => 0.5,
      lookup: () => sources[0],
      itemCount: () => 0,
      poll: async () => {
        throw new FeedFetchError('ingest: feed x answered 429', 429, 600);
      },
      report: async (_s, h) => void reports.push(h),
    });
    scheduler.start(sources);
    await waitFor(() => reports.length >= 1);
    await scheduler.stop();
    expect(reports[0]).toMatchObject({ status: 'backoff', nextPollAt: '2025-05-24T10:10:00.000Z' });
  });

  it('does not poll paused sources', async () => {
    const { scheduler, reports } = harness({ p: [] }, [source('p', { paused: true })]);
    scheduler.start([source('p', { paused: true })]);
    await new Promise((r) => setTimeout(r, 1200));
    await scheduler.stop();
    expect(reports).toHaveLength(0);
  });
});
