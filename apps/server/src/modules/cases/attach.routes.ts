import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseStatus, Channel } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { attachCall } from './attach.service.ts';
import { CaseId, Phone, Text } from './case-io.ts';
import { idempotencyKeyOf } from './cases.routes.ts';
import { categorySuggestionsFor, routingFor } from './routing.service.ts';

/** 并入此件: a further call about an open case, attached to it at intake (the caller and what they said). */
export const AttachCallInput = z.object({
  reporterName: Text(50).optional(),
  reporterPhone: Phone.optional(),
  anonymous: z.boolean().default(false),
  description: Text(2000).pipe(z.string().min(5, 'describe the problem in at least 5 characters')),
  channel: Channel.default('hotline'),
  /** the intake whose duplicate lookup offered this case: the attach confirms that candidate (duplicates module) */
  duplicateSession: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{8,100}$/)
    .optional(),
});
export type AttachCallInput = z.infer<typeof AttachCallInput>;

export const AttachCallResult = z.object({
  caseId: CaseId,
  callerId: z.uuid(),
  /** how many calls are now attached to the case */
  callers: z.number().int().min(1),
  status: CaseStatus,
  /** the caller was sent a notice (SMS) naming the case */
  informed: z.boolean(),
});
export type AttachCallResult = z.infer<typeof AttachCallResult>;

const UnitRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });
/** Who the duty list makes lead (and co-units) for this case's place under another category. */
export const RoutingAnswer = z.object({
  categoryCode: z.string(),
  category: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  source: z.enum(['duty', 'local_fallback', 'district_fallback']),
  lead: UnitRef.nullable(),
  assists: z.array(UnitRef),
});
export type RoutingAnswer = z.infer<typeof RoutingAnswer>;

/** The classifier's ranked categories for a page of cases, with the words that drove each (the dispatcher's queue). */
export const CategorySuggestionsQuery = z.object({
  ids: z.array(CaseId).min(1).max(50),
  limit: z.number().int().min(1).max(5).default(3),
});
export const CategorySuggestions = z
  .object({
    items: z.array(
      z.object({
        caseId: CaseId,
        categoryCode: z.string().nullable(),
        /** how the case got its category: given at intake, the classifier's, or a dispatcher's */
        categorySource: z.enum(['given', 'classifier', 'dispatcher']),
        suggestions: z.array(
          z.object({
            code: z.string(),
            nameZh: z.string(),
            nameEn: z.string(),
            confidence: z.number(),
            terms: z.array(z.object({ term: z.string(), weight: z.number() })),
          }),
        ),
      }),
    ),
    /** intake dispatches without a dispatcher from this confidence on (null: never) */
    threshold: z.number().nullable(),
    modelVersion: z.number().int().nullable(),
  })
  .meta({ id: 'CategorySuggestions' });
export type CategorySuggestions = z.infer<typeof CategorySuggestions>;

const Params = z.object({ id: CaseId });

export async function caseAttachRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/cases/:id/callers',
    {
      schema: { tags: ['cases'], params: Params, body: AttachCallInput, response: { 201: AttachCallResult } },
    },
    async (req, reply) => {
      const out = await attachCall(
        ctx,
        actorOf(req),
        req.params.id,
        req.body,
        idempotencyKeyOf(req),
        req.log,
      );
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(out.body);
    },
  );

  r.get(
    '/cases/:id/routing',
    {
      schema: {
        tags: ['cases'],
        params: Params,
        querystring: z.object({ categoryCode: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/) }),
        response: { 200: RoutingAnswer },
      },
    },
    async (req) => routingFor(ctx, actorOf(req), req.params.id, req.query.categoryCode),
  );

  r.post(
    '/cases/category-suggestions',
    {
      schema: {
        tags: ['cases'],
        summary:
          "The classifier's ranked categories with the words that drove them, for up to 50 cases (the dispatcher's queue)",
        body: CategorySuggestionsQuery,
        response: { 200: CategorySuggestions },
      },
    },
    async (req) => categorySuggestionsFor(ctx, actorOf(req), req.body.ids, req.body.limit),
  );
}
