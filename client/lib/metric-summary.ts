/** What a metric card says at a glance: the headline figure, the outlets' range, whether they diverge, the latest change. */
import { metricLabel } from '../../shared/metrics.ts';
import { comparableActor, comparablePlace } from '../../shared/names.ts';
import type { Claim, Figure, TallyEvent } from '../../shared/types.ts';
import { formatDayOrPeriod, formatNumber } from './format.ts';

/** MetricSummary is one metric card. */
export interface MetricSummary {
  key: string;
  label: string;
  /** What the headline figure counts: "Running total", "Sun 25 May". */
  about: string;
  /** The value most outlets give, only when more give it than any other value. */
  consensus?: number;
  /** The big number: the consensus, else the outlets' range ("9–12") when they split with no majority, else "—". */
  headline: string;
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

/** summarizeMetrics returns one card per metric key in `keys`, from the event's figures and each metric's charted claims. */
export function summarizeMetrics(event: TallyEvent | null, keys: readonly string[], figures: readonly Figure[], claimsByMetric: ReadonlyMap<string, readonly Claim[]>): MetricSummary[] {
  return keys.map((key) => {
    const figure = headlineFigure(figures.filter((f) => f.metric === key));
    const values = figure?.outlets.map((o) => o.value) ?? [];
    const range: [number, number] | null = values.length ? [Math.min(...values), Math.max(...values)] : null;
    // A 9-against-12 split has no consensus: the card shows the range rather than pretend one.
    const consensus = figure?.consensus !== undefined && hasMajority(values, figure.consensus) ? figure.consensus : undefined;
    return {
      key,
      label: metricLabel(event?.metrics ?? [], key),
      about: figure ? aboutOf(figure) : 'No figure yet',
      ...(consensus !== undefined ? { consensus } : {}),
      headline: consensus !== undefined ? formatNumber(consensus) : range ? `${formatNumber(range[0])}–${formatNumber(range[1])}` : '—',
      range,
      outlets: values.length,
      divergent: figure?.divergent ?? false,
      latestChange: latestChange(claimsByMetric.get(key) ?? []),
    };
  });
}

/** hasMajority says whether more of `values` equal `consensus` than equal any other value. */
export function hasMajority(values: readonly number[], consensus: number): boolean {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = counts.get(consensus) ?? 0;
  return top > 0 && [...counts].every(([value, count]) => value === consensus || count < top);
}

/** rangeText says how the outlets stand on the headline figure: "1 outlet", "3 outlets agree", "9–12 across 3 outlets", "No majority among 2 outlets". */
export function rangeText(card: Pick<MetricSummary, 'range' | 'outlets' | 'consensus'>): string {
  if (!card.range) return '';
  const [low, high] = card.range;
  if (card.outlets === 1) return 'From 1 outlet';
  if (low === high) return `${card.outlets} outlets agree`;
  if (card.consensus === undefined) return `No majority among ${card.outlets} outlets`;
  return `${formatNumber(low)}–${formatNumber(high)} across ${card.outlets} outlets`;
}

function aboutOf(f: Figure): string {
  const what = f.scope === 'cumulative' ? 'Running total' : f.scope === 'planned' ? 'Planned' : f.date ? formatDayOrPeriod(f.date, f.dateEnd) : 'Latest';
  // "Ukraine, Ukraine" said nothing twice: an actor is named only when it is not the place.
  const by = f.actor && comparableActor(f.actor) !== comparablePlace(f.place) ? `by ${f.actor}` : '';
  const where = [f.place, by].filter(Boolean).join(' · ');
  return `${what}${where ? ` · ${where}` : ''}${f.perSide ? ' · each side' : ''}`;
}
