/** Whole-item cues each sentence leans on: is this a swap of prisoners, and on which day did the disaster strike. */
import { addDays } from './dates.ts';
import type { DateMention } from './dates.ts';
import { parseNumberWords } from './numbers.ts';

/** DocumentCues is what the item as a whole says about the event it reports. */
export interface DocumentCues {
  /** People change hands both ways ("swap", "prisoner exchange"), so a release is part of an exchange. A text
   * about hostages is a one-way release even when it calls the deal an exchange. */
  swap: boolean;
  /** The item speaks of prisoners, hostages or captivity at all, so "freed 30 people" can be a release. */
  captives: boolean;
  /** The item speaks of hostages: people freed with no agent named are most likely hostages. */
  hostages: boolean;
  /** The day the disaster, attack or unrest began, when the text says ("the earthquake that struck on Monday"). */
  eventDay?: string;
  /** The day a truce or ceasefire took effect: "since the truce began" runs from it, but it kills no one, so
   * casualty counts told later are no running totals of it. */
  truceDay?: string;
}

const SWAP = /\bswap(?:s|ped|ping)?\b|\bexchang(?:e|es|ed|ing)\b/gi;
const NOT_SWAP_AFTER = /^\s+(?:of\s+fire|rates?)\b/i;
const HOSTAGES = /\bhostages?\b/i;
const PRISONER_SWAP = /(?<!\bhostages?[-\s](?:(?:and|for)\s+)?)\bprisoner\s+(?:swap|exchange)s?\b/i;
const CAPTIVES = /\b(?:prisoners?|detainees?|hostages?|captives?|captivity|inmates?|POWs?|prisoners of war)\b/i;
// A verb that says the event itself began, with or without a noun naming it.
const STRUCK = /\b(?:struck|made landfall|burst|gave way|erupted|broke out|open(?:ed|ing) fire|collapsed|stormed|capsized|sank|exploded|blew up|hijacked|tore through|tore into|smashed into|ripped through|swept through|slammed into)\b/i;
export const EVENT_NOUN = /\b(?:rains?|rainfall|downpours?|heatwave|heat wave|quakes?|earthquakes?|tremors?|storms?|hurricane|typhoon|cyclone|flood(?:s|ing|waters?)?|fires?|wildfires?|blaze|collapse|explosions?|blasts?|attacks?|strikes|(?:missile|air|drone|rocket)\s+strike|shootings?|crash|sinking|landslides?|eruptions?|tsunami|unrest|riots?|protests?|clashes|violence|disaster|accident|stampede|derailment|outbreak|ceasefire|truce)\b/i;
const POSSESSIVE_EVENT = new RegExp(`^(?:\\s+(?:night|morning|evening|afternoon))?['’]s\\s+(?:[\\p{L}-]+\\s+){0,4}?${EVENT_NOUN.source.slice(2, -2)}\\b`, 'iu');
const TRUCE = /\b(?:truce|ceasefire|cease-fire)\b/i;
// The event nouns that are no truce: a truce named beside one of them leaves the day the disaster's.
const DISASTER = new RegExp(EVENT_NOUN.source.replace(/\|ceasefire\|truce/, ''), 'i');
const EVENT_ON = new RegExp(`${EVENT_NOUN.source}\\s+(?:(?:late|early)\\s+)?(?:on|of)\\s+(?:the\\s+night\\s+of\\s+)?$`, 'i');
const BEGAN = /\b(?:began|started|occurred|happened|hit|surged|first reported|was reported|erupted|broke out|took effect|came into (?:effect|force))\b/i;
// "since clashes turned deadly on July 16", "the fires that have burned since Tuesday": the event has run since that day.
const SINCE_EVENT = new RegExp(`\\bsince\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,6}?${EVENT_NOUN.source.slice(2, -2)}\\b[^.;]*$|${EVENT_NOUN.source.slice(2, -2)}\\b(?:\\s+[\\p{L}-]+){0,8}?\\s+since\\s+$`, 'iu');
// "three days after the rain fell", "two days after the quake struck": the event N days before the sentence's day.
// "one week after the Dana": weeks count back too. "A week ago, a storm system dumped ...": fronting the sentence.
const DAYS_AFTER = new RegExp(`\\b(\\w+)\\s+(days|weeks?)\\s+after\\s+(?=[^.;]{0,80}?${EVENT_NOUN.source.slice(2, -2)})|(?:^|\\n)\\s*(\\w+)\\s+(days?|weeks?)\\s+ago,\\s+(?=[^.;\\n]{0,80}?${EVENT_NOUN.source.slice(2, -2)})`, 'gi');
// "The crisis began with an attack on tourists on April 22": the day a crisis or war began is its background, not
// the day of a disaster whose toll the later counts keep.
const CRISIS_BEGAN = /\b(?:crisis|war|conflict|stand-?off|tensions|dispute|confrontation|escalation|hostilities)\s+(?:(?:was|were)\s+)?(?:began|started|erupted|broke out|triggered|sparked|set off)\s+(?:with|by|after|when)\b/i;
// "still missing after more than a week of torrential rain": the event began that long before the report.
const WEEKS_OF = new RegExp(`\\bafter\\s+(?:more\\s+than\\s+|nearly\\s+|almost\\s+|over\\s+)?(\\w+)\\s+(days?|weeks?)\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_NOUN.source.slice(2, -2)}\\b`, 'giu');
// An event older than this is the background of a war or a crisis, not the disaster whose toll is rising.
const MAX_AGE_DAYS = 31;

