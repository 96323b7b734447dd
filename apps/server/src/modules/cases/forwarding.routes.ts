import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { CaseId, Text } from './case-io.ts';
import { caseDetail } from './cases.query.ts';
import { CaseDetail } from './cases.responses.ts';
import { idempotencyKeyOf } from './cases.routes.ts';
import { caseDesk, forwardCase, sendBackCase } from './forwarding.service.ts';

const Params = z.object({ id: CaseId });
const DeskLevel = z.enum(['city', 'district', 'street']);
const DeskView = z.object({ unitId: z.uuid(), unitName: z.string(), level: DeskLevel });

export const ForwardBody = z.object({ toUnitId: z.uuid(), note: Text(500).optional() });
export const SendBackBody = z.object({ reason: Text(500).pipe(z.string().min(2, 'give a reason')) });
export const CaseDesk = z.object({
  /** The desk the case was last moved to; null: never moved (it sits with every desk above its place). */
  desk: DeskView.nullable(),
  movedAt: z.date().nullable(),
  /** Desks below the caller's to which the caller may forward the case now. */
  targets: z.array(DeskView),
  /** Where the caller's send-back would go; null: the caller may not send it back. */
  sendBackTo: DeskView.nullable(),
  lastSentBack: z
    .object({
      reason: z.string(),
      at: z.date(),
      byName: z.string().nullable(),
      byUnitName: z.string().nullable(),
    })
    .nullable(),
});

/** 转派 down and 退回上级 between the city, district and street desks (issue 14). */
export async function forwardingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/cases/:id/desk',
    { schema: { tags: ['cases'], params: Params, response: { 200: CaseDesk } } },
    async (req) => caseDesk(ctx.db, actorOf(req), req.params.id),
  );

  r.post(
    '/cases/:id/forward',
    { schema: { tags: ['cases'], params: Params, body: ForwardBody, response: { 200: CaseDetail } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const out = await forwardCase(ctx, actor, req.params.id, req.body, idempotencyKeyOf(req));
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return caseDetail(ctx.db, ctx.pii, actor, req.params.id);
    },
  );

  r.post(
    '/cases/:id/send-back',
    { schema: { tags: ['cases'], params: Params, body: SendBackBody, response: { 200: CaseDetail } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const out = await sendBackCase(ctx, actor, req.params.id, req.body, idempotencyKeyOf(req));
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return caseDetail(ctx.db, ctx.pii, actor, req.params.id);
    },
  );
}
