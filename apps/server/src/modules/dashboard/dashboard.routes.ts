import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CategoryCode, Channel, RegionCode } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { readWithLag } from '../../db/read-replica.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './dashboard.service.ts';
import { DashboardAreas, DashboardMap, DashboardSummary } from './dashboard.responses.ts';

const Filters = z.object({
  regionCode: RegionCode.optional(),
  categoryCode: CategoryCode.optional(),
  channel: Channel.optional(),
  unitId: z.uuid().optional(),
});

const Period = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

// 指挥大屏 and the desks' analytics (issue 4): figures of the caller's jurisdiction, a street's for a street.
export async function dashboardRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/dashboard/summary',
    {
      schema: {
        tags: ['dashboard'],
        querystring: Filters.extend(Period.shape),
        response: { 200: DashboardSummary },
      },
    },
    async (req) => {
      // figures that may be a little behind: from the read replica when there is one (db/read-replica.ts)
      const { value, lag } = await readWithLag(ctx, (db) => service.summary(db, actorOf(req), req.query));
      return { ...value, dataLag: lag };
    },
  );

  r.get(
    '/dashboard/map',
    { schema: { tags: ['dashboard'], querystring: Filters, response: { 200: DashboardMap } } },
    async (req) => {
      const { value, lag } = await readWithLag(ctx, (db) => service.map(db, actorOf(req), req.query));
      return { ...value, dataLag: lag };
    },
  );

  // The next level down (a city's districts, a district's streets) with counts, overdue and the three rates.
  r.get(
    '/dashboard/areas',
    {
      schema: {
        tags: ['dashboard'],
        querystring: z.object({ regionCode: RegionCode.optional() }).extend(Period.shape),
        response: { 200: DashboardAreas },
      },
    },
    async (req) => {
      const { value, lag } = await readWithLag(ctx, (db) => service.areas(db, actorOf(req), req.query));
      return { ...value, dataLag: lag };
    },
  );
}
