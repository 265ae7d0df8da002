/** Number finding: digits, number words, vague amounts, ranges, "N for N" and bound words like "at least". */

/** NumberPhrase is one number found in a text, with the bounds its wording puts on it. */
export interface NumberPhrase {
  value: number;
  min?: number;
  max?: number;
  approx?: boolean;
  /** The number as written: text.slice(span[0], span[1]). */
  span: [number, number];
  /** The number with its bound words ("at least 15", "1,000 for 1,000"). */
  phrase: [number, number];
  written: 'digits' | 'words' | 'vague';
  ordinal?: boolean;
  /** A decimal without a scale word (7.8), which counts nothing. */
  decimal?: boolean;
  /** "1,000 for 1,000": the same number on each side of an exchange. */
  reciprocal?: boolean;
}

// A digit group, an optional decimal, a scale word or an attached "m"/"bn"/"k" (British "£1.4m", "2.3m people"),
// an ordinal suffix; not inside a word, a model name ("F-16", "Covid-19") or a time ("10:30").
const DIGITS =
  /(?<![\p{L}\d.,:])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+))?(?:\s*(million|billion|thousand|mln|mn|bn|lakhs?|crores?)\b|(m|bn|k)(?![\p{L}\d]))?(st|nd|rd|th)?(?:(?![\p{L}\d])|(?=(?:C|F|km|mm|cm|kg|mph|ft|ha|am|pm)\b))/giu;
const CLOCK_SUFFIX = /^\s*[ap]\.?m\b/i;
// "2 lakh people", "27 crore pilgrims": South Asian scales of a hundred thousand and ten million.
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, m: 1e6, k: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };
// "a 40m wave", "a depth of 10m": an attached "m" after these is metres.
const METRES_AFTER = /^\s*(?:tall|high|long|deep|wide|away|above|below|from|wave|waves|of\s+(?:water|rain|snow))\b/i;
const METRES_BEFORE = /\b(?:depth|height|altitude|length|width|distance|elevation)\s+of\s+(?:about\s+|around\s+|some\s+)?$/i;
// "Flight 370", "Route 66", "Article 5", "Boeing 737": a number that names something.
const IDENTIFIER_BEFORE = /\b(?:Flight|Route|Highway|Interstate|Article|Section|Chapter|Gate|Terminal|Platform|Line|Block|Building|Apartment|Room|No\.|Resolution|Boeing|Airbus|Windows|Formula|Apollo|Ward|Zone|Sector|Bus|Channel|Mk|Model|Version|Amendment|Protocol|Proposition|Pier|Runway|Exit|Junction|Unit|Lot|Camp|Vostok|Soyuz)\s+$/;
// "call 112", "dial 911", "the hotline on 0800 123": a number to ring, not a quantity.
const CALL_BEFORE = /\b(?:call|dial|phone|ring|text|hotline|helpline|line)(?:\s+(?:on|at|number))?\s+$/i;
// "two-thirds", "three-quarters": a share, not a count of two or three.
const FRACTION_AFTER = /^-?\s?(?:thirds?|quarters?|fifths?|tenths?)\b/i;
// "F-16", "Su-34", "Kh-101", "MH-17", "Covid-19": a model or a name, not "1,000-for-1,000".
// "Shahed-136", "Kh-47M2", and the second model of "Shahed-136/131".
const MODEL_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}]*|covid)-$|\p{Lu}[\p{L}]*-[\dA-Z]+\/$/u;
// "half a million", "a quarter of a million", "one and a half million".
const FRACTIONS = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+and\s+a\s+half|half\s+an?|(?:a\s+)?quarter\s+of\s+an?|three[\s-]quarters\s+of\s+an?)\s+(million|billion|thousand|dozen|hundred)\b/gi;
// "no one", "each and every one", "one of the largest", "one another": a pronoun, not a count.
const ONE_PRONOUN_BEFORE = /\b(?:no|every|any|each|the|this|that|which|the only|someone|anyone|no-one)\s+$/i;
const ONE_PRONOUN_AFTER = /^\s+(?:of\b|another\b|by one\b|after another\b)/i;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** isCount says whether a token is (part of) a number, in digits or in words ("1,000", "five", "dozen"). */
export function isCount(t: { kind: string; text: string }): boolean {
  return t.kind === 'num' || NUMBER_WORD.test(t.text);
}

