/** extractClaims: from a feed item's text to the numeric claims a desk would chart. */
import type { ExtractedClaim, MetricDef } from '../../shared/types.ts';
import { attributionLead, findActor, findAnnouncer, findAttribution, saysAgain } from './attribution.ts';
import { isCaption, isFurniture } from './boilerplate.ts';
import { clauseWindow } from './clauses.ts';
import { findDates, publishedDay } from './dates.ts';
import { claimDay, enterSentence, leaveSentence, readSentenceDays, startDayContext, type DayContext, type SentenceDays } from './day-context.ts';
import { readDocument, type DocumentCues } from './document.ts';
import { isHistorical } from './history.ts';
import { mergeClaims, type Mention } from './merge.ts';
import { chooseMetric, type MetricChoice } from './metrics.ts';
import { partKind, resolveThem, type PartKind } from './parts.ts';
import { findPlace, lastPlace, type PlaceCache } from './places.ts';
import { classifyQuantities, type Quantity } from './quantities.ts';
import { quoteSpeakers } from './quotes.ts';
import { releaseMetric } from './release.ts';
import { isPerSide, scopeOf, type ScopeInput } from './scope.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { findTermHits, metricsSpeakingOf, type TermHit } from './terms.ts';
import { tokenize, type Token } from './tokens.ts';

/** ExtractOptions says when the item was published (ISO datetime) and which metrics the event tracks. */
export interface ExtractOptions {
  publishedAt: string;
  metrics: MetricDef[];
}

/** Item is what every sentence of one text shares. */
interface Item {
  metrics: MetricDef[];
  doc: DocumentCues;
  reciprocal: Set<string>;
  speakers: Map<number, string>;
  sentences: Sentence[];
  places: PlaceCache;
  /** The last source each paragraph named for a figure. */
  sources: Map<number, string>;
}

interface Parsed {
  sentence: Sentence;
  index: number;
  tokens: Token[];
  counts: Quantity[];
  hits: TermHit[];
}

interface Found extends Mention {
  choice: MetricChoice;
  part?: PartKind;
}

const TOTAL_OF_PREVIOUS = /\b(?:bringing|brings|brought|taking|takes|raising|raises|pushing|pushes)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?(?:total|tally|number|count|figure)(?:\s+\w+){0,3}\s+to\s+$/i;
const TIMESTAMP = /^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\b)?/;
// Metrics whose counts grow day by day after a disaster: reported later without a day, they are running totals.
const ACCUMULATING = new Set(['killed', 'injured', 'evacuated', 'displaced', 'arrested']);

/** extractClaims finds each numeric claim of a text once, dated against its publication. */
export function extractClaims(text: string, options: ExtractOptions): ExtractedClaim[] {
  const pubDay = publishedDay(options.publishedAt);
  const sentences = splitSentences(text);
  const dates = findDates(text, pubDay);
  const counts = classifyQuantities(text, options.publishedAt, dates).filter((q) => q.kind === 'count');
  const doc = readDocument(text, dates, pubDay);
  const item: Item = { metrics: options.metrics, doc, reciprocal: metricsSpeakingOf(options.metrics, ['exchange', 'swap']), speakers: quoteSpeakers(text, sentences), sentences, places: new Map(), sources: new Map() };
  const captions = new Set(sentences.filter((s) => isCaption(s.text)).map((s) => s.paragraph));
  const ctx = startDayContext(pubDay, doc.eventDay);
  const found: Found[] = [];
  const announcements: Array<{ agent: string; metrics: string[]; date: string }> = [];
  let next = 0;
  for (const [index, sentence] of sentences.entries()) {
    while (next < counts.length && counts[next].phrase[0] < sentence.start) next++;
    if (captions.has(sentence.paragraph) || isFurniture(sentence.text)) continue;
    let end = next;
    while (end < counts.length && counts[end].phrase[1] <= sentence.end) end++;
    enterSentence(ctx, sentence.paragraph);
    const days = readSentenceDays(sentence, dates);
    // Most sentences hold no count: they only move the day context along.
    const here = end > next ? sentenceClaims(parse(sentence, index, counts.slice(next, end), options.metrics), ctx, days, item) : [];
    found.push(...here);
    const agent = here.length ? undefined : findAnnouncer(sentence.text);
    if (agent) {
      const hits = parse(sentence, index, [], options.metrics).hits;
      announcements.push({ agent, metrics: hits.map((h) => h.metric), date: days.mentions[0]?.date ?? ctx.paragraphDay?.date ?? pubDay });
    }
    leaveSentence(ctx, days, here.filter((f) => f.claim.scope !== 'planned' && f.claim.date).map((f) => f.claim.date!));
  }
  // "Saturday's swap was announced by Russia's defence ministry": credit that day's figures to it.
  for (const a of announcements) {
    for (const { claim } of found) if (!claim.attribution && claim.date === a.date && a.metrics.includes(claim.metric)) claim.attribution = a.agent;
  }
  return mergeClaims(found);
}

