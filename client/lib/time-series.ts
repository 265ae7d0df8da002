/** Shapes one metric's claims into step series over time: each outlet's figure as reports and revisions came in. */
import { figureKey } from '../../shared/figures.ts';
import type { Claim } from '../../shared/types.ts';
import { formatDay, SCOPE_LABEL } from './format.ts';

/** TOTAL_FIGURE is the choice that follows every outlet's running total, whatever day each report names. */
export const TOTAL_FIGURE = 'total';

/** FigureChoice is one figure of a metric that the over-time chart can follow. */
export interface FigureChoice {
  key: string;
  label: string;
}

/** TimePoint is the moment an outlet's figure took a value; `from` is the value it replaced. */
export interface TimePoint {
  /** Unique within the chart: claim id and revision index. */
  id: string;
  /** Milliseconds since the epoch: when Tally saw this value. */
  at: number;
  value: number;
  claim: Claim;
  from?: number;
  /** True when an edited item changed the figure, rather than a new report. */
  revision: boolean;
}

/** OutletSeries is one outlet's step line; `points` hold only the moments its figure changed (the first one included). */
export interface OutletSeries {
  outlet: string;
  points: TimePoint[];
}

const MAX_MARKERS = 40;

/** Moment is one value a claim held, from when Tally saw it. */
type Moment = Omit<TimePoint, 'from'>;
const momentCache = new WeakMap<Claim, Moment[]>();

/** choiceOf returns the figure choice a claim belongs to: running totals merge across days, the rest are figures. */
export function choiceOf(claim: Claim): string {
  return claim.scope === 'cumulative' && !claim.place && !claim.actor ? TOTAL_FIGURE : figureKey(claim);
}

/** figureChoices lists the figures of one metric's claims, the best one for a desk first: the running total, else the latest day. */
export function figureChoices(claims: readonly Claim[]): FigureChoice[] {
  const byKey = new Map<string, Claim>();
  for (const claim of claims) {
    const key = choiceOf(claim);
    if (!byKey.has(key)) byKey.set(key, claim);
  }
  const rank = ([key, c]: [string, Claim]) => (key === TOTAL_FIGURE ? 0 : c.scope === 'daily' ? (c.place || c.actor ? 2 : 1) : 3);
  return [...byKey]
    .sort((a, b) => rank(a) - rank(b) || (b[1].date ?? '').localeCompare(a[1].date ?? ''))
    .map(([key, claim]) => ({ key, label: key === TOTAL_FIGURE ? 'Running total' : choiceLabel(claim) }));
}

function choiceLabel(c: Claim): string {
  const what = c.scope === 'daily' ? (c.date ? formatDay(c.date) : 'Undated') : `${SCOPE_LABEL[c.scope]}${c.date ? ` (${formatDay(c.date)})` : ''}`;
  const where = [c.place, c.actor].filter(Boolean).join(', ');
  return `${what}${where ? ` · ${where}` : ''}${c.perSide ? ' · each side' : ''}`;
}

/**
 * seenTimes lists a claim's values with when Tally saw each: its history, then the value it holds now. An earlier
 * value comes as a copy of the claim with that value's quote, so a tooltip quotes what the outlet said then.
 */
export function seenTimes(claim: Claim): Moment[] {
  // Claims are replaced, never mutated, when they change: a claim object's moments can be kept.
  let moments = momentCache.get(claim);
  if (!moments) momentCache.set(claim, (moments = computeMoments(claim)));
  return moments;
}

function computeMoments(claim: Claim): Moment[] {
  const history = claim.history ?? [];
  const values = history.map((h, i) => {
    const then: Claim = { ...claim, value: h.value, quote: h.quote, quoteSpan: undefined, min: undefined, max: undefined, approx: undefined, updatedAt: h.at, history: undefined };
    return { id: `${claim.id}:${i}`, at: Date.parse(h.at), value: h.value, revision: i > 0, claim: then };
  });
  values.push({ id: `${claim.id}:${history.length}`, at: Date.parse(claim.updatedAt ?? claim.firstSeenAt), value: claim.value, revision: history.length > 0, claim });
  return values;
}

/** buildTimeSeries returns one step series per outlet (in `order`) for the figure `choice` of a metric's claims. */
export function buildTimeSeries(claims: readonly Claim[], choice: string, order: readonly string[]): OutletSeries[] {
  const byOutlet = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (choiceOf(claim) !== choice) continue;
    const list = byOutlet.get(claim.outlet);
    if (list) list.push(claim);
    else byOutlet.set(claim.outlet, [claim]);
  }
  const rank = (outlet: string) => (order.includes(outlet) ? order.indexOf(outlet) : order.length);
  return [...byOutlet]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([outlet, list]) => ({ outlet, points: stepPoints(list) }));
}

function stepPoints(claims: Claim[]): TimePoint[] {
  const moments = claims.flatMap(seenTimes);
  // Claims mostly arrive in the order they were seen: skip the sort when they did.
  if (moments.some((m, i) => i > 0 && m.at < moments[i - 1].at)) moments.sort((a, b) => a.at - b.at);
  const points: TimePoint[] = [];
  let latestDay = '';
  for (const m of moments) {
    // A report restating an older day's total is not the outlet's current figure; revisions of it are, though.
    const day = m.claim.date ?? '';
    if (day < latestDay && !m.revision) continue;
    if (day > latestDay) latestDay = day;
    const previous = points[points.length - 1];
    if (previous && previous.value === m.value) continue;
    points.push({ id: m.id, at: m.at, value: m.value, claim: m.claim, revision: m.revision, ...(previous ? { from: previous.value } : {}) });
  }
  return points;
}

/** markerPoints picks the points worth a mark: every change while few, else the first, the last and the revisions. */
export function markerPoints(points: readonly TimePoint[]): TimePoint[] {
  if (points.length <= MAX_MARKERS) return [...points];
  return points.filter((p, i) => i === 0 || i === points.length - 1 || p.revision);
}
