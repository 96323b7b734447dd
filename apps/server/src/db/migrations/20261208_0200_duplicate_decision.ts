import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 12, duplicates by meaning at intake. One row per candidate case shown in one intake (session_key: the
// operator's draft or the attach), with the signals that made it a candidate; the decision stays null while the
// operator has only seen it, becomes 'confirmed' when the call is attached to it (并入此件) and 'rejected' on
// "not a duplicate". Acceptance rate per week = confirmed / shown.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE duplicate_decision (
      id bigserial PRIMARY KEY,
      session_key text NOT NULL CHECK (length(session_key) BETWEEN 8 AND 100),
      candidate_id bigint NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
      new_case_id bigint REFERENCES "case" (id) ON DELETE SET NULL,
      call_text text NOT NULL,
      signals jsonb NOT NULL,
      decision text CHECK (decision IN ('confirmed', 'rejected')),
      shown_by uuid REFERENCES app_user (id),
      shown_at timestamptz NOT NULL DEFAULT now(),
      decided_by uuid REFERENCES app_user (id),
      decided_at timestamptz,
      UNIQUE (session_key, candidate_id)
    );
    CREATE INDEX duplicate_decision_shown_at ON duplicate_decision (shown_at);
    CREATE INDEX duplicate_decision_candidate ON duplicate_decision (candidate_id);
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE ON duplicate_decision TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE duplicate_decision_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS duplicate_decision;`.execute(db);
}
