/** extractClaims: from a feed item's text to the numeric claims a desk would chart. */
import type { ExtractedClaim, MetricDef } from '../../shared/types.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { attributionLead, cleanAgent, findActor, findAnnouncer, findAttribution, giverAfter, isAgent, namesSpeaker, saysAgain, statementSource } from './attribution.ts';
import { isCaption, isFurniture } from './boilerplate.ts';
import { clauseWindow } from './clauses.ts';
import { addDays, findDates, publishedDay } from './dates.ts';
import { PRESENT_PERFECT, claimDay, namesEventDay, readEntryAge, type DayRange, enterSentence, leaveSentence, readSentenceDays, startDayContext, type DayContext, type SentenceDays } from './day-context.ts';
import { readDocument, type DocumentCues } from './document.ts';
import { carriesOn, frontsEarlierTime, isHabitual, isHistorical } from './history.ts';
import { mergeClaims, type Mention } from './merge.ts';
import { chooseMetric, countAfterAnd, isModifier, type MetricChoice } from './metrics.ts';
import { wordBefore } from './vetoes.ts';
import { isCount } from './numbers.ts';
import { partKind, resolveThem, type PartKind } from './parts.ts';
import { eventPlace, findPlace, unitNamedBefore, headlinePlace, lastPlace, mayorsCity, type PlaceCache } from './places.ts';
import { AUX, countryOf, isCountryOrState, isPeopleWord } from './lexicon.ts';
import { classifyQuantities, type Quantity } from './quantities.ts';
import { quoteSpeakers } from './quotes.ts';
import { releaseMetric } from './release.ts';
import { isPerSide, scopeOf, type ScopeInput } from './scope.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { findTermHits, metricsSpeakingOf, type TermHit } from './terms.ts';
import { stem, tokenize, type Token } from './tokens.ts';

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
  /** The last source the text named, for ", it said" in a later paragraph. */
  lastSource?: string;
  /** The place a live blog's headline names. */
  headlinePlace?: string;
  /** Who signs the item ("Pavlo Kyrylenko, head of Donetsk Regional Military Administration"): an official's
   * statement speaks for all its figures. */
  signatory?: string;
  /** Where the headline or the lead says the item's disaster or attack happened, read when first needed. */
  eventPlace?: string | null;
  /** Per metric, the day and paragraph of the last figure dated by its own words. */
  dated: Map<string, { date: string; paragraph: number }>;
  /** Per source, the period of the last running total it gave "since" a day, and in which paragraph. */
  periods: Map<string, { date: string; dateEnd: string; paragraph: number; place?: string }>;
  /** The sentence and day of the last running total of a casualty count. */
  lastTotal?: { index: number; paragraph: number; date?: string; dateEnd?: string };
  /** The last claim of each metric, for "the figure is up from eight deaths" and other earlier tallies. */
  lastByMetric: Map<string, ExtractedClaim>;
  /** Per aggregator entry (paragraph), who published it ("Sikkim State Disaster Management Authority · 2 hours ago"). */
  entrySources: Map<number, string>;
  /** Per source, the day it last spoke on by the text's words ("said on Thursday") and in which paragraph. */
  saidOn: Map<string, { date: string; paragraph: number }>;
  /** An explainer's last question ("How many people have died?") and the metric it asks about, per paragraph. */
  question?: { paragraph: number; choice: MetricChoice };
  /** The sentence that is an aggregator entry's title field. */
  titleIndex?: number;
  /** The last sentence with counts: the noun its last count counts and its claims, for "31 of them" opening the next. */
  previous?: { paragraph: number; head?: Token; claims: Found[] };
  /** The verb before the last claim's number and its choice: "have fired more than 3,000 rockets". */
  lastVerb?: { verb: string; paragraph: number; choice: MetricChoice };
}

interface Parsed {
  sentence: Sentence;
  index: number;
  tokens: Token[];
  counts: Quantity[];
  /** How each count relates to the figures around it, read once per sentence. */
  parts: Array<PartKind | undefined>;
  hits: TermHit[];
  /** The noun the sentence's last count counts ("56 Shahed-type drones" -> drones). */
  lastHead?: Token;
}

interface Found extends Mention {
  choice: MetricChoice;
  part?: PartKind;
  /** Where its day came from, and whether it counts a state (missing people) rather than a running count. */
  dayFrom?: DayRange['source'];
  state?: boolean;
  /** A running total only because it hangs on the total before it by "with" ("..., with 3,640 injured"). */
  withTotal?: boolean;
  /** Its clause is in a perfect tense ("had died", "have been evacuated"): a toll up to then, told in reported speech. */
  perfect?: boolean;
}

const TOTAL_OF_PREVIOUS = /\b(?:bringing|brings|brought|taking|takes|raising|raises|pushing|pushes)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?(?:total|tally|number|count|figure)(?:\s+\w+){0,3}\s+to\s+$/i;
const ASIDE = /,\s*(?:including|among them)\b(?:[^,;:]|,(?=\d))*,\s*(?=\p{Ll})/uy;
const LIST_BREAK = /[;:]|\b(?:while|but|whereas|said|says|who|which|that)\b/i;
// "Myanmar's military government", "Gaza's Health Ministry", "the Gaza health ministry".
const NATIONAL = /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:['’]s\s+(?=\p{L})|\s+(?=\p{Ll}))/u;
const THE_PLACE = /\bthe\s+(?:city|town|village|port|capital|region)\b/i;
// "126 drones and one ballistic missile": only the counted noun and "and" between the count before and "one".
const LISTED_ONE = /^\s+(?:[\p{L}-]+\s+){0,2}(?:and|or|plus)\s+$/u;
const IMMINENT = /\b(?:prepar(?:ing|es?|ed)|ready|poised|about)\s+to\s+\p{L}+\s+(?:\p{L}+\s+){0,3}$|^\s+(?:\p{L}+\s+){0,2}(?:are|is|were|was)\s+(?:yet|still)\s+to\s+be\b/iu;
// "..., and that Ukrainian air defences shot down 563": "that" after "and" opens the same kind of clause.
const COORDINATED = /\b(?:and|while|as|but)\s+(?:that\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:\p{Ll}+\s+){1,7})$/u;
const RELEASED = /^(?:hostages|prisoners)_released$/;
const GAPPED_SUBJECT = /\b(?:and|while)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s*$/u;
const RELEASING = /_(?:released|exchanged)$/;
// The words a count may carry before it ("and about 50", "with more than 3,640"), for the patterns below.
const BOUND = '(?:(?:about|some|nearly|almost|around|another|more\\s+than|at\\s+least|over)\\s+)?';
const AND_BOUND = new RegExp(`\\band\\s+${BOUND}$`, 'i');
// ", most of them fighters, and about": an aside, then "and", then at most a bound before the next count.
const ANOTHER_PLACE = new RegExp(`^[^;:.]{0,80},\\s*and\\s+${BOUND}$`, 'i');
const IN_NAMED_PLACE = /^\s*(?:people\s+|others\s+)?(?:in|across)\s+(?:the\s+)?\p{Lu}/u;
// The next count of a list: no clause break before its "and".
const LISTED = /^[^,;:.]{0,60}\s(?:and|plus)\s+(?:(?:about|some|nearly|almost|around|another|more\s+than|at\s+least)\s+)?$/i;
const IN_RETURN = /^(?:\s+[\p{L}-]+){1,4}?\s+in\s+(?:exchange|return)\s+for\s+(?:(?:about|some|nearly|almost|around|another|more\s+than|at\s+least)\s+)?$/iu;
const RATE = /\bfor\s+(?:each|every)\s+[^,;.]*/gi;
const TIMESTAMP = /^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\b)?/;
// Metrics whose counts grow day by day after a disaster: reported later without a day, they are running totals.
const ACCUMULATING = new Set(['killed', 'injured', 'evacuated', 'displaced', 'arrested']);
const DEFAULT_KEYS = new Set(DEFAULT_METRICS.map((m) => m.key));
/** accumulates says whether a metric's counts add up over a disaster: casualties, arrests, and an event's own
 * metrics (homes destroyed, structures damaged), which a desk defines for what piles up. */
