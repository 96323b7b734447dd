import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 13 (三治融合): 小微权力清单 — micro-power items with their flowcharts, defined by the district and adopted by
// communities — and 村(居)务公开: each community's disclosure catalogue, its publications (withdrawn with a reason,
// corrected as new versions, never deleted), the overdue alerts raised once per missed due date, and residents'
// queries (依申请公开) and failure reports. Photos of a publication are uploads kept for it ('disclosure').
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE micro_power_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      position int NOT NULL DEFAULT 0,
      category text NOT NULL
        CHECK (category IN ('major_decision', 'project', 'assets', 'finance', 'subsidy', 'seal', 'other')),
      title text NOT NULL,
      basis text NOT NULL,
      description text NOT NULL DEFAULT '',
      steps jsonb NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (region_code, title)
    );
    CREATE TABLE micro_power_adoption (
      item_id uuid NOT NULL REFERENCES micro_power_item (id),
      community_code text NOT NULL REFERENCES region (code),
      adopted_by uuid NOT NULL REFERENCES app_user (id),
      adopted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (item_id, community_code)
    );
    CREATE TABLE disclosure_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      item_id uuid REFERENCES micro_power_item (id),
      category text NOT NULL
        CHECK (category IN ('major_decision', 'project', 'assets', 'finance', 'subsidy', 'seal', 'other')),
      title text NOT NULL,
      basis text NOT NULL,
      frequency text NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'at_once')),
      due_working_days int NOT NULL CHECK (due_working_days BETWEEN 1 AND 60),
      channels text[] NOT NULL,
      since date NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (community_code, title)
    );
    CREATE INDEX disclosure_entry_place_idx ON disclosure_entry (region_path text_pattern_ops);
    CREATE TABLE disclosure_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      entry_id uuid NOT NULL REFERENCES disclosure_entry (id),
      title text NOT NULL,
      occurred_at timestamptz NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX disclosure_event_entry_idx ON disclosure_event (entry_id);
    CREATE TABLE disclosure_publication (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      entry_id uuid NOT NULL REFERENCES disclosure_entry (id),
      period_key text,
      event_id uuid REFERENCES disclosure_event (id),
      version int NOT NULL DEFAULT 1,
      supersedes uuid REFERENCES disclosure_publication (id),
      title text NOT NULL,
      body text NOT NULL,
      list jsonb NOT NULL DEFAULT '[]',
      channel text NOT NULL CHECK (channel IN ('board', 'online', 'meeting')),
      upload_ids uuid[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'withdrawn', 'superseded')),
      published_at timestamptz NOT NULL DEFAULT now(),
      published_by uuid NOT NULL REFERENCES app_user (id),
      correction_reason text,
      withdrawn_reason text,
      withdrawn_at timestamptz,
      withdrawn_by uuid REFERENCES app_user (id),
      CHECK ((period_key IS NULL) <> (event_id IS NULL))
    );
    CREATE UNIQUE INDEX disclosure_publication_in_force
      ON disclosure_publication (entry_id, coalesce(period_key, event_id::text)) WHERE status = 'published';
    CREATE INDEX disclosure_publication_entry_idx ON disclosure_publication (entry_id, published_at DESC);
    CREATE TABLE disclosure_overdue_alert (
      entry_id uuid NOT NULL REFERENCES disclosure_entry (id),
      due_key text NOT NULL,
      due_at timestamptz NOT NULL,
      notified_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (entry_id, due_key)
    );
    CREATE TABLE disclosure_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('query', 'report')),
      report_kind text CHECK (report_kind IN ('late', 'untrue', 'incomplete')),
      entry_id uuid REFERENCES disclosure_entry (id),
      subject text NOT NULL,
      body text NOT NULL,
      user_id uuid REFERENCES app_user (id),
      person_id uuid REFERENCES person (id),
      phone_enc text,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'upheld', 'dismissed')),
      due_at timestamptz NOT NULL,
      answer text,
      answered_at timestamptz,
      answered_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (user_id IS NOT NULL OR phone_enc IS NOT NULL),
      CHECK ((kind = 'report') = (report_kind IS NOT NULL))
    );
    CREATE INDEX disclosure_request_place_idx ON disclosure_request (region_path text_pattern_ops, created_at DESC);
    ALTER TABLE upload DROP CONSTRAINT IF EXISTS upload_kept_for_check;
    ALTER TABLE upload ADD CONSTRAINT upload_kept_for_check
      CHECK (kept_for IN ('visit', 'quick_fix', 'field_task', 'mediation', 'disclosure'));
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON micro_power_item, micro_power_adoption, disclosure_entry,
          disclosure_event, disclosure_publication, disclosure_overdue_alert, disclosure_request TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS disclosure_request, disclosure_overdue_alert, disclosure_publication, disclosure_event,
      disclosure_entry, micro_power_adoption, micro_power_item;
    ALTER TABLE upload DROP CONSTRAINT IF EXISTS upload_kept_for_check;
    ALTER TABLE upload ADD CONSTRAINT upload_kept_for_check
      CHECK (kept_for IN ('visit', 'quick_fix', 'field_task', 'mediation'));
  `.execute(db);
}
