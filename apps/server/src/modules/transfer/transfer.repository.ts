import type { RegionLevel } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

/** Lookups by natural key for the importer, and the boundary lists of the exporter. Queries only. */

export async function findUnitByName(db: DbOrTx, name: string) {
  return db.selectFrom('unit').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function findUserByUsername(db: DbOrTx, username: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'n.jurisdiction_path'])
    .where('u.username', '=', username)
    .executeTakeFirst();
}

export async function regionBoundariesUnder(db: DbOrTx, pathPrefix: string, level: RegionLevel) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'boundary'])
    .where('path', 'like', `${pathPrefix}%`)
    .where('level', '=', level)
    .where('boundary', 'is not', null)
    .orderBy('code')
    .execute();
}

export async function lockRegion(db: DbOrTx, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'path', 'level', 'boundary'])
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}
