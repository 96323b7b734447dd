import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { writeAudit } from '../lib/audit.ts';
import type { PiiCipher } from '../lib/pii.ts';
import { chunks, insertDuties, insertRegions, insertUnits, insertUsers, passwordHashes } from './rows.ts';
import type { DemoData } from './types.ts';

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('region')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n === 0;
}

/** Loads the demo data set in one transaction; returns the demo accounts to print. */
export async function loadDemoData(db: Db, pii: PiiCipher, data: DemoData) {
  const hashes = await passwordHashes(data.users);
  await db.transaction().execute(async (tx) => {
    await insertRegions(tx, data.regions, 200);
    for (const part of chunks(data.grids, 200)) {
      await tx
        .insertInto('grid')
        .values(
          part.map((g) => ({
            code: g.code,
            name: g.name,
            community_code: g.communityCode,
            region_path: g.regionPath,
            boundary: JSON.stringify(g.boundary),
            households: g.households,
          })),
        )
        .execute();
    }
    const paths = new Map(data.regions.map((r) => [r.code, r.path]));
    const unitId = await insertUnits(tx, data.units, paths);
    for (const part of chunks(data.categories, 200)) {
      await tx
        .insertInto('category')
        .values(
          part.map((c) => ({
            code: c.code,
            parent_code: c.parentCode,
            name_zh: c.nameZh,
            name_en: c.nameEn,
            is_leaf: c.isLeaf,
            default_urgency: c.defaultUrgency,
            service_code: c.serviceCode,
            grid_solvable: c.gridSolvable,
            keywords: c.keywords,
            sort: c.sort,
            public: c.public,
            facility: c.facility,
          })),
        )
        .execute();
    }
    for (const p of data.deadlinePolicies) {
      await tx
        .insertInto('deadline_policy')
        .values({
          category_code: p.categoryCode,
          urgency: p.urgency,
          accept_value: p.accept.value,
          accept_unit: p.accept.unit,
          respond_value: p.respond.value,
          respond_unit: p.respond.unit,
          resolve_value: p.resolve.value,
          resolve_unit: p.resolve.unit,
        })
        .execute();
    }
    await insertDuties(tx, data.duties, paths, unitId);
    await insertUsers(tx, pii, data.users, hashes, unitId);
    await writeAudit(tx, null, {
      action: 'import',
      entity: 'demo',
      after: {
        regions: data.regions.length,
        grids: data.grids.length,
        units: data.units.length,
        categories: data.categories.length,
        duties: data.duties.length,
        users: data.users.length,
      },
    });
  });
  return data.users.map((u) => ({
    username: u.username,
    password: u.password,
    name: u.name,
    roles: u.roles,
    unitKey: u.unitKey,
  }));
}
