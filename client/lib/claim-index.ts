/** An event's claims indexed for the page, kept current delta by delta: a delta only touches the metrics it names. */
import type { Claim } from '../../shared/types.ts';
import { markAppended } from './append-fold.ts';

/** newestFirst orders claims by when Tally first saw them, newest first (ties by id, so the order is stable). */
export function newestFirst(a: Claim, b: Claim): number {
  return b.firstSeenAt.localeCompare(a.firstSeenAt) || b.id.localeCompare(a.id);
}

const charted = (c: Claim) => c.review?.status !== 'rejected';
const bySeen = (a: Claim, b: Claim) => (a.firstSeenAt < b.firstSeenAt ? -1 : a.firstSeenAt > b.firstSeenAt ? 1 : 0);

/**
 * ClaimIndex holds every claim by id, the charted (not rejected) ones per metric in first-seen order, and all of them
 * newest first. Its lists are never mutated: a delta replaces only the lists it changes, so unchanged metrics keep
 * their array and whatever was computed from it.
 */
export class ClaimIndex {
  /** Every claim, in the order they arrived. */
  all: readonly Claim[] = [];
  /** Charted claims per metric, first seen first. */
  byMetric: ReadonlyMap<string, readonly Claim[]> = new Map();
  /** Every claim, newest first, as the timeline lists them. */
  newest: readonly Claim[] = [];
  readonly #byId = new Map<string, Claim>();

  /** get returns the claim with `id`, if the page holds it. */
  get(id: string): Claim | undefined {
    return this.#byId.get(id);
  }

  /** reset indexes a snapshot's claims. */
  reset(claims: readonly Claim[]): void {
    this.#byId.clear();
    for (const claim of claims) this.#byId.set(claim.id, claim);
    this.all = claims;
    this.newest = [...claims].sort(newestFirst);
    const byMetric = new Map<string, Claim[]>();
    for (const claim of claims) {
      if (!charted(claim)) continue;
      const list = byMetric.get(claim.metric);
      if (list) list.push(claim);
      else byMetric.set(claim.metric, [claim]);
    }
    // Claims mostly come in the order they were seen: sort only a list that is not.
    for (const list of byMetric.values()) if (list.some((c, i) => i > 0 && c.firstSeenAt < list[i - 1].firstSeenAt)) list.sort(bySeen);
    this.byMetric = byMetric;
  }

  /** apply adds or replaces `upserts` and drops the `removed` ids. */
  apply(upserts: readonly Claim[], removed: readonly string[]): void {
    if (upserts.length === 0 && removed.length === 0) return;
    const gone = new Set(removed.filter((id) => this.#byId.has(id)));
    const replaced = new Map<string, Claim>();
    const added: Claim[] = [];
    // Per touched metric: the claims leaving its list (old objects) and those joining it.
    const leaving = new Map<string, Set<Claim>>();
    const joining = new Map<string, Claim[]>();
    const leave = (c: Claim) => charted(c) && (leaving.get(c.metric) ?? leaving.set(c.metric, new Set()).get(c.metric)!).add(c);
    const join = (c: Claim) => charted(c) && (joining.get(c.metric) ?? joining.set(c.metric, []).get(c.metric)!).push(c);
    for (const id of gone) {
      leave(this.#byId.get(id)!);
      this.#byId.delete(id);
    }
    for (const claim of upserts) {
      if (gone.has(claim.id)) continue;
      const old = this.#byId.get(claim.id);
      this.#byId.set(claim.id, claim);
      if (!old) {
        added.push(claim);
        join(claim);
      } else {
        replaced.set(claim.id, claim);
        leave(old);
        join(claim);
      }
    }
    this.all = replaced.size > 0 || gone.size > 0 ? [...this.all.filter((c) => !gone.has(c.id)).map((c) => replaced.get(c.id) ?? c), ...added] : [...this.all, ...added];
    this.newest = mergeNewest(replaced.size > 0 || gone.size > 0 ? this.newest.filter((c) => !gone.has(c.id) && !replaced.has(c.id)) : this.newest, [...added, ...replaced.values()]);
    const byMetric = new Map(this.byMetric);
    for (const metric of new Set([...leaving.keys(), ...joining.keys()])) {
      const list = updateList(byMetric.get(metric) ?? [], leaving.get(metric), joining.get(metric) ?? []);
      if (list.length > 0) byMetric.set(metric, list);
      else byMetric.delete(metric);
    }
    this.byMetric = byMetric;
  }
}

/** updateList drops `leaving` from a first-seen-ordered list and puts `joining` in place: a revised claim keeps its slot. */
function updateList(list: readonly Claim[], leaving: Set<Claim> | undefined, joining: Claim[]): Claim[] {
  const next: Claim[] = [];
  const waiting = new Map(joining.map((c) => [c.id, c]));
  for (const claim of list) {
    if (!leaving?.has(claim)) next.push(claim);
    else if (waiting.has(claim.id) && waiting.get(claim.id)!.firstSeenAt === claim.firstSeenAt) {
      next.push(waiting.get(claim.id)!);
      waiting.delete(claim.id);
    }
  }
  let appended = !leaving?.size;
  for (const claim of [...waiting.values()].sort(bySeen)) {
    // New claims are nearly always the newest: look for their place from the end.
    let at = next.length;
    while (at > 0 && next[at - 1].firstSeenAt > claim.firstSeenAt) at--;
    if (at < list.length) appended = false;
    next.splice(at, 0, claim);
  }
  if (appended) markAppended(next, list);
  return next;
}

/** mergeNewest merges `incoming` into a newest-first list. */
function mergeNewest(list: readonly Claim[], incoming: Claim[]): Claim[] {
  if (incoming.length === 0) return [...list];
  const sorted = incoming.sort(newestFirst);
  const merged: Claim[] = [];
  let i = 0;
  for (const claim of sorted) {
    while (i < list.length && newestFirst(list[i], claim) < 0) merged.push(list[i++]);
    merged.push(claim);
  }
  for (; i < list.length; i++) merged.push(list[i]);
  return merged;
}
