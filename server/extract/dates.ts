/** Date mentions via chrono-node, with refiners for news usage: "on Saturday" is the last Saturday, not the next. */
import * as chrono from 'chrono-node';

/** DateMention is one date (or date range) named in a text, resolved to calendar days. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string;
  dateEnd?: string;
  /** day: a calendar day; weekday: a bare weekday; background: "since", "week of", a year or month; time: a clock time. */
  kind: 'day' | 'weekday' | 'background' | 'time';
}

// Relative days are resolved by the claim builder against the day the text was talking about, not here.
const OWN_RELATIVE = /^(?:the\s+)?(?:day|night)\s+(?:before|after)$|^the\s+(?:previous|next|following)\s+day$|^a\s+day\s+(?:earlier|later|before)$/i;
const FUTURE_CUE = /\b(?:will|shall|set to|expected|planned|plans?|scheduled|due|to occur|to take place|next|upcoming|coming)\b/i;
const BACKGROUND_BEFORE = /\b(?:since|week of|until|till)\s+(?:the\s+)?$/i;
const RANGE_GAP = /^\s*,?\s*(?:and\s+)?(?:(?:going|continuing|lasting|running|stretching)\s+)?(?:into|to|through|until|till|-|–)\s*$/i;

/** weekdayBeforePublication is a chrono refiner: a bare weekday is the latest such day on or before publication,
 * or the next one when the sentence speaks of the future ("are set to occur on Sunday"). */
export const weekdayBeforePublication: chrono.Refiner = {
  refine(context, results) {
    const ref = context.reference.instant;
    for (const r of results) {
      if (!r.start.isCertain('weekday') || r.start.isCertain('day')) continue;
      const sentence = context.text.slice(0, r.index).split(/[.!?]\s/).pop() ?? '';
      const wanted = r.start.get('weekday')!;
      const shift = FUTURE_CUE.test(sentence) ? (wanted - ref.getDay() + 7) % 7 : -((ref.getDay() - wanted + 7) % 7);
      const day = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + shift, 12);
      r.start.imply('year', day.getFullYear());
      r.start.imply('month', day.getMonth() + 1);
      r.start.imply('day', day.getDate());
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.refiners.push(weekdayBeforePublication);

/** publishedDay turns an item's ISO datetime into its calendar day as written (today when missing or bad). */
export function publishedDay(publishedAt?: string): string {
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt ?? '')?.[1];
  if (written) return written;
  const d = publishedAt ? new Date(publishedAt) : new Date();
  return (Number.isNaN(d.getTime()) ? new Date() : d).toISOString().slice(0, 10);
}

/** addDays moves a YYYY-MM-DD day by n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** findDates lists the dates a text names, resolved against the publication day, ranges merged. */
export function findDates(text: string, pubDay: string): DateMention[] {
  const [y, m, d] = pubDay.split('-').map(Number);
  // Local noon keeps chrono's local-time arithmetic on the publication day whatever the process time zone.
  const mentions: DateMention[] = [];
  for (const r of parser.parse(text, new Date(y, m - 1, d, 12))) {
    const raw = r.text;
    const lead = raw.length - raw.trimStart().length;
    const shown = raw.trim();
    if (OWN_RELATIVE.test(shown)) continue;
    const start = r.index + lead;
    const mention: DateMention = { start, end: start + shown.length, text: shown, date: ymd(r.start), kind: kindOf(r.start) };
    if (r.end && r.end.isCertain('day')) mention.dateEnd = ymd(r.end);
    if (mention.kind !== 'time' && BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 20), start))) mention.kind = 'background';
    mentions.push(mention);
  }
  return mergeRanges(text, mentions);
}

function kindOf(c: chrono.ParsedComponents): DateMention['kind'] {
  if (c.isCertain('day')) return 'day';
  if (c.isCertain('weekday')) return 'weekday';
  if (c.isCertain('month') || c.isCertain('year')) return 'background';
  return 'time';
}

function ymd(c: chrono.ParsedComponents): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}

function mergeRanges(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const dayLike = (x: DateMention) => x.kind === 'day' || x.kind === 'weekday';
    const gap = prev ? text.slice(prev.end, m.start) : '';
    const between = prev && /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && /^\s+and\s+$/i.test(gap);
    if (prev && dayLike(prev) && dayLike(m) && !prev.dateEnd && m.date > prev.date && (RANGE_GAP.test(gap) || between)) {
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end), dateEnd: m.date };
    } else out.push(m);
  }
  return out;
}
