import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Cases are range-partitioned by number so that old months can be detached and archived; a foreign key into the
// partitioned table would forbid that, and its per-row check through the partitioned parent was the most costly
// part of writing a dispatched case. Like case_event, assignment keeps case_id without a foreign key: the two are
// only ever written together, in the transaction that creates or dispatches the case, and cases are never deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE assignment DROP CONSTRAINT IF EXISTS assignment_case_id_fkey`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE assignment ADD CONSTRAINT assignment_case_id_fkey FOREIGN KEY (case_id) REFERENCES "case"(id)`.execute(
    db,
  );
}
