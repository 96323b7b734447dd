import { ReplyQualitySettings } from '@onegrid/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { IdOnly } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { CaseId } from '../../lib/case-fields.ts';
import { HeldReplyList, ReplyScoreList, ReplySettingsOut, UnitReplyStats } from './replyquality.responses.ts';
import * as service from './replyquality.service.ts';

const tags = ['reply-quality'];
const StatsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  period: z.enum(['all', 'month']).default('all'),
});

/** 答复质量: the scores of units' replies, the held ones, per-unit figures and the district's bar. */
export async function replyQualityRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/reply-quality/units',
    {
      schema: {
        tags,
        description:
          'Per unit over [from, to) (default the last 30 days), or per unit and month with period=month: replies ' +
          'scored, mean score, flagged count and share, returned and held. Replies to cases in your jurisdiction; ' +
          'a handler sees their own unit.',
        querystring: StatsQuery,
        response: { 200: UnitReplyStats },
      },
    },
    async (req) => service.unitReplyStats(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/reply-quality/held',
    {
      schema: {
        tags,
        description:
          'Replies held for review (below the bar, setting onLow=review): the resident does not see them.',
        response: { 200: HeldReplyList },
      },
    },
    async (req) => service.heldReplies(ctx.db, actorOf(req)),
  );

  r.get(
    '/reply-quality/cases/:caseId',
    {
      schema: {
        tags,
        description: "Every score of a case's replies, newest first.",
        params: z.object({ caseId: CaseId }),
        response: { 200: ReplyScoreList },
      },
    },
    async (req) => service.caseReplyScores(ctx.db, actorOf(req), req.params.caseId),
  );

  r.post(
    '/reply-quality/scores/:id/approve',
    {
      schema: {
        tags,
        description: 'A dispatcher lets a held reply through; the resident sees it from now on.',
        params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
        response: { 200: IdOnly },
      },
    },
    async (req) => service.approveReply(ctx.db, actorOf(req), req.params.id),
  );

  r.get(
    '/reply-quality/settings',
    {
      schema: {
        tags,
        description:
          'The bar (setting reply_quality_min_score, 60) and what happens below it (reply_quality_low_action: ' +
          'return = the report is refused with the reasons; review = held for the dispatcher, unseen by the resident).',
        response: { 200: ReplySettingsOut },
      },
    },
    async (req) => service.readReplySettings(ctx.db, actorOf(req)),
  );

  r.put(
    '/reply-quality/settings',
    {
      schema: {
        tags,
        description: 'Both settings at once; district or city administrators only.',
        body: ReplyQualitySettings,
        response: { 200: ReplySettingsOut },
      },
    },
    async (req) => service.updateReplySettings(ctx.db, actorOf(req), req.body),
  );
}
