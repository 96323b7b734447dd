import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Open / in progress counts for the dashboard, per street and status, moved by the assessment fold from the
// from/to status of each case event (every transition writes one). Counting them live meant an index probe into
// every monthly partition of "case" on each view. The fold restarts from the first event so that all aggregates,
// this one included, are built from the same watermark.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_status_count (
      street_code text NOT NULL,
      status text NOT NULL,
      cases int NOT NULL DEFAULT 0,
      PRIMARY KEY (street_code, status)
    );
    TRUNCATE assessment_response, assessment_callback, assessment_unit_day, case_intake_day;
    UPDATE assessment_watermark SET last_event_id = 0, folded_at = NULL;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_status_count TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS case_status_count`.execute(db);
}
