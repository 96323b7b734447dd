import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Geometry, NewGrid } from '../../db/schema.ts';
import { settingValue } from '../../db/settings.ts';

const GEO_VERSION_KEY = 'geo_version';

/**
 * The version of the boundaries (setting geo_version), bumped in the same transaction as any boundary change; every
 * process rebuilds its geo index when it moves.
 */
export async function bumpGeoVersion(db: DbOrTx): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key: GEO_VERSION_KEY, value: JSON.stringify(1) })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: sql`to_jsonb((setting.value #>> '{}')::int + 1)`, updated_at: sql`now()` }),
    )
    .execute();
}

export async function geoVersion(db: DbOrTx): Promise<number> {
  const value = await settingValue(db, GEO_VERSION_KEY);
  return value === undefined ? 0 : Number(value);
}

export async function allGridBoundaries(db: DbOrTx) {
  return db.selectFrom('grid').select(['code', 'name', 'community_code', 'boundary']).execute();
}

export async function searchGrids(
  db: DbOrTx,
  f: { pathPrefix: string; q?: string | undefined; limit: number; offset: number },
) {
  let query = db
    .selectFrom('grid as g')
    .innerJoin('region as c', 'c.code', 'g.community_code')
    .where('g.region_path', 'like', `${f.pathPrefix}%`);
  if (f.q)
    query = query.where((eb) => eb.or([eb('g.name', 'like', `%${f.q}%`), eb('g.code', 'like', `${f.q}%`)]));
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await query
    .select([
      'g.code',
      'g.name',
      'g.community_code',
      'c.name as community_name',
      'g.households',
      (eb) =>
        eb
          .selectFrom('grid_worker as w')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('w.grid_code', '=', 'g.code')
          .as('worker_count'),
    ])
    .orderBy('g.code')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items, total: total.n };
}

export async function findGrid(db: DbOrTx, code: string) {
  return db.selectFrom('grid').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findGridForUpdate(db: DbOrTx, code: string) {
  return db.selectFrom('grid').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function gridWorkers(db: DbOrTx, code: string) {
  return db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .select(['u.id', 'u.username', 'u.name', 'u.phone_enc'])
    .where('w.grid_code', '=', code)
    .orderBy('u.username')
    .execute();
}

export async function insertGrid(db: DbOrTx, row: NewGrid) {
  await db.insertInto('grid').values(row).execute();
}

export async function updateGrid(
  db: DbOrTx,
  code: string,
  patch: { name?: string; households?: number; boundary?: Geometry },
) {
  await db
    .updateTable('grid')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.households !== undefined ? { households: patch.households } : {}),
      ...(patch.boundary !== undefined ? { boundary: JSON.stringify(patch.boundary) } : {}),
      updated_at: sql`now()`,
    })
    .where('code', '=', code)
    .execute();
}

export async function replaceGridWorkers(db: DbOrTx, code: string, userIds: string[]) {
  await db.deleteFrom('grid_worker').where('grid_code', '=', code).execute();
  if (userIds.length) {
    await db
      .insertInto('grid_worker')
      .values(userIds.map((user_id) => ({ grid_code: code, user_id })))
      .execute();
  }
}

export async function gridBoundariesOfCommunity(db: DbOrTx, communityCode: string) {
  return db
    .selectFrom('grid')
    .select(['code', 'boundary'])
    .where('community_code', '=', communityCode)
    .execute();
}
