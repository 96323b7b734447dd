import { sql } from 'kysely';
import type { DutyRole } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

export async function searchDuties(
  db: DbOrTx,
  f: {
    scopePath: string;
    categoryCode?: string | undefined;
    regionCode?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  // Entries inside the jurisdiction, and those of enclosing regions, which apply inside it too.
  let q = db
    .selectFrom('duty as d')
    .innerJoin('category as c', 'c.code', 'd.category_code')
    .innerJoin('region as r', 'r.code', 'd.region_code')
    .where((eb) =>
      eb.or([
        eb('d.region_path', 'like', `${f.scopePath}%`),
        eb(sql.val(f.scopePath), 'like', sql<string>`d.region_path || '%'`),
      ]),
    );
  if (f.categoryCode) q = q.where('d.category_code', '=', f.categoryCode);
  if (f.regionCode) q = q.where('d.region_code', '=', f.regionCode);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await q
    .select([
      'd.id',
      'd.category_code',
      'c.name_zh as category_name_zh',
      'c.name_en as category_name_en',
      'd.region_code',
      'r.name as region_name',
      'r.level as region_level',
      'd.region_path',
      'd.note',
    ])
    .orderBy('c.sort')
    .orderBy('d.category_code')
    .orderBy('d.region_path')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items, total: total.n };
}

export async function partiesOf(db: DbOrTx, dutyIds: string[]) {
  if (dutyIds.length === 0) return [];
  return db
    .selectFrom('duty_party as p')
    .leftJoin('unit as u', 'u.id', 'p.unit_id')
    .select(['p.duty_id', 'p.ord', 'p.role', 'p.unit_id', 'u.name as unit_name', 'p.local_street'])
    .where('p.duty_id', 'in', dutyIds)
    .orderBy('p.duty_id')
    .orderBy('p.ord')
    .execute();
}

export async function findDuty(db: DbOrTx, id: string) {
  return db.selectFrom('duty').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockDuty(db: DbOrTx, id: string) {
  return db.selectFrom('duty').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findDutyByKey(db: DbOrTx, categoryCode: string, regionCode: string) {
  return db
    .selectFrom('duty')
    .selectAll()
    .where('category_code', '=', categoryCode)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
}

export async function insertDuty(
  db: DbOrTx,
  row: { category_code: string; region_code: string; region_path: string; note: string | null },
) {
  return db.insertInto('duty').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateDutyNote(db: DbOrTx, id: string, note: string | null) {
  await db
    .updateTable('duty')
    .set({ note, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function replaceParties(
  db: DbOrTx,
  dutyId: string,
  parties: { role: DutyRole; unitId: string | null; localStreet: boolean }[],
) {
  await db.deleteFrom('duty_party').where('duty_id', '=', dutyId).execute();
  if (parties.length) {
    await db
      .insertInto('duty_party')
      .values(
        parties.map((p, ord) => ({
          duty_id: dutyId,
          ord,
          role: p.role,
          unit_id: p.unitId,
          local_street: p.localStreet,
        })),
      )
      .execute();
  }
}

export async function deleteDuty(db: DbOrTx, id: string) {
  await db.deleteFrom('duty').where('id', '=', id).execute();
}

/** Candidate entries for a category (and its ancestors) at any of the given regions. */
export async function candidateDuties(db: DbOrTx, categoryCodes: string[], regionCodes: string[]) {
  if (categoryCodes.length === 0 || regionCodes.length === 0) return [];
  return db
    .selectFrom('duty')
    .select(['id', 'category_code', 'region_code'])
    .where('category_code', 'in', categoryCodes)
    .where('region_code', 'in', regionCodes)
    .execute();
}

/** Entries of these categories at the caller's region or above it (lane city: what overrides a city-wide entry). */
export async function entriesOnChain(db: DbOrTx, scopePath: string, categoryCodes: string[]) {
  if (categoryCodes.length === 0) return [];
  return db
    .selectFrom('duty as d')
    .select(['d.category_code', 'd.region_path'])
    .where('d.category_code', 'in', categoryCodes)
    .where(sql.val(scopePath), 'like', sql<string>`d.region_path || '%'`)
    .execute();
}
