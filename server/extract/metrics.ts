/** Metric choice: which tracked metric a number counts, from the metric terms nearest to it. */
import { BOUNDARY_WORDS } from './clauses.ts';
import { AUX, STOP, isPeopleWord } from './lexicon.ts';
import { SKIP_BEFORE, countsSomethingElse } from './vetoes.ts';
import { isCount } from './numbers.ts';
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
  /** The number's clause leaves its verb out and borrows the one before ("and Israel 60 prisoners"). */
  gapped?: boolean;
}

/** NumberAt is where a number sits among the tokens and whether its clause counts it for each side. */
export interface NumberAt {
  first: number;
  last: number;
  reciprocal: boolean;
}

const MAX_DISTANCE = 6;
const MAIN_AUX = /^(?:are|were|is|was|have|has|had)$/i;
const ASIDE = /^(?:including|among|mostly|mainly|many|most|some|all|both|half)$/i;
// A verb that makes the number the value of the noun before it: "toll ... rose to", "number ... stands at".
const LINKING = /\b(?:(?:has|have|had)\s+)?(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|grown|grew|reached|reaches|hit|hits|stood|stands|passed|passes|topped|tops|exceeded|surpassed)(?:\s+(?:to|at|past|above))?$|\b(?:is|was|are|were)(?:\s+(?:now|at))?$/i;
const LEADING = new Set(['more', 'other', 'additional', 'further', 'another']);
// Words after a count that end its noun phrase without being its verb ("250 drones overnight", "14 missiles starting on").
const PHRASE_END = /^(?:overnight|today|yesterday|tonight|tomorrow|earlier|later|last|this|next|early|late|still|now|also|reportedly|allegedly|remain|remains|remained|again|ago|now|then|so|apiece|altogether|overall|daily|\p{L}+ing|\p{L}+ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** chooseMetric picks the metric the number counts, or undefined when it counts nothing tracked: a noun
 * phrase no term names ("six western provinces"), or a tracked noun doing something untracked ("19 drones
 * were lost to jamming", "94 hostages remain"). `reciprocal` metrics win a tie a people word cannot break
 * ("each released 390 prisoners" is an exchange, not a one-way release). */
export function chooseMetric(tokens: Token[], at: NumberAt, hits: TermHit[], reciprocalMetrics: Set<string>): MetricChoice | undefined {
  const nounPhrase = nounPhraseAfter(tokens, at.last, hits);
  // On a tie the term around the number wins: "intercepted [20] rockets fired from Gaza" were intercepted.
  const scored = hits
    .map((hit) => ({ hit, distance: distanceOf(hit, tokens, at, nounPhrase) }))
    .filter((c) => c.distance <= MAX_DISTANCE)
    // A term naming the number's own noun beats one that starts after it ("free 33 hostages in exchange for
    // 1,900 prisoners": the 33 are hostages, whatever longer term follows the noun).
    .sort((a, b) => a.distance - b.distance || Number(inPhrase(b.hit, nounPhrase)) - Number(inPhrase(a.hit, nounPhrase)) || b.hit.stems.length - a.hit.stems.length || around(b.hit, at) - around(a.hit, at));
  if (!scored.length) return gapped(tokens, at, hits, nounPhrase);
  // "Hamas is to free 33 hostages and Israel about 1,900 prisoners": a clause that leaves out its verb, even with
  // the term of the count before it near.
  if (!scored.some((c) => inPhrase(c.hit, nounPhrase))) {
    const left = gapped(tokens, at, hits, nounPhrase);
    if (left) return left;
  }
  // "12 Rohingya", "30 Yazidis": a capitalised head is a people's name more often than a thing's.
  const countsPeople = nounPhrase.some((i) => isPeopleWord(tokens[i].text, tokens[i].norm)) || (nounPhrase.length > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[nounPhrase.at(-1)!].text) && !scored.some((c) => inPhrase(c.hit, nounPhrase)));
  // "downed 337 drones over 10 regions": a number with a noun of its own that no term names counts that noun.
  if (nounPhrase.length && !countsPeople && !scored.some((c) => inPhrase(c.hit, nounPhrase))) return undefined;
  let best = scored[0];
  for (const other of scored.slice(1)) {
    if (other.distance !== best.distance || other.hit.metric === best.hit.metric || !overlaps(best.hit, other.hit)) continue;
    // "prisoners released" vs "released": the people word does not decide; a release on each side is an exchange.
    const extra = best.hit.stems.filter((s) => !other.hit.stems.includes(s));
    if (at.reciprocal && extra.every((s) => isPeopleWord('', s)) && reciprocalMetrics.has(other.hit.metric)) best = other;
  }
  // "handed over 31 wounded soldiers": a term that only qualifies the counted noun says what state they are in; the
  // verb right before the number says what happened to them.
  if (isModifier(best.hit, nounPhrase, tokens)) best = scored.find((c) => c.hit.last < at.first && c.distance <= 1 && c.hit.metric !== best.hit.metric) ?? best;
  if (countsSomethingElse(tokens, at, nounPhrase, best.hit, hits)) return undefined;
  return { metric: best.hit.metric, hit: best.hit, distance: best.distance, nounPhrase, countsPeople, ownNoun: inPhrase(best.hit, nounPhrase) };
}

/** isModifier says whether a term is a participle before the head of the number's noun phrase ("31 [wounded]
 * Ukrainian soldiers"), not the counted noun itself. */
export function isModifier(h: TermHit, nounPhrase: number[], tokens: Token[]): boolean {
  return h.words.length === 1 && nounPhrase.includes(h.first) && h.last < nounPhrase.at(-1)! && /\p{Ll}ed$/u.test(tokens[h.first].text);
}

// Module-level rather than closures: chooseMetric runs for every number.
function inPhrase(h: TermHit, nounPhrase: number[]): boolean {
  return h.words.some((i) => nounPhrase.includes(i));
}

function distanceOf(h: TermHit, tokens: Token[], at: NumberAt, nounPhrase: number[]): number {
  return inPhrase(h, nounPhrase) ? 0 : h.first <= at.first && h.last >= at.last ? 0.5 : gap(tokens, h, at, nounPhrase);
}

function around(h: TermHit, at: NumberAt): number {
  return h.first < at.first && h.last > at.last ? 1 : 0;
}

// "Hamas is to free 20 hostages, and Israel 60 prisoners": the second clause leaves out the verb of the first.
const CAPTIVE_NOUN = /^(?:prisoners|detainees|inmates|hostages|captives)$/i;
const GAPPED_LEAD = /^(?:and|while|with)$/i;
const BOUND_WORD = /^(?:about|some|nearly|almost|around|another|over|up|to|more|than|at|least)$/i;

function gapped(tokens: Token[], at: NumberAt, hits: TermHit[], nounPhrase: number[]): MetricChoice | undefined {
  // Most numbers without a term nearby count no captives: a plain loop, no closures, before anything else.
  let noun: string | undefined;
  for (const i of nounPhrase) if (CAPTIVE_NOUN.test(tokens[i].text)) noun = tokens[i].text;
  // Only "..., and Israel 60 prisoners": a conjunction, then at most a name, then the number.
  const lead = tokens.slice(Math.max(0, at.first - 4), at.first).map((t) => t.text);
  const and = lead.findLastIndex((w) => GAPPED_LEAD.test(w));
  // "and Israel about 1,900 prisoners": a bound may come between the name and the number.
  if (!noun || and < 0 || lead.length - and > 4 || lead.slice(and + 1).some((w) => !/^\p{Lu}/u.test(w) && !BOUND_WORD.test(w))) return undefined;
  const verb = hits.filter((h) => h.last < at.first && /_released$|_exchanged$/.test(h.metric)).at(-1);
  if (!verb) return undefined;
  const metric = /^(?:hostages|captives)$/i.test(noun) ? 'hostages_released' : 'prisoners_released';
  return { metric, hit: verb, distance: MAX_DISTANCE, nounPhrase, countsPeople: true, ownNoun: true, gapped: true };
}

function nounPhraseAfter(tokens: Token[], last: number, hits?: TermHit[]): number[] {
  let i = last + 1;
  while (i < tokens.length && LEADING.has(tokens[i].text.toLowerCase())) i++;
  // "307 of their service personnel" and "30 of 40 drones" count the personnel and the drones; "120 of them"
  // is a subset, handled upstream.
  if (tokens[i]?.norm === 'of' && (/^(?:the|their|its|his|her|our|these|those)$/i.test(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.kind === 'num')) {
    i += 2;
    // "50 of the roughly 240 hostages", "90 of its 200 residents": the whole's number is no part of the noun.
    while (i < tokens.length && (tokens[i].kind === 'num' || (SKIP_BEFORE.test(tokens[i].text) && tokens[i + 1]?.kind === 'num'))) i++;
    while (i < tokens.length && tokens[i].kind === 'punct' && tokens[i].text === ',') i++;
  }
  // "bring to 19 the number of Israeli hostages freed": the counted noun follows "the number of".
  if (tokens[i]?.norm === 'the' && NUMBER_OF.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.norm === 'of') i += 3;
  const out: number[] = [];
  for (; i < tokens.length && out.length < 4; i++) {
    const t = tokens[i];
    // "50 Shahed-136 drones": a model's number is part of its name.
    if (t.text === '-' && out.length && tokens[i + 1]?.kind === 'num' && tokens[i + 2]?.kind === 'word') {
      i++;
      continue;
    }
    // "47 others remain missing": "others" is the counted noun, not a determiner.
    // "31 ballistic and cruise missiles": two modifiers joined by "and" before the noun.
    if ((t.norm === 'and' || t.norm === 'or') && out.length && /^\p{Ll}+[^s]$/u.test(tokens[out.at(-1)!].text) && !isPeopleWord(tokens[out.at(-1)!].text, tokens[out.at(-1)!].norm) && tokens[i + 1]?.kind === 'word' && !isCount(tokens[i + 1]) && !/(?:ed|en)$/.test(tokens[i + 1].text) && tokens[i + 2]?.kind === 'word' && !STOP.has(tokens[i + 2].norm)) continue;
    if (t.kind !== 'word' || (STOP.has(t.norm) && !/^others$/i.test(t.text)) || BOUNDARY_WORDS.has(t.text.toLowerCase()) || PHRASE_END.test(t.text)) break;
    // "303 Ukrainian defenders returned home": a term's verb after the people counted ends their phrase.
    if (out.length && hits?.some((h) => h.first === i) && /\p{Ll}ed$/u.test(t.text) && isPeopleWord(tokens[out.at(-1)!].text, tokens[out.at(-1)!].norm)) break;
    out.push(i);
  }
  return out;
}







function gap(tokens: Token[], hit: TermHit, at: NumberAt, nounPhrase: number[]): number {
  let [from, to] = hit.last < at.first ? [hit.last + 1, at.first] : [(nounPhrase.at(-1) ?? at.last) + 1, hit.first];
  if (to < from) return Infinity;
  // "27 people who were missing": the relative clause is the noun's own predicate.
  if (hit.first > at.last && /^(?:who|that)$/i.test(tokens[from]?.text ?? '')) {
    // "Six workers who fell into the river when a ship struck the bridge are presumed dead": the main verb
    // comes back after the relative clause.
    const main = tokens.slice(Math.max(from + 2, hit.first - 3), hit.first);
    if (hit.first - from > 4 && hit.first - from < 40 && main.some((t) => MAIN_AUX.test(t.text)) && !tokens.slice(from, hit.first).some((t) => /^[;:]$/.test(t.text))) return 2;
    from++;
  }
  // "50 workers travelling in minibuses to a hotel were unaccounted for": a participle phrase after the noun, then
  // the main verb.
  if (hit.first > at.last && /\p{Ll}ing$/u.test(tokens[from]?.text ?? '') && hit.first - from > 2 && hit.first - from < 16) {
    const between = tokens.slice(from, hit.first);
    if (MAIN_AUX.test(tokens[hit.first - 1]?.text ?? '') && !between.some((t) => /^[;:,()]$/.test(t.text) || BOUNDARY_WORDS.has(t.text.toLowerCase()))) return 2;
  }
  // "367 passengers and 12 crew were evacuated": counts joined by "and" before one verb share it.
  if (hit.first > at.last) from = pastCoordinatedCount(tokens, from, to);
  // "The number of people killed when a training jet crashed into a school in Dhaka rose to 31": "the number of" ties
  // the term to the number its verb gives, over any clause about how they died.
  if (hit.last < at.first && to - from < 40 && countedNoun(tokens, hit) && LINKING.test(tokens.slice(Math.max(from, to - 3), to).map((t) => t.text).join(' ')) && !tokens.slice(from, to).some((t) => /^[;:]$/.test(t.text))) return 1;
  // "Killed: 5" in a list of figures.
  if (to === from + 1 && tokens[from].text === ':' && hit.last < at.first) return 0;
  let distance = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // "listed 22 people as missing": "as" right before the term says what they are.
    if (t.norm === 'as' && i + 1 === to && hit.first === to) continue;
    if (/^[;:()–—]$/.test(t.text) || BOUNDARY_WORDS.has(t.text.toLowerCase())) return Infinity;
    if (t.text === ',') {
      if (tokens[i + 1]?.norm === 'and') return Infinity;
      // "the toll in Lower Austria, which surrounds Vienna, rose to five": a relative clause set off by commas.
      if (hit.last < at.first && /^(?:which|who)$/i.test(tokens[i + 1]?.text ?? '')) {
        const close = tokens.findIndex((x, j) => j > i + 1 && j < Math.min(to, i + 14) && x.text === ',');
        if (close > 0 && !tokens.slice(i + 2, close).some((x) => x.kind === 'punct')) { i = close; distance += 1; continue; }
      }
      // "16 people, including seven children, were injured": an aside between noun and verb costs nothing.
      // "413 Palestinians, 78 of them children, have been killed": a share set off by commas is an aside too.
      const share = !!tokens[i + 1] && isCount(tokens[i + 1]) && tokens[i + 2]?.norm === 'of' && /^(?:them|whom)$/i.test(tokens[i + 3]?.text ?? '');
      const close = ASIDE.test(tokens[i + 1]?.text ?? '') || share ? tokens.findIndex((x, j) => j > i + 1 && j < Math.min(to, i + 10) && x.text === ',') : -1;
      // "..., all of them Indian nationals, and none were injured": an aside that closes into "and" ends the clause.
      if (close > 0 && tokens[close + 1]?.norm === 'and') return Infinity;
      if (close > 0) { i = close; continue; }
      distance += 3;
    } else if (t.kind === 'word' && !AUX.has(t.norm) && t.norm !== 'each') {
      // "confirmed dead and 47 others remain missing": a term across "and" belongs to the clause before.
      distance += t.norm === 'and' && hit.last < at.first ? 2 : 1;
    }
  }
  // "The death toll from today's strikes across Ukraine has risen to 36": the verb ties the noun to the number
  // however long the noun's own phrase.
  // "The number of people killed in Israel since Iran began firing missiles has risen to 13": the noun after
  // "number of" is what is counted; a term further into its phrase only qualifies it.
  if (hit.last < at.first && distance > 1 && LINKING.test(tokens.slice(Math.max(from, to - 3), to).map((t) => t.text).join(' '))) return countedNoun(tokens, hit) || !numberOfBefore(tokens, hit.first) ? 1 : 1.5;
  return distance;
}

// A count joined to the one before by "and": it and its own noun are part of the subject, not words between.
function pastCoordinatedCount(tokens: Token[], from: number, to: number): number {
  const i = countAfterAnd(tokens, from, to);
  if (i < 0) return from;
  const phrase = nounPhraseAfter(tokens, i);
  // Only a count of people ("12 crew", "five civilians"); "and 40 homes" counts something of its own.
  if (!phrase.some((j) => isPeopleWord(tokens[j].text, tokens[j].norm))) return from;
  return Math.min(to, phrase.at(-1)! + 1);
}

/** countAfterAnd returns where the count starts that "and" at `and` joins on ("and [about] 12 crew"), or -1. */
export function countAfterAnd(tokens: Token[], and: number, limit = tokens.length): number {
  if (tokens[and]?.norm !== 'and') return -1;
  let i = and + 1;
  while (i < limit && SKIP_BEFORE.test(tokens[i].text)) i++;
  return i < limit && isCount(tokens[i]) ? i : -1;
}

const NUMBER_OF = /^(?:number|numbers|count|total|tally)$/i;

// "the number of people killed": the term heads the phrase after "number of".
function countedNoun(tokens: Token[], hit: TermHit): boolean {
  let i = hit.first - 1;
  if (tokens[i] && isPeopleWord(tokens[i].text, tokens[i].norm)) i--;
  return tokens[i]?.norm === 'of' && NUMBER_OF.test(tokens[i - 1]?.text ?? '');
}

// Whether a "number of ..." opens the stretch before the term, within its clause.
function numberOfBefore(tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 14); i--) {
    if (/^[;:,()–—]$/.test(tokens[i].text)) return false;
    if (tokens[i].norm === 'of' && NUMBER_OF.test(tokens[i - 1]?.text ?? '')) return true;
  }
  return false;
}

function overlaps(a: TermHit, b: TermHit): boolean {
  return a.words.some((i) => b.words.includes(i));
}
