import { sql } from 'kysely';
import type { Role } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { NewAppUser } from '../../db/schema.ts';

function base(db: DbOrTx) {
  return db.selectFrom('app_user as u').innerJoin('unit as n', 'n.id', 'u.unit_id');
}

const columns = [
  'u.id',
  'u.username',
  'u.name',
  'u.phone_enc',
  'u.unit_id',
  'n.name as unit_name',
  'n.jurisdiction_path',
  'u.roles',
  'u.active',
  'u.locked_until',
  'u.must_change_password',
  sql<boolean>`u.totp_secret_enc IS NOT NULL`.as('totp_enabled'),
] as const;

export async function searchUsers(
  db: DbOrTx,
  f: {
    scopePath: string;
    unitId?: string | undefined;
    role?: Role | undefined;
    q?: string | undefined;
    phoneHash?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  let q = base(db).where('n.jurisdiction_path', 'like', `${f.scopePath}%`);
  if (f.unitId) q = q.where('u.unit_id', '=', f.unitId);
  if (f.role) q = q.where(sql<boolean>`${f.role} = any(u.roles)`);
  if (f.phoneHash) q = q.where('u.phone_hash', '=', f.phoneHash);
  else if (f.q)
    q = q.where((eb) => eb.or([eb('u.username', 'like', `%${f.q}%`), eb('u.name', 'like', `%${f.q}%`)]));
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await q
    .select(columns)
    .orderBy('n.name')
    .orderBy('u.username')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items, total: total.n };
}

export async function findUserRow(db: DbOrTx, id: string) {
  return base(db).select(columns).where('u.id', '=', id).executeTakeFirst();
}

export async function lockUser(db: DbOrTx, id: string) {
  return base(db)
    .select([...columns, 'u.phone_hash'])
    .where('u.id', '=', id)
    .forUpdate('u')
    .executeTakeFirst();
}

export async function findUserIdByUsername(db: DbOrTx, username: string) {
  return db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
}

export async function userGrids(db: DbOrTx, userId: string) {
  return db
    .selectFrom('grid_worker as w')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.code', 'g.name'])
    .where('w.user_id', '=', userId)
    .orderBy('g.code')
    .execute();
}

export async function insertUser(db: DbOrTx, row: NewAppUser) {
  return db.insertInto('app_user').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<
    Pick<
      NewAppUser,
      | 'name'
      | 'phone_enc'
      | 'phone_hash'
      | 'unit_id'
      | 'roles'
      | 'active'
      | 'password_hash'
      | 'failed_logins'
      | 'locked_until'
      | 'must_change_password'
      | 'totp_secret_enc'
      | 'totp_pending_enc'
      | 'totp_last_step'
    >
  >,
) {
  await db
    .updateTable('app_user')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
