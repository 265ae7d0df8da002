import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../shared/figures.ts';
import { daysBetween } from '../../shared/reconcile.ts';
import type { Claim } from '../../shared/types.ts';

let n = 0;
const claim = (value: number, extra: Partial<Claim>): Claim => ({
  id: `c${++n}`, eventId: 'e', outlet: 'Reuters', sourceId: 's', itemId: `i${n}`, itemUrl: null, reportedAt: '2025-05-25T12:00:00Z', firstSeenAt: '2025-05-25T12:00:00Z',
  metric: 'prisoners_exchanged', value, scope: 'daily', perSide: true, quote: '', span: [0, 1], ...extra,
});
const reconciliationOf = (claims: Claim[], scope: 'planned' | 'cumulative') => groupFigures(claims).find((f) => f.scope === scope)?.reconciliation;

describe('reconciliation of daily figures against totals', () => {
  const friday = claim(390, { date: '2025-05-23' });
  const saturday = claim(307, { date: '2025-05-24' });
  const sunday = claim(303, { date: '2025-05-25' });
  const planned = claim(1000, { scope: 'planned', date: '2025-05-23', dateEnd: '2025-05-25' });

  it('390 + 307 + 303 adds up to the 1,000 planned over three days', () => {
    expect(reconciliationOf([friday, saturday, sunday, planned], 'planned')).toEqual({
      dailySum: 1000,
      days: [{ date: '2025-05-23', value: 390 }, { date: '2025-05-24', value: 307 }, { date: '2025-05-25', value: 303 }],
      missingDays: [],
      status: 'adds_up',
    });
  });

  it('is incomplete while a day of the period has no daily figure yet', () => {
    expect(reconciliationOf([friday, saturday, planned], 'planned')).toMatchObject({ dailySum: 697, missingDays: ['2025-05-25'], status: 'incomplete' });
  });

  it('697 "in these two days" matches 390 + 307 even though the daily figures are per side and the total is not', () => {
    const soFar = claim(697, { scope: 'cumulative', date: '2025-05-23', dateEnd: '2025-05-24', perSide: false, outlet: 'Outlet D' });
    expect(reconciliationOf([friday, saturday, soFar], 'cumulative')).toMatchObject({ dailySum: 697, status: 'adds_up' });
  });

  it('flags a total the days do not add up to', () => {
    const wrong = claim(800, { scope: 'cumulative', date: '2025-05-23', dateEnd: '2025-05-24' });
    expect(reconciliationOf([friday, saturday, wrong], 'cumulative')).toMatchObject({ dailySum: 697, status: 'mismatch' });
  });

  it('does not count another place’s daily figures', () => {
    const elsewhere = claim(307, { date: '2025-05-24', place: 'Russia' });
    expect(reconciliationOf([friday, elsewhere, claim(697, { scope: 'cumulative', date: '2025-05-23', dateEnd: '2025-05-24' })], 'cumulative')).toMatchObject({ missingDays: ['2025-05-24'], status: 'incomplete' });
  });

  it('leaves a total without a period unchecked', () => {
    expect(reconciliationOf([friday, claim(1000, { scope: 'planned' })], 'planned')).toBeUndefined();
  });
});

describe('revisions on a figure', () => {
  it('carries an outlet’s earlier values so the page can show "13 -> 15"', () => {
    const revised = claim(15, { metric: 'injured', date: '2025-05-24', perSide: false, history: [{ value: 13, at: '2025-05-24T08:00:00Z', quote: '13 injured' }] });
    expect(groupFigures([revised])[0].outlets[0]).toMatchObject({ value: 15, revisedFrom: [13] });
  });
});

describe('daysBetween', () => {
  it.each([
    ['three days', '2025-05-23', '2025-05-25', ['2025-05-23', '2025-05-24', '2025-05-25']],
    ['one day', '2025-05-23', '2025-05-23', ['2025-05-23']],
    ['across a month end', '2025-05-31', '2025-06-01', ['2025-05-31', '2025-06-01']],
    ['reversed', '2025-05-25', '2025-05-23', []],
  ])('%s', (_name, from, to, days) => {
    expect(daysBetween(from, to)).toEqual(days);
  });
});
