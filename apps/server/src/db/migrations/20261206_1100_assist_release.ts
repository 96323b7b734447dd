import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 协办: a co-unit can be released from its part by the lead or the dispatcher, with a reason on record.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE assignment DROP CONSTRAINT IF EXISTS assignment_status_check;
    ALTER TABLE assignment ADD CONSTRAINT assignment_status_check
      CHECK (status IN ('pending','accepted','returned','reported','done','released','cancelled'));
    ALTER TABLE assignment ADD COLUMN release_reason text;
  `.execute(db);
}
