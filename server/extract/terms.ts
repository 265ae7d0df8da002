/** Term matching: where a metric's terms occur among a sentence's tokens, the number allowed inside. */
import type { MetricDef } from '../../shared/types.ts';
import { AUX, STOP } from './lexicon.ts';
import { stemPhrase, type Token } from './tokens.ts';

/** TermHit is one occurrence of a metric term among a sentence's tokens (first..last, inclusive). */
export interface TermHit {
  metric: string;
  stems: string[];
  first: number;
  last: number;
  /** The tokens that are the term's own words (not the number or modifiers inside it). */
  words: number[];
}

const MAX_GAP = 8;

/** findTermHits finds every metric term in the tokens. A term may enclose the number, a couple of modifiers
 * and auxiliaries ("shot [six] missiles", "took down [100] drones", "drones [were] shot down"), and a
 * coordinated number ("shot down [277 drones and two of the] missiles"). */
export function findTermHits(tokens: Token[], metrics: MetricDef[], inNumber: (i: number) => boolean): TermHit[] {
  const index = termIndex(metrics);
  const byMetric = new Map<string, TermHit[]>();
  for (let i = 0; i < tokens.length; i++) {
    for (const { metric, stems } of index.get(tokens[i].norm) ?? []) {
      const words = matchRest(tokens, i, stems, inNumber);
      if (!words || isIdiom(tokens, i, words.at(-1)!) || words.every((w) => tokens[w].pronoun)) continue;
      const own = byMetric.get(metric) ?? [];
      own.push({ metric, stems, first: i, last: words.at(-1)!, words });
      byMetric.set(metric, own);
    }
  }
  const hits: TermHit[] = [];
  // Metrics in definition order, so ties between metrics break the same way on every run.
  for (const metric of metrics) {
    const own = byMetric.get(metric.key) ?? [];
    // A term whose words all belong to a longer hit of the same metric adds nothing ("shot drones" in "shot down drones").
    hits.push(...own.filter((h) => !own.some((o) => o.words.length > h.words.length && h.words.every((i) => o.words.includes(i)))));
  }
  return hits;
}

const INDEXES = new WeakMap<MetricDef[], Map<string, Array<{ metric: string; stems: string[] }>>>();

/** termIndex stems every term once per metric set and files it under its first word. */
function termIndex(metrics: MetricDef[]): Map<string, Array<{ metric: string; stems: string[] }>> {
  let index = INDEXES.get(metrics);
  if (index) return index;
  index = new Map();
  for (const metric of metrics) {
    const seen = new Set<string>();
    for (const term of metric.terms) {
      const stems = stemPhrase(term);
      if (!stems.length || seen.has(stems.join(' '))) continue;
      seen.add(stems.join(' '));
      index.set(stems[0], [...(index.get(stems[0]) ?? []), { metric: metric.key, stems }]);
    }
  }
  INDEXES.set(metrics, index);
  return index;
}

/** metricsSpeakingOf lists the metrics with a term among the given words' stems ("exchange", "swap"). */
export function metricsSpeakingOf(metrics: MetricDef[], words: string[]): Set<string> {
  const key = words.join(' ');
  const cached = SPEAKING.get(metrics)?.get(key);
  if (cached) return cached;
  const out = speakingOf(metrics, words);
  SPEAKING.set(metrics, (SPEAKING.get(metrics) ?? new Map()).set(key, out));
  return out;
}

const SPEAKING = new WeakMap<MetricDef[], Map<string, Set<string>>>();

function speakingOf(metrics: MetricDef[], words: string[]): Set<string> {
  const wanted = new Set(words.flatMap(stemPhrase));
  return new Set(metrics.filter((m) => m.terms.some((t) => stemPhrase(t).some((s) => wanted.has(s)))).map((m) => m.key));
}

function matchRest(tokens: Token[], i: number, stems: string[], inNumber: (i: number) => boolean): number[] | undefined {
  const words = [i];
  let at = i;
  for (const want of stems.slice(1)) {
    let free = 0;
    let skipped = 0;
    let j = at + 1;
    // Words of a number ("more than 70", "at least three") do not count towards the gap.
    for (; j < tokens.length && skipped < MAX_GAP; j++) {
      const t = tokens[j];
      if (t.norm === want) break;
      if (inNumber(j)) continue;
      skipped++;
      if (AUX.has(t.norm)) continue;
      // "two of the missiles"; "277 drones and two missiles".
      if (t.norm === 'of' && inNumber(j - 1)) continue;
      if ((t.norm === 'and' || t.norm === 'or') && inNumber(j + 1)) continue;
      // "shot down or jammed 563 drones": an alternative verb joined by "or".
      if (t.norm === 'or' && tokens[j + 1]?.kind === 'word' && !STOP.has(tokens[j + 1].norm)) continue;
      // "33 hostages are to be released", "are expected to be freed".
      if (t.norm === 'to' && tokens[j + 1]?.norm === 'be') continue;
      if (t.kind !== 'word' || STOP.has(t.norm) || ++free > 2) return undefined;
    }
    if (j >= tokens.length || tokens[j].norm !== want) return undefined;
    words.push(j);
    at = j;
  }
  return words;
}

function isIdiom(tokens: Token[], first: number, last: number): boolean {
  // "in exchange for 1,900 prisoners" means "in return for", not a prisoner exchange.
  return first === last && tokens[first - 1]?.norm === 'in' && tokens[last + 1]?.norm === 'for';
}
