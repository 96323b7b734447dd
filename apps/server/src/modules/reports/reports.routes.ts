import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { pickLang } from '../../lib/i18n.ts';
import { fileResponse } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { contentDisposition, exportSending } from './reports.export.ts';
import {
  CellsBody,
  IdParams,
  InstanceListQuery,
  RejectBody,
  ReturnBody,
  ReviewBody,
  SendBody,
  TemplateBody,
  TemplateListQuery,
} from './reports.io.ts';
import {
  ConsolidatedTable,
  InstanceDetail,
  InstanceList,
  SavingsOverview,
  SendingList,
  SendingOut,
  TemplateList,
  TemplateOut,
} from './reports.responses.ts';
import * as service from './reports.service.ts';

const tags = ['reports'];
const langOf = (req: FastifyRequest) => pickLang(req.headers['accept-language'], req.cookies.og_lang);

/** 一表通: the catalogue, approval, sending, the communities' instances, the consolidated table and the savings. */
export async function reportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/reports/templates',
    {
      schema: {
        tags,
        description:
          'The catalogue (报表目录): approved templates for staff; pending and rejected ones to their unit and the ' +
          'district administrators.',
        querystring: TemplateListQuery,
        response: { 200: TemplateList },
      },
    },
    async (req) => service.listTemplates(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/reports/templates',
    {
      schema: {
        tags,
        description:
          "Register a template under the caller's department or street office; it waits for approval.",
        body: TemplateBody,
        response: { 201: TemplateOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createTemplate(ctx.db, actorOf(req), req.body)),
  );

  r.get(
    '/reports/templates/:id',
    { schema: { tags, params: IdParams, response: { 200: TemplateOut } } },
    async (req) => service.getTemplate(ctx.db, actorOf(req), req.params.id),
  );

  r.put(
    '/reports/templates/:id',
    {
      schema: {
        tags,
        description:
          'Change a pending or rejected template of the caller’s unit; it goes back to the approval queue.',
        params: IdParams,
        body: TemplateBody,
        response: { 200: TemplateOut },
      },
    },
    async (req) => service.updateTemplate(ctx.db, actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/reports/templates/:id/approve',
    {
      schema: {
        tags,
        description: 'District administrators approve a pending template; only approved ones can be sent.',
        params: IdParams,
        body: ReviewBody,
        response: { 200: TemplateOut },
      },
    },
    async (req) => service.reviewTemplate(ctx.db, actorOf(req), req.params.id, 'approved', req.body.note),
  );

  r.post(
    '/reports/templates/:id/reject',
    {
      schema: { tags, params: IdParams, body: RejectBody, response: { 200: TemplateOut } },
    },
    async (req) => service.reviewTemplate(ctx.db, actorOf(req), req.params.id, 'rejected', req.body.note),
  );

  r.post(
    '/reports/templates/:id/send',
    {
      schema: {
        tags,
        description:
          "Send an approved template for a period: one instance per community of the sender's jurisdiction (or " +
          'of the chosen streets), queried cells pre-filled from the base with their provenance.',
        params: IdParams,
        body: SendBody,
        response: { 201: SendingOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.sendTemplate(ctx, actorOf(req), req.params.id, req.body)),
  );

  r.get('/reports/sendings', { schema: { tags, response: { 200: SendingList } } }, async (req) =>
    service.listSendings(ctx.db, actorOf(req)),
  );

  r.get(
    '/reports/sendings/:id',
    {
      schema: {
        tags,
        description:
          'The consolidated table of a sending: every community, its status and values, the totals.',
        params: IdParams,
        response: { 200: ConsolidatedTable },
      },
    },
    async (req) => service.consolidated(ctx.db, actorOf(req), req.params.id),
  );

  r.get(
    '/reports/sendings/:id/export.xlsx',
    {
      schema: {
        tags,
        description: 'The consolidated table as a workbook (audited).',
        params: IdParams,
        response: {
          200: fileResponse(
            'The consolidated table (attachment)',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      const file = await exportSending(ctx.db, actorOf(req), req.params.id, langOf(req));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('report.xlsx', file.name))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  r.get(
    '/reports/instances',
    {
      schema: {
        tags,
        description:
          "A community's own instances; a department's instances of its templates; all for district administrators.",
        querystring: InstanceListQuery,
        response: { 200: InstanceList },
      },
    },
    async (req) => service.listInstances(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/reports/instances/:id',
    { schema: { tags, params: IdParams, response: { 200: InstanceDetail } } },
    async (req) => service.getInstance(ctx.db, actorOf(req), req.params.id),
  );

  r.put(
    '/reports/instances/:id/cells',
    {
      schema: {
        tags,
        description:
          'The community confirms or corrects pre-filled cells (a correction needs a reason; the base value is kept) ' +
          'and fills manual ones.',
        params: IdParams,
        body: CellsBody,
        response: { 200: InstanceDetail },
      },
    },
    async (req) => service.saveCells(ctx.db, actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/reports/instances/:id/submit',
    { schema: { tags, params: IdParams, response: { 200: InstanceDetail } } },
    async (req) => service.submitInstance(ctx.db, actorOf(req), req.params.id),
  );

  r.post(
    '/reports/instances/:id/accept',
    { schema: { tags, params: IdParams, response: { 200: InstanceDetail } } },
    async (req) => service.acceptInstance(ctx.db, actorOf(req), req.params.id),
  );

  r.post(
    '/reports/instances/:id/return',
    { schema: { tags, params: IdParams, body: ReturnBody, response: { 200: InstanceDetail } } },
    async (req) => service.returnInstance(ctx.db, actorOf(req), req.params.id, req.body.reason),
  );

  r.get(
    '/reports/savings',
    {
      schema: {
        tags,
        description:
          'Cells filled from the base vs by hand vs corrected, per template and community, and how often a manual ' +
          'column asked for a fact the base holds.',
        response: { 200: SavingsOverview },
      },
    },
    async (req) => service.savings(ctx.db, actorOf(req)),
  );
}
