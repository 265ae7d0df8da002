/** groupFigures: from a pile of claims to one figure per metric, day, scope and compatible place and actor, with each outlet's current value. */
import { comparableActor, comparablePlace } from './names.ts';
import { reconcileFigure } from './reconcile.ts';
import type { Claim, Figure, FigureOutlet, MetricDef } from './types.ts';

type KeyFields = Pick<Claim, 'metric' | 'date' | 'dateEnd' | 'scope' | 'place' | 'actor' | 'perSide'>;
const keyCache = new WeakMap<KeyFields, string>();

/**
 * figureKey is the figure a claim names exactly: metric, day or period, scope, place, actor and per side, with
 * names in their comparable form ("Kiev" is "Kyiv"). Cached per claim: those fields never change on a revision.
 */
export function figureKey(c: KeyFields): string {
  const cached = keyCache.get(c);
  if (cached) return cached;
  const key = ['fig', c.metric, c.date ?? '', c.dateEnd ?? '', c.scope, comparablePlace(c.place), comparableActor(c.actor), c.perSide ? 'each' : ''].join(':');
  keyCache.set(c, key);
  return key;
}

/**
 * figureIds says which figure each claim counts toward. Claims naming the same figure go together; a claim that
 * leaves out its day, place or actor joins the one figure that names them and otherwise agrees with it ("15
 * injured" beside "15 injured in Kyiv"), but only when exactly one such figure exists and `agree` says their
 * values agree. It may count something else ("245 drones downed" beside "100 downed over Russia"): held against a
 * figure it might not be about, it would raise a false alarm, so a loose claim that disagrees stays on its own.
 */
export function figureIds(claims: readonly Claim[], agree: (loose: Claim[], specific: Claim[]) => boolean = () => true): Map<Claim, string> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = figureKey(claim);
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  const into = resolveUnderspecified([...groups.keys()]);
  for (const [loose, specific] of into) if (!agree(groups.get(loose)!, groups.get(specific)!)) into.delete(loose);
  const ids = new Map<Claim, string>();
  for (const [key, list] of groups) {
    const id = into.get(key) ?? key;
    for (const claim of list) ids.set(claim, id);
  }
  return ids;
}

/** Parts of a figure key: [kind, metric, date, dateEnd, scope, place, actor, perSide]. */
const DATE = 2;
const DATE_END = 3;
const PLACE = 5;
const ACTOR = 6;

/** resolveUnderspecified maps each key that leaves out a day, place or actor to the one key that fills it in, if unique. */
function resolveUnderspecified(keys: string[]): Map<string, string> {
  const byKind = new Map<string, string[][]>();
  for (const key of keys) {
    const parts = key.split(':');
    // Place and actor are comparable forms without colons; metric keys are [a-z0-9_].
    const kind = [parts[1], parts[4], parts[7]].join(':');
    const list = byKind.get(kind);
    if (list) list.push(parts);
    else byKind.set(kind, [parts]);
  }
  const into = new Map<string, string>();
  for (const list of byKind.values()) {
    if (list.length < 2) continue;
    for (const loose of list) {
      if (loose[DATE] && loose[PLACE] && loose[ACTOR]) continue;
      const fits = list.filter((other) => other !== loose && fills(loose, other));
      if (fits.length === 1) into.set(loose.join(':'), fits[0].join(':'));
    }
  }
  return into;
}

/** fills is true when `specific` names everything `loose` names, the same way. */
function fills(loose: string[], specific: string[]): boolean {
  if (loose[DATE] && (loose[DATE] !== specific[DATE] || loose[DATE_END] !== specific[DATE_END])) return false;
  if (loose[PLACE] && loose[PLACE] !== specific[PLACE]) return false;
  if (loose[ACTOR] && loose[ACTOR] !== specific[ACTOR]) return false;
  return true;
}

/**
 * groupFigures groups claims into figures; each outlet's value is its latest report (first figure in the text
 * on ties). `metrics` gives each metric's divergence tolerance.
 */
