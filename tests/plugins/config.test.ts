import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('readConfig', () => {
  it('uses the contract defaults on an empty environment', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', demo: 'auto', allowPrivateFeeds: false, pollMinSeconds: 5, adminToken: undefined });
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it.each([
    ['PORT', { PORT: 'http' }, /PORT must be a whole number/],
    ['PORT out of range', { PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    ['TALLY_DEMO', { TALLY_DEMO: 'yes' }, /TALLY_DEMO must be 0 or 1/],
    ['TALLY_POLL_MIN_SECONDS', { TALLY_POLL_MIN_SECONDS: '0' }, /TALLY_POLL_MIN_SECONDS/],
  ])('refuses a bad %s with a message naming it', (_name, env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('admin token', () => {
  it('is generated on first start, announced once, stored mode 600, and reused on the next start', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const said: string[] = [];
      const first = await buildApp({ config: { dataDir: dir, demo: 'off' }, env: {}, announce: (m) => said.push(m) });
      const token = (await readFile(path.join(dir, 'admin-token'), 'utf8')).trim();
      expect(token.length).toBeGreaterThanOrEqual(32);
      expect((await stat(path.join(dir, 'admin-token'))).mode & 0o777).toBe(0o600);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain(token);
      const created = await first.inject({ method: 'POST', url: '/api/events', headers: { authorization: `Bearer ${token}` }, payload: { title: 'Flood' } });
      expect(created.statusCode).toBe(201);
      await first.close();

      const second = await buildApp({ config: { dataDir: dir, demo: 'off' }, env: {}, announce: (m) => said.push(m) });
      expect(said).toHaveLength(1);
      const again = await second.inject({ method: 'POST', url: '/api/events', headers: { authorization: `Bearer ${token}` }, payload: { title: 'Flood 2' } });
      expect(again.statusCode).toBe(201);
      await second.close();
    } finally {
      await cleanup();
    }
  });

  it('TALLY_ADMIN_TOKEN wins and nothing is written', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const app = await buildApp({ config: { dataDir: dir, demo: 'off' }, env: { TALLY_ADMIN_TOKEN: 'from-env' } });
      expect((await app.inject({ method: 'POST', url: '/api/events', headers: { authorization: 'Bearer from-env' }, payload: { title: 'X' } })).statusCode).toBe(201);
      await expect(stat(path.join(dir, 'admin-token'))).rejects.toThrow(/ENOENT/);
      await app.close();
    } finally {
      await cleanup();
    }
  });
});
