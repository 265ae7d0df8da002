/** Decoding a feed's bytes to text: the BOM first, then the HTTP charset, then the XML declaration, then UTF-8. */

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** DecodedBody is the text and the charset it was read as, and why that charset was chosen. */
export interface DecodedBody {
  text: string;
  charset: string;
  from: 'bom' | 'http' | 'xml' | 'meta' | 'default';
}

/** decodeBody turns feed bytes into text; an unknown or absent charset falls back to UTF-8 rather than failing. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  for (const [mark, charset] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { text: decodeWith(bytes.subarray(mark.length), charset), charset, from: 'bom' };
  }
  const http = usable(contentType?.match(/charset\s*=\s*"?([\w.:-]+)"?/i)?.[1]);
  if (http) return { text: decodeWith(bytes, http), charset: http, from: 'http' };
  // The declaration is ASCII in every charset a feed may use, so peek at the first bytes as latin1.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = usable(head.match(/^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i)?.[1]);
  if (xml) return { text: decodeWith(bytes, xml), charset: xml, from: 'xml' };
  const meta = usable(head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1]);
  if (meta) return { text: decodeWith(bytes, meta), charset: meta, from: 'meta' };
  return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', from: 'default' };
}

/** usable returns the charset label when this runtime can decode it. */
function usable(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    new TextDecoder(label);
    return label.toLowerCase();
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}
