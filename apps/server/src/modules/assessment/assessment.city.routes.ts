import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Measure, RegionCode } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { readWithLag } from '../../db/read-replica.ts';
import { fileResponse } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as city from './assessment.city.ts';
import { cityRankingWorkbook } from './assessment.city.export.ts';
import { CityRanking, PublicCityRanking, TerritoryDrill } from './assessment.city.responses.ts';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const ListQuery = z.object({
  month: Month.optional(),
  /** Streets of one district only. */
  districtCode: RegionCode.optional(),
});

// City rankings (issue 14): every street of the city and the districts, monthly, with the cases behind each figure.
export async function cityRankingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/assessment/city/streets',
    { schema: { tags: ['assessment'], querystring: ListQuery, response: { 200: CityRanking } } },
    async (req) => {
      // figures that may be a little behind: from the read replica when there is one (db/read-replica.ts)
      const { value, lag } = await readWithLag(ctx, (db) =>
        city.staffCityRanking(db, actorOf(req), { ...req.query, level: 'street' }),
      );
      return { ...value, dataLag: lag };
    },
  );

  r.get(
    '/assessment/city/districts',
    {
      schema: {
        tags: ['assessment'],
        querystring: z.object({ month: Month.optional() }),
        response: { 200: CityRanking },
      },
    },
    async (req) => {
      const { value, lag } = await readWithLag(ctx, (db) =>
        city.staffCityRanking(db, actorOf(req), { ...req.query, level: 'district' }),
      );
      return { ...value, dataLag: lag };
    },
  );

  r.get(
    '/assessment/city/streets.xlsx',
    {
      schema: {
        tags: ['assessment'],
        querystring: ListQuery,
        response: {
          200: fileResponse(
            "The city's street ranking for a month (attachment)",
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      const { value: ranking, lag } = await readWithLag(ctx, (db) =>
        city.staffCityRanking(db, actorOf(req), { ...req.query, level: 'street' }),
      );
      const file = await cityRankingWorkbook(ranking);
      const month = ranking.period.from.slice(0, 7);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="city-streets-${month}.xlsx"`)
        .header('x-data-lag', String(lag))
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  r.get(
    '/assessment/regions/:code/cases',
    {
      schema: {
        tags: ['assessment'],
        params: z.object({ code: RegionCode }),
        querystring: z.object({
          month: Month.optional(),
          measure: Measure,
          outcome: z.enum(['hit', 'miss']).default('miss'),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
        response: { 200: TerritoryDrill },
      },
    },
    async (req) => city.territoryCases(ctx.db, actorOf(req), req.params.code, req.query),
  );

  // Beijing publishes the month's list of every street: months already over, no cases behind the figures.
  r.get(
    '/public/rankings/streets',
    {
      schema: {
        tags: ['public'],
        querystring: z.object({ month: Month.optional() }),
        response: { 200: PublicCityRanking },
      },
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      const { value, lag } = await readWithLag(ctx, (db) => city.publicCityRanking(db, req.query));
      return { ...value, dataLag: lag };
    },
  );
}
