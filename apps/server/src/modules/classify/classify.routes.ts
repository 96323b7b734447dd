import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Urgency } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { activateModel, overview, retrain } from './classify.training.ts';
import { retrainAfterCorrections } from './classify.jobs.ts';

export const ClassifyQuery = z.object({
  text: z.string().max(2000),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

const Suggestions = z.object({
  suggestions: z.array(
    z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), confidence: z.number() }),
  ),
});

const PublicCategories = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      parentCode: z.string().nullable(),
      nameZh: z.string(),
      nameEn: z.string(),
      defaultUrgency: Urgency,
      isLeaf: z.boolean(),
      published: z.boolean(),
    }),
  ),
});

const Explained = z.object({
  suggestions: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      confidence: z.number(),
      terms: z.array(z.object({ term: z.string(), weight: z.number() })),
    }),
  ),
  /** Intake dispatches without a dispatcher from this confidence on (null: never). */
  threshold: z.number().nullable(),
  modelVersion: z.number().int().nullable(),
});

const Metrics = z.object({
  n: z.number(),
  top1: z.number(),
  top3: z.number(),
  leafTop1: z.number(),
  heldBack: z.number(),
  autoShare: z.number(),
  autoPrecision: z.number(),
  scale: z.number(),
  weight: z.number(),
  perGroup: z.array(z.object({ group: z.string(), n: z.number(), top1: z.number() })),
  confused: z.array(z.object({ truth: z.string(), predicted: z.string(), n: z.number() })),
});

const ModelInfo = z.object({
  version: z.number().int(),
  trainedAt: z.string(),
  trainingSize: z.number().int(),
  heldBack: z.number().int(),
  threshold: z.number().nullable(),
  active: z.boolean(),
  trigger: z.enum(['nightly', 'corrections', 'manual', 'start']),
  metrics: Metrics,
});

const Overview = z.object({
  active: ModelInfo.nullable(),
  models: z.array(ModelInfo),
  correctionsSinceTraining: z.number().int(),
  retrainAfterCorrections: z.number().int(),
});

/** The model page: administrators and supervisors of a district (or the city); changes by administrators. */
function requireModelReader(actor: Actor): void {
  requireRole(actor, 'admin', 'supervisor');
  if (actor.scopeLevel !== 'city' && actor.scopeLevel !== 'district') throw new AppError('FORBIDDEN');
}
function requireModelAdmin(actor: Actor): void {
  requireRole(actor, 'admin');
  requireModelReader(actor);
}

// Category suggestions for a message (staff intake and the resident report form) and the form's category list.
export async function classifyRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = ctx.classifier;

  r.get(
    '/classify',
    { schema: { tags: ['classify'], querystring: ClassifyQuery, response: { 200: Suggestions } } },
    async (req) => {
      actorOf(req);
      return { suggestions: await service.suggest(req.query.text, req.query.limit) };
    },
  );

  r.get(
    '/classify/explain',
    {
      schema: {
        tags: ['classify'],
        summary:
          'Ranked category suggestions with the words that drove them, and the auto-dispatch threshold',
        querystring: ClassifyQuery,
        response: { 200: Explained },
      },
    },
    async (req) => {
      actorOf(req);
      return service.explain(req.query.text, req.query.limit);
    },
  );

  r.get('/admin/classify', { schema: { tags: ['classify'], response: { 200: Overview } } }, async (req) => {
    requireModelReader(actorOf(req));
    return overview(ctx.db, retrainAfterCorrections());
  });

  r.post(
    '/admin/classify/retrain',
    { schema: { tags: ['classify'], response: { 200: ModelInfo } } },
    async (req) => {
      const actor = actorOf(req);
      requireModelAdmin(actor);
      const info = await retrain(ctx.db, 'manual', actor);
      service.invalidate();
      return info;
    },
  );

  r.post(
    '/admin/classify/models/:version/activate',
    {
      schema: {
        tags: ['classify'],
        params: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 200: ModelInfo },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      requireModelAdmin(actor);
      const info = await activateModel(ctx.db, req.params.version, actor);
      service.invalidate();
      return info;
    },
  );

  r.get(
    '/public/classify',
    {
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['public'], querystring: ClassifyQuery, response: { 200: Suggestions } },
    },
    async (req) => ({ suggestions: await service.suggest(req.query.text, req.query.limit) }),
  );

  r.get(
    '/public/categories',
    {
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: { tags: ['public'], response: { 200: PublicCategories } },
    },
    async () => service.publicCategories(),
  );
}
