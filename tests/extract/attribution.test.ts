// Who gave a figure, who did what it counts, and where: attribution, actor and place.
import { describe, expect, it } from 'vitest';
import { findActor, findAnnouncer, findAttribution } from '../../server/extract/attribution.ts';
import { extractClaims } from '../../server/extract/index.ts';
import { findPlace } from '../../server/extract/places.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';

/** Runs a finder on the sentence, around the first occurrence of the figure. */
function around<T>(find: (s: string, from: number, to: number) => T, sentence: string, figure: string): T {
  const at = sentence.indexOf(figure);
  return find(sentence, at, at + figure.length);
}

describe('findAttribution', () => {
  it.each([
    ['Russia and Ukraine exchanged 307 POWs on Saturday, the Russian Defence Ministry said on the second day.', '307', 'Russian Defence Ministry'],
    ['According to Ukrainian President Volodymyr Zelenskyy, another 307 people were brought home.', '307', 'Volodymyr Zelenskyy'],
    ['“In just these two days, 697 people have been brought home,” Zelenskyy wrote.', '697', 'Zelenskyy'],
    ['Ukrainian troops shot six missiles, the AP said, in what officials called a difficult night.', 'six', 'AP'],
    ['Russia’s Defense Ministry said its forces took down 100 drones.', '100', 'Russia’s Defense Ministry'],
    ['“At least 15 people have been injured,” Andrii Sybiha, Ukraine’s Minister of Foreign Affairs, said on X.', '15', 'Andrii Sybiha'],
    ['Russia Says 307 POWs Exchanged With Ukraine', '307', 'Russia'],
    // ", saying" after the speaker's own clause.
    ['Civil Protection Minister Nello Musumeci gave a lower figure on Saturday, saying about 26,000 people had been evacuated.', '26,000', 'Nello Musumeci'],
    // A lead clause ending in a colon may come before the speaker.
    ['Paiporta, a town of about 27,000, is the worst hit: its mayor, Maribel Albalat, said on Monday that 62 residents had died.', '62', 'Maribel Albalat'],
    ['Russian strikes killed 12 people, Ukrainian officials said.', '12', 'Ukrainian officials'],
    ['Russian air strikes killed 12 people across Ukraine on Sunday, regional governors said.', '12', 'regional governors'],
    // A company is a kind of source too.
    ['All 379 people aboard were evacuated, and 14 passengers were hurt, the airline said.', '14', 'airline'],
    ['Rescuers searched for 27 people, police spokesman Dan Bahadur Karki said.', '27', 'Dan Bahadur Karki'],
    ['The toll rose to 41, according to the Home Ministry.', '41', 'Home Ministry'],
    ['In Kryvyi Rih, 10 people were killed and 47 wounded, said Oleksandr Vilkul, head of the city administration.', '10', 'Oleksandr Vilkul'],
    ['Eighteen people were killed on Wednesday night, Gov. Janet Mills said at a news conference.', 'Eighteen', 'Janet Mills'],
    ['In North Carolina, Buncombe County officials said 30 people had died.', '30', 'Buncombe County officials'],
    ['Turkish President Tayyip Erdogan, visiting the hard-hit province of Hatay, said 8,574 people had been killed.', '8,574', 'Tayyip Erdogan'],
    ['More than 400 people have been arrested over the disorder, police chiefs said on Wednesday.', '400', 'police chiefs'],
    ['In the village, 90 residents are believed to have died, a local official told Reuters.', '90', 'local official'],
    ['15:10 BST Ukraine’s air force said Russia fired 38 missiles.', '38', 'Ukraine’s air force'],
    ['Two adults were killed, health minister Viktor Liashko said.', 'Two', 'Viktor Liashko'],
    ['Rescuers found 30 bodies, the provincial government said, and 53 people were unaccounted for.', '53', 'provincial government'],
    ['The storm claimed the lives of 50 people.', '50', undefined],
    ['Russia and Ukraine exchanged 307 POWs on Saturday.', '307', undefined],
    ['They each released 390 prisoners, and said they would free more.', '390', undefined],
    // Coroners, mayors and juntas give tolls.
    ['At least nine people died, the county coroner said.', 'nine', 'county coroner'],
    ['In the town alone, 30 people died, its mayor told local radio.', '30', 'its mayor'],
    ['The junta put the toll at 500 dead.', '500', 'junta'],
    // An initial's period is no clause break; any "... minister" is a title.
    ['"We have found 80 bodies so far," the state revenue minister P. Kumar told reporters.', '80', 'P. Kumar'],
    // A relative clause on the speaker is the speaker's figure.
    ['The Red Crescent, which had earlier put the number of dead at 120, said the toll would rise.', '120', 'Red Crescent'],
    // A possessive inside a common-noun source.
    ['In the north, 22 deaths were recorded, the state’s health department said.', '22', 'state’s health department'],
  ])('%s', (sentence, figure, want) => expect(around(findAttribution, sentence, figure)).toBe(want));

  it.each([
    ["Saturday's swap was announced by Russia's defence ministry and separately by Zelensky.", "Russia's defence ministry"],
    ['The swap was welcomed by many.', undefined],
  ])('findAnnouncer: %s', (sentence, want) => expect(findAnnouncer(sentence)).toBe(want));
});

