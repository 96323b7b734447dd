import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

export async function listKeys(db: DbOrTx) {
  return db
    .selectFrom('api_key as k')
    .leftJoin('unit as n', 'n.id', 'k.unit_id')
    .leftJoin('app_user as u', 'u.id', 'k.created_by')
    .select([
      'k.id',
      'k.name',
      'k.prefix',
      'k.unit_id',
      'n.name as unit_name',
      'k.created_at',
      'u.username as created_by_username',
      'k.revoked_at',
    ])
    .orderBy('k.created_at', 'desc')
    .execute();
}

export async function findKey(db: DbOrTx, id: string) {
  return db.selectFrom('api_key').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The active key with this hash; key_hash is UNIQUE, so this is an index lookup. */
export async function findActiveByHash(db: DbOrTx, keyHash: string) {
  return db
    .selectFrom('api_key')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertKey(
  db: DbOrTx,
  row: { name: string; key_hash: string; prefix: string; unit_id: string | null; created_by: string | null },
) {
  return db
    .insertInto('api_key')
    .values(row)
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .returning(['id', 'created_at'])
    .executeTakeFirst();
}

export async function revokeKey(db: DbOrTx, id: string) {
  await db
    .updateTable('api_key')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
