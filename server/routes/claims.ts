/** Claims and figures of an event. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { groupFigures } from '../../shared/figures.ts';
import { EventParams } from '../../shared/schemas.ts';
import { notFound } from './errors.ts';

const claims: FastifyPluginAsyncTypebox = async (app) => {
  const claimsOf = (eventId: string) => {
    if (!app.store.getEvent(eventId)) throw notFound(`claims: no event "${eventId}"`);
    return app.store.listClaims(eventId);
  };
  app.get('/api/events/:eventId/claims', { schema: { params: EventParams } }, async (request) => claimsOf(request.params.eventId));
  app.get('/api/events/:eventId/figures', { schema: { params: EventParams } }, async (request) => groupFigures(claimsOf(request.params.eventId)));
};
export default claims;
