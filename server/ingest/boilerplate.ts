/**
 * Stripping boilerplate from item text before extraction and hashing: newsletter sign-ups, donation
 * appeals, photo credits, bylines. The rules for captions and furniture are the extractor's, so there is one
 * list; this module applies them to whole paragraphs and adds what only shows up as a page's chrome.
 */
import { isCaption, isFurniture } from '../extract/boilerplate.ts';

// Page chrome the sentence-level rules do not cover: subscription flows, donation buttons, comment prompts.
const CHROME: RegExp[] = [
  /\b(confirm your subscription|we sent a confirmation)\b/i,
  /\b(make a (donation|contribution)|every contribution|become a (member|supporter)|not ready to support|remind me later|donate (now|today))\b/i,
  /\b(once|monthly|annual)\b.*\b(continue|donate)\b/i,
  /\bopens new tab\b/i,
  /\bhow did your country report this\b/i,
];

const MAX_BOILERPLATE_LENGTH = 400;

/** isBoilerplate tells whether a paragraph is page furniture rather than reporting. */
export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text) return true;
  if (text.length > MAX_BOILERPLATE_LENGTH) return false;
  return isCaption(text) || isFurniture(text) || CHROME.some((pattern) => pattern.test(text));
}

/** stripBoilerplate drops furniture paragraphs (lines) from an item's text, keeping the reporting in order. */
export function stripBoilerplate(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isBoilerplate(line))
    .join('\n');
}
