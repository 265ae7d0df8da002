/** groupFigures: from a pile of claims to one figure per metric, day, scope and place, with each outlet's current value. */
import { reconcileFigure } from './reconcile.ts';
import type { Claim, Figure, FigureOutlet, MetricDef } from './types.ts';

type KeyFields = Pick<Claim, 'metric' | 'date' | 'dateEnd' | 'scope' | 'place' | 'actor' | 'perSide'>;
const keyCache = new WeakMap<KeyFields, string>();

/**
 * figureKey is what makes two claims about the same figure (first cut: place and actor must match exactly).
 * Cached per claim object: the fields it reads never change when a claim is revised.
 */
export function figureKey(c: KeyFields): string {
  const cached = keyCache.get(c);
  if (cached) return cached;
  const norm = (s?: string) => (s ?? '').trim().toLowerCase();
  const key = ['fig', c.metric, c.date ?? '', c.dateEnd ?? '', c.scope, norm(c.place), norm(c.actor), c.perSide ? 'each' : ''].join(':');
  keyCache.set(c, key);
  return key;
}

/**
 * groupFigures groups claims into figures; each outlet's value is its latest report (first figure in the text
 * on ties). `metrics` gives each metric's divergence tolerance.
 */
export function groupFigures(claims: readonly Claim[], metrics: readonly MetricDef[] = []): Figure[] {
  const tolerance = new Map(metrics.map((m) => [m.key, m.tolerance ?? 0]));
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    // A claim the desk rejected counts in no figure.
    if (claim.review?.status === 'rejected') continue;
    const key = figureKey(claim);
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  const figures: Figure[] = [];
  for (const [id, group] of groups) {
    const first = group[0];
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
