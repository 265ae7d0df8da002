/** The words around a chart, the same on the page, in an embed and in an export: subtitle, "as of" and source line. */
import type { MetricChartData } from './chart-data.ts';
import type { ChartView } from './url-state.svelte.ts';

/** chartSubtitle says what the chart shows in its current view; `figure` names the followed figure over time. */
export function chartSubtitle(chart: MetricChartData, view: ChartView, figure: string | null): string {
  const perSide = chart.bars.length > 0 && chart.bars.every((b) => b.claim.perSide);
  if (view === 'time') return `${figure ?? 'Figure'}: each outlet's figure as reports came in; ○ marks a revised report`;
  return `Figures reported per day, by outlet${perSide ? ' (for each side)' : ''}`;
}

/** sourceLine names every outlet behind the chart. */
export function sourceLine(outlets: readonly string[]): string {
  return `Source: ${outlets.length ? outlets.join(', ') : 'no outlet yet'} via Tally`;
}

// Built once, as toLocaleDateString and toLocaleTimeString would build them on every call: charts re-date with every update.
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

/** asOfText dates a chart: "As of 25 May 2025, 14:05 UTC+2"; an export says when its figures were current. */
export function asOfText(at: Date | null): string {
  if (!at) return 'As of now';
  return `As of ${dayFormat.format(at)}, ${timeFormat.format(at)}`;
}
