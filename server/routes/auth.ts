/** requireAdmin: the preHandler every write route uses. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

/** requireAdmin answers 401 unless the request carries `Authorization: Bearer <TALLY_ADMIN_TOKEN>`. */
export async function requireAdmin(this: unknown, request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!request.server.isAdmin(request.headers.authorization)) {
    throw new HttpError(401, 'unauthorized', 'auth: this route needs Authorization: Bearer <TALLY_ADMIN_TOKEN>');
  }
}
