/** Outlet colours: one Okabe-Ito hue per outlet, the same in every chart, legend and timeline dot. */
import type { Claim, Source } from '../../shared/types.ts';

/** OKABE_ITO is a colour-blind-safe categorical palette (black left out so it works on dark too). */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/** firstSightings maps each outlet to when its first claim was seen. */
export function firstSightings(claims: readonly Claim[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const claim of claims) {
    const held = first.get(claim.outlet);
    if (held === undefined || claim.firstSeenAt < held) first.set(claim.outlet, claim.firstSeenAt);
  }
  return first;
}

/** outletOrder lists outlets in the order they first appeared (sources, then claims' first sightings), so adding one never recolours the others. */
export function outletOrder(sources: readonly Source[], firstSeen: ReadonlyMap<string, string>): string[] {
  const seen = new Set<string>();
  const bySource = [...sources].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const source of bySource) seen.add(source.outlet);
  for (const [outlet] of [...firstSeen].sort((a, b) => a[1].localeCompare(b[1]))) seen.add(outlet);
  return [...seen];
}

/** sameList says whether two lists hold the same items in the same order. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** byOutletOrder compares outlets by their place in `order`; outlets not in it come last, in the order given. */
export function byOutletOrder(order: readonly string[]): (a: string, b: string) => number {
  // Looked up once per outlet, not scanned on every comparison of a sort.
  const rank = new Map<string, number>();
  order.forEach((outlet, i) => rank.has(outlet) || rank.set(outlet, i));
  const of = (outlet: string) => rank.get(outlet) ?? order.length;
  return (a, b) => of(a) - of(b);
}

/** outletColor picks an outlet's colour from its place in `order`. */
export function outletColor(order: string[], outlet: string): string {
  const index = order.indexOf(outlet);
  return OKABE_ITO[(index < 0 ? order.length : index) % OKABE_ITO.length];
}
