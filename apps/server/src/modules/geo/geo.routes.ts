import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
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

  // The street and community of a point, for the resident's report form to compare with the typed address
  // (issue 9, defect 7): public geography (the names the public map shows), no grid, no personal data.
  const Place = z.object({ code: z.string(), name: z.string() }).nullable();
  r.get(
    '/public/locate',
    {
      schema: {
        tags: ['public'],
        querystring: WGS84Point,
        response: { 200: z.object({ street: Place, community: Place }) },
      },
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      const loc = await ctx.geo.locate(req.query.lon, req.query.lat);
      const place = (p: { code: string; name: string } | null) => (p ? { code: p.code, name: p.name } : null);
      return { street: place(loc.street), community: place(loc.community) };
    },
  );
}
