import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Issue 14 (ready for Citus, docs/distribution.md step 2): the children of a case and of a whistle carry their
// parent's district, written on insert by the one module that writes each table, so that they distribute with the
// parent. This migration adds the column (nullable: the previous release does not write it) and fills it from the
// parent; 20261213_0202 makes it NOT NULL where every row has a parent.
//
// The district of a case: "case".district_code, or — a city-level case without a place (a 12345 centre's, before it
// is sent down) — the city's code, from the last code of its region path (packages/domain caseDistrict). The
// district of a unit (assessment_unit_day): that of the last code of its jurisdiction path — a city-level unit's is
// the city's code (packages/domain districtOfPath). The district of a whistle: its generated district_code.
const CASE_DISTRICT = `coalesce(c.district_code::text, rpad(left(right(rtrim(c.region_path, '/'), 12), 6), 12, '0'))`;

/** [child, the child's column naming the case] */
const CASE_CHILDREN: [string, string][] = [
  ['assignment', 'case_id'],
  ['case_event', 'case_id'],
  ['case_caller', 'case_id'],
  ['case_public_id', 'case_id'],
  ['case_metoo', 'case_id'],
  ['case_origin', 'case_id'],
  ['classify_correction', 'case_id'],
  // a duplicate check is shown before the new case exists: it belongs where the candidate case is
  ['duplicate_decision', 'candidate_id'],
  ['assessment_callback', 'case_id'],
  ['assessment_response', 'case_id'],
  ['hot_cluster', 'central_case_id'],
  ['hot_cluster_case', 'case_id'],
  // these may have no case (an upload not yet attached, a knowledge use or vote outside a case): NULL then
  ['upload', 'case_id'],
  ['knowledge_use', 'case_id'],
  ['knowledge_feedback', 'case_id'],
];
const WHISTLE_CHILDREN = ['whistle_event', 'whistle_rating', 'whistle_summon'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of CASE_CHILDREN) {
    await sql`ALTER TABLE ${sql.id(table)} ADD COLUMN district_code text`.execute(db);
    await sql`UPDATE ${sql.id(table)} t SET district_code = ${sql.raw(CASE_DISTRICT)}
                FROM "case" c WHERE c.id = t.${sql.id(column)}`.execute(db);
  }
  for (const table of WHISTLE_CHILDREN) {
    await sql`ALTER TABLE ${sql.id(table)} ADD COLUMN district_code text`.execute(db);
    await sql`UPDATE ${sql.id(table)} t SET district_code = w.district_code
                FROM whistle w WHERE w.id = t.whistle_id`.execute(db);
  }
  await sql`
    ALTER TABLE assessment_unit_day ADD COLUMN district_code text;
    UPDATE assessment_unit_day d SET district_code = rpad(left(right(rtrim(u.jurisdiction_path, '/'), 12), 6), 12, '0')
      FROM unit u WHERE u.id = d.unit_id;

    -- the public id map is written by a trigger on "case" (20261211_0201): it now writes the district too
    CREATE OR REPLACE FUNCTION case_public_id_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO case_public_id (public_id, case_id, district_code)
        VALUES (NEW.public_id, NEW.id,
                coalesce(NEW.district_code::text, rpad(left(right(rtrim(NEW.region_path, '/'), 12), 6), 12, '0')));
      ELSIF NEW.public_id IS DISTINCT FROM OLD.public_id THEN
        UPDATE case_public_id SET public_id = NEW.public_id WHERE public_id = OLD.public_id;
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION case_public_id_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO case_public_id (public_id, case_id) VALUES (NEW.public_id, NEW.id);
      ELSIF NEW.public_id IS DISTINCT FROM OLD.public_id THEN
        UPDATE case_public_id SET public_id = NEW.public_id WHERE public_id = OLD.public_id;
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
  for (const table of [...CASE_CHILDREN.map(([t]) => t), ...WHISTLE_CHILDREN, 'assessment_unit_day'])
    await sql`ALTER TABLE ${sql.id(table)} DROP COLUMN district_code`.execute(db);
}
