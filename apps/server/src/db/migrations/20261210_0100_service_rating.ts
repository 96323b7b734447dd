import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 好差评 for one-window services (issue 13): one rating of an application by its applicant (first) and one of the
// fix after a bad rating (after_fix); a bad first rating opens a rectification (整改) per unit that handled the
// application, due on the working calendar, swept once when overdue (overdue_notified_at); the unit records what it
// did, the callback (回访) closes it. Appeals (申诉) against a rating are reviewed by the district's service office;
// an upheld appeal sets `excluded` on the rating — a rating is never deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE service_rating (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      application_id uuid NOT NULL REFERENCES service_application (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('first', 'after_fix')),
      level text NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'basically_satisfied', 'unsatisfied',
        'very_unsatisfied')),
      source text NOT NULL CHECK (source IN ('window', 'online', 'resident', 'callback')),
      -- the resident's own words: shown to staff who see the application, never published
      comment text,
      recorded_by uuid REFERENCES app_user (id),
      rated_at timestamptz NOT NULL DEFAULT now(),
      excluded boolean NOT NULL DEFAULT false,
      excluded_at timestamptz,
      demo boolean NOT NULL DEFAULT false,
      UNIQUE (application_id, kind)
    );
    CREATE INDEX service_rating_at_idx ON service_rating (rated_at);
    CREATE TABLE service_rectification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      rating_id uuid NOT NULL REFERENCES service_rating (id) ON DELETE CASCADE,
      application_id uuid NOT NULL REFERENCES service_application (id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES unit (id),
      state text NOT NULL CHECK (state IN ('open', 'done', 'closed', 'void')),
      opened_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      action text,
      acted_at timestamptz,
      acted_by uuid REFERENCES app_user (id),
      callback_at timestamptz,
      callback_by uuid REFERENCES app_user (id),
      callback_note text,
      overdue_notified_at timestamptz,
      UNIQUE (rating_id, unit_id)
    );
    CREATE INDEX service_rectification_unit_idx ON service_rectification (unit_id, state, due_at);
    CREATE INDEX service_rectification_overdue_todo ON service_rectification (due_at)
      WHERE overdue_notified_at IS NULL AND state = 'open';
    CREATE TABLE service_rating_appeal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      rating_id uuid NOT NULL UNIQUE REFERENCES service_rating (id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES unit (id),
      ground text NOT NULL CHECK (ground IN ('mistaken', 'malicious', 'outside_duty')),
      reason text NOT NULL,
      filed_by uuid REFERENCES app_user (id),
      filed_at timestamptz NOT NULL DEFAULT now(),
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'upheld', 'dismissed')),
      decided_by uuid REFERENCES app_user (id),
      decided_at timestamptz,
      decision_note text
    );
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE ON service_rating, service_rectification, service_rating_appeal TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS service_rating_appeal; DROP TABLE IF EXISTS service_rectification;
    DROP TABLE IF EXISTS service_rating;
  `.execute(db);
}