function parse(sentence: Sentence, index: number, counts: Quantity[], metrics: MetricDef[]): Parsed {
  const tokens = tokenize(sentence.text, sentence.start);
  const numeric = tokens.map((t) => counts.some((q) => t.start >= q.phrase[0] && t.end <= q.phrase[1]));
  const inNumber = (i: number) => numeric[i] ?? false;
  resolveThem(tokens, counts);
  return { sentence, index, tokens, counts, hits: findTermHits(tokens, metrics, inNumber) };
}

function sentenceClaims(p: Parsed, ctx: DayContext, days: SentenceDays, item: Item): Found[] {
  const found: Found[] = [];
  // No term, no metric: "a bridge collapsed, sending 10 cars into the river" counts nothing tracked.
  if (!p.hits.length) return found;
  for (const q of p.counts) {
    const f = claimFor(p, q, ctx, days, item, found.at(-1)?.choice);
    if (f) found.push(f);
  }
  // A share of the figure before it ("injured 26, four of them seriously") or the whole a share was taken from
  // ("90 of its 200 residents") says nothing new; one that counts another thing does ("fired 38 missiles and shot
  // down 30 of them", "shot down 20 of the 23 drones launched").
  const kept = found.filter((f, i) => {
    if (!f.part) return true;
    const neighbour = found[i - 1];
    return !!neighbour && neighbour.claim.metric !== f.claim.metric;
  });
  // A verb serves the number nearest to it; a further number leaning on it without a counted noun of its own is
  // a breakdown or a counterpart ("each handed over 390 prisoners on Friday, 270 soldiers and 120 civilians"),
  // unless it is the same count somewhere else ("killed 21 people in the Philippines and three in Hainan").
  const elsewhere = (a: Found, b: Found) => !!a.claim.place && !!b.claim.place && a.claim.place !== b.claim.place;
  return kept.filter((f) => f.choice.ownNoun || !kept.some((o) => o !== f && sharesTerm(o.choice, f.choice) && o.claim.scope === f.claim.scope && !elsewhere(o, f) &&
    (o.choice.distance < f.choice.distance || (o.choice.distance === f.choice.distance && o.claim.span[0] < f.claim.span[0]))));
}

