/** Day resolution across sentences: the day a figure is about, from its own words or from what came before. */
import type { Scope } from '../../shared/types.ts';
import { addDays, type DateMention } from './dates.ts';
import { findDayPhrases, weekPeriod, type DayPhrase } from './day-phrases.ts';
import { statementSpans } from './attribution.ts';
import type { Sentence } from './sentences.ts';
import { EVENT_NOUN } from './document.ts';

/** DayRange is a day, or a period from `date` to `dateEnd`, and where it came from. */
export interface DayRange {
  date: string;
  dateEnd?: string;
  /** clause/sentence: the figure's own words; paragraph: the day the text was talking about; statement: the
   * day of "police said on Sunday"; published: the text named no day, the publication day is a guess. */
  source: 'clause' | 'sentence' | 'paragraph' | 'statement' | 'published';
  /** Named as the day of the figures ("yesterday's figures"), not only as the day the disaster struck. */
  tally?: boolean;
  /** "overnight", "last night": the night that ended on the publication day, a looser day than a named one. */
  night?: boolean;
  /** "since Thursday", "300 killed in three weeks": a running total over a period that runs to the report. */
  since?: boolean;
}

/** DayContext is what the text has said about days so far; one per text, advanced sentence by sentence. */
export interface DayContext {
  /** The day the current stretch was published: the item's, or an aggregator entry's ("2 days ago"). */
  publishedDay: string;
  /** The item's own publication day. */
  itemDay: string;
  paragraph: number;
  /** The last day named in the current paragraph; dateless figures of the paragraph inherit it. */
  paragraphDay?: DayRange;
  /** The day the text last talked about (its last dated figure, or the last day it named), which "the day
   * before" in a new paragraph leans on. */
  lastDay?: string;
  /** The first day of the series the text counts in, learnt from "the second day of the swap". */
  seriesStart?: string;
  /** The day the disaster began, when the text says: "the third day of the fires" counts from it. */
  eventDay?: string;
  /** The day a truce took effect, which "since the truce began" runs from. */
  truceDay?: string;
  /** The first day of the last running total the text gave "since" a day ("launched 550 missiles since 13 June"). */
  sinceStart?: string;
  /** That total's whole period, for "over the same period". */
  lastPeriod?: { date: string; dateEnd: string };
}

/** SentenceDays is what one sentence says about days, with offsets in the sentence. */
export interface SentenceDays {
  /** Days the sentence gives its figures, in order. */
  mentions: DateMention[];
  /** Days the sentence gives its statements ("police said on Sunday that..."): a figure's last resort. */
  statementDays: DateMention[];
  phrases: DayPhrase[];
}

export const PRESENT_PERFECT = /\b(?:has|have)\s+(?:also\s+|now\s+|so far\s+)?(?:been\s+)?\p{L}+(?:ed|en)\b/u;
// "after a glacial lake burst its banks early on Wednesday": the day the event struck.
const EVENT_BEGAN = /\b(?:began|started|struck|erupted|broke out|made landfall|hit|took effect|came into (?:effect|force)|burst(?:\s+(?:its|their)\s+banks)?|collapsed|exploded|gave way|overflowed)\s+(?:(?:late|early)\s+)?(?:on\s+|last\s+)?$/i;
// "freed 200 prisoners hours later, in the exchange under the ceasefire that took effect last Sunday": a day in a
// relative clause set off after the figure tells when something else began.
const RELATIVE_BEGAN = /,[^,;]*\b(?:that|which)\s+(?:had\s+|has\s+)?(?:began|started|took effect|came into (?:effect|force)|was agreed|was signed)\s+(?:on\s+)?$/i;
// "fired 320 rockets ..., as the first phase of its response to the killing of a commander on 30 July": a day in a
// clause after the figure that tells what the figure answers is that earlier event's.
const ANSWERED = /,[^;]*\b(?:in\s+)?(?:response|retaliation|reprisal|revenge|answer|reply)\s+(?:to|for)\b[^;]*$/i;
// "have been freed since the truce began": a period from the day the text says the event began.
// "since the start of the incursion" runs from the day the text said it began, as "since the truce began" does.
const SINCE_BEGAN = /\bsince\s+the\s+(?:[\p{L}-]+\s+){1,3}?(?:began|started|took effect|came into (?:effect|force)|struck|broke out|erupted)\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:incursion|offensive|operation|protests|unrest|crisis|truce|ceasefire|fighting|floods|fires)\b/iu;
// "since the Israeli army ordered people out of the eastern part of the city on May 6": a clause may run long.
const SINCE = /\bsince\b[^,;:]{0,90}$/i;
const SAME_PERIOD = /\b(?:over|in|during|for)\s+the\s+same\s+(?:period|time|days|week|span)\b/i;
const FIRST_HOURS = /\b(?:in|during|within|over)\s+(?:the\s+)?first\s+(?:[\w-]+\s+)?(?:minutes|hours|moments)\b/i;
// "had dropped to about 100, down from more than 200 on Monday": that day is the earlier tally's.
const UP_FROM_BETWEEN = /\b(?:up|down)(?:\s+\p{Ll}+ly)?\s+from\b/iu;
const DAY_AFTER_EVENT = new RegExp(`\\b(?:morning|day|night|evening|afternoon)\\s+after\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_NOUN.source.slice(2, -2)}\\b`, 'iu');
const SINCE_BEFORE = /\bsince\s+(?:(?:late|early|last)\s+)?$/i;
const STATE_SINCE = /\bsince\b[^;:]{0,120}$/i;
const SINCE_THEN = /\bsince\s+then\b/i;
const PAST_CONTEXT_DAYS = 7;
const EVENT_DAY_BEFORE = new RegExp(`${EVENT_NOUN.source}(?:\\s+(?:on|in|at|near)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)?\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$`, 'iu');

