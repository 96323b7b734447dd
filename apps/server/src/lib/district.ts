import { writerDistrict } from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';

/**
 * The district a child row of case `caseId` is stored under (docs/distribution.md): packages/domain caseDistrict —
 * the case's district_code, or the city's code of a city-level case without a place — in SQL, read from the case in
 * the inserting statement, for a writer that has only the case's number (timers, whistles, the duplicate check, the
 * classifier's corrections, hotspots, the knowledge base). The case's partition is found by its number, so this is
 * one index probe. A writer that holds the case row passes caseDistrict(c) instead.
 */
export function caseDistrictOf(caseId: string | number) {
  return sql<string>`(SELECT coalesce(district_code::text, rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0'))
                        FROM "case" WHERE id = ${String(caseId)})`;
}

/**
 * The city's 12-digit code: the one region of the city level (a deployment serves one city). The district of a row
 * without a place whose writer has no unit (packages/domain writerDistrict).
 */
export async function cityCodeOf(db: DbOrTx): Promise<string> {
  const r = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'city')
    .orderBy('code')
    .executeTakeFirst();
  if (!r) throw new Error('no region of the city level');
  return r.code;
}

/** packages/domain writerDistrict, reading the city's code only when the writer has no unit. */
export async function writerDistrictOf(db: DbOrTx, writerPath: string | null | undefined): Promise<string> {
  return writerDistrict(writerPath, writerPath ? '' : await cityCodeOf(db));
}
