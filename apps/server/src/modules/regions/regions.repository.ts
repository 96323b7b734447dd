import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/** The grids under a region path, with their boundaries (the region's map, boundary import). */
export async function listGridsWithBoundaryUnder(db: DbOrTx, pathPrefix: string) {
  return db
    .selectFrom('grid')
    .select(['code', 'name', 'households', 'boundary'])
    .where('region_path', 'like', `${pathPrefix}%`)
    .orderBy('code')
    .execute();
}

export async function listRegionsUnder(db: DbOrTx, pathPrefix: string) {
  return db
    .selectFrom('region')
    .select(['code', 'parent_code', 'name', 'level', 'path', 'sort'])
    .where('path', 'like', `${pathPrefix}%`)
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

export async function findRegion(db: DbOrTx, code: string) {
  return db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findRegionsByCodes(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'path'])
    .where('code', 'in', codes)
    .execute();
}

export async function childRegionsWithBoundary(db: DbOrTx, parentCode: string) {
  return db
    .selectFrom('region as r')
    .select([
      'r.code',
      'r.name',
      'r.level',
      'r.boundary',
      (eb) =>
        eb
          .selectFrom('grid as g')
          .select(sql<number>`coalesce(sum(g.households), 0)::int`.as('n'))
          .where('g.region_path', 'like', sql<string>`r.path || '%'`)
          .as('households'),
    ])
    .where('r.parent_code', '=', parentCode)
    .orderBy('r.sort')
    .orderBy('r.code')
    .execute();
}

export async function regionStats(db: DbOrTx, code: string, path: string) {
  const grids = await db
    .selectFrom('grid')
    .select([
      sql<number>`count(*)::int`.as('grid_count'),
      sql<number>`coalesce(sum(households), 0)::int`.as('households'),
    ])
    .where('region_path', 'like', `${path}%`)
    .executeTakeFirstOrThrow();
  const children = await db
    .selectFrom('region')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('parent_code', '=', code)
    .executeTakeFirstOrThrow();
  return { gridCount: grids.grid_count, households: grids.households, childCount: children.n };
}

export async function updateRegionBoundary(db: DbOrTx, code: string, boundary: unknown) {
  await db
    .updateTable('region')
    .set({ boundary: JSON.stringify(boundary), updated_at: sql`now()` })
    .where('code', '=', code)
    .execute();
}

/** Boundaries of the given regions (null when a region has none). */
export async function regionBoundaries(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom('region').select(['code', 'boundary']).where('code', 'in', codes).execute();
}

/** The children of a region that have a boundary. */
export async function childBoundaries(db: DbOrTx, parentCode: string) {
  return db
    .selectFrom('region')
    .select(['code', 'boundary'])
    .where('parent_code', '=', parentCode)
    .where('boundary', 'is not', null)
    .execute();
}

/**
 * Locks region rows in code order (the one order every boundary writer uses, so writers never deadlock): boundary
 * writes under a parent take its lock, so two writers cannot each pass the overlap check against the other's old
 * boundary.
 */
export async function lockRegions(db: DbOrTx, codes: string[]) {
  for (const code of [...new Set(codes)].sort()) {
    await db.selectFrom('region').select('code').where('code', '=', code).forUpdate().execute();
  }
}
