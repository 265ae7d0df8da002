// extractClaims end to end on short texts: metric, bounds, scope, day and per side, one readable line each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../server/extract/index.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import type { ExtractedClaim } from '../../shared/types.ts';

/** A claim as one line: "killed 15 min=15 daily 2025-05-24 each". */
function line(c: ExtractedClaim): string {
  const bounds = `${c.min !== undefined ? ` min=${c.min}` : ''}${c.max !== undefined ? ` max=${c.max}` : ''}${c.approx ? ' ~' : ''}`;
  return `${c.metric} ${c.value}${bounds} ${c.scope} ${c.date ?? '-'}${c.dateEnd ? `..${c.dateEnd}` : ''}${c.perSide ? ' each' : ''}`;
}

const SAT = '2025-05-24T12:00:00Z';
const claims = (text: string, publishedAt = SAT) => extractClaims(text, { publishedAt, metrics: DEFAULT_METRICS }).map(line);

describe('which metric a number counts', () => {
  it.each([
    ['Russia launched 14 ballistic missiles and 250 Shahed drones.', ['missiles_launched 14 daily 2025-05-24', 'drones_launched 250 daily 2025-05-24']],
    ['Ukrainian troops shot six missiles and “neutralized” 245 drones.', ['missiles_intercepted 6 daily 2025-05-24', 'drones_intercepted 245 daily 2025-05-24']],
    ['Air defences shot down 277 drones and two of the missiles.', ['drones_intercepted 277 daily 2025-05-24', 'missiles_intercepted 2 daily 2025-05-24']],
    ['A dozen rockets were fired at the city.', ['missiles_launched 12 ~ daily 2025-05-24']],
    ['Its forces took down 100 drones in six western provinces.', ['drones_intercepted 100 daily 2025-05-24']],
    ['At least 15 people were killed and 40 injured.', ['killed 15 min=15 daily 2025-05-24', 'injured 40 daily 2025-05-24']],
    ['Nearly 400 people were evacuated.', ['evacuated 400 max=400 ~ daily 2025-05-24']],
    ['More than 1,000 people were arrested.', ['arrested 1000 min=1000 daily 2025-05-24']],
    ['Up to 20 people are missing.', ['missing 20 max=20 daily 2025-05-24']],
    ['Dozens of people were injured.', ['injured 24 min=24 max=99 ~ daily 2025-05-24']],
    ['Rescuers found 27 people who were missing.', ['missing 27 daily 2025-05-24']],
    ['One person was killed.', ['killed 1 daily 2025-05-24']],
    ['Israel released 90 Palestinian prisoners.', ['prisoners_released 90 daily 2025-05-24']],
    ['Hamas freed three Israeli hostages.', ['hostages_released 3 daily 2025-05-24']],
    ['Russia and Ukraine each released 390 prisoners.', ['prisoners_exchanged 390 daily 2025-05-24 each']],
    ['In the swap, Russia’s defense ministry said it also took back 307 people.', ['prisoners_exchanged 307 daily 2025-05-24']],
    ['Israel releases 39 Palestinians as Hamas frees 24 hostages.', ['prisoners_released 39 daily 2025-05-24', 'hostages_released 24 daily 2025-05-24']],
    // The term naming the number's own noun beats a longer term that starts after it.
    ['The group is to free 12 hostages in exchange for 300 prisoners.', ['hostages_released 12 planned -', 'prisoners_released 300 planned -']],
    // One person told with an article is a count of one; a plural or a thing is not.
    ['A teenage boy was killed in the blast.', ['killed 1 daily 2025-05-24']],
    ['An elderly woman died when the roof fell in.', ['killed 1 daily 2025-05-24']],
    ['A car was hit and a bridge was damaged.', []],
    ['A girl was seriously injured by shrapnel.', []],
    // "one" coordinated with a count before it is a count.
    // A model's number is part of the counted noun's name.
    ['Russia launched 50 Shahed-136 drones.', ['drones_launched 50 daily 2025-05-24']],
    // A count joined by "and" past an aside, with no verb of its own, is the same verb's count in another place.
    ['The strikes killed 600 people in Lebanon, most of them fighters, and about 50 in Israel.', ['killed 600 daily 2025-05-24', 'killed 50 ~ daily 2025-05-24']],
    // One death told with an article may have three modifiers.
    ['An Israeli navy petty officer was killed off Acre.', ['killed 1 daily 2025-05-24']],
    // A preposition ends the counted noun's phrase: it is no verb of its own.
    ['Hezbollah fired about 210 rockets and some 20 drones between 05:00 and 07:00.', ['missiles_launched 210 ~ daily 2025-05-24', 'drones_launched 20 ~ daily 2025-05-24']],
    ['Russia attacked overnight with 40 drones and one cruise missile.', ['drones_launched 40 daily 2025-05-24', 'missiles_launched 1 daily 2025-05-24']],
    ['Hamas is to release at least 50 of the roughly 240 hostages it seized, in exchange for 150 Palestinian prisoners.', ['hostages_released 50 min=50 planned -', 'prisoners_released 150 planned -']],
    ['Twenty-six officers were injured, four of them seriously.', ['injured 26 daily 2025-05-24']],
    ['Russia fired 38 missiles, and air defences shot down 30 of them.', ['missiles_launched 38 daily 2025-05-24', 'missiles_intercepted 30 daily 2025-05-24']],
    ['As a result, 87 missiles and 27 Shaheds were destroyed.', ['missiles_intercepted 87 daily 2025-05-24', 'drones_intercepted 27 daily 2025-05-24']],
    ['In the village, 90 of its 200 residents are believed to have died.', ['killed 90 daily 2025-05-24']],
    ['Six people have been confirmed dead and 47 others remain missing.', ['killed 6 daily 2025-05-24', 'missing 47 daily 2025-05-24']],
    ['The previous update put the toll at 2,012.', ['killed 2012 cumulative 2025-05-24']],
    // A relative clause set off by commas between the toll and its verb.
    ['The toll in Lower Austria, which surrounds Vienna, rose to five on Saturday.', ['killed 5 cumulative 2025-05-24']],
    ['The death toll from today’s strikes across the country has risen to 36.', ['killed 36 cumulative 2025-05-24']],
    ['Two adults were killed and 16 people, including seven children, were injured.', ['killed 2 daily 2025-05-24', 'injured 16 daily 2025-05-24']],
    ['428 arrests had been made and 120 people charged.', ['arrested 428 daily 2025-05-24']],
    // A participle that leads into the term ("treated for injuries") is not another thing that happened.
    ['Fourteen passengers were being treated for injuries, the airline said.', ['injured 14 daily 2025-05-24']],
    // Counts joined by "and" before the one verb they share are each a count.
    ['Ten soldiers and five civilians were killed.', ['killed 10 daily 2025-05-24', 'killed 5 daily 2025-05-24']],
    ['All 367 passengers and 12 crew on the flight from Sapporo were evacuated.', ['evacuated 367 daily 2025-05-24', 'evacuated 12 daily 2025-05-24']],
    ['Around 380,000 people have taken refuge in shelters.', ['displaced 380000 ~ daily 2025-05-24']],
    ['The Israeli military said it intercepted 20 rockets fired from Gaza.', ['missiles_intercepted 20 daily 2025-05-24']],
    ['Ukraine said it shot down 30 of 40 drones.', ['drones_intercepted 30 daily 2025-05-24', 'drones_launched 40 daily 2025-05-24']],
    ['Russia launched 14 missiles, 11 of which were shot down.', ['missiles_launched 14 daily 2025-05-24', 'missiles_intercepted 11 daily 2025-05-24']],
    ['Trump said Iran had fired 14 missiles at the base and that 13 had been shot down.', ['missiles_launched 14 daily 2025-05-24', 'missiles_intercepted 13 daily 2025-05-24']],
    // "which" points at the noun, not at a time word closing its phrase.
    ['Russia launched 112 drones overnight, 74 of which were shot down.', ['drones_launched 112 daily 2025-05-24', 'drones_intercepted 74 daily 2025-05-24']],
    ['Hamas will release 50 of the 240 hostages.', ['hostages_released 50 planned -']],
    ['Two people died and five were hurt.', ['killed 2 daily 2025-05-24', 'injured 5 daily 2025-05-24']],
    // A participle phrase may sit between the counted noun and its verb.
    ['Some 50 workers travelling to a hotel in the park were unaccounted for.', ['missing 50 ~ daily 2025-05-24']],
    // "One man" counts a person like "one person".
    ['One man was killed by falling debris.', ['killed 1 daily 2025-05-24']],
    ['Killed: 5. Injured: 12.', ['killed 5 daily 2025-05-24', 'injured 12 daily 2025-05-24']],
    // "five Americans" is no "five am"; a "prisoner swap" named so is one, though a quote speaks of a hostage; a target
    // to be met "today" is dated.
    ['Iran freed five Americans in a prisoner swap. Republicans call it a ransom per hostage.', ['prisoners_exchanged 5 daily 2025-05-24']],
    ['The spokesman said five prisoners from each country would be released today.', ['prisoners_exchanged 5 planned 2025-05-24 each']],
    // A title "Update" above the figure numbers nothing: "Update No. 8" does, on its own line.
    ['Update\n9 people were killed on Saturday, police said.', ['killed 9 daily 2025-05-24']],
    // The second model of "Shahed-136/131" is no count.
    ['Russia launched 63 Shahed-136/131 attack drones.', ['drones_launched 63 daily 2025-05-24']],
    // A count right after a verb of its own no term names is not the term's: "charged 349" are no arrests.
    ['Police have arrested 779 people and charged 349 since Monday.', ['arrested 779 cumulative 2025-05-19..2025-05-24']],
    // A clause that leaves out its verb, with a bound and no comma; a deal that "provides for" a release, a release
    // "due to" happen: targets.
    ['Hamas is to free 33 hostages and Israel about 1,900 prisoners.', ['hostages_released 33 planned -', 'prisoners_released 1900 ~ planned -']],
    ['The first stage provides for the release of 33 hostages over 42 days.', ['hostages_released 33 planned -']],
    ['Four more hostages are due to be released on Saturday.', ['hostages_released 4 planned 2025-05-24']],
    // A rise expected after the figure sets no target: the figure is told as it stands.
    ['The governor said the true toll was at least 70 and would rise.', ['killed 70 min=70 cumulative 2025-05-24']],
    // But a verb that moves a tally takes the term's count.
    ['The number of people killed has passed 700.', ['killed 700 cumulative 2025-05-24']],
  ])('%s', (text, want) => expect(claims(text)).toEqual(want));
});

