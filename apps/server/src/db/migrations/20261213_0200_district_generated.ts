import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Issue 14 (ready for Citus, docs/distribution.md step 1): every region-bound table that knows its place by a lower
// code (street 110117001000, community 110117001001, grid = community + suffix) or a region path
// (110000000000/110117000000/110117001000/) gets the district it lies in as a stored generated column, the
// distribution column of a district-distributed deployment. The value is the 12-digit code of the district level,
// as "case".district_code and the admission tables hold it: the first 6 digits of the place, padded with zeros
// (packages/domain districtOfCode). A path gives its last code; a path that ends above a district (a city-level
// 12345 centre's 110000000000/) gives that code itself — a city-level row is the city's.
//
// Expand only (README, "Upgrading several servers"): a generated column is never written by a server, so the
// previous release inserts as before and does not read it. Adding a stored column rewrites each table once (an
// ACCESS EXCLUSIVE lock for the rewrite: seconds for the demo's 500 k address nodes).
//
// Five tables may have no place at all (a person not yet placed, a field task or visit without one, an online
// opinion not located): their column stays nullable and docs/distribution.md lists them as what is left.
const TABLES: [table: string, expression: string, notNull: boolean][] = [
  ['address_node', `rpad(left(street_code, 6), 12, '0')`, true],
  ['case_intake_day', `rpad(left(street_code, 6), 12, '0')`, true],
  ['case_intake_day_street', `rpad(left(street_code, 6), 12, '0')`, true],
  ['case_status_count', `rpad(left(street_code, 6), 12, '0')`, true],
  ['civic_proposal', `rpad(left(community_code, 6), 12, '0')`, true],
  ['civic_vote', `rpad(left(community_code, 6), 12, '0')`, true],
  ['community_task', `rpad(left(community_code, 6), 12, '0')`, true],
  ['deliberation_meeting', `rpad(left(community_code, 6), 12, '0')`, true],
  ['deliberation_topic', `rpad(left(community_code, 6), 12, '0')`, true],
  ['disclosure_entry', `rpad(left(community_code, 6), 12, '0')`, true],
  ['disclosure_request', `rpad(left(community_code, 6), 12, '0')`, true],
  ['field_task', `rpad(left(coalesce(street_code, community_code, grid_code), 6), 12, '0')`, false],
  ['grid', `rpad(left(community_code, 6), 12, '0')`, true],
  ['grid_worker', `rpad(left(grid_code, 6), 12, '0')`, true],
  ['house', `rpad(left(street_code, 6), 12, '0')`, true],
  ['mediation_file', `rpad(left(street_code, 6), 12, '0')`, true],
  ['micro_power_adoption', `rpad(left(community_code, 6), 12, '0')`, true],
  ['micro_power_item', `rpad(left(region_code, 6), 12, '0')`, true],
  ['opinion_alert', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, true],
  ['opinion_item', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, false],
  ['organisation', `rpad(left(street_code, 6), 12, '0')`, true],
  ['patrol', `rpad(left(street_code, 6), 12, '0')`, true],
  ['person', `rpad(left(coalesce(street_code, community_code, grid_code), 6), 12, '0')`, false],
  ['person_tag', `rpad(left(coalesce(street_code, community_code, grid_code), 6), 12, '0')`, false],
  ['points_board', `rpad(left(community_code, 6), 12, '0')`, true],
  ['points_entry', `rpad(left(community_code, 6), 12, '0')`, true],
  ['points_good', `rpad(left(community_code, 6), 12, '0')`, true],
  ['points_redemption', `rpad(left(community_code, 6), 12, '0')`, true],
  ['points_rule_set', `rpad(left(community_code, 6), 12, '0')`, true],
  ['proactive_task', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, true],
  ['quick_fix', `rpad(left(street_code, 6), 12, '0')`, true],
  ['rental', `rpad(left(street_code, 6), 12, '0')`, true],
  ['reply_score', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, true],
  ['report_instance', `rpad(left(community_code, 6), 12, '0')`, true],
  ['report_sending', `rpad(left(right(rtrim(scope_path, '/'), 12), 6), 12, '0')`, true],
  ['residence', `rpad(left(street_code, 6), 12, '0')`, true],
  ['resident_verification', `rpad(left(community_code, 6), 12, '0')`, true],
  ['service_application', `rpad(left(right(rtrim(window_path, '/'), 12), 6), 12, '0')`, true],
  ['supervision_notice', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, true],
  ['visit', `rpad(left(coalesce(street_code, community_code, grid_code), 6), 12, '0')`, false],
  ['volunteer', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, true],
  ['volunteer_activity', `rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')`, true],
  ['whistle', `rpad(left(street_code, 6), 12, '0')`, true],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, expression, notNull] of TABLES)
    await sql`ALTER TABLE ${sql.id(table)} ADD COLUMN district_code text GENERATED ALWAYS AS (${sql.raw(expression)}) STORED${sql.raw(notNull ? ' NOT NULL' : '')}`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table] of TABLES) await sql`ALTER TABLE ${sql.id(table)} DROP COLUMN district_code`.execute(db);
}
