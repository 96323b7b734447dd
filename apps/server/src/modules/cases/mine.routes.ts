import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseStatus } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { CategoryRef } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { getOwnCaseUpload } from '../uploads/uploads.service.ts';
import { imageResponse, sendImage } from '../uploads/public.ts';
import { performAction } from './actions.service.ts';
import { CallbackBody, CaseId } from './case-io.ts';
import { PublicCaseView } from './cases.responses.ts';
import { myCases, ownCase } from './mine.service.ts';
import { trackingView } from './public.service.ts';

const tags = ['residents'];
const MyCase = z.object({
  id: z.string(),
  status: CaseStatus,
  summary: z.string(),
  category: CategoryRef.nullable(),
  createdAt: z.date(),
  closedAt: z.date().nullable(),
  canRate: z.boolean(),
});
const Own = z.object({ id: CaseId });

/** 我的诉求: a signed-in resident's own cases (mine.service.ts), read and rated as through the tracking link. */
export async function myCaseRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/my/cases',
    { schema: { tags, response: { 200: z.object({ items: z.array(MyCase) }) } } },
    async (req) => myCases(ctx.db, actorOf(req)),
  );
  r.get('/my/cases/:id', { schema: { tags, params: Own, response: { 200: PublicCaseView } } }, async (req) =>
    trackingView(ctx.db, await ownCase(ctx.db, actorOf(req), req.params.id)),
  );
  r.post(
    '/my/cases/:id/rating',
    {
      schema: { tags, params: Own, body: CallbackBody, response: { 200: PublicCaseView } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req) => {
      const actor = actorOf(req);
      await ownCase(ctx.db, actor, req.params.id);
      await performAction(
        ctx,
        { kind: 'resident', ip: req.ip, requestId: req.id },
        req.params.id,
        'callback',
        req.body,
      );
      return trackingView(ctx.db, await ownCase(ctx.db, actor, req.params.id));
    },
  );
  r.get(
    '/my/cases/:id/photos/:photoId',
    {
      schema: { tags, params: Own.extend({ photoId: z.uuid() }), response: { 200: imageResponse } },
    },
    async (req, reply) => {
      const c = await ownCase(ctx.db, actorOf(req), req.params.id);
      return sendImage(
        reply,
        await getOwnCaseUpload(ctx.db, req.params.photoId, c.id),
        'private, max-age=300',
      );
    },
  );
}
