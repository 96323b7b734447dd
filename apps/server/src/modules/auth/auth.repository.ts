import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { AppUser, Region, SessionStep, Unit } from '../../db/schema.ts';
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
  session_id: string;
  step: SessionStep | null;
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
  row: {
    id_hash: string;
    user_id: string;
    csrf_token: string;
    expires_at: Date;
    ip: string;
    user_agent: string | null;
    step: SessionStep | null;
  },
): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export async function setSessionStep(db: DbOrTx, idHash: string, step: SessionStep | null): Promise<void> {
  await db.updateTable('session').set({ step, step_failures: 0 }).where('id_hash', '=', idHash).execute();
}

/** Counts a wrong code on a pending step; returns the failures so far. */
export async function countStepFailure(db: DbOrTx, idHash: string): Promise<number> {
  const row = await db
    .updateTable('session')
    .set((eb) => ({ step_failures: eb('step_failures', '+', 1) }))
    .where('id_hash', '=', idHash)
    .returning('step_failures')
    .executeTakeFirst();
  return row?.step_failures ?? 0;
}

export async function listSessions(db: DbOrTx, f: { userId?: string; scopePath?: string }) {
  let q = db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select([
      's.id',
      's.id_hash',
      's.ip',
      's.user_agent',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      's.step',
      'u.id as user_id',
      'u.username',
      'u.name',
    ])
    .where('s.expires_at', '>', new Date());
  if (f.userId) q = q.where('s.user_id', '=', f.userId);
  if (f.scopePath !== undefined) q = q.where('n.jurisdiction_path', 'like', `${f.scopePath}%`);
  return q.orderBy('s.last_seen_at', 'desc').limit(500).execute();
}

export async function findSessionById(db: DbOrTx, id: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select(['s.id', 's.id_hash', 's.user_id', 'u.username', 'n.jurisdiction_path'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function deleteSessionById(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteOtherSessions(db: DbOrTx, userId: string, keepIdHash: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).where('id_hash', '!=', keepIdHash).execute();
}

/** The counter of failed sign-ins for one typed username from one address, locked for update. */
export async function lockLoginAttempt(db: DbOrTx, username: string, ip: string) {
  await db
    .insertInto('login_attempt')
    .values({ username, ip })
    .onConflict((oc) => oc.columns(['username', 'ip']).doNothing())
    .execute();
  return db
    .selectFrom('login_attempt')
    .select(['failures', 'window_start', 'locked_until'])
    .where('username', '=', username)
    .where('ip', '=', ip)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function saveLoginAttempt(
  db: DbOrTx,
  username: string,
  ip: string,
  v: { failures: number; window_start: Date; locked_until: Date | null },
): Promise<void> {
  await db
    .updateTable('login_attempt')
    .set(v)
    .where('username', '=', username)
    .where('ip', '=', ip)
    .execute();
}

export async function clearLoginAttempts(db: DbOrTx, username: string, ip?: string): Promise<void> {
  let q = db.deleteFrom('login_attempt').where('username', '=', username);
  if (ip !== undefined) q = q.where('ip', '=', ip);
  await q.execute();
}

/** Failed sign-ins from one address inside the window, whatever usernames were typed. */
export async function recentFailuresFromIp(db: DbOrTx, ip: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_attempt')
    .select(sql<number>`coalesce(sum(failures), 0)::int`.as('n'))
    .where('ip', '=', ip)
    .where('window_start', '>', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

const IDENTITY_COLUMNS = [
  'id',
  'username',
  'roles',
  'password_hash',
  'active',
  'must_change_password',
  'password_changed_at',
  'totp_secret_enc',
  'totp_pending_enc',
  'totp_last_step',
] as const;

export async function findUserForLogin(db: DbOrTx, username: string) {
  return db
    .selectFrom('app_user')
    .select(IDENTITY_COLUMNS)
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function getUserIdentity(db: DbOrTx, userId: string) {
  return db
    .selectFrom('app_user')
    .select(IDENTITY_COLUMNS)
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export async function lockUserIdentity(db: DbOrTx, userId: string) {
  return db
    .selectFrom('app_user')
    .select(IDENTITY_COLUMNS)
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function updateIdentity(
  db: DbOrTx,
  userId: string,
  set: Partial<{
    password_hash: string;
    must_change_password: boolean;
    password_changed_at: Date;
    totp_secret_enc: string | null;
    totp_pending_enc: string | null;
    totp_last_step: string | null;
    locked_until: Date | null;
  }>,
): Promise<void> {
  await db.updateTable('app_user').set(set).where('id', '=', userId).execute();
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
    sessionId: row.session_id,
    step: row.step,
  };
}
