import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RegionCode, UnitKind } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './units.service.ts';
import { Unit, UnitPage } from './units.responses.ts';

const Params = z.object({ id: z.uuid() });
export const UnitBody = z.object({
  name: z.string().trim().min(2).max(100),
  kind: UnitKind,
  parentId: z.uuid().nullable().optional(),
  jurisdictionCode: RegionCode,
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, 'phone: digits, +, - only')
    .nullable()
    .optional(),
  active: z.boolean().optional(),
});

export async function unitRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/units',
    {
      schema: {
        tags: ['units'],
        querystring: Paging.extend({
          kind: UnitKind.optional(),
          q: z.string().max(50).optional(),
          manageable: z.enum(['0', '1']).optional(),
        }),
        response: { 200: UnitPage },
      },
    },
    async (req) =>
      service.listUnits(ctx.db, actorOf(req), { ...req.query, manageable: req.query.manageable === '1' }),
  );
  r.get('/units/:id', { schema: { tags: ['units'], params: Params, response: { 200: Unit } } }, async (req) =>
    service.getUnit(ctx.db, actorOf(req), req.params.id),
  );
  r.post(
    '/units',
    { schema: { tags: ['units'], body: UnitBody, response: { 201: Unit } } },
    async (req, reply) => {
      const id = await service.createUnit(ctx.db, actorOf(req), req.body);
      return reply.status(201).send(await service.getUnit(ctx.db, actorOf(req), id));
    },
  );
  r.patch(
    '/units/:id',
    { schema: { tags: ['units'], params: Params, body: UnitBody.partial(), response: { 200: Unit } } },
    async (req) => {
      await service.updateUnit(ctx.db, actorOf(req), req.params.id, req.body);
      return service.getUnit(ctx.db, actorOf(req), req.params.id);
    },
  );
}
