import crypto from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';

/**
 * Request counters in PostgreSQL, shared by every instance of the server (an in-memory counter per process let
 * each instance, and each restart, grant the limit anew). Fixed windows: one row per key, reset when its window
 * has passed. Keys are hashed: they may hold what a client presented (an API key).
 */
export function counterKey(scope: string, key: string): string {
  return `${scope}:${crypto.createHash('sha256').update(key).digest('base64url').slice(0, 32)}`;
}

/** Counts one hit of `key`; answers the hits in the current window and the milliseconds until it ends. */
export async function hit(
  db: DbOrTx,
  key: string,
  windowMs: number,
): Promise<{ hits: number; ttlMs: number }> {
  const seconds = windowMs / 1000;
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    INSERT INTO rate_limit_counter AS c (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN c.window_start <= now() - make_interval(secs => ${seconds})
                          THEN now() ELSE c.window_start END,
      hits = CASE WHEN c.window_start <= now() - make_interval(secs => ${seconds}) THEN 1 ELSE c.hits + 1 END
    RETURNING hits,
      greatest(0, extract(epoch FROM c.window_start + make_interval(secs => ${seconds}) - now()) * 1000)::float8
        AS ttl_ms`.execute(db);
  const row = rows[0]!;
  return { hits: row.hits, ttlMs: Math.ceil(row.ttl_ms) };
}

/** The hits of `key` in its current window, without counting one. */
export async function hitsOf(db: DbOrTx, key: string, windowMs: number): Promise<number> {
  const row = await db
    .selectFrom('rate_limit_counter')
    .select('hits')
    .where('key', '=', key)
    .where('window_start', '>', sql<Date>`now() - make_interval(secs => ${windowMs / 1000})`)
    .executeTakeFirst();
  return row?.hits ?? 0;
}

/** Drops counters whose window ended long ago (no limit here spans more than a day); for the maintenance job. */
export async function purgeCounters(db: DbOrTx, limit = 5000): Promise<number> {
  const result = await sql`
    DELETE FROM rate_limit_counter WHERE key IN (
      SELECT key FROM rate_limit_counter WHERE window_start < now() - interval '1 day'
      LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}
type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit keeping its counters in PostgreSQL, one scope per route. The plugin hands each
 * route's store its merged options, `routeInfo` among them (its types say only RouteOptions).
 */
export function pgRateLimitStore(db: DbOrTx): FastifyRateLimitStoreCtor {
  return class PgRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;
    constructor(options: unknown = {}) {
      const info = (options as RouteParams).routeInfo;
      const method = Array.isArray(info?.method) ? info.method.join(',') : (info?.method ?? '');
      this.scope = `rl:${method} ${info?.url ?? '*'}`;
    }
    incr(key: string, cb: Callback, timeWindow: number): void {
      hit(db, counterKey(this.scope, key), timeWindow).then(
        (r) => cb(null, { current: r.hits, ttl: r.ttlMs }),
        (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
      );
    }
    child(options: unknown): FastifyRateLimitStore {
      return new PgRateLimitStore(options);
    }
  };
}
