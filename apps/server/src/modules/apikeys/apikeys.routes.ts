import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './apikeys.service.ts';
import { ApiKeyCreated, ApiKeyList } from './apikeys.responses.ts';
import { NoContent } from '../../lib/responses.ts';

const CreateBody = z.object({
  name: z.string().trim().min(2).max(100),
  unitId: z.uuid().optional(),
});

/** API keys of external clients (Open311); administrators of a district or city only. */
export async function apiKeyRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api-keys', { schema: { tags: ['api-keys'], response: { 200: ApiKeyList } } }, async (req) =>
    service.listApiKeys(ctx.db, actorOf(req)),
  );
  r.post(
    '/api-keys',
    { schema: { tags: ['api-keys'], body: CreateBody, response: { 201: ApiKeyCreated } } },
    async (req, reply) => reply.status(201).send(await service.createApiKey(ctx.db, actorOf(req), req.body)),
  );
  r.delete(
    '/api-keys/:id',
    { schema: { tags: ['api-keys'], params: z.object({ id: z.uuid() }), response: { 204: NoContent } } },
    async (req, reply) => {
      await service.revokeApiKey(ctx.db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
