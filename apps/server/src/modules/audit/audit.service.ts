import type { Db, DbOrTx } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { verifyAuditChain } from './audit.chain.ts';
import { searchAudit } from './audit.repository.ts';

export async function listAudit(
  db: DbOrTx,
  actor: Actor,
  f: {
    actor?: string | undefined;
    entity?: string | undefined;
    entityId?: string | undefined;
    action?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  // 三权分立: only the audit administrator reads the audit log (not the system or security administrator).
  requireRole(actor, 'audit_admin');
  // An audit administrator reads the rows of actors inside the jurisdiction; rows without a jurisdiction (sign-in
  // attempts, the demo load) only at district or city level.
  const { items, total } = await searchAudit(db, {
    scopePath: actor.scopePath,
    includeAnonymous: actor.scopeLevel === 'district' || actor.scopeLevel === 'city',
    actor: f.actor,
    entity: f.entity,
    entityId: f.entityId,
    action: f.action,
    from: f.from ? new Date(f.from) : undefined,
    to: f.to ? new Date(f.to) : undefined,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return {
    total,
    items: items.map((a) => ({
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
}

/** Walks the whole hash chain, so only for those who read the district's audit log (rows without jurisdiction). */
export async function verifyAudit(db: Db, actor: Actor) {
  requireRole(actor, 'audit_admin');
  if (actor.scopeLevel !== 'district' && actor.scopeLevel !== 'city') throw new AppError('FORBIDDEN');
  return verifyAuditChain(db);
}
