import { describe, expect, it } from 'vitest';
import { buildTimeSeries, figureChoices, markerPoints, TOTAL_FIGURE } from '../../client/lib/time-series.ts';
import type { Claim } from '../../shared/types.ts';

let n = 0;
function claim(outlet: string, value: number, seen: string, more: Partial<Claim> = {}): Claim {
  n += 1;
  return {
    id: `c${n}`, eventId: 'e', outlet, sourceId: outlet, itemId: `i${n}`, itemUrl: null, metric: 'killed', value, scope: 'cumulative',
    quote: `${value} killed`, span: [0, 1], reportedAt: `2026-11-25T${seen}:00Z`, firstSeenAt: `2026-11-25T${seen}:00Z`, ...more,
  };
}
const at = (hhmm: string) => Date.parse(`2026-11-25T${hhmm}:00Z`);

describe('figureChoices', () => {
  it('puts the running total first, then days newest first, then places and targets', () => {
    const claims = [
      claim('A', 5, '10:00', { scope: 'daily', date: '2026-11-24' }),
      claim('A', 7, '10:00', { scope: 'daily', date: '2026-11-25' }),
      claim('A', 2, '10:00', { scope: 'daily', date: '2026-11-25', place: 'Kyiv' }),
      claim('A', 100, '10:00', { scope: 'planned' }),
      claim('A', 12, '10:00', { date: '2026-11-25' }),
    ];
    expect(figureChoices(claims).map((c) => c.label)).toEqual(['Running total', 'Wed 25 Nov', 'Tue 24 Nov', 'Wed 25 Nov · Kyiv', 'Planned']);
  });
});

describe('buildTimeSeries', () => {
  it('steps each outlet through its running totals across days, keeping only changes', () => {
    const claims = [
      claim('A', 4, '09:00', { date: '2026-11-24' }),
      claim('B', 6, '09:30', { date: '2026-11-24' }),
      claim('A', 4, '10:00', { date: '2026-11-24' }), // a repeat: no step
      claim('A', 9, '11:00', { date: '2026-11-25' }),
      claim('A', 5, '12:00', { date: '2026-11-24' }), // a late restatement of an older day: not the current figure
    ];
    const series = buildTimeSeries(claims, TOTAL_FIGURE, ['B', 'A']);
    expect(series.map((s) => s.outlet)).toEqual(['B', 'A']);
    expect(series[1].points.map((p) => [p.at, p.value, p.from])).toEqual([[at('09:00'), 4, undefined], [at('11:00'), 9, 4]]);
  });

  it('marks a revision of an edited item, quoting what the outlet said before', () => {
    const revised = claim('A', 15, '09:00', { updatedAt: '2026-11-25T10:30:00Z', history: [{ value: 13, at: '2026-11-25T09:00:00Z', quote: 'Toll at 13' }] });
    const [series] = buildTimeSeries([revised], TOTAL_FIGURE, []);
    expect(series.points.map((p) => [p.value, p.from, p.revision, p.claim.quote])).toEqual([[13, undefined, false, 'Toll at 13'], [15, 13, true, '15 killed']]);
  });

  it('keeps markers for every change while few, else the first, the last and the revisions', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, at: i, value: i, claim: claim('A', i, '09:00'), revision: i === 50 }));
    expect(markerPoints(many).map((p) => p.id)).toEqual(['p0', 'p50', 'p99']);
    expect(markerPoints(many.slice(0, 10))).toHaveLength(10);
  });
});
