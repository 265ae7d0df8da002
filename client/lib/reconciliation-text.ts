/** Saying in words whether a total's days add up: "adds up: 390 + 307 + 303". */
import type { Reconciliation } from '../../shared/types.ts';
import { formatDay, formatNumber } from './format.ts';

/** reconciliationText describes a reconciliation for a chart note; the status tells how to style it. */
export function reconciliationText(r: Reconciliation, reported: number): string {
  const sum = r.days.map((d) => formatNumber(d.value)).join(' + ');
  if (r.status === 'adds_up') return `adds up: ${sum}`;
  if (r.status === 'mismatch') return `the days add up to ${formatNumber(r.dailySum)} (${sum}), not ${formatNumber(reported)}`;
  const missing = r.missingDays.map(formatDay).join(', ');
  return r.days.length === 0 ? `no daily figures yet for ${missing}` : `so far ${formatNumber(r.dailySum)} (${sum}); no figure yet for ${missing}`;
}
