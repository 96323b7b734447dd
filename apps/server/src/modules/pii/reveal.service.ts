import { crossesRevealThreshold } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { loadAuthSettings } from '../auth/public.ts';
import { notify } from '../notifications/public.ts';

/** Phone reveals of one user since `since` (user phones and case reporters alike). */
async function phoneRevealsSince(db: DbOrTx, actorId: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('at')
    .where('actor_id', '=', actorId)
    .where('action', '=', 'view_pii')
    .where('at', '>', since)
    .where(sql<boolean>`after->>'field' IN ('phone', 'reporter')`)
    .execute();
  return rows.map((r) => r.at);
}

/** Security administrators whose jurisdiction covers the revealing user. */
async function securityAdminsOver(db: DbOrTx, scopePath: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select('u.id')
    .where('u.active', '=', true)
    .where(sql<boolean>`'security_admin' = any(u.roles)`)
    .where(sql<boolean>`${scopePath} LIKE n.jurisdiction_path || '%'`)
    .execute();
}

/**
 * A full phone number seen by staff: loads it (the caller's check of who may see what runs inside `load`),
 * writes the audit row with the stated reason, and — when this reveal takes the user past the bulk-reveal
 * threshold (setting `pii.reveal_alert`) — notifies the security administrators over them, in the same
 * transaction.
 */
export async function revealedPhone<T>(
  db: Db,
  actor: Actor,
  what: { entity: string; entityId: string; reason: string; field?: string },
  load: (tx: DbOrTx) => Promise<T>,
): Promise<T> {
  const { revealAlert } = await loadAuthSettings(db);
  return db.transaction().execute(async (tx) => {
    const value = await load(tx);
    const now = new Date();
    const earlier = await phoneRevealsSince(
      tx,
      actor.userId,
      new Date(now.getTime() - revealAlert.minutes * 60_000),
    );
    await writeAudit(tx, actor, {
      action: 'view_pii',
      entity: what.entity,
      entityId: what.entityId,
      after: { field: what.field ?? 'phone', reason: what.reason.trim() },
    });
    if (crossesRevealThreshold(earlier, now, revealAlert)) {
      const admins = await securityAdminsOver(tx, actor.scopePath);
      await notify(
        tx,
        admins.map((a) => ({
          userId: a.id,
          kind: 'pii_alert' as const,
          params: {
            name: actor.name,
            username: actor.username,
            minutes: revealAlert.minutes,
            count: revealAlert.count,
            unit: actor.unitName,
            note: what.reason.trim(),
          },
        })),
      );
      await writeAudit(tx, actor, {
        action: 'pii_alert',
        entity: 'user',
        entityId: actor.userId,
        after: { count: earlier.length + 1, minutes: revealAlert.minutes, notified: admins.length },
      });
    }
    return value;
  });
}
