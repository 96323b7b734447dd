import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';

export async function findSessionActor(db: DbOrTx, idHash: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .innerJoin('region as r', 'r.code', 'n.jurisdiction_code')
    .select([
      's.id_hash',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'u.id as user_id',
      'u.username',
      'u.name',
      'u.roles',
      'u.active',
      'n.id as unit_id',
      'n.name as unit_name',
      'n.kind as unit_kind',
      'n.active as unit_active',
      'r.code as scope_code',
      'r.name as scope_name',
      'r.level as scope_level',
      'r.path as scope_path',
    ])
    .where('s.id_hash', '=', idHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

export async function touchSession(db: DbOrTx, idHash: string): Promise<void> {
  await db
    .updateTable('session')
    .set({ last_seen_at: sql`now()` })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function insertSession(
  db: DbOrTx,
  row: { id_hash: string; user_id: string; csrf_token: string; expires_at: Date },
): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

export async function findUserForLogin(db: DbOrTx, username: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash', 'failed_logins', 'locked_until', 'active'])
    .where('username', '=', username)
    .forUpdate()
    .executeTakeFirst();
}

export async function recordLoginFailure(
  db: DbOrTx,
  userId: string,
  failed: number,
  lockedUntil: Date | null,
) {
  await db
    .updateTable('app_user')
    .set({ failed_logins: failed, locked_until: lockedUntil })
    .where('id', '=', userId)
    .execute();
}

export async function resetLoginFailures(db: DbOrTx, userId: string) {
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessionActor>>>;

/** The caller as every service sees it, from a session row. */
export function actorFromSession(row: SessionRow, req: { ip: string; requestId: string }): Actor {
  return {
    userId: row.user_id,
    username: row.username,
    name: row.name,
    roles: row.roles,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitKind: row.unit_kind,
    scopeCode: row.scope_code,
    scopeName: row.scope_name,
    scopeLevel: row.scope_level,
    scopePath: row.scope_path,
    ip: req.ip,
    requestId: req.requestId,
  };
}
