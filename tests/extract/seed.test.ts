// The seed page (four outlets' Saturday reports of the May 2025 prisoner swap) against its hand annotation.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../server/extract/index.ts';
import { loadSeed } from '../../server/extract/eval/corpus.ts';
import { addScores, dateRight, locateNoise, samePlace, sameSource, scoreClaims } from '../../server/extract/eval/score.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';

const runs = loadSeed().map((report) => {
  const found = extractClaims(report.text, { publishedAt: report.publishedAt, metrics: DEFAULT_METRICS });
  return { report, found, score: scoreClaims(found, report.claims, report.text, report.noise) };
});
const cases = runs.map((run) => [run.report.name, run] as const);

describe('seed: pow-swap-day2 against its gold', () => {
  it.each(cases)('%s: every required claim is found with its day, scope and per side', (_, run) => {
    for (const { gold: g, found } of run.score.pairs.filter((p) => !p.gold.optional)) {
      const label = `${g.metric} ${g.value}`;
      expect(found, `${label} not found`).toBeDefined();
      expect({ label, date: found!.date, dateEnd: found!.dateEnd, scope: found!.scope, perSide: !!found!.perSide })
        .toEqual({ label, date: g.date, dateEnd: g.dateEnd, scope: g.scope, perSide: !!g.perSide });
      if (g.min !== undefined) expect(found!.min, `${label} min`).toBe(g.min);
    }
  });

  it.each(cases)('%s: no figure beyond the gold becomes a claim', (_, run) => {
    expect(run.score.extras.map((c) => `${c.metric} ${c.value}: ${c.quote}`)).toEqual([]);
  });

  it.each(cases)('%s: no noise figure becomes a claim', (_, run) => {
    const located = run.report.noise.filter((n) => locateNoise(run.report.text, n).length);
    // The gold lists "three-year war" for Outlet B, whose lines do not contain it; nothing to check there.
    expect(located.length).toBeGreaterThanOrEqual(run.report.noise.length - 1);
    expect(run.score.noise).toEqual([]);
  });

  it.each(cases)('%s: each claim appears once although title, summary and body repeat it', (_, run) => {
    const keys = run.found.map((c) => `${c.metric}|${c.value}|${c.date}|${c.scope}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(cases)('%s: spans point at the figure as written, in the text and in the quote', (_, run) => {
    for (const c of run.found) {
      const written = run.report.text.slice(c.span[0], c.span[1]);
      expect(written).toMatch(/^[\d,. ]+$|^[a-z]+/i);
      expect(c.quote.slice(c.quoteSpan![0], c.quoteSpan![1])).toBe(written);
    }
  });

  it('names the source and the place where the gold does', () => {
    const pairs = runs.flatMap((r) => r.score.pairs).filter((p) => p.found && !p.gold.optional);
    const sourced = pairs.filter((p) => p.gold.attribution);
    const placed = pairs.filter((p) => p.gold.place);
    expect(sourced.filter((p) => !sameSource(p.found!.attribution, p.gold.attribution!)).map((p) => `${p.gold.metric} ${p.gold.value}`)).toEqual([]);
    expect(placed.filter((p) => !samePlace(p.found!.place, p.gold.place!)).map((p) => `${p.gold.metric} ${p.gold.value}`)).toEqual([]);
  });

  it('scores perfectly on precision, recall, days and scopes (printed)', () => {
    const t = addScores(runs.map((r) => r.score));
    console.log(`seed pow-swap-day2: precision ${t.precision}, recall ${t.recall}, F1 ${t.f1}; date ${t.date}, scope ${t.scope}, perSide ${t.perSide}`);
    const pairs = runs.flatMap((r) => r.score.pairs).filter((p) => p.found && !p.gold.optional);
    expect(pairs.filter((p) => !dateRight(p)).map((p) => `${p.gold.metric} ${p.gold.value}`)).toEqual([]);
    expect([t.precision, t.recall, t.scope, t.perSide]).toEqual([1, 1, 1, 1]);
  });
});