/** readDocument finds the item-wide cues from its text and the dates it names. */
export function readDocument(text: string, dates: DateMention[], publishedDay: string): DocumentCues {
  // A "prisoner swap" named as such is one, whatever a quote says about hostages ("a ransom of $1.2 billion per hostage").
  const swap = (!HOSTAGES.test(text) || PRISONER_SWAP.test(text)) && [...text.matchAll(SWAP)].some((m) => {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    // "in exchange for" means "in return for"; "an exchange of fire" is no swap either.
    if (/^\s+for\b/i.test(after) && /\bin\s$/i.test(text.slice(Math.max(0, m.index! - 3), m.index!))) return false;
    return !NOT_SWAP_AFTER.test(after);
  });
  const oldest = addDays(publishedDay, -MAX_AGE_DAYS);
  let eventDay: string | undefined;
  let truceDay: string | undefined;
  for (const d of dates) {
    if ((d.kind !== 'day' && d.kind !== 'weekday') || d.date >= publishedDay || d.date < oldest) continue;
    // The clause around the day: "the earthquake that struck Turkey and Syria on Monday", "killed on Tuesday
    // when police opened fire", "Friday night's attack".
    // "made landfall near New Hope, St. Elizabeth, at about noon on Tuesday": an abbreviation's period ends nothing.
    const lead = text.slice(Math.max(0, d.start - 120), d.start).split(/(?<!\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Lt|Col|Hon|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec))[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})|[;\n]/u).pop()!;
    const tail = text.slice(d.end, d.end + 60).split(/[.!?;\n]/)[0];
    const around = `${lead} ${tail}`;
    if (CRISIS_BEGAN.test(lead)) continue;
    // "Friday night's attack", "the attack on Friday night": a day that names the event itself.
    // "the July 4 floods": a day before the event's noun names it too.
    const namesEvent = EVENT_NOUN.test(tail.slice(0, 30));
    // "Sunday's Russian ballistic missile strike": a possessive may take a few modifiers before the event's noun.
    const eventOf = (d.possessive && (namesEvent || POSSESSIVE_EVENT.test(tail))) || (namesEvent && /\bthe\s+$/i.test(lead) && /^[\s\p{L}-]*$/u.test(tail.slice(0, tail.search(EVENT_NOUN)))) || EVENT_ON.test(lead + (/^(?:on|of)\s+/i.exec(d.text)?.[0] ?? ''));
    if (eventOf || STRUCK.test(around) || (EVENT_NOUN.test(around) && BEGAN.test(around)) || (/since/i.test(lead) && SINCE_EVENT.test(lead))) {
      if (TRUCE.test(around) && !STRUCK.test(around) && !DISASTER.test(around)) {
        if (!truceDay || d.date < truceDay) truceDay = d.date;
      } else if (!eventDay || d.date < eventDay) eventDay = d.date;
    }
  }
  for (const m of /\b(?:days?|weeks?)\s+(?:after|ago)\b/i.test(text) ? text.matchAll(DAYS_AFTER) : []) {
    const word = m[1] ?? m[3];
    const count = /^(?:a|one)$/i.test(word) ? 1 : /^\d+$/.test(word) ? Number(word) : parseNumberWords(word);
    const n = count ? count * (/^week/i.test(m[2] ?? m[4]) ? 7 : 1) : 0;
    if (!n || n > MAX_AGE_DAYS) continue;
    // "Nine days ago, a strike on Kryvyi Rih killed 20": an ago-sentence that counts tells an earlier event's toll;
    // "less than two weeks after Hurricane Helene killed 230": the same for an earlier event told after "after".
    if (/\d|\b(?:kill|died|dead)/i.test((m[3] ? text.slice(m.index!, m.index! + 200).split(/[.!?](?:\s|$)/)[0] : text.slice(m.index! + m[0].length, m.index! + 200).split(/[.!?,;](?:\s|$)/)[0]))) continue;
    // Counted back from the day the sentence names, else from publication.
    const from = text.lastIndexOf('\n', m.index!) + 1;
    const to = text.indexOf('\n', m.index!);
    const named = dates.find((d) => (d.kind === 'day' || d.kind === 'weekday') && d.start >= from && (to < 0 || d.end <= to) && d.date <= publishedDay);
    // "A week ago" counts back from publication only.
    const day = addDays((m[3] ? undefined : named?.date) ?? publishedDay, -n);
    if (day >= oldest && (!eventDay || day < eventDay)) eventDay = day;
  }
  for (const m of text.includes(' of ') ? text.matchAll(WEEKS_OF) : []) {
    const n = /^(?:a|one)$/i.test(m[1]) ? 1 : /^\d+$/.test(m[1]) ? Number(m[1]) : parseNumberWords(m[1]);
    const days = n ? n * (/^week/i.test(m[2]) ? 7 : 1) : 0;
    const day = addDays(publishedDay, -days);
    if (days > 0 && day >= oldest && (!eventDay || day < eventDay)) eventDay = day;
  }
  return { swap, captives: CAPTIVES.test(text), hostages: HOSTAGES.test(text), ...(eventDay ? { eventDay } : {}), ...(truceDay ? { truceDay } : {}) };
}
