import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// What the public and residents see (issue 8, holes 1 and 13, PIPL): categories marked public (and fixed
// facilities, published at their exact place), an unguessable public id per case, the reporter's wish not to be
// published, staff hiding, erasure of contact data, and timeline notes meant for the resident.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE category
      ADD COLUMN public boolean NOT NULL DEFAULT false,
      ADD COLUMN facility boolean NOT NULL DEFAULT false;

    ALTER TABLE "case"
      ADD COLUMN public_id text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
      ADD COLUMN keep_private boolean NOT NULL DEFAULT false,
      ADD COLUMN hidden_at timestamptz,
      ADD COLUMN hidden_by uuid,
      ADD COLUMN contact_erased_at timestamptz;
    CREATE INDEX case_public_id_idx ON "case" (public_id);
    -- the retention job looks only at finished cases that still hold contact data
    CREATE INDEX case_contact_retention_idx ON "case" ((coalesce(closed_at, updated_at)))
      WHERE (reporter_name_enc IS NOT NULL OR reporter_phone_enc IS NOT NULL)
        AND status IN ('closed', 'void', 'merged');

    ALTER TABLE case_event
      ADD COLUMN note_visibility text NOT NULL DEFAULT 'internal' CHECK (note_visibility IN ('public','internal'));
    UPDATE case_event SET note_visibility = 'public' WHERE action IN ('report', 'close_direct', 'callback');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE case_event DROP COLUMN note_visibility;
    DROP INDEX IF EXISTS case_contact_retention_idx;
    DROP INDEX IF EXISTS case_public_id_idx;
    ALTER TABLE "case" DROP COLUMN public_id, DROP COLUMN keep_private, DROP COLUMN hidden_at,
      DROP COLUMN hidden_by, DROP COLUMN contact_erased_at;
    ALTER TABLE category DROP COLUMN public, DROP COLUMN facility;
  `.execute(db);
}
