import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GridCode, RegionCode } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { CaseId } from '../cases/public.ts';
import { WhistleParams } from '../whistles/public.ts';
import { countsFor, populationByPart } from './baseview.counts.ts';
import { findCaller } from './baseview.caller.ts';
import { placeFacts, whistleNearby } from './baseview.service.ts';
import { BaseCounts, BasePopulation, CallerLookup, PlaceFacts, WhistleNearby } from './baseview.responses.ts';

/** One collection, many uses (issue 10): read-only views of the base data for intake, cases, grids and whistles. */
export async function baseviewRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['baseview'];
  // POST: the phone stays out of URLs (and so out of access logs and browser history).
  r.post(
    '/baseview/caller',
    {
      schema: {
        tags,
        body: z.object({
          phone: z
            .string()
            .trim()
            .regex(/^\+?[\d\s-]{5,20}$/, 'a phone number'),
        }),
        response: { 200: CallerLookup },
      },
    },
    async (req) => findCaller(ctx.db, ctx.pii, actorOf(req), req.body.phone),
  );
  r.get(
    '/baseview/counts',
    {
      schema: {
        tags,
        querystring: z.object({ region: RegionCode.optional(), grid: GridCode.optional() }),
        response: { 200: BaseCounts },
      },
    },
    async (req) => {
      const { region, grid } = req.query;
      if ((region === undefined) === (grid === undefined))
        throw new AppError('VALIDATION_FAILED', {
          details: [{ path: 'querystring.region', key: 'required' }],
        });
      return countsFor(ctx.db, actorOf(req), grid !== undefined ? { grid } : { region: region! });
    },
  );
  r.get(
    '/baseview/population',
    {
      schema: {
        tags,
        querystring: z.object({
          region: RegionCode,
          parts: z.enum(['children', 'grids']).default('children'),
        }),
        response: { 200: BasePopulation },
      },
    },
    async (req) => populationByPart(ctx.db, actorOf(req), req.query.region, req.query.parts),
  );
  r.get(
    '/cases/:id/place-facts',
    { schema: { tags, params: z.object({ id: CaseId }), response: { 200: PlaceFacts } } },
    async (req) => placeFacts(ctx.db, actorOf(req), req.params.id),
  );
  r.get(
    '/whistles/:id/nearby',
    { schema: { tags, params: WhistleParams, response: { 200: WhistleNearby } } },
    async (req) => whistleNearby(ctx.db, actorOf(req), req.params.id),
  );
}
