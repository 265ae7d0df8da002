import { describe, expect, it } from 'vitest';
import { headlineFigure, latestChange, rangeText, summarizeMetrics } from '../../client/lib/metric-summary.ts';
import type { Claim, Figure } from '../../shared/types.ts';

const outlet = (name: string, value: number, seen = '2026-11-25T10:00:00Z') => ({ outlet: name, value, claimId: name, firstSeenAt: seen });
const figure = (id: string, more: Partial<Figure>): Figure => ({ id, metric: 'killed', scope: 'daily', outlets: [], divergent: false, ...more });

describe('headlineFigure', () => {
  const day1 = figure('d1', { date: '2026-11-24', outlets: [outlet('A', 4)], consensus: 4 });
  const day2 = figure('d2', { date: '2026-11-25', outlets: [outlet('A', 9), outlet('B', 11)], consensus: 9, divergent: true });
  const total = figure('t', { scope: 'cumulative', date: '2026-11-25', outlets: [outlet('A', 13)], consensus: 13 });
  const kyiv = figure('k', { scope: 'cumulative', date: '2026-11-26', place: 'Kyiv', outlets: [outlet('A', 2)] });

  it.each([
    ['the running total over any day', [day1, day2, total, kyiv], 't'],
    ['the latest day when there is no running total', [day1, day2, kyiv], 'd2'],
    ['a place’s figure only when nothing else exists', [kyiv], 'k'],
  ])('leads with %s', (_name, figures, id) => {
    expect(headlineFigure(figures)?.id).toBe(id);
  });

  it('summarises consensus, range and divergence of the headline figure', () => {
    const [card] = summarizeMetrics(null, ['killed'], [day1, { ...day2, outlets: [...day2.outlets, outlet('C', 9)] }], new Map());
    expect(card).toMatchObject({ key: 'killed', label: 'killed', about: 'Wed 25 Nov', consensus: 9, headline: '9', range: [9, 11], outlets: 3, divergent: true, latestChange: null });
    expect(rangeText(card)).toBe('9–11 across 3 outlets');
  });

  it('shows the range, not a pretended consensus, when outlets split with no majority', () => {
    const [card] = summarizeMetrics(null, ['killed'], [day2], new Map());
    expect(card.consensus).toBeUndefined();
    expect(card.headline).toBe('9–11');
    expect(rangeText(card)).toBe('No majority among 2 outlets');
  });

  it.each([
    [[outlet('A', 4)], 'From 1 outlet'],
    [[outlet('A', 4), outlet('B', 4)], '2 outlets agree'],
  ])('says how many outlets stand behind the figure', (outlets, text) => {
    const [card] = summarizeMetrics(null, ['killed'], [figure('f', { date: '2026-11-25', outlets, consensus: 4 })], new Map());
    expect(rangeText(card)).toBe(text);
  });
});

describe('latestChange', () => {
  it('says the most recent revision as "Outlet: before → after"', () => {
    const base = { eventId: 'e', sourceId: 's', itemId: 'i', itemUrl: null, metric: 'killed', scope: 'cumulative' as const, quote: '', span: [0, 1] as [number, number], reportedAt: '', firstSeenAt: '' };
    const claims: Claim[] = [
      { ...base, id: 'a', outlet: 'AP', value: 9, updatedAt: '2026-11-25T09:00:00Z', history: [{ value: 8, at: '', quote: '' }] },
      { ...base, id: 'b', outlet: 'Reuters', value: 1500, updatedAt: '2026-11-25T11:00:00Z', history: [{ value: 12, at: '', quote: '' }, { value: 1300, at: '', quote: '' }] },
      { ...base, id: 'c', outlet: 'BBC', value: 3 },
    ];
    expect(latestChange(claims)).toBe('Reuters: 1,300 → 1,500');
    expect(latestChange([claims[2]])).toBeNull();
  });
});

describe('what a card says its figure is about', () => {
  const about = (more: Partial<Figure>) => summarizeMetrics(null, ['drones_intercepted'], [figure('f', { metric: 'drones_intercepted', outlets: [outlet('A', 245)], consensus: 245, ...more })], new Map())[0].about;

  it.each([
    ['a period, not only its first day', { date: '2025-05-23', dateEnd: '2025-05-24' }, '23–24 May'],
    ['the place once when the actor is the same party', { date: '2025-05-23', place: 'Ukraine', actor: "Ukraine's air force" }, 'Fri 23 May · Ukraine'],
    ['who did it when that is another party', { date: '2025-05-23', place: 'Ukraine', actor: 'Russia' }, 'Fri 23 May · Ukraine · by Russia'],
  ])('%s', (_name, more, expected) => {
    expect(about(more)).toBe(expected);
  });
});
