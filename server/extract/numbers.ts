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

const DIGITS =
  /(?<![\p{L}\d.,:])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+))?(?:\s*(million|billion|thousand|mln|mn|bn)\b)?(st|nd|rd|th)?(?![\p{L}\d])/giu;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD = [...UNITS, ...TENS, 'hundred', 'thousand', 'million', 'billion', 'dozen'].join('|');
const WORDS = new RegExp(`\\b(?:an?\\s+(?=hundred|thousand|million|billion|dozen))?(?:${WORD})(?:(?:\\s+and\\s+|\\s+|-)(?:${WORD}))*\\b`, 'gi');

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
const PHONE = /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}|\(\d{2,4}\)\s?\d{3}[\s.-]?\d{3,4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g;

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
    const whole = Number(m[1].replace(/[^\d]/g, ''));
    const value = (m[2] ? Number(`${whole}.${m[2]}`) : whole) * (m[3] ? SCALES[m[3].toLowerCase()] : 1);
    add({ value, span: [m.index!, m.index! + m[0].length], written: 'digits', ordinal: !!m[4] || undefined, decimal: (!!m[2] && !m[3]) || undefined });
  }
  for (const [re, min, max] of VAGUE) {
    for (const m of text.matchAll(re)) add({ value: min, min, max, approx: true, span: [m.index!, m.index! + m[0].length], written: 'vague' });
  }
  for (const m of text.matchAll(WORDS)) {
    const value = parseNumberWords(m[0]);
    if (value !== undefined) add({ value, span: [m.index!, m.index! + m[0].length], written: 'words', approx: /dozen/i.test(m[0]) || undefined });
  }
  for (const m of text.matchAll(ORDINAL)) {
    add({ value: ORDINALS.indexOf(m[1].toLowerCase()) + 1, span: [m.index!, m.index! + m[0].length], written: 'words', ordinal: true });
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  return applyBounds(text, mergePairs(text, found));
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
  const range = (/^\s*(?:-|–|to)\s*$/i.test(gap) || (between && /^\s+and\s+$/i.test(gap)) || /^\s+or\s+$/i.test(gap));
  if (!range || b.value <= a.value) return undefined;
  return { ...a, min: a.value, max: b.value, approx: /or/i.test(gap) || undefined, span: phrase, phrase };
}

function applyBounds(text: string, numbers: NumberPhrase[]): NumberPhrase[] {
  return numbers.map((n) => {
    if (n.written === 'vague' || n.ordinal || n.min !== undefined) return n;
    const before = text.slice(Math.max(0, n.phrase[0] - 24), n.phrase[0]);
    const after = text.slice(n.phrase[1], n.phrase[1] + 10);
    const out = { ...n, phrase: [...n.phrase] as [number, number] };
    for (const [re, bound] of BOUNDS_BEFORE) {
      const m = re.exec(before);
      if (m) { setBound(out, bound); out.phrase[0] -= m[0].length; break; }
    }
    for (const [re, bound] of BOUNDS_AFTER) {
      const m = re.exec(after);
      if (m) { setBound(out, bound); out.phrase[1] += m[0].length; break; }
    }
    return out;
  });
}

function setBound(n: NumberPhrase, bound: Bound): void {
  if (bound === 'min') n.min = n.value;
  if (bound === 'max' || bound === 'maxApprox') n.max = n.value;
  if (bound === 'approx' || bound === 'maxApprox') n.approx = true;
}
