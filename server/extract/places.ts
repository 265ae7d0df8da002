/** Place finding: "in Kyiv", "in southern Russia", "an attack on Kyiv", "the Ukrainian capital". */
import { capitalOf, isDemonym } from './lexicon.ts';

const NAME = "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*(?:\\s+(?:region|province|oblast|city|district|county|state))?";
const DIRECTION = '(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)*';
// One plain adjective may come first ("in the remote Jajarkot district"); no i flag, which would blur \p{Lu}.
const IN_PLACE = new RegExp(`\\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round)\\s+(?:the\\s+)?${DIRECTION}(?:\\p{Ll}+\\s+)?(${NAME})`, 'gu');
const ON_PLACE = new RegExp(`\\b(?:attacks?|strikes?|bombardment|assault|raids?|shelling)\\s+on\\s+(${NAME})`, 'gu');
const CAPITAL = /\b[Tt]he\s+(\p{Lu}\p{L}+)\s+capital\b/gu;
// "talks in Istanbul" say where a deal was made, not where the counted thing happened.
const NOT_EVENT = /\b(?:talks|meeting|summit|negotiations|conference|agreed|signed|held|based|born|office)\s+(?:\S+\s+){0,2}$/i;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|X|Telegram|Facebook|Instagram|English|I|The|A)$/;
// A relative clause ("..., in which 15 people were injured") may sit well after the place it refers to.
const NEAR = 160;

/** findPlace returns where the number at [from, to) of a sentence happened, when a place sits near it. */
export function findPlace(sentence: string, from: number, to: number): string | undefined {
  // In a Title Case headline every word looks like a name ("in First Stage of Exchange").
  if (isTitleCase(sentence)) return undefined;
  const found: Array<{ at: number; place: string }> = [];
  for (const m of sentence.matchAll(IN_PLACE)) add(found, sentence, m.index!, m[1]);
  for (const m of sentence.matchAll(ON_PLACE)) add(found, sentence, m.index!, m[1]);
  for (const m of sentence.matchAll(CAPITAL)) {
    const capital = capitalOf(m[1]);
    if (capital) found.push({ at: m.index!, place: capital });
  }
  const distance = (at: number) => (at >= to ? at - to : at < from ? from - at : 0);
  return found.filter((f) => distance(f.at) <= NEAR).sort((a, b) => distance(a.at) - distance(b.at))[0]?.place;
}

function add(found: Array<{ at: number; place: string }>, sentence: string, at: number, name: string): void {
  if (NOT_EVENT.test(sentence.slice(Math.max(0, at - 40), at))) return;
  // "Ukraine's eastern Donetsk region" is in Ukraine; "in Russian attacks" names no place.
  const first = name.split(/\s+/)[0];
  const possessive = /^(.+?)['’]s$/.exec(first);
  const place = possessive ? possessive[1] : name.replace(/['’]s$/, '');
  if (NOT_PLACE.test(place) || isDemonym(place.split(/\s+/)[0])) return;
  found.push({ at, place });
}

function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\b\p{L}{4,}\b/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}
