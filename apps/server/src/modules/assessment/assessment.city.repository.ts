import type { UnitKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

/**
 * The rows a city ranking reads besides the counters: the city's streets or districts (a few hundred region rows,
 * region_path_idx) and the units under the city (unit_jurisdiction_idx). Neither grows with the cases.
 */

export interface TerritoryRow {
  code: string;
  name: string;
  path: string;
  level: string;
  parentCode: string | null;
}

export async function findRegion(db: DbOrTx, code: string): Promise<TerritoryRow | undefined> {
  const r = await db
    .selectFrom('region')
    .select(['code', 'name', 'path', 'level', 'parent_code'])
    .where('code', '=', code)
    .executeTakeFirst();
  return r && { code: r.code, name: r.name, path: r.path, level: r.level, parentCode: r.parent_code };
}

/** The regions of one level under a path, in the official order (sort, then code). */
export async function regionsUnder(
  db: DbOrTx,
  path: string,
  level: 'district' | 'street',
): Promise<TerritoryRow[]> {
  const rows = await db
    .selectFrom('region')
    .select(['code', 'name', 'path', 'level', 'parent_code'])
    .where('path', 'like', `${path}%`)
    .where('level', '=', level)
    .orderBy('path')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    path: r.path,
    level: r.level,
    parentCode: r.parent_code,
  }));
}

/** Active units whose jurisdiction lies under a path, with what the roll-up needs. */
export async function unitsUnder(
  db: DbOrTx,
  path: string,
): Promise<{ id: string; kind: UnitKind; jurisdictionPath: string }[]> {
  const rows = await db
    .selectFrom('unit')
    .select(['id', 'kind', 'jurisdiction_path'])
    .where('jurisdiction_path', 'like', `${path}%`)
    .where('active', '=', true)
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, jurisdictionPath: r.jurisdiction_path }));
}

export async function unitNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The deployment's city (the root of the region tree): the public list is its list. */
export async function firstCity(db: DbOrTx): Promise<{ code: string } | undefined> {
  return db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'city')
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
}
