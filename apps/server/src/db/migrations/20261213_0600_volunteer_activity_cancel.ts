import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 13 follow-up: the organiser cancels an activity with a reason; who and when are kept with it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE volunteer_activity
      ADD COLUMN cancel_reason text,
      ADD COLUMN cancelled_at timestamptz,
      ADD COLUMN cancelled_by uuid REFERENCES app_user (id)
  `.execute(db);
  // none is expected (nothing cancelled activities before this), but an older row must not block the check
  await sql`
    UPDATE volunteer_activity SET cancel_reason = '', cancelled_at = created_at WHERE status = 'cancelled'
  `.execute(db);
  await sql`
    ALTER TABLE volunteer_activity ADD CONSTRAINT volunteer_activity_cancel_ck
        CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL))
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE volunteer_activity
      DROP CONSTRAINT IF EXISTS volunteer_activity_cancel_ck,
      DROP COLUMN IF EXISTS cancel_reason,
      DROP COLUMN IF EXISTS cancelled_at,
      DROP COLUMN IF EXISTS cancelled_by
  `.execute(db);
}
