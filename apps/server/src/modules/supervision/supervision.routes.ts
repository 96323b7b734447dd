import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CategoryCode } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { CaseId } from '../cases/public.ts';
import * as service from './supervision.service.ts';
import { LateOverview, LatePage, NoticeAnswered, NoticeIssued, NoticePage } from './supervision.responses.ts';

const LateQuery = z.object({
  regionCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  unitId: z.uuid().optional(),
  categoryCode: CategoryCode.optional(),
});

const NoticeBody = z.object({
  assignmentId: z.uuid(),
  level: z.enum(['yellow', 'red']),
  reason: z.string().trim().min(2).max(500),
  /** hours the unit has to answer in writing; default 48 (yellow) or 24 (red) */
  answerWithinHours: z.number().int().min(1).max(720).optional(),
});

/** 督办: late lists by level, supervision notices and their written answers (docs/api-cases.md). */
export async function supervisionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/supervision/overview',
    { schema: { tags: ['supervision'], querystring: LateQuery, response: { 200: LateOverview } } },
    async (req) => service.lateOverview(ctx, actorOf(req), req.query),
  );
  r.get(
    '/supervision/late',
    {
      schema: {
        tags: ['supervision'],
        querystring: LateQuery.extend(Paging.shape).extend({
          kind: z.enum(['overdue', 'due_soon']).default('overdue'),
        }),
        response: { 200: LatePage },
      },
    },
    async (req) => service.lateList(ctx, actorOf(req), req.query),
  );
  r.get(
    '/supervision/notices',
    {
      schema: {
        tags: ['supervision'],
        querystring: Paging.extend({
          box: z.enum(['received', 'issued']).default('received'),
          status: z.enum(['open', 'answered', 'late']).optional(),
          caseId: CaseId.optional(),
        }),
        response: { 200: NoticePage },
      },
    },
    async (req) => service.listNotices(ctx.db, actorOf(req), req.query),
  );
  r.post(
    '/supervision/notices',
    { schema: { tags: ['supervision'], body: NoticeBody, response: { 201: NoticeIssued } } },
    async (req, reply) => reply.status(201).send(await service.issueNotice(ctx.db, actorOf(req), req.body)),
  );
  r.post(
    '/supervision/notices/:id/answer',
    {
      schema: {
        tags: ['supervision'],
        params: z.object({ id: z.uuid() }),
        body: z.object({ answer: z.string().trim().min(2).max(2000) }),
        response: { 200: NoticeAnswered },
      },
    },
    async (req) => service.answerNotice(ctx.db, actorOf(req), req.params.id, req.body.answer),
  );
}
