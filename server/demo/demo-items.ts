/**
 * The demo event's news items: the four Saturday reports of the seed document as published, and short
 * Friday and Sunday items written for Tally from the swap's known facts (390, 307 and 303 per side).
 */
import { readFileSync } from 'node:fs';

/** DemoOutlet is one outlet of the demo and the feed format it is served in. */
export interface DemoOutlet {
  slug: string;
  outlet: string;
  format: 'rss' | 'atom';
}

/** DemoItem is one report, released into its outlet's feed when the demo clock reaches `publishedAt`. */
export interface DemoItem {
  slug: string;
  id: string;
  publishedAt: string;
  title: string;
  paragraphs: string[];
}

export const DEMO_OUTLETS: DemoOutlet[] = [
  { slug: 'moscow-times', outlet: 'The Moscow Times', format: 'rss' },
  { slug: 'outlet-b', outlet: 'Outlet B', format: 'atom' },
  { slug: 'reuters', outlet: 'Reuters', format: 'rss' },
  { slug: 'outlet-d', outlet: 'Outlet D', format: 'atom' },
];

/** The seed's line ranges (1-based, inclusive) of each outlet's Saturday report, and when it went out. */
const SATURDAY: Array<{ slug: string; lines: [number, number]; publishedAt: string }> = [
  { slug: 'moscow-times', lines: [5, 18], publishedAt: '2025-05-24T10:05:00Z' },
  { slug: 'outlet-b', lines: [19, 24], publishedAt: '2025-05-24T11:40:00Z' },
  { slug: 'reuters', lines: [25, 47], publishedAt: '2025-05-24T12:50:00Z' },
  { slug: 'outlet-d', lines: [48, 65], publishedAt: '2025-05-24T15:20:00Z' },
];

const WRITTEN: DemoItem[] = [
  {
    slug: 'reuters', id: 'fri-reuters', publishedAt: '2025-05-23T09:30:00Z',
    title: 'Russia, Ukraine swap 390 prisoners each in first stage of large exchange',
    paragraphs: ['KYIV, May 23 - Russia and Ukraine each handed over 390 prisoners on Friday, 270 soldiers and 120 civilians, officials on both sides said, in the first stage of an exchange agreed at talks in Istanbul.'],
  },
  {
    slug: 'outlet-b', id: 'fri-outlet-b', publishedAt: '2025-05-23T10:45:00Z',
    title: 'First 390 prisoners return home as swap begins',
    paragraphs: ['Russia and Ukraine each released 390 prisoners on Friday, among them 120 civilians, in the first stage of a 1,000-for-1,000 exchange.', 'Relatives waited for hours at the border for news of their sons and husbands.'],
  },
  {
    slug: 'moscow-times', id: 'fri-moscow-times', publishedAt: '2025-05-23T12:15:00Z',
    title: 'Russia and Ukraine Swap 390 Prisoners Each in First Stage of Exchange',
    paragraphs: ['Russia and Ukraine exchanged 390 prisoners each on Friday, the Russian Defence Ministry said, in the first stage of a swap agreed in Istanbul last week.'],
  },
  {
    slug: 'outlet-d', id: 'fri-outlet-d', publishedAt: '2025-05-23T16:10:00Z',
    title: 'Ukraine and Russia start biggest prisoner swap of the war',
    paragraphs: ['Ukraine and Russia each freed 390 people on Friday, May 23, according to Ukrainian President Volodymyr Zelenskyy. More exchanges are expected over the weekend.'],
  },
  {
    slug: 'outlet-b', id: 'sun-outlet-b', publishedAt: '2025-05-25T10:20:00Z',
    title: 'Final stage of the exchange brings 303 more soldiers home',
    paragraphs: ['Russia and Ukraine swapped 303 more prisoners each on Sunday, completing the exchange of 1,000 for 1,000.', 'Russian strikes on Sunday killed 12 people, Ukrainian officials said.'],
  },
  {
    slug: 'moscow-times', id: 'sun-moscow-times', publishedAt: '2025-05-25T11:30:00Z',
    title: 'Russia and Ukraine Complete Swap With Final 303 Prisoners',
    paragraphs: ['Russia and Ukraine exchanged 303 prisoners each on Sunday, the Russian Defence Ministry said, completing the largest swap of the war.'],
  },
  {
    slug: 'reuters', id: 'sun-reuters', publishedAt: '2025-05-25T13:05:00Z',
    title: 'Russia and Ukraine swap 303 prisoners each, completing three-day exchange',
    paragraphs: ['Russia and Ukraine each released 303 prisoners on Sunday, the third and final day of the exchange, Ukrainian officials said.', 'Russian air strikes killed 12 people across Ukraine on Sunday, regional governors said.'],
  },
  {
    slug: 'outlet-d', id: 'sun-outlet-d', publishedAt: '2025-05-25T15:40:00Z',
    title: 'Third day of swap brings 303 Ukrainians home',
    paragraphs: ['Another 303 Ukrainian defenders came home on Sunday, Zelenskyy said, completing the 1,000 for 1,000 exchange.', 'Russian attacks on Sunday killed 12 people, regional officials said.'],
  },
];

/** DEMO_START is the demo clock's zero: early on the swap's first day. */
export const DEMO_START = '2025-05-23T09:00:00Z';

/** loadDemoItems reads the seed's Saturday reports and returns every demo item, oldest first. */
export function loadDemoItems(seedFile = new URL('./seed/pow-swap-day2.txt', import.meta.url)): DemoItem[] {
  const lines = readFileSync(seedFile, 'utf8').split(/\r?\n/);
  const saturday = SATURDAY.map(({ slug, lines: [from, to], publishedAt }): DemoItem => {
    const [title, ...paragraphs] = lines.slice(from - 1, to).map((l) => l.trim()).filter(Boolean);
    return { slug, id: `sat-${slug}`, publishedAt, title, paragraphs };
  });
  return [...WRITTEN, ...saturday].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}