/** startDayContext begins a text published on `publishedDay`. */
export function startDayContext(publishedDay: string, eventDay?: string, truceDay?: string): DayContext {
  return { publishedDay, itemDay: publishedDay, paragraph: -1, ...(eventDay ? { eventDay } : {}), ...(truceDay ? { truceDay } : {}) };
}

/** readSentenceDays picks the text's day mentions inside a sentence (offsets made relative to it) and its day phrases. */
export function readSentenceDays(sentence: Sentence, textDates: DateMention[]): SentenceDays {
  const all = textDates
    .filter((m) => (m.kind === 'day' || m.kind === 'weekday' || m.kind === 'dateline') && m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
  // Statement spans matter only to a sentence that names a day.
  const spans = all.length ? statementSpans(sentence.text) : [];
  // "On the night of February 23 (from 18:00 on February 22)": a day in brackets only details the day before them.
  const bracketed = all.length > 1 && sentence.text.includes('(') ? all.filter((m) => inBrackets(sentence.text, m.start)) : [];
  const aside = bracketed.length < all.length ? bracketed : [];
  // "..., as the first phase of its response to the killing of a commander on 30 July": that day is the earlier event's.
  const own = all.filter((m) => !said(m, spans) && !aside.includes(m) && !ANSWERED.test(sentence.text.slice(0, m.start)));
  return { mentions: own, statementDays: all.filter((m) => said(m, spans)), phrases: findDayPhrases(sentence.text) };
}

/** enterSentence moves the context into a sentence's paragraph: a new paragraph forgets the last paragraph's day. */
export function enterSentence(ctx: DayContext, paragraph: number): void {
  if (paragraph !== ctx.paragraph) {
    ctx.paragraphDay = undefined;
    ctx.publishedDay = ctx.itemDay;
  }
  ctx.paragraph = paragraph;
}

// "2 hours ago", "Yesterday", "3 days ago": an aggregator entry's age, a field of its own.
const AGE = /^(?:(\d{1,2}|an?|one|two|three|four|five|six)\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago|(yesterday|today|just now)|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SMALL = ['a', 'one', 'two', 'three', 'four', 'five', 'six'];

/** readEntryAge reads an aggregator entry's age field ("2 days ago") and dates the rest of its entry (paragraph)
 * by it, as if the entry were published then; true when the sentence is such a field. */
export function readEntryAge(ctx: DayContext, sentence: string): boolean {
  const m = AGE.exec(sentence.trim());
  if (!m) return false;
  const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : Math.max(1, SMALL.indexOf(m[1].toLowerCase()))) : 0;
  // A weekday label is the latest such day on or before the page's.
  const weekday = m[4] ? (new Date(`${ctx.itemDay}T12:00:00Z`).getUTCDay() - WEEKDAYS.indexOf(m[4].toLowerCase()) + 7) % 7 : undefined;
  const days = weekday ?? (m[3] ? (/^yesterday$/i.test(m[3]) ? 1 : 0) : /^d/i.test(m[2]) ? n : 0);
  ctx.publishedDay = addDays(ctx.itemDay, -days);
  return true;
}

/** claimDay dates the number at `at` whose clause is `window`: its clause's words first, then its sentence's,
 * then the paragraph's day, then the publication day. Only a target may be dated after publication. */
export function claimDay(ctx: DayContext, days: SentenceDays, window: [number, number], at: number, scope: Scope, sentence: string, state = false, things = false): DayRange | undefined {
  const pub = ctx.publishedDay;
  // "France 24 · Wednesday · ... up from 749 on Tuesday": in an older aggregator entry a bare weekday is the latest
  // such day on or before the entry's, not the page's.
  if (pub < ctx.itemDay && days.mentions.some((m) => m.kind === 'weekday')) days = { ...days, mentions: days.mentions.map((m) => (m.kind === 'weekday' ? { ...m, date: weekdayOnOrBefore(m.date, pub) } : m)) };
  // Helpers live at module level: closures made on every call cost more than the lookups they do.
  const mentions = days.mentions.filter((m) => allowed(m, scope, pub));
  const named = mentions[0]?.date;
  const phrase = <K extends DayPhrase['type']>(type: K, all = false) => nearestPhrase(days, type, window, at, all);

  // "The toll from Friday night's attack has risen to 133": the attack's day, not the day of the tally.
  // Nor is a state ("300 still missing" after "Friday's earthquake"): it is as of the report.
  let own = scope === 'cumulative' || state ? mentions.filter((m) => !m.possessive) : mentions;
  // "The number killed in the attack on Kyiv on Monday has risen to 31": the day dates the attack, and the total
  // is the tally's, unless "since" makes that day the start of its period.
  if (scope === 'cumulative' && own.length) own = own.filter((m) => !EVENT_DAY_BEFORE.test(sentence.slice(Math.max(0, m.start - 50), m.start)) || SINCE.test(sentence.slice(window[0], m.start)));
  // "Rains that began on Friday have injured 94": the day the event began, told by a present perfect, is no day of the count.
  if (PRESENT_PERFECT.test(sentence.slice(window[0], window[1]))) own = own.filter((m) => !EVENT_BEGAN.test(sentence.slice(Math.max(0, m.start - 30), m.start)) || SINCE.test(sentence.slice(window[0], m.start)));
  own = own.filter((m) => m.start < at || !RELATIVE_BEGAN.test(sentence.slice(at, m.start)));
  // "42 others are missing in floods that have lashed the region since Friday": a state is as of the report.
  // "missing since their boat sank in rough seas off Stock Island, near Key West, on Wednesday": commas and all.
  if (state) own = own.filter((m) => !SINCE.test(sentence.slice(window[0], m.start)) && !STATE_SINCE.test(sentence.slice(at, m.start)));
  const mention = nearest(own.filter((m) => inWindow(m, window)), at);
  // "68 bodies yesterday and two more this morning": the nearer of the two days is the count's.
  const today = scope !== 'planned' ? phrase('today') : undefined;
  if (today && (!mention || Math.abs(today.at - at) < Math.abs(mention.start - at))) return { date: pub, source: 'clause' };
  // "The number killed since wildfires broke out on Friday ... rose to 99 on Sunday": the day after "since" opens the
  // period, and a day after the number is the tally's, which closes it.
  const sinceAt = scope !== 'planned' && !state ? sentence.slice(window[0], at).search(/\bsince\b/i) : -1;
  if (sinceAt >= 0) {
    const inClause = own.filter((m) => inWindow(m, window));
    const opening = inClause.find((m) => m.start > window[0] + sinceAt && m.start < at);
    const closing = inClause.find((m) => m.start > at);
    if (opening && closing && closing.date > opening.date) return { date: opening.date, dateEnd: closing.date, source: 'clause', since: true };
  }
  if (mention) {
    // "since Helene made landfall on Thursday night": a running total from that day to the day of the tally.
    if (scope !== 'planned' && SINCE.test(sentence.slice(window[0], mention.start))) return { date: mention.date, dateEnd: statementEnd(days, scope, pub, at), source: 'clause', since: true };
    return range(mention, 'clause');
  }
  // "since the war began", with no day of the war's start named: the start of the period the text last totalled
  // ("since 13 June"), which is the same war's.
  const start = ctx.eventDay ?? ctx.truceDay ?? ctx.sinceStart;
  // "12 civilians have been killed and 121 injured, including 10 children, in the region since the start of the
  // incursion": the period closing the sentence covers its counts past an aside.
  const began = scope !== 'planned' && !state && start ? SINCE_BEGAN.exec(sentence.slice(window[0]).split(/[;:]/)[0]) : null;
  if (began) {
    const end = statementEnd(days, scope, pub, at);
    if (start! < end) return { date: start!, dateEnd: end, source: 'clause', since: true };
  }
  // "have fled their homes since then": the period runs from the day the text just named.
  const then = scope !== 'planned' && !state ? SINCE_THEN.exec(sentence.slice(window[0], window[1])) : null;
  const from = ctx.paragraphDay?.date ?? ctx.lastDay;
  if (then && from) {
    const end = statementEnd(days, scope, pub, at);
    if (from < end) return { date: from, dateEnd: end, source: 'clause', since: true };
  }
  // "On the morning after the floods officials counted 95 dead": the day after the event's.
  if (ctx.eventDay && DAY_AFTER_EVENT.test(sentence.slice(0, at).split(';').pop()!)) return { date: addDays(ctx.eventDay, 1), source: 'clause' };
  // "123 police officers had been injured over the same period": the period the text just totalled; "Over the same
  // period it counted 569 wounded": fronting the sentence too, before any later clause's "this week".
  if (ctx.lastPeriod && scope !== 'planned' && (SAME_PERIOD.test(sentence.slice(window[0], window[1])) || SAME_PERIOD.test(sentence.slice(0, at).split(/[;:]/).pop()!))) return { ...ctx.lastPeriod, source: 'clause', since: true };
  const relative = phrase('relative');
  if (relative) return { date: addDays(anchor(ctx), relative.offset), source: 'clause' };
  const past = phrase('past');
  if (past) return period(addDays(named ?? pub, 1 - past.days), past.days, 'clause');
  const week = phrase('week');
  if (week && !(week.possessive && (scope === 'cumulative' || state))) return { ...weekPeriod(week.which, pub), source: 'clause' };
  const span = phrase('span');
  if (span) {
    // "over the two extra days": the days added after the day the text speaks of.
    if (span.extra) return period(addDays(named ?? pub, 1), span.days, 'clause');
    const start = ctx.seriesStart ?? (scope === 'planned' ? named ?? pub : undefined);
    // "has released 150 over the four days" of a series that runs to the report: the total so far.
    if (start) return { ...period(start, span.days, 'clause'), ...(scope !== 'planned' && addDays(start, span.days - 1) >= pub ? { since: true } : {}) };
    const end = named ?? ctx.paragraphDay?.date ?? pub;
    return { ...period(addDays(end, 1 - span.days), span.days, 'clause'), ...(end === pub && span.days > 1 ? { since: true } : {}) };
  }
  // "fired 5,000 in the first 20 minutes alone": the first hours of the event are on its day.
  if (ctx.eventDay && !named && FIRST_HOURS.test(sentence.slice(window[0], window[1]))) return { date: ctx.eventDay, source: 'clause' };
  const nth = phrase('nth');
  const series = ctx.seriesStart ?? ctx.eventDay;
  if (nth?.unit === 'day' && series && !named) return { date: addDays(series, nth.n - 1), source: 'clause' };
  if (phrase('overnight')) return { date: pub, source: 'clause', night: true };
  // "and two more this morning": the day of the report (or of the entry it is told in).
  if (phrase('today') && scope !== 'planned') return { date: pub, source: 'clause' };
  // A target names its own period or has none; the day its sentence speaks of is when it was announced. "Would be
  // released today" names its day.
  if (scope === 'planned') return phrase('today') ? { date: pub, source: 'clause' } : undefined;
  // "said 72 people had been killed, ..., and that 1,300 had been injured since Monday": a day opening another
  // clause's period is that clause's.
  // "On Wednesday officials counted 95 dead; by Friday the figure had passed 200": a day after a semicolon does not
  // reach back (one before it still carries on: "recovered 16 bodies on Sunday; four remain missing").
  const unbroken = own.filter((m) => inWindow(m, window) || m.start < at || !SINCE_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start))).filter((m) => m.start < at || !(sentence.slice(at, m.start).includes(';') || UP_FROM_BETWEEN.test(sentence.slice(at, m.start))));
  const inSentence = nearest(unbroken, at);
  if (inSentence) return range(inSentence, 'sentence');
  const relativeInSentence = phrase('relative', true);
  if (relativeInSentence) return { date: addDays(anchor(ctx), relativeInSentence.offset), source: 'sentence' };
  // A period fronting the sentence covers its later clauses ("Over the weekend, 12 drowned; 4 died"), not earlier ones.
  const weekInSentence = phrase('week', true);
  if (weekInSentence && weekInSentence.at < at && !(weekInSentence.possessive && (scope === 'cumulative' || state))) return { ...weekPeriod(weekInSentence.which, pub), source: 'sentence' };
  const pastInSentence = phrase('past', true);
  if (pastInSentence && pastInSentence.at < at) return period(addDays(pub, 1 - pastInSentence.days), pastInSentence.days, 'sentence');
  if (phrase('overnight', true)) return { date: pub, source: 'sentence', night: true };
  const statement = statementDay(days, scope, pub, at);
  if (statement) return range(statement, 'statement');
  // A running total is as of the report, not as of an old day the paragraph named ("on Oct. 7 ... has killed").
  // Nor is a figure after "the quake struck on Monday" about Monday: that day is when the disaster began.
  const inherited = ctx.paragraphDay;
  // Things launched or downed in the attack are of its day: only a casualty count moves on past it.
  const stale = (scope === 'cumulative' && inherited && inherited.date < addDays(pub, -PAST_CONTEXT_DAYS)) || (!things && inherited?.date === ctx.eventDay && !inherited?.dateEnd && !inherited?.tally);
  // "Officials had put the toll at 20 late on Monday. About 165 people have been injured": a present perfect tells the
  // count as it stands now, not on the earlier day the paragraph named.
  const now = !!inherited && inherited.date < pub && PRESENT_PERFECT.test(sentence.slice(window[0], window[1])) && /\b(?:has|have)\b/i.test(sentence.slice(window[0], window[1]));
  if (inherited && !stale && !now) return { ...inherited, source: inherited.source === 'statement' ? 'statement' : 'paragraph' };
  return { date: pub, source: 'published' };
}

