/** Word lists the extractor leans on: who can be counted, which words glue a phrase, and where things are. */
import { stem } from './tokens.ts';

const stems = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(stem));

/** PEOPLE holds (stemmed) nouns for people, the usual thing a tracked figure counts. */
export const PEOPLE = stems(`
  people person persons civilians civilian soldiers soldier servicemen serviceman servicewomen personnel troops
  members prisoners prisoner pows pow captives detainees hostages hostage children child kids women men residents
  migrants refugees fighters militants protesters demonstrators workers passengers victims bodies individuals
  citizens nationals inmates students pilgrims tourists miners crew officers firefighters rescuers patients
  families warriors defenders combatants fishermen sailors journalists doctors nurses staff volunteers survivors
  villagers infants babies teenagers adults elderly guards policemen others`);

/** STOP holds (stemmed) words that end a noun phrase and may not sit inside a term. */
export const STOP = stems(`
  a an the of in on at from to with by for into over during since after before as and or but nor were was are is
  be been being have has had will would could should may might must who which that this these those each per while
  when than including among across near under about around there their its his her our them they it he she we
  also more another other said says say told`);

/** AUX holds (stemmed) auxiliaries and determiners that may sit inside a term ("drones were shot down"). */
export const AUX = stems('were was are is be been being have has had the their its his her all');

// [country, demonym, capital]: enough to read "the Ukrainian capital" as Kyiv and "Ukrainian troops" as Ukraine.
const COUNTRIES: Array<[string, string, string]> = [
  ['Ukraine', 'Ukrainian', 'Kyiv'], ['Russia', 'Russian', 'Moscow'], ['Israel', 'Israeli', 'Jerusalem'],
  ['Iran', 'Iranian', 'Tehran'], ['Syria', 'Syrian', 'Damascus'], ['Lebanon', 'Lebanese', 'Beirut'],
  ['Turkey', 'Turkish', 'Ankara'], ['Yemen', 'Yemeni', 'Sanaa'], ['Iraq', 'Iraqi', 'Baghdad'],
  ['Sudan', 'Sudanese', 'Khartoum'], ['Afghanistan', 'Afghan', 'Kabul'], ['Pakistan', 'Pakistani', 'Islamabad'],
  ['India', 'Indian', 'New Delhi'], ['China', 'Chinese', 'Beijing'], ['Japan', 'Japanese', 'Tokyo'],
  ['Taiwan', 'Taiwanese', 'Taipei'], ['Belarus', 'Belarusian', 'Minsk'], ['Poland', 'Polish', 'Warsaw'],
  ['Germany', 'German', 'Berlin'], ['France', 'French', 'Paris'], ['Britain', 'British', 'London'],
  ['United States', 'American', 'Washington'], ['Mexico', 'Mexican', 'Mexico City'], ['Nepal', 'Nepalese', 'Kathmandu'],
  ['Morocco', 'Moroccan', 'Rabat'], ['Libya', 'Libyan', 'Tripoli'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Haiti', 'Haitian', 'Port-au-Prince'], ['Ethiopia', 'Ethiopian', 'Addis Ababa'], ['Somalia', 'Somali', 'Mogadishu'],
  ['Nigeria', 'Nigerian', 'Abuja'], ['Kenya', 'Kenyan', 'Nairobi'], ['Georgia', 'Georgian', 'Tbilisi'],
  ['Armenia', 'Armenian', 'Yerevan'], ['Azerbaijan', 'Azerbaijani', 'Baku'], ['Philippines', 'Filipino', 'Manila'],
  ['Indonesia', 'Indonesian', 'Jakarta'], ['Thailand', 'Thai', 'Bangkok'], ['Saudi Arabia', 'Saudi', 'Riyadh'],
  ['Qatar', 'Qatari', 'Doha'], ['Greece', 'Greek', 'Athens'], ['Italy', 'Italian', 'Rome'], ['Spain', 'Spanish', 'Madrid'],
  ['Chile', 'Chilean', 'Santiago'], ['Peru', 'Peruvian', 'Lima'], ['Ecuador', 'Ecuadorian', 'Quito'],
];

/** countryOf reads a country from a name, demonym or possessive ("Ukrainian troops", "Russia's forces"). */
export function countryOf(phrase: string): string | undefined {
  for (const [country, demonym] of COUNTRIES) {
    if (new RegExp(`\\b(?:${country}|${demonym}s?)\\b`).test(phrase)) return country;
  }
  return undefined;
}

/** capitalOf returns the capital a demonym or country names ("Ukrainian" -> "Kyiv"). */
export function capitalOf(word: string): string | undefined {
  return COUNTRIES.find(([country, demonym]) => word === country || word === demonym)?.[2];
}

/** isDemonym says whether a capitalised word is a nationality adjective ("Russian attacks") rather than a place. */
export function isDemonym(word: string): boolean {
  return COUNTRIES.some(([, demonym]) => word === demonym) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$/u.test(word);
}

/** isPeopleWord says whether a token names people, demonym plurals ("Ukrainians") included. */
export function isPeopleWord(text: string, norm: string): boolean {
  return PEOPLE.has(norm) || /^\p{Lu}\p{Ll}+(?:ans|is|ese)$/u.test(text);
}
