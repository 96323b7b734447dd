import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Issue 14 (docs/distribution.md, lane keys): no region-bound row is without its district. The nine tables whose
// district_code could be NULL get a rule (packages/domain), their writers follow it, and this migration fills the
// rows written before and sets NOT NULL:
//
// - "case": a city-level case without a place (a 12345 centre's) is stored under the city's code — the last code of
//   its region path (domain caseDistrict), as its children (20261213_0201) and case_phone (…_0203) already are.
//   case_desk wrote '' for such a case: it takes the case's district too.
// - upload (not attached), knowledge_use / knowledge_feedback (outside a case), opinion_item (not located): the
//   writer's unit's district — the last code of its jurisdiction path — or, for a writer without a unit (a
//   resident, an API key), the city's (domain writerDistrict). opinion_item's column was generated from its region
//   path; it becomes a written column (the value stays; its one writer writes it).
// - person, person_tag, visit, field_task: generated from their place, and every writer gives a place (a person is
//   entered or imported at a community, a tag and a visit at their person's, a field task at its grid). A row
//   without one cannot be given a district here: the migration stops and names the table.
//
// In a rolling upgrade (README, "Upgrading several servers") the previous release still inserts NULL into upload,
// knowledge_*, opinion_item and a city-level case: ship the SET NOT NULL half a release later.
const CITY = `(SELECT code FROM region WHERE level = 'city' ORDER BY code LIMIT 1)`;
/** the district of user column `col`'s unit, or the city's */
const WRITER = (col: string) => `coalesce(
  (SELECT rpad(left(right(rtrim(u.jurisdiction_path, '/'), 12), 6), 12, '0')
     FROM app_user a JOIN unit u ON u.id = a.unit_id WHERE a.id = ${col}),
  ${CITY})`;

/** The nine tables whose district was nullable before this migration (set NOT NULL here, dropped by down). */
const NOT_NULL = [
  'case',
  'upload',
  'knowledge_use',
  'knowledge_feedback',
  'opinion_item',
  'person',
  'person_tag',
  'visit',
  'field_task',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    UPDATE "case" SET district_code = rpad(left(right(rtrim(region_path, '/'), 12), 6), 12, '0')
     WHERE district_code IS NULL;
    UPDATE case_desk d SET district_code = c.district_code
      FROM "case" c WHERE c.id = d.case_id AND d.district_code = '';
    UPDATE upload SET district_code = ${WRITER('created_by')} WHERE district_code IS NULL;
    UPDATE knowledge_use SET district_code = ${WRITER('user_id')} WHERE district_code IS NULL;
    UPDATE knowledge_feedback SET district_code = ${WRITER('user_id')} WHERE district_code IS NULL;
    ALTER TABLE opinion_item ALTER COLUMN district_code DROP EXPRESSION;
    UPDATE opinion_item SET district_code = ${WRITER('imported_by')} WHERE district_code IS NULL;
    DO $$
    DECLARE t text; bad boolean;
    BEGIN
      FOREACH t IN ARRAY ARRAY['person', 'person_tag', 'visit', 'field_task'] LOOP
        IF EXISTS (SELECT 1 FROM pg_class WHERE relname = t AND relnamespace = 'public'::regnamespace) THEN
          EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE district_code IS NULL)', t) INTO bad;
          IF bad THEN
            RAISE EXCEPTION '%: rows without a place (street, community or grid) have no district; place them first', t;
          END IF;
        END IF;
      END LOOP;
    END $$;
  `,
    )
    .execute(db);
  for (const t of NOT_NULL)
    await sql`ALTER TABLE ${sql.id(t)} ALTER COLUMN district_code SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of NOT_NULL)
    await sql`ALTER TABLE ${sql.id(t)} ALTER COLUMN district_code DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE "case" ALTER COLUMN district_code DROP NOT NULL`.execute(db);
}
