/** The annotated corpus: the seed page and its gold, Tally's own texts and the quantity-mention sentences. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_METRICS } from '../../../shared/metrics.ts';
import type { MetricDef } from '../../../shared/types.ts';
import type { GoldClaim } from './score.ts';
import type { QuantityCase } from './quantity-score.ts';

/** AnnotatedText is one news item with the claims a desk would chart and the figures that must not be claims. */
export interface AnnotatedText {
  name: string;
  text: string;
  publishedAt: string;
  claims: GoldClaim[];
  noise: string[];
  /** Misses and extras the tests accept for now ("missed killed 12"), each a known weakness. */
  known: string[];
  /** What the text's event tracks: the default metrics plus the gold's `extraMetrics`, as a desk would define them. */
  metrics: MetricDef[];
}

/** QuantitySet is one file of annotated sentences for `--all`. */
export interface QuantitySet {
  name: string;
  cases: QuantityCase[];
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** CORPUS holds where each part of the corpus lives, relative to the project root. */
export const CORPUS = {
  seed: path.join(ROOT, 'server/demo/seed/pow-swap-day2.txt'),
  seedGold: path.join(ROOT, 'tests/fixtures/pow-swap-day2.gold.json'),
  texts: path.join(ROOT, 'tests/fixtures/texts'),
  quantities: path.join(ROOT, 'tests/fixtures/quantities'),
};

interface SeedGold {
  published: string;
  reports: Array<{ outlet: string; lines: [number, number]; claims: GoldClaim[]; noise: string[] }>;
}

/** loadSeed cuts the seed page into its four reports, each with its gold. */
export function loadSeed(): AnnotatedText[] {
  const lines = readFileSync(CORPUS.seed, 'utf8').split('\n');
  const gold = JSON.parse(readFileSync(CORPUS.seedGold, 'utf8')) as SeedGold;
  return gold.reports.map((r) => ({
    name: r.outlet,
    text: lines.slice(r.lines[0] - 1, r.lines[1]).join('\n'),
    publishedAt: `${gold.published}T12:00:00Z`,
    claims: r.claims,
    noise: r.noise,
    known: [],
    metrics: DEFAULT_METRICS,
  }));
}

/** heldOutDirs lists the held-out batches (`texts/held-out`, `texts/held-out-2`, ...) in the order they were written. */
export function heldOutDirs(): string[] {
  const number = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 1);
  return readdirSync(CORPUS.texts)
    .filter((name) => /^held-out(-\d+)?$/.test(name))
    .sort((a, b) => number(a) - number(b))
    .map((name) => path.join(CORPUS.texts, name));
}

/** loadTexts reads every NAME.txt of a folder with its NAME.gold.json. */
export function loadTexts(dir: string): AnnotatedText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const gold = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8'));
    return {
      name: file.replace(/\.txt$/, ''),
      text: readFileSync(path.join(dir, file), 'utf8'),
      publishedAt: gold.publishedAt,
      claims: gold.claims,
      noise: gold.noise ?? [],
      known: gold.known ?? [],
      metrics: gold.extraMetrics?.length ? [...DEFAULT_METRICS, ...gold.extraMetrics] : DEFAULT_METRICS,
    };
  });
}

/** loadQuantities reads every annotated sentence file of the quantities folder. */
export function loadQuantities(dir = CORPUS.quantities): QuantitySet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.first-score.json')).sort().map((file) => ({
    name: file.replace(/\.json$/, ''),
    cases: (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { cases: QuantityCase[] }).cases,
  }));
}

/** readJson reads a JSON file, or returns undefined when it is missing. */
export function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}
