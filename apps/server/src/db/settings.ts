import { sql } from 'kysely';
import type { DbOrTx } from './database.ts';

/**
 * The `setting` table: one JSON value per key. Each module owns its keys and how their values are parsed (and
 * the default when a value is missing or invalid); this is only how a value is read and written.
 */

/** The stored value of a setting, or undefined without a row. */
export async function settingValue(db: DbOrTx, key: string): Promise<unknown> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** The stored values of several settings by key; a key without a row is absent. */
export async function settingValues(db: DbOrTx, keys: readonly string[]): Promise<Map<string, unknown>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('setting')
    .select(['key', 'value'])
    .where('key', 'in', [...keys])
    .execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** Writes a setting (insert or replace), stamping its update time. */
export async function saveSetting(db: DbOrTx, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('setting')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: sql`now()` }))
    .execute();
}
