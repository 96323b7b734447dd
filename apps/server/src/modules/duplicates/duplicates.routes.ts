import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseStatus } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { CaseId, Phone, Text } from '../../lib/case-fields.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  decideDuplicate,
  duplicateReport,
  findDuplicates,
  findPublicDuplicates,
} from './duplicates.service.ts';

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const CategoryCode = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/);
/** One intake (the operator's draft), chosen by the client: what was shown and decided in it belongs together. */
export const SessionKey = z.string().regex(/^[A-Za-z0-9:_-]{8,100}$/);
const Description = Text(2000).pipe(z.string().min(2, 'at least 2 characters'));

export const DuplicateQuery = z.object({
  text: Description,
  title: Text(200).optional(),
  address: Text(200).optional(),
  lon: Lon.optional(),
  lat: Lat.optional(),
  phone: Phone.optional(),
  categoryCode: CategoryCode.optional(),
  sessionKey: SessionKey.optional(),
});

const Named = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
const Reason = z.enum(['same_caller', 'same_text', 'near_similar']);

export const DuplicateCandidates = z.object({
  /** the calibrated text threshold in force */
  threshold: z.number(),
  items: z.array(
    z.object({
      case: z.object({
        id: CaseId,
        status: CaseStatus,
        title: z.string(),
        address: z.string().nullable(),
        category: Named.nullable(),
        street: z.object({ code: z.string(), name: z.string() }).nullable(),
        createdAt: z.date(),
      }),
      distanceM: z.number().nullable(),
      days: z.number().int(),
      similarity: z.number(),
      sameCaller: z.boolean(),
      sameGroup: z.boolean(),
      reasons: z.array(Reason),
      score: z.number(),
    }),
  ),
});

export const DuplicateDecisionInput = z.object({
  sessionKey: SessionKey,
  candidateId: CaseId,
  decision: z.enum(['confirmed', 'rejected']),
  /** what the caller said (the call being checked) */
  text: Text(2000),
});
const DuplicateDecisionStored = z.object({ id: z.string(), decision: z.enum(['confirmed', 'rejected']) });

const Week = z.object({
  shown: z.number().int(),
  confirmed: z.number().int(),
  rejected: z.number().int(),
  acceptance: z.number().nullable(),
});
export const DuplicateReport = z.object({
  weeks: z.array(Week.extend({ week: z.string() })),
  total: Week,
});

export const PublicDuplicateQuery = z.object({
  text: Text(2000).pipe(z.string().min(5, 'at least 5 characters')),
  lon: Lon.optional(),
  lat: Lat.optional(),
  categoryCode: CategoryCode.optional(),
});
export const PublicDuplicates = z.object({
  items: z.array(
    z.object({
      publicId: z.string(),
      status: CaseStatus,
      category: Named.nullable(),
      /** de-identified as the public feed publishes it */
      description: z.string(),
      address: z.string().nullable(),
      createdAt: z.date(),
      similarity: z.number(),
      /** the published request (Open311) */
      url: z.string(),
    }),
  ),
});

export async function duplicateRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/cases/duplicates',
    { schema: { tags: ['duplicates'], body: DuplicateQuery, response: { 200: DuplicateCandidates } } },
    async (req) => findDuplicates(ctx, actorOf(req), req.body),
  );

  r.post(
    '/duplicates/decisions',
    {
      schema: {
        tags: ['duplicates'],
        body: DuplicateDecisionInput,
        response: { 201: DuplicateDecisionStored },
      },
    },
    async (req, reply) => reply.status(201).send(await decideDuplicate(ctx, actorOf(req), req.body)),
  );

  r.get(
    '/duplicates/report',
    {
      schema: {
        tags: ['duplicates'],
        querystring: z.object({ weeks: z.coerce.number().int().min(1).max(52).default(12) }),
        response: { 200: DuplicateReport },
      },
    },
    async (req) => duplicateReport(ctx, actorOf(req), req.query.weeks),
  );

  r.post(
    '/public/duplicates',
    {
      schema: { tags: ['public'], body: PublicDuplicateQuery, response: { 200: PublicDuplicates } },
      config: { auth: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => findPublicDuplicates(ctx, req.body),
  );
}
