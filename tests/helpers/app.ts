/** Building a Tally app on a temporary data folder for tests. */
import { type AppOptions, type TallyApp, buildApp } from '../../server/app.ts';
import type { TallyConfig } from '../../server/config.ts';
import { makeTempDir } from './temp-dir.ts';

export const TEST_TOKEN = 'test-admin-token';

/** makeTestApp builds an app on a fresh data folder (demo off unless asked), and a cleanup that closes and removes it. */
export async function makeTestApp(config: Partial<TallyConfig> = {}, options: Omit<AppOptions, 'config'> = {}): Promise<{ app: TallyApp; dir: string; close: () => Promise<void> }> {
  const { dir, cleanup } = await makeTempDir();
  const app = await buildApp({ config: { dataDir: dir, adminToken: TEST_TOKEN, demo: 'off', pollMinSeconds: 1, ...config }, env: {}, ...options });
  return {
    app,
    dir,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

export const auth = { authorization: `Bearer ${TEST_TOKEN}` };
