import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 10's two speed targets. The import writes every residence into each of its indexes: the two base ones on
// community and grid are the covering baseview_residence_* indexes without their INCLUDE columns, so they go.
// The 一表通 counts residences and tags without joining half a million persons: a deceased person's records are
// found through this small partial index instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS residence_community_idx;
    DROP INDEX IF EXISTS residence_grid_idx;
    CREATE INDEX IF NOT EXISTS person_deceased_idx ON person (id) WHERE deceased;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS person_deceased_idx;
    CREATE INDEX IF NOT EXISTS residence_community_idx ON residence (community_code, population_type)
      WHERE moved_out IS NULL;
    CREATE INDEX IF NOT EXISTS residence_grid_idx ON residence (grid_code, population_type) WHERE moved_out IS NULL;
  `.execute(db);
}
