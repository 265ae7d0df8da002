/** Claims and figures of an event. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { groupFigures } from '../../shared/figures.ts';
import { ClaimParams, EventParams, ReviewClaimBody } from '../../shared/schemas.ts';
import { requireAdmin } from './auth.ts';
import { badRequest, notFound } from './errors.ts';

const claims: FastifyPluginAsyncTypebox = async (app) => {
  const claimsOf = (eventId: string) => {
    if (!app.store.getEvent(eventId)) throw notFound(`claims: no event "${eventId}"`);
    return app.store.listClaims(eventId);
  };
  app.get('/api/events/:eventId/claims', { schema: { params: EventParams } }, async (request) => claimsOf(request.params.eventId));
  app.get('/api/events/:eventId/figures', { schema: { params: EventParams } }, async (request) =>
    groupFigures(claimsOf(request.params.eventId), app.store.getEvent(request.params.eventId)?.metrics),
  );

  // The desk's word on a claim: confirm, reject, correct its value or metric, or reopen it. Pushed live at once.
  app.post('/api/events/:eventId/claims/:claimId/review', { schema: { params: ClaimParams, body: ReviewClaimBody }, preHandler: requireAdmin }, async (request) => {
    const { eventId, claimId } = request.params;
    const event = app.store.getEvent(eventId);
    if (!event) throw notFound(`claims: no event "${eventId}"`);
    if (!app.store.listClaims(eventId).some((c) => c.id === claimId)) throw notFound(`claims: no claim "${claimId}" in event "${eventId}"`);
    const { action, value, metric, note } = request.body;
    if (action === 'correct' && value === undefined && metric === undefined) throw badRequest('body/value or body/metric is needed to correct a claim');
    if (action !== 'correct' && (value !== undefined || metric !== undefined)) throw badRequest(`body/value and body/metric go with action "correct", not "${action}"`);
    if (metric !== undefined && !event.metrics.some((m) => m.key === metric)) throw badRequest(`body/metric "${metric}" is not one of this event's metrics`);
    const claim = await app.store.reviewClaim(eventId, claimId, { action, value, metric, note, by: request.body.by ?? 'desk' });
    app.live.publishClaims(eventId, [], [claim]);
    return claim;
  });
};
export default claims;
