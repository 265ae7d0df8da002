/** Turning feed HTML into plain text that is safe to show and ready for extraction. */
import sanitizeHtml from 'sanitize-html';

const BLOCK_END = /<\/(p|div|li|h[1-6]|blockquote|tr|section|article|figcaption)\s*>|<br\s*\/?>/gi;
const ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** htmlToText drops every tag (and script/style with their contents), keeps paragraph breaks as newlines, and decodes entities. */
export function htmlToText(html: string): string {
  const marked = html.replace(BLOCK_END, (m) => `${m}\n`);
  const text = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ESCAPES[m])
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
