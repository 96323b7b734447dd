import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// A resident who lost their tracking link asks for a one-time code by case number and phone (issue 9, defect 9):
// the code's hash, when it expires, how many wrong tries it has had, and when it was used. No phone is kept here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE tracking_recovery (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id bigint NOT NULL,
      code_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      used_at timestamptz
    );
    CREATE INDEX tracking_recovery_case_idx ON tracking_recovery(case_id, created_at);
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON tracking_recovery TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS tracking_recovery`.execute(db);
}
