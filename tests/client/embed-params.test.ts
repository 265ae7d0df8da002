import { describe, expect, it } from 'vitest';
import { embedUrl, parseEmbedUrl } from '../../client/lib/embed-params.ts';

describe('embed addresses', () => {
  it.each([
    ['/embed/quake/killed', '', { eventId: 'quake', metric: 'killed', view: 'day', size: '16x9', theme: null }],
    ['/embed/quake/killed/', '?view=time&size=print&theme=dark', { eventId: 'quake', metric: 'killed', view: 'time', size: 'print', theme: 'dark' }],
    ['/embed/a%20b/drones_launched', '?view=bogus&theme=sepia', { eventId: 'a b', metric: 'drones_launched', view: 'day', size: '16x9', theme: null }],
  ])('reads %s%s', (path, search, expected) => {
    expect(parseEmbedUrl(path, search)).toEqual(expected);
  });

  it.each(['/', '/embed/quake', '/embed/quake/killed/extra', '/api/events'])('is not an embed: %s', (path) => {
    expect(parseEmbedUrl(path, '')).toBeNull();
  });

  it('writes what it reads, leaving defaults out (round trip)', () => {
    const params = { eventId: 'e 1', metric: 'killed', view: 'time', size: 'print', theme: 'light', figure: 'fig:killed:2026-11-25::daily:::' } as const;
    const url = new URL(embedUrl('http://tally.test', params));
    expect(parseEmbedUrl(url.pathname, url.search)).toEqual(params);
    expect(embedUrl('http://tally.test', { eventId: 'e', metric: 'killed', view: 'day' })).toBe('http://tally.test/embed/e/killed');
  });
});