describe('more phrasings of the same figures', () => {
  it.each([
    ['Russia had launched 90 Shahed-type drones, of which 60 were shot down and 28 were lost to jamming.', ['drones_launched 90 daily 2025-05-24', 'drones_intercepted 60 daily 2025-05-24']],
    ['US forces shot down more than 70 drones and at least three ballistic missiles.', ['drones_intercepted 70 min=70 daily 2025-05-24', 'missiles_intercepted 3 min=3 daily 2025-05-24']],
    ['The two sides swapped 95 prisoners each on Friday.', ['prisoners_exchanged 95 daily 2025-05-23 each']],
    ['Rescue workers recovered the bodies of 16 climbers on Sunday; four remain missing.', ['killed 16 daily 2025-05-18', 'missing 4 daily 2025-05-18']],
    ['Seventeen people were taken into custody.', ['arrested 17 daily 2025-05-24']],
    ['The storm claimed the lives of 50 people.', ['killed 50 daily 2025-05-24']],
    ['The ferry capsized; 78 bodies have been recovered.', ['killed 78 daily 2025-05-24']],
    ['Police arrested 70 people on Sunday, bringing the total to 450.', ['arrested 70 daily 2025-05-18', 'arrested 450 cumulative 2025-05-18']],
    ['The toll now stands at 128 dead and 370 injured.', ['killed 128 cumulative 2025-05-24', 'injured 370 cumulative 2025-05-24']],
    ['The ministry put the number of injured at 1,245.', ['injured 1245 cumulative 2025-05-24']],
    ['206 people have been evacuated, of whom 18 were hospitalised.', ['evacuated 206 daily 2025-05-24', 'injured 18 daily 2025-05-24']],
    ['The search for 14 miners continues.', ['missing 14 daily 2025-05-24']],
    ['Two days ago, 30 migrants drowned off Lampedusa.', ['killed 30 daily 2025-05-22']],
    ['The exchange of 200 prisoners is scheduled for Friday.', ['prisoners_exchanged 200 planned 2025-05-30']],
    ['The UN warned that up to 2 million people could be displaced.', ['displaced 2000000 max=2000000 planned -']],
    ['Officials expect the death toll to rise above 100.', ['killed 100 min=100 planned -']],
    ['Myanmar troops killed 12 Rohingya in the village.', ['killed 12 daily 2025-05-24']],
    ['Six workers who fell into the river when a ship struck the bridge early Tuesday are presumed dead.', ['killed 6 daily 2025-05-20']],
    ['The ship was carrying 22 crew members, all of them Indian nationals, and none were injured.', []],
    ['The death toll from Friday night’s attack has risen to 133, investigators said on Saturday.', ['killed 133 cumulative 2025-05-24']],
    ['Friday night’s attack killed 11 people.', ['killed 11 daily 2025-05-23']],
    ['Five of the six coast guard crew were killed on Tuesday.', ['killed 5 daily 2025-05-20']],
    ['Amnesty and other rights groups put the death toll at 23.', ['killed 23 cumulative 2025-05-24']],
  ])('%s', (text, want) => expect(claims(text)).toEqual(want));
});

