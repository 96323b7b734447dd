import { writerDistrict } from '@onegrid/domain';
import { sql, type Expression, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../db/database.ts';

/**
 * The district rule in SQL, once for the live code: packages/domain `districtOfCode` — a region code's first six
 * digits padded to twelve — as an expression over a text column or value. NULL stays NULL.
 *
 * A Kysely fragment rather than an SQL function made by a migration: migrations are frozen (the ones that wrote
 * this rule into triggers and backfills keep their own copy), a fragment needs no schema object to version and
 * migrate when the rule changes, and the planner sees the plain expression either way. district.test.ts checks it
 * against the domain on a table of codes.
 */
export function districtOfCodeSql(code: Expression<string | null>): RawBuilder<string> {
  return sql<string>`rpad(left(${code}, 6), 12, '0')`;
}

/** packages/domain `districtOfPath` in SQL: the district of a region path's last code ('…/110117001000/'). */
export function districtOfPathSql(path: Expression<string | null>): RawBuilder<string> {
  return districtOfCodeSql(sql<string>`split_part(rtrim(${path}, '/'), '/', -1)`);
}

/**
 * The district a child row of case `caseId` is stored under (docs/distribution.md): the case's own district_code
 * (never NULL since 20261214_0100: a city-level case carries the city's code), read from the case in the inserting
 * statement, for a writer that has only the case's number (timers, whistles, the duplicate check, the classifier's
 * corrections, hotspots, the knowledge base). The case's partition is found by its number, so this is one index
 * probe. A writer that holds the case row passes caseDistrict(c) instead.
 */
export function caseDistrictOf(caseId: string | number) {
  return sql<string>`(SELECT district_code FROM "case" WHERE id = ${String(caseId)})`;
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
