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
    // Every age of a list after "aged" is an age, not only the first.
    ['two brothers, aged 12 and 15, were hurt', '15', 'duration:age'],
    ['three girls aged 9, 11 and 14', '11', 'duration:age'],
    ['volunteers aged between 18 and 30', '18 and 30', 'duration:age'],
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
    // A clock time written shut up against am/pm, British "10.30pm" included.
    ['the curfew starts at 9pm', '9', 'date:time'],
    ['the blast came at 10.30pm', '10.30', 'date:time'],
    // "the 2024 election": a year naming an event.
    ['turnout fell after the 2024 election', '2024', 'date:year'],
    ['the 2000 residents were moved', '2000', 'count:residents'],
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
    ['Police are searching for Robert Card, 40, an Army reservist', '40', 'duration:age'],
    ['The team won 3-1 after extra time', '3', 'measure:score'],
    ['temperatures fell to minus 5 degrees', '5', 'measure:degrees'],
    ['a 16-storey building', '16', 'measure:storey'],
    ['a ticket cost 10,000 Congolese francs', '10,000', 'money:francs'],
    ['they will pay 10 million tenge each', '10 million', 'money:tenge'],
    ['winds of 145 mph', '145', 'measure:mph'],
  ])('%s: %s is %s', (text, figure, want) => expect(kindOf(text, figure)).toBe(want));

  it.each([
    ['temperatures fell to minus 5C in Gaziantep', 'measure -5'],
    ['a storm surge of 10 to 15 feet', 'measure 10 min=10 max=15'],
    ['losses of $5.5 billion', 'money 5500000000'],
    ['Half a million people fled', 'count 500000'],
  ])('%s: %s', (text, want) => {
    const [q] = extractQuantities(text, { publishedAt: '2025-05-24T12:00:00Z' });
    expect(`${q.kind} ${q.value}${q.min !== undefined ? ` min=${q.min}` : ''}${q.max !== undefined ? ` max=${q.max}` : ''}`).toBe(want);
  });

  it('gives each mention the contract fields only', () => {
    expect(extractQuantities('at least 15 people')).toEqual([{ value: 15, min: 15, unit: 'people', kind: 'count', span: [9, 11] }]);
  });
});
