import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../lib/context.ts';
import { Health } from './health.responses.ts';

export async function healthRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.get(
    '/health',
    { config: { auth: false }, schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(ctx.db);
        return { status: 'ok', database: 'ok', version: '0.1.0' };
      } catch {
        return reply.status(503).send({ status: 'degraded', database: 'unavailable', version: '0.1.0' });
      }
    },
  );
}
