/** What a metric card says at a glance: the headline figure, the outlets' range, whether they diverge, the latest change. */
import { metricLabel } from '../../shared/metrics.ts';
import type { Claim, Figure, TallyEvent } from '../../shared/types.ts';
import { formatDay, formatNumber } from './format.ts';

/** MetricSummary is one metric card. */
export interface MetricSummary {
  key: string;
  label: string;
  /** What the headline figure counts: "Running total", "Sun 25 May". */
  about: string;
  consensus?: number;
  /** Lowest and highest value the outlets give for the headline figure. */
  range: [number, number] | null;
  outlets: number;
  divergent: boolean;
  /** The latest revision of any of the metric's claims: "Reuters: 13 → 15". */
  latestChange: string | null;
}

/** headlineFigure picks the figure a desk leads with: the latest running total, else the latest day's count. */
export function headlineFigure(figures: readonly Figure[]): Figure | null {
  const general = figures.filter((f) => !f.place && !f.actor);
  const pool = [general.filter((f) => f.scope === 'cumulative'), general.filter((f) => f.scope === 'daily'), figures.filter((f) => f.scope !== 'planned'), figures].find((list) => list.length > 0) ?? [];
  const latest = (f: Figure) => f.dateEnd ?? f.date ?? '';
  const seen = (f: Figure) => f.outlets.reduce((m, o) => (o.firstSeenAt > m ? o.firstSeenAt : m), '');
  return [...pool].sort((a, b) => latest(b).localeCompare(latest(a)) || seen(b).localeCompare(seen(a)))[0] ?? null;
}

/** latestChange says the most recent revision among claims: "Reuters: 13 → 15", or null when none was revised. */
export function latestChange(claims: readonly Claim[]): string | null {
  let best: Claim | null = null;
  for (const c of claims) {
    if (!c.history?.length || !c.updatedAt) continue;
    if (!best || c.updatedAt > best.updatedAt!) best = c;
  }
  if (!best) return null;
  return `${best.outlet}: ${formatNumber(best.history![best.history!.length - 1].value)} → ${formatNumber(best.value)}`;
}

/** summarizeMetrics returns one card per metric key in `keys`, from the event's figures and claims. */
export function summarizeMetrics(event: TallyEvent | null, keys: readonly string[], figures: readonly Figure[], claims: readonly Claim[]): MetricSummary[] {
  return keys.map((key) => {
    const figure = headlineFigure(figures.filter((f) => f.metric === key));
    const values = figure?.outlets.map((o) => o.value) ?? [];
    return {
      key,
      label: metricLabel(event?.metrics ?? [], key),
      about: figure ? aboutOf(figure) : 'No figure yet',
      ...(figure?.consensus !== undefined ? { consensus: figure.consensus } : {}),
      range: values.length ? [Math.min(...values), Math.max(...values)] : null,
      outlets: values.length,
      divergent: figure?.divergent ?? false,
      latestChange: latestChange(claims.filter((c) => c.metric === key && c.review?.status !== 'rejected')),
    };
  });
}

function aboutOf(f: Figure): string {
  const what = f.scope === 'cumulative' ? 'Running total' : f.scope === 'planned' ? 'Planned' : f.date ? formatDay(f.date) : 'Latest';
  const where = [f.place, f.actor].filter(Boolean).join(', ');
  return `${what}${where ? ` · ${where}` : ''}${f.perSide ? ' · each side' : ''}`;
}
