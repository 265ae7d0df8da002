/** Divergent figures laid out for side-by-side comparison: each outlet's value next to the sentence it came from. */
import { metricLabel } from '../../shared/metrics.ts';
import type { Claim, Figure, MetricDef } from '../../shared/types.ts';
import { formatAmount, formatDayOrPeriod, formatNumber, SCOPE_LABEL } from './format.ts';
import { hasMajority } from './metric-summary.ts';

/** OutletReading is one outlet's value for a divergent figure, with its claim when the page holds it. */
export interface OutletReading {
  outlet: string;
  amount: string;
  value: number;
  /** False only for an outlet whose value differs from the one most outlets give. */
  agreesWithConsensus: boolean;
  claim: Claim | null;
}

/** Divergence is one figure the outlets disagree on. */
export interface Divergence {
  id: string;
  metric: string;
  label: string;
  /** "Sat 24 May", "23–25 May", or "" when the day is unknown. */
  period: string;
  /** "That day", "Running total" or "Planned", plus "per side" and place or actor when given. */
  scope: string;
  /** The value most outlets give, or null when no value has more outlets behind it than every other. */
  consensus: string | null;
  spread: string;
  readings: OutletReading[];
}

/**
 * buildDivergences lists the divergent figures, latest day first, each with its outlets' readings. Figures come grouped
 * from the server; `claimOf` looks up only the claims they name, never the whole list.
 */
export function buildDivergences(figures: readonly Figure[], claimOf: (id: string) => Claim | undefined, metrics: readonly MetricDef[]): Divergence[] {
  return figures
    .filter((f) => f.divergent && f.outlets.length > 1)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.metric.localeCompare(b.metric))
    .map((figure) => {
      const values = figure.outlets.map((o) => o.value);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      // A consensus only counts when more outlets give it than give any other value; a 1-1 split has none.
      const majority = figure.consensus !== undefined && hasMajority(values, figure.consensus);
      const scopeWords = [figure.scope === 'daily' ? 'That day' : SCOPE_LABEL[figure.scope], figure.perSide ? 'per side' : '', figure.place ?? '', figure.actor ? `by ${figure.actor}` : '']
        .filter(Boolean)
        .join(' · ');
      return {
        id: figure.id,
        metric: figure.metric,
        label: metricLabel([...metrics], figure.metric),
        period: formatDayOrPeriod(figure.date, figure.dateEnd),
        scope: scopeWords,
        consensus: majority ? formatNumber(figure.consensus!) : null,
        spread: `${formatNumber(low)}–${formatNumber(high)}`,
        readings: figure.outlets.map((o) => ({
          outlet: o.outlet,
          value: o.value,
          amount: formatAmount(o),
          agreesWithConsensus: !majority || o.value === figure.consensus,
          claim: claimOf(o.claimId) ?? null,
        })),
      };
    });
}

