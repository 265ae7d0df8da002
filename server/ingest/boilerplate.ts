/**
 * Stripping boilerplate from item text before extraction: newsletter sign-ups, donation appeals, photo
 * credits, licensing links, bylines. A figure in "support us from just $2" or a caption's date is not news.
 */

// Paragraphs that are nothing but page furniture. Each is checked against a whole (short) paragraph.
const FURNITURE: RegExp[] = [
  /^(sign up|subscribe)( here| now| today)?[.!]?$/i,
  /\b(sign up for|subscribe to) (our|the) .{0,40}newsletter/i,
  /\bnewsletter\b.*\b(inbox|mailbox|every (day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
  /\b(confirm your subscription|we sent a confirmation)\b/i,
  /\b(support (us|our (work|journalism))|make a (donation|contribution)|every contribution|become a (member|supporter)|not ready to support|remind me later|donate (now|today))\b/i,
  /\b(once|monthly|annual)\b.*\b(continue|donate)\b/i,
  /\bpurchase licensing rights\b|\bopens new tab\b/i,
  /^(writing|reporting|editing|additional reporting) by\b/i,
  /^our standards:/i,
  /\b([Cc]redit|[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\s*(:|by)\s*[A-Z][\w.]*( [A-Z][\w.]*)*\s*(\/\s*[\w. ]+)?\.?$/,
  /\b(REUTERS|AP Photo|AFP|Getty Images|EPA)\/[A-Z][\w.-]+/,
  /^(read more|related|advertisement|share (this|your view)|follow us|click here)\b/i,
  /\bhow did your country report this\b/i,
];

const MAX_FURNITURE_LENGTH = 400;

/** isBoilerplate tells whether a paragraph is page furniture rather than reporting. */
export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text) return true;
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  return FURNITURE.some((pattern) => pattern.test(text));
}

/** stripBoilerplate drops furniture paragraphs (lines) from an item's text, keeping the reporting in order. */
export function stripBoilerplate(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isBoilerplate(line))
    .join('\n');
}
