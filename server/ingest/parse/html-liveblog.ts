/** HTML live-blog pages: each schema.org LiveBlogPosting's `liveBlogUpdate` becomes an item. */
import { Parser } from 'htmlparser2';
import { type FeedItem, normaliseItem } from './item.ts';

type Json = Record<string, unknown>;

/** jsonLdBlocks returns the text of every `<script type="application/ld+json">` in a page. */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  let inside = false;
  let buffer = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      inside = name === 'script' && /^application\/ld\+json/i.test(attrs.type ?? '');
      buffer = '';
    },
    ontext(text) {
      if (inside) buffer += text;
    },
    onclosetag(name) {
      if (name === 'script' && inside) blocks.push(buffer);
      inside = false;
    },
  });
  parser.write(html);
  parser.end();
  return blocks;
}

/** liveBlogItems reads the live-blog updates of a page; an invalid JSON block is skipped, not fatal. Returns null when the page has no LiveBlogPosting. */
export function liveBlogItems(html: string, baseUrl?: string): { title: string | null; items: FeedItem[] } | null {
  const postings: Json[] = [];
  for (const block of jsonLdBlocks(html)) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    collect(data, postings);
  }
  if (postings.length === 0) return null;
  const items = postings.flatMap((posting) => asArray(posting.liveBlogUpdate).filter(isObject).map((update) => updateItem(update, baseUrl)));
  return { title: text(postings[0].headline) ?? text(postings[0].name), items };
}

function updateItem(update: Json, baseUrl?: string): FeedItem {
  const url = text(update.url);
  return normaliseItem(
    {
      id: text(update['@id']),
      link: url ?? (text(update['@id'])?.startsWith('http') ? text(update['@id']) : null),
      title: text(update.headline) ?? text(update.name),
      contentHtml: text(update.articleBody) ?? text(update.text) ?? text(update.description),
      published: text(update.datePublished),
      updated: text(update.dateModified),
    },
    baseUrl,
  );
}

/** collect walks arrays and @graph looking for objects whose @type is or includes LiveBlogPosting. */
function collect(node: unknown, out: Json[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(node)) {
    for (const child of node) collect(child, out, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  if (asArray(node['@type']).some((t) => typeof t === 'string' && /(^|[/#:])LiveBlogPosting$/.test(t))) out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  if (node.mainEntity) collect(node.mainEntity, out, depth + 1);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}
