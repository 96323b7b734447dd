import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import { DISTRICT_CODE } from '../divisions.ts';
import { insertDuties, insertRegions, insertUnits, insertUsers, passwordHashes } from '../rows.ts';
import { buildCityDemo, type CityDemo } from './build.ts';

/** The demo's scope: one district (default) or the whole city (DEMO_SCOPE=city). */
export type DemoScope = 'district' | 'city';

export function demoScopeFromEnv(env: NodeJS.ProcessEnv = process.env): DemoScope {
  return env.DEMO_SCOPE === 'city' ? 'city' : 'district';
}

const MARKER = '110101000000'; // 东城区: present once the city is loaded

/**
 * Loads the rest of 北京市 beside the demo district, once (also into a one-district demo database made before):
 * regions in batches of multi-row inserts, units by level, the city centre's users, the city-wide duty entries —
 * one transaction. Returns what it loaded, or null when the city was there already.
 */
export async function loadDemoCityIfMissing(
  db: Db,
  pii: PiiCipher,
  dutyCategories?: readonly string[],
): Promise<{ regions: number; units: number; users: number; duties: number; ms: number } | null> {
  const t0 = Date.now();
  const there = await db.selectFrom('region').select('code').where('code', '=', MARKER).executeTakeFirst();
  if (there) return null;
  const categories =
    dutyCategories ??
    (
      await db
        .selectFrom('duty')
        .select('category_code')
        .distinct()
        .where('region_code', '=', DISTRICT_CODE)
        .execute()
    ).map((r) => r.category_code);
  const city = buildCityDemo(categories);
  await loadCity(db, pii, city);
  return {
    regions: city.regions.length,
    units: city.units.length,
    users: city.users.length,
    duties: city.duties.length,
    ms: Date.now() - t0,
  };
}

async function loadCity(db: Db, pii: PiiCipher, city: CityDemo): Promise<void> {
  const hashes = await passwordHashes(city.users);
  await db.transaction().execute(async (tx) => {
    // parents first: the regions are listed district, its streets, their communities
    await insertRegions(tx, city.regions, 1000);
    const paths = new Map<string, string>(
      (
        await tx
          .selectFrom('region')
          .select(['code', 'path'])
          .where('level', 'in', ['city', 'district', 'street'])
          .execute()
      ).map((r) => [r.code, r.path]),
    );
    const unitId = await insertUnits(tx, city.units, paths);
    await insertUsers(tx, pii, city.users, hashes, unitId);
    await insertDuties(tx, city.duties, paths, unitId);
    await writeAudit(tx, null, {
      action: 'import',
      entity: 'demo_city',
      after: {
        regions: city.regions.length,
        units: city.units.length,
        users: city.users.length,
        duties: city.duties.length,
      },
    });
  });
}
