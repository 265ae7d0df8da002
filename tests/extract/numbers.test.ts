// findNumbers: how numbers are written in news copy, and the bounds their wording sets.
import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberWords } from '../../server/extract/numbers.ts';

/** The first number of a text, as the written figure plus the fields a case cares about. */
function first(text: string) {
  const n = findNumbers(text)[0];
  const { value, min, max, approx, ordinal, reciprocal, decimal } = n;
  return JSON.parse(JSON.stringify({ written: text.slice(n.span[0], n.span[1]), value, min, max, approx, ordinal, reciprocal, decimal }));
}

describe('findNumbers', () => {
  it.each([
    ['307 POWs exchanged', { written: '307', value: 307 }],
    ['1,000 prisoners', { written: '1,000', value: 1000 }],
    ['1 000 prisoners', { written: '1 000', value: 1000 }],
    ['1.2 million people', { written: '1.2 million', value: 1_200_000 }],
    ['3bn dollars', { written: '3bn', value: 3_000_000_000 }],
    // South Asian scales.
    ['2 lakh people were evacuated', { written: '2 lakh', value: 200_000 }],
    ['27 crore pilgrims had taken a dip', { written: '27 crore', value: 270_000_000 }],
    ['three hundred and three people', { written: 'three hundred and three', value: 303 }],
    ['fourteen missiles', { written: 'fourteen', value: 14 }],
    ['twenty-five drones', { written: 'twenty-five', value: 25 }],
    ['two thousand five hundred homes', { written: 'two thousand five hundred', value: 2500 }],
    ['a dozen rockets', { written: 'a dozen', value: 12, approx: true }],
    ['dozens of people', { written: 'dozens', value: 24, min: 24, max: 99, approx: true }],
    ['hundreds of homes', { written: 'hundreds', value: 200, min: 200, max: 999, approx: true }],
    ['tens of thousands fled', { written: 'tens of thousands', value: 20_000, min: 20_000, max: 99_999, approx: true }],
    ['at least 15 people', { written: '15', value: 15, min: 15 }],
    ['more than 1,000 people', { written: '1,000', value: 1000, min: 1000 }],
    ['over 300 people', { written: '300', value: 300, min: 300 }],
    // "over" before areas says where, not how many.
    ['over 12 regions', { written: '12', value: 12 }],
    // A range may repeat its currency.
    ['$2 billion to $3 billion', { written: '2 billion to $3 billion', value: 2_000_000_000, min: 2_000_000_000, max: 3_000_000_000 }],
    ['nearly 400 people', { written: '400', value: 400, max: 400, approx: true }],
    ['up to 20 people', { written: '20', value: 20, max: 20 }],
    ['about 300 people', { written: '300', value: 300, approx: true }],
    ['some 40 people', { written: '40', value: 40, approx: true }],
    ['1,000+ people', { written: '1,000', value: 1000, min: 1000 }],
    ['between 20 and 30 people', { written: '20 and 30', value: 20, min: 20, max: 30 }],
    ['10-15 people', { written: '10-15', value: 10, min: 10, max: 15 }],
    ['two or three people', { written: 'two or three', value: 2, min: 2, max: 3, approx: true }],
    ['a 1,000-for-1,000 exchange', { written: '1,000', value: 1000, reciprocal: true }],
    ['1,000 for 1,000', { written: '1,000', value: 1000, reciprocal: true }],
    ['handed over 390 prisoners', { written: '390', value: 390 }],
    ['on the second day', { written: 'second', value: 2, ordinal: true }],
    ['the 3rd round', { written: '3rd', value: 3, ordinal: true }],
    ['a 7.8 quake', { written: '7.8', value: 7.8, decimal: true }],
    ['half a million people', { written: 'half a million', value: 500_000 }],
    ['a quarter of a million people', { written: 'a quarter of a million', value: 250_000 }],
    ['one and a half million people', { written: 'one and a half million', value: 1_500_000 }],
    ['£1.4m for repairs', { written: '1.4m', value: 1_400_000 }],
    ['2.3m displaced people', { written: '2.3m', value: 2_300_000 }],
    ['a depth of 10m', { written: '10', value: 10 }],
    ['about $3.50 a ticket', { written: '3.50', value: 3.5, approx: true, decimal: true }],
    ['released over six weeks', { written: 'six', value: 6 }],
    ['over six hundred people', { written: 'six hundred', value: 600, min: 600 }],
    ['One woman said no one knew', { written: 'One', value: 1 }],
  ])('%s', (text, want) => expect(first(text)).toEqual(want));

  it.each([
    ['call +380 44 123 4567 now'],
    // A number that opens with a lone 0 is a line to ring.
    ['Hotline for families: 0 800 300 529'],
    ['call (555) 123-4567 now'],
    ['call 555-123-4567 now'],
    // A North American number with its leading 1.
    ['call the tip line at 1-888-555-0142 today'],
    ['call 1 (888) 555-0142 today'],
    ['someone, anyone, none'],
    ['Ukraine asked for F-16 jets to stop Su-34 bombers and Kh-101 missiles'],
    // A model's name may be a long word.
    ['the group fired a "Palestine-2" missile and Shahed-136 drones'],
    ['the Covid-19 pandemic and Flight 370'],
    ['For help, call 112 or the line on 900 365 112'],
    ['each and every one of them, one of the largest, no one'],
    ['two-thirds of the residents'],
  ])('finds no number in %s', (text) => expect(findNumbers(text)).toEqual([]));
});

describe('parseNumberWords', () => {
  it.each([
    ['six', 6], ['fourteen', 14], ['ninety-nine', 99], ['a hundred', 100], ['three hundred and three', 303],
    ['one thousand two hundred', 1200], ['two million', 2_000_000], ['a dozen', 12], ['two dozen', 24], ['seven', 7],
  ])('%s = %d', (words, value) => expect(parseNumberWords(words)).toBe(value));
});
