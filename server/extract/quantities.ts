/** Quantity classification: says what each number in a text is (a count, money, a date, a duration...). */
import { findNumbers, type NumberPhrase } from './numbers.ts';
import { findDates, publishedDay } from './dates.ts';

/** QuantityMention is one number of a text with what it measures (CONTRACT.md `--all`). */
export interface QuantityMention {
  value: number;
  min?: number;
  max?: number;
  approx?: boolean;
  unit: string;
  kind: 'count' | 'money' | 'percent' | 'duration' | 'date' | 'ordinal' | 'measure';
  span: [number, number];
}

/** Quantity is a QuantityMention plus what claim building needs: the bound words and "N for N". */
export interface Quantity extends QuantityMention {
  phrase: [number, number];
  written: NumberPhrase['written'];
  reciprocal?: boolean;
  /** "A man was killed": one person told with an article, a count for claims only. */
  single?: boolean;
}

const CURRENCY_BEFORE: Array<[RegExp, string]> = [
  [/US\$\s*$/, 'USD'], [/\$\s*$/, 'USD'], [/€\s*$/, 'EUR'], [/£\s*$/, 'GBP'], [/¥\s*$/, 'JPY'], [/₴\s*$/, 'UAH'], [/₽\s*$/, 'RUB'],
  [/\b(USD|EUR|GBP|UAH|RUB|CHF|ILS|INR|PKR|NPR|BDT)\s*$/, '$1'],
  // "Rs 50,000", "Rs. 10 lakh", "₹2 crore", "Tk 5,000", "KSh 2,000".
  [/\bRs\.?\s*$|₹\s*$/, 'INR'], [/\bTk\.?\s*$|৳\s*$/, 'BDT'], [/\bKSh\s*$/, 'KES'], [/\bR\s?$/, 'ZAR'], [/\b(?:HK|NT|A|C|NZ|S)\$\s*$/, 'USD'],
];
const CURRENCY_AFTER =
  /^\s*(?:(?:million|billion|thousand|bn|mn)\s+)?(?:[A-Z][a-z]+\s+)?(dollars?|euros?|pounds(?: sterling)?|rubles?|roubles?|hryvnias?|yuan|yen|shekels?|sheqels?|rupees?|francs?|tenge|dong|naira|rand|lira|liras|won|rupiah|ringgit|pesos?|baht|dinars?|dirhams?|riyals?|rials?|zloty|zlotys|forints?|kronor|kroner|krona|krone|shillings?|cedis?|kwacha|birr|taka|kyat|soms?|lari|manats?|lei|leu|afghanis?|quetzals?|USD|EUR|GBP|UAH|RUB|CHF|ILS|JPY|CNY|INR)\b/;
