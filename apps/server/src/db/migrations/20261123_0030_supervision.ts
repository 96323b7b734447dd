import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 督办 notices: a supervisor (street, district or city) tells a unit, in writing, that a case of theirs is late or
// about to be; yellow is a warning, red a serious one. The unit must answer in writing before answer_due_at.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE supervision_notice (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id bigint NOT NULL,
      assignment_id uuid NOT NULL REFERENCES assignment(id),
      unit_id uuid NOT NULL REFERENCES unit(id),
      level text NOT NULL CHECK (level IN ('yellow', 'red')),
      reason text NOT NULL,
      -- the case's region, for jurisdiction checks on every read
      region_path text NOT NULL,
      issued_by uuid NOT NULL REFERENCES app_user(id),
      issued_by_unit uuid NOT NULL REFERENCES unit(id),
      issued_at timestamptz NOT NULL DEFAULT now(),
      answer_due_at timestamptz NOT NULL,
      answer text,
      answered_at timestamptz,
      answered_by uuid REFERENCES app_user(id),
      CHECK ((answer IS NULL) = (answered_at IS NULL))
    );
    CREATE INDEX supervision_notice_unit_idx ON supervision_notice (unit_id, issued_at DESC);
    CREATE INDEX supervision_notice_region_idx ON supervision_notice (region_path text_pattern_ops, issued_at DESC);
    CREATE INDEX supervision_notice_case_idx ON supervision_notice (case_id);

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE ON supervision_notice TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS supervision_notice`.execute(db);
}
