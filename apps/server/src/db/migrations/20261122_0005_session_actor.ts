import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Every API request resolves its session cookie: a four-table join whose planning cost several times its execution.
// PL/pgSQL keeps the plan of its query per connection, so the lookup is planned once, not on every request.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION session_actor(p_id_hash text)
    RETURNS TABLE (
      id_hash text, csrf_token text, expires_at timestamptz, last_seen_at timestamptz,
      user_id uuid, username text, name text, roles text[], active boolean,
      unit_id uuid, unit_name text, unit_kind text, unit_active boolean,
      scope_code text, scope_name text, scope_level text, scope_path text
    )
    LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN QUERY
        SELECT s.id_hash, s.csrf_token, s.expires_at, s.last_seen_at,
               u.id, u.username, u.name, u.roles, u.active,
               n.id, n.name, n.kind, n.active,
               r.code::text, r.name, r.level, r.path
          FROM session s
          JOIN app_user u ON u.id = s.user_id
          JOIN unit n ON n.id = u.unit_id
          JOIN region r ON r.code = n.jurisdiction_code
         WHERE s.id_hash = p_id_hash AND s.expires_at > now();
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS session_actor(text)`.execute(db);
}