/** leaveSentence remembers the day a sentence named, the day of its last figure and any series start it implies. */
export function leaveSentence(ctx: DayContext, days: SentenceDays, claimDays: string[]): void {
  const relative = days.phrases.find((p) => p.type === 'relative');
  // "injured in Wednesday's attack has risen to 64, the office said on Friday": the day the paragraph goes on
  // speaking of is the statement's, not the event's named in the possessive.
  const first = days.mentions.find((m) => m.date <= ctx.publishedDay && !m.possessive) ?? days.statementDays[0] ?? days.mentions.find((m) => m.date <= ctx.publishedDay);
  // A statement's day goes on dating the paragraph as a statement's: a casualty count it dates is still the toll so far.
  const named: DayRange | undefined = first ? range(first, days.statementDays.includes(first) ? 'statement' : 'sentence')
    : relative?.type === 'relative' ? { date: addDays(anchor(ctx), relative.offset), source: 'sentence' }
    : days.phrases.some((p) => p.type === 'overnight') ? { date: ctx.publishedDay, source: 'sentence', night: true } : undefined;
  const sentenceDay = named?.date ?? claimDays[0] ?? ctx.paragraphDay?.date ?? ctx.publishedDay;
  for (const p of days.phrases) {
    if (p.type !== 'nth' || ctx.seriesStart) continue;
    if (p.unit === 'day') ctx.seriesStart = addDays(sentenceDay, 1 - p.n);
    else if (p.n === 1 && named) ctx.seriesStart = named.date;
  }
  if (named) ctx.paragraphDay = named;
  if (claimDays.length || named) ctx.lastDay = claimDays.at(-1) ?? named!.date;
}

