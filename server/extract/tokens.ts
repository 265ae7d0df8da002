/** Word tokens with offsets and a light stem, so terms match "killing" to "killed" and "swap" to "swapped". */

/** Token is one word, number or punctuation mark of a text, with its offsets in that text. */
export interface Token {
  text: string;
  /** Lower-cased light stem of a word; the character itself for punctuation. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** A pronoun standing for a noun before it ("30 of them"): it may complete a term, never be one alone. */
  pronoun?: boolean;
}

// Quotes and apostrophes carry no structure for matching ("neutralized" 245 drones), so they are skipped; a
// hyphenated compound is one word ("Shahed-type drones", "long-range missiles").
// A model's name is one word too ("Kh-47M2", "Shahed-136", "MiG-31K"): its digits count nothing.
const TOKEN = /\p{Lu}[\p{L}]{0,8}-\d[\p{L}\d]*|[\p{L}]+(?:['’-][\p{L}]+)*|\d+(?:[.,]\d+)*|[^\s\p{L}\d"“”‘’'«»]/gu;

/** tokenize splits text into tokens; `offset` is added to every position (for sentences cut from a text). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = /^\d/.test(t) ? 'num' : /^\p{L}/u.test(t) ? 'word' : 'punct';
    tokens.push({ text: t, norm: kind === 'word' ? stem(t) : t, start: offset + m.index!, end: offset + m.index! + t.length, kind });
  }
  return tokens;
}

const STEMS = new Map<string, string>();

/** stem lower-cases a word, drops a possessive and strips common English endings so word forms meet. */
export function stem(word: string): string {
  let cached = STEMS.get(word);
  if (cached === undefined) {
    // News vocabulary is small; a bounded cache keeps the hot path to one lookup per word.
    if (STEMS.size > 50_000) STEMS.clear();
    cached = stemUncached(word);
    STEMS.set(word, cached);
  }
  return cached;
}

// Irregular verbs whose forms no ending rule joins: "had come home" is the term "came home".
const IRREGULAR_FORMS = new Map([
  ...['come', 'comes', 'coming'].map((w): [string, string] => [w, 'came']),
  ...['get', 'gets', 'getting', 'gotten'].map((w): [string, string] => [w, 'got']),
  ...['take', 'takes', 'taking', 'taken'].map((w): [string, string] => [w, 'took']),
]);

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/'$/, '');
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular) return irregular;
  // British and American spellings meet on -ize.
  w = w.replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'i';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "swapped" -> "swapp" -> "swap"; "kill" keeps its double l.
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[lsz]/.test(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** stemPhrase stems every word of a phrase, for comparing multi-word terms with tokens. */
export function stemPhrase(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.kind !== 'punct').map((t) => t.norm);
}
