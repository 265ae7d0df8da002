/** Day phrases chrono cannot resolve alone, because they lean on what the text said before or name a period. */
import { addDays } from './dates.ts';
import { parseNumberWords } from './numbers.ts';

/** DayPhrase is one such phrase in a sentence, with its offsets in that sentence. */
export type DayPhrase =
  /** "the day before" (-1), "the next day" (+1): relative to the day the text was just talking about. */
  | { type: 'relative'; at: number; end: number; offset: number }
  /** "overnight": the night that ended on the publication day. */
  | { type: 'overnight'; at: number; end: number }
  /** "this morning", "today", "tonight": the publication day itself. */
  | { type: 'today'; at: number; end: number }
  /** "in these two days", "over the past week", "in the past 48 hours": N days up to the present. */
  | { type: 'past'; at: number; end: number; days: number }
  /** "over three days": N days from when the thing counted starts. */
  | { type: 'span'; at: number; end: number; days: number; extra?: boolean }
  /** "on the second day of the swap", "for a third straight day", "day 3": the Nth step of a series. */
  | { type: 'nth'; at: number; end: number; n: number; unit: 'day' | 'step' }
  /** "last week", "this week", "over the weekend": a calendar period around the publication day. */
  | { type: 'week'; at: number; end: number; which: 'last' | 'this' | 'weekend'; possessive?: boolean };

