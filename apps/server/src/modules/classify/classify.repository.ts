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
