import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import type { Source } from '../../shared/types.ts';
import { makeTestApp } from '../helpers/app.ts';
import { browserSkipReason, buildClient, launchChromium, settle } from '../helpers/browser.ts';
import { addOutlet, report } from '../helpers/seed-claims.ts';

const skip = browserSkipReason();
if (skip) console.log(skip);
const SHOTS = '/tmp/shots';

/** pngSize reads width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** cornerPixel decodes a PNG in the page and returns the RGBA of a pixel near its top-left corner. */
function cornerPixel(page: Page, bytes: Buffer): Promise<number[]> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(4, 4, 1, 1).data];
  }, bytes.toString('base64'));
}

/**
 * barMisses measures, in a chart's <svg> (on the page or exported), how far each bar's top and height are from where its
 * value sits on the y axis, read from the gridlines: 0 when every bar reaches its value.
 */
function barMisses(svg: Element): { label: string; value: number; miss: number }[] {
  const ticks = [...svg.querySelectorAll('.axis-y > g')].map((g) => ({
    y: Number(/translate\(0,([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '')![1]),
    v: Number((g.textContent ?? '').replace(/,/g, '')),
  }));
  const [low, high] = [ticks[0], ticks[ticks.length - 1]];
  const yOf = (v: number) => low.y + ((v - low.v) * (high.y - low.y)) / (high.v - low.v);
  return [...svg.querySelectorAll('[data-outlet]')].flatMap((series) =>
    [...series.querySelectorAll('rect')].map((rect) => {
      // On the page the bar's accessible name says its value; an export drops it, but keeps the bar's value label.
      const said = rect.getAttribute('aria-label') ?? `: ${rect.parentElement?.querySelector('text')?.textContent?.trim() ?? ''}`;
      const value = Number(/: [≥~≤]?([\d,]+)/.exec(said)![1].replace(/,/g, ''));
      const [y, height] = [Number(rect.getAttribute('y')), Number(rect.getAttribute('height'))];
      return { label: series.getAttribute('data-outlet') ?? '', value, miss: Math.max(Math.abs(y - yOf(value)), Math.abs(y + height - yOf(0))) };
    }),
  );
}

describe.skipIf(skip)('charts, exports and embeds in Chromium', () => {
  let browser: Browser;
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let base: string;
  let eventId: string;
  const outlets: Record<string, Source> = {};

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const clientDir = await buildClient();
    t = await makeTestApp({}, { clientDir });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    eventId = (await t.app.store.createEvent({ title: 'Earthquake in Izmir', metrics: DEFAULT_METRICS })).id;
    for (const name of ['Reuters', 'AP', 'BBC']) outlets[name] = await addOutlet(t.app, eventId, name);
    // Two outlets report a rising running total and a day's injured; Reuters' first item is later revised.
    report(t.app, outlets.Reuters, 'r1', [
      { value: 13, date: '2026-11-25', quote: 'The death toll rose to 13, the governor said.', attribution: 'Izmir governor' },
      { metric: 'injured', scope: 'daily', date: '2026-11-25', value: 120, min: 120, quote: 'At least 120 people were injured.' },
    ]);
    report(t.app, outlets.AP, 'a1', [
      { value: 12, date: '2026-11-25', quote: 'Twelve people, 12 in all, were killed.' },
      { metric: 'injured', scope: 'daily', date: '2026-11-25', value: 130, approx: true, quote: 'About 130 people were injured.' },
    ]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('draws each outlet as a step line over time, and new reports and revisions arrive live without a reload or a scroll jump', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${base}/?event=${eventId}&view.killed=time`);
    const chart = page.locator('[data-metric="killed"]');
    await expect.poll(() => chart.locator('svg [data-outlet] path').count(), { timeout: 10_000 }).toBe(2);
    expect(await chart.getAttribute('data-view')).toBe('time');

    await page.evaluate(() => window.scrollTo(0, 200));
    report(t.app, outlets.BBC, 'b1', [{ value: 14, date: '2026-11-26', quote: 'The toll is now 14.' }]);
    report(t.app, outlets.Reuters, 'r1', [
      { value: 15, date: '2026-11-25', quote: 'The death toll rose to 15, the governor said.', attribution: 'Izmir governor' },
      { metric: 'injured', scope: 'daily', date: '2026-11-25', value: 120, min: 120, quote: 'At least 120 people were injured.' },
    ]);
    await expect.poll(() => chart.locator('svg [data-outlet]').count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => chart.locator('svg [data-outlet="Reuters"] text').allTextContents()).toContain('13 → 15');
    // One path per outlet: a series is a line, not a pile of segments.
    expect(await chart.locator('svg [data-outlet="Reuters"] path').count()).toBe(1);
    expect(await chart.locator('svg [data-outlet="Reuters"] path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+([HV][\d.]+)+$/);
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    await expect.poll(() => page.locator('[data-card="killed"]').textContent()).toContain('Reuters: 13 → 15');
    expect(loads).toBe(1);
    await settle(page); // marks finish growing in before the picture
    await page.screenshot({ path: `${SHOTS}/over-time.png`, fullPage: true });
    await page.close();
  }, 40_000);

  it('exports PNGs of at least 1200 css px at 2x (light, dark, transparent) and an SVG with title, as-of and source', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${base}/?event=${eventId}`);
    const chart = page.locator('[data-metric="injured"]');
    await chart.locator('svg [data-outlet]').first().waitFor();

    const download = async (click: () => Promise<void>) => {
      const [file] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };
    const more = async (name: string) => {
      await chart.getByLabel(/More export options/).click();
      await chart.getByRole('button', { name }).click();
    };

    const light = await download(() => chart.getByRole('button', { name: /as PNG/ }).click());
    expect(light.name).toBe('tally-injured-by-day.png');
    const size = pngSize(light.bytes);
    expect(size.width).toBeGreaterThanOrEqual(2400);
    const [r, g, b, a] = await cornerPixel(page, light.bytes);
    expect(a).toBe(255);
    expect(r + g + b).toBeGreaterThan(600);

    const dark = await download(() => more('PNG dark'));
    expect(pngSize(dark.bytes).width).toBeGreaterThanOrEqual(2400);
    const darkPixel = await cornerPixel(page, dark.bytes);
    expect(darkPixel[3]).toBe(255);
    expect(darkPixel[0] + darkPixel[1] + darkPixel[2]).toBeLessThan(150);

    const clear = await download(() => more('PNG transparent'));
    expect(pngSize(clear.bytes).width).toBeGreaterThanOrEqual(2400);
    expect((await cornerPixel(page, clear.bytes))[3]).toBe(0);

    await Promise.all([['light', light], ['dark', dark], ['transparent', clear]].map(([look, file]) => writeFile(`${SHOTS}/export-${look}.png`, (file as typeof light).bytes)));
    const svg = (await download(() => chart.getByRole('button', { name: /as SVG/ }).click())).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const text of ['Injured', 'As of', 'Source: Reuters, AP', 'data-outlet="AP"']) expect(svg).toContain(text);
    // The page itself stayed in its own theme while the dark export was drawn.
    expect((await page.evaluate(() => document.documentElement.getAttribute('style'))) ?? '').not.toContain('--');
    await page.close();
  }, 40_000);

  it('marks "at least" with an open top and "about" with a dashed edge, and offers the figures as a data table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/?event=${eventId}`);
    const chart = page.locator('[data-metric="injured"]');
    await chart.locator('svg [data-outlet]').first().waitFor();
    expect(await chart.locator('[data-outlet="Reuters"] path.open').count()).toBe(1);
    expect(await chart.locator('[data-outlet="AP"] rect').getAttribute('stroke-dasharray')).toBe('3 2');

    await chart.getByText('Data table').click();
    const table = chart.locator('table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Day', 'Reuters', 'AP']);
    expect(await table.locator('tbody tr').first().locator('th, td').allTextContents()).toEqual(['Wed 25 Nov', '≥120', '~130']);
    await page.close();
  });

  it('lets the keyboard reach a bar, shows its quote in a tooltip, and closes it with Escape', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/?event=${eventId}`);
    const chart = page.locator('[data-metric="injured"]');
    await chart.locator('svg [data-outlet]').first().waitFor();
    await chart.getByRole('button', { name: 'Over time' }).focus();
    await chart.getByRole('button', { name: 'By day' }).focus();
    let tag = '';
    for (let i = 0; i < 12 && tag !== 'rect'; i++) {
      await page.keyboard.press('Tab');
      tag = await page.evaluate(() => document.activeElement?.tagName ?? '');
    }
    expect(tag).toBe('rect');
    const tooltip = chart.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('At least 120 people were injured.');
    expect(await tooltip.getByRole('link', { name: /Open the report/ }).getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/tooltip-keyboard.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.close();
  });

  it('keeps the view and the chosen metric in the address: reload reopens them, Back undoes them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/?event=${eventId}`);
    const chart = page.locator('[data-metric="injured"]');
    await chart.locator('svg [data-outlet]').first().waitFor();
    await chart.getByRole('button', { name: 'Over time' }).click();
    await page.locator('[data-card="injured"]').click();
    // A second day's injured gives the over-time chart a figure to choose.
    report(t.app, outlets.BBC, 'b-injured', [{ metric: 'injured', scope: 'daily', date: '2026-11-24', value: 90, quote: '90 people were injured on Tuesday.' }]);
    const pick = chart.getByRole('combobox');
    await pick.waitFor({ timeout: 10_000 });
    await pick.selectOption({ label: 'Tue 24 Nov' });
    const url = new URL(page.url());
    expect(url.searchParams.get('view.injured')).toBe('time');
    expect(url.searchParams.get('metric')).toBe('injured');
    const figure = url.searchParams.get('figure.injured');
    expect(figure).toContain('2026-11-24');

    await page.reload();
    await expect.poll(() => chart.getAttribute('data-view')).toBe('time');
    expect(await page.locator('[data-card="injured"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => pick.inputValue()).toBe(figure);
    await expect.poll(() => chart.locator('.subtitle').first().textContent()).toContain('Tue 24 Nov');
    await page.goBack();
    await expect.poll(() => pick.inputValue()).not.toBe(figure);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => chart.getAttribute('data-view')).toBe('day');
    await page.close();
  });

  it('follows the system colour scheme', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, colorScheme: 'dark' });
    await page.goto(`${base}/?event=${eventId}`);
    await page.locator('[data-metric="injured"] svg [data-outlet]').first().waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
    const luminance = async () => {
      const panel = await page.locator('[data-metric="injured"]').evaluate((el) => getComputedStyle(el).backgroundColor);
      return panel.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    };
    expect(await luminance()).toBeLessThan(150);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/phone-dark.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await luminance()).toBeGreaterThan(600);
    expect(await background()).toBeTruthy();
    await page.close();
  });

  it('renders an embed as the chart alone at 1280×720, themed by its address, and keeps it live', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${base}/embed/${eventId}/killed?view=time&theme=dark`);
    const plot = page.locator('[data-metric="killed"]');
    await expect.poll(() => plot.locator('svg [data-outlet]').count(), { timeout: 10_000 }).toBe(3);
    // No controls: marks stay focusable for their tooltips, but there is nothing to press or pick.
    expect(await page.locator('button, select, details, input, a').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Killed');
    expect(await page.locator('footer').textContent()).toMatch(/As of .*Source: Reuters, AP, BBC/);
    const box = (await plot.locator('svg').boundingBox())!;
    expect(box.height).toBeGreaterThan(400);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    const panel = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(panel.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0)).toBeLessThan(150);

    const newcomer = await addOutlet(t.app, eventId, 'Al Jazeera');
    report(t.app, newcomer, 'j1', [{ value: 16, date: '2026-11-26', quote: 'At least 16 people died.' }]);
    await expect.poll(() => plot.locator('svg [data-outlet]').count(), { timeout: 10_000 }).toBe(4);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/embed-1280x720.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/embed-1920x1080.png` });
    await page.close();
  });

  it('draws every bar up to its value once transitions settle, after a live rescale too, and exports bars at their values', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/?event=${eventId}`);
    const chart = page.locator('[data-metric="injured"]');
    await chart.locator('svg [data-outlet] rect').first().waitFor();
    const misses = () => chart.locator('svg').first().evaluate(barMisses);
    await settle(page);
    for (const bar of await misses()) expect(bar.miss, `${bar.label} ${bar.value}`).toBeLessThan(0.5);

    // A larger figure rescales the axis: the bars already drawn glide to their new heights and end exactly there.
    report(t.app, outlets.BBC, 'b-injured-25', [{ metric: 'injured', scope: 'daily', date: '2026-11-25', value: 170, quote: '170 people were injured.' }]);
    await expect.poll(() => chart.locator('svg [data-outlet] rect').count(), { timeout: 10_000 }).toBe(4);
    await settle(page);
    const settled = await misses();
    // 90 is BBC's Tuesday, reported by the address test above.
    expect(settled.map((b) => b.value).sort((a, b) => a - b)).toEqual([90, 120, 130, 170]);
    for (const bar of settled) expect(bar.miss, `${bar.label} ${bar.value}`).toBeLessThan(0.5);

    // The export is drawn afresh at its own size: its bars are at their values, never caught growing in.
    const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as SVG/ }).click()]);
    const markup = (await readFile((await file.path())!)).toString('utf8');
    const exported = await page.evaluate(
      ([source, measure]) => {
        const svg = new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('svg svg')!;
        return (new Function(`return (${measure})`)() as (svg: Element) => { value: number; miss: number }[])(svg);
      },
      [markup, barMisses.toString()] as const,
    );
    expect(exported.length).toBe(4);
    for (const bar of exported) expect(bar.miss).toBeLessThan(0.5);
    await page.close();
  });
});
