import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Case numbers: yyyymmdd (Shanghai) * 10^8 + a global sequence mod 10^8; ordered by time, so the table can be
    -- range-partitioned on the number itself and old months detached without touching new ones.
    CREATE SEQUENCE case_seq;

    CREATE TABLE "case" (
      id bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      status text NOT NULL CHECK (status IN ('registered','dispatched','in_progress','reported','closed','returned','arbitration','suspended','void','merged')),
      previous_status text,
      request_type text NOT NULL CHECK (request_type IN ('consult','help','complaint','report','suggestion')),
      channel text NOT NULL CHECK (channel IN ('hotline','web','app','grid_patrol','open311','department','sensor','media')),
      category_code text REFERENCES category(code),
      category_source text NOT NULL DEFAULT 'given' CHECK (category_source IN ('given','classifier','dispatcher')),
      category_confidence real,
      urgency text NOT NULL CHECK (urgency IN ('emergency','urgent','ordinary','complex')),
      title text NOT NULL,
      description text NOT NULL,
      address text,
      lon double precision,
      lat double precision,
      grid_code char(15),
      community_code char(12),
      street_code char(12),
      district_code char(12),
      -- deepest known region of the location (or of the receiving unit): every query is scoped by it
      region_path text NOT NULL,
      reporter_name_enc text,
      reporter_phone_enc text,
      reporter_phone_hash text,
      anonymous boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES app_user(id),
      tracking_hash text,
      parent_id bigint,
      lead_unit_id uuid REFERENCES unit(id),
      route_source text,
      suggestions jsonb,
      return_count int NOT NULL DEFAULT 0,
      reopen_count int NOT NULL DEFAULT 0,
      answer text,
      resolve_due_at timestamptz,
      closed_at timestamptz,
      callback_at timestamptz,
      callback_resolved boolean,
      callback_rating text CHECK (callback_rating IN ('satisfied','basically_satisfied','unsatisfied')),
      callback_comment text,
      PRIMARY KEY (id)
    ) PARTITION BY RANGE (id);
    CREATE TABLE case_default PARTITION OF "case" DEFAULT;
    CREATE INDEX case_status_idx ON "case" (status, created_at);
    CREATE INDEX case_region_idx ON "case" (region_path text_pattern_ops, status);
    CREATE INDEX case_lead_unit_idx ON "case" (lead_unit_id, status);
    CREATE INDEX case_grid_idx ON "case" (grid_code, status);
    CREATE INDEX case_category_idx ON "case" (category_code, status);
    CREATE INDEX case_phone_idx ON "case" (reporter_phone_hash);
    CREATE INDEX case_parent_idx ON "case" (parent_id);

    -- Monthly partitions; create_case_partitions(from, months) is idempotent and also run at start-up.
    CREATE FUNCTION create_case_partitions(start_month date, months int) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE m date; lo bigint; hi bigint; name text;
    BEGIN
      FOR i IN 0..months - 1 LOOP
        m := (date_trunc('month', start_month) + make_interval(months => i))::date;
        name := 'case_' || to_char(m, 'YYYYMM');
        lo := to_char(m, 'YYYYMMDD')::bigint * 100000000;
        hi := to_char((m + interval '1 month')::date, 'YYYYMMDD')::bigint * 100000000;
        IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = name) THEN
          EXECUTE format('CREATE TABLE %I PARTITION OF "case" FOR VALUES FROM (%s) TO (%s)', name, lo, hi);
        END IF;
      END LOOP;
    END $$;
    SELECT create_case_partitions((now() AT TIME ZONE 'Asia/Shanghai')::date - 400, 26);

    CREATE TABLE assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id bigint NOT NULL REFERENCES "case"(id),
      unit_id uuid NOT NULL REFERENCES unit(id),
      role text NOT NULL CHECK (role IN ('lead','assist')),
      status text NOT NULL CHECK (status IN ('pending','accepted','returned','reported','done','cancelled')),
      created_at timestamptz NOT NULL DEFAULT now(),
      accepted_at timestamptz,
      responded_at timestamptz,
      reported_at timestamptz,
      accept_due_at timestamptz,
      respond_due_at timestamptz,
      resolve_due_at timestamptz,
      warned_at timestamptz,
      overdue_at timestamptz,
      -- bumped when deadlines move (extension, resume); a timer job carrying an older version is stale
      timer_version int NOT NULL DEFAULT 0,
      extension_until timestamptz,
      extension_reason text,
      return_reason text,
      result text
    );
    CREATE INDEX assignment_case_idx ON assignment (case_id);
    CREATE INDEX assignment_unit_idx ON assignment (unit_id, status);
    CREATE INDEX assignment_due_idx ON assignment (resolve_due_at) WHERE status IN ('pending','accepted');

    CREATE TABLE case_event (
      id bigserial PRIMARY KEY,
      case_id bigint NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      action text NOT NULL,
      from_status text,
      to_status text,
      actor_id uuid,
      actor_name text,
      unit_id uuid,
      note text,
      data jsonb,
      public boolean NOT NULL DEFAULT true
    );
    CREATE INDEX case_event_case_idx ON case_event (case_id, id);

    CREATE TABLE upload (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id bigint,
      event_id bigint,
      mime text NOT NULL CHECK (mime IN ('image/jpeg','image/png','image/webp','image/gif')),
      size int NOT NULL CHECK (size > 0 AND size <= 5242880),
      sha256 text NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid
    );
    CREATE INDEX upload_case_idx ON upload (case_id);

    CREATE TABLE notification (
      id bigserial PRIMARY KEY,
      user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
      unit_id uuid REFERENCES unit(id),
      case_id bigint,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      CHECK (user_id IS NOT NULL OR unit_id IS NOT NULL)
    );
    CREATE INDEX notification_user_idx ON notification (user_id, id DESC);
    CREATE INDEX notification_unit_idx ON notification (unit_id, id DESC);

    -- per category: does an unsatisfied, unresolved callback send the case back to the unit?
    ALTER TABLE category ADD COLUMN reopen_on_unsatisfied boolean NOT NULL DEFAULT true;

    CREATE TABLE api_key (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      unit_id uuid REFERENCES unit(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid,
      revoked_at timestamptz
    );
  `.execute(db);

  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON "case", assignment, case_event, upload, notification, api_key TO onegrid_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE category DROP COLUMN IF EXISTS reopen_on_unsatisfied;
    DROP TABLE IF EXISTS api_key, notification, upload, case_event, assignment, "case" CASCADE;
    DROP FUNCTION IF EXISTS create_case_partitions(date, int);
    DROP SEQUENCE IF EXISTS case_seq;
  `.execute(db);
}
