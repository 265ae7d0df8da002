/** Number, day and time formats used across the page, so every panel says a figure the same way. */
import { format } from 'd3-format';
import { utcFormat, utcParse } from 'd3-time-format';
import type { Claim, Scope } from '../../shared/types.ts';

const thousands = format(',');
const parseDay = utcParse('%Y-%m-%d');
const dayLabel = utcFormat('%a %-d %b');
const shortDay = utcFormat('%-d %b');

/** formatNumber writes a figure with thousands separators: 1,000. */
export function formatNumber(value: number): string {
  return thousands(value);
}

// An event names a handful of days thousands of times; parsing a date string is the dear part, so each is said once.
const said = new Map<string, string>();
const MAX_SAID = 2000;

function sayDay(day: string, kind: 'long' | 'short'): string {
  const key = `${kind}${day}`;
  let text = said.get(key);
  if (text === undefined) {
    const date = parseDay(day);
    text = date ? (kind === 'long' ? dayLabel(date) : shortDay(date)) : day;
    if (said.size >= MAX_SAID) said.clear();
    said.set(key, text);
  }
  return text;
}

/** formatDay turns YYYY-MM-DD into "Sat 24 May" (falls back to the input if it is not a date). */
export function formatDay(day: string): string {
  return sayDay(day, 'long');
}

/** formatShortDay turns YYYY-MM-DD into "24 May". */
export function formatShortDay(day: string): string {
  return sayDay(day, 'short');
}

/** formatPeriod writes a day or a span of days: "24 May" or "23–25 May". */
export function formatPeriod(date?: string, dateEnd?: string): string {
  if (!date) return '';
  if (!dateEnd || dateEnd === date) return formatShortDay(date);
  const [start, end] = [formatShortDay(date), formatShortDay(dateEnd)];
  const sameMonth = start.split(' ')[1] === end.split(' ')[1];
  return sameMonth ? `${start.split(' ')[0]}–${end}` : `${start} – ${end}`;
}

/** formatDayOrPeriod writes a single day in full ("Sat 24 May") and a span short ("23–25 May"); "" without a day. */
export function formatDayOrPeriod(date?: string, dateEnd?: string): string {
  if (!date) return '';
  return !dateEnd || dateEnd === date ? formatDay(date) : formatPeriod(date, dateEnd);
}

const timeFormats = new Map<boolean, Intl.DateTimeFormat>();
let dayFormat: Intl.DateTimeFormat | undefined;

/** formatTime writes an ISO instant as local wall-clock time, with the day when it is not today. */
export function formatTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  // Formatters are built once: a live page formats hundreds of times per update, and building one is the slow part.
  let timeFormat = timeFormats.get(withSeconds);
  if (!timeFormat) {
    timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) });
    timeFormats.set(withSeconds, timeFormat);
  }
  const time = timeFormat.format(date);
  if (date.toDateString() === new Date().toDateString()) return time;
  dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  return `${dayFormat.format(date)}, ${time}`;
}

/** hedge is the word a claim's figure needs in front of it: "at least", "about", "up to" or nothing. */
export function hedge(claim: Pick<Claim, 'min' | 'max' | 'approx' | 'value'>): string {
  if (claim.min !== undefined && claim.max === undefined) return 'at least';
  if (claim.approx) return 'about';
  if (claim.max !== undefined && claim.min === undefined) return 'up to';
  return '';
}

/** formatAmount writes a claim's figure with its hedge: "at least 1,200", "about 400", "15". */
export function formatAmount(claim: Pick<Claim, 'min' | 'max' | 'approx' | 'value'>): string {
  return [hedge(claim), formatNumber(claim.value)].filter(Boolean).join(' ');
}

/** hedgeMark is the short form of `hedge` for tight spots such as bar labels: "≥15", "~400". */
export function hedgeMark(claim: Pick<Claim, 'min' | 'max' | 'approx' | 'value'>): string {
  return { 'at least': '≥', about: '~', 'up to': '≤', '': '' }[hedge(claim)] ?? '';
}

/** SCOPE_LABEL names what a non-daily figure counts, for notes and the timeline. */
export const SCOPE_LABEL: Record<Scope, string> = {
  daily: 'that day',
  cumulative: 'Running total',
  planned: 'Planned',
};
