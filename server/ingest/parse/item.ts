/** The one item model every feed format is normalised to. */
import { createHash } from 'node:crypto';
import { htmlToText } from '../html-text.ts';

/** FeedItem is one entry of any feed format, as plain text (CONTRACT.md `npm run parse`). */
export interface FeedItem {
  id: string;
  url: string | null;
  title: string;
  text: string;
  publishedAt: string | null;
  updatedAt: string | null;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'liveblog';

/** ParsedFeed is a feed's format, title and items. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  items: FeedItem[];
  /** True when the strict parser refused the document and the lenient one read it. */
  lenient?: boolean;
}

/** RawItem is what a format parser pulls out of an entry before normalising. */
export interface RawItem {
  id?: string | null;
  link?: string | null;
  title?: string | null;
  summaryHtml?: string | null;
  contentHtml?: string | null;
  published?: string | null;
  updated?: string | null;
}

/** normaliseItem turns a RawItem into a FeedItem: links resolved against the feed, HTML to text, dates to ISO or null. */
export function normaliseItem(raw: RawItem, baseUrl: string | undefined): FeedItem {
  const title = htmlToText(raw.title ?? '');
  const summary = htmlToText(raw.summaryHtml ?? '');
  const content = htmlToText(raw.contentHtml ?? '');
  const text = summary && content.startsWith(summary) ? content : [summary, content].filter(Boolean).join('\n');
  const url = resolveUrl(raw.link, baseUrl);
  const id = raw.id?.trim() || url || `hash:${createHash('sha256').update(`${title}\n${text}`).digest('hex').slice(0, 24)}`;
  return { id, url, title, text, publishedAt: toIsoDate(raw.published), updatedAt: toIsoDate(raw.updated) };
}

/** toIsoDate reads RFC 822 and ISO 8601 dates; anything unreadable becomes null, never an exception. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** resolveUrl makes a link absolute against the feed URL and keeps only http(s) links. */
export function resolveUrl(link: string | null | undefined, baseUrl: string | undefined): string | null {
  if (!link?.trim()) return null;
  try {
    const url = new URL(link.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
