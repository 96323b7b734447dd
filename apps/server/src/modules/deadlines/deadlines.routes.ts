import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CategoryCode, Duration, Urgency } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './deadlines.service.ts';
import { DeadlinePolicyList } from './deadlines.responses.ts';
import { IdOnly, NoContent } from '../../lib/responses.ts';

const PolicyBody = z.object({
  categoryCode: CategoryCode.nullable(),
  urgency: Urgency,
  accept: Duration,
  respond: Duration,
  resolve: Duration,
});

export async function deadlineRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/deadline-policies',
    { schema: { tags: ['deadlines'], response: { 200: DeadlinePolicyList } } },
    async (req) => {
      actorOf(req);
      return service.listPolicies(ctx.db);
    },
  );
  r.put(
    '/deadline-policies',
    { schema: { tags: ['deadlines'], body: PolicyBody, response: { 200: IdOnly } } },
    async (req) => service.upsertPolicy(ctx, actorOf(req), req.body),
  );
  r.delete(
    '/deadline-policies/:id',
    { schema: { tags: ['deadlines'], params: z.object({ id: z.uuid() }), response: { 204: NoContent } } },
    async (req, reply) => {
      await service.deletePolicy(ctx, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
