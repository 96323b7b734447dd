import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GridCode, AreaGeometry, RegionCode } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './grids.service.ts';
import { GridCreated, GridDetail, GridPage } from './grids.responses.ts';

const Params = z.object({ code: GridCode });
const GridCreate = z.object({
  code: GridCode,
  name: z.string().trim().min(1).max(100),
  communityCode: RegionCode,
  households: z.number().int().min(0).max(100_000).default(0),
  boundary: AreaGeometry,
});
const GridPatch = z
  .object({
    name: z.string().trim().min(1).max(100),
    households: z.number().int().min(0).max(100_000),
    boundary: AreaGeometry,
  })
  .partial();

export async function gridRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/grids',
    {
      schema: {
        tags: ['grids'],
        querystring: Paging.extend({ regionCode: RegionCode.optional(), q: z.string().max(50).optional() }),
        response: { 200: GridPage },
      },
    },
    async (req) => service.listGrids(ctx.db, actorOf(req), req.query),
  );
  r.get(
    '/grids/:code',
    { schema: { tags: ['grids'], params: Params, response: { 200: GridDetail } } },
    async (req) => service.gridDetail(ctx.db, ctx.pii, actorOf(req), req.params.code),
  );
  r.post(
    '/grids',
    { schema: { tags: ['grids'], body: GridCreate, response: { 201: GridCreated } } },
    async (req, reply) => {
      const out = await service.createGrid(ctx.db, actorOf(req), req.body);
      ctx.geo.invalidate();
      return reply.status(201).send(out);
    },
  );
  r.patch(
    '/grids/:code',
    { schema: { tags: ['grids'], params: Params, body: GridPatch, response: { 200: GridDetail } } },
    async (req) => {
      await service.updateGrid(ctx.db, actorOf(req), req.params.code, req.body);
      ctx.geo.invalidate();
      return service.gridDetail(ctx.db, ctx.pii, actorOf(req), req.params.code);
    },
  );
  r.put(
    '/grids/:code/workers',
    {
      schema: {
        tags: ['grids'],
        params: Params,
        body: z.object({ userIds: z.array(z.uuid()).max(50) }),
        response: { 200: GridDetail },
      },
    },
    async (req) => {
      await service.setGridWorkers(ctx.db, actorOf(req), req.params.code, req.body.userIds);
      return service.gridDetail(ctx.db, ctx.pii, actorOf(req), req.params.code);
    },
  );
}
