/** Comparable forms of the places and actors claims name, so that "Kiev", "Kyiv" and "the Kyiv region" meet. */

/** Spellings that name the same place or party (transliterations, demonyms), written as their comparable form. */
const ALIASES: Record<string, string> = {
  kiev: 'kyiv',
  kyivan: 'kyiv',
  kharkov: 'kharkiv',
  odessa: 'odesa',
  lvov: 'lviv',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  russian: 'russia',
  russians: 'russia',
  'russian federation': 'russia',
  israeli: 'israel',
  israelis: 'israel',
  palestinian: 'palestine',
  iranian: 'iran',
  lebanese: 'lebanon',
  syrian: 'syria',
  american: 'united states',
  us: 'united states',
  usa: 'united states',
  'u.s.': 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  british: 'united kingdom',
  gaza: 'gaza strip',
  turkish: 'turkey',
  turkiye: 'turkey',
  chinese: 'china',
  japanese: 'japan',
};

/** Words for a country's first-level division, one of which is written: "Donetsk Oblast" is the Donetsk region. */
const REGION_WORDS = /\s+(region|oblast|province|governorate|prefecture)$/;

/** Words that name an arm of a party rather than the party: Ukraine's air force downs Ukraine's drones count. */
const ACTOR_ARMS =
  /\s+(air force|air defen[cs]e(s| forces)?|armed forces|military|army|navy|forces|troops|defen[cs]e ministry|ministry of defen[cs]e|government|authorities|officials)$/;

function baseForm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9. ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function alias(name: string): string {
  return ALIASES[name] ?? name;
}

/**
 * comparablePlace is a place name reduced to what tells it apart: case, accents and "the" go, known aliases meet,
 * and "Oblast", "province" and "region" are one word. A city and its region stay apart (Kyiv is not Kyiv Oblast).
 */
export function comparablePlace(place: string | undefined): string {
  if (!place) return '';
  const name = baseForm(place)
    .replace(/^city of\s+/, '')
    .replace(/\s+city$/, '')
    .replace(/^(region|province|oblast) of\s+(.+)$/, '$2 region');
  const region = REGION_WORDS.exec(name);
  if (region) return `${alias(name.slice(0, region.index))} region`;
  return alias(name);
}

/** comparableActor is a party's name reduced to the party: "Ukraine's air force" and "Ukrainian forces" are Ukraine. */
export function comparableActor(actor: string | undefined): string {
  if (!actor) return '';
  const name = alias(baseForm(actor));
  const party = name.replace(ACTOR_ARMS, '');
  return alias(party || name);
}