const PERCENT_AFTER = /^\s*(?:%|percent\b|per cent\b|percentage points?\b)/i;
// "5 a.m.", "5pm", not "five Americans": the suffix ends its word.
const CLOCK_AFTER = /^(?::\d\d|\s*(?:a\.m\.?|p\.m\.?|[ap]m(?![\p{L}])|o['’]clock|hrs\b|GMT\b|UTC\b))/iu;
// "aged 45", "17 of those arrested were under 18", "children under 5".
// "aged 19 and 20", "aged 9, 11 and 14", "aged between 18 and 30": every age of a list after "aged".
// "aged six, seven and nine": the list may be in words.
const AGE_WORD = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)';
const AGE_LIST_BEFORE = new RegExp(`\\b(?:aged|ages?)\\s+(?:between\\s+)?${AGE_WORD}(?:\\s*,\\s*${AGE_WORD})*\\s*(?:,|,?\\s*(?:and|or|to|-|–))\\s*$|\\b(?:aged|ages?)\\s+between\\s+$`, 'i');
// "The eldest of those returned is 59", "the youngest victim was 3".
const AGE_BEFORE = /\b(?:aged|ages?|(?:were|was|are|is|children|minors|those)\s+(?:under|over|below|above|younger than|older than)|(?:eldest|oldest|youngest)\b(?:\s+[\p{L}-]+){0,4}\s+(?:is|was|are|were))\s+$/iu;
const AGE_AFTER = /^(?:-year-old|-month-old|\s+years?\s+old\b|\s+months?\s+old\b)/i;
const TIME_UNIT = '(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)';
const DURATION_AFTER = new RegExp(`^(?:-|\\s+)(?:([a-z]+)\\s+)?${TIME_UNIT}\\b`);
const DURATION_COMPOUND = /^-(?:year|day|month|week|hour|minute|decade)s?\b/i;
const MEASURE_AFTER =
  /^[\s-]*(km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|lbs?|°\s?[CF]?|[CF](?![\p{L}])|degrees?|hectares?|acres?|lit(?:er|re)s?|mph|km\/h|kph|feet|foot|ft|inches|square|sq|magnitude|MW|GW|kW)(?![\p{L}])/iu;
const MEASURE_BEFORE = /\bmagnitude(?:\s+of)?\s+$/i;
const MEASURE_COMPOUND = /^-(?:storey|story|floor|metre|meter|mile|kilometre|kilometer|km|foot|feet|inch|ton|tonne|acre|lane|bed|seat|gallon|litre|liter|pound|kg|magnitude|point)s?\b/i;
// "Robert Card, 40, a firearms instructor": an age set off by commas after a name.
// "The suspect, 17, is accused": after a word for one person too.
const AGE_NAME_BEFORE = /(?:\p{Lu}[\p{L}'’-]+|\b(?:suspect|man|woman|boy|girl|teenager|teen|youth|driver|gunman|attacker|victim|pilot|mother|father|son|daughter|husband|wife|resident|student|officer|soldier|journalist|farmer|worker|passenger|tourist|survivor|patient|child|baby|toddler|pensioner|grandmother|grandfather))(?:\s+\p{Lu}[\p{L}'’-]+)*,\s*$/u;
const AGE_NAME_AFTER = /^\s*[,)]/;
// "won 3-1", "a 2-0 defeat": a score, whichever number is larger.
const SCORE_PAIR_AFTER = /^\s?[-–]\s?\d/;
const SCORE_PAIR_BEFORE = /\d\s?[-–]\s?$/;
const SPORT = /\b(?:won|wins?|beat|beats|lost|loses?|drew|draw|defeat(?:ed)?|victory|scored?|lead|led|trail(?:ed|s)?|match|game|final|league|cup|goals?|innings)\b/i;
const MINUS_BEFORE = /(?:\bminus\s+|(?:^|[\s(])[−-])$/i;
// On the same line: a title "Update" above "9 people were killed" numbers nothing.
const REFERENCE_BEFORE = /\b(?:paragraphs?|paras?|pages?|chapters?|sections?|articles?|clauses?|items?|No\.|Nos\.|[Uu]pdate|UPDATE|[Bb]ulletin|[Rr]eport|[Ss]itrep|[Ff]lash[ \t]+[Uu]pdate)[ \t]*(?:#|No\.?[ \t]*)?$/;
const YEAR_BEFORE = /\b(?:since|in|of|from|until|till|by|year|early|late|mid-?|spring|summer|autumn|fall|winter|and|to)\s+$/i;
// "the 2024 election", "the 2023 floods", "for the 2019 killing of": a year naming an event, not 2,024 of something.
const YEAR_NOUN_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:elections?|season|campaign|war|floods?|flooding|earthquake|quake|attacks?|games|olympics|census|budget|tournament|championship|final|pandemic|crisis|riots|protests|uprising|invasion|summit|report|survey|vote|referendum|fires?|wildfires?|tsunami|disaster|storm|hurricane|drought|heatwave|coup|revolution|ceasefire|truce|deal|agreement|accord|killings?|murders?|bombings?|shootings?|massacre|crash|collapse|explosion|blast|stampede|landslide|eruption|sinking|derailment)\b/u;
const UNIT_STOP = /^(?:and|or|of|in|on|at|to|for|from|the|a|an|last|next|this|these|those|each|per|were|was|are|is|have|has|had|with|by|into|over|during|after|before|said|says|more)$/i;
// Words that may sit between a number and its time unit ("17 difficult months") without being what is counted.
const NOT_ADJECTIVE = /^(?:and|or|of|in|on|at|to|for|from|the|a|an|last|next|this|these|those|people|each|per)$/;

/** classifyQuantities finds and classifies every number of a text (publishedAt resolves dates without a year). */
export function classifyQuantities(text: string, publishedAt?: string, dates = findDates(text, publishedDay(publishedAt))): Quantity[] {
  return findNumbers(text).map((n) => {
    const before = text.slice(Math.max(0, n.span[0] - 30), n.span[0]);
    const after = text.slice(n.span[1], n.span[1] + 40);
    const inDate = dates.find((d) => n.span[0] >= d.start && n.span[1] <= d.end);
    const context = text.slice(Math.max(0, n.span[0] - 60), n.span[1] + 40);
    const [kind, unit] = classify(n, before, after, inDate?.kind, text.slice(n.phrase[1], n.phrase[1] + 60), context);
    // "minus 5 degrees", "-5C".
    const value = kind === 'measure' && MINUS_BEFORE.test(before) ? -n.value : n.value;
    const q: Quantity = { value, unit, kind, span: n.span, phrase: n.phrase, written: n.written };
    if (n.min !== undefined) q.min = n.min;
    if (n.max !== undefined) q.max = n.max;
    if (n.approx) q.approx = true;
    if (n.reciprocal) q.reciprocal = true;
    return q;
  });
}

/** extractQuantities lists every number of a text with its kind and unit, as `extract --all` prints them. */
export function extractQuantities(text: string, options: { publishedAt?: string } = {}): QuantityMention[] {
  return classifyQuantities(text, options.publishedAt).map(({ value, min, max, approx, unit, kind, span }) => ({
    value, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(approx ? { approx } : {}), unit, kind, span,
  }));
}

function classify(n: NumberPhrase, before: string, after: string, dateKind: string | undefined, afterPhrase: string, context: string): [QuantityMention['kind'], string] {
  if (n.ordinal) return ['ordinal', ''];
  // "(Updates toll in paragraphs 1-2)", "Update No. 8", "page 3": a reference numbers a part, like an ordinal.
  if (REFERENCE_BEFORE.test(before)) return ['ordinal', 'reference'];
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after) || (/ge[sd]\b/i.test(before) && AGE_LIST_BEFORE.test(before))) return ['duration', 'age'];
  // chrono reads "after 22 months" as a date; for a number it is a duration.
  const duration = DURATION_AFTER.exec(after);
  if (duration && (!duration[1] || isAdjective(duration[1]))) return ['duration', duration[2]];
  if (dateKind) return ['date', dateKind === 'time' ? 'time' : 'date'];
  if (CLOCK_AFTER.test(after) || /\d:$/.test(before)) return ['date', 'time'];
  if (n.written === 'digits' && n.value <= 110 && AGE_NAME_BEFORE.test(before) && AGE_NAME_AFTER.test(after)) return ['duration', 'age'];
  if ((SCORE_PAIR_AFTER.test(after) || SCORE_PAIR_BEFORE.test(before)) && SPORT.test(context)) return ['measure', 'score'];
  for (const [re, code] of CURRENCY_BEFORE) {
    const m = re.exec(before);
    if (m) return ['money', code.replace('$1', m[1] ?? '')];
  }
  const money = CURRENCY_AFTER.exec(after);
  if (money) return ['money', money[1].toLowerCase()];
  if (PERCENT_AFTER.test(after)) return ['percent', '%'];
  const compound = DURATION_COMPOUND.exec(after);
  if (compound) return ['duration', compound[0].slice(1)];
  const measureCompound = MEASURE_COMPOUND.exec(after);
  if (measureCompound) return ['measure', measureCompound[0].slice(1)];
  const measure = MEASURE_AFTER.exec(after);
  if (measure) return ['measure', measure[1]];
  if (MEASURE_BEFORE.test(before)) return ['measure', 'magnitude'];
  if (isYear(n, before, after)) return ['date', 'year'];
  if (n.decimal) return ['measure', ''];
  return ['count', countedNoun(afterPhrase)];
}