describe('numbers that count nothing tracked', () => {
  it.each([
    ['Please support us monthly starting from just $2.'],
    ['A €5 million fund was set up for the 45-year-old and others aged 60.'],
    ['Turnout fell 12% after 22 months and 17 difficult months of war.'],
    ['It is the biggest swap in more than three years of the three-year war, since 2022.'],
    ['The sirens sounded at 1 a.m. on May 24, during the week of May 11.'],
    ['Russia and Ukraine had the second phase of their exchange on the second day.'],
    ['Families of the missing can call +380 44 123 4567.'],
    ['About 2,300 homes were damaged and two grain silos hit.'],
    ['Footage showed one released serviceman in tears.'],
    ['Our goal is to return each and every one of us.'],
    ['They waited 12 hours at the border.'],
    ['94 hostages remain in Gaza.'],
    ['19 drones were lost to electronic jamming.'],
    ['The district was hit by a quake in 2023 that killed 153 people.'],
    ['The war displaced about 90% of its 2.1 million people.'],
  ])('%s', (text) => expect(claims(text)).toEqual([]));

  it.each([
    ['Russia and Ukraine each released 390 prisoners, including 120 civilians.', ['prisoners_exchanged 390 daily 2025-05-24 each']],
    ['They each handed over 390 prisoners on Friday, 270 soldiers and 120 civilians.', ['prisoners_exchanged 390 daily 2025-05-23 each']],
    ['Of the 94 hostages, 34 were killed, of whom 20 were soldiers.', ['killed 34 daily 2025-05-24']],
    // A bare share after a comma is the figure before's, whatever term it passed ("evacuated areas").
    ['Police arrested 12 people in evacuated areas, three of them teenagers.', ['arrested 12 daily 2025-05-24']],
    // "12 of its campers": a share of a group named by a people word is a count of people.
    ['The camp said on Saturday that 12 of its campers had died.', ['killed 12 daily 2025-05-24']],
    // After a colon, smaller counts break the total down.
    ['The release brought to 80 the number of hostages freed: 60 Israelis and 20 foreigners.', ['hostages_released 80 cumulative 2025-05-24']],
  ])('keeps the figure, not its parts: %s', (text, want) => expect(claims(text)).toEqual(want));
});

