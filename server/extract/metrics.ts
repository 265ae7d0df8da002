/** Metric choice: which tracked metric a number counts, from the metric terms nearest to it. */
import { BOUNDARY_WORDS } from './clauses.ts';
import { AUX, STOP, isPeopleWord } from './lexicon.ts';
import type { TermHit } from './terms.ts';
import type { Token } from './tokens.ts';

/** MetricChoice is the metric a number counts, the term that says so and how far that term sits. */
export interface MetricChoice {
  metric: string;
  hit: TermHit;
  distance: number;
  /** Tokens of the noun phrase after the number ("307 [POWs]", "15 [people] were injured"). */
  nounPhrase: number[];
  countsPeople: boolean;
  /** The term names the counted noun itself ("307 [POWs]", "shot six [missiles]"), not just a verb nearby. */
  ownNoun: boolean;
}

/** NumberAt is where a number sits among the tokens and whether its clause counts it for each side. */
export interface NumberAt {
  first: number;
  last: number;
  reciprocal: boolean;
}

const MAX_DISTANCE = 6;
const LEADING = new Set(['more', 'other', 'additional', 'further', 'another']);
// Words after a count that end its noun phrase without being its verb ("250 drones overnight", "14 missiles starting on").
const PHRASE_END = /^(?:overnight|today|yesterday|tonight|tomorrow|earlier|later|again|ago|now|then|so|apiece|altogether|overall|daily|\p{L}+ing|\p{L}+ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const AUXILIARY = /^(?:were|was|are|is|have|has|had|will|would)$/i;
const ON_THE_WAY = /^(?:be|been|being|to|not|still|also|later|expected|set|due|likely|believed|feared|thought|said|reported|going)$/i;
const IRREGULAR = /^(?:lost|shot|hit|held|kept|left|found|seen|taken|made|known|built|sent|caught|put|spent|sold|stolen|hidden)$/i;

/** chooseMetric picks the metric the number counts, or undefined when it counts nothing tracked: a noun
 * phrase no term names ("six western provinces"), or a tracked noun doing something untracked ("19 drones
 * were lost to jamming", "94 hostages remain"). `reciprocal` metrics win a tie a people word cannot break
 * ("each released 390 prisoners" is an exchange, not a one-way release). */
export function chooseMetric(tokens: Token[], at: NumberAt, hits: TermHit[], reciprocalMetrics: Set<string>): MetricChoice | undefined {
  const nounPhrase = nounPhraseAfter(tokens, at.last);
  const inPhrase = (h: TermHit) => h.words.some((i) => nounPhrase.includes(i));
  const distanceOf = (h: TermHit) => (inPhrase(h) ? 0 : h.first <= at.first && h.last >= at.last ? 0.5 : gap(tokens, h, at, nounPhrase));
  // On a tie the term around the number wins: "intercepted [20] rockets fired from Gaza" were intercepted.
  const around = (h: TermHit) => (h.first < at.first && h.last > at.last ? 1 : 0);
  const scored = hits
    .map((hit) => ({ hit, distance: distanceOf(hit) }))
    .filter((c) => c.distance <= MAX_DISTANCE)
    .sort((a, b) => a.distance - b.distance || b.hit.stems.length - a.hit.stems.length || around(b.hit) - around(a.hit));
  if (!scored.length) return undefined;
  const countsPeople = nounPhrase.some((i) => isPeopleWord(tokens[i].text, tokens[i].norm));
  if (nounPhrase.length && !countsPeople && !scored.some((c) => c.distance < 1)) return undefined;
  let best = scored[0];
  for (const other of scored.slice(1)) {
    if (other.distance !== best.distance || other.hit.metric === best.hit.metric || !overlaps(best.hit, other.hit)) continue;
    // "prisoners released" vs "released": the people word does not decide; a release on each side is an exchange.
    const extra = best.hit.stems.filter((s) => !other.hit.stems.includes(s));
    if (at.reciprocal && extra.every((s) => isPeopleWord('', s)) && reciprocalMetrics.has(other.hit.metric)) best = other;
  }
  if (inPhrase(best.hit) && doesSomethingElse(tokens, nounPhrase, best.hit, hits)) return undefined;
  return { metric: best.hit.metric, hit: best.hit, distance: best.distance, nounPhrase, countsPeople, ownNoun: inPhrase(best.hit) };
}

function nounPhraseAfter(tokens: Token[], last: number): number[] {
  let i = last + 1;
  while (i < tokens.length && LEADING.has(tokens[i].text.toLowerCase())) i++;
  // "307 of their service personnel" and "30 of 40 drones" count the personnel and the drones; "120 of them"
  // is a subset, handled upstream.
  if (tokens[i]?.norm === 'of' && (/^(?:the|their|its|his|her|our|these|those)$/i.test(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.kind === 'num')) i += 2;
  const out: number[] = [];
  for (; i < tokens.length && out.length < 3; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || STOP.has(t.norm) || BOUNDARY_WORDS.has(t.text.toLowerCase()) || PHRASE_END.test(t.text)) break;
    out.push(i);
  }
  return out;
}

function doesSomethingElse(tokens: Token[], nounPhrase: number[], hit: TermHit, hits: TermHit[]): boolean {
  const inAnyHit = (i: number) => hits.some((h) => h.words.includes(i));
  // "94 hostages remain": a word after the counted noun is its verb.
  if (nounPhrase.some((i) => i > hit.last && !inAnyHit(i) && !isPeopleWord(tokens[i].text, tokens[i].norm))) return true;
  let i = (nounPhrase.at(-1) ?? hit.last) + 1;
  if (/^(?:who|that|which)$/i.test(tokens[i]?.text ?? '')) i++;
  if (!AUXILIARY.test(tokens[i]?.text ?? '')) return false;
  while (i < tokens.length && (AUXILIARY.test(tokens[i].text) || ON_THE_WAY.test(tokens[i].text))) i++;
  const verb = tokens[i];
  // "19 drones were lost": a participle no term names says what happened to them.
  return !!verb && verb.kind === 'word' && !inAnyHit(i) && (/\p{Ll}ed$/u.test(verb.text) || IRREGULAR.test(verb.text));
}

function gap(tokens: Token[], hit: TermHit, at: NumberAt, nounPhrase: number[]): number {
  let [from, to] = hit.last < at.first ? [hit.last + 1, at.first] : [(nounPhrase.at(-1) ?? at.last) + 1, hit.first];
  if (to < from) return Infinity;
  // "27 people who were missing": the relative clause is the noun's own predicate.
  if (hit.first > at.last && /^(?:who|that)$/i.test(tokens[from]?.text ?? '')) from++;
  // "Killed: 5" in a list of figures.
  if (to === from + 1 && tokens[from].text === ':' && hit.last < at.first) return 0;
  let distance = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (/^[;:()–—]$/.test(t.text) || BOUNDARY_WORDS.has(t.text.toLowerCase())) return Infinity;
    if (t.text === ',') {
      if (tokens[i + 1]?.norm === 'and') return Infinity;
      distance += 3;
    } else if (t.kind === 'word' && !AUX.has(t.norm) && t.norm !== 'each') distance++;
  }
  return distance;
}

function overlaps(a: TermHit, b: TermHit): boolean {
  return a.words.some((i) => b.words.includes(i));
}
