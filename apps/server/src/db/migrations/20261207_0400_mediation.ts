import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// People's mediation files (issue 11): the place's region path (jurisdiction as an index condition, like cases),
// the screening's reason, the other routes a termination explained, and the parties' court application.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE mediation_file
      ADD COLUMN region_path text,
      ADD COLUMN referred_reason text,
      ADD COLUMN other_routes text[],
      ADD COLUMN court_applied_on date;
    UPDATE mediation_file f SET region_path = r.path
      FROM region r WHERE r.code = coalesce(f.community_code, f.street_code);
    UPDATE mediation_file SET region_path = '' WHERE region_path IS NULL;
    ALTER TABLE mediation_file ALTER COLUMN region_path SET NOT NULL;
    CREATE INDEX mediation_file_path_idx ON mediation_file (region_path text_pattern_ops, created_at DESC);
    CREATE INDEX mediation_file_court_idx ON mediation_file (court_confirm_by)
      WHERE court_confirm_by IS NOT NULL AND court_applied_on IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE mediation_file DROP COLUMN IF EXISTS region_path, DROP COLUMN IF EXISTS referred_reason,
      DROP COLUMN IF EXISTS other_routes, DROP COLUMN IF EXISTS court_applied_on;
  `.execute(db);
}
