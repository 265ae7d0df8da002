/** Reading Tally's settings from the environment (CONTRACT.md "Environment"). */
import path from 'node:path';

/** DemoSetting is TALLY_DEMO: `on` seeds the demo, `off` never, `auto` seeds it into an empty data folder. */
export type DemoSetting = 'on' | 'off' | 'auto';

/** TallyConfig is every setting the server runs on. */
export interface TallyConfig {
  port: number;
  host: string;
  dataDir: string;
  /** From TALLY_ADMIN_TOKEN; when absent the config plugin generates and stores one. */
  adminToken?: string;
  demo: DemoSetting;
  allowPrivateFeeds: boolean;
  pollMinSeconds: number;
  /** Speed-up of the demo clock: three days of news in about two minutes. */
  demoSpeed: number;
}

/** readConfig turns environment variables into a TallyConfig, failing on values that make no sense. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): TallyConfig {
  return {
    port: readInt(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.TALLY_DATA_DIR || './data'),
    adminToken: env.TALLY_ADMIN_TOKEN || undefined,
    demo: readDemo(env.TALLY_DEMO),
    allowPrivateFeeds: env.TALLY_ALLOW_PRIVATE_FEEDS === '1',
    pollMinSeconds: readInt(env, 'TALLY_POLL_MIN_SECONDS', 5, 1, 86_400),
    demoSpeed: readInt(env, 'TALLY_DEMO_SPEED', 2160, 1, 1_000_000),
  };
}

function readDemo(value: string | undefined): DemoSetting {
  if (value === undefined || value === '') return 'auto';
  if (value === '1') return 'on';
  if (value === '0') return 'off';
  throw new Error(`config: TALLY_DEMO must be 0 or 1, got "${value}"`);
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`config: ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
