/** extractClaims: from a feed item's text to the numeric claims a desk would chart. */
import type { ExtractedClaim, MetricDef } from '../../shared/types.ts';
import { attributionLead, findActor, findAnnouncer, findAttribution } from './attribution.ts';
import { clauseWindow } from './clauses.ts';
import { publishedDay } from './dates.ts';
import { claimDay, enterSentence, leaveSentence, readSentenceDays, startDayContext, type DayContext, type SentenceDays } from './day-context.ts';
import { isHistorical } from './day-phrases.ts';
import { mergeClaims } from './merge.ts';
import { chooseMetric, type MetricChoice } from './metrics.ts';
import { findPlace } from './places.ts';
import { classifyQuantities, type Quantity } from './quantities.ts';
import { isPerSide, scopeOf, type ScopeInput } from './scope.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { findTermHits, metricsSpeakingOf, type TermHit } from './terms.ts';
import { tokenize, type Token } from './tokens.ts';

/** ExtractOptions says when the item was published (ISO datetime) and which metrics the event tracks. */
export interface ExtractOptions {
  publishedAt: string;
  metrics: MetricDef[];
}

interface Parsed {
  sentence: Sentence;
  tokens: Token[];
  counts: Quantity[];
  hits: TermHit[];
}

interface Found {
  claim: ExtractedClaim;
  choice: MetricChoice;
  dateGuessed: boolean;
}

// "390 prisoners, including 120 civilians", "90% of its 2.1 million people", "Of the 94 hostages, 34...",
// "30 of 40 drones":
// a part or a whole, not the figure.
const PART_BEFORE = new RegExp([
  '\\b(?:including|among them|among whom|of whom|of them|of which|among those|incl\\.?)\\s*$',
  '(?:%|\\bper ?cent|\\bhalf|\\bthird|\\bquarter|\\bmost|\\bmany|\\bsome)\\s+of\\s+(?:its|the|their|his|her)?\\s*$',
  '(?:^|[,;]\\s*)(?:of|out of)\\s+(?:the|its|their)\\s*$',
  '\\d\\s+(?:of|out of)\\s*$',
].join('|'), 'i');
const PART_AFTER = /^\s+of\s+(?:them|whom|those|which)\b/i;

/** extractClaims finds each numeric claim of a text once, dated against its publication. */
export function extractClaims(text: string, options: ExtractOptions): ExtractedClaim[] {
  const pubDay = publishedDay(options.publishedAt);
  const counts = classifyQuantities(text, options.publishedAt).filter((q) => q.kind === 'count');
  const reciprocal = metricsSpeakingOf(options.metrics, ['exchange', 'swap']);
  const ctx = startDayContext(pubDay);
  const found: Found[] = [];
  const announcements: Array<{ agent: string; metrics: string[]; date: string }> = [];
  for (const sentence of splitSentences(text)) {
    const p = parse(sentence, counts, options.metrics);
    enterSentence(ctx, sentence.paragraph);
    const days = readSentenceDays(sentence.text, pubDay);
    const here = sentenceClaims(p, ctx, days, reciprocal);
    found.push(...here);
    const agent = here.length ? undefined : findAnnouncer(sentence.text);
    if (agent) announcements.push({ agent, metrics: p.hits.map((h) => h.metric), date: days.mentions[0]?.date ?? ctx.paragraphDay?.date ?? pubDay });
    leaveSentence(ctx, days, here.filter((f) => f.claim.scope !== 'planned' && f.claim.date).map((f) => ({ date: f.claim.date! })));
  }
  // "Saturday's swap was announced by Russia's defence ministry": credit that day's figures to it.
  for (const a of announcements) {
    for (const { claim } of found) if (!claim.attribution && claim.date === a.date && a.metrics.includes(claim.metric)) claim.attribution = a.agent;
  }
  return mergeClaims(found.map((f) => f.claim), new Set(found.filter((f) => f.dateGuessed).map((f) => f.claim)));
}

function parse(sentence: Sentence, counts: Quantity[], metrics: MetricDef[]): Parsed {
  const tokens = tokenize(sentence.text, sentence.start);
  const own = counts.filter((q) => q.phrase[0] >= sentence.start && q.phrase[1] <= sentence.end);
  const inNumber = (i: number) => own.some((q) => tokens[i].start >= q.phrase[0] && tokens[i].end <= q.phrase[1]);
  return { sentence, tokens, counts: own, hits: findTermHits(tokens, metrics, inNumber) };
}

function sentenceClaims(p: Parsed, ctx: DayContext, days: SentenceDays, reciprocal: Set<string>): Found[] {
  const found: Found[] = [];
  for (const q of p.counts) {
    const f = claimFor(p, q, ctx, days, reciprocal);
    if (f) found.push(f);
  }
  // A verb serves the number nearest to it; a further number leaning on it without a counted noun of its own is
  // a breakdown or a counterpart ("each handed over 390 prisoners on Friday, 270 soldiers and 120 civilians").
  return found.filter((f) => f.choice.ownNoun || !found.some((o) => o !== f && sharesTerm(o.choice, f.choice) && o.claim.scope === f.claim.scope &&
    (o.choice.distance < f.choice.distance || (o.choice.distance === f.choice.distance && o.claim.span[0] < f.claim.span[0]))));
}

function claimFor(p: Parsed, q: Quantity, ctx: DayContext, days: SentenceDays, reciprocal: Set<string>): Found | undefined {
  const { text, start } = p.sentence;
  const phrase: [number, number] = [q.phrase[0] - start, q.phrase[1] - start];
  if (PART_BEFORE.test(text.slice(0, phrase[0])) || PART_AFTER.test(text.slice(phrase[1]))) return undefined;
  const window = clauseWindow(text, phrase[0], phrase[1]);
  if (isHistorical(text, window, phrase[0], ctx.publishedDay)) return undefined;
  const input: ScopeInput = { sentence: text, window, phrase, reciprocal: q.reciprocal };
  const perSide = isPerSide(input);
  const first = p.tokens.findIndex((t) => t.end > q.phrase[0]);
  const last = p.tokens.findLastIndex((t) => t.start < q.phrase[1]);
  const choice = chooseMetric(p.tokens, { first, last, reciprocal: perSide }, p.hits, reciprocal);
  if (!choice) return undefined;
  // "one" is mostly an article ("one released serviceman in tears"): only "one person was killed" counts.
  if (q.value === 1 && q.written === 'words' && !(choice.countsPeople && !choice.ownNoun)) return undefined;
  const hitEnd = p.tokens[choice.hit.last].end - start;
  const scope = scopeOf({ ...input, termEnd: hitEnd > phrase[1] ? hitEnd : undefined });
  const day = claimDay(ctx, days, window, phrase[0], scope);
  const quoteSpan: [number, number] = [q.span[0] - start, q.span[1] - start];
  const attribution = findAttribution(text, quoteSpan[0], quoteSpan[1]);
  const place = findPlace(text, quoteSpan[0], quoteSpan[1]);
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
  return { claim, choice, dateGuessed: !!day?.guessed };
}

function sharesTerm(a: MetricChoice, b: MetricChoice): boolean {
  return a.hit.words.some((i) => b.hit.words.includes(i));
}
