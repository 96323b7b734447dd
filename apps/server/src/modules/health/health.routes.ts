import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../lib/context.ts';
import { fileResponse } from '../../lib/responses.ts';
import { Health, Live, Ready } from './health.responses.ts';
import { readiness, scrape } from './health.service.ts';

const tags = ['health'];

const DRAINING = {
  ready: false,
  draining: true as const,
  database: 'none' as const,
  migrations: 'none' as const,
  pendingMigrations: [],
  jobQueue: 'none' as const,
  replica: 'none' as const,
  replicaLagSeconds: null,
  replicationSlots: 'none' as const,
  slotWarnings: [],
  reasons: [],
};

export async function healthRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.get(
    '/health',
    { config: { auth: false }, schema: { tags, response: { 200: Health, 503: Health } } },
    async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(ctx.db);
        return { status: 'ok', database: 'ok', version: '0.1.0' };
      } catch {
        return reply.status(503).send({ status: 'degraded', database: 'unavailable', version: '0.1.0' });
      }
    },
  );
  // Liveness: the process answers (restart it when this fails); nothing else is asked.
  app.get(
    '/health/live',
    { config: { auth: false }, schema: { tags, response: { 200: Live } } },
    async () => ({ status: 'live' as const, uptimeSeconds: Math.round(process.uptime()) }),
  );
  // Readiness: send traffic here only when 200 (health.service.ts says what is checked).
  app.get(
    '/health/ready',
    { config: { auth: false }, schema: { tags, response: { 200: Ready, 503: Ready } } },
    async (req, reply) => {
      // Shutting down: not ready, at once and whatever else holds (server.ts, graceful shutdown).
      if (req.server.draining) return reply.status(503).send({ ...DRAINING });
      const r = await readiness(ctx.db, ctx.read, ctx.config.slotWarnBytes);
      return reply.status(r.ready ? 200 : 503).send(r);
    },
  );
  // Prometheus text format (lib/metrics.ts). No personal data: route patterns, counts and timings only.
  app.get(
    '/metrics',
    {
      config: { auth: false, rateLimit: false },
      schema: { tags, response: { 200: fileResponse('Prometheus metrics', 'text/plain') } },
    },
    async (_req, reply) => {
      const { contentType, body } = await scrape(ctx.db, ctx.read, ctx.config.slotWarnBytes);
      return reply.header('content-type', contentType).send(body);
    },
  );
}
