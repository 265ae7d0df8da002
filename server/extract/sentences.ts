/** Sentence splitting with offsets: paragraphs are lines, sentences end at . ! ? before a capital. */

/** Sentence is one trimmed sentence of a text, its offsets in that text and the paragraph (line) it sits in. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

// A period after these is not a sentence end ("U.S. President", "1 a.m. CT", "Gen. Smith").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'jr', 'sr',
  'no', 'vs', 'etc', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k',
  'u.n', 'e.u', 'i.e', 'e.g', 'inc', 'ltd', 'co', 'corp', 'prof', 'rev', 'mt', 'ft', 'est', 'hon',
]);

const END = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;

/** splitSentences cuts a text into sentences; every newline ends a paragraph and a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    const cuts = [...line.matchAll(END)].map((m) => ({ at: m.index!, stop: m.index! + m[0].trimEnd().length, next: m.index! + m[0].length, period: true }));
    // "Reuters · 2 hours ago · WHO appalled ... · The World Health Organization said": an aggregator's fields.
    if (line.includes('·') || line.includes(' | ') || / ago[:—–]/.test(line)) for (const m of line.matchAll(FIELD)) cuts.push({ at: m.index!, stop: m.index!, next: m.index! + m[0].length, period: false });
    for (const c of cuts.sort((a, b) => a.at - b.at)) {
      if (c.at < from) continue;
      if (c.period && isAbbreviation(line.slice(Math.max(from, c.at - 12), c.at + 1))) continue;
      push(sentences, line, lineStart, from, c.stop, paragraph);
      from = c.next;
    }
    push(sentences, line, lineStart, from, line.length, paragraph);
    if (line.trim()) paragraph++;
    lineStart += line.length + 1;
  }
  return sentences;
}

// " · " between fields; a dash after an entry's age or weekday ("2 hours ago — Afghan quake toll rises").
// "Reuters | 2 hours ago: Ukraine's air force said": bars between fields, a colon after an age.
const FIELD = /\s+[·|]\s+|(?<=\b(?:ago|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+[—–]\s+|:\s+)/g;

function isAbbreviation(upToPeriod: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(upToPeriod)?.[1] ?? '';
  // A lone capital is an initial ("J. Smith"), not a sentence end.
  // "The N.C. Department of Health", "D.C. police": dotted capitals are an initialism.
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

function push(out: Sentence[], line: string, lineStart: number, from: number, to: number, paragraph: number): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({ text, start: lineStart + from + lead, end: lineStart + from + lead + text.length, paragraph });
}
