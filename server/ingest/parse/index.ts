/** parseFeed: detect a feed's format and hand it to that format's mapper. */
import { type AnyFeed, parseFeed as parseAnyFeed } from 'feedsmith';
import { atomItems } from './atom.ts';
import type { ParsedFeed } from './item.ts';
import { jsonFeedItems } from './json-feed.ts';
import { rdfItems } from './rdf.ts';
import { rssItems } from './rss.ts';

export type { FeedFormat, FeedItem, ParsedFeed } from './item.ts';

/** FeedParseError says a document is not a feed Tally can read, naming the input. */
export class FeedParseError extends Error {}

/** parseFeed reads an RSS 2.0, RSS 1.0, Atom or JSON Feed document into one item model. */
export function parseFeed(content: string, baseUrl?: string): ParsedFeed {
  if (/<!DOCTYPE[^>]*\[/i.test(content.slice(0, 4096))) {
    throw new FeedParseError('ingest: feed declares a DOCTYPE with an internal subset (possible entity expansion), refused');
  }
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(content);
  } catch (err) {
    throw new FeedParseError(`ingest: not a readable feed: ${(err as Error).message}`);
  }
  switch (parsed.format) {
    case 'rss':
      return { format: 'rss', title: parsed.feed.title ?? null, items: rssItems(parsed.feed, baseUrl) };
    case 'atom':
      return { format: 'atom', title: parsed.feed.title?.value ?? null, items: atomItems(parsed.feed, baseUrl) };
    case 'rdf':
      return { format: 'rdf', title: parsed.feed.title ?? null, items: rdfItems(parsed.feed, baseUrl) };
    case 'json':
      return { format: 'json', title: parsed.feed.title ?? null, items: jsonFeedItems(parsed.feed, baseUrl) };
  }
}
