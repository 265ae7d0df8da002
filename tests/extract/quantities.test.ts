// extractQuantities: what each number of a text is; only counts can become claims.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../server/extract/index.ts';

/** The kind and unit of the quantity whose written form is `figure`. */
function kindOf(text: string, figure: string) {
  const q = extractQuantities(text, { publishedAt: '2025-05-24T12:00:00Z' }).find((m) => text.slice(m.span[0], m.span[1]) === figure);
  return q && `${q.kind}:${q.unit}`;
}

describe('extractQuantities', () => {
  it.each([
    ['support us from just $2.', '2', 'money:USD'],
    ['a €5 million fund', '5 million', 'money:EUR'],
    ['aid worth 50 million rupees', '50 million', 'money:rupees'],
    ['turnout was 95% in the city', '95', 'percent:%'],
    ['up 12 per cent on last year', '12', 'percent:%'],
    ['a man aged 45 was hurt', '45', 'duration:age'],
    ['a 45-year-old man', '45', 'duration:age'],
    ['17 of those arrested were under 18', '18', 'duration:age'],
    ['after 22 months in prison', '22', 'duration:months'],
    ['These were 17 difficult months', '17', 'duration:months'],
    ['in more than three years of conflict', 'three', 'duration:years'],
    ['the three-year war', 'three', 'duration:year'],
    ['released on each side over three days', 'three', 'duration:days'],
    ['held since 2022, he said', '2022', 'date:year'],
    ['on X at around 1 a.m. CT', '1', 'date:time'],
    ['the sirens sounded at 10:30', '10', 'date:time'],
    ['talks in Istanbul on May 16', '16', 'date:date'],
    ['during the week of May 11', '11', 'date:date'],
    ['MOSCOW, May 24 (Reuters) - Russia', '24', 'date:date'],
    ['on the second day of the swap', 'second', 'ordinal:'],
    ['at a depth of 18 km', '18', 'measure:km'],
    ['a magnitude 6.1 earthquake', '6.1', 'measure:magnitude'],
    ['a 5.7-magnitude quake', '5.7', 'measure:magnitude'],
    ['exchanged 307 POWs', '307', 'count:pows'],
    ['307 of their service personnel', '307', 'count:personnel'],
    ['2000 people fled', '2000', 'count:people'],
    ['in six western provinces', 'six', 'count:provinces'],
  ])('%s: %s is %s', (text, figure, want) => expect(kindOf(text, figure)).toBe(want));

  it('gives each mention the contract fields only', () => {
    expect(extractQuantities('at least 15 people')).toEqual([{ value: 15, min: 15, unit: 'people', kind: 'count', span: [9, 11] }]);
  });
});
