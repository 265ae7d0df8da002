/** Parts, wholes and rates: numbers that describe a share of a figure rather than the figure itself. */
import { STOP } from './lexicon.ts';
import type { Quantity } from './quantities.ts';
import type { Token } from './tokens.ts';

/** PartKind says how a number relates to a figure next to it: `part` of it (never a claim), a `share` of the
 * figure before it ("four of them"), or the `whole` a share before it is taken from ("20 of the 23 drones"). */
export type PartKind = 'part' | 'share' | 'whole';

// "390 prisoners, including 120 civilians", "90% of its 2.1 million people", "Of the 94 hostages, 34...",
// "for every 10 additional hostages": a breakdown, a population or a rate, never the figure.
const PART_BEFORE = new RegExp([
  '\\b(?:including|incl\\.?)\\s*$',
  '(?:%|\\bper ?cent|\\bhalf|\\bthird|\\bquarter|\\bmost|\\bmany|\\bsome)\\s+of\\s+(?:its|the|their|his|her)?\\s*$',
  '(?:^|[,;]\\s*)(?:of|out of)\\s+(?:the|its|their)\\s*$',
  '\\b(?:every|per)\\s+$',
].join('|'), 'i');
// "20 of the 23 drones", "90 of its 200 residents": the whole after a share.
const WHOLE_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen))\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?:(?:roughly|about|some|around|nearly|almost|an estimated|estimated)\s+)?$/i;
// "206 people have been evacuated, of whom 18 were hospitalised": a share of the figure before.
const SHARE_BEFORE = /\b(?:of whom|of them|of which|among them|among whom|among those)\s*$/i;
const SHARE_AFTER = /^\s+of\s+(?:them|whom|those|these|which|the (?:dead|injured|wounded|victims|missing))\b/i;
const RATE_AFTER = /^\s+(?:\p{L}+\s+)?for\s+(?:each|every)\b/iu;
const PERCENT_OF = /(?:%|\bper ?cent)\s+of\s+(?:its|the|their|his|her)?\s*$/i;
const NOT_HEAD = /^(?:overnight|today|yesterday|tonight|earlier|later|now|again|\p{L}+ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const PRONOUN = /^(?:them|those|these|which)$/i;

/** partKind reads how the number at `phrase` of a sentence relates to the figures around it, if it does. */
export function partKind(sentence: string, phrase: [number, number]): PartKind | undefined {
  const before = sentence.slice(Math.max(0, phrase[0] - 60), phrase[0]);
  const after = sentence.slice(phrase[1], phrase[1] + 40);
  // "three for each hostage released" is a rate, not a count.
  if (RATE_AFTER.test(after)) return 'part';
  if (PART_BEFORE.test(before)) {
    // "83% of the 1,301 who died": the base of a percentage is a figure when its own clause counts something.
    return PERCENT_OF.test(before) && /^\s+(?:people\s+)?(?:who|that)\s/i.test(after) ? undefined : 'part';
  }
  if (WHOLE_BEFORE.test(before)) return 'whole';
  return SHARE_BEFORE.test(before) || SHARE_AFTER.test(sentence.slice(phrase[1])) ? 'share' : undefined;
}

/** resolveThem points "them" in "shot down 30 of them" (or "which" in "11 of which were shot down", "of which 60
 * were shot down") at the noun of the sentence's previous count ("38 missiles"), so terms like "shot down
 * missiles" can match it; a sentence that opens on "N of them" leans on `before`, the head of the sentence before.
 * Returns the head of the sentence's last count, for the sentence after. */
export function resolveThem(tokens: Token[], counts: Quantity[], before?: Token): Token | undefined {
  for (let i = 1; i < tokens.length; i++) {
    // "30 of them" after a number, or "..., of which 60 were shot down" before one.
    const after = i >= 2 && tokens[i - 1].norm === 'of' && tokens[i - 2].kind === 'num';
    const ahead = tokens[i - 1].norm === 'of' && tokens[i + 1]?.kind === 'num';
    if (!PRONOUN.test(tokens[i].text) || !(after || ahead)) continue;
    const whole = counts.filter((q) => q.span[1] <= tokens[after ? i - 2 : i - 1].start).at(-1);
    // "Russia attacked with 56 drones. It said it had shot down 31 of them": the noun of the sentence before.
    const head = whole ? countHead(tokens, whole) : after && /^them$/i.test(tokens[i].text) ? before : undefined;
    if (head) tokens[i] = { ...tokens[i], norm: head.norm, pronoun: true };
  }
  return counts.length ? countHead(tokens, counts.at(-1)!) : undefined;
}

/** countHead is the noun a count counts ("38 missiles" -> missiles), read past up to three words. */
function countHead(tokens: Token[], q: Quantity): Token | undefined {
  let j = tokens.findIndex((t) => t.start >= q.span[1]);
  let head: Token | undefined;
  // "112 drones overnight, 74 of which": a time word ends the noun phrase.
  for (let n = 0; j >= 0 && j < tokens.length && n < 3 && tokens[j].kind === 'word' && !STOP.has(tokens[j].norm) && !NOT_HEAD.test(tokens[j].text); j++, n++) head = tokens[j];
  return head;
}
