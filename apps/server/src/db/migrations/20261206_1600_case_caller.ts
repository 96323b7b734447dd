import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 并入此件 at intake (issue 9, defect 2): a further call about an open case is attached to it instead of opening a
// duplicate. Each attached call keeps its caller (name and phone encrypted like the case's reporter, the phone's
// blind index for look-ups) and what they said.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_caller (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      channel text NOT NULL,
      name_enc text,
      phone_enc text,
      phone_hash text,
      description text,
      created_by uuid REFERENCES app_user(id),
      informed_at timestamptz
    );
    CREATE INDEX case_caller_case_idx ON case_caller (case_id, created_at);
    CREATE INDEX case_caller_phone_idx ON case_caller (phone_hash) WHERE phone_hash IS NOT NULL;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_caller TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS case_caller`.execute(db);
}
