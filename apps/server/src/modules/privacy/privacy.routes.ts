import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_CONTACT_RETENTION_DAYS, MIN_CONTACT_RETENTION_DAYS } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { CaseId, ownCase as findOwnCase } from '../cases/public.ts';
import { caseByToken } from '../cases/public.service.ts';
import * as service from './privacy.service.ts';

const Token = z.object({ t: z.string().min(10).max(100) });
const tags = ['privacy'];

const Published = z.object({
  published: z.boolean(),
  reason: z.string().nullable(),
  publicId: z.string().nullable(),
  keepPrivate: z.boolean(),
  hiddenAt: z.date().nullable(),
  view: z
    .object({
      description: z.string(),
      outcome: z.string().nullable(),
      address: z.string().nullable(),
      lon: z.number().nullable(),
      lat: z.number().nullable(),
      coarse: z.boolean(),
    })
    .nullable(),
});

const ResidentData = z.object({
  id: z.string(),
  status: z.string(),
  createdAt: z.date(),
  closedAt: z.date().nullable(),
  category: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  description: z.string(),
  address: z.string().nullable(),
  location: z.object({ lon: z.number(), lat: z.number() }).nullable(),
  contact: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    anonymous: z.boolean(),
    erasedAt: z.date().nullable(),
  }),
  publication: Published,
  retention: z.object({ days: z.number(), contactKeptUntil: z.date().nullable() }),
  canEraseContact: z.boolean(),
});

const Settings = z.object({
  contactRetentionDays: z.number().int().min(MIN_CONTACT_RETENTION_DAYS).max(MAX_CONTACT_RETENTION_DAYS),
});
const HideBody = z.object({ hidden: z.boolean(), reason: z.string().trim().min(2).max(500) });

/** PIPL for residents (their data, erasure), publication control for staff, the retention setting. */
export async function privacyRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const residentActor = (ip: string, requestId: string, caseId: string) => ({
    userId: '',
    username: `resident:${caseId}`,
    scopePath: '',
    ip,
    requestId,
  });

  // --- the resident holding the tracking link
  r.get(
    '/public/cases/:id/data',
    {
      schema: { tags, params: z.object({ id: CaseId }), querystring: Token, response: { 200: ResidentData } },
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      const c = await caseByToken(ctx.db, req.params.id, req.query.t);
      return service.residentData(ctx, c, residentActor(req.ip, req.id, c.id));
    },
  );

  r.post(
    '/public/cases/:id/erase-contact',
    {
      schema: { tags, params: z.object({ id: CaseId }), querystring: Token, response: { 200: ResidentData } },
      config: { auth: false, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => {
      const c = await caseByToken(ctx.db, req.params.id, req.query.t);
      const who = residentActor(req.ip, req.id, c.id);
      await service.eraseContactOnRequest(ctx, c.id, who);
      return service.residentData(ctx, await caseByToken(ctx.db, c.id, req.query.t), who);
    },
  );

  // --- a resident account: only its own cases (cases/mine.service.ts)
  const ownCase = (req: { params: { id: string } }, actor: ReturnType<typeof actorOf>) =>
    findOwnCase(ctx.db, actor, req.params.id);
  r.get(
    '/my/cases/:id/data',
    { schema: { tags, params: z.object({ id: CaseId }), response: { 200: ResidentData } } },
    async (req) => {
      const actor = actorOf(req);
      return service.residentData(ctx, await ownCase(req, actor), actor);
    },
  );
  r.post(
    '/my/cases/:id/erase-contact',
    { schema: { tags, params: z.object({ id: CaseId }), response: { 200: ResidentData } } },
    async (req) => {
      const actor = actorOf(req);
      const c = await ownCase(req, actor);
      await service.eraseContactOnRequest(ctx, c.id, actor);
      return service.residentData(ctx, await ownCase(req, actor), actor);
    },
  );

  // --- staff: is this case published, and hiding it
  const StaffPublication = Published.extend({ canHide: z.boolean() });
  r.get(
    '/cases/:id/publication',
    { schema: { tags, params: z.object({ id: CaseId }), response: { 200: StaffPublication } } },
    async (req) => service.publicationFor(ctx, actorOf(req), req.params.id),
  );
  r.post(
    '/cases/:id/publication',
    {
      schema: {
        tags,
        params: z.object({ id: CaseId }),
        body: HideBody,
        response: { 200: StaffPublication },
        description:
          'Hide the case from the public feed (hidden: true) or show it again; dispatchers, supervisors, admins.',
      },
    },
    async (req) => service.setPublicHidden(ctx, actorOf(req), req.params.id, req.body),
  );

  // --- settings
  r.get(
    '/privacy/settings',
    {
      schema: {
        tags,
        response: { 200: Settings },
        description:
          'Days after closure that a case keeps its contact data (case_contact_retention_days, 1095).',
      },
    },
    async (req) => service.readSettings(ctx.db, actorOf(req)),
  );
  r.put('/privacy/settings', { schema: { tags, body: Settings, response: { 200: Settings } } }, async (req) =>
    service.updateSettings(ctx.db, actorOf(req), req.body),
  );
}
