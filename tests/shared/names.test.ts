import { describe, expect, it } from 'vitest';
import { comparableActor, comparablePlace } from '../../shared/names.ts';

describe('comparablePlace', () => {
  it.each([
    ['Kyiv', 'kyiv'],
    ['Kiev', 'kyiv'], // the Russian transliteration
    ['the city of Kyiv', 'kyiv'],
    ['Kyiv city', 'kyiv'],
    ['Kyiv Oblast', 'kyiv region'], // the region around the capital, not the capital
    ['the Kyiv region', 'kyiv region'],
    ['province of Idlib', 'idlib region'],
    ['Zaporizhzhia', 'zaporizhzhia'],
    ['Kramatorsk', 'kramatorsk'],
    ['Düzce', 'duzce'], // accents
    ['U.S.', 'united states'],
    ['the Gaza Strip', 'gaza strip'],
    ['Gaza', 'gaza strip'],
    [undefined, ''],
  ])('%s -> %s', (input, expected) => {
    expect(comparablePlace(input)).toBe(expected);
  });
});

describe('comparableActor', () => {
  it.each([
    ["Ukraine's air force", 'ukraine'],
    ['Ukraine’s Air Force', 'ukraine'],
    ['Ukrainian forces', 'ukraine'],
    ['Ukrainian air defences', 'ukraine'],
    ['the Russian military', 'russia'],
    ["Russia's defence ministry", 'russia'],
    ['the Israeli military', 'israel'],
    ['Hamas', 'hamas'],
    ['Houthis', 'houthis'],
    [undefined, ''],
  ])('%s -> %s', (input, expected) => {
    expect(comparableActor(input)).toBe(expected);
  });
});
