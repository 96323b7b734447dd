import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CategoryCode, DutyRole, RegionCode, WGS84Point } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './duties.service.ts';
import { DutyPage, DutyResolution } from './duties.responses.ts';
import { IdOnly, NoContent } from '../../lib/responses.ts';

export const DutyBody = z.object({
  categoryCode: CategoryCode,
  regionCode: RegionCode,
  note: z.string().trim().max(500).nullable().optional(),
  parties: z
    .array(
      z.object({
        role: DutyRole,
        unitId: z.uuid().nullable().optional(),
        localStreet: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(20),
});
const Params = z.object({ id: z.uuid() });

export async function dutyRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/duties',
    {
      schema: {
        tags: ['duties'],
        querystring: Paging.extend({
          categoryCode: CategoryCode.optional(),
          regionCode: RegionCode.optional(),
        }),
        response: { 200: DutyPage },
      },
    },
    async (req) => service.listDuties(ctx.db, actorOf(req), req.query),
  );
  r.get(
    '/duties/resolve',
    {
      schema: {
        tags: ['duties'],
        querystring: WGS84Point.extend({ categoryCode: CategoryCode }),
        response: { 200: DutyResolution },
      },
    },
    async (req) =>
      service.whoHandles(ctx.db, ctx.geo, actorOf(req), req.query.categoryCode, req.query.lon, req.query.lat),
  );
  r.post(
    '/duties',
    { schema: { tags: ['duties'], body: DutyBody, response: { 201: IdOnly } } },
    async (req, reply) => {
      const id = await service.createDuty(ctx.db, actorOf(req), req.body);
      return reply.status(201).send({ id });
    },
  );
  r.put(
    '/duties/:id',
    { schema: { tags: ['duties'], params: Params, body: DutyBody, response: { 200: IdOnly } } },
    async (req) => {
      await service.replaceDuty(ctx.db, actorOf(req), req.params.id, req.body);
      return { id: req.params.id };
    },
  );
  r.delete(
    '/duties/:id',
    { schema: { tags: ['duties'], params: Params, response: { 204: NoContent } } },
    async (req, reply) => {
      await service.deleteDuty(ctx.db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
