/** Claim merging: a figure the title, summary and body all repeat is one claim, with the richest wording. */
import type { ExtractedClaim } from '../../shared/types.ts';

/** claimKey is what makes two claims of one text the same figure: metric, value, day and scope. */
export function claimKey(c: Pick<ExtractedClaim, 'metric' | 'value' | 'date' | 'scope'>): string {
  return [c.metric, c.value, c.date ?? '', c.scope].join('|');
}

/** mergeClaims keeps one claim per key, in first-seen order: the mention that says most (per side, source,
 * place, actor) gives quote and span, and the others fill what it leaves out. A claim whose day was only
 * guessed (a headline names none) joins a dated claim of the same metric, value and scope. */
export function mergeClaims(claims: ExtractedClaim[], dateGuessed: Set<ExtractedClaim> = new Set()): ExtractedClaim[] {
  const groups = new Map<string, ExtractedClaim[]>();
  const sameFigure = (a: ExtractedClaim, b: ExtractedClaim) => a.metric === b.metric && a.value === b.value && a.scope === b.scope;
  for (const c of claims) {
    const dated = dateGuessed.has(c) ? claims.find((o) => !dateGuessed.has(o) && sameFigure(o, c)) : undefined;
    const key = claimKey(dated ?? c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const dated = group.filter((c) => !dateGuessed.has(c));
    const base = (dated.length ? dated : group).reduce((best, c) => (richness(c) > richness(best) ? c : best));
    const merged: ExtractedClaim = { ...base };
    for (const c of group) {
      if (c.perSide) merged.perSide = true;
      for (const field of ['attribution', 'place', 'actor', 'dateEnd'] as const) {
        if (merged[field] === undefined && c[field] !== undefined) merged[field] = c[field];
      }
    }
    // A figure given for each side of an exchange has no single actor.
    if (merged.perSide) delete merged.actor;
    return merged;
  });
}

function richness(c: ExtractedClaim): number {
  return (c.perSide ? 1 : 0) + (c.attribution ? 1 : 0) + (c.place ? 1 : 0) + (c.actor ? 1 : 0) + (c.min !== undefined || c.max !== undefined ? 1 : 0);
}
