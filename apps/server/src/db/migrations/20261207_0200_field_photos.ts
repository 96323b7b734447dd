import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Photos kept (issue 11): an upload referenced by a field record (a visit, a quick fix; later a field task or a
// mediation file) is kept from the 48-hour purge of unattached uploads, and who may view it follows that record.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE upload
      ADD COLUMN kept_for text CHECK (kept_for IN ('visit', 'quick_fix', 'field_task', 'mediation')),
      ADD COLUMN kept_id uuid,
      ADD CONSTRAINT upload_kept_pair CHECK ((kept_for IS NULL) = (kept_id IS NULL));
    CREATE INDEX upload_kept_idx ON upload (kept_for, kept_id) WHERE kept_for IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS upload_kept_idx;
    ALTER TABLE upload DROP CONSTRAINT IF EXISTS upload_kept_pair, DROP COLUMN IF EXISTS kept_id,
      DROP COLUMN IF EXISTS kept_for;
  `.execute(db);
}
