import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Tasks to grid workers (issue 11): a cancelled task keeps why, when and by whom; a 一表通 task says which items
// are missing; the done evidence arrives exactly once through field_submission (kind 'task').
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE field_task
      ADD COLUMN missing text,
      ADD COLUMN cancel_reason text,
      ADD COLUMN cancelled_at timestamptz,
      ADD COLUMN cancelled_by uuid REFERENCES app_user(id),
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    CREATE INDEX field_task_community_idx ON field_task (community_code, status, due_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS field_task_community_idx;
    ALTER TABLE field_task DROP COLUMN IF EXISTS missing, DROP COLUMN IF EXISTS cancel_reason,
      DROP COLUMN IF EXISTS cancelled_at, DROP COLUMN IF EXISTS cancelled_by, DROP COLUMN IF EXISTS updated_at;
  `.execute(db);
}