describe('scope and per side', () => {
  it.each([
    ['There should be 1,000 prisoners released on each side over three days.', ['prisoners_exchanged 1000 planned 2025-05-24..2025-05-26 each']],
    ['Hamas will release 33 hostages.', ['hostages_released 33 planned -']],
    ['33 hostages are to be released over six weeks.', ['hostages_released 33 planned -']],
    ['Four more hostages are expected to be freed on Saturday.', ['hostages_released 4 planned 2025-05-24']],
    ['Four more hostages are expected to be freed on Saturday.'.replace('Saturday', 'Monday'), ['hostages_released 4 planned 2025-05-26']],
    ['each country released 390 in what officials said is a “1,000 for 1,000” exchange.', ['prisoners_exchanged 390 daily 2025-05-24 each', 'prisoners_exchanged 1000 planned - each']],
    ['So far, 697 people have been brought home in the swap.', ['prisoners_exchanged 697 cumulative 2025-05-24']],
    // The war's present perfect across an aside, and a verb sharing its auxiliary, are running totals.
    ["Sudan's war, now in its third year, has killed 150,000 people and driven nearly 12 million from their homes.", ['killed 150000 cumulative 2025-05-24', 'displaced 12000000 max=12000000 ~ cumulative 2025-05-24']],
    // "brings to N the number of": the number leads the total it brings, and the counted noun follows "number of".
    ['The releases bring to 19 the number of Israeli hostages freed.', ['hostages_released 19 cumulative 2025-05-24']],
    ['The death toll rose to 300.', ['killed 300 cumulative 2025-05-24']],
    ['The war has killed more than 46,000 people.', ['killed 46000 min=46000 cumulative 2025-05-24']],
    ['In total, 697 prisoners were freed in the exchange.', ['prisoners_exchanged 697 cumulative 2025-05-24']],
    ['In total, 697 prisoners were freed under the amnesty.', ['prisoners_released 697 cumulative 2025-05-24']],
    ['Death toll in mine collapse rises to six, 47 still missing', ['killed 6 cumulative 2025-05-24', 'missing 47 daily 2025-05-24']],
    ['The number of people killed rose to 93 on Saturday night.', ['killed 93 cumulative 2025-05-24']],
    ['The quake struck on Monday. Officials said 8,574 people had been killed.', ['killed 8574 cumulative 2025-05-24']],
    ['The quake struck on Monday. About 4,500 people were evacuated and 27 are missing.', ['evacuated 4500 ~ cumulative 2025-05-24', 'missing 27 daily 2025-05-24']],
    ['The quake struck late on Friday, killing at least 38 people.', ['killed 38 min=38 daily 2025-05-23']],
    ['At least 91 people have been killed since Helene made landfall on Thursday night.', ['killed 91 min=91 cumulative 2025-05-22..2025-05-24']],
    ['68 people have been arrested since the riot in Southport.', ['arrested 68 cumulative 2025-05-24']],
    ['Some 1.5 million people have fled their homes since the fighting began.', ['displaced 1500000 ~ cumulative 2025-05-24']],
    ['They exchanged 307 POWs from each country on Saturday, set to be the largest swap.', ['prisoners_exchanged 307 daily 2025-05-24 each']],
    ['They swapped 303 more prisoners each, and said they would free more.', ['prisoners_exchanged 303 daily 2025-05-24 each']],
    ['Russia and Ukraine swapped 303 prisoners each day.', ['prisoners_exchanged 303 daily 2025-05-24']],
    ['A second group of 13 hostages is expected to be freed on Saturday, officials said.', ['hostages_released 13 planned 2025-05-24']],
    ['Hamas is to release 50 hostages seized in its Oct. 7 attack.', ['hostages_released 50 planned -']],
    // "would rise" expects a rise; it reports none.
    ['At least 12 people were killed, a figure officials warned would rise.', ['killed 12 min=12 daily 2025-05-24']],
    // Present perfect "in the fighting/war/violence" is the conflict's toll so far, across a breakdown aside too.
    ['More than 900 people have been killed in the fighting, the ministry said.', ['killed 900 min=900 cumulative 2025-05-24']],
    ['More than 900 people, including 200 children, have been killed in the fighting.', ['killed 900 min=900 cumulative 2025-05-24']],
    // A source that gave a toll or a tally gave a running total.
    ['More than 300 people died during the heatwave, the ministry said in its latest toll.', ['killed 300 min=300 cumulative 2025-05-24']],
    ['At least 300 people died, according to a Reuters tally of hospital figures.', ['killed 300 min=300 cumulative 2025-05-24']],
    // "the N who died" refers to a total the reader knows; a percentage's base is a figure when its clause counts.
    ['Officials said 60% of the 300 who died were over 70.', ['killed 300 cumulative 2025-05-24']],
    ['Officials said 60% of the 300 who died on Monday were elderly.', ['killed 300 daily 2025-05-19']],
    // "with N injured" hangs on the running total before it; missing stays a state.
    ['The toll rose to 50, with 120 injured and 30 missing.', ['killed 50 cumulative 2025-05-24', 'injured 120 cumulative 2025-05-24', 'missing 30 daily 2025-05-24']],
    // People who remain under orders are a state, even days after the disaster.
    ['The quake struck on Monday. About 9,000 people remain under evacuation orders.', ['evacuated 9000 ~ daily 2025-05-24']],
    // "three for each hostage" is a rate: neither a claim nor a per-side cue.
    ['Israel is to free 150 prisoners, three for each hostage released.', ['prisoners_released 150 planned -']],
    // A clause that leaves out its verb borrows the verb, tense and day of the clause before.
    ['Hamas is to free 10 hostages on Sunday, and Israel 30 prisoners.', ['hostages_released 10 planned 2025-05-25', 'prisoners_released 30 planned 2025-05-25']],
    // "officials on both sides said" names the speakers; two different counts are no per-side figure.
    ['The two countries swapped prisoners on Saturday, with 120 Ukrainians returning home and 95 Russians freed in return, officials on both sides said.', ['prisoners_exchanged 120 daily 2025-05-24', 'prisoners_exchanged 95 daily 2025-05-24']],
    // Two different counts of one day's swap are each one side's, whatever cue the sentence has for each side.
    ['The two sides swapped prisoners on Saturday, with 120 Ukrainians freed and 95 Russians returned from each side, officials said.', ['prisoners_exchanged 120 daily 2025-05-24', 'prisoners_exchanged 95 daily 2025-05-24']],
    // An action being prepared is a target, dated to the day it is reported.
    ['Officials said they were preparing to evacuate about 5,000 people.', ['evacuated 5000 ~ planned 2025-05-24']],
    // An ordinal before "since" counts events: "the third such swap since the truce" totals nothing.
    ['Israel freed 110 prisoners on Saturday, the third such release since the truce began.', ['prisoners_released 110 daily 2025-05-24']],
    // "this year" totals the year so far, unless it compares ("the largest attack this year").
    ['Floods have killed at least 300 people in the province this year.', ['killed 300 min=300 cumulative 2025-05-24']],
    ['Russia launched 100 drones on Monday, the largest attack this year.', ['drones_launched 100 daily 2025-05-19']],
    // Missing people are a state: "since" the disaster makes no running total of them.
    ['Floods that have hit the region since Thursday left 30 people missing.', ['missing 30 daily 2025-05-24']],
    // A present perfect over the conflict keeps its cue with a modifier before the war's noun.
    ['More than 9,000 people have been killed in the 18-month conflict, the ministry said.', ['killed 9000 min=9000 cumulative 2025-05-24']],
    // A headline drops the auxiliary: "Rebels to free 12" is "Rebels are to free 12".
    ['Rebels to free 12 hostages, mediators say', ['hostages_released 12 planned -']],
    // Two counts of one handover, the second given "in exchange for" the first, are each one side's.
    ['The two sides swapped prisoners on Saturday. Kyiv handed over 40 injured Russian troops in exchange for 25 wounded Ukrainian servicemen.', ['prisoners_exchanged 40 daily 2025-05-24', 'prisoners_exchanged 25 daily 2025-05-24']],
    // In a list of captives under one verb of release, a bare participle after a later count says who they are.
    ['The government is to free 40 prisoners serving life terms and about 300 people arrested during the protests.', ['prisoners_released 40 planned -', 'prisoners_released 300 ~ planned -']],
    // An irregular verb's other forms meet the term: "had come home" is "came home".
    ['The two sides swapped prisoners on Saturday. Officials said 120 Ukrainians had come home.', ['prisoners_exchanged 120 daily 2025-05-24']],
  ])('%s', (text, want) => expect(claims(text)).toEqual(want));
});

