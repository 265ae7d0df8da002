/** Day resolution across sentences: the day a figure is about, from its own words or from what came before. */
import type { Scope } from '../../shared/types.ts';
import { addDays, findDates, type DateMention } from './dates.ts';
import { findDayPhrases, type DayPhrase } from './day-phrases.ts';
import { statementSpans } from './attribution.ts';

/** DayRange is a day, or a period from `date` to `dateEnd`. */
export interface DayRange {
  date: string;
  dateEnd?: string;
  /** The text named no day at all: the publication day is a guess. */
  guessed?: boolean;
}

/** DayContext is what the text has said about days so far; one per text, advanced sentence by sentence. */
export interface DayContext {
  publishedDay: string;
  paragraph: number;
  /** The last day named in the current paragraph; dateless figures of the paragraph inherit it. */
  paragraphDay?: DayRange;
  /** The day of the last dated figure, which "the day before" in a new paragraph leans on. */
  lastClaimDay?: string;
  /** The first day of the series the text counts in, learnt from "the second day of the swap". */
  seriesStart?: string;
}

/** SentenceDays is what one sentence says about days, with offsets in the sentence. */
export interface SentenceDays {
  /** Days the sentence gives its figures, in order. */
  mentions: DateMention[];
  /** Days the sentence gives its statements ("police said on Sunday that..."): a figure's last resort. */
  statementDays: DateMention[];
  phrases: DayPhrase[];
}

/** startDayContext begins a text published on `publishedDay`. */
export function startDayContext(publishedDay: string): DayContext {
  return { publishedDay, paragraph: -1 };
}

/** readSentenceDays finds the day mentions and day phrases of a sentence that can date a figure. */
export function readSentenceDays(sentence: string, publishedDay: string): SentenceDays {
  const all = findDates(sentence, publishedDay).filter((m) => m.kind === 'day' || m.kind === 'weekday');
  const spans = statementSpans(sentence);
  const said = (m: DateMention) => spans.some(([s, e]) => m.start >= s && m.start < e);
  return { mentions: all.filter((m) => !said(m)), statementDays: all.filter(said), phrases: findDayPhrases(sentence) };
}

/** enterSentence moves the context into a sentence's paragraph: a new paragraph forgets the last paragraph's day. */
export function enterSentence(ctx: DayContext, paragraph: number): void {
  if (paragraph !== ctx.paragraph) ctx.paragraphDay = undefined;
  ctx.paragraph = paragraph;
}

/** claimDay dates the number at `at` whose clause is `window`: its clause's words first, then its sentence's,
 * then the paragraph's day, then the publication day. Targets are dated by their own clause only. */
export function claimDay(ctx: DayContext, days: SentenceDays, window: [number, number], at: number, scope: Scope): DayRange | undefined {
  const inWindow = <T extends { start?: number; at?: number }>(x: T) => pos(x) >= window[0] && pos(x) < window[1];
  const nearest = <T extends { start?: number; at?: number }>(xs: T[]) => [...xs].sort((a, b) => Math.abs(pos(a) - at) - Math.abs(pos(b) - at))[0];
  const phrase = <K extends DayPhrase['type']>(type: K, all = false) =>
    nearest(days.phrases.filter((p) => p.type === type && (all || inWindow(p)))) as Extract<DayPhrase, { type: K }> | undefined;
  const named = days.mentions[0]?.date;

  const mention = nearest(days.mentions.filter(inWindow));
  if (mention) return range(mention);
  const relative = phrase('relative');
  if (relative) return { date: addDays(anchor(ctx), relative.offset) };
  const past = phrase('past');
  if (past) return period(addDays(named ?? ctx.publishedDay, 1 - past.days), past.days);
  const span = phrase('span');
  if (span) {
    const start = ctx.seriesStart ?? (scope === 'planned' ? named ?? ctx.publishedDay : undefined);
    return start ? period(start, span.days) : period(addDays(named ?? ctx.paragraphDay?.date ?? ctx.publishedDay, 1 - span.days), span.days);
  }
  const nth = phrase('nth');
  if (nth?.unit === 'day' && ctx.seriesStart && !named) return { date: addDays(ctx.seriesStart, nth.n - 1) };
  // A target names its own period or has none; the day its sentence speaks of is when it was announced.
  if (scope === 'planned') return undefined;
  const inSentence = nearest(days.mentions);
  if (inSentence) return range(inSentence);
  const relativeInSentence = phrase('relative', true);
  if (relativeInSentence) return { date: addDays(anchor(ctx), relativeInSentence.offset) };
  if (phrase('overnight', true)) return { date: ctx.publishedDay };
  const statement = nearest(days.statementDays);
  if (statement) return range(statement);
  return ctx.paragraphDay ? { ...ctx.paragraphDay } : { date: ctx.publishedDay, guessed: true };
}

/** leaveSentence remembers the day a sentence named, the day of its last figure and any series start it implies. */
export function leaveSentence(ctx: DayContext, days: SentenceDays, claimDays: DayRange[]): void {
  const relative = days.phrases.find((p) => p.type === 'relative');
  const first = days.mentions[0] ?? days.statementDays[0];
  const named = first ? range(first) : relative?.type === 'relative' ? { date: addDays(anchor(ctx), relative.offset) } : undefined;
  const sentenceDay = named?.date ?? claimDays[0]?.date ?? ctx.paragraphDay?.date ?? ctx.publishedDay;
  for (const p of days.phrases) {
    if (p.type !== 'nth' || ctx.seriesStart) continue;
    if (p.unit === 'day') ctx.seriesStart = addDays(sentenceDay, 1 - p.n);
    else if (p.n === 1 && named) ctx.seriesStart = named.date;
  }
  if (named) ctx.paragraphDay = named;
  if (claimDays.length) ctx.lastClaimDay = claimDays.at(-1)!.date;
}

function anchor(ctx: DayContext): string {
  return ctx.paragraphDay?.date ?? ctx.lastClaimDay ?? ctx.publishedDay;
}

function pos(x: { start?: number; at?: number }): number {
  return x.start ?? x.at ?? 0;
}

function range(m: DateMention): DayRange {
  return m.dateEnd ? { date: m.date, dateEnd: m.dateEnd } : { date: m.date };
}

function period(start: string, days: number): DayRange {
  return days > 1 ? { date: start, dateEnd: addDays(start, days - 1) } : { date: start };
}
