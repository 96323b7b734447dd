import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Notifications by key (issue 9): a notification is its kind and parameters, rendered in the reader's language.
// Rows written before keep their Chinese title (and an empty params object); new rows have no stored title.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE notification
      ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb,
      ALTER COLUMN title DROP NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE notification SET title = kind WHERE title IS NULL;
    ALTER TABLE notification ALTER COLUMN title SET NOT NULL, DROP COLUMN params;
  `.execute(db);
}
