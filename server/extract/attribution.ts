/** Attribution and actor: who the outlet says gave a figure, and who did what the figure counts. */
import { countryOf, isPeopleWord } from './lexicon.ts';
import { stem } from './tokens.ts';

const SAID = '(?:said|says|say|wrote|writes|reported|reports|told|announced|announces|stated|added|claimed|confirmed|posted|tweeted|estimated|estimates|put|puts|counted|counts|listed|lists)';
const SAID_WORD = new RegExp(`\\b${SAID}\\b`, 'i');
const ACCORDING = /\baccording to\s+([^,.;:“”"]+?)(?=\s*(?:[,.;:“”"]|$))/i;
// ", the AP said", "” Andrii Sybiha, Ukraine's Minister of Foreign Affairs, said"
const AFTER = new RegExp(`[,”"]\\s*[”"]?\\s*([^,;.“”"]{2,80}?)(?:,\\s*([^,;“”"]{2,80}),)?\\s+${SAID}\\b`, 'gi');
// "told reporters on Thursday that": whom a source told is part of its statement's words.
const TOLD_WHOM = '(?:\\s+(?:reporters|journalists|lawmakers|parliament|the\\s+(?:BBC|AP|AFP|press|media)|a\\s+news\\s+conference|state\\s+(?:media|television|TV)))?';
// "Russia's Defense Ministry said its forces...", "Russia Says 307 POWs..."
// "In North Carolina, Buncombe County officials said", "Turkish President Tayyip Erdogan, visiting Hatay, said".
// "Paiporta, a town of about 27,000, is the worst hit: its mayor, Maribel Albalat, said on Monday that": a lead
// clause ending in a colon may come before the speaker.
// "About three hours earlier, the ministry had put the toll at 356": a fronted time may come first too.
const BEFORE = new RegExp(`^[“"]?\\s*(?:(?:(?:In|On|At|Across|Elsewhere|Meanwhile|Earlier|Later|Separately)\\b[^,;“”"]{0,40}|(?:[A-Za-z]+\\s+){0,3}(?:hours?|minutes?|days?|weeks?)\\s+(?:earlier|later|before|after|ago)),\\s*)?([^,;“”"]{2,60}?)(?:,\\s*([^,;“”"]{2,120}),)?(?:\\s+(?:had|has|have))?\\s+(?:(?:first|later|also|then|initially|earlier|now|separately)\\s+)?${SAID}\\b${TOLD_WHOM}(?:\\s+(?:on|in)\\s+[^,]{1,40}?|\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\\s+(?:morning|afternoon|evening|night))?)?(?:\\s+that)?(?:\\s*:\\s*|\\s)`, 'i');
const BEFORE_COLON = new RegExp(`^[“"]?\\s*[^:;“”"]{1,120}?:\\s+(?=[a-z]+\\s+[a-z]+,)(?:(?:(?:In|On|At|Across|Elsewhere|Meanwhile|Earlier|Later|Separately)\\b[^,;“”"]{0,40}|(?:[A-Za-z]+\\s+){0,3}(?:hours?|minutes?|days?|weeks?)\\s+(?:earlier|later|before|after|ago)),\\s*)?([^,;“”"]{2,60}?)(?:,\\s*([^,;“”"]{2,120}),)?(?:\\s+(?:had|has|have))?\\s+(?:(?:first|later|also|then|initially|earlier|now|separately)\\s+)?${SAID}\\b${TOLD_WHOM}(?:\\s+(?:on|in)\\s+[^,]{1,40}?|\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\\s+(?:morning|afternoon|evening|night))?)?(?:\\s+that)?(?:\\s*:\\s*|\\s)`, 'i');
/** beforeMatch reads "X said (that)" opening a sentence, or opening it after a lead clause that ends in a colon. */
function beforeMatch(sentence: string): RegExpExecArray | null {
  return BEFORE.exec(sentence) ?? (sentence.includes(':') ? BEFORE_COLON.exec(sentence) : null);
}
const LOWER_AGENTS =
  /^(?:(?:the|an?)\s+)?(?:[\p{L}’'-]+\s+){0,6}(?:officials?|governors?|authorities|police|chiefs|rescuers|witnesses|medics|doctors|sources|officers|spokes(?:man|woman|person)|ministry|ministries|military|army|navy|forces?|guard|coastguard|services?|residents|prosecutors|investigators|monitors|observers|media|administration|agency|agencies|authority|office|council|government|department|headquarters|committee|commission|cent(?:er|re)|command|organi[sz]ers|activists|hospitals?|staff|groups?|charity|charities|volunteers|coordinators?|managers?|generals?|regions?|envoys?|ambassadors?|diplomats?|examiners?|coroners?|mayors?|sheriffs?|junta|regime|governments?|airlines?|carriers?|compan(?:y|ies)|operators?|firms?|utilit(?:y|ies)|ministers?|secretar(?:y|ies)|prefectures?|prefects?|wings?|bureaus?|directorates?|organi[sz]ations?|networks?|societ(?:y|ies))$/iu;
const TITLE = /\b(?:\p{Ll}+\s+minister|Gov|Sen|Rep|Gen|Dr|Mr|Mrs|Ms|Prof|Hon|[Pp]resident|Prime Minister|Minister|Foreign Minister|Defen[cs]e Minister|[Gg]overnor|[Mm]ayor|[Ss]pokes(?:man|woman|person)|Chancellor|Secretary|[Cc]ommander|Chief|[Hh]ead|[Ss]heriff|[Cc]hief)\b(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?\s+(?=\p{Lu})/gu;
const SUBJECT =
  /^((?:its|their)\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s+(?:air force|air defen[cs]es?|forces|troops|army|military|navy|units|soldiers|defenders|gunners))?)\s+(?!(?:and|or|of)\b)(?:also\s+)?\p{Ll}/u;
// ", said Oleksandr Vilkul, head of the city's military administration."
const INVERTED = new RegExp(`[,”"]\\s*[”"]?\\s*${SAID}\\s+((?:the\\s+)?\\p{Lu}[^,;.“”"]{1,60})`, 'gu');
// "Gov. Janet Mills": the period of a title is no sentence end and no clause break.
const ABBREVIATED_TITLE = /\b(Gov|Sen|Rep|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Prof|Sgt|Capt|Maj|Insp|Supt|Cmdr|Hon)\./g;
const ANNOUNCED = /\b(?:was|were|had been|has been)\s+(?:announced|confirmed|reported)\s+by\s+([^,.;]+?)(?=\s+and\b|\s+in\s+a\b|[,.;]|$)/i;
const ASIDE_ON_SUBJECT = /^[^,;“”"]{2,60},\s*(?:which|who)\s[^,;“”"]*$/;
// "K. Rajan", "John F. Kennedy": an initial's period is no clause break either.
const INITIAL = /\b(\p{Lu})\.(?=\s\p{Lu})/gu;
const SECOND_SPEAKER = /,\s*(?:and|while|but)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:reported|recorded|confirmed|counted|said)\s+(?:(?:at\s+least|about|nearly|more\s+than|some|over)\s+)?$/u;
// ", when the Constitutional Council confirmed": a clause opened by a conjunction names no source; nor does a
// phrase ending in a pronoun ("Over the same period it counted").
const GIVER_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:that\s+|which\s+)?((?:the\s+)?(?!(?:that|which)\b)[\p{L}’'-]+(?:\s+(?!(?:that|which)\b)[\p{L}’'-]+){0,3}?)\s+(?:had\s+|has\s+)?(?:given|gave|reported|announced|issued|released)\b/u;
// "the U.N. migration agency says": an initialism's dots are no clause breaks; they are kept as a look-alike dot
// while sources are read, and given back in the name.
const INITIALISM = /\b(?:\p{Lu}\.){2,}/gu;
const DOT = '\u2024';
const NOT_AGENT = /^(?:and|but|which|who|it|they|he|she|we|this|that|there|when|where|while|as|after|before|since|if|because|although|though|until|once)\b|\b(?:it|they|he|she|we)$/i;

