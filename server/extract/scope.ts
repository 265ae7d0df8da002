/** Scope and per-side cues: is a figure one day's count, a running total or a target, and is it per side? */
import type { Scope } from '../../shared/types.ts';

const PLANNED = /\b(?:will|would|should|shall|set to|is to|are to|was to|were to|(?:yet|still) to be|calls? for\b[^,;.]{0,30}?\bto|plans?\s+to|planned|planning|prepar(?:ing|es?|ed) to|(?:getting |were |was |are |is )?ready to|poised to|expected to|expects?|anticipates?|forecasts?|predicts?|scheduled|due to|provides?\s+for|provided\s+for|envisages?|agreed to|aims?\s+to|intends?\s+to|going to|(?:could|may|might) be(?! \w+ed\b[^.]*\b(?:already|so far))|(?:could|may|might|likely to) (?:rise|climb|reach|exceed|top))\b/i;
const CUMULATIVE = new RegExp([
  'so far', 'to date', 'as of', 'in total', '(?:a )?total of', 'overall', 'altogether', 'in all', 'cumulative', 'since', 'tally',
  // "By the evening of the first day, 104 had been freed": a total as of then.
  'by the (?:end|evening|morning|night|afternoon) of',
  // "by mid-afternoon the ministry counted 182 dead, and by early evening 274": a tally as of that hour (not bodies
  // found "by midday", the day's own count).
  'by (?:mid-?|early |late )?(?:morning|afternoon|evening|midday|noon|nightfall|dawn),? (?:the |its |their )?(?:\\w+ ){0,3}(?:counted|tallied|recorded|registered|reported)',
  'by (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*\\.? \\d{1,2}|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*)',
  '(?:death |casualty )?toll', 'bringing the (?:total|toll|number|tally)', '(?:has|have|had) now',
  'put(?:s|ting)? the (?:number|total|figure|count)(?: \\w+){0,3} at',
  '(?:rose|risen|rise|rises|climbed|climbs?|increased|grew|jumped|passe[sd]|surpassed|topped|exceeded)(?!\\s+by)(?: to| past| above)?',
  // "Sudan's war, now in its third year, has killed": an aside may sit between the conflict and its verb.
  '(?:war|conflict|fighting|offensive|invasion|campaign|violence|outbreak|epidemic|bombardment|siege)(?:, [^,;]{1,40},)? (?:has|have|had) (?:\\w+ )?\\w+',
  // "have been killed in the war", "have died in the violence", "in the two-year war": the toll of the whole conflict so far.
  '(?:has|have) (?:been \\w+|died) (?:\\w+ ){0,5}?(?:in|during|since) the (?:[\\w-]+ )?(?:war|conflict|fighting|offensive|invasion|violence|unrest|bombardment|siege)',
  'these \\w+ (?:days|weeks|hours)', 'the (?:past|last) (?:\\w+ )?(?:days|weeks|week|hours|fortnight)', 'this week', 'this (?:month|year)',
].map((c) => `\\b${c}\\b`).join('|'), 'i');
// A headline's "Hamas to free 20 hostages", "Thousands to be evacuated": "is to", with the auxiliary dropped.
const HEADLINE_FUTURE = /\bto\s+(?:be\s+)?\p{L}+\s+(?:(?:about|some|nearly|up|to|more|than|at|least|all|over)\s+)*$/iu;
const PER_SIDE =
  /\b(?:(?<!\bfor\s)each(?!\s+(?:day|week|month|year|night|time|other|and\s+every))|apiece|per side|(?:on|from) (?:each|either|both) sides?(?!\s+(?:said|say|says|confirmed|reported|announced|agreed))|(?:from|on) (?:his|her|its|their|our|one|the other) side|from each (?:country|side))\b/i;

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
  /** Other counts of the sentence ([start, end) in it): a total cue before one of them is that one's. */
  others?: Array<[number, number]>;
  /** The figure's day is a period "since" a day: a running total. */
  since?: boolean;
  /** The sentence is the item's headline, which drops its auxiliaries ("Hamas to free 20" is "Hamas is to free 20"). */
  headline?: boolean;
}

/** scopeOf reads the scope: a target when a modal comes before the number (or between it and its verb),
 * a running total when a total cue sits in its clause, else one day's count. */
