/** RSS 2.0 items as FeedItems. */
import type { RssFeed } from 'feedsmith';
import { type FeedItem, normaliseItem } from './item.ts';

type RssItem = NonNullable<RssFeed.Feed<string>['items']>[number];

/** rssItems maps an RSS channel's items; content:encoded is the body, description the summary. */
export function rssItems(feed: RssFeed.Feed<string>, baseUrl?: string): FeedItem[] {
  return (feed.items ?? []).map((item: RssItem) =>
    normaliseItem(
      {
        id: item.guid?.value,
        link: item.link,
        title: item.title,
        summaryHtml: item.description,
        contentHtml: item.content?.encoded,
        published: item.pubDate ?? item.dc?.dates?.[0],
        updated: item.atom?.updated,
      },
      baseUrl,
    ),
  );
}
