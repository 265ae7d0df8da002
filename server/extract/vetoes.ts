/** Vetoes on a metric choice: the number has a tracked noun or verb near it, but counts something else. */
import { isPeopleWord } from './lexicon.ts';
import type { NumberAt } from './metrics.ts';
import type { TermHit } from './terms.ts';
import type { Token } from './tokens.ts';

const AUXILIARY = /^(?:were|was|are|is|have|has|had|will|would)$/i;
const ON_THE_WAY = /^(?:be|been|being|to|not|still|also|now|later|expected|set|due|likely|unlikely|scheduled|planned|slated|poised|ready|able|believed|feared|thought|said|reported|confirmed|presumed|listed|known|going|have|has|had)$/i;
// "428 arrests had been made", "245 deaths were recorded": the verb only says the counted thing happened.
const LIGHT = /^(?:made|carried|conducted|recorded|registered|reported|confirmed|counted|logged|documented|found|recovered|retrieved|pulled|identified|buried)$/i;
// "exchanged the bodies of 909 soldiers", "returned 6,000 bodies": remains handed over, not deaths of the day.
const TRANSFER = /^(?:exchang|swap|return|repatriat|hand|transferr?|receiv|sent|deliver)/i;
// "Hamas holds 59 hostages", "taking 240 hostages", "the 240 hostages it seized": a bare noun that names a
// tracked thing is no claim when the verb says it is held, taken or kept rather than released or launched.
const HOLD = /^(?:hold|holds|held|holding|keep|keeps|kept|keeping|seize|seizes|seized|seizing|take|takes|took|taken|taking|capture|captures|captured|capturing|abduct|abducts|abducted|abducting|kidnap|kidnaps|kidnapped|kidnapping|remain|remains|remained|stockpiled|stockpile|possess|possesses|has|have|had|own|owns|produce|produces|produced|buy|bought|ordered|supplied|delivered)$/i;
const PERPETRATOR = /^(?:suspects?|gunm[ae]n|attackers?|assailants?|perpetrators?|fugitives?|escapees?|shooters?|robbers?|killers?|militants?|terrorists?)$/i;
const CAPTIVE = /^(?:hostag|captiv|pow|prisoner|detaine|abducte)/;
const RELEASE = /^(?:releas|free|hand|return|exchang|swap|brought|bring|came|come|set|reunit|transferr?|repatriat|deliver|back|home)/i;
// Words before a number that are no verb of their own: "there are 59 hostages", "and 59 hostages".
const NEUTRAL_BEFORE = /^(?:are|is|were|was|be|been|being|there|and|or|but|with|of|including|among|by|in|on|from|for|as|while)$/i;
// Words between a number and a held verb before it: "holds some 59", "taking about 240".
export const SKIP_BEFORE = /^(?:some|about|around|roughly|nearly|almost|at|least|more|than|over|up|to|the|an?|another|still|also|all|its|their|his|her|estimated)$/i;
const WARNED = /^(?:warnings?|alerts?|advisor(?:y|ies)|watch(?:es)?|notices?)$/i;
// "his staff visited 156 detainees": captives met, visited or questioned are counted where they are held.
const VISIT = /^(?:visit(?:s|ed|ing)?|met|meet(?:s|ing)?|interview(?:s|ed|ing)?|examin(?:es|ed|ing)|question(?:s|ed|ing)?|spoke|talked)$/i;
const HELD_NOUN = /^(?:hostag|captiv|pow|prisoner|detain|abduct)/;
// "hand over the remains of 28 dead hostages": remains that change hands are no deaths of the day.
const REMAINS_OF = /^(?:remains|bodies)$/i;
const IRREGULAR = /^(?:lost|shot|hit|held|kept|left|found|seen|taken|made|known|built|sent|caught|put|spent|sold|stolen|hidden)$/i;

