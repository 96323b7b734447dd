import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Limits at the edge of the platform (issue 8, holes 11, 12 and 16):
// - idempotency_key.request_hash: a key replayed with another request is refused instead of answered with the
//   first request's result (which held another resident's tracking token);
// - upload.client: who uploaded (a user id or a hash of the address), for the daily upload quota;
// - rate_limit_counter: request counters every instance shares (fixed windows); unlogged, since a lost counter
//   after a crash only forgives a few requests.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE idempotency_key ADD COLUMN request_hash text;

    ALTER TABLE upload ADD COLUMN client text;
    CREATE INDEX upload_client_idx ON upload (client, created_at) WHERE client IS NOT NULL;
    CREATE INDEX upload_unattached_idx ON upload (created_at) WHERE case_id IS NULL;

    CREATE UNLOGGED TABLE rate_limit_counter (
      key text PRIMARY KEY,
      window_start timestamptz NOT NULL,
      hits int NOT NULL
    );
    CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_start);

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_counter TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS rate_limit_counter;
    DROP INDEX IF EXISTS upload_unattached_idx;
    DROP INDEX IF EXISTS upload_client_idx;
    ALTER TABLE upload DROP COLUMN IF EXISTS client;
    ALTER TABLE idempotency_key DROP COLUMN IF EXISTS request_hash;
  `.execute(db);
}