describe('the day a figure is about', () => {
  it.each([
    ['Russia and Ukraine exchanged 307 POWs on Saturday.', SAT, ['prisoners_exchanged 307 daily 2025-05-24']],
    ['Russia and Ukraine exchanged 307 POWs on Saturday.', '2025-05-26T09:00:00Z', ['prisoners_exchanged 307 daily 2025-05-24']],
    ['307 were exchanged on Saturday. The day before, each side released 390.', SAT, ['prisoners_exchanged 307 daily 2025-05-24', 'prisoners_exchanged 390 daily 2025-05-23 each']],
    ['On Friday, May 23, Russia and Ukraine swapped 390 prisoners.', SAT, ['prisoners_exchanged 390 daily 2025-05-23']],
    ['Russia launched 250 drones overnight.', SAT, ['drones_launched 250 daily 2025-05-24']],
    ['Russia launched 14 missiles starting on Friday, May 23 and going into Saturday, May 24.', SAT, ['missiles_launched 14 daily 2025-05-23..2025-05-24']],
    ['The swap went on. “In just these two days, 697 people have been brought home,” Zelenskyy wrote.', SAT, ['prisoners_exchanged 697 cumulative 2025-05-23..2025-05-24']],
    ['Russia launched 40 drones last night.', SAT, ['drones_launched 40 daily 2025-05-24']],
    ['Russia launched 40 drones overnight.', SAT, ['drones_launched 40 daily 2025-05-24']],
    ['On Monday night, 35 people were arrested.', '2025-05-27T08:00:00Z', ['arrested 35 daily 2025-05-26']],
    ['On the night of December 29, the enemy attacked with 122 missiles.', '2023-12-29T18:00:00Z', ['missiles_launched 122 daily 2023-12-29']],
    ['Police arrested 400 people last week.', SAT, ['arrested 400 daily 2025-05-12..2025-05-18']],
    ['Police have arrested 400 people this week.', SAT, ['arrested 400 cumulative 2025-05-19..2025-05-24']],
    ['Over the weekend, 12 people drowned and 30 were rescued; 4 died later.', '2025-05-26T08:00:00Z', ['killed 12 daily 2025-05-24..2025-05-25', 'killed 4 daily 2025-05-24..2025-05-25']],
    ['In the past 48 hours, 212 people were detained.', SAT, ['arrested 212 cumulative 2025-05-23..2025-05-24']],
    ['Over the past week, 1,200 people were evacuated.', SAT, ['evacuated 1200 cumulative 2025-05-18..2025-05-24']],
    ['The fires began on Tuesday.\nOn the third day of the fires, 11 people died.', '2025-05-24T12:00:00Z', ['killed 11 daily 2025-05-22']],
    ['Rescuers are working for a second straight day.\nThe day before, 20 people died.', SAT, ['killed 20 daily 2025-05-23']],
    ['KYIV, May 24 (Reuters) - The quake struck on Monday. Six people have been confirmed dead, officials said.', SAT, ['killed 6 cumulative 2025-05-24']],
    ['The fires are the worst since 2007, when 84 people died in 11 days.', SAT, []],
    ['Milton comes two weeks after Hurricane Helene killed more than 230 people.', SAT, []],
    ['In 11 days, 84 people died, officials said.', SAT, ['killed 84 cumulative 2025-05-14..2025-05-24']],
    ['Bangladesh: 300 killed in three weeks of unrest, rights groups say', SAT, ['killed 300 cumulative 2025-05-04..2025-05-24']],
    ['Police said on Sunday that 212 people had been arrested on Saturday.', '2025-09-14T07:00:00Z', ['arrested 212 daily 2025-09-13']],
    ['The first stage of the exchange took place on Friday.\nOn the second day, 307 prisoners were swapped.', '2025-05-26T09:00:00Z', ['prisoners_exchanged 307 daily 2025-05-24']],
    ['Three hostages freed\nHamas freed three hostages on Sunday.', '2025-01-20T10:00:00Z', ['hostages_released 3 daily 2025-01-19']],
    // A day in brackets only details the day before it.
    ['On the night of May 24 (from 20:00 on May 23), Russia launched 90 drones.', SAT, ['drones_launched 90 daily 2025-05-24']],
    // A state is as of the report: "Thursday's landslide" names the event, not the day of the count.
    ["Officials said 40 people were still missing after Thursday's landslide.", SAT, ['missing 40 daily 2025-05-24']],
    ['The Coast Guard was searching for 16 migrants missing since their boat sank off Stock Island, near Key West, on Thursday.', SAT, ['missing 16 daily 2025-05-24']],
    // A day in a clause telling what the figure answers is that earlier event's.
    ['Hezbollah said it had fired 320 rockets at northern Israel, as the first phase of its response to the killing of a commander on May 10.', SAT, ['missiles_launched 320 daily 2025-05-24']],
    // A tally's words revise one attack's count of things launched; only a period makes a running total of them.
    ['In a speech, Nasrallah put the number at 340 Katyushas.', SAT, ['missiles_launched 340 daily 2025-05-24']],
    ['Since 8 October, Hezbollah has fired about 7,500 rockets at Israel.', SAT, ['missiles_launched 7500 ~ cumulative 2024-10-08..2025-05-24']],
    // A past day naming the disaster in the possessive is the event's: the casualty count is as of the report.
    ["About 300 people are believed to have died in last week's air strike on the theatre.", SAT, ['killed 300 ~ cumulative 2025-05-24']],
    ["Twelve people were killed in Thursday's Russian air strike on the city.", SAT, ['killed 12 cumulative 2025-05-24']],
    // Things launched are no casualty count: the event's day is theirs.
    ["Russia launched 40 drones in Thursday's attack.", SAT, ['drones_launched 40 daily 2025-05-22']],
    // "over the three days" of a series running to the report is its total so far.
    ['On the third day of the truce, Hamas freed 10 hostages. Israel has freed 90 prisoners over the three days.', SAT, ['hostages_released 10 daily 2025-05-24', 'prisoners_released 90 cumulative 2025-05-22..2025-05-24']],
    // "the two extra days" come after the day the text speaks of.
    ['Hamas is expected to free 20 more hostages over the two extra days.', SAT, ['hostages_released 20 planned 2025-05-25..2025-05-26']],
    // "the weekend" stays a period when a weekday sits in the same sentence.
    ['Police arrested 45 people over the weekend, the ministry said on Monday.', '2025-05-26T12:00:00Z', ['arrested 45 daily 2025-05-24..2025-05-25']],
    // The day an event began, in a clause of a present perfect count, is not the count's day.
    ['Heavy rains that began on Thursday have also injured 94 people.', SAT, ['injured 94 cumulative 2025-05-24']],
    // "As of Tuesday" gives the tally at that day.
    ['As of Tuesday, 750 people had been confirmed dead in the province.', SAT, ['killed 750 cumulative 2025-05-20']],
    // A day that dates the event ("the attack on Kyiv on Monday") is not the day of a total that has risen since.
    ['The number of people killed in the attack on Kyiv on Monday has risen to 31.', SAT, ['killed 31 cumulative 2025-05-24']],
    // A day in a relative clause after the figure tells when something else began.
    ['Israel freed 90 prisoners on Saturday, in the second release under the truce that took effect last Sunday.', SAT, ['prisoners_released 90 daily 2025-05-24']],
    // "since the truce began" is the period from the day the text says the truce took effect.
    ['The truce took effect on Tuesday.\nIn all, 12 hostages have been freed since the truce began.', SAT, ['hostages_released 12 cumulative 2025-05-20..2025-05-24']],
    // The same count from another source in the next paragraph, with no day of its own, is about the same day.
    ['Russia fired 40 missiles at Ukraine on Thursday evening, the air force said.\nRussia’s defence ministry said it had launched 45 missiles.', SAT, ['missiles_launched 40 daily 2025-05-22', 'missiles_launched 45 daily 2025-05-22']],
    // The day that opens a total's period opens the period of a count tallied with it in the same statement.
    ['Officials said 50 people had been killed in the region since Wednesday, and that 300 had been taken to hospital.', SAT, ['killed 50 cumulative 2025-05-21..2025-05-24', 'injured 300 cumulative 2025-05-21..2025-05-24']],
    // A "since" clause may run long before its day.
    ['Nearly 450,000 people have been forced to flee Rafah since the Israeli army ordered people out of the east of the city on May 17.', SAT, ['displaced 450000 max=450000 ~ cumulative 2025-05-17..2025-05-24']],
    // "since then" runs from the day the text just named.
    ['Fighting broke out on 10 May. About 20,000 people have fled their homes since then.', SAT, ['displaced 20000 ~ cumulative 2025-05-10..2025-05-24']],
    // "that day" is the day the text just named, even the disaster's own.
    ['The storm hit the coast on Wednesday. Officials said 40 people were rescued and 12 were killed that day.', SAT, ['killed 12 daily 2025-05-21']],
    // The noun after "number of" is what a linked total counts, not a term further into its phrase.
    ['The number of people killed since the rebels began firing rockets has risen to 25.', SAT, ['killed 25 cumulative 2025-05-24']],
    // A crisis that "began with" an attack weeks ago is background: later counts of other events are each a day's.
    ['The crisis began with an attack on a border post on May 2.\nShelling killed 7 civilians in the town, officials said.', SAT, ['killed 7 daily 2025-05-24']],
    // A feast's name, or a weekday before the event's noun, names the event: the toll is the report's.
    ['Death toll rises to 35 as city mourns Palm Sunday victims', '2025-04-14T09:00:00Z', ['killed 35 cumulative 2025-04-14']],
    ["The number of people killed in Sunday's Russian ballistic missile strike has risen to 35. The mayor said 119 people had been wounded.", '2025-04-14T09:00:00Z', ['killed 35 cumulative 2025-04-14', 'injured 119 cumulative 2025-04-14']],
  ])('%s (published %s)', (text, publishedAt, want) => expect(claims(text, publishedAt)).toEqual(want));
});

