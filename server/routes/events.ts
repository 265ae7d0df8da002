/** Events: list, read, create, and rename or redefine metrics (writes need the admin token). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { CreateEventBody, EventParams, UpdateEventBody } from '../../shared/schemas.ts';
import { requireAdmin } from './auth.ts';
import { badRequest, notFound } from './errors.ts';

const events: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/events', async () => app.store.listEvents());

  app.get('/api/events/:eventId', { schema: { params: EventParams } }, async (request) => {
    const event = app.store.getEvent(request.params.eventId);
    if (!event) throw notFound(`events: no event "${request.params.eventId}"`);
    return event;
  });

  app.post('/api/events', { schema: { body: CreateEventBody }, preHandler: requireAdmin }, async (request, reply) => {
    const { title, metrics } = request.body;
    if (!title.trim()) throw badRequest('body/title must not be blank');
    checkMetricKeys(metrics);
    const event = await app.store.createEvent({ title: title.trim(), metrics: metrics ?? DEFAULT_METRICS });
    return reply.code(201).send(event);
  });

  app.patch('/api/events/:eventId', { schema: { params: EventParams, body: UpdateEventBody }, preHandler: requireAdmin }, async (request) => {
    const { eventId } = request.params;
    if (!app.store.getEvent(eventId)) throw notFound(`events: no event "${eventId}"`);
    const { title, metrics } = request.body;
    if (title !== undefined && !title.trim()) throw badRequest('body/title must not be blank');
    checkMetricKeys(metrics);
    const { event, metricsChanged, removedClaims } = await app.store.updateEvent(eventId, { title: title?.trim(), metrics });
    app.live.publishEvent(eventId, removedClaims);
    // New terms only find claims in text read after the change: have every source's feed read again now.
    if (metricsChanged) for (const source of app.store.listSources(eventId)) app.poller.track(source);
    return event;
  });
};

function checkMetricKeys(metrics: { key: string }[] | undefined): void {
  const keys = metrics?.map((m) => m.key) ?? [];
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) throw badRequest(`body/metrics has the key "${duplicate}" twice`);
}
export default events;
