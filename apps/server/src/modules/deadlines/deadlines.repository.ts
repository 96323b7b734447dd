import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { NewDeadlinePolicy } from '../../db/schema.ts';

/**
 * The reference version (moved by triggers on deadline_policy and calendar_override, among others) qualified by the
 * database's name: a process that serves several databases (tests) never takes one's copy for another's.
 */
export async function policiesVersion(db: DbOrTx): Promise<string> {
  const { rows } = await sql<{ v: string }>`
    SELECT version::text || '@' || current_database() AS v FROM reference_version`.execute(db);
  return rows[0]!.v;
}

export async function listPolicies(db: DbOrTx) {
  return db
    .selectFrom('deadline_policy as p')
    .leftJoin('category as c', 'c.code', 'p.category_code')
    .select([
      'p.id',
      'p.category_code',
      'c.name_zh as category_name_zh',
      'c.name_en as category_name_en',
      'p.urgency',
      'p.accept_value',
      'p.accept_unit',
      'p.respond_value',
      'p.respond_unit',
      'p.resolve_value',
      'p.resolve_unit',
    ])
    .orderBy(sql`p.category_code NULLS FIRST`)
    .orderBy(sql`array_position(array['emergency','urgent','ordinary','complex'], p.urgency)`)
    .execute();
}

export async function findPolicy(db: DbOrTx, categoryCode: string | null, urgency: string) {
  let q = db
    .selectFrom('deadline_policy')
    .selectAll()
    .where('urgency', '=', urgency as never);
  q =
    categoryCode === null
      ? q.where('category_code', 'is', null)
      : q.where('category_code', '=', categoryCode);
  return q.forUpdate().executeTakeFirst();
}

export async function findPolicyById(db: DbOrTx, id: string) {
  return db.selectFrom('deadline_policy').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertPolicy(db: DbOrTx, row: NewDeadlinePolicy) {
  return db.insertInto('deadline_policy').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updatePolicy(db: DbOrTx, id: string, row: Partial<NewDeadlinePolicy>) {
  await db
    .updateTable('deadline_policy')
    .set({ ...row, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function deletePolicy(db: DbOrTx, id: string) {
  await db.deleteFrom('deadline_policy').where('id', '=', id).execute();
}
