/** GET /api/health. */
import type { FastifyPluginAsync } from 'fastify';

const health: FastifyPluginAsync = async (app) => {
  app.get('/api/health', async () => ({ ok: true }));
};
export default health;
