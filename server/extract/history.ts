import { EVENT_NOUN } from './document.ts';
import { parseNumberWords } from './numbers.ts';

/** Background figures: tolls of earlier disasters, previous records and comparisons, which count another event. */

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const PAST_YEAR = new RegExp(`\\b(?:in|during|of|since)\\s+(?:${MONTH}\\s+)?((?:19|20)\\d\\d)\\b|\\b(?:last year|years? ago|a year earlier|the year before|decades? ago)\\b`, 'gi');
const ANY_YEAR = /\b((?:1[89]|20)\d\d)\b|\b(?:last year|years? ago|a year earlier|the year before|decades? ago)\b/gi;
// "In 2022, China recorded 245 deaths", "In June, more than 80 people died": a past year, or a month before the
// publication's, fronting a sentence sets the time of all of it.
// "In the 2018 floods, nearly 500 died": a past year's event fronting the sentence does too.
// A live blog's entry time may open the sentence ("08:15 In 2019, 29 people ... were killed").
const FRONTED_YEAR = /^(?:\d{1,2}[:.]\d\d\s*(?:[A-Z]{2,4}\s+)?)?(?:back\s+)?in\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)(?:\s+\p{L}[\p{L}-]*){0,3}\s*,/iu;
const FRONTED_MONTH = new RegExp(`^(?:back\\s+|earlier\\s+)?in\\s+(?:(?:early|late|mid-?)\\s*)?(${MONTH})\\s*,`, 'i');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// "an April 1 strike ... that killed seven": a dated event a week or more before this report.
const MONTH_DAY = new RegExp(`\\b(${MONTH.slice(3, -1)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(\\d{1,2})\\b`, 'g');
// "came in retaliation for an April 1 strike that killed seven": what is answered happened before.
const RETALIATION = /\b(?:in retaliation for|in response to|to avenge|in revenge for)\b/i;
// "The previous record, 96 missiles", "up from 178", "compared with 40 a year ago", "the last time ... 300 died".
const COMPARISON = /\b(?:previous|former|earlier|last|old)\s+(?:record|high|peak|worst|deadliest|largest|biggest)\b|\b(?:up|down)(?:\s+\p{Ll}+ly)?\s+from\s+(?:the\s+|a\s+(?:peak|high|low)\s+of\s+)?$|\b(?:compared\s+(?:with|to)|versus)\s+(?:the\s+)?$|\bthe last time\b|\brecord of\s*$/iu;
// "the 2022 Paktika quake", "the June 2022 quake in Paktika": a month may come before the year.
const YEAR_EVENT = new RegExp(`\\bthe\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?((?:19|20)\\d\\d)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${EVENT_NOUN.source.slice(0, -2)}s?\\b`, 'iu');
const UP_FROM = /\b(?:up|down)(?:\s+\p{Ll}+ly)?\s+from\s+(?:the\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$/iu;
// "up from 483 arrests and 149 charges on Thursday": another count of the same tally may sit before its day.
const EARLIER_TALLY = /^\s+(?:[\p{L}-]+\s+(?:and\s+[\d,]+\s+[\p{L}-]+\s+)?){0,4}?(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|last night|this morning|earlier in the day|earlier|(?:in|by)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening)|by\s+(?:late|early)\s+(?:morning|afternoon|evening)|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2})\b/iu;
// "two weeks after Hurricane Helene killed 230": a clause about an event weeks or more before this one.
const EARLIER_EVENT = /\b(?:weeks?|months?|years?|decades?)\s+(?:after|since)\b[^,]*$/i;
const FRONTED_AGO = /^(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?)?(?:some\s+|about\s+)?([\w-]+)\s+(days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b/i;
const RELATIVE = /^(?:when|which|that|who|where|in which)\b/i;
// "It was the deadliest strike since a missile hit Kramatorsk in April, killing more than 50": the clause hung on
// a comparison's "since" tells the earlier event it compares with.
const SINCE_COMPARED = /\b(?:\p{L}+est|worst|most\s+\p{L}+)\b[^.;]*?\bsince\s[^;]*,\s*(?:killing|leaving|injuring|wounding|when|which|in which)\b[^,;]*$/iu;

// "the deadliest attack this year, surpassing a missile strike on Kryvyi Rih on 4 April that killed 20": what a
// superlative passes is the earlier event.
const SURPASSED = /\b(?:\p{L}+est|worst|most\s+\p{L}+)\b[^.;]*?\b(?:surpass(?:ing|ed|es)?|overtak(?:ing|es|en)|eclips(?:ing|ed|es)|outstripp(?:ing|ed)|exceeding|topping)\b[^;]*$|\b(?:deadlier|worse|bloodier)\s+than\b[^;]*$/iu;

// Most sentences surpass nothing: one cheap look before the full pattern.
const SURPASSING_WORD = /surpass|overtak|eclips|outstripp|exceeding|topping|deadlier|worse than|bloodier/i;

/** isHistorical says whether the number at `at` (its clause is `window`) counts an earlier event rather than this
 * one: a past year in its clause with no comma between ("a quake in 2023 that killed 153"), a past year fronting
 * the sentence, a relative clause hung on a past year or a dated event ("since 1999, when a tremor killed
 * 17,000"; "the 2018 Camp Fire, which killed 85"), a comparison ("the previous record, 96") or a clause about an
 * event weeks before ("two weeks after Helene killed 230"). */
export function isHistorical(sentence: string, window: [number, number], at: number, publishedDay: string, end = at): boolean {
  const year = Number(publishedDay.slice(0, 4));
  const clause = sentence.slice(window[0], window[1]);
  const nearYear = [...clause.matchAll(PAST_YEAR)].some((m) => {
    if (!isPast(m[1], year)) return false;
    const where = window[0] + m.index!;
    const between = where < at ? sentence.slice(where, at) : sentence.slice(at, where);
    return !between.includes(',') && between.length <= 80;
  });
  if (nearYear) return true;
  // "the 2022 Paktika quake killed about 1,000", "The 1996 Garley Building fire in Yau Ma Tei killed 41".
  const named = YEAR_EVENT.exec(sentence.slice(window[0], at));
  if (named && isPast(named[1], year)) return true;
  // "Nine days ago, a strike on Kryvyi Rih killed 20", "A week earlier, ... had put the dead at 300": an event or a
  // tally a week or more before this report.
  const ago = FRONTED_AGO.exec(sentence);
  if (ago && agoDays(ago[1], ago[2]) >= 7) return true;
  const fronted = FRONTED_YEAR.exec(sentence);
  if (fronted && isPast(fronted[1], year)) return true;
  const month = FRONTED_MONTH.exec(sentence);
  if (month && MONTHS.findIndex((m) => m.toLowerCase() === month[1].toLowerCase()) + 1 !== Number(publishedDay.slice(5, 7))) return true;
  if (RETALIATION.test(sentence.slice(Math.max(0, window[0] - 60), at))) return true;
  const lead = sentence.slice(window[0], at);
  // "has passed 700, up from about 300 late on Saturday": a figure of the same count days before is its earlier
  // tally, not another event.
  if (COMPARISON.test(lead) && !(UP_FROM.test(lead) && EARLIER_TALLY.test(sentence.slice(end)))) return true;
  if (sentence.includes('since') && SINCE_COMPARED.test(sentence.slice(0, at))) return true;
  if (SURPASSING_WORD.test(sentence) && SURPASSED.test(sentence.slice(0, at))) return true;
  if (EARLIER_EVENT.test(sentence.slice(Math.max(0, window[0] - 30), at))) return true;
  return RELATIVE.test(clause.trimStart()) && onPastAntecedent(sentence.slice(Math.max(0, window[0] - 90), window[0]), year, publishedDay);
}

// "Why it matters: a year ago, ...": a newsletter's label before the sentence proper.
const LABEL = /^[\p{Lu}][\p{L}'’ -]{1,30}:\s+/u;
// "the weeks of unrest that followed", "in the aftermath": a sentence carrying on the one before's time.
const CARRIES_ON = /\b(?:that followed|which followed|in the (?:days|weeks|months) (?:that|which) followed|in the aftermath|afterwards)\b/i;

/** frontsEarlierTime says whether a sentence opens by setting an earlier time for all of it ("A year ago, on 25 June
 * 2024, police opened fire"; "In 2018, ..."), so that a next sentence carrying on from it ("in the weeks of unrest
 * that followed") tells the same earlier event. */
export function frontsEarlierTime(sentence: string, publishedDay: string): boolean {
  const s = sentence.replace(LABEL, '');
  const ago = FRONTED_AGO.exec(s);
  if (ago && agoDays(ago[1], ago[2]) >= 7) return true;
  const fronted = FRONTED_YEAR.exec(s);
  return !!fronted && isPast(fronted[1], Number(publishedDay.slice(0, 4)));
}

/** carriesOn says whether a sentence carries on the time of the one before it. */
export function carriesOn(sentence: string): boolean {
  return CARRIES_ON.test(sentence);
}

function onPastAntecedent(before: string, year: number, publishedDay: string): boolean {
  // The noun phrase the relative clause hangs on: back to the previous clause break, but across one comma
  // ("the 2018 Camp Fire in northern California, which killed").
  const antecedent = before.split(/[;:()]|\s[–—-]\s|\.\s+(?=\p{Lu})/u).pop()!.split(',').slice(-2).join(',');
  if ([...antecedent.matchAll(ANY_YEAR)].some((m) => isPast(m[1], year))) return true;
  return [...antecedent.matchAll(MONTH_DAY)].some((m) => daysBefore(m[1], Number(m[2]), publishedDay) >= 7);
}

/** isPast says whether a year read from the text (none: "years ago") lies before the publication's. */
function isPast(y: string | undefined, year: number): boolean {
  return !y || Number(y) < year;
}

function agoDays(n: string, unit: string): number {
  const k = /^\d+$/.test(n) ? Number(n) : /^(?:a|an|one)$/i.test(n) ? 1 : parseNumberWords(n) ?? 0;
  return k * (/^day/i.test(unit) ? 1 : /^week/i.test(unit) ? 7 : /^month/i.test(unit) ? 30 : 365);
}

function daysBefore(monthName: string, day: number, publishedDay: string): number {
  const month = MONTHS.findIndex((m) => m.startsWith(monthName.slice(0, 3)));
  const pub = new Date(`${publishedDay}T12:00:00Z`);
  let then = Date.UTC(pub.getUTCFullYear(), month, day, 12);
  // A day later in the year than publication is last year's.
  if (then > pub.getTime()) then = Date.UTC(pub.getUTCFullYear() - 1, month, day, 12);
  return Math.round((pub.getTime() - then) / 86_400_000);
}

// "The monsoon kills hundreds every year", "floods displace thousands annually": a habitual rate, not this event's count.
const HABITUAL = /\b(?:every|each|per)\s+(?:year|month|summer|winter|spring|autumn|season|monsoon)\b|\b(?:annually|yearly|each year's)\b/i;

/** isHabitual says whether a clause gives a figure as what happens every year or season: a rate, never a claim. */
export function isHabitual(clause: string): boolean {
  // Most clauses hold none of the words: a plain substring look first.
  const lower = clause.toLowerCase();
  return (lower.includes('every') || lower.includes('each') || lower.includes('per ') || lower.includes('annual') || lower.includes('yearly')) && HABITUAL.test(clause);
}
