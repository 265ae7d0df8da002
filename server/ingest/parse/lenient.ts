/** The lenient fallback: real-world RSS/Atom that feedsmith rejects, read by @rowanmanning/feed-parser. */
import { parseFeed as parseLeniently } from '@rowanmanning/feed-parser';
import { type FeedItem, normaliseItem } from './item.ts';

/** lenientItems parses an RSS or Atom document that is not quite well-formed; it throws when it cannot. */
export function lenientItems(xml: string, baseUrl?: string): { format: 'rss' | 'atom'; title: string | null; items: FeedItem[] } {
  const feed = parseLeniently(xml);
  const items = feed.items.map((item) =>
    normaliseItem(
      {
        id: item.id,
        link: item.url,
        title: item.title,
        summaryHtml: item.description,
        contentHtml: item.content,
        published: item.published?.toISOString() ?? null,
        updated: item.updated?.toISOString() ?? null,
      },
      baseUrl,
    ),
  );
  return { format: feed.meta.type === 'atom' ? 'atom' : 'rss', title: feed.title, items };
}
