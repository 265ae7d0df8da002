// What a sentence borrows from the rest of the item: speakers of long quotes, the kind of release, the day the
// disaster struck, places named before, and one claim for a figure told twice.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../server/extract/dates.ts';
import { readDocument } from '../../server/extract/document.ts';
import { extractClaims } from '../../server/extract/index.ts';
import { quoteSpeakers } from '../../server/extract/quotes.ts';
import { splitSentences } from '../../server/extract/sentences.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';

const SAT = '2025-05-24T12:00:00Z';
/** Claims as "metric value scope date [source] @place". */
const HOMES = { key: 'homes_destroyed', label: 'Homes destroyed', terms: ['homes destroyed', 'houses destroyed'] };
function claims(text: string, publishedAt = SAT): string[] {
  return extractClaims(text, { publishedAt, metrics: [...DEFAULT_METRICS, HOMES] })
    .map((c) => `${c.metric} ${c.value} ${c.scope} ${c.date ?? '-'}${c.dateEnd ? `..${c.dateEnd}` : ''}${c.attribution ? ` [${c.attribution}]` : ''}${c.place ? ` @${c.place}` : ''}`);
}

describe('quoteSpeakers', () => {
  /** The speaker of each sentence of the text, '-' where there is none. */
  const speakers = (text: string) => {
    const sentences = splitSentences(text);
    const map = quoteSpeakers(text, sentences);
    return sentences.map((_, i) => map.get(i) ?? '-');
  };
  it.each([
    ['“Last night, our state was attacked. 18 of our people were killed,” Mills said in a statement.', ['Mills', 'Mills']],
    ['“In just these two days, 697 people have been brought home,” Zelenskyy wrote. “Our goal is to bring every single person back.”', ['Zelenskyy', 'Zelenskyy']],
    ['Its commander, Mykola Oleshchuk, said in a statement on Telegram:\n"On the night of December 29, the enemy attacked. As a result, 87 missiles were destroyed."', ['-', 'Mykola Oleshchuk', 'Mykola Oleshchuk']],
    ['The health ministry said on Sunday: "So far, 412 people have died. Teams are searching for 60 more."', ['health ministry', 'health ministry']],
    ['He called it a “difficult night for all of us” and left.', ['-']],
  ])('%s', (text, want) => expect(speakers(text)).toEqual(want));
});

describe('readDocument', () => {
  const cues = (text: string, pub = '2025-05-24') => {
    const d = readDocument(text, findDates(text, pub), pub);
    return `${d.swap ? 'swap' : 'one-way'}${d.eventDay ? ` event ${d.eventDay}` : ''}`;
  };
  it.each([
    ['Russia and Ukraine swapped 307 prisoners.', 'swap'],
    ['33 hostages will be freed in exchange for 1,900 prisoners.', 'one-way'],
    ['The hostage-prisoner exchange went ahead.', 'one-way'],
    ['Border guards reported an exchange of fire.', 'one-way'],
    ['The earthquake that struck Turkey on Monday has killed 8,574.', 'one-way event 2025-05-19'],
    ['The collapse occurred at around 1 p.m. on Wednesday.', 'one-way event 2025-05-21'],
    ['Since the unrest began on 20 May, 400 people have been arrested.', 'one-way event 2025-05-20'],
    ['The war began when militants stormed the border on Oct. 7.', 'one-way'],
    ['At least 22 people were killed on Tuesday when police opened fire on protesters.', 'one-way event 2025-05-20'],
    ['The toll from Friday night’s attack has risen to 133.', 'one-way event 2025-05-23'],
    ['The earthquake that struck on New Year’s Day killed 78.', 'one-way'],
    // "since" ties an event noun to its first day, before or after it.
    ['Police have detained 300 people since the protests turned violent on 20 May.', 'one-way event 2025-05-20'],
    ['The wildfires that have burned since Tuesday forced thousands to flee.', 'one-way event 2025-05-20'],
    // "N days after" an event counts back from the sentence's day.
    ['The toll rose on Friday, two days after torrential rain fell on the valley.', 'one-way event 2025-05-21'],
    // A day before the event's noun names the event.
    ['Crews have rescued 850 people since the May 20 floods.', 'one-way event 2025-05-20'],
    // "since" here counts the arrests, not the clashes.
    ['Police arrested 150 after clashes in the centre, bringing the number of arrests since Monday to 420.', 'one-way'],
    // A gunman "opening fire" and a slope that "collapsed" start the event too.
    ['A man accused of opening fire at a mall on Wednesday was charged.', 'one-way event 2025-05-21'],
    ['A hillside collapsed onto the village on Thursday.', 'one-way event 2025-05-22'],
    // A truce's day is kept apart: "since the truce began" runs from it, but it is no disaster whose toll later counts keep.
    ['The truce that took effect on Monday held.', 'one-way'],
    // Plural event nouns name the event too, and floodwaters that "surged".
    ["The toll from Tuesday's blasts rose again.", 'one-way event 2025-05-20'],
    ['Floodwaters surged through the town on Thursday.', 'one-way event 2025-05-22'],
    // "after a week of rain" began that long before the report.
    ['Rivers burst their banks after more than a week of heavy rain.', 'one-way event 2025-05-17'],
    // The day a crisis began with an attack is its background, not a disaster's.
    ['The crisis began with an attack on a border post on May 20.', 'one-way'],
    // A possessive day may take a few modifiers before the event's noun.
    ["The number killed in Tuesday's Russian ballistic missile strike rose.", 'one-way event 2025-05-20'],
    // Weeks count back too, and "A week ago," fronting a sentence with no count of its own.
    ['Floods: what we know one week after the storm', 'one-way event 2025-05-17'],
    ['A week ago, a storm system dumped a year’s rain on the coast.', 'one-way event 2025-05-17'],
    // But an ago-sentence that counts tells an earlier event, and so does a clause after "after" that counts.
    ['Nine days ago, a strike on the port killed 20 people.', 'one-way'],
    ['Milton comes less than two weeks after Hurricane Helene killed more than 230 people.', 'one-way'],
  ])('%s', (text, want) => expect(cues(text)).toBe(want));
});

