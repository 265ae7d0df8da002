/** Scoring `--all` quantity mentions against annotated sentences, one readable line per expected mention. */
import type { QuantityMention } from '../quantities.ts';

/** ExpectedMention is one annotated mention: the figure as written in the sentence and what it is. */
export interface ExpectedMention {
  written: string;
  kind: QuantityMention['kind'];
  value: number;
  min?: number;
  max?: number;
  approx?: boolean;
}

/** QuantityCase is one annotated sentence; `mentions` are lines like "at least 15 => count 15 min=15". */
export interface QuantityCase {
  text: string;
  mentions: string[];
}

/** QuantityScore is how one sentence went: right mentions, wrong ones (with why) and spurious ones. */
export interface QuantityScore {
  expected: number;
  right: number;
  wrong: string[];
  spurious: string[];
}

const LINE = /^(.+?)\s+=>\s+(count|money|percent|duration|date|ordinal|measure)\s+(-?[\d.e+]+)((?:\s+(?:min|max)=[\d.e+]+|\s+~)*)\s*$/;

/** parseMentionLine reads "nearly 400 => count 400 max=400 ~" into an ExpectedMention. */
export function parseMentionLine(line: string): ExpectedMention {
  const m = LINE.exec(line);
  if (!m) throw new Error(`quantity-score: bad mention line ${JSON.stringify(line)}`);
  const out: ExpectedMention = { written: m[1], kind: m[2] as ExpectedMention['kind'], value: Number(m[3]) };
  for (const [, key, n] of m[4].matchAll(/(min|max)=([\d.e+]+)/g)) out[key as 'min' | 'max'] = Number(n);
  if (/~/.test(m[4])) out.approx = true;
  return out;
}

/** showMention prints a found mention the way expected ones are written. */
export function showMention(text: string, q: QuantityMention): string {
  const bounds = `${q.min !== undefined ? ` min=${q.min}` : ''}${q.max !== undefined ? ` max=${q.max}` : ''}${q.approx ? ' ~' : ''}`;
  return `${text.slice(q.span[0], q.span[1])} => ${q.kind} ${q.value}${bounds}`;
}

/** scoreQuantities compares the mentions found in a sentence with the annotated ones: a mention is right
 * when the one found over its figure has the same kind, value and bounds; a found mention over no
 * annotated figure is spurious. */
export function scoreQuantities(c: QuantityCase, found: QuantityMention[]): QuantityScore {
  const score: QuantityScore = { expected: c.mentions.length, right: 0, wrong: [], spurious: [] };
  const used = new Set<QuantityMention>();
  let from = 0;
  for (const line of c.mentions) {
    const want = parseMentionLine(line);
    const at = c.text.indexOf(want.written, from);
    if (at < 0) throw new Error(`quantity-score: ${JSON.stringify(want.written)} is not in ${JSON.stringify(c.text)}`);
    from = at + want.written.length;
    const over = found.filter((q) => q.span[0] < from && q.span[1] > at && !used.has(q));
    over.forEach((q) => used.add(q));
    const q = over[0];
    const ok = q && over.length === 1 && q.kind === want.kind && q.value === want.value && q.min === want.min && q.max === want.max && !!q.approx === !!want.approx;
    if (ok) score.right++;
    else score.wrong.push(`${line}  (found ${over.length ? over.map((o) => showMention(c.text, o)).join(' + ') : 'nothing'})`);
  }
  score.spurious = found.filter((q) => !used.has(q)).map((q) => showMention(c.text, q));
  return score;
}