/** statementDay is the day a sentence says its statement was made: "said on Thursday" before the dateline's day
 * ("KYIV, Aug 9 (Reuters) - ..., the authority said on Friday"). */
function statementDay(days: SentenceDays, scope: Scope, pub: string, at: number): DateMention | undefined {
  const said = days.statementDays.filter((m) => allowed(m, scope, pub));
  return nearest(said.filter((m) => m.kind !== 'dateline'), at) ?? nearest(said, at);
}

/** statementEnd is the day a running total's period runs to: its statement's day, else the publication day. */
function statementEnd(days: SentenceDays, scope: Scope, pub: string, at: number): string {
  return statementDay(days, scope, pub, at)?.date ?? pub;
}

/** weekdayOnOrBefore is the latest day with the weekday of `date` on or before `day`. */
function weekdayOnOrBefore(date: string, day: string): string {
  const back = (new Date(`${day}T12:00:00Z`).getUTCDay() - new Date(`${date}T12:00:00Z`).getUTCDay() + 7) % 7;
  return addDays(day, -back);
}

function inBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) > at;
}

// A dateline dates the report like "police said on Sunday" dates a statement.
function said(m: DateMention, spans: Array<[number, number]>): boolean {
  return m.kind === 'dateline' || spans.some(([s, e]) => m.start >= s && m.start < e);
}

