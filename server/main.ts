/** main: start Tally, listen, and shut down gracefully on SIGINT/SIGTERM (stop polling, flush the store, close sockets). */
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';

const config = readConfig();
const app = await buildApp({
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  announce: (message) => console.log(`\n  ${message}\n`),
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error(err);
        process.exit(1);
      },
    );
  });
}

await app.listen({ port: config.port, host: config.host });
console.log(`\n  Tally is running: open http://${config.host}:${config.port}  (data in ${config.dataDir})\n`);
