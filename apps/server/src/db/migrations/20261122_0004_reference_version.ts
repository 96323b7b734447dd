import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The reference data every intake routes by (categories, duty list, units, deadline policies, calendar, settings) is
// kept in each server process's memory. Any change to those tables, by any path (admin pages, imports, psql), moves
// one version number in the same transaction, so every process sees that its copy is stale.
const TABLES = ['category', 'duty', 'duty_party', 'unit', 'deadline_policy', 'calendar_override', 'setting'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reference_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 1
    );
    INSERT INTO reference_version DEFAULT VALUES;

    CREATE FUNCTION reference_touch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE reference_version SET version = version + 1;
      RETURN NULL;
    END $$;

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, UPDATE ON reference_version TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
  for (const t of TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${t}_reference_touch`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON ${sql.table(t)} FOR EACH STATEMENT EXECUTE FUNCTION reference_touch()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) {
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${t}_reference_touch`)} ON ${sql.table(t)}`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS reference_touch(); DROP TABLE IF EXISTS reference_version;`.execute(db);
}