describe('findActor', () => {
  it.each([
    ['Russia launched ', undefined, 'Russia'],
    ['Ukrainian troops shot ', undefined, 'Ukraine'],
    ["Ukraine's air force downed ", undefined, 'Ukraine'],
    ['its forces took down ', 'Russia’s Defense Ministry', 'Russia'],
    ['Air defence units shot down ', undefined, undefined],
    // A fronted time phrase or conjunction is not the subject.
    ['since Monday alone Russia had launched ', undefined, 'Russia'],
    ['and Ukraine downed ', undefined, 'Ukraine'],
    // An armed group that is a party of its own is named as it is.
    ['the Houthis have launched ', undefined, 'Houthis'],
    ['Russia and Ukraine exchanged ', undefined, undefined],
    ['drones were shot down by Ukrainian forces ', undefined, undefined],
    // A pronoun subject is the speaker; a kind of source stands for its country.
    ['they had launched ', "Iran's Revolutionary Guards", 'Revolutionary Guards'],
    ['it had destroyed ', "Russia's Defence Ministry", 'Russia'],
    ['it shot down all ', "Ukraine's air force", 'Ukraine'],
  ])('%s(attribution %s) -> %s', (clause, attribution, want) => expect(findActor(clause, attribution)).toBe(want));
});

