import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Process caches cleared in every server process at once (issue 14, several servers). A process that changed what
 * a cache holds clears its own copy and NOTIFYs this channel; each process's notification listener (one LISTENing
 * connection, notifications.live.ts) clears its copies when the message arrives — within milliseconds, where the
 * cache's own time bound would otherwise apply. A listener that lost its connection clears everything on
 * reconnecting, since NOTIFY does not queue for an absent listener.
 */
export const CACHE_CHANNEL = 'onegrid_cache';

const handlers = new WeakMap<Db, Map<string, Set<() => void>>>();

/** Registers `clear` for the cache `name` of the app on `db`; returns the unregistration. */
export function onCacheClear(db: Db, name: string, clear: () => void): () => void {
  let byName = handlers.get(db);
  if (!byName) handlers.set(db, (byName = new Map<string, Set<() => void>>()));
  let set = byName.get(name);
  if (!set) byName.set(name, (set = new Set<() => void>()));
  set.add(clear);
  return () => set.delete(clear);
}

/** Runs the clears of `name` ('*': every cache) registered on `db`: what the listener calls. */
export function cacheCleared(db: Db, name: string): void {
  const byName = handlers.get(db);
  if (!byName) return;
  for (const [n, set] of byName) if (name === '*' || n === name) for (const clear of set) clear();
}

/** Tells every process (this one included) to clear the cache `name`. Call after the change committed. */
export async function broadcastCacheClear(db: Db, name: string): Promise<void> {
  await sql`SELECT pg_notify(${CACHE_CHANNEL}, ${name})`.execute(db);
}
