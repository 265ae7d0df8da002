/**
 * `npm run eval [-- --quiet] [-- --record-first-score]`: scores the extractor on the annotated corpus. Prints,
 * per group (the seed's four reports, Tally's own texts, the held-out texts), one row per text and the totals:
 * precision, recall and F1 on metric+value, the share of matched claims with the right date, scope, perSide,
 * source and place, and every noise figure that came out as a claim; then `--all` value accuracy on the
 * annotated quantity mentions. `--record-first-score` writes the held-out score once, before any tuning on it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, extractQuantities } from '../extract/index.ts';
import { CORPUS, heldOutDirs, loadQuantities, loadSeed, loadTexts, readJson, type AnnotatedText } from '../extract/eval/corpus.ts';
import { scoreQuantities } from '../extract/eval/quantity-score.ts';
import { addScores, samePlace, sameSource, scoreClaims, type Score, type Totals } from '../extract/eval/score.ts';

const args = process.argv.slice(2);
const unknown = args.find((a) => !['--quiet', '--record-first-score'].includes(a));
if (unknown) {
  console.error(`eval: unknown flag ${unknown}`);
  process.exit(2);
}
const quiet = args.includes('--quiet');

interface FirstScore {
  recordedAt: string;
  totals: Totals;
  quantities?: { right: number; expected: number; spurious: number };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const HEADER = `${'text'.padEnd(30)} gold found   tp      P      R     F1   date  scope perSide source  place noise`;

function row(name: string, t: Totals): string {
  const n = (x: number) => String(x).padStart(4);
  return `${name.slice(0, 30).padEnd(30)} ${n(t.required)}  ${n(t.predicted)} ${n(t.truePositives)} ${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)} ${pct(t.date)} ${pct(t.scope)}  ${pct(t.perSide)} ${pct(t.source)} ${pct(t.place)} ${String(t.noise).padStart(5)}`;
}

function details(s: Score): string[] {
  const field = (label: string, ok: boolean) => (ok ? [] : [label]);
  return [
    ...s.pairs.filter((p) => !p.found && !p.gold.optional).map((p) => `missed ${p.gold.metric} ${p.gold.value}`),
    ...s.extras.map((c) => `extra  ${c.metric} ${c.value} ${c.scope} ${c.date ?? '-'}: ${c.quote.slice(0, 90)}`),
    ...s.pairs.filter((p) => p.found && !p.gold.optional).flatMap(({ gold: g, found: c }) => {
      const wrong = [
        ...field(`date ${c!.date ?? '-'}${c!.dateEnd ? `..${c!.dateEnd}` : ''} (gold ${g.date ?? '-'}${g.dateEnd ? `..${g.dateEnd}` : ''})`,
          (c!.date ?? null) === (g.date ?? null) && (c!.dateEnd ?? null) === (g.dateEnd ?? null)),
        ...field(`scope ${c!.scope} (gold ${g.scope})`, c!.scope === g.scope),
        ...field(`perSide ${!!c!.perSide}`, !!c!.perSide === !!g.perSide),
        ...field(`source ${c!.attribution ?? '-'} (gold ${g.attribution})`, !g.attribution || sameSource(c!.attribution, g.attribution)),
        ...field(`place ${c!.place ?? '-'} (gold ${g.place})`, !g.place || samePlace(c!.place, g.place)),
      ];
      return wrong.length ? [`wrong  ${g.metric} ${g.value}: ${wrong.join(', ')}`] : [];
    }),
    ...s.noise.map((n) => `NOISE  ${n}`),
  ];
}

function scoreGroup(title: string, texts: AnnotatedText[]): Totals {
  console.log(`\n${title}\n${HEADER}`);
  const scores: Score[] = [];
  for (const t of texts) {
    const found = extractClaims(t.text, { publishedAt: t.publishedAt, metrics: t.metrics });
    const s = scoreClaims(found, t.claims, t.text, t.noise);
    scores.push(s);
    console.log(row(t.name, addScores([s])));
    if (!quiet) for (const d of details(s)) console.log(`    ${d}`);
  }
  const totals = addScores(scores);
  console.log(row(`TOTAL (${texts.length} texts)`, totals));
  return totals;
}

const seed = scoreGroup('Seed: pow-swap-day2, four reports (tests/fixtures/pow-swap-day2.gold.json)', loadSeed());
const own = loadTexts(CORPUS.texts);
const ownTotals = scoreGroup('Own texts (tests/fixtures/texts/)', own);
// Each held-out batch was annotated before the extractor first ran on it; its first score is kept beside it.
const batches = heldOutDirs().map((dir) => ({ dir, texts: loadTexts(dir), file: path.join(dir, 'first-score.json') }))
  .filter((b) => b.texts.length)
  .map((b) => {
    const totals = scoreGroup(`Held-out texts (${path.relative(process.cwd(), b.dir)}/), annotated before the extractor first saw them`, b.texts);
    const first = readJson<FirstScore>(b.file);
    if (first) console.log(`${row('held-out FIRST score', first.totals)}  (recorded ${first.recordedAt})`);
    return { ...b, totals, first };
  });
const heldOut = batches.map((b) => b.totals);

/** pool adds up several groups' totals: counts summed, field shares weighted by matched claims. */
function pool(all: Totals[]): Totals {
  const sum = (f: (t: Totals) => number) => all.reduce((n, t) => n + f(t), 0);
  const weighted = (f: (t: Totals) => number) => sum((t) => f(t) * t.truePositives) / Math.max(1, sum((t) => t.truePositives));
  const tp = sum((t) => t.truePositives);
  const precision = tp / Math.max(1, sum((t) => t.predicted));
  const recall = tp / Math.max(1, sum((t) => t.required));
  return {
    truePositives: tp, required: sum((t) => t.required), predicted: sum((t) => t.predicted), precision, recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), date: weighted((t) => t.date), scope: weighted((t) => t.scope),
    perSide: weighted((t) => t.perSide), source: weighted((t) => t.source), place: weighted((t) => t.place), noise: sum((t) => t.noise),
  };
}

