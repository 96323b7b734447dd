import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { NewCategory } from '../../db/schema.ts';

export async function listCategories(db: DbOrTx) {
  return db.selectFrom('category').selectAll().orderBy('sort').orderBy('code').execute();
}

export async function findCategory(db: DbOrTx, code: string) {
  return db.selectFrom('category').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function lockCategory(db: DbOrTx, code: string) {
  return db.selectFrom('category').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function findByServiceCode(db: DbOrTx, serviceCode: string) {
  return db.selectFrom('category').select('code').where('service_code', '=', serviceCode).executeTakeFirst();
}

export async function insertCategory(db: DbOrTx, row: NewCategory) {
  await db.insertInto('category').values(row).execute();
}

export async function updateCategory(db: DbOrTx, code: string, patch: Partial<NewCategory>) {
  await db
    .updateTable('category')
    .set({ ...patch, updated_at: sql`now()` })
    .where('code', '=', code)
    .execute();
}

export async function setLeaf(db: DbOrTx, code: string, isLeaf: boolean) {
  await db.updateTable('category').set({ is_leaf: isLeaf }).where('code', '=', code).execute();
}

/** Codes from the category's parent up to the root, nearest first. */
export async function categoryAncestors(db: DbOrTx, code: string): Promise<string[]> {
  const rows = await sql<{ code: string; depth: number }>`
    WITH RECURSIVE up(code, parent_code, depth) AS (
      SELECT code, parent_code, 0 FROM category WHERE code = ${code}
      UNION ALL
      SELECT c.code, c.parent_code, up.depth + 1 FROM category c JOIN up ON c.code = up.parent_code
    )
    SELECT code, depth FROM up WHERE depth > 0 ORDER BY depth`.execute(db);
  return rows.rows.map((r) => r.code);
}