function accumulates(metric: string): boolean {
  return ACCUMULATING.has(metric) || !DEFAULT_KEYS.has(metric);
}
// Missing people are a state: never a running total, and "missing after Friday's quake" is as of the report.
const STATES = new Set(['missing']);
// "..., Saudi Arabia said in its first official toll", "according to an AFP count": the source gave a running total.
const SOURCE_TOTAL = /\b(?:in\s+(?:its|their|his|her|an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:toll|tally|count)|according\s+to\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}(?:toll|tally|count))\b/iu;
// "83% of the 1,301 who died": a definite count with its own relative clause names a total the reader knows.
const DEFINITE_BEFORE = /\bthe\s+$/i;
const RELATIVE_AFTER = /^\s+(?:people\s+|pilgrims\s+|victims\s+)?(?:who|that)\s/i;
// "had risen to 1,700, with 3,400 injured": a count hung on a running total by "with" is tallied with it.
// "has risen to 2,205, Taliban deputy spokesman Hamdullah Fitrat said on Thursday, with 3,640 injured".
const AND_NEXT = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}and\\s+${BOUND}$`, 'iu');
// "How many people have died?": an explainer's question subhead.
const QUESTION = /^(?:How many|What is the (?:death )?toll)\b[^?]*\?$/i;
// "The regional government's count rose to 14": whose count it is may come between.
const FIGURE_GREW = new RegExp(`\\bthe\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:figure|number|tally|count|total|toll)\\s+(?:had\\s+|has\\s+)?(?:passed|reached|risen\\s+to|rose\\s+to|climbed\\s+to|stood\\s+at|topped|exceeded|hit|jumped\\s+to|grown\\s+to|grew\\s+to)\\s+${BOUND}$`, 'iu');
const UPDATE_SUBJECT = /^(?:The\s+)?(?:(?:previous|last|latest|earlier)\s+)?(?:[Uu]pdate|[Bb]ulletin|[Rr]eport|[Ss]itrep|[Ss]ituation report)\b/;
const AT_AN_HOUR = /\b(?:at|by)\s+(?:midday|noon|midnight|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|the\s+(?:morning|afternoon|evening))\b/i;
const TALLY_VERB = /^(?:passed|topped|exceeded|reached|surpassed|dropped|rose|risen|climbed|fell|fallen|increased|decreased|jumped|hit|doubled|tripled|crossed|neared|approached|stood|totall?ed|numbered|put|estimated|recorded|counted|tallied|reported|confirmed|listed|registered|raised|lowered|revised|updated|lifted|pushed|brought|grown|grew|soared|mounted)$/i;
const HAS_EARLIER_TALLY = /^[^.;]{0,160}?,\s*(?:up|down)(?:\s+\p{Ll}+ly)?\s+from\s+(?:the\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+){0,4}?(?:on|by|in|at|late|early|earlier|yesterday|this)\b/u;
const TALLIED = new RegExp(`\\b(?:counted|tallied)\\s+${BOUND}$`, 'i');
const PLACE_COUNT = new RegExp(`^\\s*(?:[\\p{Ll}-]+\\s*)?(?:,\\s*(?:and\\s+)?|\\band\\s+)(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)(?:,[^,;.]{1,30},)?\\s+${BOUND}$`, 'u');
const CLAUSE_END = /^\s*(?:[,.;]|and\b|$)/;
const SUBJECT_PLACE = /^(?:[^:]{0,60}:)?\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:(?:has|had|have)\s+)?(?:counted|recorded|reported|registered|confirmed|listed)\b/u;

/** placeSubject makes the subject of "Catarroja has counted 25 dead, Alfafar 10" the place of its count, not its source. */
function placeSubject(claim: ExtractedClaim, sentence: string): void {
  const m = SUBJECT_PLACE.exec(sentence);
  const end = sentence.indexOf(m?.[0] ?? '\u0000') + (m?.[0].length ?? 0);
  // Only the first count after the subject is its own.
  if (!m || end > claim.quoteSpan![0] || /\d/.test(sentence.slice(end, claim.quoteSpan![0]))) return;
  claim.place = m[1];
  if (claim.attribution === m[1]) delete claim.attribution;
}

// "had risen to 34 killed, two of them children, and 117 injured": past a share, a bare count with its participle.
const AND_PAST_SHARE = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+,[^,;:.]{1,40},\\s*and\\s+${BOUND}$`, 'iu');
const AND_PERFECT = new RegExp(`^[^.;:]{0,100},\\s*and\\s+${BOUND}$`, 'i');
const PERFECT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:had|have|has)\s+(?:also\s+)?been\s+\p{Ll}+(?:ed|en)\b/u;
const BARE_PARTICIPLE = /^\s+(?:people\s+|others\s+)?\p{Ll}+(?:ed|en)\s*(?:[,.;]|$)/u;
const WITH_TOTAL = new RegExp(`^[^.;:]{0,100},\\s*with\\s+${BOUND}$`, 'i');
// "remained under evacuation orders": people in a state now, not a total of people moved so far.
const STATE_CUE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:remain(?:s|ed|ing)?|(?:are|were|is|was)\s+still|still)\s+(?:under|in|without)\b/iu;
// Casualty counts, which a national body gives for its own country.
// "up sharply from the 68 dead they reported": an adverb and an article may sit in the phrase.
const UP_FROM_BEFORE = /^[^.;:]{0,60},\s*(?:up|down)(?:\s+\p{Ll}+ly)?\s+from\s+(?:the\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$/iu;
const EACH_SIDE_AFTER = /^\s*(?:from|on|for)\s+(?:each|either|both)\s+sides?\b/i;
const DOWNED_AFTER = /^\s+(?:of them\s+)?(?:had been|have been|has been|were|was)\s+(shot down|intercepted|downed|destroyed|neutrali[sz]ed)\b/i;
// "74 drones flying towards Moscow had been shot down": a participle phrase between the count's noun and its verb.
const NOUN_DOWNED_AFTER = /^\s+[\p{L}-]+\s+\p{Ll}+ing\s+(?:[\p{L}-]+\s+){0,3}?(?:had been|have been|has been|were|was)\s+(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed)\b/iu;
const SHARED_AUX = /^[^,;.]{0,40}\s+and\s+(?:\p{Ll}+ed|driven|left|taken|forced|made)\s+(?:(?:about|nearly|almost|some|around|more\s+than|at\s+least|over)\s+)?$/u;
// ", and on Saturday night 323": a clause that leaves out its verb behind a day of its own.
const ANOTHER_NIGHT = new RegExp(`^[^;:.]{0,60}?\\s+and\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:night|morning|evening|afternoon))?,?\\s+${BOUND}$`, 'i');
// "by mid-afternoon the ministry counted 182 dead, and by early evening 274": the same tally, hours on.
const ANOTHER_HOUR = new RegExp(`^[^;:.]{0,60}?,?\\s+and\\s+by\\s+(?:mid-?|early\\s+|late\\s+)?(?:morning|afternoon|evening|midday|noon|nightfall)\\s+${BOUND}$`, 'i');
// "22,800 fled on Tuesday and 26,600 on Wednesday, after about 9,000 over Sunday and Monday": "after" joins a count too.
const ANOTHER_COUNT = new RegExp(`^[^;:.,]{0,60}?\\s+and\\s+${BOUND}$|^[^;:.]{0,60}?,\\s+(?:after|following|up\\s+from)\\s+${BOUND}$`, 'i');
const OWN_DAY_AFTER = /^\s+(?:by|on|over|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\d{1,2})/u;
const FIGURE_UP_FROM = /\b(?:figure|toll|number|total|tally|count)\s+(?:is|was|has\s+risen|rose)\s+(?:up|down)\s+from\s+(?:(?:about|around|some|nearly|roughly)\s+)?$/i;
const IN_RETURN_LEAD = /^(?:In return|In exchange|In turn),/i;
const BRINGING_TO = /\b(?:bringing|brings|brought|bring|taking|takes|raising|raises|pushing)\s+to\s+$/i;
const RAISING_TOLL = /\b(?:raising|raised|bringing|brought|pushing|pushed|taking|took)\s+the\s+(?:death\s+|overall\s+)?toll\b[^,;:]{0,70}?\bto\s+(?:(?:at\s+least|about|nearly|more\s+than|over)\s+)?$/i;
const ONES_AFTER = /^\s+(?:with\s+)?(?:\p{Ll}+\s+)?ones\b/u;
// "The official toll stood at 31. It counted 45 people with serious injuries": the same source's tally, told on.
const COUNTED_AGAIN = /^(?:It|They|The (?:ministry|agency|office|prefecture|department))\s+(?:also\s+)?(?:counted|counts|listed|lists|recorded|records|put|puts|reported|reports)\b/;
const ROSE_TO = /\b(?:rose|risen|rising|climbed|jumped|increased|reached|stood at|stands at)\s+(?:to\s+)?(?:(?:at\s+least|about|nearly|more\s+than|over)\s+)?$/i;
const RATE_AFTER = /^[^,;.]{0,40}\bfor\s+(?:each|every)\b/i;
const THINGS = /^(?:missiles|drones)_(?:launched|intercepted)$/;
const PERIOD_TOTAL = /\b(?:so far|to date|in total|(?:a )?total of|overall|altogether|in all|cumulative|since|this (?:week|month|year)|these \w+ (?:days|weeks|hours)|the (?:past|last) (?:\w+ )?(?:days|weeks|week|hours|fortnight|months)|of the war|during the war|in the war)\b/i;
const CASUALTIES = /^(?:killed|injured|missing|evacuated|displaced)$/;
// ", it said", ", he added": the source named before, in this paragraph or the one before.
// ", it said", and "Over the same period it counted 569": a pronoun for the source named before.
const PRONOUN_SOURCE = /,\s*(?:it|he|she|they)\s+(?:also\s+)?(?:said|says|added|wrote|reported)\b|^(?:(?:Over|In|During|For|Across)\s+the\s+same\s+(?:period|time|days|week)|Separately|Meanwhile|Later|Earlier),?\s+(?:it|he|she|they)\s+(?:also\s+)?(?:said|says|added|reported|counted|recorded|listed|put)\b/i;

/** extractClaims finds each numeric claim of a text once, dated against its publication. */
export function extractClaims(text: string, options: ExtractOptions): ExtractedClaim[] {
  const pubDay = publishedDay(options.publishedAt);
  const sentences = joinNumberReveals(splitSentences(text), text);
  const dates = findDates(text, pubDay);
  const counts = withSingles(text, classifyQuantities(text, options.publishedAt, dates).filter((q) => q.kind === 'count'));
  const doc = readDocument(text, dates, pubDay);
  const item: Item = { metrics: options.metrics, doc, reciprocal: metricsSpeakingOf(options.metrics, ['exchange', 'swap']), speakers: quoteSpeakers(text, sentences), sentences, places: new Map(), sources: new Map(), dated: new Map(), periods: new Map(), lastByMetric: new Map(), saidOn: new Map(), entrySources: new Map(), headlinePlace: sentences[0]?.paragraph === 0 ? headlinePlace(sentences[0].text, text) : undefined, signatory: signatoryOf(sentences) };
  const captions = new Set(sentences.filter((s) => isCaption(s.text)).map((s) => s.paragraph));
  const ctx = startDayContext(pubDay, doc.eventDay, doc.truceDay);
  const found: Found[] = [];
  const announcements: Array<{ agent: string; metrics: string[]; date: string }> = [];
  let next = 0;
  for (const [index, sentence] of sentences.entries()) {
    while (next < counts.length && counts[next].phrase[0] < sentence.start) next++;
    if (captions.has(sentence.paragraph) || isFurniture(sentence.text)) continue;
    let end = next;
    while (end < counts.length && counts[end].phrase[1] <= sentence.end) end++;
    enterSentence(ctx, sentence.paragraph);
    // "Reuters · 1 hour ago · Three killed as missiles hit central Israel · ...": the field after an entry's age is
    // its title, which shortens the snippet after it as a headline does the body.
    if (readEntryAge(ctx, sentence.text)) {
      item.titleIndex = index + 1;
      // The field before the age names who published the entry: its snippet's source when it names none.
      const field = sentences[index - 1];
      if (field?.paragraph === sentence.paragraph && isAgent(field.text)) item.entrySources.set(sentence.paragraph, cleanAgent(field.text));
      continue;
    }
    const days = readSentenceDays(sentence, dates);
    // "How many people have died? The regional government's count rose to 14": an explainer's question names what
    // the answer's bare count counts.
    if (QUESTION.test(sentence.text)) {
      const hit = parse(sentence, index, [], options.metrics).hits[0];
      item.question = hit ? { paragraph: sentence.paragraph, choice: { metric: hit.metric, hit, distance: 0, nounPhrase: [], countsPeople: true, ownNoun: true } } : undefined;
    }
    // Most sentences hold no count: they only move the day context along.
    let here: Found[] = [];
    if (end > next) {
      const before = item.previous?.paragraph === sentence.paragraph ? item.previous : undefined;
      const parsed = parse(sentence, index, counts.slice(next, end), options.metrics, before?.head);
      here = sentenceClaims(parsed, ctx, days, item, before?.claims);
      item.previous = { paragraph: sentence.paragraph, ...(parsed.lastHead ? { head: parsed.lastHead } : {}), claims: here };
    }
    found.push(...here);
    // "Qatar said the truce would be extended. Hamas is expected to free 20": the statement runs on in its paragraph.
    if (!here.length && sentences[index + 1]?.paragraph === sentence.paragraph) {
      const said = namedBefore(statementSource(sentence.text.replace(TIMESTAMP, (m) => ' '.repeat(m.length))), item, sentence.text);
      if (said) item.sources.set(sentence.paragraph, said);
    }
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
  placeHeadlineFigures(found, counts, item);
  if (!doc.eventDay) tollsOfUnnamedDisaster(found, pubDay);
  return mergeClaims(found);
}

// "an Egyptian policeman opened fire on a group of Israeli tourists, killing three people": its own attack, told whole.
const OWN_ATTACK = /\b(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{Ll}+)\s+(?:opened fire|stabbed|attacked|rammed|shot|detonated)\b[^.;]*,\s*(?:killing|wounding|injuring)\s+(?:(?:at least|about|some|nearly)\s+)?$/u;
const WHEN_IT_STRUCK = /\bwhen\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:struck|hit|exploded|landed|fell|crashed|collapsed|slammed|detonated)\b/u;
// "six people had died", "12,000 have been evacuated": a perfect tense, in reported speech or not.
const PERFECT = /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn)\b/u;

