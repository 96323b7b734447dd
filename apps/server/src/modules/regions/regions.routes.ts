import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RegionCode } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { regionDetail, regionMap, regionTree } from './regions.service.ts';
import { RegionInfo, RegionMap, RegionNode } from './regions.responses.ts';

const Params = z.object({ code: RegionCode });

export async function regionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/regions/tree', { schema: { tags: ['regions'], response: { 200: RegionNode } } }, async (req) =>
    regionTree(ctx.db, actorOf(req)),
  );
  r.get(
    '/regions/:code',
    { schema: { tags: ['regions'], params: Params, response: { 200: RegionInfo } } },
    async (req) => regionDetail(ctx.db, actorOf(req), req.params.code),
  );
  r.get(
    '/regions/:code/map',
    {
      schema: {
        tags: ['regions'],
        params: Params,
        querystring: z.object({ grids: z.enum(['0', '1']).optional() }),
        response: { 200: RegionMap },
      },
    },
    async (req) => regionMap(ctx.db, actorOf(req), req.params.code, req.query.grids === '1'),
  );
}