/** countsSomethingElse says whether the number at `at`, though a term of `hit`'s metric sits near it, counts
 * something the metric does not: its noun does something untracked ("19 drones were lost", "120 people
 * charged"), it is the subject of the term's verb ("the two sides swapped 95"), the search is for perpetrators,
 * captives are held rather than freed ("Hamas holds 59 hostages"), or remains change hands ("returned 6,000
 * bodies"). */
export function countsSomethingElse(tokens: Token[], at: NumberAt, nounPhrase: number[], hit: TermHit, hits: TermHit[]): boolean {
  const inPhrase = hit.words.some((i) => nounPhrase.includes(i));
  if (doesSomethingElse(tokens, at, nounPhrase, hit, hits, inPhrase) || isSubjectsVerb(tokens, nounPhrase, hit, hits)) return true;
  // "Police are searching for two suspects", "three gunmen fled": perpetrators are neither missing nor displaced.
  if ((hit.stems[0] === 'search' || hit.stems[0] === 'fled') && nounPhrase.some((i) => PERPETRATOR.test(tokens[i].text))) return true;
  if (isBareNoun(hit, nounPhrase, tokens) && (isHeld(tokens, at, nounPhrase) || isCaptiveAtRest(hit, tokens, at, nounPhrase))) return true;
  // "34 of the remaining 79 hostages are dead": captives still held are counted, not released.
  if (CAPTIVE.test(hit.stems[0]) && hit.first > at.last && tokens.slice(at.last + 1, hit.first).some((t) => /^(?:remaining|still)$/i.test(t.text))) return true;
  // "166,800 were under evacuation warnings": told to be ready to leave, not evacuated.
  if (/^evacuation$/i.test(tokens[hit.last].text) && WARNED.test(tokens[hit.last + 1]?.text ?? '')) return true;
  // "brokered 11 exchanges", "the two sides held three swaps": the number counts swaps, not the people swapped.
  if (nounPhrase.length && hit.words.includes(nounPhrase[0]) && SWAPS.test(tokens[nounPhrase[0]].text)) return true;
  // "housed in 280 shelters", "taken to 12 hospitals": the number counts the places the term names, not people.
  if (nounPhrase.length && hit.words.includes(nounPhrase[0]) && hit.first < at.first && PLACES_COUNTED.test(tokens[nounPhrase[0]].text)) return true;
  // "Hits by 6 missiles and 20 drones were recorded": the things that hit, not those launched.
  if (isHitsBy(tokens, at)) return true;
  // "two missiles had struck within 50 metres of the offices": the ones that hit, not a launch count.
  if (/_launched$/.test(hit.metric) && nounPhrase.length && STRUCK_AFTER.test(tokens.slice((nounPhrase.at(-1) ?? at.last) + 1, (nounPhrase.at(-1) ?? at.last) + 3).map((t) => t.text).join(' '))) return true;
  const before = Math.min(hit.first, at.first);
  if (hit.metric === 'killed' && (isRemainsHandedOver(tokens, at) || isSentence(tokens, hit))) return true;
  if (HELD_NOUN.test(hit.stems[0]) && isBareNoun(hit, nounPhrase, tokens) && VISIT.test(tokens[wordBefore(tokens, at)]?.text ?? '')) return true;
  // "38 bodies had been handed over to families": remains handed over after the count, too.
  const handedAfter = tokens.slice(hit.last + 1, hit.last + 5).some((t) => TRANSFER.test(t.text));
  return hit.stems.length === 1 && hit.stems[0] === 'bodi' && (tokens.slice(Math.max(0, before - 3), before).some((t) => TRANSFER.test(t.text)) || (hit.first > at.last && handedAfter));
}

