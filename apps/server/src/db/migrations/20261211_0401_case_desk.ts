import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14 (a whole city): which dispatch desk a case sits at — the city 12345 centre, a district's centre or a
// street's office — once it has been forwarded down (转派) or sent back up (退回上级). One row per moved case; a
// case never moved has none and sits with every desk whose jurisdiction holds its place, as before. The district
// code leads the key so the table distributes by region with the cases (Citus). No foreign key to "case": the
// case table is partitioned by time (issue 14), and its key carries the creation time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_desk (
      -- the case's district; '' for a case without a known place
      district_code text NOT NULL,
      case_id bigint NOT NULL,
      desk_unit_id uuid NOT NULL REFERENCES unit (id),
      forwarded_from_unit_id uuid REFERENCES unit (id),
      moved_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (district_code, case_id)
    );
    CREATE UNIQUE INDEX case_desk_case_idx ON case_desk (case_id);
    CREATE INDEX case_desk_unit_idx ON case_desk (desk_unit_id);
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_desk TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS case_desk`.execute(db);
}
