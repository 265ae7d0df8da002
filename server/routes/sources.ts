/** Sources of an event: list and add (adding starts polling it). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateSourceBody, EventParams } from '../../shared/schemas.ts';
import { requireAdmin } from './auth.ts';
import { badRequest, notFound } from './errors.ts';

const DEFAULT_INTERVAL_SECONDS = 30;

const sources: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/events/:eventId/sources', { schema: { params: EventParams } }, async (request) => {
    const { eventId } = request.params;
    if (!app.store.getEvent(eventId)) throw notFound(`sources: no event "${eventId}"`);
    return app.store.listSources(eventId);
  });

  app.post('/api/events/:eventId/sources', { schema: { params: EventParams, body: CreateSourceBody }, preHandler: requireAdmin }, async (request, reply) => {
    const { eventId } = request.params;
    if (!app.store.getEvent(eventId)) throw notFound(`sources: no event "${eventId}"`);
    const { outlet, url, intervalSeconds = DEFAULT_INTERVAL_SECONDS } = request.body;
    if (!outlet.trim()) throw badRequest('body/outlet must not be blank');
    const feedUrl = parseFeedUrl(url);
    if (intervalSeconds < app.config.pollMinSeconds) {
      throw badRequest(`body/intervalSeconds must be at least ${app.config.pollMinSeconds} (TALLY_POLL_MIN_SECONDS)`);
    }
    const source = await app.store.addSource(eventId, { outlet: outlet.trim(), url: feedUrl, intervalSeconds });
    app.live.publishSources(eventId, [source]);
    app.poller.track(source);
    return reply.code(201).send(source);
  });
};

/** parseFeedUrl accepts only absolute http(s) URLs without credentials. */
function parseFeedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badRequest('body/url must be an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badRequest(`body/url must use http or https, not ${url.protocol}`);
  if (url.username || url.password) throw badRequest('body/url must not carry a user name or password');
  return url.href;
}
export default sources;
