import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import { hashPassword } from '../../modules/auth/passwords.ts';
import { DISTRICT_CODE } from '../divisions.ts';
import { buildCityDemo, type CityDemo } from './build.ts';

/** The demo's scope: one district (default) or the whole city (DEMO_SCOPE=city). */
export type DemoScope = 'district' | 'city';

export function demoScopeFromEnv(env: NodeJS.ProcessEnv = process.env): DemoScope {
  return env.DEMO_SCOPE === 'city' ? 'city' : 'district';
}

const MARKER = '110101000000'; // 东城区: present once the city is loaded

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

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
  const hash = await hashPassword(city.users[0]!.password);
  await db.transaction().execute(async (tx) => {
    // parents first: the regions are listed district, its streets, their communities
    for (const part of chunks(city.regions, 1000))
      await tx
        .insertInto('region')
        .values(
          part.map((r) => ({
            code: r.code,
            parent_code: r.parentCode,
            name: r.name,
            level: r.level,
            path: r.path,
            boundary: r.boundary ? JSON.stringify(r.boundary) : null,
            sort: r.sort,
          })),
        )
        .execute();
    const paths = new Map<string, string>(
      (
        await tx
          .selectFrom('region')
          .select(['code', 'path'])
          .where('level', 'in', ['city', 'district', 'street'])
          .execute()
      ).map((r) => [r.code, r.path]),
    );
    const ids = new Map<string, string>();
    // units by depth: the city centre and the district governments (no parent), then the street offices
    for (const level of [city.units.filter((u) => !u.parentKey), city.units.filter((u) => u.parentKey)])
      for (const part of chunks(level, 500)) {
        const rows = await tx
          .insertInto('unit')
          .values(
            part.map((u) => ({
              name: u.name,
              kind: u.kind,
              parent_id: u.parentKey ? (ids.get(u.parentKey) ?? null) : null,
              jurisdiction_code: u.jurisdictionCode,
              jurisdiction_path: paths.get(u.jurisdictionCode)!,
              phone: u.phone,
            })),
          )
          .returning('id')
          .execute();
        part.forEach((u, i) => ids.set(u.key, rows[i]!.id));
      }
    for (const u of city.users)
      await tx
        .insertInto('app_user')
        .values({
          username: u.username,
          name: u.name,
          phone_enc: pii.encrypt(u.phone),
          phone_hash: pii.blindIndex(u.phone),
          unit_id: ids.get(u.unitKey)!,
          roles: u.roles,
          password_hash: hash,
        })
        .execute();
    for (const d of city.duties) {
      const { id } = await tx
        .insertInto('duty')
        .values({
          category_code: d.categoryCode,
          region_code: d.regionCode,
          region_path: paths.get(d.regionCode)!,
          note: d.note,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('duty_party')
        .values(
          d.parties.map((p, ord) => ({
            duty_id: id,
            ord,
            role: p.role,
            unit_id: p.unitKey ? (ids.get(p.unitKey) ?? null) : null,
            local_street: p.localStreet,
          })),
        )
        .execute();
    }
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
