import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14: case_phone's primary key now leads with the district (20261214_0102), so the repeat-caller look-up —
// a phone's case numbers, newest first, across the city — needs its own index on the phone. Distributed by district,
// each shard keeps this index and the look-up probes it on every shard (docs/distribution.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS case_phone_lookup_idx ON case_phone (phone_hash, case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS case_phone_lookup_idx`.execute(db);
}