describe('across sentences', () => {
  it.each([
    ['“Last night, our state was attacked. 18 of our people were killed,” Mills said.', ['killed 18 daily 2025-05-24 [Mills]']],
    ['Officials gave new figures on Tuesday.\nThe day before, 20 people died.', ['killed 20 daily 2025-05-19']],
    ['In Lao Cai province, a flood swept away the hamlet of Lang Nu on Tuesday. Rescuers found 30 bodies, officials said, and 53 people were unaccounted for.',
      ['killed 30 daily 2025-05-20 [officials] @Lang Nu', 'missing 53 daily 2025-05-20 [officials] @Lang Nu']],
    ['The storm also killed 21 people in the Philippines and three in China’s Hainan province last week.', ['killed 21 daily 2025-05-12..2025-05-18 @Philippines', 'killed 3 daily 2025-05-12..2025-05-18 @Hainan province']],
    ['Two adults were killed at Okhmatdyt hospital. 16 people were injured there.', ['killed 2 daily 2025-05-24 @Okhmatdyt', 'injured 16 daily 2025-05-24 @Okhmatdyt']],
    // A swap is not located where the paragraph's attack was: the exchange's count takes no place from before.
    ['The exchange came hours after an overnight attack on Kyiv. Russia and Ukraine each released another 307 prisoners on Saturday.', ['prisoners_exchanged 307 daily 2025-05-24']],
    ['The quake struck on Monday.\nErdogan said 8,574 people had been killed in Turkey.', ['killed 8574 cumulative 2025-05-24 [Erdogan] @Turkey']],
    ['The attack on Friday night killed 40.\n“11 people have been detained,” the committee said.', ['killed 40 daily 2025-05-23', 'arrested 11 cumulative 2025-05-24 [committee]']],
    ['It said 104 missiles and 42 drones were shot down, the air force said. It said 20 more were jammed.', ['missiles_intercepted 104 daily 2025-05-24 [air force]', 'drones_intercepted 42 daily 2025-05-24 [air force]']],
    ['Hamas frees 24 hostages\nHamas freed 24 hostages on Friday. Ten Thai workers were also freed.', ['hostages_released 24 daily 2025-05-23', 'hostages_released 10 daily 2025-05-23']],
    ['Israel releases 39 Palestinians\nIsrael released 39 Palestinian prisoners on Friday, the prison service said.', ['prisoners_released 39 daily 2025-05-23 [prison service]']],
    // A statement runs on through its paragraph.
    ['The ministry said the curfew would be lifted. Another 45 people were arrested overnight.', ['arrested 45 daily 2025-05-24 [ministry]']],
    // ...unless the next sentence has a speaker of its own.
    ['The ministry said 20 people were arrested on Saturday. The day before, 12 were arrested in what police said was a raid.', ['arrested 20 daily 2025-05-24 [ministry]', 'arrested 12 daily 2025-05-23']],
    // ", it said" leans on the source named before, in an earlier paragraph too.
    ['The air force said Russia launched 60 drones overnight.\nAir defences shot down 50 drones, it said.', ['drones_launched 60 daily 2025-05-24 [air force]', 'drones_intercepted 50 daily 2025-05-24 [air force]']],
    // "The group" is the group just named; its statement, and the period its total covered, run on into the next paragraph.
    ['More than 1,800 people have been arrested in Iran since protests erupted on May 2, the rights group HRANA said.\nThe group said 47 protesters had been killed.',
      ["arrested 1800 cumulative 2025-05-02..2025-05-24 [rights group HRANA] @Iran", "killed 47 cumulative 2025-05-02..2025-05-24 [rights group HRANA] @Iran"]],
    // A clock time's colon breaks no clause; a present perfect count in the next sentence is part of the same tally.
    ['Strike update\nAs of 19:00, 50 people have been killed. 98 people have been wounded.', ['killed 50 cumulative 2025-05-24', 'injured 98 cumulative 2025-05-24']],
    // An official who signs the post gives its figures; a casualty count with no place is where the lead's attack was.
    ['Update\nThe Russian missile strike on the railway station in Kramatorsk killed 50 people.\nToday 2 100 people were evacuated.\nPavlo Kyrylenko, head of Donetsk Regional Military Administration',
      ['killed 50 daily 2025-05-24 [Pavlo Kyrylenko] @Kramatorsk', 'evacuated 2100 daily 2025-05-24 [Pavlo Kyrylenko] @Kramatorsk']],
    ['Floods in Rio Grande do Sul\nFloods have swept the south of Brazil.\nOfficials said 40 people had been injured.', ['injured 40 daily 2025-05-24 [Officials] @Rio Grande do Sul']],
    // A disaster the text never dates began by its earliest dated casualty count: a later count in a perfect tense
    // with no day of its own is the toll so far; one in the simple past is still that day's.
    ['Floods in Europe\nPolish Prime Minister Donald Tusk said six people had died in Poland.\nRomanian authorities said seven people were killed on Thursday in Galati.',
      ['killed 6 cumulative 2025-05-24 [Donald Tusk] @Poland', 'killed 7 daily 2025-05-22 [Romanian authorities] @Galati']],
    ['Rally clashes\nPolice arrested 212 people on Friday after clashes at a rally.\nTwenty-six officers were injured, police said.',
      ['arrested 212 daily 2025-05-23', 'injured 26 daily 2025-05-24 [police]']],
    // Hurt "when the missile struck" tells its own blast, of the report's day, though an older entry names Thursday's strike.
    ['Live: missile hits Jaffa playground, 16 hurt\n10:40 Medics say 16 people were injured when the missile struck a playground in Jaffa.\n07:40 On Thursday, Israeli jets struck the port of Hodeidah, killing nine people at the port.',
      ['injured 16 daily 2025-05-24 [Medics] @Jaffa', 'killed 9 daily 2025-05-22 @Hodeidah']],
    // "in the district", "across the country": the unit named before, the story's own district first.
    ['Landslides\nThe landslides that flattened two villages in Kerala\'s Wayanad district killed 206 people.\nMany bodies were recovered in neighbouring Malappuram district.\nNearly 8,000 people have been evacuated to relief camps in the district, officials said.',
      ['killed 206 daily 2025-05-24 @Wayanad district', 'evacuated 8000 daily 2025-05-24 [officials] @Wayanad']],
    ['Floods\nIn the Czech Republic, police said seven people were missing in the Jesenik area. More than 12,000 people had been evacuated across the country, the minister said.',
      ['missing 7 daily 2025-05-24 [police] @Jesenik', 'evacuated 12000 daily 2025-05-24 [minister] @Czech Republic']],
    // A situation report's section label names the organisation "the group" and "the military" stand for.
    ['Sitrep\nHezbollah: In statements, the group said it had fired 320 rockets.\nIDF: The military said jets struck launchers. It said Hezbollah fired 210 rockets.',
      ['missiles_launched 320 daily 2025-05-24 [Hezbollah]', 'missiles_launched 210 daily 2025-05-24 [IDF]']],
    // An aggregator's entry is "source · age · headline · snippet": its age dates it, its fields are sentences.
    ['Mariupol: latest news\nReuters · 2 days ago · 36,000 flee · The agency said more than 36,000 people had fled the city since Monday.',
      ['displaced 36000 cumulative 2025-05-19..2025-05-22 [agency] @Mariupol']],
    // An earlier tally of the same count ("up from about 300 late on Thursday") is a claim of its day.
    ['Toll\nThe number of people killed since Thursday has passed 700, officials said, up from about 300 late on Thursday.',
      ['killed 700 cumulative 2025-05-22..2025-05-24 [officials]', 'killed 300 cumulative 2025-05-22 [officials]']],
    // A bare count after the verb of the paragraph's last count leaves out its noun; the first minutes are the event's day.
    ['Barrage\nThe army says militants have fired more than 3,000 rockets since the assault began on Thursday. The group says it fired 5,000 in the first 20 minutes alone.',
      ['missiles_launched 3000 cumulative 2025-05-22..2025-05-24 [army]', 'missiles_launched 5000 daily 2025-05-22 [group]']],
    // "the organisation said" of a body the sentence names; an attack told whole, by an indefinite attacker, is its own.
    ['Attack\nThe attack began on Thursday.\nVolunteers from the Zaka rescue service have recovered about 260 bodies, the organisation said.\nIn Alexandria, an Egyptian policeman opened fire on tourists, killing three people.',
      ['killed 260 cumulative 2025-05-24 [Zaka rescue service]', 'killed 3 daily 2025-05-24 @Alexandria']],
    // "first put the toll at", "told reporters on Thursday that": the source and the statement's day, not the figure's.
    ['Briefing: Kenya counts the cost of the protests\nThe protests began on Wednesday.\nThe rights commission, a state-funded watchdog, first put the toll at eight dead on Wednesday night.\nThe minister told reporters on Friday that 485 people had been arrested.',
      ['killed 8 cumulative 2025-05-21 [rights commission] @Kenya', 'arrested 485 cumulative 2025-05-23 [minister] @Kenya']],
    // A sentence carrying on an earlier year's event ("in the weeks of unrest that followed") tells that event too.
    ['Background\nWhy it matters: a year ago, on 25 June 2024, police opened fire on crowds. Rights groups say more than 60 people were killed in the weeks of unrest that followed.', []],
    // A body alone on the last line signs the post; a count for each side in a sentence about a swap counts the swap;
    // "the eldest ... is 59" is an age.
    ['Our people are home\nToday 120 defenders came home. The eldest of those returned is 59.\nThe sides are to exchange all seriously wounded prisoners, at least 1,000 from each side.\nCoordination Headquarters for the Treatment of Prisoners of War',
      ['prisoners_exchanged 120 daily 2025-05-24 [Coordination Headquarters for the Treatment of Prisoners of War]', 'prisoners_exchanged 1000 planned - [Coordination Headquarters for the Treatment of Prisoners of War]']],
    // The paragraph goes on speaking of the statement's day, not the event's named in the possessive; a byline sits
    // between headline and lead; "in what Terekhov called" names no place.
    ['Kharkiv sweeps up the glass\nBy Olena Marchenko, staff reporter\nKHARKIV — The number of people injured in Wednesday\'s drone attack on Kharkiv has risen to 64, the prosecutor\'s office said on Friday. The death toll stands at three.\nMayor Ihor Terekhov had put the number of injured at 60, in what Terekhov called a brutal attack.',
      ["injured 64 cumulative 2025-05-23 [prosecutor's office] @Kharkiv", "killed 3 cumulative 2025-05-23 [prosecutor's office] @Kharkiv", 'injured 60 cumulative 2025-05-24 [Ihor Terekhov] @Kharkiv']],
    // A quote's speaker may have an initial; "the other two" spoken of again sets no target.
    ['Crash\n"We found 68 bodies yesterday. The search for the other two will go on," police official Ram B. Thapa said.', ['killed 68 daily 2025-05-23 [Ram B. Thapa]']],
    // "since the war began", its start unnamed: the start of the period the text last totalled.
    ['War cost\nThe military says Iran launched about 550 missiles at Israel since 13 May.\nIn Iran, the health ministry says 610 people have been killed in Israeli strikes since the war began.',
      ['missiles_launched 550 cumulative 2025-05-13..2025-05-24 [military] @Israel', 'killed 610 cumulative 2025-05-13..2025-05-24 [health ministry] @Iran']],
    // A perfect-tense count whose paragraph day is only the day the disaster struck is the toll so far.
    ['Attacks in Dagestan\nAt least 15 police officers were killed when gunmen attacked two churches in Russia\'s Dagestan region on Thursday evening.\nSix attackers were killed on Thursday night. The ministry said at least 25 people had been wounded.',
      ['killed 15 daily 2025-05-22 @Dagestan region', 'killed 6 daily 2025-05-22 @Dagestan region', 'injured 25 cumulative 2025-05-24 [ministry] @Dagestan region']],
    // An aggregator's "Tuesday —" dates its entry; a role's appositive name is the source; counts hung on the total by
    // "with", and the next of their list, share it; a list of places names no single one; an event's own metrics
    // (homes destroyed) accumulate like casualties.
    ['Quake: full coverage\nBBC · Thursday — Toll rises. The number of people killed by Monday\'s earthquake in eastern Afghanistan has risen to 2,205, the government\'s chief spokesman, Zabihullah Mujahid, said, with 3,640 injured and more than 6,700 homes destroyed in Kunar, Nangarhar and Laghman provinces.',
      ['killed 2205 cumulative 2025-05-22 [Zabihullah Mujahid] @eastern Afghanistan', 'injured 3640 cumulative 2025-05-22 [Zabihullah Mujahid] @eastern Afghanistan', 'homes_destroyed 6700 cumulative 2025-05-22 [Zabihullah Mujahid] @eastern Afghanistan']],
    // "The figure is up from eight deaths confirmed on Thursday": the earlier tally of the figure just given, its
    // scope and source; "19 deaths linked to the storm" are deaths; "in 280 shelters" counts shelters; "Hon." is a title.
    ['Storm toll\nThe storm made landfall on Tuesday. The Government has confirmed 19 deaths linked to the storm, Minister of Information, Hon. Dana Morris Dixon, announced.\nThe figure is up from eight deaths confirmed on Thursday. Some 15,000 persons were still housed in 280 shelters.',
      ['killed 19 cumulative 2025-05-24 [Dana Morris Dixon]', 'killed 8 cumulative 2025-05-22 [Dana Morris Dixon]']],
    // Nepal's week: a bare count joined by "and" with a day of its own counts what the count before did; a day opening
    // another clause's period is that clause's.
    ["Nepal's protests: what we know\nThe health ministry counted 30 dead on Wednesday and 51 by Friday. On Saturday, the chief secretary said 72 people had been killed, and that more than 1,300 had been injured since Monday.",
      ['killed 30 cumulative 2025-05-21 [health ministry] @Nepal', 'killed 51 cumulative 2025-05-23 [health ministry] @Nepal', 'killed 72 cumulative 2025-05-24 [chief secretary] @Nepal', 'injured 1300 cumulative 2025-05-19..2025-05-24 [chief secretary] @Nepal']],
    // A bulleted list hangs on its lead: who launched and at where; "Hits by 6 missiles" are no launches; a model's
    // name is one word; a body alone on the last line signs the post.
    ['Air Force: night attack\nOn the night of 24 May, Russia attacked Ukraine with 60 means of air attack.\n– 50 Shahed-type UAVs, launched from Kursk;\n– 6 Kh-47M2 Kinzhal missiles, launched over the Lipetsk region.\nHits by 6 missiles and 20 drones were recorded.\nAir Force of the Armed Forces of Ukraine',
      ['drones_launched 50 daily 2025-05-24 [Air Force of the Armed Forces of Ukraine] @Ukraine', 'missiles_launched 6 daily 2025-05-24 [Air Force of the Armed Forces of Ukraine] @Ukraine']],
    // "and on Saturday night 323" leaves out its verb; "over the same period" is the period just totalled; "over
    // İmamoğlu's arrest" names no place.
    ['Turkey detains more than 1,100\nPolice have detained 1,133 people since protests broke out over the arrest of the mayor on Monday, the minister said. He said 123 police officers had been injured over the same period.\nOn Wednesday night alone, police detained 343 people, and on Thursday night 323, the ministry said.',
      ['arrested 1100 cumulative 2025-05-24', 'arrested 1133 cumulative 2025-05-19..2025-05-24 [minister]', 'injured 123 cumulative 2025-05-19..2025-05-24 [minister]', 'arrested 343 daily 2025-05-21 [ministry]', 'arrested 323 daily 2025-05-22 [ministry]']],
    // "has just updated its count:" names the source; "after last night's earthquake" names the event, so the counts
    // are the toll so far; the office's own seat is no place of the figure.
    ['Quake update\nThe Office of Civil Defense in Central Visayas has just updated its count: 69 people are confirmed dead and 147 injured after last night\'s magnitude 6.9 earthquake in northern Cebu.',
      ['killed 69 cumulative 2025-05-24 [Office of Civil Defense in Central Visayas] @Cebu', 'injured 147 cumulative 2025-05-24 [Office of Civil Defense in Central Visayas] @Cebu']],
    // "In return," is the counterpart of the day the text just talked about.
    ['Briefing\nHamas freed all 20 living hostages yesterday.\nIn return, Israel released 1,968 Palestinian prisoners, the prison service said.',
      ['hostages_released 20 daily 2025-05-23', 'prisoners_released 1968 daily 2025-05-23 [prison service]']],
    // A hijacking's first day is the day the train was seized: "by the evening of the first day" is a total as of then,
    // "over the two days" runs from it; "martyred" passengers are dead; "all 33 terrorists present" were killed.
    ['Press release\nOn 22 May, terrorists hijacked the train.\nBy the evening of the first day, 104 passengers had been freed.\nToday all 33 terrorists present at the site were killed. Over the two days of the operation, a total of 354 hostages were freed.\nBefore the operation began, the terrorists had martyred 21 passengers.',
      ['hostages_released 104 cumulative 2025-05-22', 'killed 33 daily 2025-05-24', 'hostages_released 354 cumulative 2025-05-22..2025-05-23', 'killed 21 cumulative 2025-05-24']],
    // A term's verb after the people counted ends their phrase ("303 Ukrainian defenders returned home").
    ['Exchange\nToday, on the third day of the exchange, 303 Ukrainian defenders returned home from Russian captivity.',
      ['prisoners_exchanged 303 daily 2025-05-24']],
    // "Source | age:" fields; "shot down or jammed 563 drones"; "31 ballistic and cruise missiles"; missiles that struck
    // are no launch count.
    ['Kyiv attack\nReuters | 2 hours ago: The air force said Russia had launched 598 drones and 31 ballistic and cruise missiles at Ukraine overnight, and that air defences shot down or jammed 563 drones.\nBBC | 5 hours ago: Officials said two missiles had struck near the offices.',
      ['drones_launched 598 daily 2025-05-24 [air force] @Ukraine', 'missiles_launched 31 daily 2025-05-24 [air force] @Ukraine', 'drones_intercepted 563 daily 2025-05-24 [air force] @Ukraine']],
    // "Three more were arrested overnight" is a new count, not Thursday's three again; "bringing to six the number held".
    ['Arrests\nPolice arrested three people on Friday. Three more were arrested overnight, bringing to six the number held, police said.',
      ['arrested 3 daily 2025-05-23', 'arrested 3 daily 2025-05-24 [police]', 'arrested 6 cumulative 2025-05-24 [police]']],
    // "as of 17 March" closing a list makes it a tally; "up from 225 deaths reported on 15 March" is that metric's
    // earlier tally, of its own day; "in southern Malawi" keeps its compass part.
    ['Flash update\nThe department reports 438 deaths, 918 injuries and 282 people missing in southern Malawi as of 23 May, up from 225 deaths reported on 21 May.',
      ['killed 438 cumulative 2025-05-23 [department] @southern Malawi', 'injured 918 cumulative 2025-05-23 [department] @southern Malawi', 'missing 282 daily 2025-05-23 [department] @southern Malawi', 'killed 225 cumulative 2025-05-21 [department] @southern Malawi']],
    // "yet to be evacuated" is a target of the day; "According to him" is the last speaker; "since the start of the
    // incursion" runs from the day the text said it began, past an aside.
    ['Kursk\nMore than 121,000 people have been evacuated since Ukrainian troops crossed the border on May 20, Smirnov said.\nAnother 59,000 residents are yet to be evacuated, Smirnov said. According to him, 12 civilians have been killed and 121 injured, including 10 children, since the start of the incursion.',
      ['evacuated 121000 cumulative 2025-05-20..2025-05-24 [Smirnov]', 'evacuated 59000 planned 2025-05-24 [Smirnov]', 'killed 12 cumulative 2025-05-20..2025-05-24 [Smirnov]', 'injured 121 cumulative 2025-05-20..2025-05-24 [Smirnov]']],
    // "raising the death toll from Wednesday's missile strike to 28"; "listed 22 people as missing"; a missile strike
    // names the disaster's day, but not of things launched in it.
    ['Ternopil strike\nRescuers pulled more bodies from the rubble overnight, raising the death toll from Thursday\'s Russian missile strike to 28, the emergency service said. On Thursday evening, officials had put the toll at 25 and listed 22 people as missing.\nRussia launched 476 drones overnight into Thursday, the air force said.',
      ['killed 28 cumulative 2025-05-24 [emergency service]', 'killed 25 cumulative 2025-05-22 [officials]', 'missing 22 daily 2025-05-22 [officials]', 'drones_launched 476 daily 2025-05-22 [air force]']],
    // "It counted 45 people with serious injuries and more than 1,370 with lighter ones": the toll's source telling on;
    // "ones" stands for the noun before; a storm's name is no place.
    ['Cyclone Chido: what we know about the disaster in Mayotte\nThe official toll stood at 31 dead on Thursday evening, the ministry said. It counted 45 people with serious injuries and more than 1,370 with lighter ones.',
      ['killed 31 cumulative 2025-05-22 [ministry] @Mayotte', 'injured 45 cumulative 2025-05-22 [ministry] @Mayotte', 'injured 1370 cumulative 2025-05-22 [ministry] @Mayotte']],
    // "and rose to 10 on Sunday", "and 17 more for breaking the curfew": a toll's next value and an addition are counts
    // of their own; "two more this morning" is of the report's day; a rate "for each of them" is no count; "calls for
    // Hamas to free 20" is a target.
    ['Strike toll\nThe toll stood at eight on Thursday evening and rose to 10 on Friday, the governor said.\nPolice arrested 203 people for failing to disperse and 17 more for breaking the curfew on Friday night.\n"We found 12 bodies yesterday and two more this morning," an official said.\nThe deal calls for Hamas to free 20 more women, with three prisoners to be released for each of them.',
      ['killed 8 cumulative 2025-05-22 [governor]', 'killed 10 cumulative 2025-05-23 [governor]', 'arrested 203 daily 2025-05-23', 'arrested 17 daily 2025-05-23', 'killed 12 daily 2025-05-23 [official]', 'killed 2 daily 2025-05-24 [official]', 'hostages_released 20 planned -']],
    // "in the city" is the last town named; a sporting league is no place.
    ['Police detain four\nPolice in Amsterdam detained four people on Monday night in the Nieuw-West district.\nThe arrests bring to 66 the number of people detained in the city since Thursday night, after Ajax beat Maccabi in the Europa League.',
      ['arrested 4 daily 2025-05-19 @Amsterdam', 'arrested 66 cumulative 2025-05-22..2025-05-24 @Amsterdam']],
    // A second speaker inside the sentence gives, and places, its own count.
    ['Mainland Africa\nOfficials in Mozambique said at least 70 people had been killed there, and Malawi reported 13 deaths.',
      ['killed 70 daily 2025-05-24 [Officials in Mozambique] @Mozambique', 'killed 13 daily 2025-05-24 [Malawi] @Malawi']],
    // "By the numbers: 67,869. That is how many ...": the number, then what it counts, read as one.
    ["Briefing\nBy the numbers: 67,869. That is how many Palestinians have been killed in Gaza during the two-year war, according to Gaza's health ministry.",
      ["killed 67869 cumulative 2025-05-24 [Gaza's health ministry] @Gaza"]],
    // "The number of people killed when a jet crashed into a school rose to 31": "the number of" ties the term to the
    // number over the clause between; a present perfect after an earlier day's tally is as of the report.
    ["Jet crash\nThe number of people killed when a training jet crashed into a school in Dhaka rose to 31 on Tuesday, the military's public relations wing said.\nOfficials had put the toll at 20 late on Monday. About 165 people have been injured, the health adviser to the interim government, Nurjahan Begum, said.",
      ["killed 31 cumulative 2025-05-20 [military's public relations wing] @Dhaka", 'killed 20 cumulative 2025-05-19 [Officials] @Dhaka', 'injured 165 cumulative 2025-05-24 [Nurjahan Begum] @Dhaka']],
    // A national body's toll is its country's; a live blog's headline names the place of entries that name none.
    ["Peru's health ministry said 30 people had died.", ["killed 30 daily 2025-05-24 [Peru's health ministry] @Peru"]],
    ["Gaza's Health Ministry says 350 people have been wounded in the war.", ["injured 350 cumulative 2025-05-24 [Gaza's Health Ministry] @Gaza"]],
    ['Izmir earthquake live: rescuers search rubble\n10:15 GMT Officials said 14 people were killed.', ['killed 14 daily 2025-05-24 [Officials] @Izmir']],
    ['Israel-Gaza war live: talks resume\n10:15 GMT Officials said 14 people were killed.', ['killed 14 daily 2025-05-24 [Officials]']],
    ['Ukraine war live: talks resume\n10:15 GMT Officials said 14 people were killed.', ['killed 14 daily 2025-05-24 [Officials]']],
    // A body named after its place without a possessive ("the Gaza health ministry") gives that place's toll.
    ['More than 300 people have been killed in the war, according to the Gaza health ministry.', ['killed 300 cumulative 2025-05-24 [Gaza health ministry] @Gaza']],
    // "the city" of a mayor's statement is the mayor's city.
    ['Kharkiv Mayor Ihor Terekhov said 12 drones were shot down as they approached the city.', ['drones_intercepted 12 daily 2025-05-24 [Ihor Terekhov] @Kharkiv']],
    // A headline figure the body never repeats as a claim takes the place its lead names.
    ['Gunman kills three\nA man opened fire at Riverside Mall on Friday, killing two shoppers and a guard.', ['killed 3 cumulative 2025-05-24 @Riverside Mall', 'killed 2 daily 2025-05-23 @Riverside Mall']],
    // It locates casualties and what hit "the city", not what was launched at the whole country.
    ['Odesa drone attack live: port hit\n09:00 BST Russia launched 80 drones overnight. Russia also hit the city with two missiles.', ['drones_launched 80 daily 2025-05-24', 'missiles_launched 2 daily 2025-05-24 @Odesa']],
    // A place and a bare count leave out the verb and noun of the count before; the first subject is a place too.
    ['Catarroja has counted 25 deaths, Alfafar 10 and Chiva, further inland, seven.', ['killed 25 daily 2025-05-24 @Catarroja', 'killed 10 daily 2025-05-24 @Alfafar', 'killed 7 daily 2025-05-24 @Chiva']],
    // The place in an appositive only locates the one before it.
    ['In Letur, a hill village in Albacete province, six people died.', ['killed 6 daily 2025-05-24 @Letur']],
    // One sentence's counts for two places are two figures.
    ['The floods killed seven people in Chiva and seven in Letur on Friday.', ['killed 7 daily 2025-05-23 @Chiva', 'killed 7 daily 2025-05-23 @Letur']],
    // "the morning after the floods" is the day after the event's; a count tallied then is the toll by then, and
    // "the figure" that passed 200 is that count grown; a fronted time is no part of the source's name.
    ['The floods struck on Monday.\nOn the morning after the floods officials counted 95 dead; by Friday the figure had passed 200.', ['killed 95 cumulative 2025-05-20 [officials]', 'killed 200 cumulative 2025-05-23 [officials]']],
    // A bulleted tally of the count the lead totalled over a period covers that period; a force named after its
    // area places its count.
    ['Police have arrested 779 people since violent disorder broke out on 20 May.\nFigures from forces, correct as of 09:00 today, include:\n– Cleveland Police: 88 arrests\n– Metropolitan Police Service: 149 arrests', ['arrested 779 cumulative 2025-05-20..2025-05-24', 'arrested 88 cumulative 2025-05-20..2025-05-24 @Cleveland', 'arrested 149 cumulative 2025-05-20..2025-05-24']],
    // "that evening" is the day the text just named.
    ['The unrest began in Southport on 20 May. Police said 53 officers were injured that evening.', ['injured 53 daily 2025-05-20 [Police] @Southport']],
    // A perfect joined to a tally by ", and" is part of it; "That is up from" gives the tally's counts the day before.
    ['Police had made 741 arrests by Friday evening, and 302 people had been detained. That is up from 483 arrests and 149 detentions on Thursday.', ['arrested 741 cumulative 2025-05-23', 'arrested 302 cumulative 2025-05-23', 'arrested 483 cumulative 2025-05-22', 'arrested 149 cumulative 2025-05-22']],
    // "reported Friday:" dates a statement like "said on Friday": the county counts a week after the storm are its tolls.
    ['The hurricane made landfall late on May 16.\nOther counties reported Friday: Rutherford County has confirmed six deaths, Yancey County six and McDowell County three.', ['killed 6 cumulative 2025-05-23 [Other counties] @Rutherford County', 'killed 6 cumulative 2025-05-23 [Other counties] @Yancey County', 'killed 3 cumulative 2025-05-23 [Other counties] @McDowell County']],
    // A day after "down from" is the earlier tally's.
    ['The county manager said the number of people reported missing had dropped to about 100, down from more than 200 on Monday.', ['missing 100 daily 2025-05-24 [county manager]', 'missing 200 daily 2025-05-19 [county manager]']],
    // "The N.C. Department" is one sentence, and a body that "listed" the deaths gave them.
    ['The state count trails. The N.C. Department of Health, which counts only confirmed deaths, listed 57 deaths in North Carolina as of Thursday evening.', ['killed 57 cumulative 2025-05-22 [N.C. Department of Health] @North Carolina']],
    // A truce taking effect kills no one: a count told the next day of "the delay" before it keeps that day, and
    // "in the afternoon" is the day the text speaks of.
    ['Good morning. The truce took effect at 11:15 on Friday, nearly three hours late. Officials said strikes killed at least 13 people during the delay.\nHamas freed three hostages in the afternoon.', ['killed 13 daily 2025-05-23 [Officials]', 'hostages_released 3 daily 2025-05-23']],
    // Drones that "had been shot down" past a participle phrase were downed, not launched.
    ['Moscow Mayor Sergei Sobyanin reported that 74 drones flying towards Moscow had been shot down as they approached the city.', ['drones_intercepted 74 daily 2025-05-24 [Sergei Sobyanin] @Moscow']],
    // A governor who signs the post with a capital title gives its figures; a numbered school is no place.
    ['Drone attack on the region\nIn Vidnoye, a drone hit a block of flats. About 100 residents were evacuated, and shelter was set up at School No. 7.\nAndrei Vorobyov, Governor of the Moscow Region', ['evacuated 100 daily 2025-05-24 [Andrei Vorobyov] @Vidnoye']],
    // "up from 85 in the early afternoon" is the same day's earlier tally.
    ['The death toll rose to 179 by Saturday evening, the fire agency said, up from 85 in the early afternoon.', ['killed 179 cumulative 2025-05-24 [fire agency]', 'killed 85 cumulative 2025-05-24 [fire agency]']],
    // The headline's "South Korea's Muan airport" is the lead's "Muan International Airport", named in full.
    ["Jet crashes at South Korea's Muan airport\nA jet belly-landed at Muan International Airport on Saturday, killing 179.\nThe fire agency had put the toll at 85 by late morning.", ['killed 179 daily 2025-05-24 @Muan International Airport', 'killed 85 cumulative 2025-05-24 [fire agency] @Muan International Airport']],
    // An aggregator entry's title shortens its snippet as a headline does: its toll made only by the disaster's day
    // does not make the snippet's count a running total. Three cities listed name no single place: the title's
    // "central Israel" does; its "IDF:" label names whom "the military" stands for.
    ['Israel–Iran: top stories\nAl Jazeera · 20 hours ago · Israel strikes Iran · Israel struck Iran on Friday.\nReuters · 1 hour ago · Three killed as Iranian missiles hit central Israel · Three people were killed overnight as missiles struck Tel Aviv, Ramat Gan and Rishon LeZion, rescuers said.\nThe Times of Israel · 3 hours ago · IDF: Iran fired 100 missiles · The military said Iran launched 100 missiles at Israel.', ['killed 3 daily 2025-05-24 [rescuers] @central Israel', 'missiles_launched 100 daily 2025-05-24 [IDF] @Israel']],
    // "in Israel's attacks on Iran": the place is what the attacks hit.
    ["The envoy said 78 people had been killed in Israel's attacks on Iran on Friday.", ['killed 78 daily 2025-05-23 [envoy] @Iran']],
    // "Issued by" names the release's source for all its figures; a numbered update's count is its tally, the
    // issuer's; a place right after the figure before is that figure's when this one has its own.
    ['Emergency centre: quake response, update No. 9\nIssued by the Central Emergency Operation Center (CEOC), Taipei, at 18:00 on Saturday.\nThe quake struck on Friday. As of 17:00 today, 10 people have died in Hualien County and 1,099 have been injured across Taiwan. Update No. 8, issued at 21:00 yesterday, counted 9 deaths in Hualien County and 1,011 injured across Taiwan.', ['killed 10 cumulative 2025-05-24 [Central Emergency Operation Center] @Hualien County', 'injured 1099 cumulative 2025-05-24 [Central Emergency Operation Center] @Taiwan', 'killed 9 cumulative 2025-05-23 [Central Emergency Operation Center] @Hualien County', 'injured 1011 cumulative 2025-05-23 [Central Emergency Operation Center] @Taiwan']],
    // People airlifted "from" a place were moved out of it, whatever city they were flown to.
    ['Helicopters airlifted 6 injured people from Taroko Gorge to Hualien City this afternoon.', ['evacuated 6 daily 2025-05-24 @Taroko Gorge']],
    // A clause opened by "when" names no source; a period runs to the day its source spoke, not the dateline's, and so
    // does the same source's next total; "Over the same period it counted" is that source's count of that period;
    // "Mozambique unrest:" places the story; "broke out of Maputo's prison" is in Maputo.
    ["Mozambique unrest: 125 killed\nMAPUTO, May 24 (AFP) - At least 125 people have been killed in Mozambique since Monday, when the council confirmed the result, the monitoring group Plataforma Decide said on Thursday.\nThe deaths bring to more than 250 the number of people killed since protests began on April 21, the group said. Over the same period it counted 569 people wounded and 4,175 arrests, 137 of them this week.\nOn Wednesday, 1,534 inmates broke out of Maputo's central prison. Clashes with guards left 33 people dead, Rafael told reporters on Wednesday.", ['killed 125 cumulative 2025-05-19..2025-05-22 [monitoring group Plataforma Decide] @Mozambique', 'killed 250 cumulative 2025-04-21..2025-05-22 [monitoring group Plataforma Decide] @Mozambique', 'injured 569 cumulative 2025-04-21..2025-05-22 [monitoring group Plataforma Decide] @Mozambique', 'arrested 4175 cumulative 2025-04-21..2025-05-22 [monitoring group Plataforma Decide] @Mozambique', 'killed 33 daily 2025-05-21 [Rafael] @Maputo']],
    // A report headed "Belgorod: updated figures ..." whose body speaks of the city places its counts; "the Armed
    // Forces of Ukraine" are Ukraine.
    ["Belgorod: updated figures on the consequences of yesterday's shelling\nDear Belgorod residents! The number of people killed in yesterday's shelling of the city has risen to 24.\nThe Armed Forces of Ukraine struck the city yesterday afternoon with two missiles.", ['killed 24 cumulative 2025-05-24 @Belgorod', 'missiles_launched 2 daily 2025-05-23 @Belgorod']],
    // A casualty count "in last week's offensive" is the toll as of the report; "after about 9,000 over Saturday and
    // Sunday" joins the day counts before it, over a period of its own; "up sharply from the 68 dead they reported on
    // Tuesday evening" is the earlier tally.
    ["The ministry said 192 servicemen were killed in last week's offensive.", ['killed 192 cumulative 2025-05-24 [ministry]']],
    ['He said 22,800 people fled on Wednesday and 26,600 on Thursday, after about 9,000 over Monday and Tuesday.', ['displaced 22800 daily 2025-05-21', 'displaced 26600 daily 2025-05-22', 'displaced 9000 daily 2025-05-19..2025-05-20']],
    ["The number of people killed in Monday's explosion has risen to 170, officials said, up sharply from the 68 dead they reported on Tuesday evening.", ['killed 170 cumulative 2025-05-24 [officials]', 'killed 68 cumulative 2025-05-20 [officials]']],
    // A relative clause on a figure names who gave it, for that figure alone.
    ['Kerman bombings live\n15:10 GMT Minister Ahmad Vahidi put the death toll at 84, down from the 95 the health ministry gave on Friday night. He said 284 people had been wounded.\n09:05 GMT Catch up: late on Friday, Minister Bahram Einollahi put the toll at 95 dead, lowering the first toll of 103 dead that state media had given earlier in the evening.', ['killed 84 cumulative 2025-05-24 [Ahmad Vahidi] @Kerman', 'killed 95 cumulative 2025-05-23 [Bahram Einollahi] @Kerman', 'injured 284 cumulative 2025-05-24 [Ahmad Vahidi] @Kerman', 'killed 103 cumulative 2025-05-23 [state media] @Kerman']],
    // A body keeps its acronym.
    ['The national emergency medical service, INEM, said 21 people had been treated in hospital.', ['injured 21 daily 2025-05-24 [national emergency medical service (INEM)]']],
    // An entry whose snippet names no source is its publisher's; "the bodies of 7 soldiers were found" are deaths.
    ['Flood coverage\nDisaster Management Authority · 2 hours ago · Bulletin No. 6 · Update: 6,875 have taken refuge in 26 relief camps.\nNDTV · 6 hours ago · Soldiers found · The bodies of 7 soldiers were found downstream, the Army said.', ['displaced 6875 daily 2025-05-24 [Disaster Management Authority]', 'killed 7 daily 2025-05-24 [Army]']],
    // The day a glacial lake "burst its banks" is the event's: the toll told the next day is as of then.
    ['At least 14 people have been killed after a glacial lake burst its banks early on Thursday, officials said on Friday.', ['killed 14 cumulative 2025-05-23 [officials]']],
    // Who "gave the new figures" before a colon gave the figures it lists; a breakdown's places ("43 of them here
    // in Acapulco and two in Coyuca") are its parts', neither the next count's in the sentence nor the next sentence's.
    ['Otis death toll in Guerrero rises to 45\nREYES, ANCHOR: Good evening. Hurricane Otis tore into Acapulco, in Guerrero state, on Wednesday.\nLUIS ORTEGA, CORRESPONDENT: Dana, Security Minister Rosa Icela Rodríguez gave the new figures at a briefing this afternoon: 45 dead, 43 of them here in Acapulco and two in nearby Coyuca de Benítez, and 47 missing. On Thursday, Rodríguez had counted 27 dead.', ['killed 45 cumulative 2025-05-24 [Rosa Icela Rodríguez] @Guerrero state', 'missing 47 daily 2025-05-24 [Rosa Icela Rodríguez] @Guerrero state', 'killed 27 cumulative 2025-05-22 [Rodríguez] @Guerrero state']],
    // "announces that" opens the statement: the subject after it is who acted.
    ["The Prime Minister's Office announces that Hamas on Saturday handed three hostages to the Red Cross in Gaza City.", ["hostages_released 3 daily 2025-05-24 [Prime Minister's Office] @Gaza City"]],
    // The day after "since" opens a total's period and the day after the number closes it; an earlier tally told by
    // its hour ("at midday") is that day's, not the period's; an event's own metric takes the story's place.
    ['Chile wildfire toll climbs to 99 in Viña del Mar\nVIÑA DEL MAR, Chile (Reuters) - The number of people killed since wildfires broke out on Thursday in the hills around Viña del Mar rose to 99 on Saturday, the forensic service said.\nThe toll had stood at 64 at midday, the service said. The minister said on Friday that at least 1,100 homes had been destroyed.', ['killed 99 cumulative 2025-05-22..2025-05-24 [forensic service] @Viña del Mar', 'killed 64 cumulative 2025-05-24 [forensic service] @Viña del Mar', 'homes_destroyed 1100 cumulative 2025-05-23 [minister] @Viña del Mar']],
    // "About three hours earlier, the ministry had put the toll at": a fronted time before the speaker; a speaker after a
    // colon; "by mid-afternoon the ministry counted" is a tally, and "and by early evening 274 dead" the same tally later;
    // "the U.N. migration agency says" keeps its dots.
    ["Lebanon's health ministry said 492 people had been killed on Saturday.\nAbout three hours earlier, the ministry had put the toll at 356 dead. The tally climbed all day: by mid-afternoon the ministry counted 182 dead and 727 wounded, and by early evening 274 dead and more than 1,000 wounded.\nCross-border fire has displaced more than 110,000 people in Lebanon since Oct. 8, 2024, the U.N. migration agency says.", ["killed 492 daily 2025-05-24 [Lebanon's health ministry] @Lebanon", "killed 356 cumulative 2025-05-24 [Lebanon's health ministry] @Lebanon", "killed 182 cumulative 2025-05-24 [Lebanon's health ministry] @Lebanon", "injured 727 cumulative 2025-05-24 [Lebanon's health ministry] @Lebanon", "killed 274 cumulative 2025-05-24 [Lebanon's health ministry] @Lebanon", "injured 1000 cumulative 2025-05-24 [Lebanon's health ministry] @Lebanon", 'displaced 110000 cumulative 2024-10-08..2025-05-24 [U.N. migration agency] @Lebanon']],
    // But bodies found "by midday" are the day's own count.
    ['A flash flood swept away the hamlet on Saturday. Rescuers had found 30 bodies by midday, the provincial government said.', ['killed 30 daily 2025-05-24 [provincial government]']],
    // A topic page ("...: top stories") names its place; in an older entry a bare weekday is the latest such day on or
    // before the entry's; "have been injured and two soldiers killed in the unrest" is the unrest's toll so far.
    ['Venezuela post-election protests: top stories\nFrance 24 · Wednesday · Arrests rise · The attorney general said the number of people arrested had risen to 1,062, up from 749 on Tuesday.\nReuters · 3 hours ago · Maduro speaks · The government says 59 police officers have been injured and two soldiers killed in the unrest.', ['arrested 1062 cumulative 2025-05-21 [attorney general] @Venezuela', 'arrested 749 cumulative 2025-05-20 [attorney general] @Venezuela', 'injured 59 cumulative 2025-05-24 [government] @Venezuela', 'killed 2 cumulative 2025-05-24 [government] @Venezuela']],
    // An explainer's question names what its answer's bare count counts; "- Ravenna: about 27,000 evacuated" is Ravenna's,
    // by the source of the list's lead; "Emilia-Romagna floods: what we know" names one region; one place's nine dead are
    // not another's nine.
    ["Emilia-Romagna floods: what we know\nHow many people have died? The regional government's count rose to 14 on Saturday, up from nine on Wednesday night.\nWhere? Deaths by province, according to the regional government as of Saturday:\n- Ravenna: about 27,000 evacuated; four dead.\n- Forlì-Cesena: 6,200 evacuated; nine dead.", ['killed 14 cumulative 2025-05-24 [regional government] @Emilia-Romagna', 'killed 9 cumulative 2025-05-21 [regional government] @Emilia-Romagna', 'evacuated 27000 daily 2025-05-24 [regional government] @Ravenna', 'killed 4 daily 2025-05-24 [regional government] @Ravenna', 'evacuated 6200 daily 2025-05-24 [regional government] @Forlì-Cesena', 'killed 9 daily 2025-05-24 [regional government] @Forlì-Cesena']],
    // A text no rule was tuned on (written after the last batch): a count with an earlier tally of its own is a running
    // total, dated by the day its source spoke rather than the dateline's; an "authority" is a kind of source.
    ['Floods in Kerala: toll climbs to 27\nTHIRUVANANTHAPURAM, May 24 (Reuters) - At least 27 people have died after days of heavy rain in the southern Indian state of Kerala, the state disaster management authority said on Friday, up from 19 deaths on Thursday.', ['killed 27 cumulative 2025-05-23 [state disaster management authority] @Kerala', 'killed 19 cumulative 2025-05-22 [state disaster management authority] @Kerala']],
    // But a count with a day of its own keeps it: the earlier tally is only the day before's.
    ['The Metropolitan Police said on Sunday that 212 people had been arrested on Saturday, up from 145 on Friday.', ['arrested 212 daily 2025-05-24 [Metropolitan Police]', 'arrested 145 daily 2025-05-23 [Metropolitan Police]']],
    // "31 of them" opening a sentence counts the noun of the sentence before.
    ['Russia attacked Ukraine with 56 drones overnight, the air force said. It said it had shot down 31 of them.', ['drones_launched 56 daily 2025-05-24 [air force] @Ukraine', 'drones_intercepted 31 daily 2025-05-24 [air force] @Ukraine']],
    // A share set off by commas is no count the next one leans on: "and 117 injured" is still the toll's.
    ['By late evening the toll had risen to 34 killed, two of them children, and 117 injured.', ['killed 34 cumulative 2025-05-24', 'injured 117 cumulative 2025-05-24']],
    // Whose toll it is gave it, and "it" in the next sentence is the same toll.
    ["A recap of yesterday's figures: the Interior Ministry's first toll was 21 dead. By late evening it had risen to 34 killed.", ['killed 21 cumulative 2025-05-23 [Interior Ministry]', 'killed 34 cumulative 2025-05-23 [Interior Ministry]']],
  ])('%s', (text, want) => expect(claims(text)).toEqual(want));
});

