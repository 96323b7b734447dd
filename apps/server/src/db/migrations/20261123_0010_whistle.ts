import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 街乡吹哨、部门报到: a street opens a whistle, summons units, each reports in on site before a deadline, the
// street records the joint action and rates each unit. Department assessment later reads per-unit counts from
// whistle_summon (unit_id, summoned_at) and whistle_rating (unit_id, rated_at) without touching the whistles.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE whistle (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- the street (街道/乡镇) that blows: its office and its region; every query is scoped by region_path
      street_unit_id uuid NOT NULL REFERENCES unit(id),
      street_code char(12) NOT NULL REFERENCES region(code),
      region_path text NOT NULL,
      -- no foreign key into the partitioned case table (it would forbid detaching old partitions), like case_event
      case_id bigint,
      kind text NOT NULL CHECK (kind IN ('difficult','joint_enforcement','emergency')),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      address text,
      lon double precision,
      lat double precision,
      grid_code char(15),
      report_in_minutes int NOT NULL CHECK (report_in_minutes BETWEEN 1 AND 1440),
      report_due_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','acting','closed','void')),
      action_record text,
      outcome text,
      opened_by uuid NOT NULL REFERENCES app_user(id),
      opened_at timestamptz NOT NULL DEFAULT now(),
      -- set once by the deadline job (idempotency: a redelivered job finds it set and does nothing)
      deadline_checked_at timestamptz,
      closed_at timestamptz,
      closed_by uuid REFERENCES app_user(id),
      void_reason text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((lon IS NULL) = (lat IS NULL))
    );
    CREATE INDEX whistle_region_idx ON whistle (region_path text_pattern_ops, opened_at DESC);
    CREATE INDEX whistle_open_idx ON whistle (report_due_at) WHERE status IN ('open','acting');
    CREATE INDEX whistle_case_idx ON whistle (case_id) WHERE case_id IS NOT NULL;

    CREATE TABLE whistle_summon (
      whistle_id uuid NOT NULL REFERENCES whistle(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES unit(id),
      status text NOT NULL DEFAULT 'summoned' CHECK (status IN ('summoned','reported','late','missing')),
      summoned_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      reported_at timestamptz,
      reported_by uuid REFERENCES app_user(id),
      report_lon double precision,
      report_lat double precision,
      report_accuracy int,
      report_note text,
      late boolean NOT NULL DEFAULT false,
      missed_at timestamptz,
      -- a void whistle's summons leave the assessment
      counted boolean NOT NULL DEFAULT true,
      PRIMARY KEY (whistle_id, unit_id),
      CHECK ((status IN ('reported','late')) = (reported_at IS NOT NULL)),
      CHECK (late = (status = 'late'))
    );
    -- per-unit report-in counts over a period: an index-only scan
    CREATE INDEX whistle_summon_unit_idx ON whistle_summon (unit_id, summoned_at) INCLUDE (status, counted);
    CREATE INDEX whistle_summon_at_idx ON whistle_summon (summoned_at);

    CREATE TABLE whistle_rating (
      whistle_id uuid NOT NULL,
      unit_id uuid NOT NULL,
      punctuality smallint NOT NULL CHECK (punctuality BETWEEN 1 AND 5),
      cooperation smallint NOT NULL CHECK (cooperation BETWEEN 1 AND 5),
      effect smallint NOT NULL CHECK (effect BETWEEN 1 AND 5),
      comment text,
      rated_by uuid NOT NULL REFERENCES app_user(id),
      rated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (whistle_id, unit_id),
      FOREIGN KEY (whistle_id, unit_id) REFERENCES whistle_summon(whistle_id, unit_id) ON DELETE CASCADE
    );
    CREATE INDEX whistle_rating_unit_idx ON whistle_rating (unit_id, rated_at);

    -- the whistle's timeline
    CREATE TABLE whistle_event (
      id bigserial PRIMARY KEY,
      whistle_id uuid NOT NULL REFERENCES whistle(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      action text NOT NULL,
      actor_id uuid,
      actor_name text,
      unit_id uuid,
      note text,
      data jsonb
    );
    CREATE INDEX whistle_event_whistle_idx ON whistle_event (whistle_id, id);

    -- notifications about a whistle link to it
    ALTER TABLE notification ADD COLUMN whistle_id uuid REFERENCES whistle(id) ON DELETE CASCADE;
  `.execute(db);

  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON whistle, whistle_summon, whistle_rating, whistle_event TO onegrid_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE notification DROP COLUMN IF EXISTS whistle_id;
    DROP TABLE IF EXISTS whistle_event, whistle_rating, whistle_summon, whistle CASCADE;
  `.execute(db);
}
