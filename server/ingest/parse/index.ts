/** parseFeed: detect a document's format and hand it to that format's reader. */
import { type AnyFeed, parseFeed as parseAnyFeed } from 'feedsmith';
import { atomItems } from './atom.ts';
import { liveBlogItems } from './html-liveblog.ts';
import type { ParsedFeed } from './item.ts';
import { jsonFeedItems } from './json-feed.ts';
import { lenientItems } from './lenient.ts';
import { rdfItems } from './rdf.ts';
import { rssItems } from './rss.ts';

export type { FeedFormat, FeedItem, ParsedFeed } from './item.ts';

/** FeedParseError says a document is not a feed Tally can read. */
export class FeedParseError extends Error {}

/**
 * parseFeed reads RSS 2.0, RSS 1.0, Atom, JSON Feed, or an HTML page with schema.org LiveBlogPosting
 * JSON-LD, into one item model. XML that feedsmith rejects gets a second, lenient reading.
 */
export function parseFeed(content: string, baseUrl?: string): ParsedFeed {
  const head = content.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^(<!doctype html|<html)/i.test(head) || (!head.startsWith('<?xml') && /<html[\s>]/i.test(head))) return parseHtml(content, baseUrl);
  // Entity declarations are refused before any parser sees them: one of them would expand them.
  if (/<!DOCTYPE[^>]*\[/i.test(head) || /<!ENTITY/i.test(head)) {
    throw new FeedParseError('ingest: feed declares entities in a DOCTYPE (possible entity expansion attack); refused');
  }
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(content);
  } catch (err) {
    if (head.startsWith('{') || !head.startsWith('<')) throw new FeedParseError(`ingest: not a readable feed: ${(err as Error).message}`);
    return parseLenient(content, baseUrl, (err as Error).message);
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

function parseHtml(content: string, baseUrl?: string): ParsedFeed {
  const blog = liveBlogItems(content, baseUrl);
  if (!blog) throw new FeedParseError('ingest: an HTML page without schema.org LiveBlogPosting data, not a feed');
  return { format: 'liveblog', title: blog.title, items: blog.items };
}

function parseLenient(content: string, baseUrl: string | undefined, strictError: string): ParsedFeed {
  // A document whose root never closes was cut off in transfer: keep only the items that arrived whole,
  // or a half-received item would later look like an edit of itself.
  if (!/<\/(rss|feed|rdf:RDF)>\s*$/.test(content)) {
    const salvaged = completePart(content);
    if (salvaged) return { ...parseFeed(salvaged, baseUrl), lenient: true };
  }
  let lenientError: string;
  try {
    const lenient = lenientItems(content, baseUrl);
    if (lenient.items.length > 0 || lenient.title) return { ...lenient, lenient: true };
    lenientError = 'no items or title found';
  } catch (err) {
    lenientError = (err as Error).message;
  }
  throw new FeedParseError(`ingest: not a readable feed: ${strictError}; lenient reading failed too: ${lenientError}`);
}

/**
 * completePart salvages a document cut off in transfer: everything up to the last complete item or
 * entry, with the root closed again. Null when no item was complete.
 */
export function completePart(xml: string): string | null {
  const end = Math.max(xml.lastIndexOf('</item>') + 7, xml.lastIndexOf('</entry>') + 8);
  if (end < 8) return null;
  const kept = xml.slice(0, end);
  if (/<rss[\s>]/.test(kept)) return `${kept}</channel></rss>`;
  if (/<rdf:RDF[\s>]/.test(kept)) return `${kept}</rdf:RDF>`;
  if (/<feed[\s>]/.test(kept)) return `${kept}</feed>`;
  return null;
}
