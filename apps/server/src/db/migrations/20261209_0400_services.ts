import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// One-window services (一门式 / 一窗通办, issue 13): service items with their guide (办事指南, materials, legal basis,
// promised time), the departments that handle each with their own working-day limit, 一件事 bundles of items;
// applications accepted at any window for an applicant of the base data, their materials as checked (uploaded,
// original seen, promised: 容缺), the promises owed, one stage per item and department handled in parallel, and
// what happened (events). Overdue stages are swept once (overdue_notified_at) to notify their department.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE service_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      name_en text NOT NULL DEFAULT '',
      guide jsonb NOT NULL,
      promised_days integer NOT NULL CHECK (promised_days >= 0),
      active boolean NOT NULL DEFAULT true,
      demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE service_item_department (
      item_id uuid NOT NULL REFERENCES service_item (id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES unit (id),
      days integer NOT NULL CHECK (days >= 1),
      sort integer NOT NULL DEFAULT 0,
      PRIMARY KEY (item_id, unit_id)
    );
    CREATE TABLE service_bundle (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      name_en text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      demo boolean NOT NULL DEFAULT false
    );
    CREATE TABLE service_bundle_item (
      bundle_id uuid NOT NULL REFERENCES service_bundle (id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES service_item (id),
      sort integer NOT NULL DEFAULT 0,
      PRIMARY KEY (bundle_id, item_id)
    );
    CREATE TABLE service_application (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tracking_code text NOT NULL UNIQUE,
      bundle_id uuid REFERENCES service_bundle (id),
      title text NOT NULL,
      applicant_person_id uuid NOT NULL REFERENCES person (id),
      -- as the window saw them, masked (the base data keeps the rest, encrypted; a full view is basedata's, audited)
      applicant_name_masked text,
      applicant_id_masked text,
      channel text NOT NULL CHECK (channel IN ('street_centre', 'community', 'online', 'hotline')),
      window_unit_id uuid NOT NULL REFERENCES unit (id),
      window_path text NOT NULL,
      received_by uuid REFERENCES app_user (id),
      status text NOT NULL CHECK (status IN ('received', 'accepted', 'accepted_tolerant', 'handling', 'merged',
        'handed_out', 'rejected', 'withdrawn')),
      tolerant boolean NOT NULL DEFAULT false,
      materials jsonb NOT NULL DEFAULT '[]',
      received_at timestamptz NOT NULL DEFAULT now(),
      due_at timestamptz,
      merged_at timestamptz,
      outcome text CHECK (outcome IN ('approved', 'rejected')),
      handed_out_at timestamptz,
      note text,
      demo boolean NOT NULL DEFAULT false,
      idempotency_key text UNIQUE
    );
    CREATE INDEX service_application_window_idx ON service_application (window_path text_pattern_ops, received_at);
    CREATE INDEX service_application_person_idx ON service_application (applicant_person_id);
    CREATE TABLE service_application_item (
      application_id uuid NOT NULL REFERENCES service_application (id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES service_item (id),
      PRIMARY KEY (application_id, item_id)
    );
    CREATE TABLE service_stage (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      application_id uuid NOT NULL REFERENCES service_application (id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES service_item (id),
      unit_id uuid NOT NULL REFERENCES unit (id),
      days integer NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'accepted', 'more_requested', 'approved', 'rejected')),
      start_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      decided_at timestamptz,
      decided_by uuid REFERENCES app_user (id),
      note text,
      overdue_notified_at timestamptz,
      UNIQUE (application_id, item_id, unit_id)
    );
    CREATE INDEX service_stage_unit_idx ON service_stage (unit_id, status, due_at);
    CREATE INDEX service_stage_overdue_todo ON service_stage (due_at)
      WHERE overdue_notified_at IS NULL AND status IN ('pending', 'accepted', 'more_requested');
    CREATE TABLE service_obligation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      application_id uuid NOT NULL REFERENCES service_application (id) ON DELETE CASCADE,
      material_code text NOT NULL,
      material_name text NOT NULL,
      due_at timestamptz NOT NULL,
      fulfilled_at timestamptz,
      fulfilled_by uuid REFERENCES app_user (id),
      UNIQUE (application_id, material_code)
    );
    CREATE TABLE service_event (
      id bigserial PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES service_application (id) ON DELETE CASCADE,
      stage_id uuid REFERENCES service_stage (id) ON DELETE CASCADE,
      kind text NOT NULL,
      unit_id uuid REFERENCES unit (id),
      user_id uuid REFERENCES app_user (id),
      note text,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX service_event_app_idx ON service_event (application_id, at);
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON service_item, service_item_department, service_bundle,
          service_bundle_item TO onegrid_app;
        GRANT SELECT, INSERT, UPDATE ON service_application, service_stage, service_obligation TO onegrid_app;
        GRANT SELECT, INSERT ON service_application_item, service_event TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE service_event_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS service_event; DROP TABLE IF EXISTS service_obligation; DROP TABLE IF EXISTS service_stage;
    DROP TABLE IF EXISTS service_application_item; DROP TABLE IF EXISTS service_application;
    DROP TABLE IF EXISTS service_bundle_item; DROP TABLE IF EXISTS service_bundle;
    DROP TABLE IF EXISTS service_item_department; DROP TABLE IF EXISTS service_item;
  `.execute(db);
}
