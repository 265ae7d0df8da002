/** Shapes claims into what a metric chart draws: one bar per outlet per day, plus notes for totals and targets. */
import { ascending } from 'd3-array';
import { figureIds, figureKey } from '../../shared/figures.ts';
import { metricLabel } from '../../shared/metrics.ts';
import type { Claim, Figure, Reconciliation, Scope, TallyEvent } from '../../shared/types.ts';
import { formatAmount, formatNumber, formatPeriod, hedgeMark, SCOPE_LABEL } from './format.ts';
import { AppendFold } from './append-fold.ts';
import { byOutletOrder, sameList } from './outlet-colors.ts';
import { reconciliationText } from './reconciliation-text.ts';
import { choiceOf } from './time-series.ts';

/** DayBar is the figure one outlet gives for one day. */
export interface DayBar {
  day: string;
  outlet: string;
  value: number;
  /** The value as a bar label says it: "307", "≥15". */
  label: string;
  claim: Claim;
}

/** ReferenceFigure is a running total or announced target, shown beside the daily bars. */
export interface ReferenceFigure {
  id: string;
  scope: Scope;
  value: number;
  /** The note: "Planned: 1,000 per side, 23–25 May". */
  text: string;
  /** The label on its line in the chart: "Planned 1,000". */
  short: string;
  outlets: string[];
  /** Whether the daily figures add up to it, when its period is known: "adds up: 390 + 307 + 303". */
  check?: { text: string; status: Reconciliation['status'] };
}

/** MetricChartData is everything one metric's chart shows. */
export interface MetricChartData {
  key: string;
  label: string;
  days: string[];
  /** Outlets with a bar, in page order. */
  outlets: string[];
  bars: DayBar[];
  references: ReferenceFigure[];
  /** Days on which the outlets' figures differ. */
  differingDays: string[];
  /** Every outlet behind the chart, bars and notes, for its source line. */
  sourceOutlets: string[];
}

const MAX_FILLED_DAYS = 62;

/** claimDay is the day a claim is about, or the day it was reported when the text gave none. */
function claimDay(claim: Claim): string {
  return claim.date ?? claim.reportedAt.slice(0, 10);
}

/** buildMetricCharts returns one chart per metric with claims, in the order the metrics were first reported. */
export function buildMetricCharts(event: TallyEvent | null, claims: readonly Claim[], order: readonly string[], figures: readonly Figure[] = []): MetricChartData[] {
  const byMetric = new Map<string, Claim[]>();
  // A claim the desk rejected is charted nowhere (the timeline still shows it, struck through).
  const firstSeen = claims.filter((c) => c.review?.status !== 'rejected');
  if (firstSeen.some((c, i) => i > 0 && c.firstSeenAt < firstSeen[i - 1].firstSeenAt)) firstSeen.sort((a, b) => (a.firstSeenAt < b.firstSeenAt ? -1 : a.firstSeenAt > b.firstSeenAt ? 1 : 0));
  for (const claim of firstSeen) {
    const list = byMetric.get(claim.metric) ?? [];
    list.push(claim);
    byMetric.set(claim.metric, list);
  }
  return new MetricChartsTracker().update(event, byMetric, order, figures);
}

/** ChartClaims is what a metric's chart keeps of its claims: the best one per outlet and day, and each outlet's latest per total or target. */
interface ChartClaims {
  daily: Map<string, Claim>;
  current: Map<string, Map<string, Claim>>;
}

function foldClaim(state: ChartClaims, claim: Claim): void {
  if (claim.scope === 'daily') {
    // One claim per outlet and day: an unqualified one over a place's, then the latest, then the largest.
    const slot = `${claimDay(claim)}\u0000${claim.outlet}`;
    const held = state.daily.get(slot);
    if (!held || preferred(claim, held)) state.daily.set(slot, claim);
    return;
  }
  // Each outlet's latest claim per figure (running totals count as one whatever day they name): a total an outlet has
  // since raised is history, shown over time, not a note of its own.
  let held = state.current.get(claim.outlet);
  if (!held) state.current.set(claim.outlet, (held = new Map()));
  const key = choiceOf(claim);
  const current = held.get(key);
  if (!current || isLater(claim, current)) held.set(key, claim);
}

interface Tracked {
  fold: AppendFold<Claim, ChartClaims>;
  claims: readonly Claim[];
  order: readonly string[];
  figures: readonly Figure[];
  label: string;
  chart: MetricChartData;
}

/**
 * MetricChartsTracker returns what `buildMetricCharts` would from claims already grouped by metric, kept from call to
 * call: a metric whose claims, figures and outlets did not change keeps its chart object, and new claims are folded in.
 */
export class MetricChartsTracker {
  #metrics = new Map<string, Tracked>();
  #result: MetricChartData[] = [];