const WORD = [...UNITS, ...TENS, 'hundred', 'thousand', 'million', 'billion', 'dozen'].join('|');
const NUMBER_WORD = new RegExp(`^(?:${WORD})$`, 'i');
// "three hundred and three" joins with "and" after a scale word only: "aged six, seven and nine" is three numbers.
const WORDS = new RegExp(`\\b(?:an?\\s+(?=hundred|thousand|million|billion|dozen))?(?:${WORD})(?:(?:(?<=hundred|thousand|million|billion)\\s+and\\s+|\\s+|-)(?:${WORD}))*\\b`, 'gi');

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL = new RegExp(`\\b(${ORDINALS.join('|')})\\b`, 'gi');

// Vague amounts become ranges; the value is the floor the wording guarantees.
const VAGUE: Array<[RegExp, number, number]> = [
  [/\btens of thousands\b/gi, 20_000, 99_999],
  [/\bhundreds of thousands\b/gi, 200_000, 999_999],
  [/\b(?:several|a few) dozen\b|\bdozens\b/gi, 24, 99],
  [/\b(?:several|a few) hundred\b|\bhundreds\b/gi, 200, 999],
  [/\b(?:several|a few) thousand\b|\bthousands\b/gi, 2_000, 9_999],
  [/\bmillions\b/gi, 2_000_000, 9_999_999],
];

const AREAS_AFTER = /^\s+(?:[a-z]+\s+)?(?:regions|provinces|districts|areas|cities|towns|villages|countries|states|oblasts|counties|municipalities|prefectures)\b/i;
const DURATION_AFTER = /^[\s-]+(?:[a-z]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/i;

type Bound = 'min' | 'max' | 'maxApprox' | 'approx';
const BOUNDS_BEFORE: Array<[RegExp, Bound]> = [
  // "handed over 390" is a verb, not a bound.
  [/\b(?:at least|more than|(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|take|takes|took|taken|pass|passed|sign|signed|give|gave|given|carried|won)\s+)over|above|in excess of|upwards of|no fewer than|no less than|a minimum of)\s+$/i, 'min'],
  [/\b(?:nearly|almost|close to|just under|approaching|just shy of)\s+$/i, 'maxApprox'],
  [/\b(?:up to|as many as|at most|no more than|not more than|fewer than|less than|under|a maximum of)\s+$/i, 'max'],
  [/(?:\b(?:about|around|roughly|approximately|some|an estimated|estimated|approx\.|circa)\s+|~\s*)$/i, 'approx'],
];
const BOUNDS_AFTER: Array<[RegExp, Bound]> = [
  [/^(?:\+|\s+or more\b)/i, 'min'],
  [/^(?:\s+or so\b|-odd\b)/i, 'approx'],
];

// Phone numbers are no figures: "+380 44 123 4567", "(555) 123-4567", "555-123-4567".
// "0 800 300 529", "0800 123 456": a number that opens with a lone 0 is a line to ring.
const PHONE = /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}|(?<![\d.,])0[\s.-]?\d{3,4}(?:[\s.-]\d{2,4}){1,3}\b|(?:\b1[\s.-]?)?\(\d{2,4}\)\s?\d{3}[\s.-]?\d{3,4}|\b(?:1[\s.-])?\(?\d{3}\)?[.-]\d{3}[.-]\d{4}\b/g;

/** findNumbers returns every number in a text, in order, ranges and "N for N" merged into one phrase;
 * phone numbers are left out. */
