import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { listAudit, verifyAudit } from './audit.service.ts';
import { AuditPage } from './audit.responses.ts';

const Query = Paging.extend({
  actor: z.string().max(40).optional(),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(60).optional(),
  action: z.string().max(40).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

const VerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  anchorSeq: z.string(),
  headSeq: z.string(),
  firstBreak: z
    .object({
      reason: z.enum(['altered', 'missing', 'relinked', 'truncated']),
      seq: z.string().optional(),
      id: z.string().optional(),
      expectedSeq: z.string().optional(),
      at: z.string().nullable(),
    })
    .nullable(),
});

export async function auditRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    { schema: { tags: ['audit'], querystring: Query, response: { 200: AuditPage } } },
    async (req) => listAudit(ctx.db, actorOf(req), req.query),
  );
  // Walks the hash chain (issue 8, hole 7) and names the first broken row; `npm run audit:verify` does the same.
  r.post('/audit/verify', { schema: { tags: ['audit'], response: { 200: VerifyResult } } }, async (req) =>
    verifyAudit(ctx.db, actorOf(req)),
  );
}
