import { sql, type Expression, type RawBuilder } from 'kysely';

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
 * The district a child row of case `caseId` is stored under (docs/distribution.md): packages/domain caseDistrict —
 * the case's district_code, or the city's code of a city-level case without a place — in SQL, read from the case in
 * the inserting statement, for a writer that has only the case's number (timers, whistles, the duplicate check, the
 * classifier's corrections, hotspots, the knowledge base). The case's partition is found by its number, so this is
 * one index probe. A writer that holds the case row passes caseDistrict(c) instead.
 */
export function caseDistrictOf(caseId: string | number) {
  return sql<string>`(SELECT coalesce(district_code::text, ${districtOfPathSql(sql.ref('region_path'))})
                        FROM "case" WHERE id = ${String(caseId)})`;
}
