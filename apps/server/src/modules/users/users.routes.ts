import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Role } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './users.service.ts';
import { RevealedPhone, UserDetail, UserPage } from './users.responses.ts';

const Params = z.object({ id: z.uuid() });
const Phone = z
  .string()
  .trim()
  .regex(/^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'a mainland mobile or landline number');
export const UserBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.-]{3,40}$/, '3–40 letters, digits, _ . -'),
  name: z.string().trim().min(1).max(50),
  phone: Phone.nullable().optional(),
  unitId: z.uuid(),
  roles: z.array(Role).min(1).max(8),
  password: z.string().min(8).max(128),
  active: z.boolean().optional(),
});
const UserPatch = UserBody.omit({ username: true })
  .partial()
  .extend({ unlock: z.literal(true).optional(), resetTotp: z.literal(true).optional() });

export async function userRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        querystring: Paging.extend({
          unitId: z.uuid().optional(),
          role: Role.optional(),
          q: z.string().max(50).optional(),
        }),
        response: { 200: UserPage },
      },
    },
    async (req) => service.listUsers(ctx.db, ctx.pii, actorOf(req), req.query),
  );
  r.get(
    '/users/:id',
    { schema: { tags: ['users'], params: Params, response: { 200: UserDetail } } },
    async (req) => service.getUser(ctx.db, ctx.pii, actorOf(req), req.params.id),
  );
  r.get(
    '/users/:id/phone',
    {
      schema: {
        tags: ['users'],
        params: Params,
        querystring: z.object({ reason: z.string().trim().min(2).max(200) }),
        response: { 200: RevealedPhone },
      },
    },
    async (req) => service.revealPhone(ctx.db, ctx.pii, actorOf(req), req.params.id, req.query.reason),
  );
  r.post(
    '/users',
    { schema: { tags: ['users'], body: UserBody, response: { 201: UserDetail } } },
    async (req, reply) => {
      const id = await service.createUser(ctx.db, ctx.pii, actorOf(req), req.body);
      return reply.status(201).send(await service.getUser(ctx.db, ctx.pii, actorOf(req), id));
    },
  );
  r.patch(
    '/users/:id',
    { schema: { tags: ['users'], params: Params, body: UserPatch, response: { 200: UserDetail } } },
    async (req) => {
      await service.updateUser(ctx.db, ctx.pii, actorOf(req), req.params.id, req.body);
      return service.getUser(ctx.db, ctx.pii, actorOf(req), req.params.id);
    },
  );
}
