/** buildApp: the whole Tally server as one Fastify instance. Tests call it and use app.inject; main.ts listens. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyReply, type FastifyServerOptions, LogController } from 'fastify';
import type { TallyConfig } from './config.ts';
import type { ExtractFn } from './ingest/refresh-source.ts';
import configPlugin from './plugins/config.ts';
import demoPlugin from './plugins/demo.ts';
import livePlugin from './plugins/live.ts';
import pollerPlugin from './plugins/poller.ts';
import storePlugin from './plugins/store.ts';
import claimRoutes from './routes/claims.ts';
import { HttpError } from './routes/errors.ts';
import eventRoutes from './routes/events.ts';
import healthRoutes from './routes/health.ts';
import sourceRoutes from './routes/sources.ts';

/** AppOptions: settings that override the environment, the logger, and (for tests) the extractor and client folder. */
export interface AppOptions {
  config?: Partial<TallyConfig>;
  env?: NodeJS.ProcessEnv;
  logger?: FastifyServerOptions['logger'];
  extract?: ExtractFn;
  clientDir?: string;
  announce?: (message: string) => void;
}

const CLIENT_ERRORS: Record<number, string> = { 400: 'bad_request', 404: 'not_found', 405: 'method_not_allowed', 413: 'payload_too_large', 415: 'unsupported_media_type' };
const DEFAULT_CLIENT_DIR = path.resolve(import.meta.dirname, '../dist/client');

/** buildApp registers the plugins (config, store, live, demo, poller) and the REST routes. */
export async function buildApp(options: AppOptions = {}) {
  const app = Fastify({
    logger: options.logger ?? false,
    // Feeds and dashboards poll all the time: a log line per read would bury the writes and errors that matter.
    logController: new LogController({ disableRequestLogging: (request) => request.method === 'GET' || request.method === 'HEAD' }),
    bodyLimit: 1024 * 1024,
    // Unknown fields are refused, not silently dropped: a typo like "intervalSecond" should say so.
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HttpError) return reply.code(err.statusCode).send({ error: err.error, message: err.message });
    if (err.validation) return reply.code(400).send({ error: 'bad_request', message: err.message });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Stable words for clients, not Fastify's internal codes (FST_ERR_CTP_INVALID_JSON_BODY and the like).
      return reply.code(err.statusCode).send({ error: CLIENT_ERRORS[err.statusCode] ?? 'bad_request', message: err.message });
    }
    request.log.error(err);
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong inside Tally; the server log has the details.' });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }));

  await app.register(configPlugin, { config: options.config, env: options.env, announce: options.announce });
  await app.register(storePlugin);
  await app.register(livePlugin);
  await app.register(demoPlugin);
  await app.register(pollerPlugin, { extract: options.extract });

  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(sourceRoutes);
  await app.register(claimRoutes);

  const clientDir = options.clientDir ?? DEFAULT_CLIENT_DIR;
  if (existsSync(path.join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: clientDir, prefix: '/', wildcard: false });
    // /embed/<eventId>/<metric> is a view of the same single-page client: it reads the path itself.
    app.get('/embed/*', async (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  } else {
    const notBuilt = async (_request: unknown, reply: FastifyReply) =>
      reply.code(503).type('text/plain').send('The dashboard is not built yet: run `npm run build` (npm start does it for you).');
    app.get('/', notBuilt);
    app.get('/embed/*', notBuilt);
  }
  return app;
}

export type TallyApp = Awaited<ReturnType<typeof buildApp>>;