const RELATIVE: Array<[RegExp, number]> = [
  [/\b(?:the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|a\s+day\s+(?:earlier|before))\b/gi, -1],
  [/\b(?:the\s+day\s+after|the\s+(?:next|following)\s+day|a\s+day\s+later)\b/gi, 1],
  // "fired five missiles that day", "on the same day": the day the text just named, even the disaster's own.
  // "53 officers were injured that evening": a part of that day is that day.
  // "Hamas freed three hostages in the afternoon" in a newsletter about yesterday: the day the text speaks of.
  [/\b(?:(?<!\bthe\s)that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|the\s+same\s+(?:day|morning|afternoon|evening|night)|(?:early|late\s+)?in\s+the\s+(?:morning|afternoon|evening))\b(?!['’]s)/gi, 0],
];
const OVERNIGHT = /\bovernight\b/gi;
const TODAY = /\b(?:this\s+(?:morning|afternoon|evening)|earlier\s+today|today)\b/gi;
const PAST = /\b(?:in|over|during|for|within)?\s*(?:just\s+)?(?:these|the\s+(?:past|last|previous))\s+(?:([\w-]+)\s+)?(days|weeks|week|hours|fortnight)\b/gi;
// "over the four days" is a period the text already set up; "the two extra days" come after it.
const SPAN = /\b(?:over|across|within|during|in)\s+(?:the\s+(?:next\s+|coming\s+)?)?([\w-]+)\s+(?:(extra|more|additional|further)\s+)?(days|weeks)\b/gi;
const WEEK: Array<[RegExp, 'last' | 'this' | 'weekend']> = [
  [/\blast\s+week\b/gi, 'last'],
  [/\b(?:earlier\s+)?this\s+week\b/gi, 'this'],
  [/\b(?:over|during|at|on|this|last)\s+(?:the\s+)?weekend\b/gi, 'weekend'],
];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))';
const NTH = new RegExp(`\\b(?:on\\s+|for\\s+)?(?:the\\s+|a\\s+)?${ORDINAL}(?:\\s+and\\s+(?:final|last))?(?:\\s+(?:straight|consecutive|successive|full))?\\s+(day|phase|stage|part|round|batch)\\b`, 'gi');
const DAY_N = /\bday\s+(\d{1,2})\s+of\b/gi;

// Every phrase below has one of these words; most sentences have none.
const CUE = /\b(?:day|days|night|week|weeks|weekend|overnight|hours|fortnight|stage|phase|part|round|batch|today|morning|afternoon|evening)\b/i;

/** findDayPhrases lists the relative, overnight, period and "Nth day" phrases of a sentence. */
export function findDayPhrases(sentence: string): DayPhrase[] {
  const out: DayPhrase[] = [];
  if (!CUE.test(sentence)) return out;
  for (const [re, offset] of RELATIVE) {
    for (const m of sentence.matchAll(re)) out.push({ type: 'relative', at: m.index!, end: m.index! + m[0].length, offset });
  }
  for (const m of sentence.matchAll(OVERNIGHT)) out.push({ type: 'overnight', at: m.index!, end: m.index! + m[0].length });
  for (const m of sentence.matchAll(TODAY)) out.push({ type: 'today', at: m.index!, end: m.index! + m[0].length });
  const past: Array<[number, number]> = [];
  for (const m of sentence.matchAll(PAST)) {
    const days = pastDays(m[1], m[2].toLowerCase());
    const at = m.index! + m[0].length - m[0].trimStart().length;
    if (days) { out.push({ type: 'past', at, end: m.index! + m[0].length, days }); past.push([at, m.index! + m[0].length]); }
  }
  for (const m of sentence.matchAll(SPAN)) {
    const n = count(m[1]);
    const days = n && m[3].toLowerCase() === 'weeks' ? (n * 7 <= 31 ? n * 7 : undefined) : n;
    const inPast = past.some(([s, e]) => m.index! < e && m.index! + m[0].length > s);
    if (days && !inPast) out.push({ type: 'span', at: m.index!, end: m.index! + m[0].length, days, ...(m[2] ? { extra: true } : {}) });
  }
  for (const [re, which] of WEEK) {
    // "last week's air strike": the week names the event, like "Friday's attack".
    for (const m of sentence.matchAll(re)) out.push({ type: 'week', at: m.index!, end: m.index! + m[0].length, which, ...(/^['’]s\b/.test(sentence.slice(m.index! + m[0].length)) ? { possessive: true } : {}) });
  }
  for (const m of sentence.matchAll(NTH)) {
    const word = m[1].toLowerCase();
    const n = ORDINALS.includes(word) ? ORDINALS.indexOf(word) + 1 : parseInt(word, 10);
    out.push({ type: 'nth', at: m.index!, end: m.index! + m[0].length, n, unit: m[2].toLowerCase() === 'day' ? 'day' : 'step' });
  }
  for (const m of sentence.matchAll(DAY_N)) out.push({ type: 'nth', at: m.index!, end: m.index! + m[0].length, n: Number(m[1]), unit: 'day' });
  return out.sort((a, b) => a.at - b.at);
}

/** weekPeriod resolves "last week", "this week" and "the weekend" against the publication day (weeks start Monday). */
export function weekPeriod(which: 'last' | 'this' | 'weekend', publishedDay: string): { date: string; dateEnd: string } {
  const weekday = (new Date(`${publishedDay}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  const monday = addDays(publishedDay, -weekday);
  if (which === 'last') return { date: addDays(monday, -7), dateEnd: addDays(monday, -1) };
  if (which === 'this') return { date: monday, dateEnd: publishedDay };
  // The weekend just gone, or the one under way.
  const saturday = weekday >= 5 ? addDays(monday, 5) : addDays(monday, -2);
  const sunday = addDays(saturday, 1);
  return { date: saturday, dateEnd: sunday < publishedDay ? sunday : publishedDay };
}

function pastDays(n: string | undefined, unit: string): number | undefined {
  if (unit === 'week' && !n) return 7;
  if (unit === 'fortnight' && !n) return 14;
  const k = n ? count(n, 744) : undefined;
  if (!k) return undefined;
  if (unit === 'hours') return Math.max(1, Math.round(k / 24));
  return unit === 'weeks' ? (k * 7 <= 31 ? k * 7 : undefined) : k <= 31 ? k : undefined;
}

function count(word: string, limit = 31): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : parseNumberWords(word);
  // A period longer than a month is background ("over 300 days of war"), not the period of a figure.
  return n && n > 0 && n <= limit ? n : undefined;
}
