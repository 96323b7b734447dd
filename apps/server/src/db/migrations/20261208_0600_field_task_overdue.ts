import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 11: a field task past its deadline notifies its worker and its issuer once. The sweep claims a task by
// setting overdue_notified_at (NULL → now()) in the same transaction as the notifications, so two processes
// sweeping at once notify each task once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE field_task ADD COLUMN overdue_notified_at timestamptz;
    CREATE INDEX field_task_overdue_todo ON field_task (due_at)
      WHERE overdue_notified_at IS NULL AND status IN ('assigned', 'accepted');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS field_task_overdue_todo;
    ALTER TABLE field_task DROP COLUMN IF EXISTS overdue_notified_at;
  `.execute(db);
}
