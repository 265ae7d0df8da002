/** Short "in 25 s" / "4 min ago" phrases for poll times, against an injected clock. */

/** formatUntil says how long until `iso` from `now`: "in 25 s", "in 3 min", "in 2 h", or "due now" once passed. */
export function formatUntil(iso: string | null | undefined, now: number): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const seconds = Math.round((at - now) / 1000);
  if (seconds <= 0) return 'due now';
  if (seconds < 90) return `in ${seconds} s`;
  if (seconds < 90 * 60) return `in ${Math.round(seconds / 60)} min`;
  return `in ${Math.round(seconds / 3600)} h`;
}
