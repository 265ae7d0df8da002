import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../shared/figures.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import type { Claim } from '../../shared/types.ts';
import { buildDivergences } from '../../client/lib/divergence.ts';

/** lookup finds claims by id, as the page's claim index does. */
const lookup = (claims: Claim[]) => (id: string) => claims.find((c) => c.id === id);

let n = 0;
const claim = (outlet: string, value: number, extra: Partial<Claim> = {}): Claim => ({
  id: `c${++n}`, eventId: 'e', outlet, sourceId: outlet, itemId: `i${n}`, itemUrl: `https://${outlet.toLowerCase()}.example/${n}`,
  reportedAt: `2025-05-24T1${n % 10}:00:00Z`, firstSeenAt: `2025-05-24T1${n % 10}:00:00Z`,
  metric: 'killed', value, scope: 'daily', date: '2025-05-24', quote: `${value} were killed.`, span: [0, 2], ...extra,
});

describe('buildDivergences: the figures outlets disagree on, side by side', () => {
  it('lists only divergent figures, each outlet with its value and the claim behind it', () => {
    const claims = [claim('AP', 9), claim('BBC', 12), claim('AP', 5, { metric: 'injured' }), claim('BBC', 5, { metric: 'injured' })];
    const [only, ...rest] = buildDivergences(groupFigures(claims), lookup(claims), DEFAULT_METRICS);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ metric: 'killed', label: 'Killed', period: 'Sat 24 May', scope: 'That day', spread: '9–12', consensus: null });
    expect(only.readings.map((r) => [r.outlet, r.amount, r.claim?.quote, r.agreesWithConsensus])).toEqual([
      ['AP', '9', '9 were killed.', true],
      ['BBC', '12', '12 were killed.', true],
    ]);
  });

  it('names a consensus only when more outlets give it than any other value, and marks the odd one out', () => {
    const claims = [claim('AP', 300), claim('BBC', 307), claim('Reuters', 307, { min: 307, approx: false })];
    const [d] = buildDivergences(groupFigures(claims), lookup(claims), DEFAULT_METRICS);
    expect(d.consensus).toBe('307');
    expect(d.readings.map((r) => `${r.outlet}:${r.amount}:${r.agreesWithConsensus}`)).toEqual(['AP:300:false', 'BBC:307:true', 'Reuters:at least 307:true']);
  });

  it('says what a running total counts, per side, and where; latest day first', () => {
    const claims = [
      claim('AP', 1000, { scope: 'cumulative', date: '2025-05-23', dateEnd: '2025-05-25', perSide: true, place: 'Kyiv' }),
      claim('BBC', 1200, { scope: 'cumulative', date: '2025-05-23', dateEnd: '2025-05-25', perSide: true, place: 'Kyiv' }),
      claim('AP', 1, { date: '2025-05-26' }),
      claim('BBC', 2, { date: '2025-05-26' }),
    ];
    const list = buildDivergences(groupFigures(claims), lookup(claims), DEFAULT_METRICS);
    expect(list.map((d) => [d.period, d.scope])).toEqual([
      ['Mon 26 May', 'That day'],
      ['23–25 May', 'Running total · per side · Kyiv'],
    ]);
  });

  it('still shows a reading whose claim the page does not hold', () => {
    const claims = [claim('AP', 9), claim('BBC', 12)];
    const [d] = buildDivergences(groupFigures(claims), lookup(claims.slice(0, 1)), DEFAULT_METRICS);
    expect(d.readings[1]).toMatchObject({ outlet: 'BBC', amount: '12', claim: null });
  });
});
