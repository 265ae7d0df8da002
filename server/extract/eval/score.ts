/** Scoring extracted claims against hand-annotated gold claims: precision, recall, F1 and field accuracy. */
import type { ExtractedClaim } from '../../../shared/types.ts';

/** GoldClaim is one annotated claim; `optional` ones are neither required nor penalised. */
export interface GoldClaim {
  metric: string;
  value: number;
  min?: number;
  max?: number;
  approx?: boolean;
  scope: string;
  date?: string;
  dateEnd?: string;
  perSide?: boolean;
  attribution?: string;
  place?: string;
  actor?: string;
  optional?: boolean;
  note?: string;
}

/** Pair is a gold claim and the extracted claim matched to it (same metric and value), if any. */
export interface Pair {
  gold: GoldClaim;
  found?: ExtractedClaim;
}

/** Score is the outcome of one text: matched pairs, unmatched extras and the counts behind the ratios. */
export interface Score {
  pairs: Pair[];
  extras: ExtractedClaim[];
  truePositives: number;
  required: number;
  predicted: number;
  dateRight: number;
  scopeRight: number;
  perSideRight: number;
  /** Matched claims whose gold names a source, and how many of those name it too. */
  sourced: number;
  sourceRight: number;
  placed: number;
  placeRight: number;
  /** Noise figures (gold `noise` notes) that came out as claims, as "note -> metric value". */
  noise: string[];
}

/** Totals is a set of scores added up, as ratios. */
export interface Totals {
  truePositives: number;
  required: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  date: number;
  scope: number;
  perSide: number;
  source: number;
  place: number;
  noise: number;
}

/** scoreClaims matches found claims to gold ones by metric and value, one to one, and checks their fields. */
export function scoreClaims(found: ExtractedClaim[], gold: GoldClaim[], text = '', noise: string[] = []): Score {
  const left = [...found];
  // Required claims pick first, so an optional gold claim never takes the match a required one needs.
  const order = [...gold].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  const matched = new Map<GoldClaim, ExtractedClaim | undefined>();
  for (const g of order) {
    // Of several found claims with this metric and value, the one that agrees on day and scope is its match, then
    // the one that agrees on place ("seven in Castilla-La Mancha", "Chiva, further inland, seven").
    const fit = (c: ExtractedClaim) => Number((c.date ?? '') === (g.date ?? '')) + Number(c.scope === g.scope) + (g.place && samePlace(c.place, g.place) ? 0.5 : 0);
    const same = left.filter((c) => c.metric === g.metric && c.value === g.value).sort((a, b) => fit(b) - fit(a));
    matched.set(g, same.length ? left.splice(left.indexOf(same[0]), 1)[0] : undefined);
  }
  const pairs: Pair[] = gold.map((g) => ({ gold: g, found: matched.get(g) }));
  const hits = pairs.filter((p) => p.found && !p.gold.optional);
  const sourced = hits.filter((p) => p.gold.attribution);
  const placed = hits.filter((p) => p.gold.place);
  return {
    pairs,
    extras: left,
    truePositives: hits.length,
    required: gold.filter((g) => !g.optional).length,
    predicted: found.length - pairs.filter((p) => p.found && p.gold.optional).length,
    dateRight: hits.filter(dateRight).length,
    scopeRight: hits.filter((p) => p.found!.scope === p.gold.scope).length,
    perSideRight: hits.filter((p) => !!p.found!.perSide === !!p.gold.perSide).length,
    sourced: sourced.length,
    sourceRight: sourced.filter((p) => sameSource(p.found!.attribution, p.gold.attribution!)).length,
    placed: placed.length,
    placeRight: placed.filter((p) => samePlace(p.found!.place, p.gold.place!)).length,
    noise: noiseClaims(text, noise, found),
  };
}

/** dateRight says whether a pair's day (and period end, when either gives one) agree. */
export function dateRight(p: Pair): boolean {
  return (p.found?.date ?? null) === (p.gold.date ?? null) && (p.found?.dateEnd ?? null) === (p.gold.dateEnd ?? null);
}

/** sameSource compares sources loosely, by the last word of the gold one: "Russia's defence ministry" names
 * the same source as "Russian Defence Ministry", "Volodymyr Zelenskyy" the same as "Zelenskyy". */
export function sameSource(found: string | undefined, gold: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}]+/u).filter(Boolean);
  const key = words(gold).at(-1) ?? '';
  return words(found ?? '').some((w) => w.slice(0, 5) === key.slice(0, 5));
}

/** samePlace accepts a found place that contains the gold one ("Jajarkot district" for "Jajarkot"). */
export function samePlace(found: string | undefined, gold: string): boolean {
  return !!found && found.toLowerCase().includes(gold.toLowerCase());
}

/** addScores adds scores up into ratios; an empty denominator counts as perfect. */
export function addScores(scores: Score[]): Totals {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  const tp = sum((s) => s.truePositives);
  const required = sum((s) => s.required);
  const predicted = sum((s) => s.predicted);
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, required);
  return {
    truePositives: tp,
    required,
    predicted,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    date: ratio(sum((s) => s.dateRight), tp),
    scope: ratio(sum((s) => s.scopeRight), tp),
    perSide: ratio(sum((s) => s.perSideRight), tp),
    source: ratio(sum((s) => s.sourceRight), sum((s) => s.sourced)),
    place: ratio(sum((s) => s.placeRight), sum((s) => s.placed)),
    noise: sum((s) => s.noise.length),
  };
}

/** locateNoise finds where a gold noise note ("17 months (duration)") sits in the text; a word the note
 * leaves out may sit between its words ("17 difficult months"). */
export function locateNoise(text: string, note: string): Array<[number, number]> {
  const words = note.replace(/\s*\([^)]*\)\s*$/, '').trim().split(/\s+/);
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+(?:\\S+\\s+)?');
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => [m.index!, m.index! + m[0].length]);
}

/** noiseClaims returns the claims whose figure sits inside a located noise phrase. */
export function noiseClaims(text: string, noise: string[], found: ExtractedClaim[]): string[] {
  return noise.flatMap((note) => locateNoise(text, note)
    .flatMap(([s, e]) => found.filter((c) => c.span[0] >= s && c.span[1] <= e).map((c) => `${note} -> ${c.metric} ${c.value}`)));
}
