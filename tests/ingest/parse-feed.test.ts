import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../server/ingest/parse/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0: guid as id, relative links resolved, content:encoded as text, script dropped', () => {
    const feed = parseFeed(fixture('rss2.xml'), 'https://gazette.example/feeds/live.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour Gazette: earthquake live');
    const [first, second] = feed.items;
    expect(first).toEqual({
      id: 'quake-3',
      url: 'https://gazette.example/live/quake-update-3',
      title: 'Death toll rises to 42 & rescuers search rubble',
      text: 'At least 42 people were killed, officials said.\nAnother 150 were injured.',
      publishedAt: '2025-03-11T07:15:00.000Z',
      updatedAt: null,
    });
    // No guid: the link is the id. An unreadable date is absent, not an error.
    expect(second.id).toBe('https://gazette.example/live/quake-update-2');
    expect(second.publishedAt).toBeNull();
  });

  it('reads Atom 1.0: alternate link, published and updated dates, HTML content as text', () => {
    const feed = parseFeed(fixture('atom.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toEqual({
      id: 'urn:example:raid:1',
      url: 'https://night.example/raid/1',
      title: 'Air defence downs 245 drones',
      text: 'Overnight attack on the capital.\nRussia launched 250 drones; 245 were neutralized.',
      publishedAt: '2025-05-24T05:00:00.000Z',
      updatedAt: '2025-05-24T05:30:00.000Z',
    });
  });

  it('reads RSS 1.0 (RDF) and JSON Feed 1.1', () => {
    const rdf = parseFeed(fixture('rdf.xml'));
    expect(rdf.format).toBe('rdf');
    expect(rdf.items[0]).toMatchObject({ id: 'https://old.example/story/9', title: 'Floods displace 3,000', publishedAt: '2025-04-02T10:00:00.000Z' });
    const json = parseFeed(fixture('feed.json'));
    expect(json.format).toBe('json');
    // content_text is text: angle brackets in it are kept as written, not parsed as tags.
    expect(json.items[0]).toMatchObject({ id: 'talks-7', text: 'Four hostages were released on Monday <not markup>.' });
  });

  it('refuses a DOCTYPE that declares entities (billion laughs) with a clear error', () => {
    expect(() => parseFeed(fixture('entity-bomb.xml'))).toThrow(FeedParseError);
    expect(() => parseFeed(fixture('entity-bomb.xml'))).toThrow(/DOCTYPE/);
  });

  it('says plainly when a document is not a feed', () => {
    expect(() => parseFeed(fixture('not-a-feed.html'))).toThrow(/HTML page without schema.org LiveBlogPosting data, not a feed/);
    expect(() => parseFeed('<rss><channel><title>Cut off<item><title>A</ti')).toThrow(/not a readable feed/);
    expect(() => parseFeed('plain words')).toThrow(/not a readable feed/);
    expect(() => parseFeed('')).toThrow(FeedParseError);
  });

  it('salvages the complete items of a document cut off in transfer', () => {
    const feed = parseFeed(fixture('truncated.xml'));
    expect(feed.lenient).toBe(true);
    expect(feed.items.map((i) => i.id)).toEqual(['storm-1']);
    expect(feed.items[0].text).toBe('At least 9 people were killed as the storm made landfall.');
  });

  it('reads sloppy real-world XML (bare ampersands, unclosed tags)', () => {
    const feed = parseFeed(fixture('malformed.xml'));
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].title).toBe('Floods: 3,000 evacuated & 2 missing');
    expect(feed.items[0].text).toMatch(/3,000 people were evacuated/);
  });

  it('reads the updates of an HTML live blog from its JSON-LD, skipping an invalid block', () => {
    const feed = parseFeed(fixture('liveblog.html'), 'https://live.example/quake');
    expect(feed.format).toBe('liveblog');
    expect(feed.title).toBe('Earthquake: live updates');
    expect(feed.items).toEqual([
      { id: 'https://live.example/quake#post-2', url: 'https://live.example/quake#post-2', title: 'Toll rises', text: 'At least 120 people have died, officials said.', publishedAt: '2025-03-28T04:00:00.000Z', updatedAt: '2025-03-28T04:30:00.000Z' },
      { id: 'https://live.example/quake#post-1', url: 'https://live.example/quake#post-1', title: 'Strong quake hits', text: 'A 7.7 magnitude quake struck at midday.', publishedAt: null, updatedAt: null },
      { id: 'urn:one', url: null, title: '', text: 'Rescuers pulled 15 people from the rubble.', publishedAt: null, updatedAt: null },
    ]);
  });
});
