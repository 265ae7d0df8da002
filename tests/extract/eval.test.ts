// The measuring stick itself: scoring claims against gold, reading mention lines, and `npm run eval`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMentionLine, scoreQuantities } from '../../server/extract/eval/quantity-score.ts';
import { addScores, samePlace, sameSource, scoreClaims, type GoldClaim } from '../../server/extract/eval/score.ts';
import type { ExtractedClaim } from '../../shared/types.ts';

const claim = (metric: string, value: number, extra: Partial<ExtractedClaim> = {}): ExtractedClaim => ({ metric, value, scope: 'daily', quote: '', span: [0, 1], ...extra });

describe('parseMentionLine', () => {
  it.each([
    ['at least 15 => count 15 min=15', { written: 'at least 15', kind: 'count', value: 15, min: 15 }],
    ['nearly 400 => count 400 max=400 ~', { written: 'nearly 400', kind: 'count', value: 400, max: 400, approx: true }],
    ['5 => measure -5', { written: '5', kind: 'measure', value: -5 }],
    ['$5.5 billion => money 5500000000', { written: '$5.5 billion', kind: 'money', value: 5_500_000_000 }],
  ])('%s', (line, want) => expect(parseMentionLine(line)).toEqual(want));

  it('refuses a line it cannot read', () => expect(() => parseMentionLine('15 people')).toThrow(/bad mention line/));
});

describe('scoreQuantities', () => {
  it('marks a mention right, wrong or spurious', () => {
    const c = { text: 'At least 15 died and 3 fled at 1 a.m.', mentions: ['15 => count 15 min=15', '3 => count 3'] };
    const s = scoreQuantities(c, [
      { value: 15, min: 15, unit: '', kind: 'count', span: [9, 11] },
      { value: 3, unit: '', kind: 'duration', span: [21, 22] },
      { value: 1, unit: 'time', kind: 'date', span: [31, 32] },
    ]);
    expect([s.right, s.wrong.length, s.spurious]).toEqual([1, 1, ['1 => date 1']]);
  });
});

describe('scoreClaims', () => {
  const gold: GoldClaim[] = [
    { metric: 'killed', value: 78, scope: 'daily', date: '2024-10-03' },
    { metric: 'killed', value: 78, scope: 'cumulative', date: '2024-10-04' },
    { metric: 'injured', value: 10, scope: 'daily', optional: true },
  ];

  it('pairs each gold claim with the found one that agrees on day and scope', () => {
    const s = scoreClaims([claim('killed', 78, { scope: 'cumulative', date: '2024-10-04' }), claim('killed', 78, { date: '2024-10-03' })], gold);
    expect([s.truePositives, s.dateRight, s.scopeRight, s.extras.length]).toEqual([2, 2, 2, 0]);
  });

  it('neither requires nor penalises optional claims, and counts noise', () => {
    const text = 'Only 10 people were pulled out alive, and 278 were on board.';
    const s = scoreClaims([claim('injured', 10), claim('killed', 278, { span: [43, 46] })], gold, text, ['278 were']);
    const t = addScores([s]);
    expect([t.required, t.predicted, t.truePositives, s.noise]).toEqual([2, 1, 0, ['278 were -> killed 278']]);
  });

  it.each([
    ['Russian Defence Ministry', "Russia's defence ministry", true],
    ['Volodymyr Zelenskyy', 'Zelenskyy', true],
    ['interior ministry spokesman for the eastern administration', 'interior ministry spokesman', true],
    ['AP', 'Vitali Klitschko', false],
  ])('sameSource(%s, %s) = %s', (found, want, same) => expect(sameSource(found, want)).toBe(same));

  it.each([['Jajarkot district', 'Jajarkot', true], ['Kyiv', 'Kharkiv', false]])('samePlace(%s, %s) = %s', (found, want, same) => expect(samePlace(found, want)).toBe(same));
});

describe('npm run eval', () => {
  it('prints a table per group, the held-out first score and the --all accuracy', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['server/cli/eval.ts', '--quiet'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const heading of ['Seed: pow-swap-day2', 'Own texts', 'Held-out texts', 'held-out FIRST score', 'All annotated claims together', '--all: quantity mentions']) {
      expect(run.stdout).toContain(heading);
    }
  });
});
