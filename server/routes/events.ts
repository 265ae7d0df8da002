/** Events: list, read, create. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { CreateEventBody, EventParams } from '../../shared/schemas.ts';
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
    const keys = metrics?.map((m) => m.key) ?? [];
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicate) throw badRequest(`body/metrics has the key "${duplicate}" twice`);
    const event = await app.store.createEvent({ title: title.trim(), metrics: metrics ?? DEFAULT_METRICS });
    return reply.code(201).send(event);
  });
};
export default events;