describe('findPlace', () => {
  it.each([
    ['Residential buildings in Kyiv are damaged, and at least 15 people have been injured.', '15', 'Kyiv'],
    ['The Ukrainian capital was rocked by an overnight bombardment, in which 15 people were injured.', '15', 'Kyiv'],
    // A compass part of a country or state is more specific than the country; of a city it is the city.
    ['Its forces took down 100 drones in six western provinces and in southern Russia as well.', '100', 'southern Russia'],
    ['Floods in northern Italy killed 12 people on Friday.', '12', 'northern Italy'],
    ['Shelling in northern Kharkiv injured five people.', 'five', 'Kharkiv'],
    ['There were 13 civilians killed in Russian attacks.', '13', undefined],
    ['Rescuers searched for 27 people in the remote Jajarkot district.', '27', 'Jajarkot district'],
    ['In Kyiv, at least four people were killed.', 'four', 'Kyiv'],
    ['They handed over 390 prisoners on Friday in the first stage of an exchange agreed at talks in Istanbul.', '390', undefined],
    ['Russia and Ukraine Swap 390 Prisoners Each in First Stage of Exchange', '390', undefined],
    ['Just hours after an overnight attack on Kyiv, 307 people came home.', '307', 'Kyiv'],
    ['In North Carolina, Buncombe County officials said 30 people had died.', '30', 'Buncombe County'],
    ['Al Haouz province, where the epicentre was, has recorded 1,351 deaths.', '1,351', 'Al Haouz province'],
    ['In the mountain village of Tafeghaghte, 90 residents are believed to have died.', '90', 'Tafeghaghte'],
    ['12,000 residents were evacuated from the barrier islands of Sarasota County.', '12,000', 'Sarasota County'],
    ['The storm killed 21 people in the Philippines and three in China’s Hainan province.', 'three', 'Hainan province'],
    ['South Carolina reported 25 deaths.', '25', 'South Carolina'],
    ['Two adults were killed at Okhmatdyt, the largest children’s hospital.', 'Two', 'Okhmatdyt'],
    ['Hamas is to release 50 hostages seized in its Oct. 7 attack.', '50', undefined],
    // The object of a verb of striking is where it struck; a name turned modifier is no place.
    ['Russia attacked Ukraine overnight with 90 drones.', '90', 'Ukraine'],
    ['Storms that have battered Kerala since Monday killed 40 people.', '40', 'Kerala'],
    ['Israeli jets hit Hezbollah targets, killing 12 people.', '12', undefined],
    // Residents of a place are its.
    ['About 60,000 residents of northern Israel have been displaced.', '60,000', 'northern Israel'],
    // So is the object of a verb of fleeing, and the name after "strikes on the".
    ['Nearly 450,000 people have been forced to flee Rafah.', '450,000', 'Rafah'],
    ['At least 22 people were killed in strikes on the Jabalia refugee camp.', '22', 'Jabalia'],
    ['They swapped 150 prisoners in UAE-brokered talks.', '150', undefined],
    // "off", "over", "across" a named place locate a figure as "in" does; a holiday is no place.
    ['A ferry sank off Bali, and 30 people are missing.', '30', 'Bali'],
    ['Air defences shot down 40 drones over Belgorod.', '40', 'Belgorod'],
    ['Storms across Portugal killed 12 people.', '12', 'Portugal'],
    ['Over Christmas, 40 people were arrested.', '40', undefined],
    // A place whose name ends like a nationality is still a place when no noun follows it.
    ['Authorities in Fujian evacuated 290,000 people.', '290,000', 'Fujian'],
  ])('%s', (sentence, figure, want) => expect(around(findPlace, sentence, figure)).toBe(want));
});

describe('findActor of a release', () => {
  // A one-way release names the party that frees people, country or not.
  it.each([
    ['Hamas freed ', 'Hamas'],
    ['and Israel released ', 'Israel'],
    ['The group freed ', undefined],
    ['Police freed ', undefined],
    // A day between the subject and its verb does not hide the subject.
    ['Hamas on Sunday handed ', 'Hamas'],
  ])('%s-> %s', (clause, want) => expect(findActor(clause, undefined, true)).toBe(want));
});

describe('actor across a list', () => {
  const actors = (text: string) => extractClaims(text, { publishedAt: '2025-05-24T12:00:00Z', metrics: DEFAULT_METRICS }).map((c) => `${c.metric} ${c.value} ${c.actor ?? '-'}`);
  it.each([
    // A list under one verb shares its subject.
    ['Since Friday alone, Russia has launched 400 drones, 90 glide bombs and 12 missiles.', ['drones_launched 400 Russia', 'missiles_launched 12 Russia']],
    // A gapped clause has a subject of its own.
    ['Hamas freed 8 hostages on Friday, and Israel 24 prisoners.', ['hostages_released 8 Hamas', 'prisoners_released 24 Israel']],
    // A clause joined by "and" with a subject and verb of its own has its own actor.
    ['Hamas freed three hostages on Saturday and Israel released 90 prisoners.', ['hostages_released 3 Hamas', 'prisoners_released 90 Israel']],
    // "It said X fired", "..., and that Ukrainian air defences shot down or jammed": the statement's words are no subject.
    ['It said Hezbollah fired about 210 rockets.', ['missiles_launched 210 Hezbollah']],
    ['The air force said Russia had launched 598 drones overnight, and that Ukrainian air defences shot down or jammed 563 drones.', ['drones_launched 598 Russia', 'drones_intercepted 563 Ukraine']],
    // A live blog's time stamp is not the subject.
    ['07:45 BST Russia launched 90 drones and four ballistic missiles overnight.', ['drones_launched 90 Russia', 'missiles_launched 4 Russia']],
  ])('%s', (text, want) => expect(actors(text)).toEqual(want));
});
