import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14 (docs/distribution.md): case_phone (20261213_0100) took the case's district_code as it is, NULL for a
// city-level case without a place; every other child of the case carries the district its case is stored under
// (packages/domain caseDistrict: the case's district, else the city's code from its region path, the same SQL as
// lib/district.ts). The triggers now write that, the rows are filled, and the column is NOT NULL.
const DISTRICT = (c: string) =>
  `coalesce(${c}.district_code::text, rpad(left(right(rtrim(${c}.region_path, '/'), 12), 6), 12, '0'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    CREATE OR REPLACE FUNCTION case_phone_of_case() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.reporter_phone_hash IS NOT NULL
         AND (TG_OP = 'DELETE' OR OLD.reporter_phone_hash IS DISTINCT FROM NEW.reporter_phone_hash) THEN
        PERFORM case_phone_drop(OLD.reporter_phone_hash, OLD.id);
      END IF;
      IF TG_OP = 'INSERT' AND NEW.reporter_phone_hash IS NOT NULL
         OR TG_OP = 'UPDATE' AND NEW.reporter_phone_hash IS DISTINCT FROM OLD.reporter_phone_hash
                             AND NEW.reporter_phone_hash IS NOT NULL THEN
        INSERT INTO case_phone (phone_hash, case_id, district_code)
        VALUES (NEW.reporter_phone_hash, NEW.id, ${DISTRICT('NEW')}) ON CONFLICT DO NOTHING;
      END IF;
      IF TG_OP = 'UPDATE' AND NEW.district_code IS DISTINCT FROM OLD.district_code THEN
        UPDATE case_phone SET district_code = ${DISTRICT('NEW')} WHERE case_id = NEW.id;
      END IF;
      RETURN NULL;
    END $f$;

    CREATE OR REPLACE FUNCTION case_phone_of_caller() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.phone_hash IS NOT NULL
         AND (TG_OP = 'DELETE' OR OLD.phone_hash IS DISTINCT FROM NEW.phone_hash
              OR OLD.case_id IS DISTINCT FROM NEW.case_id) THEN
        PERFORM case_phone_drop(OLD.phone_hash, OLD.case_id);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.phone_hash IS NOT NULL THEN
        INSERT INTO case_phone (phone_hash, case_id, district_code)
        SELECT NEW.phone_hash, NEW.case_id, ${DISTRICT('c')} FROM "case" c WHERE c.id = NEW.case_id
        ON CONFLICT DO NOTHING;
      END IF;
      RETURN NULL;
    END $f$;

    UPDATE case_phone p SET district_code = ${DISTRICT('c')}
      FROM "case" c WHERE c.id = p.case_id AND p.district_code IS NULL;
    ALTER TABLE case_phone ALTER COLUMN district_code SET NOT NULL;
  `,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE case_phone ALTER COLUMN district_code DROP NOT NULL`.execute(db);
}