console.log('\nAll annotated claims together');
console.log(HEADER);
console.log(row('ALL', { ...pool([seed, ownTotals, ...heldOut]), source: NaN, place: NaN }).replace(/NaN/g, '  - '));
console.log('\nHeld-out batches: first scores, each recorded before any tuning on that batch');
console.log(HEADER);
for (const b of batches) if (b.first) console.log(row(path.basename(b.dir), b.first.totals));
const firsts = batches.flatMap((b) => (b.first ? [b.first.totals] : []));
if (firsts.length) console.log(row(`FIRST SCORES (${firsts.length} batches)`, pool(firsts)));

console.log('\n--all: quantity mentions (tests/fixtures/quantities/)');
let expected = 0;
let right = 0;
let spurious = 0;
type QuantityScore = { right: number; expected: number; spurious: number };
const quantityScores = new Map<string, QuantityScore>();
for (const set of loadQuantities()) {
  let e = 0;
  let r = 0;
  let sp = 0;
  for (const c of set.cases) {
    const s = scoreQuantities(c, extractQuantities(c.text, { publishedAt: '2025-05-24T12:00:00Z' }));
    e += s.expected;
    r += s.right;
    sp += s.spurious.length;
    if (!quiet) for (const w of [...s.wrong.map((x) => `wrong    ${x}`), ...s.spurious.map((x) => `spurious ${x}`)]) console.log(`    ${w}   | ${c.text.slice(0, 70)}`);
  }
  console.log(`${set.name.padEnd(30)} ${r}/${e} right, ${sp} spurious: ${pct(r / Math.max(1, e + sp))}%`);
  quantityScores.set(set.name, { right: r, expected: e, spurious: sp });
  expected += e;
  right += r;
  spurious += sp;
}
console.log(`${'TOTAL'.padEnd(30)} ${right}/${expected} right, ${spurious} spurious: ${pct(right / Math.max(1, expected + spurious))}% (right / (annotated + spurious))`);
// Held-out sentence files keep their first score beside them; the first one's lives with the first text batch.
const quantityFirstFile = (name: string) =>
  name === 'held-out' ? path.join(CORPUS.texts, 'held-out/first-score.json') : path.join(CORPUS.quantities, `${name}.first-score.json`);
const quantityFirsts = [...quantityScores.keys()].filter((name) => name.startsWith('held-out')).map((name) => ({ name, file: quantityFirstFile(name), first: readJson<FirstScore>(quantityFirstFile(name)) }));
for (const { name, first } of quantityFirsts) {
  const q = first?.quantities;
  if (q) console.log(`${`${name} FIRST score`.padEnd(30)} ${q.right}/${q.expected} right, ${q.spurious} spurious: ${pct(q.right / Math.max(1, q.expected + q.spurious))}%  (recorded ${first!.recordedAt})`);
}

// Only a batch without a first score gets one, and only when asked: the first score is never overwritten.
if (args.includes('--record-first-score')) {
  const recordedAt = new Date().toISOString();
  for (const b of batches.filter((x) => !x.first)) {
    writeFileSync(b.file, `${JSON.stringify({ recordedAt, texts: b.texts.map((t) => t.name), totals: b.totals }, null, 2)}\n`);
    console.log(`\nrecorded the held-out first score in ${path.relative(process.cwd(), b.file)}`);
  }
  for (const q of quantityFirsts.filter((x) => !x.first && x.name !== 'held-out')) {
    writeFileSync(q.file, `${JSON.stringify({ recordedAt, quantities: quantityScores.get(q.name) }, null, 2)}\n`);
    console.log(`recorded the first score of quantities/${q.name} in ${path.relative(process.cwd(), q.file)}`);
  }
}
