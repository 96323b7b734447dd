import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CategoryCode, Urgency } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './categories.service.ts';
import { CategoryCodeOnly, CategoryList } from './categories.responses.ts';

const CategoryFields = z.object({
  code: CategoryCode,
  parentCode: CategoryCode.nullable().optional(),
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(100),
  defaultUrgency: Urgency,
  serviceCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/)
    .nullable()
    .optional(),
  gridSolvable: z.boolean(),
  keywords: z.array(z.string().trim().min(1).max(20)).max(50).optional(),
  active: z.boolean().optional(),
  /** Cases of this category are published de-identified on the Open311 feed (things, not people). */
  public: z.boolean().optional(),
  /** A fixed facility (路灯, 井盖): published at the exact place rather than a ~100 m cell. */
  facility: z.boolean().optional(),
});
export const CategoryBody = CategoryFields.extend({
  defaultUrgency: Urgency.default('ordinary'),
  gridSolvable: z.boolean().default(false),
});
const Patch = CategoryFields.omit({ code: true, parentCode: true }).partial();

export async function categoryRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/categories', { schema: { tags: ['categories'], response: { 200: CategoryList } } }, async (req) => {
    actorOf(req);
    return service.listCategories(ctx.db);
  });
  r.post(
    '/categories',
    { schema: { tags: ['categories'], body: CategoryBody, response: { 201: CategoryCodeOnly } } },
    async (req, reply) => {
      await service.createCategory(ctx.db, actorOf(req), req.body);
      return reply.status(201).send({ code: req.body.code });
    },
  );
  r.patch(
    '/categories/:code',
    {
      schema: {
        tags: ['categories'],
        params: z.object({ code: CategoryCode }),
        body: Patch,
        response: { 200: CategoryCodeOnly },
      },
    },
    async (req) => {
      await service.updateCategory(ctx.db, actorOf(req), req.params.code, req.body);
      return { code: req.params.code };
    },
  );
}
