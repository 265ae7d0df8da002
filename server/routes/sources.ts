/** Sources of an event: list, add, edit (pause, rename, re-point, re-time) and remove. Writes need the admin token. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateSourceBody, EventParams, SourceParams, UpdateSourceBody } from '../../shared/schemas.ts';
import { checkFeedUrl } from '../ingest/check-url.ts';
import { requireAdmin } from './auth.ts';
import { badRequest, notFound } from './errors.ts';

const DEFAULT_INTERVAL_SECONDS = 30;

const sources: FastifyPluginAsyncTypebox = async (app) => {
  const requireEvent = (eventId: string) => {
    if (!app.store.getEvent(eventId)) throw notFound(`sources: no event "${eventId}"`);
  };
  const requireSource = (eventId: string, sourceId: string) => {
    requireEvent(eventId);
    const source = app.store.getSource(eventId, sourceId);
    if (!source) throw notFound(`sources: no source "${sourceId}" in event "${eventId}"`);
    return source;
  };
  const validUrl = async (raw: string) => {
    const check = await checkFeedUrl(raw, app.config.allowPrivateFeeds);
    if (!check.ok) throw badRequest(check.message);
    return check.url;
  };
  const validInterval = (seconds: number) => {
    if (seconds < app.config.pollMinSeconds) throw badRequest(`body/intervalSeconds must be at least ${app.config.pollMinSeconds} (TALLY_POLL_MIN_SECONDS)`);
    return seconds;
  };
  const validOutlet = (outlet: string) => {
    if (!outlet.trim()) throw badRequest('body/outlet must not be blank');
    return outlet.trim();
  };

  app.get('/api/events/:eventId/sources', { schema: { params: EventParams } }, async (request) => {
    requireEvent(request.params.eventId);
    return app.store.listSources(request.params.eventId);
  });

  app.post('/api/events/:eventId/sources', { schema: { params: EventParams, body: CreateSourceBody }, preHandler: requireAdmin }, async (request, reply) => {
    const { eventId } = request.params;
    requireEvent(eventId);
    const outlet = validOutlet(request.body.outlet);
    const intervalSeconds = validInterval(request.body.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS);
    const url = await validUrl(request.body.url);
    const source = await app.store.addSource(eventId, { outlet, url, intervalSeconds });
    app.live.publishSources(eventId, [source]);
    app.poller.track(source);
    return reply.code(201).send(source);
  });

  app.patch('/api/events/:eventId/sources/:sourceId', { schema: { params: SourceParams, body: UpdateSourceBody }, preHandler: requireAdmin }, async (request) => {
    const { eventId, sourceId } = request.params;
    const current = requireSource(eventId, sourceId);
    const { outlet, url, intervalSeconds, paused } = request.body;
    const patch = {
      ...(outlet !== undefined ? { outlet: validOutlet(outlet) } : {}),
      ...(intervalSeconds !== undefined ? { intervalSeconds: validInterval(intervalSeconds) } : {}),
      ...(url !== undefined && !current.demo ? { url: await validUrl(url) } : {}),
      ...(paused !== undefined ? { paused } : {}),
    };
    if (url !== undefined && current.demo) throw badRequest('body/url of a demo source cannot change');
    const source = await app.store.updateSource(eventId, sourceId, patch);
    app.live.publishSources(eventId, [source]);
    // Re-arm the timer so a new URL or interval applies now; a paused source simply stays unscheduled.
    app.poller.untrack(sourceId);
    app.poller.track(source);
    return source;
  });

  app.delete('/api/events/:eventId/sources/:sourceId', { schema: { params: SourceParams }, preHandler: requireAdmin }, async (request, reply) => {
    const { eventId, sourceId } = request.params;
    requireSource(eventId, sourceId);
    app.poller.untrack(sourceId);
    const { removedClaims } = await app.store.removeSource(eventId, sourceId);
    app.live.publishSources(eventId, [], [sourceId]);
    app.live.publishClaims(eventId, [], [], removedClaims);
    return reply.code(204).send();
  });
};
export default sources;
