import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssessmentSettings, Measure, PeerGroup } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { readWithLag } from '../../db/read-replica.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './assessment.service.ts';
import * as report from './assessment.report.ts';
import { pickLang } from '../../lib/i18n.ts';
import { AssessmentDashboard, AssessmentSettingsOut, Drill, Ranking } from './assessment.responses.ts';
import { fileResponse } from '../../lib/responses.ts';
import { cityRankingRoutes } from './assessment.city.routes.ts';

const Range = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

// 三率 and rankings (DESIGN.md §4): rankings per peer group, the cases behind every figure, weights, reports.
export async function assessmentRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await cityRankingRoutes(app, { ctx });

  r.get(
    '/assessment/ranking',
    {
      schema: {
        tags: ['assessment'],
        querystring: z.object({ ...Range, group: PeerGroup.optional() }),
        response: { 200: Ranking },
      },
    },
    async (req) => {
      // figures that may be a little behind: from the read replica when there is one (db/read-replica.ts)
      const { value, lag } = await readWithLag(ctx, (db) =>
        service.ranking(db, actorOf(req), req.query, ctx.whistleFigures),
      );
      return { ...value, dataLag: lag };
    },
  );

  r.get(
    '/assessment/units/:id/cases',
    {
      schema: {
        tags: ['assessment'],
        params: z.object({ id: z.uuid() }),
        querystring: z.object({
          ...Range,
          measure: Measure,
          outcome: z.enum(['hit', 'miss']).default('miss'),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
        response: { 200: Drill },
      },
    },
    async (req) => service.unitCases(ctx.db, actorOf(req), req.params.id, req.query),
  );

  r.get(
    '/assessment/dashboard',
    { schema: { tags: ['assessment'], response: { 200: AssessmentDashboard } } },
    async (req) => {
      const { value, lag } = await readWithLag(ctx, (db) => service.dashboard(db, actorOf(req)));
      return { ...value, dataLag: lag };
    },
  );

  r.get(
    '/assessment/settings',
    { schema: { tags: ['assessment'], response: { 200: AssessmentSettingsOut } } },
    async (req) => service.readSettings(ctx.db, actorOf(req)),
  );

  r.put(
    '/assessment/settings',
    { schema: { tags: ['assessment'], body: AssessmentSettings, response: { 200: AssessmentSettingsOut } } },
    async (req) => service.updateSettings(ctx.db, actorOf(req), req.body),
  );

  r.get(
    '/assessment/report.xlsx',
    {
      schema: {
        tags: ['assessment'],
        querystring: z.object({ month: Month }),
        response: {
          200: fileResponse(
            'The monthly report workbook (attachment)',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      const file = await report.monthlyWorkbook(ctx.db, actorOf(req), req.query.month);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="assessment-${req.query.month}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  r.get(
    '/assessment/report.pdf',
    {
      schema: {
        tags: ['assessment'],
        querystring: z.object({ month: Month }),
        response: { 200: fileResponse('The monthly report (attachment)', 'application/pdf') },
      },
    },
    async (req, reply) => {
      const file = await report.monthlyPdf(
        ctx.db,
        actorOf(req),
        req.query.month,
        pickLang(req.headers['accept-language'], req.cookies.og_lang),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="assessment-${req.query.month}.pdf"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );
}
