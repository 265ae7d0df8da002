import { describe, expect, it } from 'vitest';
import { groupFigures, isDivergent, rangeOf } from '../../shared/figures.ts';
import type { Claim } from '../../shared/types.ts';

let n = 0;
const claim = (outlet: string, value: number, extra: Partial<Claim> = {}): Claim => ({
  id: `c${++n}`, eventId: 'e', outlet, sourceId: `s-${outlet}`, itemId: `i${n}`, itemUrl: null, reportedAt: `2025-05-24T1${n % 10}:00:00Z`, firstSeenAt: `2025-05-24T1${n % 10}:00:00Z`,
  metric: 'prisoners_exchanged', value, scope: 'daily', date: '2025-05-24', perSide: true, quote: '', span: [0, 1], ...extra,
});

describe('groupFigures', () => {
  it('groups outlets reporting the same metric, day and scope, with the consensus value', () => {
    const figures = groupFigures([claim('Reuters', 307), claim('The Moscow Times', 307), claim('Outlet D', 307), claim('Reuters', 390, { date: '2025-05-23' })]);
    expect(figures).toHaveLength(2);
    const sat = figures.find((f) => f.date === '2025-05-24')!;
    expect(sat.outlets.map((o) => o.outlet)).toEqual(['Reuters', 'The Moscow Times', 'Outlet D']);
    expect(sat).toMatchObject({ consensus: 307, divergent: false, scope: 'daily', perSide: true, firstReportedBy: 'Reuters' });
  });

  it('keeps figures from different places apart: they never diverge from each other', () => {
    const figures = groupFigures([
      claim('Outlet D', 245, { metric: 'drones_intercepted', perSide: false }),
      claim('Outlet D', 100, { metric: 'drones_intercepted', perSide: false, place: 'Russia' }),
    ]);
    expect(figures).toHaveLength(2);
    expect(figures.every((f) => !f.divergent)).toBe(true);
  });

  it('flags outlets that disagree, and uses each outlet’s latest report', () => {
    const figures = groupFigures([
      claim('AP', 13, { metric: 'injured', reportedAt: '2025-05-24T08:00:00Z' }),
      claim('AP', 15, { metric: 'injured', reportedAt: '2025-05-24T09:00:00Z' }),
      claim('BBC', 15, { metric: 'injured' }),
      claim('Wire', 20, { metric: 'injured' }),
    ]);
    expect(figures[0].outlets.find((o) => o.outlet === 'AP')?.value).toBe(15);
    expect(figures[0]).toMatchObject({ consensus: 15, divergent: true, spread: { min: 15, max: 20 } });
  });
});

