/** Driving an event's claims directly, as the poller would after reading a feed: for chart tests and the client bench. */
import type { TallyApp } from '../../server/app.ts';
import type { ExtractedClaim, Source } from '../../shared/types.ts';

/** ReportedFigure is one figure in a synthetic report; everything but the value has a default. */
export type ReportedFigure = Partial<ExtractedClaim> & { value: number };

/** addOutlet adds a source for `outlet` that is never polled (its URL only names it). */
export async function addOutlet(app: TallyApp, eventId: string, outlet: string): Promise<Source> {
  const slug = outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return app.store.addSource(eventId, { outlet, url: `https://${slug}.example/feed`, intervalSeconds: 3600 });
}

/**
 * report records an item of `source` carrying `figures` and pushes what changed to the event's subscribers.
 * Reporting the same `itemId` again with other values is an edited item: its claims are revised ("13 → 15").
 */
export function report(app: TallyApp, source: Source, itemId: string, figures: ReportedFigure[], publishedAt = new Date().toISOString()): void {
  const extracted: ExtractedClaim[] = figures.map((f) => {
    const quote = f.quote ?? `${source.outlet} reports ${f.value} ${(f.metric ?? 'killed').replace(/_/g, ' ')}.`;
    const at = quote.indexOf(String(f.value));
    return { metric: 'killed', scope: 'cumulative', span: [0, 1], ...(at >= 0 ? { quoteSpan: [at, at + String(f.value).length] as [number, number] } : {}), ...f, quote };
  });
  const hash = JSON.stringify(extracted);
  const outcome = app.store.recordItem(source, { itemId, url: `https://example.org/${encodeURIComponent(source.outlet)}/${itemId}`, title: itemId, hash, publishedAt }, extracted);
  app.store.commit(source.eventId);
  app.live.publishClaims(source.eventId, outcome.added, outcome.changed);
}
