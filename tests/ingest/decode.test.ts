import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../server/ingest/decode.ts';

const bytes = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

describe('decodeBody: BOM, then HTTP charset, then XML declaration, then UTF-8', () => {
  it.each([
    ['a UTF-8 BOM wins over a wrong HTTP charset', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>Café</rss>')]), 'text/xml; charset=iso-8859-1', 'bom', '<rss>Café</rss>'],
    ['a UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>Kyiv</rss>', 'utf16le')]), null, 'bom', '<rss>Kyiv</rss>'],
    ['the HTTP charset wins over the XML declaration', Buffer.from('<?xml version="1.0" encoding="utf-8"?><t>Caf\xe9</t>', 'latin1'), 'application/rss+xml; charset=ISO-8859-1', 'http', '<?xml version="1.0" encoding="utf-8"?><t>Café</t>'],
    ['no charset anywhere means UTF-8', Buffer.from('<t>Zürich</t>'), 'text/xml', 'default', '<t>Zürich</t>'],
    ['an unknown HTTP charset falls through to the declaration', Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><t>\xe9</t>', 'latin1'), 'text/xml; charset=klingon', 'xml', '<?xml version="1.0" encoding="iso-8859-1"?><t>é</t>'],
  ])('%s', (_name, body, contentType, from, text) => {
    const decoded = decodeBody(body, contentType);
    expect(decoded.from).toBe(from);
    expect(decoded.text).toBe(text);
  });

  it('reads a windows-1251 feed by its XML declaration', () => {
    const decoded = decodeBody(bytes('cp1251.xml'), 'application/xml');
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toContain('Погибли 12 человек');
  });

  it('reads a Latin-1 feed that declares itself so', () => {
    expect(decodeBody(bytes('latin1-declared.xml'), null).text).toContain('Niños: 14 rescatados');
  });
});
