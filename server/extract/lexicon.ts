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
  villagers infants babies teenagers adults elderly guards policemen others climbers hikers divers swimmers trekkers
  mountaineers skiers fans spectators worshippers shoppers commuters motorists drivers cyclists pedestrians bystanders
  voters athletes players supporters activists teachers medics paramedics marines recruits conscripts convicts youths
  pupils schoolchildren toddlers girls boys locals farmers herders labourers laborers employees staffers policewomen
  reporters photographers inhabitants tenants occupants guests visitors travellers travelers seekers evacuees casualties
  rioters looters insurgents rebels gunmen attackers crew crewmen seafarers relatives sons daughters mothers fathers
  wives husbands parents girls elders man woman boy girl baby teenager toddler clerics priests monks nuns soldiers servicemembers sergeants generals colonels
  campers counselors counsellors terrorists assailants jihadists separatists raiders bombers hijackers kidnappers`);

/** STOP holds (stemmed) words that end a noun phrase and may not sit inside a term. */
export const STOP = stems(`
  a an the of in on at from to with by for into over during since after before as and or but nor were was are is
  be been being have has had will would could should may might must who which that this these those each per while
  when than including among across near under about around there their its his her our them they it he she we
  also more another other said says say told off near via through towards toward amid despite inside outside along aboard
  behind beyond below above against between within without throughout onto upon until`);

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

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
  Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming`.split(/\s+/);
const BROAD = new Set([
  ...COUNTRIES.map(([country]) => country), ...US_STATES, 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Canada', 'Australia', 'Brazil', 'Argentina', 'Colombia', 'Venezuela', 'Bangladesh', 'Myanmar', 'Vietnam', 'Malaysia', 'Algeria',
  'Tunisia', 'Congo', 'Tanzania', 'Uganda', 'Ghana', 'Mali', 'Niger', 'Chad', 'Cameroon', 'South Africa', 'Mozambique', 'Zimbabwe',
  'Kazakhstan', 'Uzbekistan', 'Jordan', 'Palestine', 'Portugal', 'Netherlands', 'Belgium', 'Switzerland', 'Austria', 'Sweden',
  'Norway', 'Finland', 'Denmark', 'Ireland', 'Hungary', 'Romania', 'Moldova', 'Bulgaria', 'Serbia', 'Croatia', 'Slovenia', 'Slovakia',
  'Czech Republic', 'Lithuania', 'Latvia', 'Estonia', 'South Korea', 'North Korea', 'New Zealand', 'Sri Lanka', 'Cuba', 'Honduras',
  'Guatemala', 'Nicaragua', 'Bolivia', 'Paraguay', 'Uruguay', 'Malawi', 'Zambia', 'Madagascar', 'Jamaica', 'Mayotte', 'United Kingdom', 'UK', 'US', 'USA', 'UAE', 'United Arab Emirates', 'Gaza', 'West Bank',
]);

/** isCountryOrState says whether a place is a whole country or a US state, broader than a city or district. */
export function isCountryOrState(place: string): boolean {
  return BROAD.has(place.replace(/^the\s+/i, ''));
}

/** countryOf reads a country from a name, demonym or possessive ("Ukrainian troops", "Russia's forces"). */
export function countryOf(phrase: string): string | undefined {
  for (const [country, re] of COUNTRY_PATTERNS) if (re.test(phrase)) return country;
  return undefined;
}

// Compiled once: countryOf runs for every figure with an actor or a national source.
const COUNTRY_PATTERNS: Array<[string, RegExp]> = COUNTRIES.map(([country, demonym]) => [country, new RegExp(`\\b(?:${country}|${demonym}s?)\\b`)]);

/** capitalOf returns the capital a demonym or country names ("Ukrainian" -> "Kyiv"). */
export function capitalOf(word: string): string | undefined {
  return COUNTRIES.find(([country, demonym]) => word === country || word === demonym)?.[2];
}

/** isNationality says whether a word is a known country's demonym ("Ukrainian"), not merely shaped like one. */
export function isNationality(word: string): boolean {
  return COUNTRIES.some(([, demonym]) => word === demonym);
}

/** isDemonym says whether a capitalised word is a nationality adjective ("Russian attacks") rather than a place. */
export function isDemonym(word: string): boolean {
  return COUNTRIES.some(([, demonym]) => word === demonym) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$/u.test(word);
}

/** isPeopleWord says whether a token names people, demonym plurals ("Ukrainians") included. */
export function isPeopleWord(text: string, norm: string): boolean {
  return PEOPLE.has(norm) || /^\p{Lu}\p{Ll}+(?:ans|is|ese)$/u.test(text);
}