export function scopeOf(input: ScopeInput): Scope {
  const { sentence, window, phrase } = input;
  const lead = sentence.slice(window[0], phrase[0]);
  // The verb group after the number ("33 hostages are to be released") or up to its term, whichever is longer.
  // "the true toll was at least 70 and would rise": the rise is expected, the 70 is told as it stands.
  const verbGroup = /^(?:[^\s,;]+\s+){0,5}/.exec(`${sentence.slice(phrase[1], window[1]).replace(RISE_EXPECTED, '').trimStart()} `)?.[0] ?? '';
  const predicate = `${verbGroup} ${input.termEnd && input.termEnd > phrase[1] ? sentence.slice(phrase[1], input.termEnd) : ''}`;
  if (input.reciprocal || PLANNED.test(lead) || PLANNED.test(predicate) || (input.headline && HEADLINE_FUTURE.test(lead))) return 'planned';
  if (input.since || hasTotalCue(input) || isBroughtTo(sentence, lead, phrase) || AS_OF_AFTER.test(sentence.slice(phrase[1], window[1]))) return 'cumulative';
  return 'daily';
}

function hasTotalCue({ sentence, window, phrase, others = [] }: ScopeInput): boolean {
  // "Death toll rises to six, 47 still missing": a cue with another count and a comma between it and the number is
  // that count's; "the toll stands at 128 dead and 370 injured" shares it.
  const from = Math.max(window[0], ...others.filter(([s, e]) => e <= phrase[0] && e > window[0] && apart(sentence, phrase, [s, e])).map(([, e]) => e));
  const to = Math.min(window[1], ...others.filter(([s, e]) => s >= phrase[1] && s < window[1] && apart(sentence, phrase, [s, e])).map(([s]) => s));
  const stretch = sentence.slice(from, to);
  // "the deadliest accident since independence" compares; "have been arrested since Monday" totals.
  return [...stretch.matchAll(CUMULATIVE_ALL)].some((m) => {
    // "a figure he warned would rise" expects a rise; it does not report one.
    if (RISE.test(m[0])) return !EXPECTED.test(stretch.slice(Math.max(0, m.index! - 8), m.index!));
    // "the largest attack this year" compares too.
    return !/^(?:since|this (?:month|year))$/i.test(m[0]) || !SUPERLATIVE.test(stretch.slice(Math.max(0, m.index! - 60), m.index!));
  });
}

// "The releases bring to 19 the number of hostages freed": the number leads the total it brings.
const BROUGHT_TO = /\b(?:bring|brings|brought|bringing|take|takes|took|taking|raise|raises|raised|raising|push|pushes|pushed|pushing)\s+to\s+$/i;
const THE_NUMBER_OF = /^\s+the\s+(?:overall\s+|total\s+)?(?:number|total|tally|count|toll)\b/i;

function isBroughtTo(sentence: string, lead: string, phrase: [number, number]): boolean {
  return BROUGHT_TO.test(lead) && THE_NUMBER_OF.test(sentence.slice(phrase[1], phrase[1] + 40));
}

// "reports 438 deaths, 918 injuries and 282 people missing ... as of 17 March": a tally's date closing its list.
const AS_OF_AFTER = /\bas of\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|this|\d{1,2}[:.]\d\d)/u;

function apart(sentence: string, phrase: [number, number], [s, e]: [number, number]): boolean {
  return /[,;]/.test(e <= phrase[0] ? sentence.slice(e, phrase[0]) : sentence.slice(phrase[1], s));
}

const CUMULATIVE_ALL = new RegExp(CUMULATIVE.source, 'gi');
const RISE = /^(?:rise|rises|climbs?)\b/i;
const RISE_EXPECTED = /\b(?:and|but)\s+(?:would|will|could|may|might|(?:is|was|are|were)\s+(?:expected|likely)\s+to)\s+(?:rise|climb|grow|increase|go\s+up)\b.*$/i;
const EXPECTED = /\b(?:would|will|could|may|might|to)\s+$/i;
// "the third such exchange since the ceasefire", "the 60th swap since": an ordinal counts events, it totals nothing.
const SUPERLATIVE = /\b(?:\w+est|most|worst|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|largest|biggest|highest)\b/i;

/** isPerSide says whether the clause gives the figure for each side ("each", "from each country", "N for N"). */
export function isPerSide(input: ScopeInput): boolean {
  return !!input.reciprocal || PER_SIDE.test(input.sentence.slice(input.window[0], input.window[1]));
}
