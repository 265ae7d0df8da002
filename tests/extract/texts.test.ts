// Texts written for Tally's tests (tests/fixtures/texts/, held-out/ included), each with a hand-made gold beside it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../server/extract/index.ts';
import { CORPUS, heldOutDirs, loadTexts } from '../../server/extract/eval/corpus.ts';
import { addScores, dateRight, samePlace, sameSource, scoreClaims } from '../../server/extract/eval/score.ts';
import { comparableActor } from '../../shared/names.ts';

const texts = [
  ...loadTexts(CORPUS.texts),
  ...heldOutDirs().flatMap((dir) => loadTexts(dir).map((t) => ({ ...t, name: `${path.basename(dir)}/${t.name}` }))),
];
const runs = texts.map((t) => {
  const found = extractClaims(t.text, { publishedAt: t.publishedAt, metrics: t.metrics });
  return { ...t, found, score: scoreClaims(found, t.claims, t.text, t.noise) };
});
const cases = runs.map((run) => [run.name, run] as const);

describe('own annotated texts', () => {
  it('has at least 16 texts, 4 of them held out', () => {
    expect(runs.length).toBeGreaterThanOrEqual(16);
    expect(runs.filter((r) => r.name.startsWith('held-out')).length).toBeGreaterThanOrEqual(4);
  });

  // A fresh blind batch lands with its failures named in `known` ("NOISE 28 dead hostages -> killed 28"), until fixed.
  it.each(cases)('%s: no noise figure becomes a claim', (_, run) => {
    expect(run.score.noise.map((n) => `NOISE ${n}`)).toEqual(run.known.filter((k) => k.startsWith('NOISE ')));
  });

  it.each(cases)('%s: no claim is dated after publication unless planned', (_, run) => {
    const day = run.publishedAt.slice(0, 10);
    expect(run.found.filter((c) => c.scope !== 'planned' && ((c.date ?? '') > day || (c.dateEnd ?? '') > day)).map((c) => `${c.metric} ${c.value} ${c.date}`)).toEqual([]);
  });

  it.each(cases)('%s: found claims carry the gold day, scope, per side, bounds, source and place', (_, run) => {
    const wrong = run.score.pairs.filter((p) => p.found && !p.gold.optional).flatMap(({ gold: g, found: c }) => [
      ...(dateRight({ gold: g, found: c }) ? [] : [`date ${c!.date}..${c!.dateEnd ?? ''} not ${g.date}..${g.dateEnd ?? ''}`]),
      ...(c!.scope === g.scope ? [] : [`scope ${c!.scope} not ${g.scope}`]),
      ...(!!c!.perSide === !!g.perSide ? [] : ['perSide']),
      ...(c!.min === g.min && c!.max === g.max && !!c!.approx === !!g.approx ? [] : ['bounds']),
      ...(!g.attribution || sameSource(c!.attribution, g.attribution) ? [] : [`source ${c!.attribution}`]),
      ...(!g.place || samePlace(c!.place, g.place) ? [] : [`place ${c!.place}`]),
      // Actors are compared as figures group them: "Russian air defences" and "Russia" are one party.
      ...(!g.actor || comparableActor(c!.actor) === comparableActor(g.actor) ? [] : [`actor ${c!.actor}`]),
    ].map((w) => `${g.metric} ${g.value}: ${w}`));
    expect(wrong).toEqual(run.known.filter((k) => !/^(?:missed|extra|NOISE) /.test(k)));
  });

  it.each(cases)('%s: misses and extras are only the known ones', (_, run) => {
    const missed = run.score.pairs.filter((p) => !p.found && !p.gold.optional).map((p) => `missed ${p.gold.metric} ${p.gold.value}`);
    const extra = run.score.extras.map((c) => `extra ${c.metric} ${c.value}`);
    expect([...missed, ...extra].sort()).toEqual(run.known.filter((k) => /^(?:missed|extra) /.test(k)).sort());
  });

  it('scores high overall (printed)', () => {
    const t = addScores(runs.map((r) => r.score));
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(`own texts: precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${pct(t.f1)}; of ${t.truePositives} found: date ${pct(t.date)}, scope ${pct(t.scope)}, perSide ${pct(t.perSide)}`);
    expect(t.f1).toBeGreaterThanOrEqual(0.95);
    expect(t.date).toBeGreaterThanOrEqual(0.95);
    expect(t.scope).toBeGreaterThanOrEqual(0.95);
  });
});
