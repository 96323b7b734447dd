import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The three rates and the dashboard read small aggregates that a job folds in from case_event (by id, after a
// watermark) instead of scanning cases per view. The fact tables hold exactly the rows behind each figure, so a
// drill-down lists the very cases that were counted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- How far the fold has read case_event; the row is locked (SKIP LOCKED) by the one process folding.
    CREATE TABLE assessment_watermark (
      name text PRIMARY KEY,
      last_event_id bigint NOT NULL DEFAULT 0,
      folded_at timestamptz
    );
    INSERT INTO assessment_watermark (name) VALUES ('case_event');

    -- 响应率: one row per lead assignment; outcome open until decided, final once the assignment left 'pending'.
    CREATE TABLE assessment_response (
      assignment_id uuid PRIMARY KEY,
      case_id bigint NOT NULL,
      unit_id uuid NOT NULL,
      day date NOT NULL,
      due_at timestamptz,
      outcome text NOT NULL CHECK (outcome IN ('open','hit','miss','excluded')),
      final boolean NOT NULL DEFAULT false
    );
    CREATE INDEX assessment_response_unit_idx ON assessment_response (unit_id, day);
    CREATE INDEX assessment_response_case_idx ON assessment_response (case_id) WHERE NOT final;
    CREATE INDEX assessment_response_open_idx ON assessment_response (due_at) WHERE outcome = 'open';

    -- 解决率 / 满意率: one row per callback event, attributed to the lead unit that handled the case.
    CREATE TABLE assessment_callback (
      event_id bigint PRIMARY KEY,
      case_id bigint NOT NULL,
      unit_id uuid NOT NULL,
      day date NOT NULL,
      resolved boolean NOT NULL,
      rating text NOT NULL CHECK (rating IN ('satisfied','basically_satisfied','unsatisfied'))
    );
    CREATE INDEX assessment_callback_unit_idx ON assessment_callback (unit_id, day);

    -- The counters a ranking sums: per Shanghai day and unit.
    CREATE TABLE assessment_unit_day (
      day date NOT NULL,
      unit_id uuid NOT NULL,
      response_hit int NOT NULL DEFAULT 0,
      response_miss int NOT NULL DEFAULT 0,
      callbacks int NOT NULL DEFAULT 0,
      resolved int NOT NULL DEFAULT 0,
      satisfied int NOT NULL DEFAULT 0,
      basically_satisfied int NOT NULL DEFAULT 0,
      unsatisfied int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, unit_id)
    );

    -- Intake per Shanghai day, street, category and channel ('' for none), for the dashboard's trend and breakdowns.
    CREATE TABLE case_intake_day (
      day date NOT NULL,
      street_code text NOT NULL,
      category_code text NOT NULL,
      channel text NOT NULL,
      cases int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, street_code, category_code, channel)
    );
  `.execute(db);

  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON assessment_watermark, assessment_response, assessment_callback,
          assessment_unit_day, case_intake_day TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS case_intake_day, assessment_unit_day, assessment_callback, assessment_response,
      assessment_watermark;
  `.execute(db);
}
