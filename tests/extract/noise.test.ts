// Figures that must never become claims: captions and page furniture, earlier events, comparisons, rates.
import { describe, expect, it } from 'vitest';
import { isCaption, isFurniture } from '../../server/extract/boilerplate.ts';
import { extractClaims } from '../../server/extract/index.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';

const SAT = '2025-05-24T12:00:00Z';
const claims = (text: string) => extractClaims(text, { publishedAt: SAT, metrics: DEFAULT_METRICS }).map((c) => `${c.metric} ${c.value}`);

describe('isCaption', () => {
  it.each([
    ['Rescuers recover the bodies of 12 members of one family in Antakya, February 7, 2023. REUTERS/Umit Bektas', true],
    ['Firefighters walk through the ruins of Front Street on Friday. (AP Photo/Rick Bowmer)', true],
    ['Rescuers search the rubble in Derna on September 12, 2023. (Photo by Abdullah Doma / AFP)', true],
    ['Prisoners pose after the swap. Ukrainian Presidential Press Service/Handout via REUTERS', true],
    ['Olena embraces her husband after his release. Credit: Getty Images', true],
    ['Bodies of victims are laid out at the port in Goma on October 3, 2024. Photo: AFP', true],
    ['At least 78 people drowned when the boat capsized, the governor told Reuters.', false],
  ])('%s', (paragraph, want) => expect(isCaption(paragraph)).toBe(want));
});

describe('isFurniture', () => {
  it.each([
    ['Sign up here.', true],
    ['Please support us monthly starting from just $2.', true],
    ['Support our journalism from just $15 a month.', true],
    ['Our weekly newsletter contains a hand-picked selection of news.', true],
    ['Reporting by Ece Toksabay in Ankara; Editing by Gareth Jones', true],
    ['Associated Press writers Julia Frankel and Samy Magdy contributed to this report.', true],
    ['Follow us on WhatsApp for breaking news alerts.', true],
    ['Police said 212 people had been arrested.', false],
  ])('%s', (sentence, want) => expect(isFurniture(sentence)).toBe(want));
});

describe('figures of other events are no claims', () => {
  it.each([
    // The lead's case: chrono once dated this 84 eleven days ahead.
    ['The fires are the worst since 2007, when 84 people died in 11 days.'],
    ['The quake was the deadliest since 1999, when a tremor killed more than 17,000 people.'],
    ['The toll surpasses that of the 2018 Camp Fire in California, which killed 85 people.'],
    ['Helene is the deadliest hurricane since Katrina in 2005, which killed nearly 1,400 people.'],
    ['The previous record, 96 missiles, was set in November 2022.'],
    ['In 2022, China recorded 245 deaths in coal mine accidents, up from 178 the year before.'],
    ['In August, five miners died in a fire at another mine.'],
    ['Milton comes less than two weeks after Hurricane Helene killed more than 230 people.'],
    ['The attack came in retaliation for an April 1 strike that killed seven officers.'],
    ['The Oct. 7 attack, which killed 1,200 people, started the war.'],
    // A fronted "N days ago", a week or more back, sets an earlier event.
    ['Ten days ago, a strike on the port killed 15 people.'],
    ['A week earlier, the commander had put the number of dead at more than 300.'],
    ['In the 2018 floods, nearly 500 people died across Kerala.'],
    ['Why quakes are so deadly: the 2022 Paktika quake killed about 1,000 people.'],
    ['The 1996 Garley Building fire in Yau Ma Tei killed 41.'],
    // A habitual rate is background, not this event's count.
    ['Monsoon floods kill hundreds of people across the region every year.'],
    ['Heatwaves injure some 2,000 workers annually.'],
    // A clause hung on a comparison's "since" tells the earlier event compared with.
    ['It was the worst bombing on the city since a car bomb hit the central market in March, killing more than 60 people.'],
    // Remains handed over after the count; a month before the year naming an earlier quake.
    ['By this afternoon, 38 bodies had been handed over to families.'],
    ["It is the deadliest quake in two decades; the June 2022 quake in Paktika killed about 1,000 people."],
    // A year fronting a live blog entry, a year naming a killing, a paragraph reference.
    ['08:15 In 2019, 29 people were killed when a tour bus crashed on Madeira.'],
    ['He was serving a life sentence for the 2019 killing of a man in a Berlin park.'],
    ['(Updates toll in paragraphs 1-2, adds the minister’s estimate of deaths in paragraph 4)'],
    // Every age of a list after "aged", in words too.
    ['The suspect, 17, is accused of killing girls aged six, seven and nine.'],
    // A bare count right after a verb no term names counts what that verb did: charges are not arrests.
    ['Prosecutors have charged 349 since the unrest began.'],
    // What a superlative surpasses is the earlier event.
    ['It was the deadliest attack this year, surpassing a missile strike on the port on 4 May that killed 20 people.'],
    ['The strike is the deadliest on civilians in 2025, surpassing the 20 people killed in the port on 4 May.'],
  ])('%s', (text) => expect(claims(text)).toEqual([]));
});

describe('counts that count nothing tracked', () => {
  it.each([
    ['The truce can be extended by one day for every 10 additional hostages set free.'],
    ['There are still 59 hostages in Gaza.'],
    // Captives "remaining" are still held, whatever happened to them.
    ['Officials said 30 of the remaining 70 hostages are dead.'],
    ['Hamas seized about 240 hostages in the attack.'],
    ['Officials said 3,500 soldiers remain in captivity.'],
    // A verdict is no death.
    ["Iran's judiciary has sentenced six people to death over the protests."],
    ['Courts handed down 11 death sentences.'],
    // Rupees are money, whatever the injured they are paid to.
    ['The Railways announced Rs 10 lakh for the families of the dead and Rs 50,000 for those with minor injuries.'],
    // A count of swaps is no count of people swapped.
    ['The UAE said it had now brokered 11 exchanges between the two countries.'],
    ['The UAE said it had brokered 11 exchanges between the two countries.'],
    ['A total of 53 people were trapped, and six were pulled out alive.'],
    ['Police charged 120 people and searched 40 homes.'],
    ['Police are searching for two suspects.'],
    ['Three gunmen fled the scene.'],
    ['Russia returned 6,000 bodies of soldiers under the deal.'],
    ['Russia said it downed drones over 10 regions.'],
    ['The two sides swapped prisoners on Friday, the third exchange this month.'],
    ['Anyone with information is asked to call 207-680-6988 or dial 112.'],
    // Warned to be ready to leave is not evacuated.
    ['Another 40,000 residents were under evacuation warnings.'],
    // Remains that change hands are no deaths of the day.
    ['The militants are to return the remains of four dead soldiers next week.'],
    // Captives visited or interviewed are counted where they are held, not as arrests.
    ['A Red Cross team interviewed 80 detainees at the prison.'],
  ])('%s', (text) => expect(claims(text)).toEqual([]));
});

it('never dates a figure after its publication unless it is planned', () => {
  const text = 'In 11 days, 84 people died. More exchanges of 300 prisoners are set to occur on Sunday. 40 people were injured on Oct. 30.';
  const found = extractClaims(text, { publishedAt: SAT, metrics: DEFAULT_METRICS });
  expect(found.filter((c) => c.scope !== 'planned' && (c.date! > '2025-05-24' || (c.dateEnd ?? '') > '2025-05-24'))).toEqual([]);
});
