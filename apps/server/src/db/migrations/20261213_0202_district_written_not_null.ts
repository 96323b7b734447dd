import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Issue 14 (docs/distribution.md step 2, the contract half of 20261213_0201): the written district_code of the
// case's and whistle's children becomes NOT NULL where every row has a parent. In a rolling upgrade from the release
// before 20261213_0201 this belongs to the next release (README, "Upgrading several servers": a server of the old
// release inserts these rows without the column); run in one go, as the tests and a fresh install do, it is safe.
const TABLES = [
  'assignment',
  'case_event',
  'case_caller',
  'case_public_id',
  'case_metoo',
  'case_origin',
  'classify_correction',
  'duplicate_decision',
  'assessment_callback',
  'assessment_response',
  'assessment_unit_day',
  'hot_cluster',
  'hot_cluster_case',
  'whistle_event',
  'whistle_rating',
  'whistle_summon',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    await sql`ALTER TABLE ${sql.id(table)} ALTER COLUMN district_code SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    await sql`ALTER TABLE ${sql.id(table)} ALTER COLUMN district_code DROP NOT NULL`.execute(db);
}
