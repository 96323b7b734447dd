import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE region (
      code char(12) PRIMARY KEY,
      parent_code char(12) REFERENCES region(code),
      name text NOT NULL,
      level text NOT NULL CHECK (level IN ('city','district','street','community')),
      -- materialised path of codes, e.g. '110000000000/110117000000/110117001000/'; subtree = prefix match
      path text NOT NULL UNIQUE,
      boundary jsonb,
      sort int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX region_parent_idx ON region(parent_code);
    CREATE INDEX region_path_idx ON region(path text_pattern_ops);

    CREATE TABLE unit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('government','department','street_office','community','enterprise')),
      parent_id uuid REFERENCES unit(id),
      jurisdiction_code char(12) NOT NULL REFERENCES region(code),
      jurisdiction_path text NOT NULL,
      phone text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (name)
    );
    CREATE INDEX unit_jurisdiction_idx ON unit(jurisdiction_path text_pattern_ops);
    CREATE INDEX unit_parent_idx ON unit(parent_id);

    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{3,40}$'),
      name text NOT NULL,
      -- personal data: AES-256-GCM ciphertext and a keyed hash (blind index) for exact search
      phone_enc text,
      phone_hash text,
      unit_id uuid NOT NULL REFERENCES unit(id),
      roles text[] NOT NULL CHECK (cardinality(roles) > 0),
      password_hash text NOT NULL,
      failed_logins int NOT NULL DEFAULT 0,
      locked_until timestamptz,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX app_user_unit_idx ON app_user(unit_id);
    CREATE INDEX app_user_phone_hash_idx ON app_user(phone_hash);

    CREATE TABLE grid (
      code char(15) PRIMARY KEY CHECK (code ~ '^[0-9]{15}$'),
      name text NOT NULL,
      community_code char(12) NOT NULL REFERENCES region(code),
      region_path text NOT NULL,
      boundary jsonb NOT NULL,
      households int NOT NULL DEFAULT 0 CHECK (households >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX grid_community_idx ON grid(community_code);
    CREATE INDEX grid_region_path_idx ON grid(region_path text_pattern_ops);

    CREATE TABLE grid_worker (
      grid_code char(15) NOT NULL REFERENCES grid(code) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      PRIMARY KEY (grid_code, user_id)
    );
    CREATE INDEX grid_worker_user_idx ON grid_worker(user_id);

    CREATE TABLE category (
      code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
      parent_code text REFERENCES category(code),
      name_zh text NOT NULL,
      name_en text NOT NULL,
      is_leaf boolean NOT NULL DEFAULT true,
      default_urgency text NOT NULL DEFAULT 'ordinary' CHECK (default_urgency IN ('emergency','urgent','ordinary','complex')),
      service_code text UNIQUE,
      grid_solvable boolean NOT NULL DEFAULT false,
      keywords text[] NOT NULL DEFAULT '{}',
      sort int NOT NULL DEFAULT 0,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX category_parent_idx ON category(parent_code);

    -- accept / respond / resolve durations for (category or an ancestor) x urgency
    CREATE TABLE deadline_policy (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      category_code text REFERENCES category(code) ON DELETE CASCADE,
      urgency text NOT NULL CHECK (urgency IN ('emergency','urgent','ordinary','complex')),
      accept_value int NOT NULL CHECK (accept_value > 0),
      accept_unit text NOT NULL CHECK (accept_unit IN ('hours','working_hours','days','working_days')),
      respond_value int NOT NULL CHECK (respond_value > 0),
      respond_unit text NOT NULL CHECK (respond_unit IN ('hours','working_hours','days','working_days')),
      resolve_value int NOT NULL CHECK (resolve_value > 0),
      resolve_unit text NOT NULL CHECK (resolve_unit IN ('hours','working_hours','days','working_days')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    -- NULL category = the default for that urgency
    CREATE UNIQUE INDEX deadline_policy_key ON deadline_policy (coalesce(category_code, ''), urgency);

    CREATE TABLE duty (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      category_code text NOT NULL REFERENCES category(code) ON DELETE CASCADE,
      region_code char(12) NOT NULL REFERENCES region(code),
      region_path text NOT NULL,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (category_code, region_code)
    );
    CREATE INDEX duty_region_path_idx ON duty(region_path text_pattern_ops);

    -- one party of a duty entry: a fixed unit, or 属地 (the street office of the location)
    CREATE TABLE duty_party (
      duty_id uuid NOT NULL REFERENCES duty(id) ON DELETE CASCADE,
      ord int NOT NULL,
      role text NOT NULL CHECK (role IN ('lead','coordinate','assist')),
      unit_id uuid REFERENCES unit(id),
      local_street boolean NOT NULL DEFAULT false,
      PRIMARY KEY (duty_id, ord),
      CHECK ((unit_id IS NULL) = local_street)
    );
    CREATE UNIQUE INDEX duty_one_lead ON duty_party(duty_id) WHERE role = 'lead';

    CREATE TABLE calendar_override (
      day date PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('workday','holiday')),
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE setting (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE session (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX session_user_idx ON session(user_id);

    CREATE TABLE idempotency_key (
      key text NOT NULL,
      scope text NOT NULL,
      status int NOT NULL,
      response jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key)
    );

    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      actor_username text,
      actor_scope text,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      before jsonb,
      after jsonb,
      ip text,
      request_id text
    );
    CREATE INDEX audit_log_at_idx ON audit_log(at DESC);
    CREATE INDEX audit_log_entity_idx ON audit_log(entity, entity_id);
    CREATE INDEX audit_log_scope_idx ON audit_log(actor_scope text_pattern_ops);

    CREATE FUNCTION audit_log_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is insert-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_insert_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_insert_only();
  `.execute(db);

  // The application runs as role onegrid_app (SET ROLE after connect): it may only read and insert audit rows.
  await sql`
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        CREATE ROLE onegrid_app NOLOGIN;
      END IF;
      EXECUTE format('GRANT onegrid_app TO %I', current_user);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'cannot create role onegrid_app; the app will run as %', current_user;
    END $$;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO onegrid_app', current_schema());
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO onegrid_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM onegrid_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS audit_log, idempotency_key, session, setting, calendar_override, duty_party, duty,
      deadline_policy, category, grid_worker, grid, app_user, unit, region CASCADE;
    DROP FUNCTION IF EXISTS audit_log_insert_only();
  `.execute(db);
}
