import { sql } from 'kysely';

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
