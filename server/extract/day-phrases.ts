/** Day phrases chrono cannot resolve alone, because they lean on what the text said before. */
import { parseNumberWords } from './numbers.ts';

/** DayPhrase is one such phrase in a sentence, with its offsets in that sentence. */
export type DayPhrase =
  /** "the day before" (-1), "the next day" (+1): relative to the day the text was just talking about. */
  | { type: 'relative'; at: number; end: number; offset: number }
  /** "overnight": the night that ended on the publication day. */
  | { type: 'overnight'; at: number; end: number }
  /** "in these two days", "over the past three days": N days up to the present. */
  | { type: 'past'; at: number; end: number; days: number }
  /** "over three days": N days from when the thing counted starts. */
  | { type: 'span'; at: number; end: number; days: number }
  /** "on the second day of the swap", "the first stage": the Nth step of a series. */
  | { type: 'nth'; at: number; end: number; n: number; unit: 'day' | 'step' };

const RELATIVE: Array<[RegExp, number]> = [
  [/\b(?:the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|a\s+day\s+(?:earlier|before))\b/gi, -1],
  [/\b(?:the\s+day\s+after|the\s+(?:next|following)\s+day|a\s+day\s+later)\b/gi, 1],
];
const OVERNIGHT = /\bovernight\b/gi;
const PAST = /\b(?:in|over|during|for|within)?\s*(?:just\s+)?(?:these|the\s+(?:past|last))\s+([\w-]+)\s+days\b/gi;
const SPAN = /\b(?:over|across|within|during|in)\s+(?:the\s+(?:next|coming)\s+)?([\w-]+)\s+days\b/gi;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const NTH = /\b(?:on\s+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|[1-7](?:st|nd|rd|th))(?:\s+and\s+(?:final|last))?\s+(day|phase|stage|part|round|batch)\b/gi;

/** findDayPhrases lists the relative, overnight, period and "Nth day" phrases of a sentence. */
export function findDayPhrases(sentence: string): DayPhrase[] {
  const out: DayPhrase[] = [];
  for (const [re, offset] of RELATIVE) {
    for (const m of sentence.matchAll(re)) out.push({ type: 'relative', at: m.index!, end: m.index! + m[0].length, offset });
  }
  for (const m of sentence.matchAll(OVERNIGHT)) out.push({ type: 'overnight', at: m.index!, end: m.index! + m[0].length });
  const past: Array<[number, number]> = [];
  for (const m of sentence.matchAll(PAST)) {
    const days = count(m[1]);
    const at = m.index! + m[0].length - m[0].trimStart().length;
    if (days) { out.push({ type: 'past', at, end: m.index! + m[0].length, days }); past.push([at, m.index! + m[0].length]); }
  }
  for (const m of sentence.matchAll(SPAN)) {
    const days = count(m[1]);
    const inPast = past.some(([s, e]) => m.index! < e && m.index! + m[0].length > s);
    if (days && !inPast) out.push({ type: 'span', at: m.index!, end: m.index! + m[0].length, days });
  }
  for (const m of sentence.matchAll(NTH)) {
    const word = m[1].toLowerCase();
    const n = ORDINALS.includes(word) ? ORDINALS.indexOf(word) + 1 : parseInt(word, 10);
    out.push({ type: 'nth', at: m.index!, end: m.index! + m[0].length, n, unit: m[2].toLowerCase() === 'day' ? 'day' : 'step' });
  }
  return out.sort((a, b) => a.at - b.at);
}

function count(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : parseNumberWords(word);
  // A period longer than a month is background ("over 300 days of war"), not the period of a figure.
  return n && n > 0 && n <= 31 ? n : undefined;
}

const PAST_YEAR =
  /\b(?:in|during|of)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b|\b(?:last year|years? ago|a year earlier|decades? ago)\b/gi;

/** isHistorical says whether the clause [from, to) dates the number at `at` to an earlier year ("a quake in
 * 2023 that killed 153"): background, not a figure of the event. A comma between them ("the war, which began
 * in 2022, has killed...") breaks the tie. */
export function isHistorical(sentence: string, window: [number, number], at: number, publishedDay: string): boolean {
  const year = Number(publishedDay.slice(0, 4));
  const clause = sentence.slice(window[0], window[1]);
  return [...clause.matchAll(PAST_YEAR)].some((m) => {
    if (m[1] && Number(m[1]) >= year) return false;
    const where = window[0] + m.index!;
    const between = where < at ? sentence.slice(where, at) : sentence.slice(at, where);
    return !between.includes(',') && between.length <= 80;
  });
}