export function findNumbers(text: string): NumberPhrase[] {
  const found: NumberPhrase[] = [];
  const phones = [...text.matchAll(PHONE)].map((m) => [m.index!, m.index! + m[0].length]);
  const taken = (s: number, e: number) => found.some((n) => s < n.span[1] && e > n.span[0]) || phones.some(([ps, pe]) => s < pe && e > ps);
  const add = (n: Omit<NumberPhrase, 'phrase'>) => {
    if (!taken(n.span[0], n.span[1])) found.push({ ...n, phrase: [n.span[0], n.span[1]] });
  };
  for (const m of text.matchAll(DIGITS)) {
    const lead = text.slice(Math.max(0, m.index! - 24), m.index!);
    if (IDENTIFIER_BEFORE.test(lead) || MODEL_BEFORE.test(lead) || CALL_BEFORE.test(lead)) continue;
    let scale: string | undefined = m[3] ?? m[4];
    let end = m.index! + m[0].length;
    // "a depth of 10m" is metres: the number ends before the "m".
    if (m[4]?.toLowerCase() === 'm' && (METRES_AFTER.test(text.slice(end, end + 20)) || METRES_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!)))) {
      scale = undefined;
      end -= m[4].length;
    }
    const whole = Number(m[1].replace(/[^\d]/g, ''));
    // "10.30pm" is half past ten: the hour, as "11:47 p.m." is 11.
    const clock = !!m[2] && !scale && CLOCK_SUFFIX.test(text.slice(end, end + 6));
    const value = (m[2] && !clock ? Number(`${whole}.${m[2]}`) : whole) * (scale ? SCALES[scale.toLowerCase()] : 1);
    add({ value: round(value), span: [m.index!, end], written: 'digits', ordinal: !!m[5] || undefined, decimal: (!!m[2] && !scale && !clock) || undefined });
  }
  // Vague amounts and fractions all name a scale word; most texts have none.
  const scaled = /dozen|hundred|thousand|million|billion/i.test(text);
  for (const [re, min, max] of scaled ? VAGUE : []) {
    for (const m of text.matchAll(re)) add({ value: min, min, max, approx: true, span: [m.index!, m.index! + m[0].length], written: 'vague' });
  }
  for (const m of scaled ? text.matchAll(FRACTIONS) : []) {
    const value = fractionValue(m[0], m[1], m[2]);
    if (value !== undefined) add({ value, span: [m.index!, m.index! + m[0].length], written: 'words', approx: /dozen/i.test(m[2]) || undefined });
  }
  for (const m of text.matchAll(WORDS)) {
    if (FRACTION_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 10))) continue;
    if (/^one$/i.test(m[0]) && (ONE_PRONOUN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!)) || ONE_PRONOUN_AFTER.test(text.slice(m.index! + 3, m.index! + 20)))) continue;
    const value = parseNumberWords(m[0]);
    if (value !== undefined) add({ value, span: [m.index!, m.index! + m[0].length], written: 'words', approx: /dozen/i.test(m[0]) || undefined });
  }
  for (const m of text.matchAll(ORDINAL)) {
    add({ value: ORDINALS.indexOf(m[1].toLowerCase()) + 1, span: [m.index!, m.index! + m[0].length], written: 'words', ordinal: true });
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  return applyBounds(text, mergePairs(text, found));
}

function fractionValue(all: string, count: string | undefined, scaleWord: string): number | undefined {
  const scale = scaleWord.toLowerCase() === 'dozen' ? 12 : scaleWord.toLowerCase() === 'hundred' ? 100 : SCALES[scaleWord.toLowerCase()];
  const lower = all.toLowerCase();
  if (count) {
    const n = /^\d+$/.test(count) ? Number(count) : /^an?$/i.test(count) ? 1 : parseNumberWords(count);
    return n === undefined ? undefined : (n + 0.5) * scale;
  }
  if (lower.startsWith('half')) return scale / 2;
  if (lower.startsWith('three')) return (scale * 3) / 4;
  return scale / 4;
}

function round(value: number): number {
  // 1.2 * 1e6 is 1199999.9999999998 in floating point; figures are whole or have a few decimals.
  return Math.round(value * 1e6) / 1e6;
}

/** parseNumberWords reads "three hundred and three", "a dozen" or "fourteen" as a number. */
export function parseNumberWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'a' || w === 'an') { current = 1; continue; }
    seen = true;
    if (UNITS.includes(w)) current += UNITS.indexOf(w);
    else if (TENS.includes(w)) current += (TENS.indexOf(w) + 2) * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w in SCALES) { total += (current || 1) * SCALES[w]; current = 0; }
    else return undefined;
  }
  return seen ? total + current : undefined;
}

