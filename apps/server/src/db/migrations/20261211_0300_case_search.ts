import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14 (案件查询): operators search a city's year of cases by number, caller phone, address, words of the
// description, place and period. Chinese full text is jieba's words (search mode), written by the server with
// each case as a tsvector — description and title unweighted, the address weighted B so an address search can
// ask for address words only — under a GIN index. (pg_trgm was the alternative: see the README, 案件查询.)
// The phone's blind index gets the case number beside it, so "this caller's cases, newest first" is an ordered
// index scan per partition with no sort; it replaces the plain index on the hash.
// "case" is partitioned: CREATE INDEX on the parent builds the index on every partition and on those created
// later. CONCURRENTLY is not possible on a partitioned parent — on a large live table, build each partition's index
// CONCURRENTLY first, then CREATE INDEX ON ONLY "case" and ALTER INDEX … ATTACH PARTITION (see docs/scale.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE "case" ADD COLUMN search_words tsvector;
    CREATE INDEX case_search_words_idx ON "case" USING gin (search_words);
    CREATE INDEX case_caller_idx ON "case" (reporter_phone_hash, id DESC) WHERE reporter_phone_hash IS NOT NULL;
    DROP INDEX IF EXISTS case_phone_idx;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS case_phone_idx ON "case" (reporter_phone_hash);
    DROP INDEX IF EXISTS case_caller_idx;
    DROP INDEX IF EXISTS case_search_words_idx;
    ALTER TABLE "case" DROP COLUMN IF EXISTS search_words;
  `.execute(db);
}
