import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 等保 2.0 identity and sessions: forced password change, password age, TOTP second factor, per-(username, IP)
// login failure counters, session metadata (id shown to users, IP, user agent) and a pending sign-in step.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE app_user
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN totp_secret_enc text,
      ADD COLUMN totp_pending_enc text,
      ADD COLUMN totp_last_step bigint;

    ALTER TABLE session
      ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
      ADD COLUMN ip text,
      ADD COLUMN user_agent text,
      ADD COLUMN step text CHECK (step IN ('totp', 'change_password', 'enrol_totp')),
      ADD COLUMN step_failures integer NOT NULL DEFAULT 0;
    CREATE UNIQUE INDEX session_id_idx ON session(id);

    -- Failed sign-ins by the username typed and the client address: a lock here never locks the account for
    -- everyone, and unknown usernames count exactly like real ones.
    CREATE TABLE login_attempt (
      username text NOT NULL,
      ip text NOT NULL,
      failures integer NOT NULL DEFAULT 0,
      window_start timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      PRIMARY KEY (username, ip)
    );
    CREATE INDEX login_attempt_ip_idx ON login_attempt(ip, window_start);
    CREATE INDEX IF NOT EXISTS audit_log_actor_at_idx ON audit_log(actor_id, at);

    DROP FUNCTION IF EXISTS session_actor(text);
    CREATE FUNCTION session_actor(p_id_hash text)
    RETURNS TABLE (
      id_hash text, csrf_token text, expires_at timestamptz, last_seen_at timestamptz,
      user_id uuid, username text, name text, roles text[], active boolean,
      unit_id uuid, unit_name text, unit_kind text, unit_active boolean,
      scope_code text, scope_name text, scope_level text, scope_path text,
      session_id uuid, step text
    )
    LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN QUERY
        SELECT s.id_hash, s.csrf_token, s.expires_at, s.last_seen_at,
               u.id, u.username, u.name, u.roles, u.active,
               n.id, n.name, n.kind, n.active,
               r.code::text, r.name, r.level, r.path,
               s.id, s.step
          FROM session s
          JOIN app_user u ON u.id = s.user_id
          JOIN unit n ON n.id = u.unit_id
          JOIN region r ON r.code = n.jurisdiction_code
         WHERE s.id_hash = p_id_hash AND s.expires_at > now();
    END $$;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON login_attempt TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS login_attempt;
    DROP INDEX IF EXISTS audit_log_actor_at_idx;
    ALTER TABLE session DROP COLUMN id, DROP COLUMN ip, DROP COLUMN user_agent, DROP COLUMN step,
      DROP COLUMN step_failures;
    ALTER TABLE app_user DROP COLUMN must_change_password, DROP COLUMN password_changed_at,
      DROP COLUMN totp_secret_enc, DROP COLUMN totp_pending_enc, DROP COLUMN totp_last_step;
  `.execute(db);
}