/** findAttribution returns who the sentence says gave the number at [from, to), if it says. */
export function findAttribution(sentence: string, from: number, to: number): string | undefined {
  // "Officials in Mozambique said 70 had been killed there, and Malawi reported 13 deaths": a second speaker.
  const second = SECOND_SPEAKER.exec(sentence.slice(Math.max(0, from - 60), from));
  if (second && isAgent(second[1])) return clean(second[1]);
  const { according, after, before, owner } = sourcesOf(sentence);
  if (according && !overlaps(according.at, according.end, from, to)) return according.who;
  const following = after.find((a) => a.at >= to);
  if (following) return following.who;
  if (before && before.end <= from) return before.who;
  // "The agency, which had put the number of dead at 670, said ...": a relative clause on the speaker is its own.
  if (before && from < before.end && ASIDE_ON_SUBJECT.test(sentence.slice(0, from))) return before.who;
  // "Rescuers found 30 bodies, the provincial government said, and 53 people were unaccounted for": a source
  // named earlier in the sentence speaks for the rest of it.
  const last = after.filter((a) => a.end <= from).at(-1)?.who ?? (owner && owner.end <= from ? owner.who : undefined);
  if (last) return last;
  // "Minister Nello Musumeci gave a lower figure on Saturday, saying about 26,000 people had been evacuated".
  const saying = SAYING.exec(sentence);
  if (saying && saying[0].length <= from && isAgent(saying[1])) return clean(saying[1]);
  // "The tally climbed all day ...: by mid-afternoon the ministry counted 182 dead": a speaker after a colon.
  const colon = sentence.lastIndexOf(':', from);
  const tail = colon > 0 ? sentence.slice(colon + 1).trimStart().replace(BY_HOUR, '') : '';
  const rest = tail ? BEFORE.exec(tail) : null;
  // Only a speaker before the figure: "Odisha revises toll to 275 after bodies counted twice" names none.
  return rest && isAgent(rest[1]) && sentence.length - tail.length + rest[0].length <= from ? clean(named(rest[1], rest[2])) : undefined;
}

