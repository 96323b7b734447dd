import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/** What the classifier and the report form need of every category, in tree order. */
export async function listCategoriesForClassifier(db: DbOrTx) {
  return db
    .selectFrom('category')
    .select([
      'code',
      'parent_code',
      'name_zh',
      'name_en',
      'keywords',
      'is_leaf',
      'active',
      'default_urgency',
      'public',
    ])
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

/**
 * A digest of everything the classifier reads: any writer (admin form, import, migration) moves it, without a
 * version counter every writer would have to remember to bump. ~150 rows, well under a millisecond.
 */
export async function categoriesDigest(db: DbOrTx): Promise<string> {
  const row = await sql<{ digest: string | null }>`
    SELECT md5(string_agg(
      concat_ws('|', code, parent_code, name_zh, name_en, array_to_string(keywords, ' '), is_leaf, active,
                default_urgency, sort, public),
      E'\n' ORDER BY code)) AS digest
    FROM category`.execute(db);
  return row.rows[0]?.digest ?? '';
}
