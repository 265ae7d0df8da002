// stem: word forms of one term meet ("killing" and "killed", "neutralised" and "neutralized").
import { describe, expect, it } from 'vitest';
import { stem } from '../../server/extract/tokens.ts';

describe('stem', () => {
  it.each([
    ['killed', 'killing'], ['kills', 'killed'], ['swapped', 'swap'], ['exchange', 'exchanged'], ['exchanges', 'exchanged'],
    ['neutralised', 'neutralized'], ['POWs', 'POW'], ['missiles', 'missile'], ['drones', 'drone'], ['Russia’s', 'Russia'],
    ['injuring', 'injured'], ['released', 'releases'], ['hostages', 'hostage'],
  ])('%s ~ %s', (a, b) => expect(stem(a)).toBe(stem(b)));

  it.each([['kill', 'skill'], ['dead', 'deed'], ['missing', 'mission']])('%s is not %s', (a, b) => expect(stem(a)).not.toBe(stem(b)));
});
