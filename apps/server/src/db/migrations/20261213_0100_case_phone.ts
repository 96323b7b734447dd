import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14 (the repeat-caller look-up, < 10 ms at p99): every phone that called about a case — the first reporter's
// and each caller attached later (case_caller) — as one row (blind index, case number) of one unpartitioned table.
// "This caller's cases, newest first" is then one backward scan of one primary key (case numbers are date-prefixed,
// so newest first is index order), instead of one probe per monthly partition of "case" plus case_caller.
// The rows follow their sources in the database itself (triggers on "case" and case_caller), so every writer —
// intake, attaching a call, the demo loader, erasing contact data (PIPL: an erased phone must find nothing) —
// keeps the table exact without knowing it exists. district_code is the case's, so the table is region-bound in
// its own right (docs/distribution.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_phone (
      phone_hash text NOT NULL,
      case_id bigint NOT NULL,
      district_code text,
      PRIMARY KEY (phone_hash, case_id)
    );

    -- The (hash, case) pair is gone when no source holds it any more.
    CREATE FUNCTION case_phone_drop(p_hash text, p_case bigint) RETURNS void LANGUAGE sql AS $f$
      DELETE FROM case_phone p
       WHERE p.phone_hash = p_hash AND p.case_id = p_case
         AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.id = p_case AND c.reporter_phone_hash = p_hash)
         AND NOT EXISTS (SELECT 1 FROM case_caller cc WHERE cc.case_id = p_case AND cc.phone_hash = p_hash);
    $f$;

    CREATE FUNCTION case_phone_of_case() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.reporter_phone_hash IS NOT NULL
         AND (TG_OP = 'DELETE' OR OLD.reporter_phone_hash IS DISTINCT FROM NEW.reporter_phone_hash) THEN
        PERFORM case_phone_drop(OLD.reporter_phone_hash, OLD.id);
      END IF;
      IF TG_OP = 'INSERT' AND NEW.reporter_phone_hash IS NOT NULL
         OR TG_OP = 'UPDATE' AND NEW.reporter_phone_hash IS DISTINCT FROM OLD.reporter_phone_hash
                             AND NEW.reporter_phone_hash IS NOT NULL THEN
        INSERT INTO case_phone (phone_hash, case_id, district_code)
        VALUES (NEW.reporter_phone_hash, NEW.id, NEW.district_code) ON CONFLICT DO NOTHING;
      END IF;
      IF TG_OP = 'UPDATE' AND NEW.district_code IS DISTINCT FROM OLD.district_code THEN
        UPDATE case_phone SET district_code = NEW.district_code WHERE case_id = NEW.id;
      END IF;
      RETURN NULL;
    END $f$;

    CREATE FUNCTION case_phone_of_caller() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.phone_hash IS NOT NULL
         AND (TG_OP = 'DELETE' OR OLD.phone_hash IS DISTINCT FROM NEW.phone_hash
              OR OLD.case_id IS DISTINCT FROM NEW.case_id) THEN
        PERFORM case_phone_drop(OLD.phone_hash, OLD.case_id);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.phone_hash IS NOT NULL THEN
        INSERT INTO case_phone (phone_hash, case_id, district_code)
        SELECT NEW.phone_hash, NEW.case_id, c.district_code FROM "case" c WHERE c.id = NEW.case_id
        ON CONFLICT DO NOTHING;
      END IF;
      RETURN NULL;
    END $f$;

    CREATE TRIGGER case_phone_of_case
      AFTER INSERT OR DELETE OR UPDATE OF reporter_phone_hash, district_code ON "case"
      FOR EACH ROW EXECUTE FUNCTION case_phone_of_case();
    CREATE TRIGGER case_phone_of_caller
      AFTER INSERT OR DELETE OR UPDATE OF phone_hash, case_id ON case_caller
      FOR EACH ROW EXECUTE FUNCTION case_phone_of_caller();

    INSERT INTO case_phone (phone_hash, case_id, district_code)
    SELECT reporter_phone_hash, id, district_code FROM "case" WHERE reporter_phone_hash IS NOT NULL
    UNION
    SELECT cc.phone_hash, cc.case_id, c.district_code
      FROM case_caller cc JOIN "case" c ON c.id = cc.case_id
     WHERE cc.phone_hash IS NOT NULL;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_phone TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS case_phone_of_caller ON case_caller;
    DROP TRIGGER IF EXISTS case_phone_of_case ON "case";
    DROP FUNCTION IF EXISTS case_phone_of_caller();
    DROP FUNCTION IF EXISTS case_phone_of_case();
    DROP FUNCTION IF EXISTS case_phone_drop(text, bigint);
    DROP TABLE IF EXISTS case_phone;
  `.execute(db);
}
