// findDates and day phrases: days named in news copy, resolved against the publication day.
import { describe, expect, it } from 'vitest';
import { addDays, findDates, publishedDay } from '../../server/extract/dates.ts';
import { findDayPhrases, weekPeriod } from '../../server/extract/day-phrases.ts';

/** The dates a sentence names, as "date[..dateEnd] kind" (published on Saturday 2025-05-24 unless told). */
function dates(text: string, pub = '2025-05-24') {
  return findDates(text, pub).map((d) => `${d.date}${d.dateEnd ? `..${d.dateEnd}` : ''} ${d.kind}`);
}

describe('findDates', () => {
  it.each([
    ['exchanged 307 POWs on Saturday', '2025-05-24', ['2025-05-24 weekday']],
    ['The first part took place on Friday', '2025-05-24', ['2025-05-23 weekday']],
    ['they met on Monday', '2025-05-24', ['2025-05-19 weekday']],
    // "last Saturday" said on a Saturday is a week back.
    ['the truce took effect last Saturday', '2025-05-24', ['2025-05-17 weekday']],
    ['published on Monday about Saturday', '2025-05-26', ['2025-05-26 weekday', '2025-05-24 weekday']],
    ['More exchanges are set to occur on Sunday', '2025-05-24', ['2025-05-25 weekday']],
    ['Four more hostages will be freed on Saturday', '2025-01-20', ['2025-01-25 weekday']],
    ['on Friday, May 23', '2025-05-24', ['2025-05-23 day']],
    ['Zelenskiy said on X Saturday,May 24', '2025-05-24', ['2025-05-24 day']],
    ['MOSCOW, May 24 (Reuters) -', '2025-05-24', ['2025-05-24 dateline']],
    ['TAMPA, Fla. (Oct. 9) — Hurricane Milton', '2024-10-09', ['2024-10-09 dateline']],
    ['in its Oct. 7 attack', '2025-05-24', ['2024-10-07 day']],
    ['talks are set for June 30', '2025-05-24', ['2025-06-30 day']],
    ['on the night of December 29', '2023-12-29', ['2023-12-29 day']],
    ['launched 40 drones last night', '2025-05-24', ['2025-05-24 day']],
    ['84 people died in 11 days', '2025-05-24', []],
    ['two weeks after Hurricane Helene killed 230 people', '2025-05-24', []],
    ['on 5 June', '2025-06-10', ['2025-06-05 day']],
    ['on December 30, without a year', '2025-01-02', ['2024-12-30 day']],
    ['yesterday', '2025-05-24', ['2025-05-23 day']],
    ['starting on Friday, May 23 and going into Saturday, May 24', '2025-05-24', ['2025-05-23..2025-05-24 day']],
    ['from May 20 to May 22', '2025-05-24', ['2025-05-20..2025-05-22 day']],
    ['between May 20 and May 22', '2025-05-24', ['2025-05-20..2025-05-22 day']],
    ['during the week of May 11', '2025-05-24', ['2025-05-11 background']],
    ['missing since May 1', '2025-05-24', ['2025-05-01 day']],
    ['the day before, each country released 390', '2025-05-24', []],
  ])('%s (published %s)', (text, pub, want) => expect(dates(text, pub)).toEqual(want));
});

describe('findDayPhrases', () => {
  it.each([
    ['The day before, each country released 390', 'relative -1'],
    ['a day later they freed 300', 'relative 1'],
    ['rocked by an overnight Russian bombardment', 'overnight'],
    ['In just these two days, 697 people', 'past 2'],
    ['over the past three days', 'past 3'],
    ['1,000 released on each side over three days', 'span 3'],
    ['over the next four days', 'span 4'],
    ['on the second day of an extended swap', 'nth 2 day'],
    ['on second day of POW exchange', 'nth 2 day'],
    ['the third and final day of the exchange', 'nth 3 day'],
    ['in the first stage of a 1,000-for-1,000 exchange', 'nth 1 step'],
    ['over 300 days of war', ''],
    ['over the past week', 'past 7'],
    ['in the past 48 hours', 'past 2'],
    ['last week', 'week'],
    ['for a third straight day', 'nth 3 day'],
    ['on day 4 of the siege', 'nth 4 day'],
  ])('%s: %s', (text, want) => {
    const shown = findDayPhrases(text).map((p) => [p.type, 'offset' in p ? p.offset : 'days' in p ? p.days : 'n' in p ? `${p.n} ${p.unit}` : ''].join(' ').trim());
    expect(shown.join(', ')).toBe(want);
  });
});

describe('weekPeriod', () => {
  it.each([
    ['last', '2025-05-24', '2025-05-12..2025-05-18'], ['this', '2025-05-24', '2025-05-19..2025-05-24'],
    ['weekend', '2025-05-26', '2025-05-24..2025-05-25'], ['weekend', '2025-05-24', '2025-05-24..2025-05-24'],
    ['weekend', '2025-05-25', '2025-05-24..2025-05-25'], ['last', '2025-05-19', '2025-05-12..2025-05-18'],
  ] as const)('%s week, published %s: %s', (which, pub, want) => {
    const p = weekPeriod(which, pub);
    expect(`${p.date}..${p.dateEnd}`).toBe(want);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2025-05-24', -1, '2025-05-23'], ['2025-03-01', -1, '2025-02-28'], ['2024-12-31', 1, '2025-01-01'], ['2025-05-23', 2, '2025-05-25'],
  ])('addDays(%s, %d) = %s', (day, n, want) => expect(addDays(day, n)).toBe(want));

  it.each([
    ['2025-05-24T12:00:00Z', '2025-05-24'], ['2025-05-24T01:00:00+03:00', '2025-05-24'], ['2025-05-24', '2025-05-24'],
  ])('publishedDay(%s) = %s, the day as written', (at, want) => expect(publishedDay(at)).toBe(want));
});