function mergePairs(text: string, numbers: NumberPhrase[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i];
    const b = numbers[i + 1];
    const gap = b ? text.slice(a.span[1], b.span[0]) : '';
    const merged = b && !a.ordinal && !b.ordinal && a.written !== 'vague' && b.written !== 'vague' ? pair(text, a, b, gap) : undefined;
    if (merged) { out.push(merged); i++; } else out.push(a);
  }
  return out;
}

function pair(text: string, a: NumberPhrase, b: NumberPhrase, gap: string): NumberPhrase | undefined {
  const phrase: [number, number] = [a.span[0], b.span[1]];
  if (/^\s*-?\s*for\s*-?\s*$/i.test(gap) && a.value === b.value) return { ...a, phrase, reciprocal: true };
  const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, a.span[0] - 9), a.span[0]));
  // "$135 billion to $150 billion": the second figure may repeat the currency.
  const range = (/^\s*(?:-|–|to)\s*(?:US)?[$€£¥₴₽]?\s*$/i.test(gap) || (between && /^\s+and\s+$/i.test(gap)) || /^\s+or\s+$/i.test(gap));
  if (!range || b.value <= a.value) return undefined;
  return { ...a, min: a.value, max: b.value, approx: /or/i.test(gap) || undefined, span: phrase, phrase };
}

function applyBounds(text: string, numbers: NumberPhrase[]): NumberPhrase[] {
  return numbers.map((n) => {
    if (n.written === 'vague' || n.ordinal || n.min !== undefined) return n;
    const raw = text.slice(Math.max(0, n.phrase[0] - 28), n.phrase[0]);
    // "about $3.50": a currency sign may sit between the bound word and the number.
    const sign = /(?:US)?[$€£¥₴₽]\s*$/.exec(raw)?.[0] ?? '';
    const before = raw.slice(0, raw.length - sign.length);
    const after = text.slice(n.phrase[1], n.phrase[1] + 10);
    const out = { ...n, phrase: [...n.phrase] as [number, number] };
    // Most numbers have no bound word before them: look at the last word before running the patterns.
    for (const [re, bound] of endsWithBoundWord(before) ? BOUNDS_BEFORE : []) {
      const m = re.exec(before);
      // "released over six weeks": "over" before a span of time means "during", not "more than".
      if (m && /over\s+$/i.test(m[0]) && DURATION_AFTER.test(text.slice(n.phrase[1], n.phrase[1] + 24))) break;
      // "shot down 138 drones over 13 regions": "over" before areas says where, not how many.
      if (m && /over\s+$/i.test(m[0]) && AREAS_AFTER.test(text.slice(n.phrase[1], n.phrase[1] + 24))) break;
      if (m) { setBound(out, bound); out.phrase[0] -= m[0].length + sign.length; break; }
    }
    for (const [re, bound] of BOUNDS_AFTER) {
      const m = re.exec(after);
      if (m) { setBound(out, bound); out.phrase[1] += m[0].length; break; }
    }
    return out;
  });
}

// The last word of every pattern of BOUNDS_BEFORE ("at least", "more than", "close to", "an estimated", "approx.").
const BOUND_LAST_WORDS = new Set(['least', 'than', 'over', 'above', 'of', 'nearly', 'almost', 'to', 'under', 'approaching', 'as', 'most',
  'about', 'around', 'roughly', 'approximately', 'some', 'estimated', 'approx.', 'circa']);

function endsWithBoundWord(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.endsWith('~')) return true;
  if (trimmed.length === before.length) return false;
  let i = trimmed.length;
  while (i > 0 && /[\p{L}.]/u.test(trimmed[i - 1])) i--;
  return BOUND_LAST_WORDS.has(trimmed.slice(i).toLowerCase());
}

function setBound(n: NumberPhrase, bound: Bound): void {
  if (bound === 'min') n.min = n.value;
  if (bound === 'max' || bound === 'maxApprox') n.max = n.value;
  if (bound === 'approx' || bound === 'maxApprox') n.approx = true;
}