describe('groupFigures: compatible places and actors', () => {
  const injured = (outlet: string, value: number, extra: Partial<Claim> = {}) => claim(outlet, value, { metric: 'injured', perSide: false, ...extra });
  const outletsOf = (figures: ReturnType<typeof groupFigures>) => figures.map((f) => f.outlets.map((o) => `${o.outlet}=${o.value}`).sort().join(' '));

  it.each([
    ['Kiev and Kyiv', 'Kiev', 'Kyiv'],
    ['"Donetsk Oblast" and "the Donetsk region"', 'Donetsk Oblast', 'the Donetsk region'],
    ['"the city of Kharkiv" and "Kharkov"', 'the city of Kharkiv', 'Kharkov'],
    ['accents and case', 'Kramatorsk', 'KRAMATORSK'],
  ])('treats %s as one place', (_name, a, b) => {
    const figures = groupFigures([injured('AP', 15, { place: a }), injured('BBC', 15, { place: b })]);
    expect(outletsOf(figures)).toEqual(['AP=15 BBC=15']);
  });

  it.each([
    ["Ukraine's air force and Ukraine", "Ukraine's air force", 'Ukraine'],
    ['Ukrainian forces and Ukraine', 'Ukrainian forces', 'Ukraine'],
    ['the Israeli military and Israel', 'the Israeli military', 'Israel'],
  ])('treats %s as one actor', (_name, a, b) => {
    const figures = groupFigures([
      claim('AP', 245, { metric: 'drones_intercepted', perSide: false, actor: a }),
      claim('Reuters', 245, { metric: 'drones_intercepted', perSide: false, actor: b }),
    ]);
    expect(outletsOf(figures)).toEqual(['AP=245 Reuters=245']);
  });

  it('counts a figure that names no place with the one figure that does, and names the place', () => {
    const figures = groupFigures([injured('AP', 15), injured('Reuters', 15, { place: 'Kyiv', min: 15 })]);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ place: 'Kyiv', divergent: false });
    expect(outletsOf(figures)).toEqual(['AP=15 Reuters=15']);
  });

  it('puts an undated target with the dated one: "1,000 for 1,000" is the three-day plan', () => {
    const planned = { scope: 'planned' as const, date: '2025-05-23', dateEnd: '2025-05-25' };
    const figures = groupFigures([claim('Reuters', 1000, planned), claim('Outlet D', 1000, { scope: 'planned', date: undefined })]);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ date: '2025-05-23', dateEnd: '2025-05-25' });
    expect(outletsOf(figures)).toEqual(['Outlet D=1000 Reuters=1000']);
  });

  it('keeps a figure that names no place apart when two places could be meant', () => {
    const figures = groupFigures([injured('AP', 15), injured('Reuters', 15, { place: 'Kyiv' }), injured('BBC', 15, { place: 'Kharkiv' })]);
    expect(figures).toHaveLength(3);
  });

  it('keeps a figure that names no actor apart when its value disagrees: it may count something else', () => {
    const figures = groupFigures([
      claim('AP', 245, { metric: 'drones_intercepted', perSide: false }),
      claim('Outlet D', 100, { metric: 'drones_intercepted', perSide: false, actor: 'Russia', place: 'Russia' }),
    ]);
    expect(figures).toHaveLength(2);
    expect(figures.some((f) => f.divergent)).toBe(false);
  });

  it('never puts different named places or actors together', () => {
    const figures = groupFigures([
      claim('AP', 245, { metric: 'drones_intercepted', perSide: false, actor: 'Ukraine' }),
      claim('AP', 245, { metric: 'drones_intercepted', perSide: false, actor: 'Russia' }),
      injured('AP', 3, { place: 'Kyiv', actor: 'Russia' }),
      injured('AP', 3, { place: 'Kyiv Oblast', actor: 'Russia' }),
    ]);
    expect(figures).toHaveLength(4);
  });
});

describe('divergence with bounds', () => {
  it.each([
    ['"at least 15" and 17 agree', [{ value: 15, min: 15 }, { value: 17 }], false],
    ['"at least 15" and 12 disagree', [{ value: 15, min: 15 }, { value: 12 }], true],
    ['"nearly 400" and 390 agree', [{ value: 400, max: 400, approx: true }, { value: 390 }], false],
    ['"about 300" and 310 agree', [{ value: 300, approx: true }, { value: 310 }], false],
    ['307 and 303 disagree', [{ value: 307 }, { value: 303 }], true],
  ])('%s', (_name, outlets, divergent) => {
    const withIds = outlets.map((o, i) => ({ ...o, outlet: `o${i}`, claimId: `c${i}`, firstSeenAt: '' }));
    expect(isDivergent(withIds)).toBe(divergent);
  });

  it.each([
    ['100 and 104 agree within 5 %', 100, 104, 0.05, false],
    ['100 and 106 differ beyond 5 %', 100, 106, 0.05, true],
    ['100 and 101 differ with no tolerance', 100, 101, 0, true],
  ])('tolerance: %s', (_name, a, b, tolerance, divergent) => {
    const outlets = [a, b].map((value, i) => ({ value, outlet: `o${i}`, claimId: `c${i}`, firstSeenAt: '' }));
    expect(isDivergent(outlets, tolerance)).toBe(divergent);
  });

  it('takes each metric’s tolerance from the event’s metric definitions', () => {
    const claims = [claim('AP', 100, { metric: 'killed', perSide: false }), claim('BBC', 104, { metric: 'killed', perSide: false })];
    expect(groupFigures(claims)[0].divergent).toBe(true);
    expect(groupFigures(claims, [{ key: 'killed', label: 'Killed', terms: ['killed'], tolerance: 0.05 }])[0].divergent).toBe(false);
  });

  it('reads "at least" as an open interval', () => {
    expect(rangeOf({ value: 15, min: 15 })).toEqual([15, Infinity]);
  });
});
