import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Source, TallyEvent } from '../../shared/types.ts';
import { auth, TEST_TOKEN } from '../helpers/app.ts';
import { browserSkipReason, buildClient, launchChromium } from '../helpers/browser.ts';
import { shoot, startLiveSite, type TestItem } from '../helpers/live-site.ts';

const skip = browserSkipReason();
if (skip) console.log(skip);

const TOKEN_KEY = 'tally.deskToken';
const killed = (guid: string, value: number): TestItem[] => [{ guid, html: `<p>${value} people were killed on Monday, police said.</p>`, link: `https://news.example/${guid}` }];

describe.skipIf(skip)('the desk in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startLiveSite>>;
  let event: TallyEvent;

  beforeAll(async () => {
    site = await startLiveSite(await buildClient());
    browser = await launchChromium();
    event = await site.createEvent('Raid on the port');
    site.setFeed('/ap', killed('ap1', 9));
    site.setFeed('/bbc', killed('bbc1', 12));
    await site.addSource(event.id, 'AP', '/ap', 30);
    await site.addSource(event.id, 'BBC', '/bbc', 30);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** open loads the event's page; `signedIn` puts the token in storage first, as an earlier sign-in would have. */
  async function open(options: { signedIn?: boolean; width?: number; colorScheme?: 'light' | 'dark'; eventId?: string } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
    if (options.signedIn) await page.addInitScript(([key, token]) => localStorage.setItem(key, token), [TOKEN_KEY, TEST_TOKEN]);
    await page.goto(`${site.base}/?event=${options.eventId ?? event.id}`);
    await page.locator('[data-claim-id]').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    return page;
  }
  const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
  const api = async <T>(url: string): Promise<T> => (await site.app.inject(url)).json();

  it('shows viewers no desk controls; refuses a wrong token with a clear error and keeps only a right one; signs out', async () => {
    const page = await open();
    const urls: string[] = [];
    const authorised: string[] = [];
    page.on('request', (r) => {
      urls.push(r.url());
      if (r.headers().authorization) authorised.push(r.headers().authorization);
    });
    await page.locator('[data-claim-id]').nth(1).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: /Desk actions/ }).count()).toBe(0);
    expect(await page.getByText('Add a source').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pause AP' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Desk sign-in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Desk sign-in' });
    const field = dialog.getByLabel('Admin token');
    await field.fill('not-the-token');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Wrong token: the server answered 401 (auth: this route needs Authorization: Bearer <TALLY_ADMIN_TOKEN>)');
    expect(await stored(page)).toBeNull();
    expect(await field.inputValue()).toBe('not-the-token');
    await shoot(page, 'desk-signin-error-1280');

    await field.fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await stored(page)).toBe(TEST_TOKEN);
    await page.getByRole('button', { name: /Desk actions for AP/ }).waitFor();
    await page.getByText('Add a source').waitFor();
    // The token travels only in the Authorization header, never in an address.
    expect(authorised).toEqual([`Bearer not-the-token`, `Bearer ${TEST_TOKEN}`]);
    expect(urls.filter((u) => u.includes(TEST_TOKEN) || u.includes('not-the-token'))).toEqual([]);

    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Desk sign-in' }).waitFor();
    expect(await stored(page)).toBeNull();
    expect(await page.getByRole('button', { name: /Desk actions/ }).count()).toBe(0);
    await page.close();
  }, 40_000);

  it('adds a source (showing the server’s refusal verbatim first), pauses it and removes it', async () => {
    const page = await open({ signedIn: true });
    await page.getByText('Add a source').click();
    const form = page.locator('details.add');
    const outlet = form.getByLabel('Outlet');
    const url = form.getByLabel('Feed URL');
    await outlet.fill('Reuters');
    await url.fill('ftp://feeds.example/reuters.xml');
    await page.getByRole('button', { name: 'Add source' }).click();
    const expected = (await site.app.inject({ method: 'POST', url: `/api/events/${event.id}/sources`, headers: auth, payload: { outlet: 'Reuters', url: 'ftp://feeds.example/reuters.xml' } })).json().message as string;
    await expect.poll(() => page.locator('.add [role="alert"]').textContent()).toBe(expected);
    expect([await outlet.inputValue(), await url.inputValue()]).toEqual(['Reuters', 'ftp://feeds.example/reuters.xml']);

    site.setFeed('/reuters', killed('r1', 9));
    await url.fill(site.feedUrl('/reuters'));
    await page.getByRole('button', { name: 'Add source' }).click();
    const row = page.locator('.sources li').filter({ hasText: 'Reuters' });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/OK/);
    const source = (await api<Source[]>(`/api/events/${event.id}/sources`)).find((s) => s.outlet === 'Reuters')!;
    expect(source.url).toBe(site.feedUrl('/reuters'));
    expect(await outlet.inputValue()).toBe('');
    await shoot(page, 'desk-sources-1280');

    await page.getByRole('button', { name: 'Pause Reuters' }).click();
    await page.getByRole('button', { name: 'Resume Reuters' }).waitFor();
    expect(await row.locator('.badge').textContent()).toMatch(/Paused/);
    expect((await api<Source[]>(`/api/events/${event.id}/sources`)).find((s) => s.id === source.id)?.paused).toBe(true);

    await page.getByRole('button', { name: 'Remove Reuters' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await api<Source[]>(`/api/events/${event.id}/sources`)).map((s) => s.outlet)).toEqual(['AP', 'BBC']);
    await page.close();
  }, 40_000);

  it('rejects a claim from the keyboard: it leaves the chart and the figures, and stays in the timeline struck through; corrects another', async () => {
    const page = await open({ signedIn: true });
    const claims = await api<Claim[]>(`/api/events/${event.id}/claims`);
    const ap = claims.find((c) => c.outlet === 'AP')!;
    const bbc = claims.find((c) => c.outlet === 'BBC')!;
    await page.locator('[data-metric-divergence="killed"]').waitFor({ timeout: 10_000 });

    const trigger = page.getByRole('button', { name: 'Desk actions for AP’s 9' });
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Desk actions' });
    await menu.waitFor();
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe('Confirm');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Reject');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Correct…');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await focused()).toBe('Desk ▾');
    await shoot(page, 'desk-signed-in-1280');

    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.screenshot({ path: '/tmp/shots/desk-menu-1280.png' }); // not full-page: resizing closes an open menu
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const apEntry = page.locator(`[data-claim-id="${ap.id}"]`);
    await expect.poll(() => apEntry.textContent(), { timeout: 5000 }).toContain('Rejected by the desk');
    expect(await apEntry.locator('article.rejected').count()).toBe(1);
    expect((await api<Claim[]>(`/api/events/${event.id}/claims`)).find((c) => c.id === ap.id)?.review?.status).toBe('rejected');
    await expect.poll(() => page.locator('[data-metric="killed"] [data-outlet="AP"]').count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => page.locator('[data-metric="killed"] [data-outlet="BBC"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-metric-divergence="killed"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Desk actions for BBC’s 12' }).click();
    await page.getByRole('menuitem', { name: 'Correct…' }).click();
    const form = page.getByRole('form', { name: 'Correct BBC’s figure' });
    await form.getByLabel('Value').fill('10');
    await form.getByLabel('Note').fill('BBC updated its story');
    await form.getByRole('button', { name: 'Save correction' }).click();
    const bbcEntry = page.locator(`[data-claim-id="${bbc.id}"]`);
    await expect.poll(() => bbcEntry.textContent(), { timeout: 5000 }).toMatch(/Killed\s*10[\s\S]*Corrected by the desk; the text said 12: “BBC updated its story”/);
    await expect.poll(() => form.count()).toBe(0);
    await shoot(page, 'desk-reviewed-1280');
    await page.close();
  }, 40_000);

  it('edits the event’s title and metrics, checking rows first and keeping what was typed', async () => {
    const page = await open({ signedIn: true });
    await page.getByRole('button', { name: 'Edit event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit event' });
    await dialog.getByLabel('Title').fill('Raid on the port of Odesa');
    await dialog.getByRole('button', { name: '+ Add metric' }).click();
    const row = dialog.getByRole('listitem').last();
    await row.getByLabel('Label').fill('Homes destroyed');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Metric \d+ \(Homes destroyed\): list at least one term/);
    expect(await row.getByLabel('Label').inputValue()).toBe('Homes destroyed');

    await row.getByLabel('Terms, comma-separated').fill('homes destroyed, houses destroyed');
    await shoot(page, 'desk-edit-event-1280');
    // New terms apply to what the feeds say from now on (saving has every source read again).
    site.setFeed('/ap', [...killed('ap1', 9), { guid: 'ap2', html: '<p>The strike left 40 homes destroyed on Monday, officials said.</p>' }]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Raid on the port of Odesa');
    const saved = await api<TallyEvent>(`/api/events/${event.id}`);
    expect(saved.title).toBe('Raid on the port of Odesa');
    expect(saved.metrics.at(-1)).toEqual({ key: 'homes_destroyed', label: 'Homes destroyed', terms: ['homes destroyed', 'houses destroyed'] });
    expect(saved.metrics.length).toBe(event.metrics.length + 1);
    await page.locator('[data-claim-id]').filter({ hasText: 'Homes destroyed' }).filter({ hasText: '40' }).waitFor({ timeout: 10_000 });
    await page.close();
  }, 40_000);

  it('creates an event from the page and switches to it', async () => {
    const page = await open({ signedIn: true });
    await page.getByRole('button', { name: 'New event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New event' });
    await dialog.getByLabel('Title').fill('Flood in Valencia');
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Flood in Valencia');
    const created = (await api<TallyEvent[]>('/api/events')).find((e) => e.title === 'Flood in Valencia')!;
    expect(created.metrics.map((m) => m.key)).toContain('killed');
    await expect.poll(() => page.url()).toContain(`event=${created.id}`);
    expect(await page.locator('header select').inputValue()).toBe(created.id);
    await page.close();
  }, 30_000);

  it('looks finished signed in on a phone and in the dark', async () => {
    for (const [width, scheme] of [[360, 'light'], [360, 'dark'], [1280, 'dark']] as const) {
      const page = await open({ signedIn: true, width, colorScheme: scheme });
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await shoot(page, `desk-${width}-${scheme}`);
      await page.getByRole('button', { name: 'Edit event' }).click();
      await page.getByRole('dialog', { name: 'Edit event' }).waitFor();
      await page.screenshot({ path: `/tmp/shots/desk-edit-${width}-${scheme}.png` });
      await page.close();
    }
  }, 40_000);
});
