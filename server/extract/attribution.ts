/** Attribution and actor: who the outlet says gave a figure, and who did what the figure counts. */
import { countryOf } from './lexicon.ts';

const SAID = '(?:said|says|say|wrote|writes|reported|reports|told|announced|stated|added|claimed|confirmed|posted|tweeted)';
const ACCORDING = /\baccording to\s+([^,.;:“”"]+?)(?=\s*(?:[,.;:“”"]|$))/i;
// ", the AP said", "” Andrii Sybiha, Ukraine's Minister of Foreign Affairs, said"
const AFTER = new RegExp(`[,”"]\\s*[”"]?\\s*([^,;.“”"]{2,60}?)(?:,\\s*[^,;“”"]{2,80},)?\\s+${SAID}\\b`, 'gi');
// "Russia's Defense Ministry said its forces...", "Russia Says 307 POWs..."
const BEFORE = new RegExp(`^[“"]?\\s*([^,;“”"]{2,60}?)\\s+${SAID}\\b(?:\\s+(?:on|in)\\s+[^,]{1,40}?)?(?:\\s+that)?\\s`, 'i');
const LOWER_AGENTS =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:officials|governors?|authorities|police|rescuers|witnesses|medics|doctors|sources|officers|spokes(?:man|woman|person)|ministry|military|army|services|residents|prosecutors|investigators|monitors|observers|media|administration|agency|office|council|government)$/iu;
const TITLE = /\b(?:President|Prime Minister|Minister|Foreign Minister|Defen[cs]e Minister|Governor|Mayor|Spokes(?:man|woman|person)|spokes(?:man|woman|person)|Chancellor|Secretary|Commander|Chief|Head|head)\b(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?\s+(?=\p{Lu})/gu;
const SUBJECT =
  /^((?:its|their)\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s+(?:air force|air defen[cs]es?|forces|troops|army|military|navy|units|soldiers|defenders|gunners))?)\s+(?!(?:and|or|of)\b)(?:also\s+)?\p{Ll}/u;
const ANNOUNCED = /\b(?:was|were|had been|has been)\s+(?:announced|confirmed|reported)\s+by\s+([^,.;]+?)(?=\s+and\b|\s+in\s+a\b|[,.;]|$)/i;
const NOT_AGENT = /^(?:and|but|which|who|it|they|he|she|we|this|that|there)\b/i;

/** findAttribution returns who the sentence says gave the number at [from, to), if it says. */
export function findAttribution(sentence: string, from: number, to: number): string | undefined {
  const according = ACCORDING.exec(sentence);
  if (according && !overlaps(according.index, according.index + according[0].length, from, to)) return clean(according[1]);
  for (const m of sentence.matchAll(AFTER)) {
    if (m.index! >= to && isAgent(m[1])) return clean(m[1]);
  }
  const before = BEFORE.exec(sentence);
  if (before && before[0].length <= from && isAgent(before[1])) return clean(before[1]);
  return undefined;
}

/** statementSpans returns the stretches of a sentence that tell who spoke and when ("The police said on
 * Sunday that", ", Sybiha said on X on Saturday"): a day there dates the statement, not the figure. */
export function statementSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const before = BEFORE.exec(sentence);
  if (before && isAgent(before[1])) spans.push([0, before[0].length]);
  for (const m of sentence.matchAll(AFTER)) {
    if (!isAgent(m[1])) continue;
    const end = m.index! + m[0].length;
    const rest = /^[^,;]*/.exec(sentence.slice(end))![0];
    spans.push([m.index!, end + rest.length]);
  }
  return spans;
}

/** attributionLead returns where the "X said (that)" opening of a sentence ends, 0 when there is none. */
export function attributionLead(sentence: string): number {
  const before = BEFORE.exec(sentence);
  return before && isAgent(before[1]) ? before[0].length : 0;
}

/** findActor returns who did what is counted when the clause before the number says so in the active voice,
 * as a country when it can ("Russia launched 14", "Ukrainian troops shot six" -> "Ukraine"); "its forces" leans
 * on the attribution ("Russia's Defense Ministry said its forces..." -> "Russia"). */
export function findActor(clauseBefore: string, attribution?: string): string | undefined {
  if (/\b(?:was|were|been|being|by)\b/i.test(clauseBefore) || clauseBefore.split(/\s+/).length > 12) return undefined;
  const m = SUBJECT.exec(clauseBefore.trim());
  if (!m) return undefined;
  if (/^(?:its|their)\s/i.test(m[1])) return attribution ? countryOf(attribution) : undefined;
  // Only a side named by its country is obvious enough; "Air defence units" or "The quake" is not.
  return /\band\b/.test(m[1]) ? undefined : countryOf(m[1]);
}

function isAgent(phrase: string): boolean {
  const p = phrase.trim();
  if (NOT_AGENT.test(p) || p.split(/\s+/).length > 7) return false;
  // "police spokesman Dan Bahadur Karki" names someone; "regional governors" is a known kind of source.
  return /\p{Lu}/u.test(p) || LOWER_AGENTS.test(p);
}

function clean(phrase: string): string {
  let p = phrase.trim().replace(/^(?:the|an|a)\s+/i, '').replace(/\s+(?:on|in)\s+(?:X|Telegram|Facebook|social media)$/i, '');
  // "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy": the title is not the source.
  const titles = [...p.matchAll(TITLE)];
  if (titles.length) p = p.slice(titles.at(-1)!.index! + titles.at(-1)![0].length);
  return p.trim();
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && a1 > b0;
}

/** findAnnouncer returns who a sentence says announced something ("Saturday's swap was announced by
 * Russia's defence ministry"), so figures of that day can be credited to them. */
export function findAnnouncer(sentence: string): string | undefined {
  const m = ANNOUNCED.exec(sentence);
  return m && isAgent(m[1]) ? clean(m[1]) : undefined;
}
