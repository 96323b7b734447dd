import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { CodeParams, IdParams } from './services.io.ts';
import {
  AppealBody,
  AppealListQuery,
  AppealPage,
  AppRef,
  MyApplications,
  OnlineRatingBody,
  PeriodQuery,
  PublicRatings,
  PublicRatingState,
  RatingDetail,
  RatingDone,
  RatingOverview,
  RecordBody,
  RectificationPage,
  RectListQuery,
  ResidentRatingBody,
  ReviewBody,
  WindowRatingBody,
} from './rating.io.ts';
import * as rating from './rating.service.ts';

const tags = ['services'];

/**
 * 好差评 of one-window services (issue 13): the applicant rates (at the window, online by code + phone, or signed in);
 * a bad rating goes to the units that handled it to rectify; the callback records the rating of the fix; units
 * appeal, the district's service office reviews; statistics for staff and, in aggregate, for the public.
 */
export async function ratingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/services/applications/:id/rating',
    {
      schema: {
        tags,
        description:
          "An application's ratings, rectifications (a department sees its own) and appeals, and what the caller may do.",
        params: IdParams,
        response: { 200: RatingDetail },
      },
    },
    async (req) => rating.ratingDetail(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/services/applications/:id/rating',
    {
      schema: {
        tags,
        description:
          "At the window: the applicant's own choice on the staff's device (first), or the callback's rating of the fix (after_fix).",
        params: IdParams,
        body: WindowRatingBody,
        response: { 201: RatingDone },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await rating.rateAtWindow(ctx, actorOf(req), req.params.id, req.body)),
  );

  r.post(
    '/services/rectifications/:id/record',
    {
      schema: {
        tags,
        description: 'The unit records what it did about a bad rating (its own rectification only).',
        params: IdParams,
        body: RecordBody,
        response: { 200: AppRef },
      },
    },
    async (req) => rating.recordRectification(ctx, actorOf(req), req.params.id, req.body.action),
  );

  r.post(
    '/services/ratings/:id/appeal',
    {
      schema: {
        tags,
        description:
          'A unit that handled the application appeals a bad rating (mistaken, malicious, outside its duty).',
        params: IdParams,
        body: AppealBody,
        response: { 201: AppRef },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await rating.fileAppeal(ctx, actorOf(req), req.params.id, req.body)),
  );

  r.post(
    '/services/appeals/:id/review',
    {
      schema: {
        tags,
        description:
          "The district's service office decides an appeal: upheld excludes the rating from statistics (kept on record).",
        params: IdParams,
        body: ReviewBody,
        response: { 200: AppRef },
      },
    },
    async (req) => rating.reviewAppeal(ctx, actorOf(req), req.params.id, req.body),
  );

  r.get(
    '/services/rectifications',
    {
      schema: {
        tags,
        description:
          'Rectifications: a department its own, a street or district those of its windows. Open first.',
        querystring: RectListQuery,
        response: { 200: RectificationPage },
      },
    },
    async (req) => rating.listRectifications(ctx, actorOf(req), req.query),
  );

  r.get(
    '/services/appeals',
    {
      schema: {
        tags,
        description: "Appeals: the service office's of its jurisdiction, a unit its own. Pending first.",
        querystring: AppealListQuery,
        response: { 200: AppealPage },
      },
    },
    async (req) => rating.listAppeals(ctx, actorOf(req), req.query),
  );

  r.get(
    '/services/ratings/overview',
    {
      schema: {
        tags,
        description:
          '好差评 statistics over what the caller sees: per unit, item, window and month; open work.',
        querystring: PeriodQuery,
        response: { 200: RatingOverview },
      },
    },
    async (req) => rating.ratingOverview(ctx, actorOf(req), req.query),
  );

  r.get(
    '/my/services/applications',
    {
      schema: {
        tags,
        description: "我的办件: a verified resident's applications with state and what they may rate.",
        response: { 200: MyApplications },
      },
    },
    async (req) => rating.myApplications(ctx, actorOf(req)),
  );

  r.post(
    '/my/services/applications/:id/rating',
    {
      schema: {
        tags,
        description: 'A verified resident rates their own application (or, after the fix, the fix).',
        params: IdParams,
        body: ResidentRatingBody,
        response: { 201: RatingDone },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await rating.rateAsResident(ctx, actorOf(req), req.params.id, req.body)),
  );

  r.get(
    '/public/services/ratings',
    {
      schema: {
        tags,
        description:
          '好差评 published in aggregate: per unit, item and month; no personal data, no free text.',
        response: { 200: PublicRatings },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async () => rating.publicRatings(ctx),
  );

  r.get(
    '/public/services/track/:code/rating',
    {
      schema: {
        tags,
        description: 'Whether the application of this code can be rated now, and the levels given.',
        params: CodeParams,
        response: { 200: PublicRatingState },
      },
      config: { auth: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => rating.publicRatingState(ctx, req.params.code),
  );

  r.post(
    '/public/services/track/:code/rating',
    {
      schema: {
        tags,
        description:
          "Online rating by tracking code and the applicant's phone (a wrong phone answers 404); first, or the fix.",
        params: CodeParams,
        body: OnlineRatingBody,
        response: { 201: RatingDone },
      },
      config: { auth: false, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => reply.status(201).send(await rating.rateOnline(ctx, req.params.code, req.body)),
  );
}
