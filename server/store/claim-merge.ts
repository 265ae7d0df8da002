/** Merging a fresh extraction of an item into the claims already stored for it. */
import type { Claim, ExtractedClaim } from '../../shared/types.ts';
import { stableId } from './ids.ts';

/** ItemContext is what the store knows about the item a set of claims came from. */
export interface ItemContext {
  eventId: string;
  sourceId: string;
  outlet: string;
  itemId: string;
  itemUrl: string | null;
  reportedAt: string;
}

/** ClaimChanges is what a merge did: claims never seen before, and stored claims whose figure moved. */
export interface ClaimChanges {
  added: Claim[];
  changed: Claim[];
}

/**
 * claimKey identifies a claim within its item: the same metric, day, scope and place in a new
 * version of the item is the same claim, so a changed number there is a revision, not a new claim.
 */
function claimKey(c: ExtractedClaim): string[] {
  return [c.metric, c.scope, c.date ?? '', c.dateEnd ?? '', c.place ?? '', c.actor ?? '', c.perSide ? 'each' : ''];
}

/** mergeClaims folds `extracted` into `stored` and its id index `byId` (mutating both) and reports what was added or changed. */
export function mergeClaims(stored: Claim[], byId: Map<string, Claim>, item: ItemContext, extracted: ExtractedClaim[], now: string): ClaimChanges {
  const seen = new Map<string, number>();
  const changes: ClaimChanges = { added: [], changed: [] };
  for (const fresh of extracted) {
    const key = claimKey(fresh);
    const keyText = key.join('|');
    // Two figures with the same key in one item (390 released, 120 of them civilians) are told apart by order.
    const nth = seen.get(keyText) ?? 0;
    seen.set(keyText, nth + 1);
    const id = stableId('clm', [item.eventId, item.sourceId, item.itemId, ...key, nth]);
    const existing = byId.get(id);
    if (!existing) {
      const claim: Claim = { ...fresh, id, eventId: item.eventId, outlet: item.outlet, sourceId: item.sourceId, itemId: item.itemId, itemUrl: item.itemUrl, reportedAt: item.reportedAt, firstSeenAt: now };
      stored.push(claim);
      byId.set(id, claim);
      changes.added.push(claim);
    } else if (existing.review && existing.review.status !== 'open') {
      // The desk has ruled on this claim: the outlet's new figure is kept in history, the desk's stays in force.
      if (fresh.value !== (existing.review.was?.value ?? existing.value)) {
        existing.history = [...(existing.history ?? []), { value: fresh.value, at: now, quote: fresh.quote }];
        existing.updatedAt = now;
        changes.changed.push(existing);
      }
    } else if (figureMoved(existing, fresh)) {
      const history = [...(existing.history ?? []), { value: existing.value, at: existing.updatedAt ?? existing.firstSeenAt, quote: existing.quote }];
      Object.assign(existing, stripBounds(fresh), { history, updatedAt: now, reportedAt: item.reportedAt, itemUrl: item.itemUrl });
      changes.changed.push(existing);
    }
  }
  return changes;
}

function figureMoved(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return a.value !== b.value || a.min !== b.min || a.max !== b.max || Boolean(a.approx) !== Boolean(b.approx);
}

/** stripBounds makes absent bounds overwrite old ones when a revision drops "at least". */
function stripBounds(c: ExtractedClaim): ExtractedClaim {
  return { min: undefined, max: undefined, approx: undefined, ...c };
}
