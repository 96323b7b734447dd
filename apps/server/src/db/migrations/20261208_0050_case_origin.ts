import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 12's shared ground. case_origin: where an imported case came from (the real messages of the 2020 Teddy Cup
// loaded as past cases, a public-opinion feed …) with the source's own likes and dislikes. case_metoo: a resident's
// "me too" (+1) on a published case, once per person (a blind index of their phone or their account).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_origin (
      case_id bigint PRIMARY KEY REFERENCES "case" (id) ON DELETE CASCADE,
      source text NOT NULL,
      source_ref text NOT NULL,
      likes integer NOT NULL DEFAULT 0 CHECK (likes >= 0),
      dislikes integer NOT NULL DEFAULT 0 CHECK (dislikes >= 0),
      imported_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (source, source_ref)
    );
    CREATE TABLE case_metoo (
      case_id bigint NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
      voter_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, voter_hash)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS case_metoo; DROP TABLE IF EXISTS case_origin;`.execute(db);
}
