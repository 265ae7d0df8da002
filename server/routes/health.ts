/** GET /api/health, and GET /api/auth for a desk to check its token without writing anything. */
import type { FastifyPluginAsync } from 'fastify';
import { requireAdmin } from './auth.ts';

const health: FastifyPluginAsync = async (app) => {
  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/auth', { preHandler: requireAdmin }, async (_request, reply) => reply.code(204).send());
};
export default health;
