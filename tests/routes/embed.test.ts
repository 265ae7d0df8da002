import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../helpers/app.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('GET /embed/*: the single-page client serves embeds', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('answers index.html for an embed address when the client is built', async () => {
    const client = await makeTempDir();
    cleanups.push(client.cleanup);
    await writeFile(path.join(client.dir, 'index.html'), '<!doctype html><title>Tally</title><div id="app"></div>');
    const t = await makeTestApp({}, { clientDir: client.dir });
    cleanups.push(t.close);

    const res = await t.app.inject('/embed/demo-prisoner-swap-2025/prisoners_exchanged?view=time&size=16x9&theme=dark');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<div id="app"></div>');
    // The dashboard and the API are untouched by the catch-all.
    expect((await t.app.inject('/')).body).toContain('<div id="app"></div>');
    expect((await t.app.inject('/api/health')).json()).toEqual({ ok: true });
  });

  it('says the dashboard is not built (503) when there is no client build', async () => {
    const client = await makeTempDir();
    cleanups.push(client.cleanup);
    const t = await makeTestApp({}, { clientDir: client.dir });
    cleanups.push(t.close);

    const res = await t.app.inject('/embed/some-event/killed');
    expect(res.statusCode).toBe(503);
    expect(res.body).toMatch(/not built yet/);
  });
});