// "By the numbers: 67,869. That is how many Palestinians have been killed": the number, then what it counts.
const HOW_MANY = /^(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:how\s+many|the\s+number\s+of)\b/;
const BARE_NUMBER_END = /[\d,.]+\s*[.!]?$/;

/** joinNumberReveals reads a sentence that only gives a number and the next that says what it counts as one. */
function joinNumberReveals(sentences: Sentence[], text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && prev.paragraph === s.paragraph && HOW_MANY.test(s.text) && BARE_NUMBER_END.test(prev.text)) {
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, s.end), end: s.end };
    } else out.push(s);
  }
  return out;
}

/** tollsOfUnnamedDisaster reads a disaster's start from its own dated casualty counts when the text never says
 * when it struck ("seven were killed on Saturday" in a Monday report): then a casualty count with no day of its
 * own, told in a perfect tense ("Tusk said six people had died in Poland"), is, like one after a named disaster day,
 * the toll so far; "26 officers were injured" at a rally the day before stays that day's count. */
function tollsOfUnnamedDisaster(found: Found[], pubDay: string): void {
  const oldest = addDays(pubDay, -7);
  // A toll dated by its own words ("had put the toll at 20 late on Monday") says so too.
  const began = found.filter((f) => accumulates(f.claim.metric) && f.claim.scope !== 'planned' && !f.claim.dateEnd && (f.dayFrom === 'clause' || f.dayFrom === 'sentence') && f.claim.date && f.claim.date < pubDay && f.claim.date >= oldest)
    .map((f) => f.claim.date!).sort()[0];
  if (!began) return;
  for (const f of found) {
    if (!accumulates(f.claim.metric) || f.claim.scope !== 'daily' || f.state || f.headline || !f.perfect || !f.claim.date) continue;
    if ((f.dayFrom === 'published' || f.dayFrom === 'statement') && f.claim.date > began) f.claim.scope = 'cumulative';
    // "Six attackers were killed on Sunday night. / The ministry said 25 people had been wounded": a day the
    // paragraph names only because the disaster struck then is no day of the count's, as with a named disaster day.
    else if (f.dayFrom === 'paragraph' && f.claim.date === began && began < pubDay) Object.assign(f.claim, { scope: 'cumulative', date: pubDay });
  }
}

// "A Palestinian man was killed", "a woman died": one death, told with an article, is a count of one. A lone
// injury ("a girl was seriously injured by shrapnel") is a detail of the story, not a figure a desk charts.
const DEATH_VERB = /\b(?:killed|died|drowned)\b/g;
// The words before the verb, read back from it: an article, up to three modifiers ("An Israeli navy petty officer"), a singular noun.
const SINGLE_BEFORE = /\b([Aa]n?)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+)\s+((?:was|has been|had been)\s+(?:\p{Ll}+ly\s+)?)?$/u;

/** withSingles adds, for claims only (not `--all`), a count of one for each death a sentence tells with an
 * article ("A man was killed in Jericho"). */
function withSingles(text: string, counts: Quantity[]): Quantity[] {
  let singles: Quantity[] | undefined;
  for (const m of text.matchAll(DEATH_VERB)) {
    const from = Math.max(0, m.index! - 60);
    const s = SINGLE_BEFORE.exec(text.slice(from, m.index!));
    // "was killed" needs its auxiliary; "died" stands alone.
    if (!s || (m[0] === 'killed') !== !!s[3] || !isPeopleWord(s[2], stem(s[2])) || /s$/.test(s[2])) continue;
    const at = from + s.index + s[0].indexOf(s[1]);
    const span: [number, number] = [at, at + s[1].length];
    (singles ??= []).push({ value: 1, unit: s[2], kind: 'count', span, phrase: span, written: 'words', single: true });
  }
  return singles ? [...counts, ...singles].sort((a, b) => a.span[0] - b.span[0]) : counts;
}

// "Pavlo Kyrylenko, head of Donetsk Regional Military Administration" closing an official's post.
const SIGNATURE = /^[—–-]?\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:[Hh]ead|[Gg]overnor|[Mm]ayor|[Cc]hief|[Mm]inister|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Pp]resident|[Dd]irector|[Cc]hair(?:man|woman)?|[Ss]ecretary|[Pp]rosecutor|[Oo]mbudsman|[Cc]ommissioner)\b[^\d]*$/u;

// "Coordination Headquarters for the Treatment of Prisoners of War" alone on the last line: the body that posts.
const SIGNING_BODY = /^(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:Headquarters|Ministry|Service|Command|Office|Administration|Council|Agency|Committee|Department|Police|Force|Forces|Staff|Centre|Center)(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}’'-]*))*$/u;

/** signatoryOf returns who signs an item in one of its last two paragraphs, if anyone does. */
// "Issued by the Central Emergency Operation Center (CEOC), Ministry of the Interior, ...": the issuer of a release.
const ISSUED_BY = /^(?:Issued|Released|Published|Distributed)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'-]*))*?)\s*(?:\(|,|\.|$)/u;

function signatoryOf(sentences: Sentence[]): string | undefined {
  for (const s of sentences) {
    if (s.paragraph > 2) break;
    const issuer = ISSUED_BY.exec(s.text.trim())?.[1];
    if (issuer) return issuer;
  }
  const last = sentences.at(-1)?.paragraph ?? 0;
  for (const s of sentences) {
    if (s.paragraph < last - 1 || s.paragraph === 0) continue;
    const m = SIGNATURE.exec(s.text.trim());
    if (m) return m[1];
    if (s.paragraph === last && SIGNING_BODY.test(s.text.trim())) return s.text.trim();
  }
  return undefined;
}

/** placeHeadlineFigures gives a headline figure the body never repeats as a claim the place its lead sentence
 * names: a headline retells the lead ("Hamas frees four soldiers" / "Hamas handed four soldiers to the Red Cross
 * in Gaza City"; "four killed" / "opening fire at a high school, killing two students and two teachers"). The
 * lead is read where it repeats the number, else where it names the same metric. */