// Only a target may lie ahead, and a target lies ahead: "in its Oct. 7 attack" does not date a promise.
function allowed(m: DateMention, scope: Scope, pub: string): boolean {
  return scope === 'planned' ? (m.dateEnd ?? m.date) >= pub : m.date <= pub;
}

function inWindow(x: { start?: number; at?: number }, window: [number, number]): boolean {
  return pos(x) >= window[0] && pos(x) < window[1];
}

/** nearest is the first of `xs` closest to `at`. */
function nearest<T extends { start?: number; at?: number }>(xs: T[], at: number): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const x of xs) {
    const d = Math.abs(pos(x) - at);
    if (d < distance) [best, distance] = [x, d];
  }
  return best;
}

// "Thursday's Russian air strike on the city", "last week's attack": the possessive, a few words, the event.
const EVENT_AFTER = new RegExp(`^(?:\\s+(?:night|morning|evening|afternoon))?['’]s\\s+(?:[\\p{L}\\d.-]+\\s+){0,3}?(?:${EVENT_NOUN.source.slice(2, -2)}|strike|bombing|shelling|raid|massacre|offensive|operation|assault|fighting|incursion|bombardment|campaign)\\b`, 'iu');

const IN_THE_EVENT = /\b(?:in|from|by|after|during|since)\s+$/i;

