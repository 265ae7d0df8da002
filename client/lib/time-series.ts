/** Shapes one metric's claims into step series over time: each outlet's figure as reports and revisions came in. */
import { figureKey } from '../../shared/figures.ts';
import type { Claim } from '../../shared/types.ts';
import { formatDay, SCOPE_LABEL } from './format.ts';
import { byOutletOrder } from './outlet-colors.ts';

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
export type Moment = Omit<TimePoint, 'from'>;
const momentCache = new WeakMap<Claim, Moment[]>();
const choiceCache = new WeakMap<Claim, string>();
const markerCache = new WeakMap<readonly TimePoint[], TimePoint[]>();
const maxCache = new WeakMap<readonly TimePoint[], number>();

/** choiceOf returns the figure choice a claim belongs to: running totals merge across days, the rest are figures. */
export function choiceOf(claim: Claim): string {
  let choice = choiceCache.get(claim);
  if (choice === undefined) choiceCache.set(claim, (choice = claim.scope === 'cumulative' && !claim.place && !claim.actor ? TOTAL_FIGURE : figureKey(claim)));
  return choice;
}

/** figureChoices lists the figures of one metric's claims, the best one for a desk first: the running total, else the latest day. */
export function figureChoices(claims: readonly Claim[]): FigureChoice[] {
  const byKey = new Map<string, Claim>();
  for (const claim of claims) firstOfChoice(byKey, claim);
  return rankChoices(byKey);
}

/** firstOfChoice notes `claim` as its figure choice's first claim, unless one came before it. */
export function firstOfChoice(byKey: Map<string, Claim>, claim: Claim): void {
  const key = choiceOf(claim);
  if (!byKey.has(key)) byKey.set(key, claim);
}

/** rankChoices orders the figure choices, each known by its first claim, as `figureChoices` does. */
export function rankChoices(byKey: ReadonlyMap<string, Claim>): FigureChoice[] {
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
function seenTimes(claim: Claim): Moment[] {
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
  const byOrder = byOutletOrder(order);
  return [...byOutlet]
    .sort((a, b) => byOrder(a[0], b[0]))
    .map(([outlet, list]) => ({ outlet, points: stepPoints(list) }));
}

function stepPoints(claims: readonly Claim[]): TimePoint[] {
  return extendSteps(START, momentsOf(claims)).points;
}

/** momentsOf lists the moments of `claims` in time order. */
export function momentsOf(claims: readonly Claim[]): Moment[] {
  const moments = claims.flatMap(seenTimes);
  // Claims mostly arrive in the order they were seen: skip the sort when they did.
  if (moments.some((m, i) => i > 0 && m.at < moments[i - 1].at)) moments.sort((a, b) => a.at - b.at);
  return moments;
}

/** StepState is where an outlet's step line stands: its points, the latest day a report named, and its last moment. */
export interface StepState {
  points: TimePoint[];
  latestDay: string;
  lastAt: number;
}

/** START is the step state of an outlet before its first report. */
export const START: StepState = { points: [], latestDay: '', lastAt: -Infinity };

/** extendSteps continues a step line through `moments` (in time order, none before its last); its points array is new only when a point was added. */
export function extendSteps(state: StepState, moments: readonly Moment[]): StepState {
  let points = state.points;
  let latestDay = state.latestDay;
  for (const m of moments) {
    // A report restating an older day's total is not the outlet's current figure; revisions of it are, though.
    const day = m.claim.date ?? '';
    if (day < latestDay && !m.revision) continue;
    if (day > latestDay) latestDay = day;
    const previous = points[points.length - 1];
    if (previous && previous.value === m.value) continue;
    if (points === state.points) points = [...points];
    points.push({ id: m.id, at: m.at, value: m.value, claim: m.claim, revision: m.revision, ...(previous ? { from: previous.value } : {}) });
  }
  // The line's highest value so far carries over: only the new points are looked at.
  if (points !== state.points) maxCache.set(points, Math.max(maxValue(state.points), maxValue(points.slice(state.points.length))));
  return { points, latestDay, lastAt: moments.length ? Math.max(state.lastAt, moments[moments.length - 1].at) : state.lastAt };
}

/** maxValue returns the highest value among `points` (0 for none), remembered for each points array. */
export function maxValue(points: readonly TimePoint[]): number {
  let top = maxCache.get(points);
  if (top === undefined) {
    top = 0;
    for (const p of points) if (p.value > top) top = p.value;
    maxCache.set(points, top);
  }
  return top;
}

/** markerKey keys a point's marker: a thinned line's last marker keeps one key as reports move it along, so it is moved rather than redrawn. */
export function markerKey(points: readonly TimePoint[], p: TimePoint): string {
  return points.length > MAX_MARKERS && p === points[points.length - 1] ? 'last' : p.id;
}

/** markerPoints picks the points worth a mark: every change while few, else the first, the last and the revisions. */
export function markerPoints(points: readonly TimePoint[]): TimePoint[] {
  let markers = markerCache.get(points);
  if (!markers) markerCache.set(points, (markers = points.length <= MAX_MARKERS ? [...points] : points.filter((p, i) => i === 0 || i === points.length - 1 || p.revision)));
  return markers;
}
