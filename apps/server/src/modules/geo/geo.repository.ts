import type { DbOrTx } from '../../db/database.ts';

export async function regionNames(db: DbOrTx) {
  return db.selectFrom('region').select(['code', 'name', 'level', 'path', 'parent_code']).execute();
}
