import { describe, expect, it } from 'vitest';
import { reconciliationText } from '../../client/lib/reconciliation-text.ts';

describe('reconciliationText', () => {
  it.each([
    ['adds up', { dailySum: 1000, days: [{ date: '2025-05-23', value: 390 }, { date: '2025-05-24', value: 307 }, { date: '2025-05-25', value: 303 }], missingDays: [], status: 'adds_up' as const }, 1000, 'adds up: 390 + 307 + 303'],
    ['does not add up', { dailySum: 697, days: [{ date: '2025-05-23', value: 390 }, { date: '2025-05-24', value: 307 }], missingDays: [], status: 'mismatch' as const }, 800, 'the days add up to 697 (390 + 307), not 800'],
    ['still coming in', { dailySum: 697, days: [{ date: '2025-05-23', value: 390 }, { date: '2025-05-24', value: 307 }], missingDays: ['2025-05-25'], status: 'incomplete' as const }, 1000, 'so far 697 (390 + 307); no figure yet for Sun 25 May'],
    ['nothing yet', { dailySum: 0, days: [], missingDays: ['2025-05-23'], status: 'incomplete' as const }, 1000, 'no daily figures yet for Fri 23 May'],
  ])('%s', (_name, reconciliation, reported, text) => {
    expect(reconciliationText(reconciliation, reported)).toBe(text);
  });
});