function claimFor(p: Parsed, q: Quantity, ctx: DayContext, days: SentenceDays, item: Item, previous?: MetricChoice): Found | undefined {
  const { text, start } = p.sentence;
  const phrase: [number, number] = [q.phrase[0] - start, q.phrase[1] - start];
  const window = clauseWindow(text, phrase[0], phrase[1]);
  const others = p.counts.filter((o) => o !== q).map((o): [number, number] => [o.phrase[0] - start, o.phrase[1] - start]);
  const input: ScopeInput = { sentence: text, window, phrase, reciprocal: q.reciprocal, others };
  const perSide = isPerSide(input);
  const first = p.tokens.findIndex((t) => t.end > q.phrase[0]);
  const last = p.tokens.findLastIndex((t) => t.start < q.phrase[1]);
  const part = partKind(text, phrase);
  if (part === 'part') return undefined;
  // The whole of "shot down 20 of the 23 drones" counts what its own noun says, not what the share's verb did.
  const hits = part === 'whole' ? p.hits.filter((h) => h.first >= first) : p.hits;
  // "arrested 70 on Sunday, bringing the total to 450": the total of what the sentence just counted.
  const total = TOTAL_OF_PREVIOUS.test(text.slice(Math.max(0, phrase[0] - 50), phrase[0]));
  const chosen = chooseMetric(p.tokens, { first, last, reciprocal: perSide }, hits, item.reciprocal) ?? (total && previous ? { ...previous, ownNoun: true } : undefined);
  // A figure of an earlier event is background, whatever it counts; checked once a metric is at stake.
  if (!chosen || isHistorical(text, window, phrase[0], ctx.publishedDay)) return undefined;
  // "one" is mostly an article ("one released serviceman in tears"): only "one person was killed" counts.
  if (q.value === 1 && q.written === 'words' && !(chosen.countsPeople && !chosen.ownNoun)) return undefined;
  const metric = releaseMetric(chosen, p.tokens, item.metrics, item.doc, perSide);
  if (!metric) return undefined;
  const choice: MetricChoice = { ...chosen, metric };
  const hitEnd = p.tokens[choice.hit.last].end - start;
  let scope = scopeOf({ ...input, termEnd: hitEnd > phrase[1] ? hitEnd : undefined });
  const day = claimDay(ctx, days, window, phrase[0], scope, text);
  if (day?.since && scope === 'daily') scope = 'cumulative';
  // A casualty count given days after the disaster, with no day of its own, is the toll so far.
  if (scope === 'daily' && day && ctx.eventDay && ACCUMULATING.has(choice.metric) && (day.source === 'published' || day.source === 'statement') && ctx.eventDay < day.date) scope = 'cumulative';
  const quoteSpan: [number, number] = [q.span[0] - start, q.span[1] - start];
  // A live blog's "15:10 BST" opens the entry; blanked, it is neither a source's nor a place's name.
  const bare = text.replace(TIMESTAMP, (m) => ' '.repeat(m.length));
  // "It said 104 missiles were shot down": the source the paragraph named before.
  const attribution = findAttribution(bare, quoteSpan[0], quoteSpan[1]) ?? item.speakers.get(p.index) ?? (saysAgain(bare.trimStart()) ? item.sources.get(p.sentence.paragraph) : undefined);
  if (attribution) item.sources.set(p.sentence.paragraph, attribution);
  // "16 people were injured there", "Thirteen people are missing": the place the paragraph just named.
  // Not for an exchange: a swap's count is not located where the paragraph's earlier attack happened.
  const inherited = item.reciprocal.has(choice.metric) ? undefined : placeBefore(p, item);
  const place = findPlace(bare, quoteSpan[0], quoteSpan[1], others, item.places) ?? inherited;
  // Who acted matters for things (missiles launched or downed); a count of people has no single actor here.
  const actorClause = text.slice(Math.max(window[0], attributionLead(text)), phrase[0]).split(',').at(-1)!;
  const actor = choice.countsPeople || perSide ? undefined : findActor(actorClause, attribution);
  const claim: ExtractedClaim = {
    metric: choice.metric,
    value: q.value,
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.approx ? { approx: true } : {}),
    ...(day ? { date: day.date } : {}),
    ...(day?.dateEnd ? { dateEnd: day.dateEnd } : {}),
    scope,
    ...(perSide ? { perSide } : {}),
    ...(attribution ? { attribution } : {}),
    ...(place ? { place } : {}),
    ...(actor ? { actor } : {}),
    quote: text,
    span: [q.span[0], q.span[1]],
    quoteSpan,
  };
  return { claim, choice, part, guessed: day?.source === 'published', night: day?.night };
}

function placeBefore(p: Parsed, item: Item): string | undefined {
  for (let i = p.index - 1; i >= 0 && item.sentences[i].paragraph === p.sentence.paragraph; i--) {
    const place = lastPlace(item.sentences[i].text.replace(TIMESTAMP, (m) => ' '.repeat(m.length)), item.places);
    if (place) return place;
  }
  return undefined;
}

function sharesTerm(a: MetricChoice, b: MetricChoice): boolean {
  return a.hit.words.some((i) => b.hit.words.includes(i));
}