function doesSomethingElse(tokens: Token[], at: NumberAt, nounPhrase: number[], hit: TermHit, hits: TermHit[], hitInPhrase: boolean): boolean {
  // "94 hostages remain": a word after the counted noun is its verb, unless the term's own verb came before
  // ("release 50 hostages seized in October").
  const verbBefore = nounPhrase.length > 0 && hit.first < nounPhrase[0];
  if (hitInPhrase && !verbBefore && nounPhrase.some((i) => i > hit.last && !inAnyHit(hits, i) && !isPeopleWord(tokens[i].text, tokens[i].norm) && !DESCRIBING.test(tokens[i].text))) return true;
  // "120 people charged": a participle closing the noun phrase is what happened to them.
  if (!hitInPhrase && nounPhrase.length > 1 && nounPhrase.slice(1).some((i) => !inAnyHit(hits, i) && isParticiple(tokens[i].text))) return true;
  // "the 1,301 who died were not registered": the relative clause says what is counted; the verb after it describes them.
  const afterNoun = (nounPhrase.at(-1) ?? at.last) + 1;
  if (/^(?:who|that)$/i.test(tokens[afterNoun]?.text ?? '') && hit.first === afterNoun + 1) return false;
  // The verb after the number's own noun phrase, or after the number when the term came before it.
  let i = (nounPhrase.at(-1) ?? (hit.first > at.last ? hit.last : at.last)) + 1;
  if (/^(?:who|that|which)$/i.test(tokens[i]?.text ?? '')) i++;
  if (!AUXILIARY.test(tokens[i]?.text ?? '')) return false;
  while (i < tokens.length && (AUXILIARY.test(tokens[i].text) || ON_THE_WAY.test(tokens[i].text))) i++;
  const verb = tokens[i];
  if (!verb || verb.kind !== 'word' || inAnyHit(hits, i) || !isParticiple(verb.text)) return false;
  // "14 passengers were being treated for injuries": the participle leads into the term, which names what happened.
  if (/^(?:for|with)$/i.test(tokens[i + 1]?.text ?? '') && hits.some((h) => h === hit && h.first === i + 2)) return false;
  // "428 arrests had been made": a light verb after the term's own noun adds nothing; nor after "the bodies of 7
  // soldiers were found".
  const bodiesOf = REMAINS_OF.test(tokens[hit.last].text) && tokens[hit.last + 1]?.norm === 'of' && wordBefore(tokens, at) === hit.last + 1;
  return !((hitInPhrase || bodiesOf) && LIGHT.test(verb.text));
}

function isSubjectsVerb(tokens: Token[], nounPhrase: number[], hit: TermHit, hits: TermHit[]): boolean {
  // "The two sides swapped 95 prisoners": the term is the verb of this number's noun, which it does not count.
  const head = nounPhrase[0];
  if (head === undefined || !nounPhrase.includes(hit.first) || hit.first === head) return false;
  const next = tokens[nounPhrase.at(-1)! + 1];
  const hasObject = hit.first < nounPhrase.at(-1)! || next?.kind === 'num' || /^(?:the|their|its|some|about|more|at|nearly|over)$/i.test(next?.text ?? '');
  return !inAnyHit(hits, head) && !isPeopleWord(tokens[head].text, tokens[head].norm) && isParticiple(tokens[hit.first].text) && hasObject;
}

function inAnyHit(hits: TermHit[], i: number): boolean {
  return hits.some((h) => h.words.includes(i));
}

function isParticiple(word: string): boolean {
  return /\p{Ll}ed$/u.test(word) || IRREGULAR.test(word);
}

function isBareNoun(hit: TermHit, nounPhrase: number[], tokens: Token[]): boolean {
  // One word, the counted noun itself, and no verb of its own: "hostages", "missiles", "POWs".
  return hit.words.length === 1 && nounPhrase.includes(hit.first) && !/(?:ed|ing)$/i.test(tokens[hit.first].text);
}

function isCaptiveAtRest(hit: TermHit, tokens: Token[], at: NumberAt, nounPhrase: number[]): boolean {
  // "There are still 59 hostages in Gaza": captives counted with no word of release near them are still held.
  if (!CAPTIVE.test(hit.stems[0])) return false;
  const near = tokens.slice(Math.max(0, at.first - 8), (nounPhrase.at(-1) ?? at.last) + 9);
  return !near.some((t) => RELEASE.test(t.text));
}

