/**
 * reconcile: daily figures checked against the cumulative and planned figures that span them
 * (390 + 307 + 303 against 1,000 planned; 390 + 307 against 697 so far), so a desk sees what does not add up.
 */
import type { Figure, Reconciliation } from './types.ts';

const DAY_MS = 86_400_000;

/** daysBetween lists the YYYY-MM-DD days from `from` to `to`, both included (empty when reversed or over a year). */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start || end - start > 366 * DAY_MS) return [];
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** reconcileFigure checks one cumulative or planned figure against the daily figures of its period; undefined when it has no period. */
export function reconcileFigure(total: Figure, figures: readonly Figure[], tolerance = 0): Reconciliation | undefined {
  if (total.scope === 'daily' || !total.date || !total.dateEnd || total.consensus === undefined) return undefined;
  const days = daysBetween(total.date, total.dateEnd);
  if (days.length === 0) return undefined;
  const counted: Array<{ date: string; value: number }> = [];
  const missingDays: string[] = [];
  for (const day of days) {
    const daily = dailyFor(total, day, figures);
    if (daily?.consensus === undefined) missingDays.push(day);
    else counted.push({ date: day, value: daily.consensus });
  }
  const dailySum = counted.reduce((sum, d) => sum + d.value, 0);
  const status = missingDays.length > 0 ? 'incomplete' : Math.abs(dailySum - total.consensus) <= tolerance ? 'adds_up' : 'mismatch';
  return { dailySum, days: counted, missingDays, status };
}

/** dailyFor finds the daily figure of a day that counts the same thing as the total (same metric, place and actor; same per-side reading preferred). */
function dailyFor(total: Figure, day: string, figures: readonly Figure[]): Figure | undefined {
  const candidates = figures.filter((f) => f.scope === 'daily' && f.metric === total.metric && f.date === day && !f.dateEnd && same(f.place, total.place) && same(f.actor, total.actor));
  return candidates.find((f) => Boolean(f.perSide) === Boolean(total.perSide)) ?? candidates[0];
}

function same(a?: string, b?: string): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}
