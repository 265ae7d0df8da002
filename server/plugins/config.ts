/** Config plugin: decorates `app.config` and makes sure an admin token exists (generated once, stored mode 600). */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fp from 'fastify-plugin';
import { type TallyConfig, readConfig } from '../config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: TallyConfig & { adminToken: string };
    /** isAdmin checks an Authorization header against the admin token in constant time. */
    isAdmin(authorization: string | undefined): boolean;
  }
}

/** ConfigPluginOptions overrides what the environment says (tests pass a temp data folder). */
export interface ConfigPluginOptions {
  config?: Partial<TallyConfig>;
  env?: NodeJS.ProcessEnv;
  /** Where the one-time token message goes; the log by default, the terminal when run by main.ts. */
  announce?: (message: string) => void;
}

export default fp<ConfigPluginOptions>(
  async (app, options) => {
    const config = { ...readConfig(options.env ?? process.env), ...options.config };
    const adminToken = config.adminToken ?? (await loadOrCreateToken(config.dataDir, options.announce ?? ((msg) => app.log.warn(msg))));
    app.decorate('config', { ...config, adminToken });
    const expected = Buffer.from(`Bearer ${adminToken}`);
    app.decorate('isAdmin', (authorization: string | undefined) => {
      const given = Buffer.from(authorization ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  },
  { name: 'config' },
);

/** loadOrCreateToken reads the stored admin token, or makes one, stores it readable by the owner only, and prints it once. */
async function loadOrCreateToken(dataDir: string, announce: (message: string) => void): Promise<string> {
  const file = path.join(dataDir, 'admin-token');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored) return stored;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`config: cannot read ${file}: ${(err as Error).message}`);
  }
  const token = randomBytes(24).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  announce(`Admin token generated and stored in ${file} (shown only this once): ${token}`);
  return token;
}
