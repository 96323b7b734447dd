import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The address library (address_node, issue 10) is held in each server process's memory for geocoding, reverse
// geocoding and the map layers (modules/addresses). Any change to it, by any path (admin pages, imports, the demo
// generator, psql), moves one version number in the same statement, so every process sees that its copy is stale.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE address_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 1
    );
    INSERT INTO address_version DEFAULT VALUES;

    CREATE FUNCTION address_touch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE address_version SET version = version + 1;
      RETURN NULL;
    END $$;

    CREATE TRIGGER address_node_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON address_node FOR EACH STATEMENT EXECUTE FUNCTION address_touch();

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, UPDATE ON address_version TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS address_node_touch ON address_node;
    DROP FUNCTION IF EXISTS address_touch();
    DROP TABLE IF EXISTS address_version;
  `.execute(db);
}
