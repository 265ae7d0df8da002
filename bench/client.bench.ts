/**
 * Client: bundle size (gzip, JS + CSS), time to first chart on a cold load, and frame times while 50 outlets ×
 * 500 points update live in the over-time chart. Real Chromium against a real server; prints figures, never fails.
 * Targets: < 150 KB gzip, first chart < 1 s, frames < 16 ms.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TallyApp } from '../server/app.ts';
import { DEFAULT_METRICS } from '../shared/metrics.ts';
import type { ExtractedClaim, Source } from '../shared/types.ts';
import { makeTestApp } from '../tests/helpers/app.ts';
import { buildClient, chromiumPath, launchChromium } from '../tests/helpers/browser.ts';
import { addOutlet, report } from '../tests/helpers/seed-claims.ts';
import { percentile } from './stats.ts';

const COLD_LOADS = 10;
const OUTLETS = 50;
const POINTS = 500;
/** The last LIVE_ROUNDS of the points arrive live, one claim per outlet per round; the rest are in the snapshot. */
const LIVE_ROUNDS = 40;
const ROUND_MS = 100;
const FIRST_CHART = '[data-metric] svg [data-outlet]';

export default async function run(): Promise<void> {
  const clientDir = await buildClient();
  await bundleSize(clientDir);
  if (!chromiumPath()) {
    console.log('  no Chromium at CHROMIUM_PATH or /usr/bin/chromium: browser figures skipped');
    return;
  }
  const browser = await launchChromium();
  try {
    await firstChart(clientDir, browser);
    // The whole dashboard (every panel follows the claims), then the chart alone in its embed view.
    await liveFrames(clientDir, browser, 'dashboard', (id) => `/?event=${id}&view.killed=time`);
    await liveFrames(clientDir, browser, 'embed', (id) => `/embed/${id}/killed?view=time`);
  } finally {
    await browser.close();
    await rm(clientDir, { recursive: true, force: true });
  }
}

async function bundleSize(clientDir: string): Promise<void> {
  const assets = path.join(clientDir, 'assets');
  let js = 0;
  let css = 0;
  for (const file of await readdir(assets)) {
    const size = gzipSync(await readFile(path.join(assets, file)), { level: 9 }).length;
    if (file.endsWith('.js')) js += size;
    if (file.endsWith('.css')) css += size;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`bundle (gzip -9): JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)}   (target < 150 KB)`);
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

async function serve(clientDir: string): Promise<{ app: TallyApp; base: string; close: () => Promise<void> }> {
  const t = await makeTestApp({}, { clientDir });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { app: t.app, base: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, close: t.close };
}

async function firstChart(clientDir: string, browser: Browser): Promise<void> {
  const server = await serve(clientDir);
  const event = await server.app.store.createEvent({ title: 'Cold load', metrics: DEFAULT_METRICS });
  for (const name of ['Reuters', 'AP', 'BBC', 'Al Jazeera']) {
    const source = await addOutlet(server.app, event.id, name);
    for (let day = 20; day < 26; day++) {
      report(server.app, source, `${name}-${day}`, [
        { value: 10 * day, date: `2026-11-${day}` },
        { metric: 'injured', scope: 'daily', value: 3 * day, date: `2026-11-${day}` },
      ]);
    }
  }
  const times: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Recorded in the page, on the page's own clock, which starts at navigation.
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        (window as unknown as { firstChartAt: number }).firstChartAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, FIRST_CHART);
    await page.goto(`${server.base}/?event=${event.id}`);
    await page.waitForFunction(() => (window as unknown as { firstChartAt?: number }).firstChartAt !== undefined);
    times.push(await page.evaluate(() => (window as unknown as { firstChartAt: number }).firstChartAt));
    await context.close();
  }
  console.log(`time to first chart, cold (fresh context, ${COLD_LOADS} loads, 24 claims): p50 ${percentile(times, 50).toFixed(0)} ms   p95 ${percentile(times, 95).toFixed(0)} ms   (target < 1000 ms)`);
  await server.close();
}

async function liveFrames(clientDir: string, browser: Browser, name: string, address: (eventId: string) => string): Promise<void> {
  const server = await serve(clientDir);
  const event = await server.app.store.createEvent({ title: 'Frames', metrics: DEFAULT_METRICS });
  const sources: Source[] = [];
  for (let i = 0; i < OUTLETS; i++) sources.push(await addOutlet(server.app, event.id, `Outlet ${String(i + 1).padStart(2, '0')}`));
  const claim = (o: number, k: number): ExtractedClaim => ({ metric: 'killed', scope: 'cumulative', value: 100 + k * 3 + o, date: '2026-11-25', quote: `Toll ${100 + k * 3 + o}`, span: [0, 1] });
  const record = (o: number, k: number) =>
    server.app.store.recordItem(sources[o], { itemId: `p${k}`, url: null, title: `p${k}`, hash: `p${k}`, publishedAt: new Date().toISOString() }, [claim(o, k)]);
  for (let k = 0; k < POINTS - LIVE_ROUNDS; k++) for (let o = 0; o < OUTLETS; o++) record(o, k);

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.base}${address(event.id)}`);
  await page.locator('[data-metric="killed"] svg [data-outlet]').nth(OUTLETS - 1).waitFor({ timeout: 60_000 });
  // A string, so the bundler's helpers never leak into the page.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = performance.now();
  for (let k = POINTS - LIVE_ROUNDS; k < POINTS; k++) {
    const added = sources.map((_, o) => record(o, k).added).flat();
    server.app.live.publishClaims(event.id, added, []);
    await new Promise((r) => setTimeout(r, ROUND_MS));
  }
  await page.waitForFunction((n) => document.querySelectorAll('[data-metric="killed"] svg [data-outlet]').length === n, OUTLETS);
  const elapsed = performance.now() - started;
  const { frames, longTasks, paths } = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; longTasks: number[]; __stopFrames: boolean };
    w.__stopFrames = true;
    return { frames: w.frames_.slice(1), longTasks: w.longTasks, paths: document.querySelectorAll('[data-metric="killed"] svg path').length };
  });
  const f = (v: number) => v.toFixed(1).padStart(5);
  console.log(`live frames, ${name}, ${OUTLETS} outlets × ${POINTS} points (${LIVE_ROUNDS} rounds of ${OUTLETS} claims pushed every ${ROUND_MS} ms, ${(elapsed / 1000).toFixed(1)} s):`);
  console.log(`  frame ms p50 ${f(percentile(frames, 50))}   p95 ${f(percentile(frames, 95))}   max ${f(Math.max(...frames))}   (${frames.length} frames; target < 16 ms)`);
  console.log(`  long tasks (> 50 ms): ${longTasks.length}, longest ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms; ${paths} <path> elements in the chart`);
  await page.close();
  await server.close();
}
