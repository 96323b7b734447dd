import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The grid worker's day (issue 11): offline submissions received exactly once, patrols with their tracks,
// check-ins and quick fixes, household visits by rule with the departments' sign-off, tasks to grid workers, and
// people's mediation files. Every row carries the street/community/grid codes of its place, so jurisdiction is
// an index condition as for the base data. Persons are referenced, never copied: a mediation party who is not in
// the base keeps an encrypted name and phone like a person does.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per client instance id received from a phone (ODK Central's rule): the same id with the same
    -- content adds nothing; an edit is a new instance that replaces the current one, with a reason.
    CREATE TABLE field_submission (
      instance_id text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('patrol', 'track', 'checkin', 'finding', 'quick_fix', 'visit', 'task', 'collect')),
      record_id uuid NOT NULL,
      version integer NOT NULL DEFAULT 1,
      content_hash text NOT NULL,
      replaces text REFERENCES field_submission(instance_id),
      reason text,
      current boolean NOT NULL DEFAULT true,
      user_id uuid NOT NULL REFERENCES app_user(id),
      device_at timestamptz,
      received_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX field_submission_record_idx ON field_submission (record_id, version);
    CREATE INDEX field_submission_user_idx ON field_submission (user_id, received_at);

    CREATE TABLE patrol (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      worker_id uuid NOT NULL REFERENCES app_user(id),
      grid_code text NOT NULL,
      community_code text NOT NULL,
      street_code text NOT NULL,
      started_at timestamptz NOT NULL,
      ended_at timestamptz,
      -- GPS tracking is opt-in per patrol, after the notice was shown
      tracking boolean NOT NULL DEFAULT false,
      distance_m integer,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ended_at IS NULL OR ended_at >= started_at)
    );
    CREATE INDEX patrol_worker_idx ON patrol (worker_id, started_at DESC);
    CREATE INDEX patrol_grid_idx ON patrol (grid_code, started_at DESC);
    CREATE INDEX patrol_street_idx ON patrol (street_code, started_at DESC);

    -- Track points, kept for the deployment's retention (setting) and deleted by a job after it.
    CREATE TABLE patrol_point (
      id bigserial PRIMARY KEY,
      patrol_id uuid NOT NULL REFERENCES patrol(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      lon double precision NOT NULL,
      lat double precision NOT NULL,
      accuracy_m real
    );
    CREATE INDEX patrol_point_patrol_idx ON patrol_point (patrol_id, at);
    CREATE INDEX patrol_point_at_idx ON patrol_point (at);

    CREATE TABLE patrol_checkin (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      patrol_id uuid NOT NULL REFERENCES patrol(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      address_id uuid REFERENCES address_node(id),
      organisation_id uuid REFERENCES organisation(id),
      lon double precision,
      lat double precision,
      accuracy_m real,
      note text
    );
    CREATE INDEX patrol_checkin_patrol_idx ON patrol_checkin (patrol_id, at);

    -- 小事不出格: a finding settled on the spot, with photos before and after (upload ids).
    CREATE TABLE quick_fix (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      patrol_id uuid REFERENCES patrol(id),
      worker_id uuid NOT NULL REFERENCES app_user(id),
      category_code text,
      description text NOT NULL,
      before_upload_ids uuid[] NOT NULL DEFAULT '{}',
      after_upload_ids uuid[] NOT NULL DEFAULT '{}',
      address_id uuid REFERENCES address_node(id),
      lon double precision,
      lat double precision,
      accuracy_m real,
      settled_at timestamptz NOT NULL,
      grid_code text NOT NULL,
      community_code text NOT NULL,
      street_code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX quick_fix_grid_idx ON quick_fix (grid_code, settled_at DESC);
    CREATE INDEX quick_fix_street_idx ON quick_fix (street_code, settled_at DESC);

    -- Visit rules per tag and level (a deployment edits the defaults; level NULL: every level without its own).
    CREATE TABLE visit_rule (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tag text NOT NULL,
      level text,
      every_unit text NOT NULL CHECK (every_unit IN ('day', 'week', 'month')),
      every_count integer NOT NULL CHECK (every_count BETWEEN 1 AND 366),
      first_unit text CHECK (first_unit IN ('day', 'week', 'month')),
      first_count integer CHECK (first_count BETWEEN 1 AND 366),
      after_change_hours integer CHECK (after_change_hours BETWEEN 1 AND 720),
      calendar text NOT NULL DEFAULT 'natural' CHECK (calendar IN ('natural', 'working')),
      source text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX visit_rule_tag_level_idx ON visit_rule (tag, coalesce(level, ''));

    -- The visit clock of a tagged person: the last visit and the last major change (重大变故), kept on the tag so
    -- that due lists are one index scan per grid.
    ALTER TABLE person_tag ADD COLUMN last_visit_at timestamptz, ADD COLUMN major_change_at timestamptz;

    CREATE TABLE visit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id),
      -- the tag the visit was due for (null: a visit not due by rule, e.g. a house call while collecting)
      tag_id uuid REFERENCES person_tag(id),
      tag text,
      worker_id uuid NOT NULL REFERENCES app_user(id),
      mode text NOT NULL CHECK (mode IN ('door', 'phone', 'video')),
      visited_at timestamptz NOT NULL,
      lon double precision,
      lat double precision,
      accuracy_m real,
      checklist jsonb NOT NULL DEFAULT '{}'::jsonb,
      note text,
      upload_ids uuid[] NOT NULL DEFAULT '{}',
      anomaly boolean NOT NULL DEFAULT false,
      anomaly_note text,
      case_id bigint,
      version integer NOT NULL DEFAULT 1,
      grid_code text,
      community_code text,
      street_code text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX visit_person_idx ON visit (person_id, visited_at DESC);
    CREATE INDEX visit_worker_idx ON visit (worker_id, visited_at DESC);
    CREATE INDEX visit_grid_idx ON visit (grid_code, visited_at DESC);
    CREATE INDEX visit_street_idx ON visit (street_code, visited_at DESC);

    -- An anomaly found on a visit goes to the responsible department, which signs for it (签收) before the
    -- yellow and red deadlines, then replies.
    CREATE TABLE visit_signoff (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      visit_id uuid NOT NULL REFERENCES visit(id),
      unit_id uuid NOT NULL REFERENCES unit(id),
      yellow_at timestamptz NOT NULL,
      red_at timestamptz NOT NULL,
      signed_at timestamptz,
      signed_by uuid REFERENCES app_user(id),
      reply text,
      replied_at timestamptz,
      CHECK (red_at >= yellow_at)
    );
    CREATE INDEX visit_signoff_unit_idx ON visit_signoff (unit_id, signed_at);
    CREATE UNIQUE INDEX visit_signoff_visit_unit_idx ON visit_signoff (visit_id, unit_id);

    -- Tasks given to grid workers by streets and communities, tracked like assignments.
    CREATE TABLE field_task (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('verify_case', 'collect_report', 'visit', 'inspect', 'collect_building', 'other')),
      title text NOT NULL,
      detail text,
      assigned_to uuid NOT NULL REFERENCES app_user(id),
      assigned_by uuid NOT NULL REFERENCES app_user(id),
      issuer_unit_id uuid REFERENCES unit(id),
      due_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'accepted', 'done', 'cancelled')),
      case_id bigint,
      report_instance_id uuid,
      person_id uuid REFERENCES person(id),
      organisation_id uuid REFERENCES organisation(id),
      address_id uuid REFERENCES address_node(id),
      accepted_at timestamptz,
      done_at timestamptz,
      evidence text,
      upload_ids uuid[] NOT NULL DEFAULT '{}',
      grid_code text,
      community_code text,
      street_code text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX field_task_worker_idx ON field_task (assigned_to, status, due_at);
    CREATE INDEX field_task_street_idx ON field_task (street_code, status, due_at);

    -- 人民调解: one file per dispute, numbered per committee and year.
    CREATE TABLE mediation_file (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      file_no text NOT NULL UNIQUE,
      year integer NOT NULL,
      seq integer NOT NULL,
      committee_unit_id uuid NOT NULL REFERENCES unit(id),
      source text NOT NULL CHECK (source IN ('case', 'patrol', 'walk_in', 'referral')),
      case_id bigint,
      dispute_type text NOT NULL,
      summary text NOT NULL,
      request text,
      status text NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'referred', 'assigned', 'mediating', 'agreed', 'terminated', 'closed')),
      referred_to text,
      notice_given_at timestamptz,
      mediator_id uuid REFERENCES app_user(id),
      agreement_kind text CHECK (agreement_kind IN ('written', 'oral')),
      agreement jsonb,
      agreement_effective_at timestamptz,
      court_confirm_by date,
      terminated_reason text,
      performance text CHECK (performance IN ('performed', 'partly', 'not_performed')),
      followed_up_at timestamptz,
      grid_code text,
      community_code text,
      street_code text NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (committee_unit_id, year, seq)
    );
    CREATE INDEX mediation_file_street_idx ON mediation_file (street_code, status, created_at DESC);

    -- Parties: a person of the base, or a name and phone encrypted like a person's (P1; ID numbers P2).
    CREATE TABLE mediation_party (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      file_id uuid NOT NULL REFERENCES mediation_file(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party')),
      person_id uuid REFERENCES person(id),
      name_enc text,
      name_masked text,
      phone_enc text,
      phone_hash text,
      id_enc text,
      id_hash text,
      address text
    );
    CREATE INDEX mediation_party_file_idx ON mediation_party (file_id);
    CREATE INDEX mediation_party_person_idx ON mediation_party (person_id) WHERE person_id IS NOT NULL;

    CREATE TABLE mediation_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      file_id uuid NOT NULL REFERENCES mediation_file(id) ON DELETE CASCADE,
      held_at timestamptz NOT NULL,
      place text,
      mediator_ids uuid[] NOT NULL,
      record text NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user(id)
    );
    CREATE INDEX mediation_session_file_idx ON mediation_session (file_id, held_at);

    -- The file's history, also its document index (notice, session records, agreement, follow-up).
    CREATE TABLE mediation_event (
      id bigserial PRIMARY KEY,
      file_id uuid NOT NULL REFERENCES mediation_file(id) ON DELETE CASCADE,
      action text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      data jsonb
    );
    CREATE INDEX mediation_event_file_idx ON mediation_event (file_id, id);
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON field_submission, patrol, patrol_point, patrol_checkin, quick_fix,
          visit_rule, visit, visit_signoff, field_task, mediation_file, mediation_party, mediation_session,
          mediation_event TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE patrol_point_id_seq, mediation_event_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS mediation_event, mediation_session, mediation_party, mediation_file, field_task,
      visit_signoff, visit, visit_rule, quick_fix, patrol_checkin, patrol_point, patrol, field_submission CASCADE;
    ALTER TABLE person_tag DROP COLUMN IF EXISTS last_visit_at, DROP COLUMN IF EXISTS major_change_at;
  `.execute(db);
}
