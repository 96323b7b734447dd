import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'kysely';
import type { AppContext } from '../../lib/context.ts';
import { requireRole } from '../../lib/actor.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';

const Query = Paging.extend({
  actor: z.string().max(40).optional(),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(60).optional(),
  action: z.string().max(40).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export async function auditRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/audit', { schema: { tags: ['audit'], querystring: Query } }, async (req) => {
    const actor = actorOf(req);
    requireRole(actor, 'admin');
    const f = req.query;
    // An administrator reads the rows of actors inside the jurisdiction; anonymous rows (failed sign-ins of
    // unknown names) only at district or city level.
    let q = ctx.db.selectFrom('audit_log').where((eb) =>
      actor.scopeLevel === 'district' || actor.scopeLevel === 'city'
        ? eb.or([eb('actor_scope', 'like', `${actor.scopePath}%`), eb('actor_scope', 'is', null), eb('actor_scope', '=', '')])
        : eb('actor_scope', 'like', `${actor.scopePath}%`),
    );
    if (f.actor) q = q.where('actor_username', '=', f.actor);
    if (f.entity) q = q.where('entity', '=', f.entity);
    if (f.entityId) q = q.where('entity_id', '=', f.entityId);
    if (f.action) q = q.where('action', '=', f.action);
    if (f.from) q = q.where('at', '>=', new Date(f.from));
    if (f.to) q = q.where('at', '<', new Date(f.to));
    const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .select(['id', 'at', 'actor_username', 'action', 'entity', 'entity_id', 'before', 'after', 'ip'])
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return {
      total: total.n,
      items: rows.map((a) => ({
        id: a.id,
        at: a.at,
        actorUsername: a.actor_username,
        action: a.action,
        entity: a.entity,
        entityId: a.entity_id,
        before: a.before,
        after: a.after,
        ip: a.ip,
      })),
    };
  });
}
