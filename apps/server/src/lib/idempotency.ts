import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { invalid } from './errors.ts';

export interface Outcome<T> {
  status: number;
  body: T;
  /** true when this answer is the stored one of an earlier request with the same key */
  replayed: boolean;
}

export function checkKey(key: string | undefined): string | undefined {
  if (key === undefined || key === '') return undefined;
  if (key.length > 100 || !/^[\x21-\x7e]+$/.test(key)) {
    throw invalid([{ path: 'headers.idempotency-key', message: '1–100 visible ASCII characters' }]);
  }
  return key;
}

/**
 * Runs `work` in one transaction with the key claimed by a UNIQUE row: a repeated key waits for the first request
 * to commit and gets its answer; if the first one failed, its claim rolled back with it and the repeat runs anew.
 */
export async function idempotent<T>(
  db: Db,
  scope: string,
  key: string | undefined,
  work: (tx: Tx) => Promise<{ status: number; body: T }>,
): Promise<Outcome<T>> {
  if (!key) {
    const out = await db.transaction().execute(work);
    return { ...out, replayed: false };
  }
  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .insertInto('idempotency_key')
      .values({ scope, key, status: 0, response: JSON.stringify(null) })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const prior = await tx
        .selectFrom('idempotency_key')
        .select(['status', 'response'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return { status: prior.status, body: prior.response as T, replayed: true };
    }
    const out = await work(tx);
    await tx
      .updateTable('idempotency_key')
      .set({ status: out.status, response: JSON.stringify(out.body), created_at: sql`now()` })
      .where('scope', '=', scope)
      .where('key', '=', key)
      .execute();
    return { ...out, replayed: false };
  });
}
