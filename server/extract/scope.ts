/** Scope and per-side cues: is a figure one day's count, a running total or a target, and is it per side? */
import type { Scope } from '../../shared/types.ts';

const PLANNED = /\b(?:will|would|should|shall|set to|is to|are to|was to|were to|plans?\s+to|planned|planning|expected to|scheduled|agreed to|aims?\s+to|intends?\s+to|going to)\b/i;
const CUMULATIVE = new RegExp([
  'so far', 'to date', 'in total', '(?:a )?total of', 'overall', 'altogether', 'in all', 'cumulative',
  'since the (?:start|beginning|war|fighting|conflict|invasion|outbreak|disaster)', 'bringing the (?:total|toll|number|tally)', '(?:rose|risen|climbed|increased|grew|jumped) to',
  '(?:toll|total|tally|count) (?:has |had )?(?:reached|stands|stood|is|was)',
  '(?:war|conflict|fighting|offensive|invasion|campaign|violence|outbreak|epidemic) (?:has|have|had) (?:\\w+ )?\\w+', 'these \\w+ days', 'the (?:past|last) \\w+ days',
].map((c) => `\\b${c}\\b`).join('|'), 'i');
const PER_SIDE =
  /\b(?:each(?!\s+(?:day|week|month|year|night|time|other|and\s+every))|apiece|per side|(?:on|from) (?:each|either|both) sides?|(?:from|on) (?:his|her|its|their|our|one|the other) side|from each (?:country|side))\b/i;

/** ScopeInput is the sentence and the stretches of it that speak about one number. */
export interface ScopeInput {
  sentence: string;
  /** The number's clause. */
  window: [number, number];
  /** The number with its bound words. */
  phrase: [number, number];
  /** The end of the metric term when it follows the number ("15 people [were injured]"). */
  termEnd?: number;
  reciprocal?: boolean;
}

/** scopeOf reads the scope: a target when a modal comes before the number (or between it and its verb),
 * a running total when a total cue sits in its clause, else one day's count. */
export function scopeOf(input: ScopeInput): Scope {
  const { sentence, window, phrase } = input;
  const lead = sentence.slice(window[0], phrase[0]);
  // The verb group after the number ("33 hostages are to be released") or up to its term, whichever is longer.
  const verbGroup = /^(?:[^\s,;]+\s+){0,5}/.exec(sentence.slice(phrase[1], window[1]).trimStart())?.[0] ?? '';
  const predicate = `${verbGroup} ${input.termEnd && input.termEnd > phrase[1] ? sentence.slice(phrase[1], input.termEnd) : ''}`;
  if (input.reciprocal || PLANNED.test(lead) || PLANNED.test(predicate)) return 'planned';
  if (CUMULATIVE.test(sentence.slice(window[0], window[1]))) return 'cumulative';
  return 'daily';
}

/** isPerSide says whether the clause gives the figure for each side ("each", "from each country", "N for N"). */
export function isPerSide(input: ScopeInput): boolean {
  return !!input.reciprocal || PER_SIDE.test(input.sentence.slice(input.window[0], input.window[1]));
}
