/** Helpers to apply the server's deltas, which always name things by `id`. */

/** upsertById returns `list` with `items` replacing same-id entries (or appended) and `removed` ids dropped. */
export function upsertById<T extends { id: string }>(list: T[], items: T[], removed: string[] = []): T[] {
  if (items.length === 0 && removed.length === 0) return list;
  const incoming = new Map(items.map((item) => [item.id, item]));
  const gone = new Set(removed);
  const next: T[] = [];
  for (const item of list) {
    if (gone.has(item.id)) continue;
    const replacement = incoming.get(item.id);
    next.push(replacement ?? item);
    incoming.delete(item.id);
  }
  for (const item of incoming.values()) if (!gone.has(item.id)) next.push(item);
  return next;
}
