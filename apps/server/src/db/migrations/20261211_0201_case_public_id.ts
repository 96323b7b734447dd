import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// A lookup by public id (Open311 GET /requests/{id}, residents' 我也是) cannot be pruned: the public id is random,
// so PostgreSQL plans and probes the public_id index of every monthly partition of "case" — measured at 134
// partitions: ~150 ms of planning and ~18 ms of execution, against 0.2 ms and 0.02 ms by number. This one
// unpartitioned table maps a public id to its case number; the reader resolves the number first, then reads the case
// by number (one partition). A trigger on "case" keeps it (cases are never deleted; an archived case keeps its row,
// which then finds nothing until the month is restored).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_public_id (
      public_id text PRIMARY KEY,
      case_id bigint NOT NULL
    );
    INSERT INTO case_public_id (public_id, case_id) SELECT public_id, id FROM "case";

    CREATE FUNCTION case_public_id_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO case_public_id (public_id, case_id) VALUES (NEW.public_id, NEW.id);
      ELSIF NEW.public_id IS DISTINCT FROM OLD.public_id THEN
        UPDATE case_public_id SET public_id = NEW.public_id WHERE public_id = OLD.public_id;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER case_public_id_keep AFTER INSERT OR UPDATE OF public_id ON "case"
      FOR EACH ROW EXECUTE FUNCTION case_public_id_keep();

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE ON case_public_id TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS case_public_id_keep ON "case";
    DROP FUNCTION IF EXISTS case_public_id_keep();
    DROP TABLE IF EXISTS case_public_id;
  `.execute(db);
}
