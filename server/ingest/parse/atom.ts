/** Atom 1.0 entries as FeedItems. */
import type { AtomFeed } from 'feedsmith';
import { type FeedItem, normaliseItem } from './item.ts';

type AtomEntry = NonNullable<AtomFeed.Feed<string>['entries']>[number];

/** atomItems maps an Atom feed's entries; the alternate link is the item's URL. */
export function atomItems(feed: AtomFeed.Feed<string>, baseUrl?: string): FeedItem[] {
  return (feed.entries ?? []).map((entry: AtomEntry) => {
    const links = entry.links ?? [];
    const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
    return normaliseItem(
      {
        id: entry.id,
        link: link?.href,
        title: entry.title?.value,
        summaryHtml: entry.summary?.value,
        contentHtml: entry.content?.value,
        published: entry.published ?? entry.updated,
        updated: entry.updated,
      },
      baseUrl,
    );
  });
}
