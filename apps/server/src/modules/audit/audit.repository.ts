import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

export interface AuditFilter {
  scopePath: string;
  includeAnonymous: boolean;
  actor?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export async function searchAudit(db: DbOrTx, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .where((eb) =>
      f.includeAnonymous
        ? eb.or([
            eb('actor_scope', 'like', `${f.scopePath}%`),
            eb('actor_scope', 'is', null),
            eb('actor_scope', '=', ''),
          ])
        : eb('actor_scope', 'like', `${f.scopePath}%`),
    );
  if (f.actor) q = q.where('actor_username', '=', f.actor);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await q
    .select(['id', 'at', 'actor_username', 'action', 'entity', 'entity_id', 'before', 'after', 'ip'])
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items, total: total.n };
}
