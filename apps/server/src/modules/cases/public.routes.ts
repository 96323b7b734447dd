import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { CallbackBody, CaseId, Phone, PublicCaseInput } from './case-io.ts';
import { requestTrackingCode, verifyTrackingCode } from './tracking-recovery.service.ts';
import { createCase } from './intake.service.ts';
import { performAction } from './actions.service.ts';
import { caseByToken, publicStreetMap, trackingView } from './public.service.ts';
import { idempotencyKeyOf } from './cases.routes.ts';
import { PublicCaseCreated, PublicCaseView, PublicStreetMap } from './cases.responses.ts';

const Token = z.object({ t: z.string().min(10).max(100) });

/** A lost tracking link: the case number and the phone given when reporting (tracking-recovery.service.ts). */
const TrackCodeRequest = z.object({ caseId: CaseId, phone: Phone });
/** The same answer whether or not the number and phone matched. */
const TrackCodeSent = z.object({ expiresInSeconds: z.number().int() });
const TrackCodeCheck = TrackCodeRequest.extend({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'six digits'),
});
const TrackLink = z.object({ id: z.string(), token: z.string(), trackingUrl: z.string() });

/** Residents report without an account and follow their case through a private link. */
export async function publicCaseRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/public/cases',
    {
      schema: { tags: ['public'], body: PublicCaseInput, response: { 201: PublicCaseCreated } },
      config: { auth: false, rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const b = req.body;
      const out = await createCase(
        ctx,
        {
          requestType: b.requestType,
          categoryCode: b.categoryCode,
          description: b.description,
          address: b.address,
          lon: b.lon,
          lat: b.lat,
          coordSystem: b.coordSystem,
          reporterName: b.name,
          reporterPhone: b.phone,
          anonymous: b.anonymous,
          keepPrivate: b.keepPrivate,
          photoIds: b.photoIds,
        },
        { actor: null, channel: 'web', ip: req.ip, requestId: req.id },
        idempotencyKeyOf(req),
      );
      const { id, token } = out.body;
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(out.status as 201).send({ id, token, trackingUrl: `/track/${id}?t=${token}` });
    },
  );

  // Street boundaries for the report page's map: public geography, no personal data.
  r.get(
    '/public/map',
    {
      schema: { tags: ['public'], response: { 200: PublicStreetMap } },
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return publicStreetMap(ctx.db);
    },
  );

  r.get(
    '/public/cases/:id',
    {
      schema: {
        tags: ['public'],
        params: z.object({ id: CaseId }),
        querystring: Token,
        response: { 200: PublicCaseView },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => trackingView(ctx.db, await caseByToken(ctx.db, req.params.id, req.query.t)),
  );

  r.post(
    '/public/track/code',
    {
      schema: { tags: ['public'], body: TrackCodeRequest, response: { 200: TrackCodeSent } },
      config: { auth: false, rateLimit: { max: 20, timeWindow: '10 minutes' } },
    },
    async (req) => requestTrackingCode(ctx, req.body, { ip: req.ip, requestId: req.id }),
  );

  r.post(
    '/public/track/verify',
    {
      schema: { tags: ['public'], body: TrackCodeCheck, response: { 200: TrackLink } },
      config: { auth: false, rateLimit: { max: 30, timeWindow: '10 minutes' } },
    },
    async (req) => verifyTrackingCode(ctx, req.body, { ip: req.ip, requestId: req.id }),
  );

  r.post(
    '/public/cases/:id/rating',
    {
      schema: {
        tags: ['public'],
        params: z.object({ id: CaseId }),
        querystring: Token,
        body: CallbackBody,
        response: { 200: PublicCaseView },
      },
      config: { auth: false, rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req) => {
      await caseByToken(ctx.db, req.params.id, req.query.t);
      await performAction(
        ctx,
        { kind: 'resident', ip: req.ip, requestId: req.id },
        req.params.id,
        'callback',
        req.body,
      );
      return trackingView(ctx.db, await caseByToken(ctx.db, req.params.id, req.query.t));
    },
  );
}
