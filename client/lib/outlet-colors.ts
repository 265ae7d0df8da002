/** Outlet colours: one Okabe-Ito hue per outlet, the same in every chart, legend and timeline dot. */
import type { Claim, Source } from '../../shared/types.ts';

/** OKABE_ITO is a colour-blind-safe categorical palette (black left out so it works on dark too). */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/** outletOrder lists outlets in the order they first appeared, so adding one never recolours the others. */
export function outletOrder(sources: Source[], claims: Claim[]): string[] {
  const seen = new Set<string>();
  const bySource = [...sources].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const source of bySource) seen.add(source.outlet);
  // One pass for each outlet's first sighting, then a sort of outlets, not of every claim.
  const first = new Map<string, string>();
  for (const claim of claims) {
    const held = first.get(claim.outlet);
    if (held === undefined || claim.firstSeenAt < held) first.set(claim.outlet, claim.firstSeenAt);
  }
  for (const [outlet] of [...first].sort((a, b) => a[1].localeCompare(b[1]))) seen.add(outlet);
  return [...seen];
}

/** outletColor picks an outlet's colour from its place in `order`. */
export function outletColor(order: string[], outlet: string): string {
  const index = order.indexOf(outlet);
  return OKABE_ITO[(index < 0 ? order.length : index) % OKABE_ITO.length];
}
