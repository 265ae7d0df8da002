import { describe, expect, it } from 'vitest';
import { buildMetricCharts } from '../../client/lib/chart-data.ts';
import { groupFigures } from '../../shared/figures.ts';
import type { Claim } from '../../shared/types.ts';

let n = 0;
const claim = (outlet: string, value: number, extra: Partial<Claim> = {}): Claim => ({
  id: `c${++n}`, eventId: 'e', outlet, sourceId: `s-${outlet}`, itemId: `i${n}`, itemUrl: null, reportedAt: '2025-05-24T10:00:00Z', firstSeenAt: '2025-05-24T10:00:00Z',
  metric: 'prisoners_exchanged', value, scope: 'daily', date: '2025-05-23', perSide: true, quote: '', span: [0, 1], ...extra,
});

describe('chart notes for totals and targets', () => {
  it('gives one note to a target whether or not an outlet named its days, as the figures do', () => {
    const claims = [
      claim('Reuters', 390),
      claim('Reuters', 1000, { scope: 'planned', date: '2025-05-23', dateEnd: '2025-05-25' }),
      claim('Outlet D', 1000, { scope: 'planned', date: undefined }),
    ];
    const [chart] = buildMetricCharts(null, claims, ['Reuters', 'Outlet D'], groupFigures(claims));
    expect(chart.references.map((r) => [r.text, r.outlets])).toEqual([['Planned: 1,000 per side, 23–25 May', ['Outlet D', 'Reuters']]]);
  });

  it('keeps targets that disagree as separate notes, each naming its outlets', () => {
    const claims = [
      claim('Reuters', 390),
      claim('Reuters', 1000, { scope: 'planned', date: '2025-05-23', dateEnd: '2025-05-25' }),
      claim('Outlet D', 900, { scope: 'planned', date: undefined }),
    ];
    const [chart] = buildMetricCharts(null, claims, ['Reuters', 'Outlet D'], groupFigures(claims));
    expect(chart.references.map((r) => r.outlets)).toEqual([['Reuters'], ['Outlet D']]);
  });
});