export function groupFigures(claims: readonly Claim[], metrics: readonly MetricDef[] = []): Figure[] {
  const tolerance = new Map(metrics.map((m) => [m.key, m.tolerance ?? 0]));
  // A claim the desk rejected counts in no figure.
  const counted = claims.filter((c) => c.review?.status !== 'rejected');
  // Each side's current values, not merged per outlet: an outlet that gives 245 and 100 reports two figures.
  const agree = (loose: Claim[], specific: Claim[]) => !isDivergent([...currentPerOutlet(specific), ...currentPerOutlet(loose)], tolerance.get(loose[0].metric) ?? 0);
  const ids = figureIds(counted, agree);
  const groups = new Map<string, Claim[]>();
  for (const claim of counted) {
    const id = ids.get(claim)!;
    const list = groups.get(id);
    if (list) list.push(claim);
    else groups.set(id, [claim]);
  }
  const figures: Figure[] = [];
  for (const [id, group] of groups) {
    // The figure is described by a claim that names it in full, not by one that joined it leaving parts out.
    const first = group.find((c) => figureKey(c) === id) ?? group[0];
    const outlets = currentPerOutlet(group);
    figures.push({
      id,
      metric: first.metric,
      ...(first.date ? { date: first.date } : {}),
      ...(first.dateEnd ? { dateEnd: first.dateEnd } : {}),
      scope: first.scope,
      ...(first.perSide ? { perSide: true } : {}),
      ...(first.place ? { place: first.place } : {}),
      ...(first.actor ? { actor: first.actor } : {}),
      outlets,
      consensus: consensusOf(outlets),
      spread: { min: Math.min(...outlets.map((o) => o.value)), max: Math.max(...outlets.map((o) => o.value)) },
      firstReportedBy: outlets[0].outlet,
      divergent: isDivergent(outlets, tolerance.get(first.metric) ?? 0),
    });
  }
  for (const figure of figures) {
    const reconciliation = reconcileFigure(figure, figures);
    if (reconciliation) figure.reconciliation = reconciliation;
  }
  return figures.sort((a, b) => (a.metric + (a.date ?? '')).localeCompare(b.metric + (b.date ?? '')));
}

function currentPerOutlet(group: Claim[]): FigureOutlet[] {
  const best = new Map<string, Claim>();
  for (const claim of group) {
    const held = best.get(claim.outlet);
    if (!held || isNewerReport(claim, held)) best.set(claim.outlet, claim);
  }
  return [...best.values()]
    .sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt))
    .map((c) => ({
      outlet: c.outlet,
      value: c.value,
      ...(c.min !== undefined ? { min: c.min } : {}),
      ...(c.max !== undefined ? { max: c.max } : {}),
      ...(c.approx ? { approx: true } : {}),
      claimId: c.id,
      firstSeenAt: c.firstSeenAt,
      ...(c.history?.length ? { revisedFrom: c.history.map((h) => h.value) } : {}),
    }));
}

function isNewerReport(a: Claim, b: Claim): boolean {
  if (a.itemId === b.itemId && a.sourceId === b.sourceId) return a.span[0] < b.span[0];
  return a.reportedAt > b.reportedAt;
}

/** consensusOf is the value most outlets report; ties go to the value reported first. */
export function consensusOf(outlets: readonly FigureOutlet[]): number | undefined {
  const counts = new Map<number, number>();
  for (const o of outlets) counts.set(o.value, (counts.get(o.value) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** rangeOf reads a reported value as the interval it allows: "at least 15" is [15, ∞), "about 300" is ±10 %. */
export function rangeOf(o: Pick<FigureOutlet, 'value' | 'min' | 'max' | 'approx'>): [number, number] {
  let low = o.min ?? (o.max !== undefined ? -Infinity : o.value);
  let high = o.max ?? (o.min !== undefined ? Infinity : o.value);
  if (o.approx) {
    low = Number.isFinite(low) ? Math.min(low, o.value * 0.9) : low;
    high = Number.isFinite(high) ? Math.max(high, o.value * 1.1) : high;
  }
  return [low, high];
}

/**
 * isDivergent is true when two outlets' values cannot both be right ("at least 15" and 17 can), allowing
 * each value a relative `tolerance` (0.05: values within 5 % agree).
 */
export function isDivergent(outlets: readonly FigureOutlet[], tolerance = 0): boolean {
  const ranges = outlets.map(rangeOf).map(([low, high]): [number, number] => [low * (1 - tolerance / 2), high * (1 + tolerance / 2)]);
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      if (ranges[i][1] < ranges[j][0] || ranges[j][1] < ranges[i][0]) return true;
    }
  }
  return false;
}
