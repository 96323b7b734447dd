import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { WGS84Point } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { inScope } from '../../lib/actor.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { LocateResult } from './geo.responses.ts';

export async function geoRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/geo/locate',
    { schema: { tags: ['geo'], querystring: WGS84Point, response: { 200: LocateResult } } },
    async (req) => {
      const actor = actorOf(req);
      const { lon, lat } = req.query;
      const loc = await ctx.geo.locate(lon, lat);
      const visible = loc.path !== null && inScope(actor, loc.path);
      return {
        point: { lon, lat },
        grid: visible ? loc.grid : null,
        community: visible ? loc.community : null,
        street: visible ? loc.street : null,
        district: visible ? loc.district : null,
      };
    },
  );
}