function placeHeadlineFigures(found: Found[], counts: Quantity[], item: Item): void {
  // The lead paragraph's sentences ("WINDER, Ga. (AP) — A 14-year-old..." may split after its dateline).
  const lead = item.sentences.filter((s) => s.paragraph === 1);
  for (const f of found) {
    if (!f.headline || f.claim.place || f.claim.perSide || found.some((o) => !o.headline && o.claim.metric === f.claim.metric && o.claim.value === f.claim.value)) continue;
    for (const sentence of lead) {
      const at = leadAnchor(sentence, f.claim, counts, item.metrics);
      const place = at ? findPlace(sentence.text.replace(TIMESTAMP, (m) => ' '.repeat(m.length)), at[0], at[1], [], item.places) : undefined;
      if (place) f.claim.place = place;
      if (at) break;
    }
  }
}

/** leadAnchor is where a lead sentence repeats a headline figure's number, else names its metric. */
function leadAnchor(sentence: Sentence, claim: ExtractedClaim, counts: Quantity[], metrics: MetricDef[]): [number, number] | undefined {
  const same = counts.find((q) => q.span[0] >= sentence.start && q.span[1] <= sentence.end && q.value === claim.value);
  if (same) return [same.span[0] - sentence.start, same.span[1] - sentence.start];
  const tokens = tokenize(sentence.text, 0);
  const hit = findTermHits(tokens, metrics, () => false).find((h) => h.metric === claim.metric);
  return hit ? [tokens[hit.first].start, tokens[hit.last].end] : undefined;
}

/** parse reads a sentence's tokens, terms and parts; `headBefore` is the noun the paragraph's sentence before ended
 * on, for "31 of them" opening this one. */
function parse(sentence: Sentence, index: number, counts: Quantity[], metrics: MetricDef[], headBefore?: Token): Parsed {
  const tokens = tokenize(sentence.text, sentence.start);
  const numeric = tokens.map((t) => counts.some((q) => t.start >= q.phrase[0] && t.end <= q.phrase[1]));
  const lastHead = resolveThem(tokens, counts, headBefore);
  // "three for each hostage released": a rate's words speak for the rate, not for the figures around it.
  const rates = [...sentence.text.matchAll(RATE)].map((m): [number, number] => [sentence.start + m.index!, sentence.start + m.index! + m[0].length]);
  const hits = findTermHits(tokens, metrics, (i) => numeric[i] ?? false).filter((h) => !rates.some(([s, e]) => tokens[h.first].start >= s && tokens[h.first].start < e));
  const parts = counts.map((q) => partKind(sentence.text, [q.phrase[0] - sentence.start, q.phrase[1] - sentence.start]));
  return { sentence, index, tokens, counts, parts, hits, ...(lastHead ? { lastHead } : {}) };
}

/** sentenceClaims finds a sentence's claims; `claimsBefore` are those of the paragraph's sentence before it. */
function sentenceClaims(p: Parsed, ctx: DayContext, days: SentenceDays, item: Item, claimsBefore: Found[] = []): Found[] {
  const found: Found[] = [];
  // No term, no metric: "a bridge collapsed, sending 10 cars into the river" counts nothing tracked.
  // Unless the paragraph's last count had a verb this one may repeat without its noun ("Hamas says it fired 5,000").
  if (!p.hits.length && item.lastVerb?.paragraph !== p.sentence.paragraph && item.question?.paragraph !== p.sentence.paragraph) return found;
  for (const q of p.counts) {
    // "34 killed, two of them children, and 117 injured": a share set off by commas is no count the next one leans on.
    const f = claimFor(p, q, ctx, days, item, found.findLast((g) => !aside(g, p.sentence.text)) ?? found.at(-1));
    if (f) found.push(f);
  }
  // A share of the figure before it ("injured 26, four of them seriously") or the whole a share was taken from
  // ("90 of its 200 residents") says nothing new; one that counts another thing does ("fired 38 missiles and shot
  // down 30 of them", "shot down 20 of the 23 drones launched").
  const { text } = p.sentence;
  const kept = found.filter((f, i) => {
    // "69 freed since Friday: 50 Israelis and 19 foreigners": after a colon, smaller counts break a total down.
    const colon = text.lastIndexOf(':', f.claim.quoteSpan![0]);
    const bare = !f.choice.ownNoun && f.choice.distance > 2;
    if (colon > 0 && found.some((g) => g.claim.quoteSpan![1] <= colon && g.claim.value > f.claim.value && (bare || g.claim.metric === f.claim.metric))) return false;
    if (!f.part) return true;
    // "Russia attacked with 56 drones. It said it had shot down 31 of them": the figure before may end the sentence before.
    const opens = i === 0 && f.part === 'share' && p.counts[0]?.span[0] === f.claim.span[0];
    const neighbour = found[i - 1] ?? (opens ? claimsBefore.at(-1) : undefined);
    // "20 arrested for looting in evacuated areas, two of them posing as firefighters": a bare share after a
    // comma is the figure before's, whatever term it passed on the way.
    const borrowed = f.part === 'share' && /,\s*$/.test(text.slice(0, f.claim.quoteSpan![0])) && p.tokens[f.choice.hit.first].start < f.claim.span[0];
    return !!neighbour && neighbour.claim.metric !== f.claim.metric && !borrowed;
  });
  // A verb serves the number nearest to it; a further number leaning on it without a counted noun of its own is
  // a breakdown or a counterpart ("each handed over 390 prisoners on Friday, 270 soldiers and 120 civilians"),
  // unless it is the same count somewhere else ("killed 21 people in the Philippines and three in Hainan").
  const out = kept.filter((f) => f.choice.ownNoun || !kept.some((o) => o !== f && sharesTerm(o.choice, f.choice) && o.claim.scope === f.claim.scope && !elsewhere(o, f) && !coordinated(o, f, p.tokens) &&
    (o.choice.distance < f.choice.distance || (o.choice.distance === f.choice.distance && o.claim.span[0] < f.claim.span[0]))));
  // "189 came home and 150 were freed in return, each side said": two different counts of one day's swap are each
  // one side's, whatever cue the sentence has for each side.
  for (const f of out) {
    if (f.claim.perSide && out.some((o) => o !== f && o.claim.metric === f.claim.metric && o.claim.scope === f.claim.scope && o.claim.date === f.claim.date && o.claim.value !== f.claim.value)) delete f.claim.perSide;
  }
  return out;
}

function aside(f: Found, text: string): boolean {
  return f.part === 'share' && /,\s*$/.test(text.slice(0, f.claim.quoteSpan![0])) && /^[^,;.]*,/.test(text.slice(f.claim.quoteSpan![1]));
}

