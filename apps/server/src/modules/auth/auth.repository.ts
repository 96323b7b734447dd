import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { AppUser, Region, Unit } from '../../db/schema.ts';
import type { Actor } from '../../lib/actor.ts';

/** The signed-in user behind a live session, with unit and jurisdiction (migration 0005's session_actor). */
export interface SessionActorRow {
  id_hash: string;
  csrf_token: string;
  expires_at: Date;
  last_seen_at: Date;
  user_id: string;
  username: string;
  name: string;
  roles: AppUser['roles'];
  active: boolean;
  unit_id: string;
  unit_name: string;
  unit_kind: Unit['kind'];
  unit_active: boolean;
  scope_code: string;
  scope_name: string;
  scope_level: Region['level'];
  scope_path: string;
}

export async function findSessionActor(db: DbOrTx, idHash: string): Promise<SessionActorRow | undefined> {
  const { rows } = await sql<SessionActorRow>`SELECT * FROM session_actor(${idHash})`.execute(db);
  return rows[0];
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