/** The head of the noun phrase after a count ("307 of their service personnel" -> "personnel"). */
function countedNoun(after: string): string {
  const words = /^[\s\-”"’]*(?:(?:more|other|another)\s+)?(?:of\s+(?:the|their|its|his|her)\s+)?((?:[\p{L}-]+\s*){1,3})/u.exec(after)?.[1].split(/\s+/) ?? [];
  const stop = words.findIndex((w) => UNIT_STOP.test(w));
  const phrase = (stop === -1 ? words : words.slice(0, stop)).filter(Boolean);
  // "prisoners released", "civilians killed": a trailing participle is not the head.
  while (phrase.length > 1 && /ed$/i.test(phrase.at(-1)!)) phrase.pop();
  return phrase.at(-1)?.toLowerCase() ?? '';
}

function isAdjective(word: string): boolean {
  // Adjectives rarely end in -s; "15 drones last night" must not read as a duration.
  return !NOT_ADJECTIVE.test(word) && !word.endsWith('s');
}

function isYear(n: NumberPhrase, before: string, after: string): boolean {
  if (n.written !== 'digits' || n.span[1] - n.span[0] !== 4 || n.value < 1900 || n.value > 2100) return false;
  // "2000 people" counts people; "since 2022" and "in 2022, ..." name a year.
  return YEAR_BEFORE.test(before) || !/^\s+\p{Ll}/u.test(after) || (/\b(?:the|a|an|its|their|his|her)\s+$/i.test(before) && YEAR_NOUN_AFTER.test(after));
}