function claimFor(p: Parsed, q: Quantity, ctx: DayContext, days: SentenceDays, item: Item, before?: Found): Found | undefined {
  const previous = before?.choice;
  const { text, start } = p.sentence;
  const phrase: [number, number] = [q.phrase[0] - start, q.phrase[1] - start];
  const window = clauseWindow(text, phrase[0], phrase[1]);
  // "15,000 people, including 6,150 children, have been killed": a breakdown does not cut the total's clause.
  const others = p.counts.filter((o, i) => o !== q && p.parts[i] !== 'part').map((o): [number, number] => [o.phrase[0] - start, o.phrase[1] - start]);
  const input: ScopeInput = { sentence: text, window: overAside(text, window), phrase, reciprocal: q.reciprocal, others, ...(p.sentence.paragraph === 0 ? { headline: true } : {}) };
  const perSide = isPerSide(input);
  const first = p.tokens.findIndex((t) => t.end > q.phrase[0]);
  const last = p.tokens.findLastIndex((t) => t.start < q.phrase[1]);
  const part = p.parts[p.counts.indexOf(q)];
  if (part === 'part') return undefined;
  // The whole of "shot down 20 of the 23 drones" counts what its own noun says, not what the share's verb did.
  const hits = part === 'whole' ? p.hits.filter((h) => h.first >= first) : p.hits;
  // "arrested 70 on Sunday, bringing the total to 450": the total of what the sentence just counted.
  // "..., bringing to six the number held": the same, the number first.
  const total = TOTAL_OF_PREVIOUS.test(text.slice(Math.max(0, phrase[0] - 50), phrase[0])) || (BRINGING_TO.test(text.slice(Math.max(0, phrase[0] - 20), phrase[0])) && /^\s+the\s+(?:overall\s+|total\s+)?(?:number|total|tally|count|toll)\b/i.test(text.slice(phrase[1], phrase[1] + 30)));
  let chosen = chooseMetric(p.tokens, { first, last, reciprocal: perSide }, hits, item.reciprocal);
  if (total && previous && (!chosen || !chosen.ownNoun)) chosen = { ...previous, ownNoun: true };
  // "handed over 31 soldiers in exchange for 15 servicemen": the count given in return is the other side's count of
  // the same handover, unless its own noun names another metric ("free 33 hostages in exchange for 1,900 prisoners").
  if (previous && IN_RETURN.test(text.slice(before!.claim.quoteSpan![1], phrase[0])) && (!chosen || isModifier(chosen.hit, chosen.nounPhrase, p.tokens) || !chosen.ownNoun)) {
    chosen = { ...previous, ownNoun: true, nounPhrase: [] };
  }
  // "to release 250 Palestinians serving life sentences and about 1,700 people from Gaza detained during the war": in a
  // list of captives under one verb of release, a participle after the later count only says who they are.
  if (chosen && previous && RELEASING.test(previous.metric) && reducedRelative(p.tokens, chosen.hit, last) && LISTED.test(text.slice(before!.claim.quoteSpan![1], phrase[0]))) {
    chosen = { ...previous, ownNoun: true, nounPhrase: [] };
  }
  // "killed more than 600 people in Lebanon, most of them fighters, and about 50 in Israel": a bare count joined by
  // "and" to the count before, past an aside, with no verb of its own, is the same verb's count somewhere else.
  if (!chosen && previous && before!.choice.hit.last < p.tokens.findIndex((t) => t.start >= before!.claim.span[0]) && ANOTHER_PLACE.test(text.slice(before!.claim.quoteSpan![1], phrase[0])) && IN_NAMED_PLACE.test(text.slice(phrase[1], phrase[1] + 40))) {
    chosen = { ...previous, ownNoun: true, nounPhrase: [], gapped: true };
  }
  // "officials counted 95 dead; by Friday the figure had passed 200": the figure is the count just given, grown.
  const grown = !chosen && FIGURE_GREW.test(text.slice(window[0], phrase[0]).split(';').pop()!) ? previous ?? (item.lastVerb?.paragraph === p.sentence.paragraph ? item.lastVerb.choice : undefined) ?? (item.question?.paragraph === p.sentence.paragraph ? item.question.choice : undefined) : undefined;
  if (grown) chosen = { ...grown, ownNoun: true, nounPhrase: [] };
  // "Catarroja has counted 25 dead, Alfafar 10 and Chiva, further inland, seven": a place and a bare count leave out
  // the verb and noun of the casualty count before; the first clause's subject is a place too.
  const listed = (!chosen || !chosen.ownNoun) && previous && (accumulates(previous.metric) || STATES.has(previous.metric)) && CLAUSE_END.test(text.slice(phrase[1])) ? PLACE_COUNT.exec(text.slice(before!.claim.quoteSpan![1], phrase[0])) : null;
  if (listed) chosen = { ...previous!, ownNoun: true, nounPhrase: [], gapped: true };
  // "... have fired more than 3,000 rockets. Hamas says it fired 5,000": a bare count after the verb of the last
  // count in the paragraph leaves out the same noun.
  const verbAt = verbBefore(p.tokens, first);
  const verb = verbAt === undefined ? undefined : p.tokens[verbAt].norm;
  // "have arrested 779 people and charged 349": a bare count right after a verb no term names counts what that
  // verb did, not what a term further back names.
  // A verb that moves or gives a tally ("has passed 700", "had dropped to about 100") takes the term's count.
  if (chosen && !chosen.ownNoun && verbAt !== undefined && chosen.hit.last < verbAt && !TALLY_VERB.test(p.tokens[verbAt].text) && !nounAfter(p.tokens, last) && !p.hits.some((h) => h.first <= verbAt && h.last >= verbAt)) return undefined;
  const elided = !chosen && !!verb && item.lastVerb?.verb === verb && item.lastVerb.paragraph === p.sentence.paragraph && !nounAfter(p.tokens, last);
  // The verb here stands in for the borrowed term, so every later reading looks at this sentence's words.
  if (elided) chosen = { ...item.lastVerb!.choice, hit: { ...item.lastVerb!.choice.hit, first: verbAt!, last: verbAt!, words: [verbAt!] }, ownNoun: true, nounPhrase: [] };
  // "the sides are to exchange all seriously wounded prisoners ..., at least 1,000 from each side": a count given for
  // each side in a sentence about a swap counts the swap, however far its verb.
  if ((!chosen || !item.reciprocal.has(chosen.metric)) && perSide && EACH_SIDE_AFTER.test(text.slice(phrase[1], phrase[1] + 24))) {
    const swap = p.hits.find((h) => item.reciprocal.has(h.metric));
    if (swap) chosen = { metric: swap.metric, hit: swap, distance: 6, nounPhrase: [], countsPeople: true, ownNoun: true };
  }
  // "raising the death toll from Wednesday's Russian missile strike to 28": the toll's number, whatever the strike
  // named on the way.
  if (RAISING_TOLL.test(text.slice(Math.max(0, phrase[0] - 90), phrase[0]))) {
    const toll = p.hits.find((h) => h.metric === 'killed' && h.stems.includes('toll') && p.tokens[h.first].start - start < phrase[0]);
    if (toll) chosen = { metric: 'killed', hit: toll, distance: 1, nounPhrase: [], countsPeople: true, ownNoun: true };
  }
  // "with 45 serious injuries and more than 1,370 with lighter ones": "ones" stands for the noun before.
  if ((!chosen || !chosen.ownNoun) && previous && ONES_AFTER.test(text.slice(phrase[1], phrase[1] + 30)) && AND_BOUND.test(text.slice(Math.max(0, phrase[0] - 20), phrase[0]))) {
    chosen = { ...previous, ownNoun: true, nounPhrase: [] };
  }
  // "Iran had fired 14 missiles at the base and that 13 had been shot down": a bare count the verb after it says
  // was intercepted counts the things the count before it launched.
  if (chosen && /_launched$/.test(chosen.metric) && NOUN_DOWNED_AFTER.test(text.slice(phrase[1], phrase[1] + 80))) {
    const metric = chosen.metric.replace('_launched', '_intercepted');
    chosen = { ...chosen, metric, hit: { ...chosen.hit, metric } };
  }
  const downed = !chosen && previous && /_launched$/.test(previous.metric) ? DOWNED_AFTER.exec(text.slice(phrase[1], phrase[1] + 40)) : null;
  if (downed) {
    const at = p.tokens.findIndex((t) => t.start - start >= phrase[1] + downed[0].length - downed[1].length);
    if (at >= 0) chosen = { ...previous!, metric: previous!.metric.replace('_launched', '_intercepted'), hit: { metric: previous!.metric.replace('_launched', '_intercepted'), stems: [p.tokens[at].norm], first: at, last: at, words: [at] }, ownNoun: true, nounPhrase: [] };
  }
  // "The health ministry counted 30 dead on Wednesday and 51 by Friday": a bare count joined by "and", with a day of
  // its own, counts what the count before it did.
  const after = text.slice(before?.claim.quoteSpan?.[1] ?? 0, phrase[0]);
  // "arrested 203 people for failing to disperse and 17 more for breaking the curfew": an addition joined by "and".
  const addition = /^\s+more\b/i.test(text.slice(phrase[1], phrase[1] + 8)) && /^[^;:.]{0,80}?\s+and\s+$/i.test(after);
  if ((!chosen || !chosen.ownNoun) && previous && ((ANOTHER_COUNT.test(after) && OWN_DAY_AFTER.test(text.slice(phrase[1], phrase[1] + 30))) || ANOTHER_NIGHT.test(after) || addition)) {
    chosen = { ...previous, ownNoun: true, nounPhrase: [] };
  }
  // "by mid-afternoon the ministry counted 182 dead, and by early evening 274 dead": the same tally, hours on.
  if (previous && ANOTHER_HOUR.test(after)) chosen = chosen ? { ...chosen, gapped: true } : { ...previous, ownNoun: true, nounPhrase: [], gapped: true };
  // "has passed 700, up from about 300 late on Saturday": the earlier tally of the count before it.
  const earlierTally = !!previous && UP_FROM_BEFORE.test(text.slice(before!.claim.quoteSpan![1], phrase[0]));
  if (earlierTally && (!chosen || !chosen.ownNoun)) chosen = { ...previous!, ownNoun: true, nounPhrase: [] };
  // "17 more for breaking the curfew", "and rose to 10 on Sunday": an addition or a toll's next value is a count of its
  // own, not a breakdown of the one before.
  if (chosen && !chosen.ownNoun && (/^\s+(?:more|others)\b/i.test(text.slice(phrase[1], phrase[1] + 10)) || ROSE_TO.test(text.slice(Math.max(0, phrase[0] - 20), phrase[0])))) chosen = { ...chosen, ownNoun: true };
  // "with three Palestinian prisoners to be released for each of them": a rate, no count.
  if (chosen && RATE_AFTER.test(text.slice(phrase[1], phrase[1] + 60))) return undefined;
  // A figure of an earlier event is background, whatever it counts; checked once a metric is at stake.
  if (!chosen || isHistorical(text, window, phrase[0], ctx.publishedDay, phrase[1]) || isHabitual(text.slice(window[0], window[1]))) return undefined;
  // "A year ago, police opened fire on crowds. Rights groups say more than 60 were killed in the weeks that followed."
  if (p.index > 0 && carriesOn(text) && frontsEarlierTime(item.sentences[p.index - 1].text, ctx.publishedDay)) return undefined;
  // "one" is mostly an article ("one released serviceman in tears"): only "one person was killed" counts.
  // But "126 drones and one ballistic missile": "one" coordinated with a count before it is a count too.
  if (q.value === 1 && q.written === 'words' && !q.single && !(chosen.countsPeople && !chosen.ownNoun) && !(before && LISTED_ONE.test(text.slice(before.claim.quoteSpan![1], phrase[0])))) return undefined;
  const metric = releaseMetric(chosen, p.tokens, item.metrics, item.doc, perSide);
  if (!metric || (chosen.gapped && !item.metrics.some((m) => m.key === metric))) return undefined;
  const choice: MetricChoice = { ...chosen, metric };
  const hitEnd = p.tokens[choice.hit.last].end - start;
  // A clause that borrows its verb borrows its tense too: "is expected to free 20, and Israel 60".
  let scope = choice.gapped && before ? before.claim.scope : scopeOf({ ...input, termEnd: hitEnd > phrase[1] ? hitEnd : undefined });
  const state = STATES.has(choice.metric) || (accumulates(choice.metric) && STATE_CUE.test(text.slice(phrase[1], window[1])));
  const onTotal = scope === 'daily' && !state && accumulates(choice.metric) && runsOnTotal(p, phrase, window, days, before);
  if (onTotal) scope = 'cumulative';
  // "At least 27 people have died ..., the authority said on Friday, up from 19 deaths on Thursday": a count with an
  // earlier tally of its own is a running total.
  // Not one with a day of its own ("212 people had been arrested on Saturday, up from 145 on Friday").
  const earlierOne = HAS_EARLIER_TALLY.exec(text.slice(phrase[1]));
  if (earlierOne && scope === 'daily' && !state && accumulates(choice.metric) && !days.mentions.some((m) => m.kind !== 'dateline' && m.start >= phrase[1] && m.start < phrase[1] + earlierOne[0].search(/,\s*(?:up|down)\b/i))) scope = 'cumulative';
  // "300 are believed to have died in last week's air strike": the day names the disaster; the count is as of the report.
  if (scope === 'daily' && !state && accumulates(choice.metric) && namesEventDay(days, window, text, ctx.publishedDay)) scope = 'cumulative';
  // "Nasrallah put the number at 340 Katyushas": for things launched or downed, a tally's words revise one attack's
  // count; only a period ("since October", "so far", "this week") makes a running total of them.
  if (scope === 'cumulative' && THINGS.test(choice.metric) && !PERIOD_TOTAL.test(text.slice(window[0], window[1]))) scope = 'daily';
  if (earlierTally) scope = (item.lastByMetric.get(choice.metric) ?? before!.claim).scope;
  // "The figure is up from eight deaths confirmed on Thursday": the earlier tally of the figure just given.
  const figureBefore = !earlierTally && FIGURE_UP_FROM.test(text.slice(window[0], phrase[0])) ? item.lastByMetric.get(choice.metric) : undefined;
  if (figureBefore) scope = figureBefore.scope;
  // "438 deaths, 918 injuries and 282 missing as of 17 March, up from 225 deaths reported on 15 March": the earlier
  // tally of the same metric's last count, however far back in the sentence.
  // "That is up from 483 arrests and 149 charges on Thursday": the tally's counts before, told again as they were.
  const upFrom = /^\s*(?:(?:that|this|it|which)\s+(?:is|was)\s+)?(?:up|down)(?:\s+\p{Ll}+ly)?\s+from\s+(?:the\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$/iu.test(text.slice(window[0], phrase[0])) ||
    (!!before && !!before.earlier && /^\s+[\p{L}-]+\s+and\s+$/u.test(text.slice(before.claim.quoteSpan![1], phrase[0])));
  const sameBefore = !earlierTally && !figureBefore && upFrom ? item.lastByMetric.get(choice.metric) : undefined;
  if (sameBefore) scope = sameBefore.scope;
  // "has killed tens of thousands of people and driven nearly 12 million from their homes": a verb sharing the
  // auxiliary of the count before shares its running total.
  const sharesAux = !!before && before.claim.scope === 'cumulative' && scope === 'daily' && SHARED_AUX.test(text.slice(before.claim.quoteSpan![1], phrase[0]));
  // "The search for the other two will go on": a group already counted, spoken of again, sets no target.
  if (scope === 'planned' && /\bthe\s+(?:other|remaining)\s+$/i.test(text.slice(Math.max(0, phrase[0] - 16), phrase[0]))) return undefined;
  // Missing people are a state: never a running total, whatever "since" says of the disaster.
  if (scope === 'cumulative' && STATES.has(choice.metric)) scope = 'daily';
  // "Officials were preparing to evacuate 7,900": an action under way is dated like a count, though it is a target.
  // "Another 59,000 residents are yet to be evacuated": what is still to be done is reported as of the day.
  const imminent = scope === 'planned' && (IMMINENT.test(text.slice(window[0], phrase[0])) || IMMINENT.test(text.slice(phrase[1], window[1])));
  if (sharesAux) scope = 'cumulative';
  let day = (choice.gapped || sharesAux) && before ? borrowedDay(before.claim) : claimDay(ctx, days, window, phrase[0], imminent ? 'daily' : scope, text, STATES.has(choice.metric), THINGS.test(choice.metric));
  if (day?.since && scope === 'daily') scope = 'cumulative';
  if (day?.since && day.dateEnd) {
    // Only a period the text opened with "since" ("since 13 June") is one "since the war began" can lean on.
    if (/\bsince\b/i.test(text.slice(window[0], window[1]))) ctx.sinceStart = day.date;
    ctx.lastPeriod = { date: day.date, dateEnd: day.dateEnd };
  }
  // A casualty count given days after the disaster, with no day of its own, is the toll so far.
  // Not one hurt "when the missile struck a playground": the sentence tells its own blast, of the day it is reported.
  // "On the morning after the floods officials counted 95 dead": a count tallied on a later day is the toll by then;
  // "Update No. 8, issued at 21:00 yesterday, counted 9 deaths": an update's count is its tally.
  const tallied = TALLIED.test(text.slice(window[0], phrase[0]));
  if (scope === 'daily' && !state && accumulates(choice.metric) && UPDATE_SUBJECT.test(text) && /\b(?:counted|tallied|listed|recorded)\b/.test(text.slice(0, phrase[0]))) scope = 'cumulative';
  const afterEvent = scope === 'daily' && !state && !!day && !!ctx.eventDay && accumulates(choice.metric) && (day.source === 'published' || day.source === 'statement' || tallied) && ctx.eventDay < day.date &&
    !(!days.mentions.some((m) => m.kind === 'day' || m.kind === 'weekday') && (WHEN_IT_STRUCK.test(text.slice(phrase[1])) || OWN_ATTACK.test(text.slice(0, phrase[0]))));
  if (afterEvent) scope = 'cumulative';
  // "Hamas freed 20 hostages yesterday. / In return, Israel released 1,968 prisoners": the counterpart of the day the
  // text just talked about.
  if (day?.source === 'published' && IN_RETURN_LEAD.test(text) && ctx.lastDay && ctx.lastDay < day.date) day = { date: ctx.lastDay, source: 'paragraph' };
  // "Iran fired about 180 missiles on Tuesday evening. / The Guards said they had launched 200 missiles": the same
  // count given by another source in the next paragraph, with no day of its own, is about the same day.
  const earlier = item.dated.get(choice.metric);
  if (day?.source === 'published' && scope === 'daily' && earlier && earlier.paragraph === p.sentence.paragraph - 1 && earlier.date < day.date) day = { date: earlier.date, source: 'paragraph' };
  // "killed in Israel since Friday ..., and that 1,277 had been taken to hospital": the day that opens the total's
  // period before it in the sentence opens this count's too.
  if (before && day?.source === 'sentence' && accumulates(choice.metric) && !state && before.claim.scope === 'cumulative' && before.claim.dateEnd && before.claim.date === day.date) {
    scope = 'cumulative';
    day = borrowedDay(before.claim);
  }
  // "As of 19:00, 50 people have been killed. 98 people have been wounded": a present perfect count with no day of
  // its own, in the sentence after a running total of the same paragraph, is part of the same tally.
  const tally = item.lastTotal;
  if (scope === 'daily' && !state && accumulates(choice.metric) && tally && tally.index >= p.index - 1 && tally.paragraph === p.sentence.paragraph &&
    (day?.source === 'published' || day?.source === 'paragraph') &&
    // A present perfect runs on only a tally of the report's day; the same source telling on runs on any.
    ((PRESENT_PERFECT.test(text.slice(window[0], window[1])) && (tally.date ?? ctx.publishedDay) >= ctx.publishedDay) || COUNTED_AGAIN.test(text))) {
    scope = 'cumulative';
    day = { date: tally.date ?? ctx.publishedDay, ...(tally.dateEnd ? { dateEnd: tally.dateEnd } : {}), source: 'paragraph' };
  }
  if (verb && !elided) item.lastVerb = { verb, paragraph: p.sentence.paragraph, choice };
  if (scope === 'cumulative' && accumulates(choice.metric)) item.lastTotal = { index: p.index, paragraph: p.sentence.paragraph, date: day?.date, dateEnd: day?.dateEnd };
  // Only a target may run past publication: a period counted on from the wrong first day stops at the report.
  if (day && scope !== 'planned' && (day.dateEnd ?? day.date) > ctx.itemDay) day = day.date > ctx.itemDay ? { ...day, date: ctx.itemDay, dateEnd: undefined } : { ...day, dateEnd: ctx.itemDay };
  if (day && !day.dateEnd && (day.source === 'clause' || day.source === 'sentence') && scope === 'daily') item.dated.set(choice.metric, { date: day.date, paragraph: p.sentence.paragraph });
  const quoteSpan: [number, number] = [q.span[0] - start, q.span[1] - start];
  // A live blog's "15:10 BST" opens the entry; blanked, it is neither a source's nor a place's name.
  const bare = text.replace(TIMESTAMP, (m) => ' '.repeat(m.length));
  // "It said 104 missiles were shot down": the source the paragraph named before.
  if (listed && !before!.placeListed) placeSubject(before!.claim, bare);
  const giver = listed ? undefined : giverAfter(bare, quoteSpan[1]);
  // "– 728 Shahed-type UAVs ..." under "Russia attacked Ukraine with 741 means of air attack.": a list item's lead
  // says who did it, where, and who said so ("- Ravenna: about 27,000 evacuated" under "..., according to the
  // regional government as of Sunday:").
  const lead = BULLET.test(text) ? listLead(p, item) : undefined;
  const attribution = listed ? before!.claim.attribution : giver ?? namedBefore(findAttribution(bare, quoteSpan[0], quoteSpan[1]), item, entryTitle(p, item) ?? paragraphOpening(p, item), bare) ?? item.speakers.get(p.index) ?? inheritedSource(p, bare, item) ?? figureBefore?.attribution ?? lead?.source ?? item.entrySources.get(p.sentence.paragraph) ?? item.signatory;
  // "..., Plataforma Decide said on Thursday. / The deaths bring to more than 250 the number killed since October
  // 21, the group said": a source speaking on with no day of its own still speaks on the day it named, which ends
  // the period it totals.
  const spoke = days.statementDays.find((m) => m.kind !== 'dateline' && m.date <= ctx.publishedDay);
  if (attribution && spoke) item.saidOn.set(attribution, { date: spoke.date, paragraph: p.sentence.paragraph });
  const said = attribution && !spoke ? item.saidOn.get(attribution) : undefined;
  if (said && day?.since && day.dateEnd === ctx.publishedDay && said.paragraph >= p.sentence.paragraph - 1 && said.date < day.dateEnd && said.date >= day.date) {
    day = { ...day, dateEnd: said.date };
    if (ctx.lastPeriod) ctx.lastPeriod = { date: day.date, dateEnd: said.date };
  }
  let runsOn = false;
  if (attribution && !giver) {
    item.sources.set(p.sentence.paragraph, attribution);
    item.lastSource = attribution;
    // "... arrested since protests erupted on September 16, HRANA said. / The group said 470 had been killed": the
    // source's statement runs on into the next paragraph, and so does the period its total covered.
    const period = item.periods.get(attribution);
    // Not an earlier tally told by its hour ("The toll had stood at 64 at midday").
    runsOn = !!period && period.paragraph === p.sentence.paragraph - 1 && accumulates(choice.metric) && !state && scope !== 'planned' && (day?.source === 'published' || day?.source === 'statement') && !AT_AN_HOUR.test(text);
    if (runsOn) {
      scope = 'cumulative';
      day = { date: period!.date, dateEnd: period!.dateEnd, source: 'paragraph' };
    }
  }
  // "Police have arrested 779 people since violent disorder broke out on 30 July. Figures from forces include: –
  // Cleveland Police: 88 arrests": a bulleted tally of the same count covers the same period.
  const whole = lead && scope === 'cumulative' && !day?.dateEnd ? item.lastByMetric.get(choice.metric) : undefined;
  if (whole?.dateEnd && whole.scope === 'cumulative' && day && day.date === whole.dateEnd) day = { date: whole.date!, dateEnd: whole.dateEnd, source: 'paragraph' };
  // Things launched at the lead's target: "launched from bombers over the Saratov region" is where they came from.
  // "– Cleveland Police: 88 arrests": a bulleted count under a force named after its area is that area's.
  const force = lead ? FORCE_LABEL.exec(bare)?.[1] ?? PLACE_LABEL.exec(bare)?.[1] : undefined;
  const place = listed?.[1] ?? (force && !NOT_AREA.test(force) ? force : undefined) ?? (/_launched$/.test(choice.metric) ? lead?.place : undefined) ?? placeOf(p, choice.metric, bare, quoteSpan, window, others, item, attribution) ?? (runsOn ? item.periods.get(attribution!)?.place : undefined);
  if (day?.since && day.dateEnd && attribution) item.periods.set(attribution, { date: day.date, dateEnd: day.dateEnd, paragraph: p.sentence.paragraph, ...(place ? { place } : {}) });
  // "13 had been shot down" names no one who shot them down.
  const actor = perSide || downed ? undefined : actorOf(p, choice, bare, phrase, window, attribution, before) ?? (THINGS.test(choice.metric) ? lead?.actor : undefined);
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
  item.lastByMetric.set(claim.metric, claim);
  // A headline's target with no day of its own ("Hamas to free 20") is the body's target told short.
  const headline = p.sentence.paragraph === 0;
  const perfect = PERFECT.test(text.slice(window[0], window[1]));
  // "Three more were arrested overnight": an addition, never the same figure as the day before's.
  const more = /^\s+(?:more|others|further|additional)\b/i.test(text.slice(phrase[1], phrase[1] + 12)) || /\b(?:another|a further|an additional)\s+$/i.test(text.slice(Math.max(0, phrase[0] - 16), phrase[0]));
  return { claim, choice, part, dayFrom: day?.source, state, perfect, ...(more ? { additional: true } : {}), ...(onTotal ? { withTotal: true } : {}), ...(afterEvent ? { inferredTotal: true } : {}), guessed: day?.source === 'published' || (headline && !day && scope === 'planned'), night: day?.night, paragraph: p.sentence.paragraph, ...(item.titleIndex === p.index ? { title: true } : {}), ...(listed ? { placeListed: true } : {}), ...(earlierTally || figureBefore || sameBefore ? { earlier: true } : {}), ...(p.sentence.paragraph === 0 ? { headline: true } : {}) };
}

/** placeOf says where a figure happened: the place its sentence names for it, else the one its paragraph just
 * named, else the city of a mayor whose statement speaks of "the city", a live blog's headline place or a
 * national source's country. */
function placeOf(p: Parsed, metric: string, bare: string, quoteSpan: [number, number], window: [number, number], others: Array<[number, number]>, item: Item, attribution?: string): string | undefined {
  const own = findPlace(bare, quoteSpan[0], quoteSpan[1], others, item.places);
  if (own) return own;
  // "8,000 people have been evacuated to relief camps in the district": the district the text named before.
  const unit = unitNamedBefore(bare.slice(window[0], window[1]), item.sentences.slice(Math.max(0, p.index - 6), p.index).map((s) => s.text), item.places, () => storyPlace(item));
  if (unit) return unit;
  // "16 people were injured there", "Thirteen people are missing": the place the paragraph just named.
  // Not for an exchange: a swap's count is not located where the paragraph's earlier attack happened.
  const inherited = item.reciprocal.has(metric) ? undefined : placeBefore(p, item);
  if (inherited) return inherited;
  // A live blog's place is where people were hurt, or "the city" its clause names; drones launched at the whole
  // country are not located there.
  const casualty = CASUALTIES.test(metric);
  // "Moscow Mayor Sergei Sobyanin said 74 drones were shot down as they approached the city": the mayor's city.
  const inClause = THE_PLACE.test(bare.slice(window[0], window[1]));
  const city = THE_PLACE.test(bare.slice(window[0])) ? mayorsCity(bare) : undefined;
  if (city) return city;
  if (item.headlinePlace && (casualty || inClause || metric === 'arrested' || !DEFAULT_KEYS.has(metric))) return item.headlinePlace;
  // A casualty count that names no place is the item's disaster's: where its headline or lead says it happened.
  // So is an event's own metric, which piles up like casualties ("1,100 homes had been destroyed").
  const story = casualty || metric === 'arrested' || !DEFAULT_KEYS.has(metric) ? storyPlace(item) : undefined;
  if (story) return story;
  // "Myanmar's military government said 1,700 were killed": a national body's toll is the country's.
  const national = casualty && attribution ? NATIONAL.exec(attribution)?.[1] : undefined;
  return national && isCountryOrState(national) ? national : undefined;
}

/** actorOf says who did what a figure counts: for things (missiles launched or downed) and for a one-way release
 * ("Hamas freed 11"); other counts of people have no single actor here. */
function actorOf(p: Parsed, choice: MetricChoice, bare: string, phrase: [number, number], window: [number, number], attribution?: string, before?: Found): string | undefined {
  const release = RELEASED.test(choice.metric);
  if (choice.countsPeople && !release) return undefined;
  // "It said Hezbollah fired about 210 rockets": a pronoun's statement opens the clause, not its subject.
  const clause = bare.slice(Math.max(window[0], attributionLead(bare)), phrase[0]).split(',').at(-1)!.replace(/^\s*(?:It|He|She|They)\s+(?:also\s+)?(?:said|says|added|reported)\s+(?:that\s+)?(?=\p{Lu})/u, '');
  // "Hamas released three hostages on Saturday and Israel freed 183": a clause joined by "and" has its own subject.
  const joined = / (?:and|while|as|but) /.test(clause) ? COORDINATED.exec(clause) : null;
  const actorClause = joined && /\p{Ll}/u.test(clause.slice(0, joined.index)) ? joined[1] : clause;
  // "..., and Israel 60 prisoners": the gapped clause's own subject is who acts, read as if its verb were there.
  if (choice.gapped) {
    const own = GAPPED_SUBJECT.exec(clause)?.[1] ?? actorClause;
    return findActor(`${own.trim()} ${p.tokens[choice.hit.first].text.toLowerCase()}`, attribution, release);
  }
  const actor = findActor(actorClause, attribution, release);
  if (actor || !before?.claim.actor) return actor;
  // "Russia had launched 1,150 drones, ... and 35 missiles": a list under one verb shares its subject.
  const listed = choice.ownNoun && choice.nounPhrase.includes(choice.hit.first) && !LIST_BREAK.test(p.sentence.text.slice(before.claim.quoteSpan?.[1] ?? 0, phrase[0]));
  return before.choice.hit.first === choice.hit.first || listed ? before.claim.actor : undefined;
}

/** overAside runs a clause on past a breakdown set off by commas ("15,000 people, including 6,150 children,
 * have been killed in the war"), so the total's verb and cues are read with it. */
function overAside(text: string, window: [number, number]): [number, number] {
  ASIDE.lastIndex = window[1];
  const aside = ASIDE.exec(text);
  return aside ? [window[0], clauseWindow(text, window[1] + aside[0].length, window[1] + aside[0].length + 1)[1]] : window;
}

/** reducedRelative says whether a term after the number is a bare participle ("people from Gaza detained during the
 * war"), with no auxiliary before it that would make it the number's own verb. */
function reducedRelative(tokens: Token[], hit: TermHit, last: number): boolean {
  return hit.first > last + 1 && hit.words.length === 1 && /\p{Ll}ed$/u.test(tokens[hit.first].text) && !AUX.has(tokens[hit.first - 1].norm);
}

function borrowedDay(c: ExtractedClaim): DayRange | undefined {
  return c.date ? { date: c.date, ...(c.dateEnd ? { dateEnd: c.dateEnd } : {}), source: 'clause' } : undefined;
}

/** runsOnTotal says whether a count is tallied with a running total: its source gave a toll ("in its first
 * official toll"), it is "the 1,301 who died", or "with" hangs it on the total before it. */
function runsOnTotal(p: Parsed, phrase: [number, number], window: [number, number], days: SentenceDays, before?: Found): boolean {
  const { text } = p.sentence;
  if (/toll|tally|count/i.test(text) && SOURCE_TOTAL.test(text)) return true;
  // "the 40 who died on Monday" has a day of its own: that day's count.
  const dated = days.mentions.some((m) => m.start >= window[0] && m.start < window[1] + 40);
  if (!dated && DEFINITE_BEFORE.test(text.slice(Math.max(0, phrase[0] - 8), phrase[0])) && RELATIVE_AFTER.test(text.slice(phrase[1], phrase[1] + 30))) return true;
  if (!before || before.claim.scope !== 'cumulative') return false;
  const between = p.sentence.text.slice(before.claim.quoteSpan![1], phrase[0]);
  // "with 3,640 injured and more than 6,700 homes destroyed": the next of a list hung on the total by "with".
  return WITH_TOTAL.test(between) || (!dated && AND_NEXT.test(between) && (!!before.withTotal || !!before.choice.gapped)) ||
    (!dated && !before.inferredTotal && AND_PAST_SHARE.test(between) && BARE_PARTICIPLE.test(text.slice(phrase[1], phrase[1] + 40))) ||
    // "had made 741 arrests ... by Friday evening, and 302 people had been charged": a perfect joined to the tally.
    (!dated && !before.inferredTotal && AND_PERFECT.test(between) && PERFECT_AFTER.test(text.slice(phrase[1], window[1])));
}

/** inheritedSource is the source a sentence leans on without naming it: its paragraph's statement ("Qatar said
 * the truce would be extended. Hamas is expected to free 20"), or the source before for ", it said". */
// "The group said 470 had been killed" after "the rights group HRANA said": a bare kind of source is the one just named.
const BARE_KIND = /^\p{Ll}+$/u;

// "Hezbollah: In statements from 05:15, the group said": a situation report's section is named after its source.
const SECTION_LABEL = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}):\s/u;
const NAMED_BODY = /\b(?!(?:The|A|An|This|That|Its|Their)\s)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:[\p{Ll}-]+\s+)?(?:service|organi[sz]ation|group|charity|agency|network|society|foundation))\b/u;
const ORGANISATION = /^(?:group|military|army|movement|militia|organi[sz]ation|force|forces|agency|ministry|party|command)$/i;
const NOT_SECTION_SOURCE = /^(?:Summary|Context|Background|Casualties|Assessment|Analysis|Update|Updates|Latest|Home front|Outlook|Note|Editor's note|Read more|Watch|Live|Breaking)$/i;

function namedBefore(source: string | undefined, item: Item, sentence?: string, own?: string): string | undefined {
  // "According to him, 12 civilians have been killed": the one who spoke last.
  if (source && /^(?:him|her|them)$/i.test(source)) return item.lastSource ?? source;
  if (!source || !BARE_KIND.test(source)) return source;
  // "Volunteers from the Zaka rescue service have recovered 260 bodies, the organisation said": named in the sentence.
  const here = own && /^(?:organi[sz]ation|group|service|charity|agency|network)$/i.test(source) ? NAMED_BODY.exec(own)?.[1] : undefined;
  if (here) return here;
  const word = new RegExp(`\\b${source}\\b`, 'i');
  const earlier = [item.lastSource, ...[...item.sources.values()].reverse()].find((s) => s && s !== source && word.test(s));
  if (earlier) return earlier;
  // Only an organisation's kind: "police said" under "Prayagraj:" names no source of its own.
  const label = sentence && ORGANISATION.test(source) ? SECTION_LABEL.exec(sentence)?.[1] : undefined;
  return label && !NOT_SECTION_SOURCE.test(label) && isAgent(label) ? label : source;
}

function inheritedSource(p: Parsed, bare: string, item: Item): string | undefined {
  if (saysAgain(bare.trimStart())) return item.sources.get(p.sentence.paragraph);
  if (PRONOUN_SOURCE.test(bare)) return item.sources.get(p.sentence.paragraph) ?? item.lastSource;
  // A sentence with a speaker of its own, even one no source was read from, is not the statement running on.
  return namesSpeaker(bare) ? undefined : item.sources.get(p.sentence.paragraph);
}

/** verbBefore returns where the word right before a number and its bound words is, when it is a past verb. */
function verbBefore(tokens: Token[], first: number): number | undefined {
  const i = wordBefore(tokens, { first });
  const t = tokens[i];
  return t && t.kind === 'word' && /(?:ed|ot|own|ew)$/i.test(t.text) && !AUX.has(t.norm) ? i : undefined;
}

/** nounAfter says whether a word follows the number that could be its own noun ("5,000 rockets", not "5,000 in"). */
function nounAfter(tokens: Token[], last: number): boolean {
  const t = tokens[last + 1];
  return !!t && t.kind === 'word' && !/^(?:in|on|at|of|over|from|during|since|by|and|or|but|alone|overnight|today|yesterday|more)$/i.test(t.text);
}

const BULLET = /^[–—•·*-]\s/;
const FORCE_LABEL = /^[–—•·*-]\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:Police|Constabulary)(?:\s+Service)?\s*:/u;
// "- Ravenna: about 27,000 evacuated": a bulleted count under a place's name, not an organisation's.
const PLACE_LABEL = /^[–—•·*-]\s+(\p{Lu}[\p{L}’'-]+(?:[\s-]\p{Lu}[\p{L}’'-]+)?)\s*:(?=\s)/u;
const NOT_AREA = /^(?:Metropolitan|National|British Transport|Transport|Military|Border|Federal|State|Royal|City)$/;
// "Russia attacked Ukraine with 741 means of air attack", "Ukrainian air defence neutralised 718 air targets".
const LEAD_SUBJECT = /^(?:[^,]{0,40},\s*)?([\p{L}'’ -]{2,40}?)\s+(?:attacked|launched|fired|struck|neutrali[sz]ed|shot down|destroyed|intercepted|downed)\b/u;

/** listLead reads who acted and where from the sentence a bulleted list hangs on, the last before its items. */
function listLead(p: Parsed, item: Item): { actor?: string; place?: string; source?: string } | undefined {
  let i = p.index - 1;
  while (i >= 0 && BULLET.test(item.sentences[i].text)) i--;
  const lead = item.sentences[i]?.text;
  if (!lead) return undefined;
  const subject = LEAD_SUBJECT.exec(lead)?.[1];
  const actor = subject ? countryOf(subject) : undefined;
  const place = /\battacked\b/.test(lead) ? lastPlace(lead, item.places) : undefined;
  // "Evacuations and deaths by province, according to the regional government as of Sunday:" speaks for its list.
  const source = statementSource(lead);
  return { ...(actor ? { actor } : {}), ...(place ? { place } : {}), ...(source ? { source } : {}) };
}

/** entryTitle is the title field of the aggregator entry the number is in ("IDF: Iran fired fewer than 100
 * missiles"), where a label naming the source sits. */
function entryTitle(p: Parsed, item: Item): string | undefined {
  const title = item.titleIndex === undefined ? undefined : item.sentences[item.titleIndex];
  return title && title.paragraph === p.sentence.paragraph ? title.text : undefined;
}

/** paragraphOpening is the first sentence of the number's paragraph, where a section label sits. */
function paragraphOpening(p: Parsed, item: Item): string {
  let i = p.index;
  while (i > 0 && item.sentences[i - 1].paragraph === p.sentence.paragraph) i--;
  return item.sentences[i].text;
}

/** storyPlace is where the headline or the lead says the item's disaster or attack happened, read once. */
function storyPlace(item: Item): string | undefined {
  // The headline and the lead, a byline between them included.
  // "at Muan airport" in the headline is the lead's "at Muan International Airport", named in full.
  if (item.eventPlace === undefined) {
    const named = item.sentences.filter((s) => s.paragraph <= 2).map((s) => eventPlace(s.text.replace(TIMESTAMP, (m) => ' '.repeat(m.length)), item.places)).filter((x): x is string => !!x);
    item.eventPlace = named.find((x) => named[0] && x.startsWith(`${named[0]} `)) ?? named[0] ?? (item.sentences[0] ? eventPlace(item.sentences[0].text, item.places, true) : undefined) ?? null;
  }
  return item.eventPlace ?? undefined;
}

function placeBefore(p: Parsed, item: Item): string | undefined {
  for (let i = p.index - 1; i >= 0 && item.sentences[i].paragraph === p.sentence.paragraph; i--) {
    const place = lastPlace(item.sentences[i].text.replace(TIMESTAMP, (m) => ' '.repeat(m.length)), item.places);
    if (place) return place;
  }
  return undefined;
}

function elsewhere(a: Found, b: Found): boolean {
  return !!a.claim.place && !!b.claim.place && a.claim.place !== b.claim.place;
}

// "367 passengers and 12 crew were evacuated": counts joined by "and" before the verb they share are each a count.
function coordinated(a: Found, b: Found, tokens: Token[]): boolean {
  const [first, second] = a.claim.span[0] < b.claim.span[0] ? [a, b] : [b, a];
  const and = (first.choice.nounPhrase.at(-1) ?? -1) + 1;
  const i = and > 0 && first.choice.hit.first > and ? countAfterAnd(tokens, and) : -1;
  const head = second.choice.nounPhrase[0];
  return i >= 0 && head > i && tokens.slice(i, head).every(isCount) && second.choice.hit.first > head;
}

function sharesTerm(a: MetricChoice, b: MetricChoice): boolean {
  return a.hit.words.some((i) => b.hit.words.includes(i));
}
