import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Urgency } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';

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
