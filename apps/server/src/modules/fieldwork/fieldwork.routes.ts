import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  BundleQuery,
  CoverageQuery,
  PatrolListQuery,
  PatrolParams,
  PatrolSubmission,
  VisitDueQuery,
  VisitSubmission,
} from './fieldwork.io.ts';
import {
  Coverage,
  FieldBundle,
  PatrolPage,
  PatrolReceipt,
  PatrolTrack,
  VisitReceipt,
  VisitsDue,
} from './fieldwork.responses.ts';
import { fieldBundle } from './bundle.service.ts';
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
    async (req) => visits.submitVisit(ctx.db, actorOf(req), req.body),
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
}