/** wordBefore returns the index of the word before a number and its bound words ("holds some 59" -> "holds"). */
export function wordBefore(tokens: Token[], at: Pick<NumberAt, 'first'>): number {
  let i = at.first - 1;
  while (i >= 0 && tokens[i].kind === 'word' && SKIP_BEFORE.test(tokens[i].text)) i--;
  return i;
}

function isRemainsHandedOver(tokens: Token[], at: NumberAt): boolean {
  // "the remains of 28 dead hostages", "the bodies of some 15 soldiers", after a verb of handing over.
  const i = wordBefore(tokens, at);
  if (!/^of$/i.test(tokens[i]?.text ?? '') || !REMAINS_OF.test(tokens[i - 1]?.text ?? '')) return false;
  return tokens.slice(Math.max(0, i - 5), i - 1).some((t) => TRANSFER.test(t.text));
}

const SWAPS = /^(?:exchanges|swaps)$/i;
const STRUCK_AFTER = /^(?:(?:had|have|has)\s+)?(?:struck|hit|landed|fell|slammed)\b/i;
const PLACES_COUNTED = /^(?:shelters?|camps?|centres?|centers?|schools?|sites?|hospitals?|homes|houses|buildings|facilities)$/i;
// "19 deaths linked to Hurricane Melissa": a participle after the counted noun that leads into a phrase describes it.
const DESCRIBING = /^(?:linked|related|attributed|blamed|connected|tied|caused|reported|recorded|confirmed|registered|present|aboard|inside|involved)$/i;
// "sentenced six people to death", "condemned to death", "death sentences": a verdict, not a death.
const VERDICT = /^(?:sentenc|condemn|penalt|row|verdict)/i;
function isSentence(tokens: Token[], hit: TermHit): boolean {
  if (hit.stems.length !== 1 || hit.stems[0] !== 'death') return false;
  const next = tokens[hit.last + 1]?.norm ?? '';
  if (VERDICT.test(next)) return true;
  return tokens[hit.first - 1]?.norm === 'to' && tokens.slice(Math.max(0, hit.first - 8), hit.first).some((t) => VERDICT.test(t.norm));
}

// "Hits by 6 missiles and 20 drones were recorded": every count of the list after "hits by".
function isHitsBy(tokens: Token[], at: NumberAt): boolean {
  for (let i = at.first - 1; i > 0 && i >= at.first - 8; i--) {
    if (tokens[i].kind === 'punct' && tokens[i].text !== '-') return false;
    if (tokens[i].norm === 'by' && /^(?:hits?|impacts?)$/i.test(tokens[i - 1].text)) return true;
  }
  return false;
}

function isHeld(tokens: Token[], at: NumberAt, nounPhrase: number[]): boolean {
  let i = at.first - 1;
  while (i >= 0 && tokens[i].kind === 'word' && SKIP_BEFORE.test(tokens[i].text)) i--;
  if (i >= 0 && HOLD.test(tokens[i].text)) return true;
  // "release 50 hostages seized in October": a verb of its own before the number; what follows qualifies the noun.
  if (i >= 0 && tokens[i].kind === 'word' && !NEUTRAL_BEFORE.test(tokens[i].text)) return false;
  // "59 hostages remain", "the 240 hostages it seized".
  const after = (nounPhrase.at(-1) ?? at.last) + 1;
  const next = tokens[after];
  if (next && HOLD.test(next.text) && !/^(?:has|have|had)$/i.test(next.text)) return true;
  if (next && /^(?:are|is|were|was)$/i.test(next.text) && /^(?:held|kept|still|being)$/i.test(tokens[after + 1]?.text ?? '')) return true;
  return !!next && /^(?:it|they|he|she|we|who|that|which)$/i.test(next.text) && HOLD.test(tokens[after + 1]?.text ?? '');
}
