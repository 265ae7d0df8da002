/** RSS 1.0 (RDF) items as FeedItems. */
import type { RdfFeed } from 'feedsmith';
import { type FeedItem, normaliseItem } from './item.ts';

/** rdfItems maps an RDF feed's items; rdf:about is the id, dc:date the date. */
export function rdfItems(feed: RdfFeed.Feed<string>, baseUrl?: string): FeedItem[] {
  return (feed.items ?? []).map((item) =>
    normaliseItem(
      {
        id: item.rdf?.about ?? item.link,
        link: item.link,
        title: item.title,
        summaryHtml: item.description,
        contentHtml: item.content?.encoded,
        published: item.dc?.dates?.[0],
      },
      baseUrl,
    ),
  );
}
