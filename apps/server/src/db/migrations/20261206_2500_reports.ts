import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 一表通 (issue 10): the catalogue of report templates (报表目录) a department registers and the district approves,
// the sendings of an approved template for a period, one instance per community, and its cells — each queried
// cell keeps its original value and provenance (query, as-of time, count, source-state mix) beside a correction.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_template (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      issuing_unit_id uuid NOT NULL REFERENCES unit(id),
      legal_basis text NOT NULL,
      frequency text NOT NULL CHECK (frequency IN ('once', 'monthly', 'quarterly', 'yearly')),
      deadline_working_days integer NOT NULL CHECK (deadline_working_days BETWEEN 1 AND 60),
      columns jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
      review_note text,
      reviewed_by uuid REFERENCES app_user(id),
      reviewed_at timestamptz,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_template_unit_idx ON report_template (issuing_unit_id, status);
    CREATE INDEX report_template_status_idx ON report_template (status, created_at);

    CREATE TABLE report_sending (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      template_id uuid NOT NULL REFERENCES report_template(id),
      period text NOT NULL,
      reference_day date NOT NULL,
      as_of timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      scope_path text NOT NULL,
      sent_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (template_id, period, scope_path)
    );
    CREATE INDEX report_sending_template_idx ON report_sending (template_id, created_at);

    CREATE TABLE report_instance (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      sending_id uuid NOT NULL REFERENCES report_sending(id),
      community_code text NOT NULL REFERENCES region(code),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
      return_reason text,
      submitted_at timestamptz,
      accepted_at timestamptz,
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (sending_id, community_code)
    );
    CREATE INDEX report_instance_community_idx ON report_instance (community_code, status);

    CREATE TABLE report_cell (
      instance_id uuid NOT NULL REFERENCES report_instance(id) ON DELETE CASCADE,
      column_key text NOT NULL,
      source text NOT NULL CHECK (source IN ('query', 'manual')),
      value jsonb,
      original jsonb,
      corrected boolean NOT NULL DEFAULT false,
      reason text,
      provenance jsonb,
      filled_by uuid REFERENCES app_user(id),
      filled_at timestamptz,
      PRIMARY KEY (instance_id, column_key)
    );
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON report_template, report_sending, report_instance, report_cell
          TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS report_cell, report_instance, report_sending, report_template`.execute(db);
}
