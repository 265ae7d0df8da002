/** Clause windows: the stretch of a sentence that speaks about one number, so cues elsewhere do not leak in. */

/** BOUNDARY_WORDS open a new clause: what follows them speaks about something else. */
export const BOUNDARY_WORDS = new Set([
  'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'when', 'because', 'although', 'though', 'after',
  'before', 'until', 'where', 'as', 'what',
]);

// A comma before one of these closes the clause ("..., and said they would free more", "..., including 120").
const COMMA_BEFORE = /^(?:and|but|while|which|who|whom|whose|when|where|including|among|as|after|before|with|in which|of whom|although|though|because|whereas|according|bringing|completing|amid|(?:up|down)(?:\s+\p{Ll}+ly)?\s+from)\b/iu;
// A colon breaks a clause, but not the one of a clock time ("As of 19:00, 50 people have been killed").
const HARD = /[;()]|(?<!\d):|:(?!\d)|\s[–—-]\s/g;
const WORDS = /[\p{L}]+/gu;

let last: { sentence: string; cuts: Array<[number, number]> } = { sentence: '', cuts: [] };

/** clauseWindow returns [start, end) of the clause around text[from, to) within one sentence. */
export function clauseWindow(sentence: string, from: number, to: number): [number, number] {
  // Numbers of one sentence come one after another: its breaks are worked out once.
  if (sentence !== last.sentence) last = { sentence, cuts: boundaries(sentence) };
  const { cuts } = last;
  let start = 0;
  let end = sentence.length;
  for (const [s, e] of cuts) {
    if (e <= from) start = Math.max(start, e);
    else if (s >= to) { end = Math.min(end, s); break; }
  }
  return [start, end];
}

/** boundaries lists the clause breaks of a sentence as [start, end) stretches. */
export function boundaries(sentence: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  for (const m of sentence.matchAll(HARD)) cuts.push([m.index!, m.index! + m[0].length]);
  for (const m of sentence.matchAll(/,\s*/g)) {
    if (COMMA_BEFORE.test(sentence.slice(m.index! + m[0].length))) cuts.push([m.index!, m.index! + 1]);
  }
  for (const m of sentence.matchAll(WORDS)) {
    // "as of 17 March" dates a tally; it opens no clause.
    if (BOUNDARY_WORDS.has(m[0].toLowerCase()) && !(m[0].toLowerCase() === 'as' && /^\s+of\b/i.test(sentence.slice(m.index! + 2, m.index! + 6)))) cuts.push([m.index!, m.index!]);
  }
  return cuts.sort((a, b) => a[0] - b[0]);
}
