import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DurationUnit } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './calendar.service.ts';
import { CalendarOverride, CalendarSum, CalendarYear } from './calendar.responses.ts';
import { NoContent } from '../../lib/responses.ts';

const Day = z.object({ date: z.iso.date() });

export async function calendarRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/calendar',
    {
      schema: {
        tags: ['calendar'],
        querystring: z.object({ year: z.coerce.number().int().min(2004).max(2100) }),
        response: { 200: CalendarYear },
      },
    },
    async (req) => {
      actorOf(req);
      return service.calendarYear(ctx.db, req.query.year);
    },
  );
  r.get(
    '/calendar/add',
    {
      schema: {
        tags: ['calendar'],
        querystring: z.object({
          start: z.iso.datetime({ offset: true }),
          value: z.coerce.number().int().positive().max(10_000),
          unit: DurationUnit,
        }),
        response: { 200: CalendarSum },
      },
    },
    async (req) => {
      actorOf(req);
      return service.addToDate(ctx.db, new Date(req.query.start), {
        value: req.query.value,
        unit: req.query.unit,
      });
    },
  );
  r.put(
    '/calendar/overrides/:date',
    {
      schema: {
        tags: ['calendar'],
        params: Day,
        body: z.object({
          kind: z.enum(['workday', 'holiday']),
          note: z.string().trim().max(100).default(''),
        }),
        response: { 200: CalendarOverride },
      },
    },
    async (req) => {
      await service.setOverride(ctx, actorOf(req), req.params.date, req.body.kind, req.body.note);
      return { date: req.params.date, kind: req.body.kind, note: req.body.note };
    },
  );
  r.delete(
    '/calendar/overrides/:date',
    { schema: { tags: ['calendar'], params: Day, response: { 204: NoContent } } },
    async (req, reply) => {
      await service.removeOverride(ctx, actorOf(req), req.params.date);
      return reply.status(204).send();
    },
  );
}
