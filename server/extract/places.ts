/** Place finding: "in Kyiv", "in southern Russia", "an attack on Kyiv", "the Ukrainian capital", "Buncombe County". */
import { EVENT_NOUN } from './document.ts';
import { capitalOf, isCountryOrState, isDemonym, isNationality } from './lexicon.ts';

const UNIT = '(?:region|province|oblast|city|City|district|county|County|state|governorate|prefecture|Province|Region|District|Oblast)';
// "Rio Grande do Sul", "Pinar del Rio": a lower-case particle may join the words of one name.
const NAME = `\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:do|da|de|del|dos|das|di)\\s+)?\\p{Lu}[\\p{L}’'-]*)*(?:\\s+${UNIT})?`;
const DIRECTION = '(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)*';
// One plain adjective may come first ("in the remote Jajarkot district"); no i flag, which would blur \p{Lu}.
const IN_PLACE = new RegExp(`\\b(?:[Ii]n|[Nn]ear|(?:broke|escaped|fled|got)\\s+out\\s+of|[Oo]utside|[Aa]round|[Aa]t|[Aa]cross|[Tt]hroughout|off|over|(?:evacuated|fled|rescued|displaced|airlifted)\\s+(?:[\\p{L}\\d,-]+\\s+){0,4}?from|(?:residents|inhabitants|villagers|people)\\s+of)\\s+(?!(?:what|which|whom|whose|this|these|those)\\s)(?:the\\s+)?(${DIRECTION})(?:\\p{Ll}+\\s+)?(${NAME})`, 'gu');
// "an attack on Kyiv"; "Russia attacked Ukraine overnight with 126 drones", "rain that has lashed Nepal since
// Friday", "forced to flee Rafah": the object of a verb of striking or fleeing is where it happened; not "hit Hezbollah targets", where the name is a
// modifier. One pattern for both, so a sentence is scanned once.
const ON_PLACE = new RegExp(`\\b(?:(?:attacks?|strikes?|bombardment|assault|raids?|shelling)\\s+on(?:\\s+the)?|attacked|struck|hit|lashed|battered|pounded|ravaged|devastated|rocked|shelled|bombed|flooded|targeted|fled|flee|fleeing|flees|evacuated|escape|escaped|escaping)\\s+(${DIRECTION})(${NAME})(?![\\p{L}’'-])(?!\\s+(?:targets?|positions?|forces|troops|fighters|militants|sites?|bases?)\\b)`, 'gu');
// "the hard-hit province of Hatay", "the mountain village of Tafeghaghte", "the barrier islands of Sarasota County".
const UNIT_OF = new RegExp(`\\b(?:province|region|district|county|city|town|village|hamlet|commune|township|municipality|state|islands?|area|capital|port|suburb|neighbou?rhood)\\s+of\\s+(${NAME})`, 'gu');
// "Al Haouz province", "Buncombe County officials": a named administrative unit anywhere.
const NAMED_UNIT = new RegExp(`\\b(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*\\s+${UNIT})\\b`, 'gu');
// "South Carolina reported 25 deaths": a state or country that reports its own toll.
const SUBJECT = /^(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?=\s+(?:reported|recorded|confirmed|counted|registered|has|had|said)\b)/u;
const PLACE_LIST_AFTER = /^(?:,\s*\p{Lu}[\p{L}’'-]*)*,?\s+and\s+\p{Lu}[\p{L}’'-]*\s+(?:provinces|regions|districts|states|counties|oblasts|cities|towns|villages)\b/u;
// "Nepal's Gen Z protests: what we know": a country whose event the headline names.
const HEAD_POSSESSIVE = /^(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?=['’]s\s)/u;
const CLAUSE_SUBJECT = /,\s*(?:and|while|but)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:reported|recorded|confirmed|counted)\b/gu;
const HEAD_SUBJECT = /^(?:[^:.]{1,40}:\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?=\s+\p{Ll}+s\b)/u;
const CAPITAL = /\b[Tt]he\s+(\p{Lu}\p{L}+)\s+capital\b/gu;
// "talks in Istanbul" say where a deal was made, not where the counted thing happened.
// "The Office of Civil Defense in Central Visayas": where a body sits is no place of the figure either.
const NOT_EVENT = /\b(?:talks|meeting|summit|negotiations|conference|agreed|signed|held|based|born|office|told|speaking|visiting|news conference)\s+(?:\S+\s+){0,3}$/i;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Ramadan|Eid|X|Telegram|Facebook|Instagram|English|I|The|A|An|Reuters|AP|AFP|BBC|CNN|BST|GMT|UTC|EST|EDT|CT|ET)$/;
// A relative clause ("..., in which 15 people were injured") may sit well after the place it refers to.
const NEAR = 200;

/** Candidate is a place a sentence names and where. */
export interface Candidate {
  at: number;
  place: string;
  /** A whole country or state ("eastern Spain" included), which a more specific place near the figure beats. */
  broad?: boolean;
}

/** findPlace returns where the number at [from, to) of a sentence happened, when a place sits near it: the
 * nearest one, a city or district before the country or state around it, and never one that belongs to another
 * figure ("21 people in the Philippines and three in Hainan": Hainan is the three's). `others` are the other
 * figures' [start, end) in the sentence. */
export function findPlace(sentence: string, from: number, to: number, others: Array<[number, number]> = [], cache?: PlaceCache): string | undefined {
  // One pass, no closures: this runs for every figure.
  let best: string | undefined;
  let lowest = Infinity;
  const candidates = candidatesOf(sentence, cache);
  // Whether the figure has a place of its own right after it, in its own clause ("1,099 injured across Taiwan").
  let ownAfter = false;
  for (const c of candidates) if (c.at >= to && c.at - to < 60 && !/[,;]/.test(sentence.slice(to, c.at))) ownAfter = true;
  for (const c of candidates) {
    const distance = c.at >= to ? c.at - to : c.at < from ? from - c.at : 0;
    // "seven killed, including two in Kyiv": the place of a breakdown is not the total's.
    if (distance > NEAR || (c.at >= to && BREAKDOWN.test(sentence.slice(to, c.at)))) continue;
    // "45 dead, 43 of them here in Acapulco and two in Coyuca de Benítez, and 47 missing": a breakdown's place before
    // the figure is its parts'.
    const clauseEnd = sentence.indexOf(',', c.at);
    if (c.at < from && clauseEnd > 0 && clauseEnd < from && sentence.lastIndexOf(',', c.at) >= 0 && inBreakdown(sentence, c.at)) continue;
    const across = others.some(([s]) => (c.at >= to ? s >= to && s < c.at : s < from && s > c.at));
    // "10 people have died in Hualien County and 1,099 have been injured across Taiwan": a place right after the
    // figure before is that figure's.
    const taken = ownAfter && c.at < from && others.some(([, e]) => e <= c.at && c.at - e < 40 && !/[,;]/.test(sentence.slice(e, c.at)));
    const cost = distance + (c.broad ? 40 : 0) + (across || taken ? 60 : 0);
    if (cost < lowest) [best, lowest] = [c.place, cost];
  }
  return best;
}

const BREAKDOWN = /\b(?:including|among (?:them|whom)|of (?:whom|them))\b/i;

/** inBreakdown says whether the comma clause holding `at` opens as a breakdown ("43 of them here in Acapulco"). */
function inBreakdown(sentence: string, at: number): boolean {
  return BREAKDOWN.test(sentence.slice(sentence.lastIndexOf(',', at) + 1, at));
}

/** lastPlace returns the place a sentence names last, for the figures of the sentences after it. */
export function lastPlace(sentence: string, cache?: PlaceCache): string | undefined {
  // "45 dead, 43 of them here in Acapulco and two in nearby Coyuca de Benítez": a breakdown's places are its parts',
  // not the place the text goes on speaking of.
  return candidatesOf(sentence, cache)
    .filter((c) => !inBreakdown(sentence, c.at))
    .reduce<Candidate | undefined>((last, c) => (!last || c.at >= last.at ? c : last), undefined)?.place;
}

// "Sumy missile strike live: ...", "Myanmar earthquake live": a live blog's headline names where it happens.
// Only a disaster or an attack is named after its place; "Ukraine war live" covers far more than Ukraine.
const LIVE_HEADLINE = /^(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:earthquake|quake|strikes?|attacks?|fires?|wildfires?|floods?|flooding|storm|hurricane|typhoon|cyclone|shootings?|explosions?|blasts?|crash|collapse|bombings?|landslides?|eruption|tsunami|stampede)\s+live\b/u;

// "El Fasher: latest news on the RSF takeover", "Gaza: live updates": a topic page named after its place.
// "Venezuela post-election protests: top stories", "Sikkim flash floods: full coverage": a few words may name the event.
const TOPIC_HEADLINE = /^(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?:\s+[\p{Ll}-]+){0,3}:\s+(?:[Tt]he\s+)?(?:[Ll]atest(?:\s+news)?|[Ll]ive(?:\s+updates)?|[Uu]pdates|[Ww]hat we know|[Tt]op stories|[Ff]ull coverage)\b/u;

const FIGURES_HEADLINE = /^(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?):\s+(?:[\p{Ll}-]+\s+){0,4}(?:figures|toll|casualties|consequences|aftermath)\b/u;

/** headlinePlace returns the place a live blog's headline is named after, for figures that name none. */
export function headlinePlace(headline: string, body = ''): string | undefined {
  // "Belgorod: updated figures on the consequences of yesterday's shelling": a report's place, when the body
  // speaks of it as one ("Dear Belgorod residents", "Governor of Belgorod Region"), not a speaker's name.
  const report = FIGURES_HEADLINE.exec(headline)?.[1];
  const placed = report && new RegExp(`(?:\\b(?:in|of|Dear)\\s+${report}\\b|\\b${report}\\s+(?:residents|[Rr]egion|[Oo]blast|[Pp]rovince|city)\\b)`, 'u').test(body) ? report : undefined;
  const name = (LIVE_HEADLINE.exec(headline)?.[1] ?? TOPIC_HEADLINE.exec(headline)?.[1] ?? placed)?.replace(/['’]s$/, '');
  // "Cyclone Chido: what we know": a storm's name is no place.
  if (name && /^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical|Tropical Storm|Operation)\b/.test(name)) return undefined;
  // "Israel-Gaza war live" names two sides, not one place.
  // ("Emilia-Romagna floods: what we know" is one region's.)
  const sides = /\p{Lu}\p{Ll}*-\p{Lu}/u.test(name ?? '') && name!.split(/[\s-]+/).some((w) => isCountryOrState(w));
  return name && !NOT_PLACE.test(name) && !sides && !isDemonym(name.split(/\s+/)[0]) ? name : undefined;
}

// "the Russian missile strike on the railway station in Kramatorsk", "a fire at Wang Fuk Court": what happened, and where.
const HEAD_EVENT = new RegExp(`^(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)\\s+${EVENT_NOUN.source.slice(2, -2)}\\b`, 'u');
const EVENT_WORD = new RegExp(`\\b${EVENT_NOUN.source.slice(2, -2)}s?\\b|\\b(?:strike|bombing|shelling|raid|massacre|stabbing|derailment|attacked|crashed|crashes|collapsed|exploded|belly-landed|overshot)\\b`, 'giu');

/** eventPlace returns where a sentence says its disaster or attack happened: the place nearest after an event's
 * noun in it (a city before the country around it), for casualty counts of the item that name no place. */
export function eventPlace(sentence: string, cache?: PlaceCache, topic = false): string | undefined {
  const events = [...sentence.matchAll(EVENT_WORD)].map((m) => m.index!);
  if (!events.length) return undefined;
  // "the landslides that flattened two villages in Kerala's Wayanad district", "Lebanon says ... blasts".
  // "East Africa Briefing: Kenya counts the cost of the protests": a country that is a headline's subject is where
  // its event happened (though "Israel releases 39" names no place of a release).
  const head = [HEAD_SUBJECT.exec(sentence), HEAD_POSSESSIVE.exec(sentence)].find((m) => m && isCountryOrState(m[1]));
  const subject = head ? [{ at: head.index + head[0].length - head[1].length, place: head[1], broad: true }] : [];
  const near = [...candidatesOf(sentence, cache), ...subject].filter((c) => events.some((e) => (c.at >= e && c.at - e <= 90) || (c.at < e && e - c.at <= 50)));
  // "Mozambique unrest: 125 killed ...": a country naming its event at a headline's head places it, asked for when
  // no sentence of the lead names a place (`topic`).
  const named = topic && !near.length ? HEAD_EVENT.exec(sentence) : null;
  if (named && isCountryOrState(named[1])) return named[1];
  return (near.find((c) => !c.broad) ?? near[0])?.place;
}

// "in the district", "across the country": a unit the text named before.
const THE_UNIT = /\b(?:in|across|throughout|around)\s+the\s+(country|district|state|province|region|county|oblast|prefecture|city|town)\b/;

/** unitNamedBefore returns the place "the district" or "the country" of a clause refers to: the last one of that
 * kind the sentences before it named (the nearest first), or undefined. */
export function unitNamedBefore(clause: string, before: string[], cache?: PlaceCache, main?: () => string | undefined): string | undefined {
  const unit = THE_UNIT.exec(clause)?.[1];
  if (!unit) return undefined;
  // "detained in the city": the last place named that is no country, region or district.
  const town = (c: Candidate) => !c.broad && !/\b(?:district|province|region|county|oblast|prefecture|state|area)\b/i.test(c.place);
  const ofUnit = (c: Candidate) => (unit === 'country' ? !!c.broad && !/^(?:north|south|east|west|central)/i.test(c.place) : unit === 'city' || unit === 'town' ? town(c) : new RegExp(`\\b${unit}\\b`, 'i').test(c.place));
  // The story's own district, when its disaster is placed in one, before a neighbouring one named in passing.
  const story = main?.();
  if (story && ofUnit({ at: 0, place: story, ...(isCountryOrState(story) ? { broad: true } : {}) })) return trimUnit(story);
  for (const sentence of [...before].reverse()) {
    const found = candidatesOf(sentence, cache).filter(ofUnit);
    if (found.length) return trimUnit(found.at(-1)!.place);
  }
  return undefined;
}

function trimUnit(place: string): string {
  return place.replace(/\s+(?:district|province|region|county|oblast|prefecture)$/i, '');
}

/** PlaceCache keeps the places of one item's sentences, read once each: a figure's own and those before it. */
export type PlaceCache = Map<string, Candidate[]>;

function candidatesOf(sentence: string, cache?: PlaceCache): Candidate[] {
  const hit = cache?.get(sentence);
  if (hit) return hit;
  const found: Candidate[] = [];
  // In a Title Case headline every word looks like a name ("in First Stage of Exchange").
  if (!isTitleCase(sentence)) {
    // "protests over İmamoğlu's arrest": over a person's something is no place.
    for (const m of sentence.matchAll(IN_PLACE)) if (!(/^over\s/i.test(m[0]) && /['’]s$/.test(m[2]))) add(found, sentence, m.index!, m[2], m[1]);
    // "missiles hit central Israel": a compass part of what was struck is kept, as after "in".
    for (const m of sentence.matchAll(ON_PLACE)) add(found, sentence, m.index!, m[2], m[1]);
    for (const re of [UNIT_OF, NAMED_UNIT]) for (const m of sentence.matchAll(re)) add(found, sentence, m.index!, m[1]);
    for (const m of sentence.matchAll(CAPITAL)) {
      const capital = capitalOf(m[1]);
      if (capital) found.push({ at: m.index!, place: capital, ...(isCountryOrState(capital) ? { broad: true } : {}) });
    }
    const subject = SUBJECT.exec(sentence)?.[0];
    if (subject && isCountryOrState(subject)) found.push({ at: 0, place: subject, broad: true });
    // "..., and Malawi reported 13 deaths": a country reporting its own toll in a later clause.
    for (const m of sentence.matchAll(CLAUSE_SUBJECT)) if (isCountryOrState(m[1])) found.push({ at: m.index! + m[0].indexOf(m[1]), place: m[1], broad: true });
  }
  cache?.set(sentence, found);
  return found;
}

// "struck Tel Aviv, Ramat Gan and Rishon LeZion": three or more names in a list name no single place.
const NAME_LIST_AFTER = /^(?:,\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)+,?\s+and\s+\p{Lu}/u;
const ATTACK_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:attacks?|strikes?|bombardment|offensive|raids?|shelling|air\s+campaign)\b/iu;
const LOCATES_BEFORE = /\p{Lu}[\p{L}’'-]*,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){1,4}$/u;

function add(found: Candidate[], sentence: string, at: number, name: string, direction = ''): void {
  if (NOT_EVENT.test(sentence.slice(Math.max(0, at - 40), at))) return;
  // "in Kunar, Nangarhar and Laghman provinces": a list of places names no single one.
  const end = sentence.indexOf(name, at) + name.length;
  if (PLACE_LIST_AFTER.test(sentence.slice(end, end + 60)) || NAME_LIST_AFTER.test(sentence.slice(end, end + 80))) return;
  // "in Israel's attacks on Iran": the possessor of an attack made it; the place is what it hit.
  if (/['’]s$/.test(name) && ATTACK_AFTER.test(sentence.slice(end, end + 30))) return;
  // "China's Hainan province" is Hainan province, "Ukraine's eastern Donetsk region" (as far as a name goes) is
  // Ukraine; "in Russian attacks" names no place.
  // "South Korea's Muan airport" is Muan: the possessive may end a name of two words.
  const words = name.split(/\s+/);
  const owner = words.findIndex((w) => /['’]s$/.test(w));
  const place = owner >= 0 && owner < words.length - 1 ? words.slice(owner + 1).join(' ') : name.replace(/['’]s$/, '');
  if (NOT_PLACE.test(place) || NOT_PLACE.test(place.split(/\s+/)[0])) return;
  // "at School No. 7", "Hospital No. 3": a numbered building, not where the figure is.
  if (/\sNo$/.test(place) && /^\.\s*\d/.test(sentence.slice(end, end + 4))) return;
  // "in the Europa League", "at the Maha Kumbh festival": a competition or a gathering is no place.
  // ("Alxa League" is an Inner Mongolian prefecture: only a sporting league is no place.)
  if (/(?:Europa|Champions|Premier|Nations|Super|Conference|Major|Football)\s+League$|\s(?:Cup|Championships?|Games|Olympics|Festival|Summit|Conference|Awards?|Prize|Mela|Kumbh)$/.test(place)) return;
  // "in Russian attacks" names no place; "in Fujian evacuated", "in Fujian," do, though the name ends like a
  // nationality: a word that only looks like one is a place unless a noun follows it.
  const head = place.split(/\s+/)[0];
  if (isDemonym(head) && (isNationality(head) || words.length > 1 || /^\s+\p{Ll}+(?<!ed)\b/u.test(sentence.slice(sentence.indexOf(name, at) + name.length)))) return;
  // "in UAE-brokered talks", "a US-led coalition": a name turned into a modifier names no place.
  if (/-\p{Ll}+$/u.test(place.split(/\s+/)[0])) return;
  // "in eastern Spain" is more specific than Spain; "in northern Kyiv" is still Kyiv.
  const part = direction.trim().split(/\s+/).at(-1) ?? '';
  const broad = isCountryOrState(place);
  // "In Letur, a hill village in Albacete province,": the place in an appositive only locates the one before it.
  const locator = LOCATES_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));
  found.push({ at, place: part && broad ? `${part.toLowerCase()} ${place}` : place, ...(broad || locator ? { broad: true } : {}) });
}

function isTitleCase(sentence: string): boolean {
  // A sentence that ends like one is body text, however many names it holds ("Polish Prime Minister Donald Tusk said").
  if (/[.!?]["”’)]*\s*$/.test(sentence)) return false;
  const words = sentence.match(/\b\p{L}{4,}\b/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

// "Moscow Mayor Sergei Sobyanin", "the mayor of Kharkiv", "Kyiv's mayor": the city an official runs.
const MAYOR = /\b(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?:['’]s)?\s+[Mm]ayor\b|\b[Mm]ayor\s+of\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)/u;

/** mayorsCity returns the city whose mayor a sentence names, which its "the city" refers to. */
export function mayorsCity(sentence: string): string | undefined {
  const m = MAYOR.exec(sentence);
  const city = m?.[1] ?? m?.[2];
  return city && !NOT_PLACE.test(city) && !isDemonym(city) ? city : undefined;
}