describe('the demo items', () => {
  it('reads the Friday item', () => {
    const text = 'Russia and Ukraine each released 390 prisoners on Friday, among them 120 civilians, in the first stage of a 1,000-for-1,000 exchange.';
    expect(claims(text, '2025-05-23T10:45:00Z')).toEqual(['prisoners_exchanged 390 daily 2025-05-23 each', 'prisoners_exchanged 1000 planned - each']);
  });

  it('reads the Sunday item, with its source', () => {
    const text = 'Russia and Ukraine swapped 303 more prisoners each on Sunday, completing the exchange of 1,000 for 1,000. Russian strikes on Sunday killed 12 people, Ukrainian officials said.';
    const found = extractClaims(text, { publishedAt: '2025-05-25T10:20:00Z', metrics: DEFAULT_METRICS });
    expect(found.map(line)).toEqual(['prisoners_exchanged 303 daily 2025-05-25 each', 'prisoners_exchanged 1000 planned - each', 'killed 12 daily 2025-05-25']);
    expect(found[2].attribution).toBe('Ukrainian officials');
  });

  it('gives one claim for a figure the title, summary and body repeat', () => {
    const text = 'Russia Says 307 POWs Exchanged With Ukraine\nRussia and Ukraine exchanged 307 POWs on Saturday.\nRussia and Ukraine exchanged 307 POWs from each country on Saturday, the Russian Defence Ministry said.';
    const found = extractClaims(text, { publishedAt: SAT, metrics: DEFAULT_METRICS });
    expect(found.map(line)).toEqual(['prisoners_exchanged 307 daily 2025-05-24 each']);
    expect(found[0]).toMatchObject({ attribution: 'Russian Defence Ministry', quote: text.split('\n')[2] });
    expect(text.slice(found[0].span[0], found[0].span[1])).toBe('307');
  });

  it('reads a custom metric from its terms', () => {
    const metrics = [{ key: 'homes_destroyed', label: 'Homes destroyed', terms: ['homes destroyed', 'destroyed homes'] }];
    expect(extractClaims('About 2,300 homes were destroyed.', { publishedAt: SAT, metrics }).map(line)).toEqual(['homes_destroyed 2300 ~ daily 2025-05-24']);
  });
});
