import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Community task admission (社区准入, issue 13): the district's three lists and their items, departments'
// applications, the joint body's batch rounds, supervision and exit notes, tasks sent to communities through the
// gate, and requests communities report as having come outside it. 一表通 sendings record the item they went on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE admission_office (
      district_code text PRIMARY KEY,
      unit_id uuid NOT NULL REFERENCES unit(id)
    );
    CREATE TABLE admission_round (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      district_code text NOT NULL,
      title text NOT NULL,
      meeting_on date NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      minutes text,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz
    );
    CREATE TABLE admission_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      district_code text NOT NULL,
      list text NOT NULL CHECK (list IN ('duty', 'assist', 'negative')),
      seq integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('task', 'ledger', 'evaluation', 'inspection', 'survey', 'plaque')),
      title text NOT NULL,
      legal_basis text NOT NULL,
      unit_id uuid REFERENCES unit(id),
      community_role text NOT NULL CHECK (community_role IN ('lead', 'assist', 'cooperate')),
      content text NOT NULL,
      powers text NOT NULL DEFAULT '',
      staff text NOT NULL DEFAULT '',
      training text NOT NULL DEFAULT '',
      scope_codes text[] NOT NULL DEFAULT '{}',
      hours_per_month numeric(8,2) NOT NULL DEFAULT 0,
      funding_per_year numeric(12,2) NOT NULL DEFAULT 0,
      valid_from date NOT NULL,
      valid_until date,
      status text NOT NULL DEFAULT 'in_force' CHECK (status IN ('in_force', 'exited')),
      report_template_id uuid REFERENCES report_template(id),
      exited_at timestamptz,
      exit_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (district_code, list, seq)
    );
    CREATE INDEX admission_item_template_idx ON admission_item (report_template_id) WHERE report_template_id IS NOT NULL;
    CREATE TABLE admission_application (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      district_code text NOT NULL,
      unit_id uuid NOT NULL REFERENCES unit(id),
      created_by uuid NOT NULL REFERENCES app_user(id),
      title text NOT NULL,
      kind text NOT NULL,
      legal_basis text NOT NULL,
      community_role text NOT NULL,
      content text NOT NULL,
      powers text NOT NULL DEFAULT '',
      staff text NOT NULL DEFAULT '',
      training text NOT NULL DEFAULT '',
      scope_codes text[] NOT NULL DEFAULT '{}',
      hours_per_month numeric(8,2) NOT NULL DEFAULT 0,
      funding_per_year numeric(12,2) NOT NULL DEFAULT 0,
      valid_from date NOT NULL,
      valid_until date,
      report_template_id uuid REFERENCES report_template(id),
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'reviewed', 'in_round', 'approved', 'rejected', 'entered')),
      review_note text,
      round_id uuid REFERENCES admission_round(id),
      decision_note text,
      item_id uuid REFERENCES admission_item(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX admission_application_district_idx ON admission_application (district_code, status);
    CREATE TABLE admission_event (
      id bigserial PRIMARY KEY,
      application_id uuid REFERENCES admission_application(id),
      item_id uuid REFERENCES admission_item(id),
      action text NOT NULL,
      note text,
      actor_id uuid NOT NULL REFERENCES app_user(id),
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX admission_event_application_idx ON admission_event (application_id) WHERE application_id IS NOT NULL;
    CREATE INDEX admission_event_item_idx ON admission_event (item_id) WHERE item_id IS NOT NULL;
    CREATE TABLE community_task (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      item_id uuid NOT NULL REFERENCES admission_item(id),
      unit_id uuid NOT NULL REFERENCES unit(id),
      community_code text NOT NULL,
      title text NOT NULL,
      content text NOT NULL,
      due_on date,
      status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'done')),
      done_note text,
      done_at timestamptz,
      sent_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX community_task_community_idx ON community_task (community_code, created_at DESC);
    CREATE TABLE admission_offgate (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      district_code text NOT NULL,
      community_code text NOT NULL,
      requester text NOT NULL,
      unit_id uuid REFERENCES unit(id),
      content text NOT NULL,
      requested_on date NOT NULL,
      evidence text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled')),
      handling_note text,
      handled_by uuid REFERENCES app_user(id),
      handled_at timestamptz,
      reported_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX admission_offgate_district_idx ON admission_offgate (district_code, created_at DESC);
    ALTER TABLE report_sending ADD COLUMN admission_item_id uuid REFERENCES admission_item(id);
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT ON admission_office TO onegrid_app;
        GRANT SELECT, INSERT, UPDATE ON admission_round, admission_item, admission_application, community_task,
          admission_offgate TO onegrid_app;
        GRANT SELECT, INSERT ON admission_event TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE admission_event_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE report_sending DROP COLUMN IF EXISTS admission_item_id;
    DROP TABLE IF EXISTS admission_offgate, community_task, admission_event, admission_application,
      admission_item, admission_round, admission_office;
  `.execute(db);
}