describe('one claim per figure', () => {
  it.each([
    ['Death toll hits 93\nThe number of people killed rose to 93 on Saturday night, officials said.', ['killed 93 cumulative 2025-05-24 [officials]']],
    ['Quake kills at least 38\nThe quake struck late on Friday, killing at least 38 people.', ['killed 38 daily 2025-05-23']],
    ['18 killed in shootings\nEighteen people were killed on Friday night. “Last night, 18 of our people were killed,” the governor said.', ['killed 18 daily 2025-05-23 [governor]']],
    ['At least 78 dead\nAt least 78 people drowned on Thursday.\nBy Friday morning, 78 bodies had been recovered.', ['killed 78 daily 2025-05-22', 'killed 78 cumulative 2025-05-23']],
    // Neither the headline nor the body names a day: still one figure, not two.
    ['Death toll rises to 42\nAt least 42 people were killed, officials said.', ['killed 42 cumulative 2025-05-24 [officials]']],
    // A headline's "kills 12" is shorthand for the body's running total of the same day.
    ['Crash kills 12 on Saturday\nThe death toll has risen to 12, police said.', ['killed 12 cumulative 2025-05-24 [police]']],
    // On a tie the body's source wins over the headline's looser one.
    ['Spain says 40 died in the floods\nHealth Minister Ana Ruiz told reporters that 40 people had died.', ['killed 40 daily 2025-05-24 [Ana Ruiz] @Spain']],
    // Two sources' 117: the mayor's today is not the minister's of last night.
    ['Blast live\n10:00 Mayor Ivan Petrov said 117 people had been wounded.\n08:00 By late Friday, Interior Minister Oleh Kuz had put the toll at 34 dead, with 117 wounded.', ['injured 117 cumulative 2025-05-24 [Ivan Petrov]', 'killed 34 cumulative 2025-05-23 [Oleh Kuz]', 'injured 117 cumulative 2025-05-23 [Oleh Kuz]']],
  ])('%s', (text, want) => expect(claims(text)).toEqual(want));
});
