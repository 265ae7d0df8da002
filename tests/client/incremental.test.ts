import { describe, expect, it } from 'vitest';
import { buildMetricCharts, MetricChartsTracker } from '../../client/lib/chart-data.ts';
import { ClaimIndex, newestFirst } from '../../client/lib/claim-index.ts';
import { ChoiceTracker, SeriesTracker } from '../../client/lib/series-tracker.ts';
import { buildTimeSeries, figureChoices, TOTAL_FIGURE } from '../../client/lib/time-series.ts';
import type { Claim } from '../../shared/types.ts';

let n = 0;
const minute = (m: number) => new Date(Date.UTC(2026, 10, 25, 9, m)).toISOString();
function claim(outlet: string, value: number, seen: number, more: Partial<Claim> = {}): Claim {
  n += 1;
  return {
    id: `c${n}`, eventId: 'e', outlet, sourceId: outlet, itemId: `i${n}`, itemUrl: null, metric: 'killed', value, scope: 'cumulative', date: '2026-11-25',
    quote: `${value} killed`, span: [0, 1], reportedAt: minute(seen), firstSeenAt: minute(seen), ...more,
  };
}

/** stream replays a live event: a snapshot, then deltas that add claims, revise one, reject one and remove a source's. */
function stream(): { snapshot: Claim[]; deltas: { upserts: Claim[]; removed: string[] }[] } {
  const snapshot = [claim('A', 4, 0), claim('B', 6, 1), claim('A', 3, 2, { metric: 'injured', scope: 'daily' })];
  const deltas: { upserts: Claim[]; removed: string[] }[] = [];
  for (let k = 3; k < 12; k++) deltas.push({ upserts: [claim('A', 4 + k, k), claim('C', 5 + k, k, k % 3 ? {} : { scope: 'daily' })], removed: [] });
  const revised = { ...snapshot[0], value: 5, updatedAt: minute(20), history: [{ value: 4, at: minute(0), quote: '4 killed' }] };
  deltas.push({ upserts: [revised], removed: [] });
  deltas.push({ upserts: [{ ...snapshot[1], review: { status: 'rejected', by: 'desk', at: minute(21) } }], removed: [] });
  deltas.push({ upserts: [claim('D', 2, 22)], removed: deltas[0].upserts.map((c) => c.id) });
  return { snapshot, deltas };
}

describe('ClaimIndex: deltas kept as the page needs them', () => {
  it('holds after every delta what indexing all the claims afresh would', () => {
    const { snapshot, deltas } = stream();
    const index = new ClaimIndex();
    index.reset(snapshot);
    for (const delta of deltas) {
      const untouched = index.byMetric.get('injured');
      index.apply(delta.upserts, delta.removed);
      const fresh = new ClaimIndex();
      fresh.reset(index.all);
      expect(index.newest).toEqual([...index.all].sort(newestFirst));
      expect(new Map(index.byMetric)).toEqual(new Map(fresh.byMetric));
      // A delta that does not name a metric leaves its list as it was, object and all.
      if (!delta.upserts.some((c) => c.metric === 'injured')) expect(index.byMetric.get('injured')).toBe(untouched);
    }
    expect(index.get(snapshot[0].id)?.value).toBe(5);
    expect(index.byMetric.get('killed')?.some((c) => c.outlet === 'B')).toBe(false);
  });
});

describe('trackers: the same charts as building them afresh, update after update', () => {
  it('steps, lists choices and charts as the pure builders do', () => {
    const { snapshot, deltas } = stream();
    const index = new ClaimIndex();
    index.reset(snapshot);
    const [series, choices, charts] = [new SeriesTracker(), new ChoiceTracker(), new MetricChartsTracker()];
    const order = ['A', 'B', 'C', 'D'];
    for (const delta of [{ upserts: [], removed: [] }, ...deltas]) {
      index.apply(delta.upserts, delta.removed);
      const killed = index.byMetric.get('killed') ?? [];
      expect(series.update(killed, TOTAL_FIGURE, order)).toEqual(buildTimeSeries(killed, TOTAL_FIGURE, order));
      expect(choices.update(killed)).toEqual(figureChoices(killed));
      expect(charts.update(null, index.byMetric, order, [])).toEqual(buildMetricCharts(null, index.all, order, []));
    }
  });

  it('returns the very same objects when nothing changed, so nothing downstream redraws', () => {
    const claims = [claim('A', 1, 0), claim('B', 2, 1)];
    const [series, charts] = [new SeriesTracker(), new MetricChartsTracker()];
    const byMetric = new Map([['killed', claims]]);
    const first = series.update(claims, TOTAL_FIGURE, ['A', 'B']);
    expect(series.update(claims, TOTAL_FIGURE, ['A', 'B'])).toBe(first);
    const drawn = charts.update(null, byMetric, ['A', 'B'], []);
    expect(charts.update(null, new Map(byMetric), ['A', 'B'], [])).toBe(drawn);
    // A report for B re-steps B only: A's line is the same object.
    const next = series.update([...claims, claim('B', 3, 2)], TOTAL_FIGURE, ['A', 'B']);
    expect(next[0]).toBe(first[0]);
    expect(next[1].points.map((p) => p.value)).toEqual([2, 3]);
  });
});