const SAYING = /^((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*)\s+\p{Ll}[^,;:]{0,60},\s+(?:saying|adding|noting|writing|telling\s+[\p{L}\s]{1,30}?)\s+(?:that\s+)?/u;
const BY_HOUR = /^(?:by|at|in)\s+(?:the\s+)?(?:mid-?|early\s+|late\s+)?(?:morning|afternoon|evening|midday|noon|nightfall|dawn)\s+/i;

/** giverAfter returns who a relative clause right after a figure says gave it ("the first toll of 103 dead that
 * state media had given", "down from the 95 the health ministry gave"): that figure's source alone, not the
 * speaker the sentence goes on with. */
export function giverAfter(sentence: string, to: number): string | undefined {
  const giver = GIVER_AFTER.exec(sentence.slice(to, to + 80));
  return giver && isAgent(giver[1]) && !/^(?:the\s+)?(?:they|it|he|she|we|who|which)$/i.test(giver[1]) ? clean(giver[1]) : undefined;
}

/** namesSpeaker says whether a sentence has a speaking verb of its own ("in what officials said is"), so it does
 * not simply run on the statement before it. */
export function namesSpeaker(sentence: string): boolean {
  return SAID_WORD.test(sentence) || /according to/i.test(sentence);
}

/** statementSource returns who a sentence without figures says is speaking ("Qatar, which brokered the deal,
 * said the truce would be extended"), for the sentences after it in its paragraph. */
export function statementSource(sentence: string): string | undefined {
  // Most sentences name no speaker: one cheap look before the full search.
  if (!SAID_WORD.test(sentence) && !/according to/i.test(sentence) && !/['’]s\s/.test(sentence)) return undefined;
  const { according, after, before, owner } = sourcesOf(sentence);
  return before?.who ?? after.at(-1)?.who ?? according?.who ?? owner?.who;
}

interface Source {
  who: string;
  at: number;
  end: number;
}

let cached: { sentence: string; according?: Source; after: Source[]; before?: Source; owner?: Source } = { sentence: '\u0000', after: [] };

// "the Interior Ministry's first toll, at about 14:00, was 21 dead": whose toll it is gave it.
const OWNED_TALLY = /['’]s?\s+(?:(?:first|latest|final|official|updated|new|provisional|initial|own|revised)\s+){0,2}(?:death\s+)?(?:toll|count|tally|figures|estimate|numbers)\b/g;
const TALLY_OWNER = /((?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:\p{Lu}[\p{L}’'-]*|ministry|agency|police|military|army|service|office|authorities|government))['’]s?\s+(?:(?:first|latest|final|official|updated|new|provisional|initial|own|revised)\s+){0,2}(?:death\s+)?(?:toll|count|tally|figures|estimate|numbers)\b/u;

/** sourcesOf finds every way the sentence names a source once; its numbers then pick the one that covers them. */
function sourcesOf(raw: string): typeof cached {
  if (cached.sentence === raw) return cached;
  const sentence = raw.replace(ABBREVIATED_TITLE, '$1 ').replace(INITIAL, '$1 ').replace(INITIALISM, (m) => m.replace(/\./g, DOT));
  const a = ACCORDING.exec(sentence);
  const after = [...sentence.matchAll(AFTER), ...sentence.matchAll(INVERTED)]
    .filter((m) => isAgent(m[1]))
    .map((m) => ({ who: clean(named(m[1], m[2])), at: m.index!, end: m.index! + m[0].length }))
    .sort((x, y) => x.at - y.at);
  // "The Office of Civil Defense in Central Visayas has just updated its count: 69 people are confirmed dead".
  const b = beforeMatch(sentence) ?? COUNT_LEAD.exec(sentence) ?? (sentence.includes(':') ? GAVE_FIGURES.exec(sentence) : null);
  const owner = sentence.includes('’s') || sentence.includes("'s") ? tallyOwner(sentence) : undefined;
  cached = {
    sentence: raw,
    ...(a ? { according: { who: clean(a[1]), at: a.index, end: a.index + a[0].length } } : {}),
    after,
    ...(b && isAgent(b[1]) ? { before: { who: clean(named(b[1], b[2])), at: 0, end: b[0].length } } : {}),
    ...(owner ? { owner } : {}),
  };
  return cached;
}

/** tallyOwner returns whose toll a sentence names ("the Interior Ministry's first toll"), looked for only just before
 * each "'s toll" it has, since the full pattern is costly. A weekday's or a place's toll ("Sunday's toll", "Gaza's
 * toll") names no one who gave it. */
function tallyOwner(sentence: string): Source | undefined {
  for (const t of sentence.matchAll(OWNED_TALLY)) {
    const near = Math.max(0, t.index! - 80);
    const o = TALLY_OWNER.exec(sentence.slice(near, t.index! + t[0].length));
    if (!o || !isAgent(o[1]) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)$/i.test(o[1].trim()) || countryOf(o[1].trim())) continue;
    return { who: clean(o[1]), at: near + o.index, end: near + o.index + o[0].length };
  }
  return undefined;
}

// "The Taliban government's chief spokesman, Zabihullah Mujahid, said": a role, then the person's name.
const ROLE_END = /\b(?:spokes(?:man|woman|person)|minister|official|head|chief|commander|governor|mayor|president|director|secretary|envoy|ambassador|prosecutor|coordinator|adviser|advisor)(?:\s+(?:of|to)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?$/iu;
const PERSON = /^(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,4}\p{Lu}[\p{L}’'-]+$/u;

/** named returns the person an appositive names after a role ("the chief spokesman, Zabihullah Mujahid,"). */
function named(head: string, appositive?: string): string {
  // "The national emergency medical service, INEM, said": the body keeps its acronym.
  if (appositive && /^\p{Lu}{2,6}$/u.test(appositive.trim()) && !/\(/.test(head)) return `${head.trim()} (${appositive.trim()})`;
  return appositive && ROLE_END.test(head.trim()) && PERSON.test(appositive.trim()) ? appositive.trim() : head;
}

// "Security Minister Rosa Icela Rodríguez gave the new figures at a briefing this afternoon: 45 dead": who gave the
// figures a colon lists.
const GAVE_FIGURES = /^(?:[^:]{0,60}:\s+)?(?:\p{Lu}\p{Ll}+,\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*)\s+(?:gave|released|published|issued|announced|presented)\s+(?:the|its|their|her|his)\s+(?:(?:new|latest|updated|official|first)\s+)?(?:figures|count|toll|tally|numbers)\b[^:.]{0,60}:\s/u;
const COUNT_LEAD = /^[“"]?\s*([^,;:“”"]{2,80}?)\s+(?:has\s+|have\s+)?(?:just\s+)?(?:updated|revised|released|published|issued|raised|lowered)\s+(?:its|their)\s+(?:count|figures|toll|tally|report|numbers)\s*:\s/i;

/** statementSpans returns the stretches of a sentence that tell who spoke and when ("The police said on
 * Sunday that", ", Sybiha said on X on Saturday"): a day there dates the statement, not the figure. */
export function statementSpans(sentence: string): Array<[number, number]> {
  sentence = sentence.replace(ABBREVIATED_TITLE, '$1 ');
  const spans: Array<[number, number]> = [];
  const before = beforeMatch(sentence);
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
  sentence = sentence.replace(ABBREVIATED_TITLE, '$1 ');
  const before = beforeMatch(sentence);
  return before && isAgent(before[1]) ? before[0].length : 0;
}

/** findActor returns who did what is counted when the clause before the number says so in the active voice,
 * as a country when it can ("Russia launched 14", "Ukrainian troops shot six" -> "Ukraine"); "its forces" leans
 * on the attribution ("Russia's Defense Ministry said its forces..." -> "Russia"). */
export function findActor(clauseBefore: string, attribution?: string, named = false): string | undefined {
  // "since Monday alone Russia had launched": a time phrase fronting the clause is not its subject.
  const clause = clauseBefore.trim().replace(FRONTED_TIME, '');
  if (/\b(?:was|were|been|being|by)\b/i.test(clause) || clause.split(/\s+/).length > 12) return undefined;
  // "Iran's Revolutionary Guards said they had launched 200": the pronoun is the speaker, who acted; a speaker that
  // is only a kind of source ("the ministry said it had downed") stands for its country.
  const pronoun = /^(?:they|it|we)(?:\s+\p{Ll}+){1,4}$/iu.test(clause);
  if (pronoun && attribution) {
    const own = attribution.replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '');
    return LOWER_AGENTS.test(own) || /\bministry\b/i.test(own) ? countryOf(attribution) : own;
  }
  // "the Armed Forces of Ukraine struck the city": a side's forces named with "of" are that side.
  const forces = FORCES_OF.exec(clause);
  if (forces && countryOf(forces[1])) return countryOf(forces[1]);
  const m = SUBJECT.exec(clause.replace(/^the\s+(?=\p{Lu})/u, ''));
  if (!m) return undefined;
  if (/^(?:its|their)\s/i.test(m[1])) return attribution ? countryOf(attribution) : undefined;
  // Only a side named by its country is obvious enough; "Air defence units" or "The quake" is not. A release
  // names the party that frees people, country or not ("Hamas freed 11").
  if (/\band\b/.test(m[1])) return undefined;
  const country = countryOf(m[1]);
  // A capitalised common noun opening the sentence ("Police freed") is no party's name.
  const common = /^(?:The|A|An|It|They|He|She|We|This|That)$/.test(m[1]) || LOWER_AGENTS.test(m[1]) || isPeopleWord(m[1], stem(m[1].toLowerCase()));
  // An armed group that is a party of its own ("the Houthis have launched", "Hezbollah fired") is named as it is.
  if (!country && ARMED_GROUP.test(m[1])) return m[1];
  return country ?? (named && /^\p{Lu}[\p{L}-]+$/u.test(m[1]) && !common ? m[1] : undefined);
}

const FORCES_OF = /^(?:the\s+)?(?:[Aa]rmed\s+[Ff]orces|[Aa]ir\s+[Ff]orce|[Ff]orces|[Tt]roops|[Aa]rmy|[Mm]ilitary|[Nn]avy)\s+of\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:also\s+)?\p{Ll}/u;
const ARMED_GROUP = /^(?:Hamas|Hezbollah|Houthis|Hizbollah|Taliban|Wagner)$/;
const FRONTED_TIME = /^(?:(?:and|but|while|then)\s+)?(?:(?:since|on|by|over|during)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|night)|overnight|last\s+night)(?:\s+alone)?\s*,?\s*|^(?:and|but|while|then)\s+(?:that\s+)?/i;

/** isAgent says whether a phrase can be a source: it names someone, or is a known kind of source ("officials"). */
export function isAgent(phrase: string): boolean {
  // "The storm claimed": a sentence's capital "The" names no one.
  const p = phrase.trim().replace(/^(?:the|an?)\s+(?=\p{Ll})/iu, '');
  // "Update No. 8 counted 9 deaths": a numbered update is the issuer's, no source of its own.
  if (NOT_AGENT.test(p) || p.split(/\s+/).length > 8 || /^(?:[Uu]pdate|[Bb]ulletin|[Rr]eport)\s+(?:No\.?|#|\d)/.test(p)) return false;
  // "police spokesman Dan Bahadur Karki" names someone; "regional governors" is a known kind of source.
  return /\p{Lu}/u.test(p) || LOWER_AGENTS.test(p);
}

/** cleanAgent trims a source to its name: no article, no platform, no title ("Mayor Vitali Klitschko" -> "Vitali Klitschko"). */
export function cleanAgent(phrase: string): string {
  return clean(phrase);
}

function clean(phrase: string): string {
  // "according to the regional government as of Sunday": the tally's time is no part of the name.
  phrase = phrase.replaceAll(DOT, '.').replace(/\s+as\s+of\b.*$/i, '');
  // A live blog's "15:10 BST" or a bullet opens the sentence, not the source's name.
  // "On Wednesday the army said": a fronted day opens the sentence, not the source's name.
  phrase = phrase.trim().replace(/^(?:(?:early|late)\s+)?(?:on|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\p{L})/iu, '');
  // "IDF: The military": a report's section label opens the sentence, not the source's name.
  let p = phrase.trim().replace(/^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}:\s+(?=\p{L})/u, '').replace(/\s+(?:have|has|had|also|later|earlier|now|previously|separately)$/i, '').replace(/^[•·▪►*–—-]+\s*/, '').replace(/^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\b)?\s*/, '').replace(/^(?:the|an|a|their)\s+(?=\p{L})/iu, '').replace(/\s+(?:on|in)\s+(?:X|Telegram|Facebook|social media)$/i, '');
  // "On the morning after the floods officials counted": a fronted time with no comma opens the sentence, not the name.
  if (/^(?:[Oo]n|[Ii]n|[Bb]y|[Aa]fter|[Dd]uring|[Bb]efore|[Aa]t)\s+the\s+[\p{Ll}\s-]+$/u.test(p)) {
    const words = p.split(/\s+/);
    const agent = [1, 2, 3].map((k) => words.slice(-k).join(' ')).find((w) => LOWER_AGENTS.test(w));
    if (agent) p = agent;
  }
  // "K. Rajan" was read as "K  Rajan" (an initial's period blanked): give the initial its period back.
  p = p.replace(/\b(\p{Lu}) {2}(?=\p{Lu})/gu, '$1. ');
  // "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy": the title is not the source.
  const titles = [...p.matchAll(TITLE)];
  if (titles.length) p = p.slice(titles.at(-1)!.index! + titles.at(-1)![0].length);
  // "police official Ram B. Thapa": lower-case words naming a person's role before the name ("rights group HRANA"
  // keeps its kind, which a later "the group" refers back to).
  p = p.replace(/^(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:official|officer|commander|chief|head|director|coordinator|adviser|advisor|aide|inspector|superintendent|prosecutor)\s+(?=\p{Lu}[\p{L}’'.-]*(?:\s|$))/u, '');
  return p.trim();
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && a1 > b0;
}

const PRONOUN_SAID = new RegExp(`^[“"]?\\s*(?:It|He|She|They|The (?:ministry|agency|army|military|force|service|office|group|company))\\s+(?:also\\s+)?${SAID}\\b`);

/** saysAgain says whether a sentence's source is a pronoun for the one named before ("It said 104 missiles..."). */
export function saysAgain(sentence: string): boolean {
  return PRONOUN_SAID.test(sentence);
}

/** findAnnouncer returns who a sentence says announced something ("Saturday's swap was announced by
 * Russia's defence ministry"), so figures of that day can be credited to them. */
export function findAnnouncer(sentence: string): string | undefined {
  const m = ANNOUNCED.exec(sentence);
  return m && isAgent(m[1]) ? clean(m[1]) : undefined;
}
