// Texts written for Tally's tests (tests/fixtures/texts/*.txt), each with a hand-made gold beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../server/extract/index.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { dateRight, noiseClaims, sameSource, scoreClaims, summarize, type GoldClaim } from './score.ts';

const dir = new URL('../fixtures/texts/', import.meta.url);
const runs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const gold: { publishedAt: string; claims: GoldClaim[]; noise: string[]; known?: string[] } =
    JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.gold.json'), dir), 'utf8'));
  const found = extractClaims(text, { publishedAt: gold.publishedAt, metrics: DEFAULT_METRICS });
  return { file, text, gold, found, score: scoreClaims(found, gold.claims) };
});
const cases = runs.map((run) => [run.file, run] as const);

describe('own annotated texts', () => {
  it('has the three texts at least', () => expect(runs.length).toBeGreaterThanOrEqual(3));

  it.each(cases)('%s: no noise figure becomes a claim', (_, run) => {
    expect(noiseClaims(run.text, run.gold.noise, run.found)).toEqual([]);
  });

  it.each(cases)('%s: found claims carry the gold day, scope, per side, bounds, source and place', (_, run) => {
    const wrong = run.score.pairs.filter((p) => p.found && !p.gold.optional).flatMap(({ gold: g, found: c }) => [
      ...(dateRight({ gold: g, found: c }) ? [] : [`date ${c!.date}..${c!.dateEnd ?? ''} not ${g.date}..${g.dateEnd ?? ''}`]),
      ...(c!.scope === g.scope ? [] : [`scope ${c!.scope} not ${g.scope}`]),
      ...(!!c!.perSide === !!g.perSide ? [] : ['perSide']),
      ...(c!.min === g.min && c!.max === g.max && !!c!.approx === !!g.approx ? [] : ['bounds']),
      ...(!g.attribution || sameSource(c!.attribution, g.attribution) ? [] : [`source ${c!.attribution}`]),
      ...(!g.place || c!.place?.includes(g.place) ? [] : [`place ${c!.place}`]),
      ...(!g.actor || c!.actor === g.actor ? [] : [`actor ${c!.actor}`]),
    ].map((w) => `${g.metric} ${g.value}: ${w}`));
    expect(wrong).toEqual([]);
  });

  it.each(cases)('%s: misses and extras are only the known ones', (_, run) => {
    const missed = run.score.pairs.filter((p) => !p.found && !p.gold.optional).map((p) => `missed ${p.gold.metric} ${p.gold.value}`);
    const extra = run.score.extras.map((c) => `extra ${c.metric} ${c.value}`);
    expect([...missed, ...extra].sort()).toEqual([...(run.gold.known ?? [])].sort());
  });

  it('scores high overall (printed)', () => {
    const s = summarize('own texts', runs.map((r) => r.score));
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });
});