/** namesEventDay says whether the number's clause names the event it counts by a past day in the possessive
 * ("killed in Thursday's air strike", "in last week's attack"): the day is the event's, not the count's. */
export function namesEventDay(days: SentenceDays, window: [number, number], sentence: string, publishedDay: string): boolean {
  // Only after a preposition: "Friday night's attack killed 11" tells the attack's own day.
  const event = (start: number, end: number) => IN_THE_EVENT.test(sentence.slice(Math.max(0, start - 12), start)) && EVENT_AFTER.test(sentence.slice(end, end + 50));
  // "after last night's earthquake": the night before the report names the event too.
  // "... confirmed dead and 147 injured after last night's earthquake": "after" opens a clause, but its event is theirs.
  const near = (m: { start: number }) => inWindow(m, window) || /^\s*after\s+$/i.test(sentence.slice(window[1], m.start));
  return days.mentions.some((m) => m.possessive && (m.date < publishedDay || m.night) && near(m) && event(m.start, m.end)) ||
    days.phrases.some((p) => p.type === 'week' && p.possessive && p.which === 'last' && inWindow(p, window) && event(p.at, p.end));
}

function nearestPhrase<K extends DayPhrase['type']>(days: SentenceDays, type: K, window: [number, number], at: number, all: boolean): Extract<DayPhrase, { type: K }> | undefined {
  return nearest(days.phrases.filter((p) => p.type === type && (all || inWindow(p, window))), at) as Extract<DayPhrase, { type: K }> | undefined;
}

function anchor(ctx: DayContext): string {
  return ctx.paragraphDay?.date ?? ctx.lastDay ?? ctx.publishedDay;
}

function pos(x: { start?: number; at?: number }): number {
  return x.start ?? x.at ?? 0;
}

function range(m: DateMention, source: DayRange['source']): DayRange {
  return { date: m.date, ...(m.dateEnd ? { dateEnd: m.dateEnd } : {}), source, ...(m.night ? { night: true } : {}), ...(m.tally ? { tally: true } : {}) };
}

function period(start: string, days: number, source: DayRange['source']): DayRange {
  return days > 1 ? { date: start, dateEnd: addDays(start, days - 1), source } : { date: start, source };
}
