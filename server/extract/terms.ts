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
  const hits: TermHit[] = [];
  for (const metric of metrics) {
    const own: TermHit[] = [];
    for (const term of metric.terms) {
      const stems = stemPhrase(term);
      if (!stems.length) continue;
      for (let i = 0; i < tokens.length; i++) {
        const words = tokens[i].norm === stems[0] ? matchRest(tokens, i, stems, inNumber) : undefined;
        if (words && !isIdiom(tokens, i, words.at(-1)!)) own.push({ metric: metric.key, stems, first: i, last: words.at(-1)!, words });
      }
    }
    // A term whose words all belong to a longer hit of the same metric adds nothing ("shot drones" in "shot down drones").
    hits.push(...own.filter((h) => !own.some((o) => o.words.length > h.words.length && h.words.every((i) => o.words.includes(i)))));
  }
  return hits;
}

/** metricsSpeakingOf lists the metrics with a term among the given words' stems ("exchange", "swap"). */
export function metricsSpeakingOf(metrics: MetricDef[], words: string[]): Set<string> {
  const wanted = new Set(words.flatMap(stemPhrase));
  return new Set(metrics.filter((m) => m.terms.some((t) => stemPhrase(t).some((s) => wanted.has(s)))).map((m) => m.key));
}

function matchRest(tokens: Token[], i: number, stems: string[], inNumber: (i: number) => boolean): number[] | undefined {
  const words = [i];
  let at = i;
  for (const want of stems.slice(1)) {
    let free = 0;
    let j = at + 1;
    for (; j < tokens.length && j - at <= MAX_GAP; j++) {
      const t = tokens[j];
      if (t.norm === want) break;
      if (inNumber(j) || AUX.has(t.norm)) continue;
      // "two of the missiles"; "277 drones and two missiles".
      if (t.norm === 'of' && inNumber(j - 1)) continue;
      if ((t.norm === 'and' || t.norm === 'or') && inNumber(j + 1)) continue;
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
