import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildClient, launchChromium } from '../helpers/browser.ts';
import { auth } from '../helpers/app.ts';
import { shoot, startLiveSite, type TestItem } from '../helpers/live-site.ts';

const skip = browserSkipReason();
if (skip) console.log(skip);

/** arrests makes one item per district, each a separate claim: "Police said 5 people were arrested in district 4 on Monday." */
const arrests = (from: number, to: number): TestItem[] =>
  Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    return { guid: `a${i}`, html: `<p>Police said ${i + 1} people were arrested in district ${i} on Monday.</p>`, link: `https://wire.example/a${i}` };
  });

const killed = (guid: string, value: number, extra = ''): TestItem[] => [{ guid, html: `<p>${value} people were killed on Monday, police said${extra}.</p>`, link: `https://news.example/${guid}` }];

describe.skipIf(skip)('live dashboard in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startLiveSite>>;

  beforeAll(async () => {
    site = await startLiveSite(await buildClient());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(eventId: string, width = 1280, height = 900, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    await page.goto(`${site.base}/?event=${eventId}`);
    return page;
  }

  /** scrollAway scrolls the timeline off its top and waits until the page has seen it: the observer that notes
   * it reports at the next rendering, and a figure arriving before then counts as read. */
  async function scrollAway(page: Page): Promise<void> {
    await page.locator('ol.entries').evaluate((el) => (el.scrollTop = 600));
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  }

  it('adds new figures without a reload or a jump, offers an "N new" pill when scrolled, counts them in the tab title and announces them', async () => {
    const event = await site.createEvent('Storm');
    site.setFeed('/wire', arrests(0, 30));
    await site.addSource(event.id, 'Wire', '/wire');
    const page = await open(event.id);
    let loads = 0;
    page.on('load', () => loads++);
    const entries = page.locator('[data-claim-id]');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(20);
    await expect.poll(() => page.title()).toBe('Storm · Tally');

    // Scroll the timeline away from its top and note where an entry in view sits.
    const list = page.locator('ol.entries');
    await scrollAway(page);
    await page.waitForTimeout(500); // let the entries' fly-in settle: positions are measured with transforms
    const anchor = await list.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const first = [...el.querySelectorAll<HTMLElement>('[data-claim-id]')].find((li) => li.getBoundingClientRect().top >= top)!;
      return { id: first.dataset.claimId!, top: first.getBoundingClientRect().top };
    });

    site.setFeed('/wire', arrests(0, 33));
    const pill = page.getByRole('button', { name: /3 new figures/ });
    await pill.waitFor({ timeout: 10_000 });
    await expect.poll(() => page.title()).toBe('(3) Storm · Tally');
    await page.waitForTimeout(500); // let the list's move animations settle
    // The reader's place is kept: the entry they were looking at has not moved.
    const after = await page.locator(`[data-claim-id="${anchor.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - anchor.top)).toBeLessThanOrEqual(2);
    expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // One polite sentence for the batch, naming the outlet and figures.
    const announcer = page.locator('[data-live-announcer]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => announcer.textContent(), { timeout: 5000 }).toMatch(/^3 new figures: Wire 3\d arrested; Wire 3\d arrested; Wire 3\d arrested\.$/);
    await shoot(page, 'live-pill-1280');

    await pill.click();
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(0);
    await expect.poll(() => pill.count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Storm · Tally');

    // A hidden tab counts arrivals in its title even at the top, and clears them when shown again.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    site.setFeed('/wire', arrests(0, 34));
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('(1) Storm · Tally');
    await expect.poll(() => announcer.textContent(), { timeout: 5000 }).toMatch(/^1 new figure: Wire 34 arrested\.$/);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => page.title()).toBe('Storm · Tally');
    expect(await entries.first().textContent()).toContain('34');
    expect(loads).toBe(0);
    await page.close();
  }, 60_000);

  it('stops counting new figures whose source was removed while the reader was scrolled away', async () => {
    const event = await site.createEvent('Flood');
    site.setFeed('/flood-wire', arrests(0, 30));
    await site.addSource(event.id, 'Wire', '/flood-wire');
    const page = await open(event.id);
    const entries = page.locator('[data-claim-id]');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(20);
    await scrollAway(page);

    site.setFeed('/flood-local', [...killed('l1', 4), ...killed('l2', 6, ' in the north')]);
    const local = await site.addSource(event.id, 'Local', '/flood-local');
    // Under a loaded CI machine the new source's first poll can take a while: wait for it, not for a clock.
    await page.getByRole('button', { name: /2 new figures/ }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('(2) Flood · Tally');

    const removed = await site.app.inject({ method: 'DELETE', url: `/api/events/${event.id}/sources/${local.id}`, headers: auth });
    expect(removed.statusCode).toBeLessThan(300);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('Flood · Tally');
    await expect.poll(() => page.getByRole('button', { name: /new figure/ }).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  }, 90_000);

  it('puts outlets that disagree side by side, and drops the comparison live once they agree', async () => {
    const event = await site.createEvent('Raid');
    site.setFeed('/ap', killed('ap1', 9));
    site.setFeed('/bbc', killed('bbc1', 12));
    await site.addSource(event.id, 'AP', '/ap');
    await site.addSource(event.id, 'BBC', '/bbc');
    const page = await open(event.id);
    const card = page.locator('[data-metric-divergence="killed"]');
    await card.waitFor({ timeout: 15_000 });
    const ap = card.locator('[data-outlet-reading="AP"]');
    const bbc = card.locator('[data-outlet-reading="BBC"]');
    expect(await ap.textContent()).toMatch(/\b9\b[\s\S]*9 people were killed on Monday/);
    expect(await bbc.textContent()).toMatch(/\b12\b[\s\S]*12 people were killed on Monday/);
    expect(await card.textContent()).toContain('Killed · Mon 6 Oct');
    expect(await card.textContent()).toContain('That day');
    expect(await card.locator('mark').allTextContents()).toEqual(['9', '12']);
    // Side by side on a wide screen: same row, AP left of BBC.
    const [a, b] = [await ap.boundingBox(), await bbc.boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    await shoot(page, 'divergence-1280');
    for (const [width, scheme] of [[360, 'light'], [360, 'dark'], [1280, 'dark']] as const) {
      const other = await open(event.id, width, 800, scheme);
      await other.locator('[data-metric-divergence="killed"]').waitFor({ timeout: 10_000 });
      expect(await other.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await shoot(other, `divergence-${width}-${scheme}`);
      await other.close();
    }

    site.setFeed('/bbc', killed('bbc1', 9));
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    await page.getByText('So far every outlet gives the same figures.').waitFor();
    await page.close();
  }, 60_000);

  it('shows each source’s next poll, and the last error of a failing one', async () => {
    const event = await site.createEvent('Outage');
    site.setFeed('/fine', killed('f1', 4));
    site.setFeed('/broken', 500);
    const fine = await site.addSource(event.id, 'Fine', '/fine', 30);
    const broken = await site.addSource(event.id, 'Broken', '/broken', 30);
    const page = await open(event.id);
    const brokenRow = page.locator(`[data-source-id="${broken.id}"]`);
    await expect.poll(() => brokenRow.textContent(), { timeout: 15_000 }).toMatch(/Last error:.*500/);
    expect(await brokenRow.textContent()).toMatch(/Failing|Backing off/);
    expect(await brokenRow.textContent()).toMatch(/Next poll (in \d+ (s|min)|due now)/);
    const fineRow = page.locator(`[data-source-id="${fine.id}"]`);
    await expect.poll(() => fineRow.textContent(), { timeout: 10_000 }).toMatch(/OK[\s\S]*Polled [\s\S]*Next poll in \d+ s/);
    expect(await fineRow.textContent()).not.toContain('Last error');
    expect(await page.locator('.status').textContent()).toMatch(/Connected[\s\S]*Last update[\s\S]*2 sources, 1 healthy/);
    await shoot(page, 'sources-1280');
    // The header follows the link: offline when the browser loses the network, connected again after.
    const status = page.locator('[data-live-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await page.context().setOffline(true);
    await expect.poll(() => status.textContent()).toMatch(/Offline/);
    expect(await page.locator('.status').textContent()).toMatch(/Last update received/);
    await page.context().setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Connected/);
    await page.close();
  }, 40_000);

  it('keeps hostile feed text inert: no script runs, markup shows as text, no javascript: links', async () => {
    const event = await site.createEvent('<img src=x onerror="window.__pwned=\'title\'">Hostile');
    const hostile = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> <svg onload="window.__pwned=3"></svg> <a href="javascript:window.__pwned=4">x</a>';
    // Escaped once more, the markup survives the feed's HTML-to-text step as literal text and reaches the quote.
    const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    site.setFeed('/evil', [
      { guid: 'e1', title: `<script>window.__pwned=5</script>Update`, html: `<p>Officials said 7 people were killed on Monday ${escaped}.</p><script>window.__pwned=6</script><img src=x onerror="window.__pwned=7">`, link: 'javascript:window.__pwned=8' },
    ]);
    site.setFeed('/calm', killed('c1', 9));
    await site.addSource(event.id, '<img src=x onerror="window.__pwned=9">Evil', '/evil');
    await site.addSource(event.id, 'Calm', '/calm');
    const page = await open(event.id);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const entry = page.locator('[data-claim-id]').filter({ hasText: 'Officials said 7' });
    await entry.waitFor({ timeout: 15_000 });
    await page.locator('[data-metric-divergence="killed"]').waitFor({ timeout: 10_000 });
    expect(await entry.textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await entry.textContent()).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    await page.waitForTimeout(500);

    const inert = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      handlers: [...document.querySelectorAll('body *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      scriptLinks: [...document.querySelectorAll('a')].filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
      bodyScripts: document.querySelectorAll('body script').length,
    }));
    expect(inert).toEqual({ pwned: null, injectedImages: 0, handlers: 0, scriptLinks: 0, bodyScripts: 0 });
    expect(dialogs).toEqual([]);
    await shoot(page, 'hostile-1280');
    await page.close();
  }, 40_000);
});
