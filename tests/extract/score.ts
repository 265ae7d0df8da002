/** Scoring extracted claims against hand-annotated gold claims: precision, recall, F1 and field accuracy. */
import type { ExtractedClaim } from '../../shared/types.ts';

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

/** Score is the outcome of one text: matched pairs, unmatched extras and the ratios over them. */
export interface Score {
  pairs: Pair[];
  extras: ExtractedClaim[];
  truePositives: number;
  required: number;
  predicted: number;
  dateRight: number;
  scopeRight: number;
  perSideRight: number;
}

/** scoreClaims matches found claims to gold ones by metric and value, one to one. */
export function scoreClaims(found: ExtractedClaim[], gold: GoldClaim[]): Score {
  const left = [...found];
  const pairs: Pair[] = gold.map((g) => {
    const i = left.findIndex((c) => c.metric === g.metric && c.value === g.value);
    return { gold: g, found: i >= 0 ? left.splice(i, 1)[0] : undefined };
  });
  const hits = pairs.filter((p) => p.found && !p.gold.optional);
  return {
    pairs,
    extras: left,
    truePositives: hits.length,
    required: gold.filter((g) => !g.optional).length,
    predicted: found.length - pairs.filter((p) => p.found && p.gold.optional).length,
    dateRight: hits.filter((p) => dateRight(p)).length,
    scopeRight: hits.filter((p) => p.found!.scope === p.gold.scope).length,
    perSideRight: hits.filter((p) => !!p.found!.perSide === !!p.gold.perSide).length,
  };
}

/** dateRight says whether a pair's day (and period end, when gold gives one) agree. */
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

/** summarize adds scores up and prints one line, so test output shows how the extractor does. */
export function summarize(label: string, scores: Score[]): { precision: number; recall: number; f1: number; date: number; scope: number } {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.truePositives);
  const precision = tp / Math.max(1, sum((s) => s.predicted));
  const recall = tp / Math.max(1, sum((s) => s.required));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const date = sum((s) => s.dateRight) / Math.max(1, tp);
  const scope = sum((s) => s.scopeRight) / Math.max(1, tp);
  const perSide = sum((s) => s.perSideRight) / Math.max(1, tp);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${label}: precision ${pct(precision)}, recall ${pct(recall)}, F1 ${pct(f1)}; of ${tp} found: date ${pct(date)}, scope ${pct(scope)}, perSide ${pct(perSide)}`);
  return { precision, recall, f1, date, scope };
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
