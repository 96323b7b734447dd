import type { DbOrTx } from '../../db/database.ts';

export async function listOverrides(db: DbOrTx) {
  return db.selectFrom('calendar_override').select(['day', 'kind', 'note']).orderBy('day').execute();
}

export async function findOverride(db: DbOrTx, day: string) {
  return db
    .selectFrom('calendar_override')
    .select(['day', 'kind', 'note'])
    .where('day', '=', day)
    .forUpdate()
    .executeTakeFirst();
}

export async function upsertOverride(
  db: DbOrTx,
  row: { day: string; kind: 'workday' | 'holiday'; note: string },
) {
  await db
    .insertInto('calendar_override')
    .values(row)
    .onConflict((oc) => oc.column('day').doUpdateSet({ kind: row.kind, note: row.note }))
    .execute();
}

export async function deleteOverride(db: DbOrTx, day: string) {
  await db.deleteFrom('calendar_override').where('day', '=', day).execute();
}
