/** Finding and launching the system Chromium for browser tests, and building the client they load. */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** chromiumPath is CHROMIUM_PATH or Debian's /usr/bin/chromium, or null when neither exists. */
export function chromiumPath(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/** browserSkipReason says why browser tests cannot run here; under CI=true a missing browser is a failure instead. */
export function browserSkipReason(): string | null {
  if (chromiumPath()) return null;
  if (process.env.CI === 'true') throw new Error('browser tests: no Chromium at CHROMIUM_PATH or /usr/bin/chromium, and CI=true requires one (apt-get install -y chromium)');
  return 'browser tests skipped: no Chromium at CHROMIUM_PATH or /usr/bin/chromium (apt-get install -y chromium)';
}

/** launchChromium starts headless Chromium with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** buildClient builds the dashboard from the current sources into a temp folder, so tests never load a stale build. */
export async function buildClient(): Promise<string> {
  const { build } = await import('vite');
  const outDir = await mkdtemp(path.join(tmpdir(), 'tally-client-'));
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * settle waits until nothing on the page moves: every CSS or Web Animations transition has finished and no chart mark
 * changed its geometry over a few frames (bars glide with a JS tween). Screenshots taken after it never show a mark
 * halfway to its value.
 */
export async function settle(page: Page, timeout = 5000): Promise<void> {
  // A string, so no bundler helper (tsx names functions) leaks into the page.
  await page.waitForFunction(
    `(async () => {
      // A looping animation (a pulsing "live" dot) never finishes and moves no mark: only finite ones are waited for.
      const moving = () => document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
      await Promise.all(moving().map((a) => a.finished.catch(() => undefined)));
      const shape = () => [...document.querySelectorAll('svg rect, svg [data-outlet] > g')].map((el) => el.getAttribute('y') + ',' + el.getAttribute('height') + ',' + el.getAttribute('transform')).join(';');
      const before = shape();
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      return moving().length === 0 && shape() === before;
    })()`,
    undefined,
    { timeout, polling: 100 },
  );
}
