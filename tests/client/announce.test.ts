import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import type { Claim } from '../../shared/types.ts';
import { announceText, pageTitle } from '../../client/lib/announce.ts';

const claim = (outlet: string, value: number, metric = 'prisoners_exchanged', extra: Partial<Claim> = {}): Claim => ({
  id: `${outlet}-${value}`, eventId: 'e', outlet, sourceId: 's', itemId: 'i', itemUrl: null, reportedAt: '2025-05-24T10:00:00Z', firstSeenAt: '2025-05-24T10:00:00Z',
  metric, value, scope: 'daily', quote: 'q', span: [0, 1], ...extra,
});

describe('announceText: one polite sentence per batch of new figures', () => {
  it.each([
    ['nothing to say for an empty batch', [], ''],
    ['one figure, singular', [claim('Reuters', 307)], '1 new figure: Reuters 307 prisoners exchanged.'],
    ['hedges and thousands as the timeline writes them', [claim('AP', 1000, 'killed', { min: 1000 })], '1 new figure: AP at least 1,000 killed.'],
    ['three named', [claim('Reuters', 307), claim('AP', 300), claim('BBC', 303)], '3 new figures: Reuters 307 prisoners exchanged; AP 300 prisoners exchanged; BBC 303 prisoners exchanged.'],
    ['the rest counted, not read out', [claim('A', 1), claim('B', 2), claim('C', 3), claim('D', 4), claim('E', 5)], '5 new figures: A 1 prisoners exchanged; B 2 prisoners exchanged; C 3 prisoners exchanged; and 2 more.'],
  ])('%s', (_name, claims, expected) => {
    expect(announceText(claims, DEFAULT_METRICS)).toBe(expected);
  });

  it('falls back to the key in words for a metric the event does not define', () => {
    expect(announceText([claim('AP', 4, 'homes_destroyed')], DEFAULT_METRICS)).toBe('1 new figure: AP 4 homes destroyed.');
  });
});

describe('pageTitle: the tab says how many figures are unseen', () => {
  it.each([
    [null, 0, 'Tally'],
    ['Prisoner swap', 0, 'Prisoner swap · Tally'],
    ['Prisoner swap', 3, '(3) Prisoner swap · Tally'],
    [undefined, 2, '(2) Tally'],
  ])('%s with %i unseen', (title, unseen, expected) => {
    expect(pageTitle(title, unseen)).toBe(expected);
  });
});
