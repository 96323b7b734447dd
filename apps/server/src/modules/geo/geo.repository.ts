import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import { settingValue } from '../../db/settings.ts';

const KEY = 'geo_version';

/** Bumped in the same transaction as any boundary change; every process rebuilds its index when it moves. */
export async function bumpGeoVersion(db: DbOrTx): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key: KEY, value: JSON.stringify(1) })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: sql`to_jsonb((setting.value #>> '{}')::int + 1)`, updated_at: sql`now()` }),
    )
    .execute();
}

export async function geoVersion(db: DbOrTx): Promise<number> {
  const value = await settingValue(db, KEY);
  return value === undefined ? 0 : Number(value);
}

export async function regionNames(db: DbOrTx) {
  return db.selectFrom('region').select(['code', 'name', 'level', 'path', 'parent_code']).execute();
}
