import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { fileResponse } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  BundleQuery,
  IdParams,
  LogQuery,
  SignoffQuery,
  SignoffReply,
  CoverageQuery,
  PatrolListQuery,
  PatrolParams,
  PatrolSubmission,
  QuickFixSubmission,
  VisitDueQuery,
  VisitSubmission,
} from './fieldwork.io.ts';
import {
  Coverage,
  DailyLog,
  Signoff,
  SignoffList,
  VisitOut,
  FieldBundle,
  PatrolPage,
  PatrolReceipt,
  PatrolTrack,
  QuickFixReceipt,
  VisitReceipt,
  VisitsDue,
} from './fieldwork.responses.ts';
import { fieldBundle } from './bundle.service.ts';
import { submitQuickFix } from './quickfix.service.ts';
import { fieldPhoto } from './photos.service.ts';
import { dailyLog } from './log.service.ts';
import { getVisit, listSignoffs, replySignoff, signSignoff } from './signoffs.service.ts';
import * as patrols from './patrols.service.ts';
import * as visits from './visits.service.ts';

const tags = ['fieldwork'];

/** The grid worker's day (issue 11): patrols received exactly once from the phone, the log, tracks and coverage. */
export async function fieldworkRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/field/patrols',
    {
      schema: {
        tags,
        description:
          'A patrol from the phone, exactly once by its client instance id: the same id and content again answers ' +
          '"duplicate" and adds nothing; the same id with other content is refused (409); an edit names the ' +
          'instance it replaces and a reason, and becomes the next version. Grid workers, for their own grids.',
        body: PatrolSubmission,
        response: { 200: PatrolReceipt },
      },
    },
    async (req) => patrols.submitPatrol(ctx.db, actorOf(req), req.body),
  );

  r.get(
    '/field/patrols',
    {
      schema: {
        tags,
        description: "The patrol log: a grid worker's own; a lead's or supervisor's jurisdiction.",
        querystring: PatrolListQuery,
        response: { 200: PatrolPage },
      },
    },
    async (req) => patrols.listPatrols(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/field/patrols/:id/track',
    {
      schema: {
        tags,
        description:
          "A patrol's track points and check-ins: the worker and the leads and supervisors over the worker only; " +
          "others' reads are audited.",
        params: PatrolParams,
        response: { 200: PatrolTrack },
      },
    },
    async (req) => patrols.patrolTrack(ctx.db, actorOf(req), req.params.id),
  );

  r.get(
    '/field/coverage',
    {
      schema: {
        tags,
        description: 'Which grids of the territory were patrolled today or this week (Asia/Shanghai).',
        querystring: CoverageQuery,
        response: { 200: Coverage },
      },
    },
    async (req) => patrols.coverage(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/field/visits/due',
    {
      schema: {
        tags,
        description:
          "A grid worker's household visits by rule (visit rules per tag and level over the base data's tags): " +
          'overdue first, then due, then upcoming. Tags the worker may only reveal are listed by class.',
        querystring: VisitDueQuery,
        response: { 200: VisitsDue },
      },
    },
    async (req) => visits.visitsDue(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/field/visits',
    {
      schema: {
        tags,
        description:
          'A household visit from the phone, exactly once by its client instance id (as for patrols). Moves the ' +
          "tag's visit clock; an anomaly goes to the tag's responsible department with yellow and red sign-off deadlines.",
        body: VisitSubmission,
        response: { 200: VisitReceipt },
      },
    },
    async (req) => visits.submitVisit(ctx, actorOf(req), req.body),
  );

  r.get(
    '/field/bundle',
    {
      schema: {
        tags,
        description:
          "What the phone keeps for offline work: the worker's grids, roads, buildings, key places, households " +
          '(names masked and tags filtered by the privacy classes as the persons list shows them), due visits, ' +
          'checklists per tag and settings, with a version hash. A community or street user asks for one grid of ' +
          'their territory (?grid=). Audited (one row per bundle, with counts).',
        querystring: BundleQuery,
        response: { 200: FieldBundle },
      },
    },
    async (req) => fieldBundle(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/field/quick-fixes',
    {
      schema: {
        tags,
        description:
          "小事不出格: a small matter settled on the spot, with photos before and after (the worker's own uploads, " +
          'kept with it). Exactly once by its client instance id: created 201; the same again 200 "duplicate"; ' +
          'other content under the id 409; an edit names the instance it replaces and a reason (200).',
        body: QuickFixSubmission,
        response: { 200: QuickFixReceipt, 201: QuickFixReceipt },
      },
    },
    async (req, reply) => {
      const out = await submitQuickFix(ctx.db, actorOf(req), req.body);
      return reply.status(out.outcome === 'created' ? 201 : 200).send(out);
    },
  );

  r.get(
    '/field/uploads/:id',
    {
      schema: {
        tags,
        description:
          'A photo kept by a field record (a visit, a quick fix), to whoever may read that record: a visit photo ' +
          "follows the visit's class (a P3 person's is P3) and is audited when read by others than its worker.",
        params: z.object({ id: z.string().max(64) }),
        response: {
          200: fileResponse('The photo', 'image/jpeg', 'image/png', 'image/webp', 'image/gif'),
        },
      },
    },
    async (req, reply) => {
      const image = await fieldPhoto(ctx.db, actorOf(req), req.params.id);
      return reply
        .header('content-type', image.mime)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline')
        .header('cache-control', 'private, no-store')
        .send(image.data);
    },
  );

  r.get(
    '/field/log',
    {
      schema: {
        tags,
        description:
          "A grid worker's daily patrol log (Asia/Shanghai day): patrols, check-ins, findings (cases reported), quick " +
          "fixes, visits. The worker's own; the leads' and supervisors' workers (?worker=).",
        querystring: LogQuery,
        response: { 200: DailyLog },
      },
    },
    async (req) => dailyLog(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/field/visits/:id',
    {
      schema: {
        tags,
        description:
          'A visit with its sign-off state: its worker; whoever the base data shows its class to (the street over ' +
          "it, the tag's department) — audited.",
        params: IdParams,
        response: { 200: VisitOut },
      },
    },
    async (req) => getVisit(ctx.db, actorOf(req), req.params.id),
  );

  r.get(
    '/field/signoffs',
    {
      schema: {
        tags,
        description: "Visit anomalies the caller's unit must sign for (签收), with their yellow/red light.",
        querystring: SignoffQuery,
        response: { 200: SignoffList },
      },
    },
    async (req) => listSignoffs(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/field/signoffs/:id/sign',
    {
      schema: {
        tags,
        description: '签收: the unit signs for a visit anomaly (once).',
        params: IdParams,
        response: { 200: Signoff },
      },
    },
    async (req) => signSignoff(ctx.db, actorOf(req), req.params.id),
  );

  r.post(
    '/field/signoffs/:id/reply',
    {
      schema: {
        tags,
        description: "The unit's reply to a signed visit anomaly (once).",
        params: IdParams,
        body: SignoffReply,
        response: { 200: Signoff },
      },
    },
    async (req) => replySignoff(ctx.db, actorOf(req), req.params.id, req.body.reply),
  );
}
