/**
 * Cases written before 案件查询 (migration 20261211_0300) have no search words: this fills them in batches, by case
 * number, newest first (the months a desk searches most), each batch its own short transaction so intake never
 * waits. Idempotent and safe to run while servers serve: only rows still without words are touched.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { caseSearchWords } from './search-words.ts';

export async function backfillSearchWords(db: Db, opts: { batch?: number; maxBatches?: number } = {}) {
  const batch = opts.batch ?? 2000;
  let done = 0;
  for (let i = 0; i < (opts.maxBatches ?? Infinity); i++) {
    const rows = await db
      .selectFrom('case')
      .select(['id', 'title', 'description', 'address'])
      .where('search_words', 'is', null)
      .orderBy('id', 'desc')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    const ids = rows.map((r) => String(r.id));
    const words = rows.map((r) => caseSearchWords(r));
    await sql`
      UPDATE "case" c SET search_words = v.words::tsvector
      FROM unnest(${ids}::bigint[], ${words}::text[]) AS v(id, words)
      WHERE c.id = v.id AND c.search_words IS NULL`.execute(db);
    done += rows.length;
  }
  return done;
}
