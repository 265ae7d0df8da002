/** JSON Feed 1.1 items as FeedItems. */
import type { JsonFeed } from 'feedsmith';
import { type FeedItem, normaliseItem } from './item.ts';

/** jsonFeedItems maps a JSON Feed's items; content_html wins over content_text. */
export function jsonFeedItems(feed: JsonFeed.Feed<string>, baseUrl?: string): FeedItem[] {
  return (feed.items ?? []).map((item) =>
    normaliseItem(
      {
        id: item.id,
        link: item.url,
        title: item.title,
        summaryHtml: item.summary,
        contentHtml: item.content_html ?? escapeText(item.content_text),
        published: item.date_published,
        updated: item.date_modified,
      },
      baseUrl,
    ),
  );
}

function escapeText(text: string | undefined): string | undefined {
  return text?.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
