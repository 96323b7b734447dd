import { CompiledQuery } from 'kysely';
import type { Db as BossDb } from 'pg-boss';
import type { DbOrTx } from './database.ts';

/** pg-boss statements run through the caller's Kysely handle, so the jobs commit or roll back with it. */
export function bossDbOf(db: DbOrTx): BossDb {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: [...result.rows] };
    },
  };
}