  /** update returns one chart per metric in `byMetric` (charted claims, first seen first), first-reported metric first. */
  update(event: TallyEvent | null, byMetric: ReadonlyMap<string, readonly Claim[]>, order: readonly string[], figures: readonly Figure[]): MetricChartData[] {
    const figuresOf = new Map<string, Figure[]>();
    for (const figure of figures) (figuresOf.get(figure.metric) ?? figuresOf.set(figure.metric, []).get(figure.metric)!).push(figure);
    let changed = byMetric.size !== this.#metrics.size;
    for (const key of this.#metrics.keys()) if (!byMetric.has(key)) this.#metrics.delete(key);
    for (const [key, claims] of byMetric) {
      const label = metricLabel(event?.metrics ?? [], key);
      const own = figuresOf.get(key) ?? [];
      let held = this.#metrics.get(key);
      if (held && held.claims === claims && sameList(held.order, order) && held.label === label && sameList(held.figures, own)) continue;
      const fold = held?.fold ?? new AppendFold<Claim, ChartClaims>(() => ({ daily: new Map(), current: new Map() }), foldClaim);
      const chart = chartOf(key, label, fold.fold(claims).state, order, own);
      held = { fold, claims, order, figures: own, label, chart };
      this.#metrics.set(key, held);
      changed = true;
    }
    if (!changed) return this.#result;
    // First-reported order puts the story's lead figure first and only ever appends new charts below.
    const first = (key: string) => byMetric.get(key)![0]?.firstSeenAt ?? '';
    this.#result = [...byMetric.keys()].sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0)).map((key) => this.#metrics.get(key)!.chart);
    return this.#result;
  }
}

function chartOf(key: string, label: string, claims: ChartClaims, order: readonly string[], figures: readonly Figure[]): MetricChartData {
  const byOrder = byOutletOrder(order);
  const bars = [...claims.daily.values()].map((claim) => ({ day: claimDay(claim), outlet: claim.outlet, value: claim.value, label: hedgeMark(claim) + formatNumber(claim.value), claim }));
  const outlets = [...new Set(bars.map((b) => b.outlet))].sort(byOrder);
  const references = referenceFigures([...claims.current.values()].flatMap((held) => [...held.values()]), figures);
  const differingDays = [...groupBy(bars, (b) => b.day)]
    .filter(([, dayBars]) => new Set(dayBars.map((b) => b.value)).size > 1)
    .map(([day]) => day)
    .sort();
  const sourceOutlets = [...new Set([...outlets, ...references.flatMap((r) => r.outlets)])].sort(byOrder);
  return { key, label, days: dayRange(bars.map((b) => b.day)), outlets, bars, references, differingDays, sourceOutlets };
}

function preferred(a: Claim, b: Claim): boolean {
  const general = (c: Claim) => (c.place || c.actor ? 0 : 1);
  if (general(a) !== general(b)) return general(a) > general(b);
  if (a.reportedAt !== b.reportedAt) return a.reportedAt > b.reportedAt;
  return a.value > b.value;
}

function isLater(a: Claim, b: Claim): boolean {
  const [da, db] = [a.date ?? '', b.date ?? ''];
  return da !== db ? da > db : a.reportedAt >= b.reportedAt;
}

/** referenceFigures merges the outlets that agree on a total or target into one note. */
function referenceFigures(claims: Claim[], totals: readonly Figure[]): ReferenceFigure[] {
  // The same figure as the server groups it (an undated "1,000 for 1,000" is the dated three-day plan), by value.
  const figureOf = figureIds(claims);
  const groups = groupBy(claims, (c) => `${figureOf.get(c)}|${c.value}`);
  const figures = [...groups].map(([id, group]) => {
    const first = group.find((c) => figureKey(c) === figureOf.get(c)) ?? group[0];
    const period = formatPeriod(first.date, first.dateEnd);
    const amount = formatAmount(first);
    const text = `${SCOPE_LABEL[first.scope]}: ${amount}${first.perSide ? ' per side' : ''}${period ? `, ${period}` : ''}`;
    const short = `${SCOPE_LABEL[first.scope]} ${hedgeMark(first)}${formatNumber(first.value)}`;
    const checked = totals.find((f) => f.reconciliation && f.scope === first.scope && f.date === first.date && f.dateEnd === first.dateEnd && f.consensus === first.value);
    const check = checked?.reconciliation ? { text: reconciliationText(checked.reconciliation, first.value), status: checked.reconciliation.status } : undefined;
    return { id, scope: first.scope, value: first.value, text, short, outlets: [...new Set(group.map((c) => c.outlet))].sort(), ...(check ? { check } : {}) };
  });
  return figures.sort((a, b) => ascending(a.scope === 'planned' ? 0 : 1, b.scope === 'planned' ? 0 : 1) || b.value - a.value);
}

/** dayRange lists every day from the first to the last, so a day without figures shows as a gap. */
function dayRange(days: string[]): string[] {
  const unique = [...new Set(days)].sort();
  if (unique.length < 2) return unique;
  const start = Date.parse(`${unique[0]}T00:00:00Z`);
  const end = Date.parse(`${unique[unique.length - 1]}T00:00:00Z`);
  const count = Math.round((end - start) / 86_400_000) + 1;
  if (!Number.isFinite(count) || count > MAX_FILLED_DAYS) return unique;
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
