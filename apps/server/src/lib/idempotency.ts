import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db, DbOrTx, Tx } from '../db/database.ts';
import { AppError, invalid } from './errors.ts';

export interface Outcome<T> {
  status: number;
  body: T;
  /** true when this answer is the stored one of an earlier request with the same key */
  replayed: boolean;
}

export function checkKey(key: string | undefined): string | undefined {
  if (key === undefined || key === '') return undefined;
  if (key.length > 100 || !/^[\x21-\x7e]+$/.test(key)) {
    throw invalid([{ path: 'headers.idempotency-key', key: 'idempotency_key_format' }]);
  }
  return key;
}

/** A stable hash of a request's content (keys sorted), to tell a replay from another request under the same key. */
export function requestHash(value: unknown): string {
  return crypto.createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
}

/** The key was used before for another request (like Stripe): 422, and nothing of the first answer. */
export function checkReplay(stored: string | null, mine: string | undefined): void {
  if (stored !== null && mine !== undefined && stored !== mine) throw new AppError('IDEMPOTENCY_KEY_REUSED');
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
  /** requestHash() of the request: a replay of the key with another request answers 422 */
  fingerprint?: string,
): Promise<Outcome<T>> {
  if (!key) {
    const out = await db.transaction().execute(work);
    return { ...out, replayed: false };
  }
  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .insertInto('idempotency_key')
      .values({ scope, key, status: 0, response: JSON.stringify(null), request_hash: fingerprint ?? null })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const prior = await tx
        .selectFrom('idempotency_key')
        .select(['status', 'response', 'request_hash'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      checkReplay(prior.request_hash, fingerprint);
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

/**
 * `fn` in a transaction: the caller's when `db` is one already (a service run inside `idempotent`, so its writes
 * and the key's stored answer commit together), else a new one.
 */
export function inTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Tx) : db.transaction().execute(fn);
}
