/** The demo outlets' feeds, rendered in RSS or Atom with only the items the demo clock has reached. */
import { createHash } from 'node:crypto';
import { generateAtomFeed, generateRssFeed } from 'feedsmith';
import type { DemoItem, DemoOutlet } from './demo-items.ts';

/** DemoClock maps real time since the demo started to news time, `speed` times faster. */
export class DemoClock {
  constructor(
    private readonly startedAt: number,
    private readonly newsStart: number,
    private readonly speed: number,
  ) {}

  /** newsTime is the moment in the story the demo has reached. */
  newsTime(now = Date.now()): number {
    return this.newsStart + (now - this.startedAt) * this.speed;
  }
}

/** RenderedFeed is a feed document and its ETag. */
export interface RenderedFeed {
  body: string;
  contentType: string;
  etag: string;
}

/** renderDemoFeed renders an outlet's released items, newest first, in the outlet's format. */
export function renderDemoFeed(outlet: DemoOutlet, items: DemoItem[], newsTime: number, baseUrl: string): RenderedFeed {
  const released = items
    .filter((i) => i.slug === outlet.slug && Date.parse(i.publishedAt) <= newsTime)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const link = (item: DemoItem) => `${baseUrl}/demo/articles/${item.id}`;
  const html = (item: DemoItem) => item.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const feedUpdated = new Date(released[0]?.publishedAt ?? newsTime);
  const etag = `"${createHash('sha1').update(released.map((i) => i.id).join(',')).digest('hex').slice(0, 20)}"`;
  if (outlet.format === 'rss') {
    const body = generateRssFeed({
      title: `${outlet.outlet} (Tally demo)`,
      link: `${baseUrl}/demo/feeds/${outlet.slug}`,
      description: `Reports of the May 2025 prisoner swap as ${outlet.outlet} published them, replayed by Tally.`,
      items: released.map((item) => ({ title: item.title, link: link(item), guid: { value: `urn:tally-demo:${item.id}`, isPermaLink: false }, pubDate: new Date(item.publishedAt), description: html(item) })),
    });
    return { body, contentType: 'application/rss+xml; charset=utf-8', etag };
  }
  const body = generateAtomFeed({
    id: `urn:tally-demo:${outlet.slug}`,
    title: { value: `${outlet.outlet} (Tally demo)` },
    updated: feedUpdated,
    entries: released.map((item) => ({ id: `urn:tally-demo:${item.id}`, title: { value: item.title }, updated: new Date(item.publishedAt), published: new Date(item.publishedAt), links: [{ href: link(item) }], content: { value: html(item), type: 'html' } })),
  });
  return { body, contentType: 'application/atom+xml; charset=utf-8', etag };
}

/** renderDemoArticle is the page a demo item's link opens: the report as the outlet published it. */
export function renderDemoArticle(item: DemoItem, outlet: string): string {
  const body = item.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return (
    `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(item.title)}</title>` +
    `<body style="font:17px/1.5 system-ui;max-width:40rem;margin:2rem auto;padding:0 1rem"><p><small>${escapeHtml(outlet)} · ${item.publishedAt.slice(0, 16).replace('T', ' ')} UTC · replayed by the Tally demo</small></p>` +
    `<h1>${escapeHtml(item.title)}</h1>${body}</body>`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
