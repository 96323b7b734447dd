/**
 * What the grid worker's phone keeps besides the send queue (IndexedDB `onegrid-field`): the offline bundle, the
 * visits due when no bundle came, the patrol under way with its track, today's patrol log — and the worker's
 * identity (localStorage), so the field pages open without a network after one online login. Logout clears all of
 * it (lib/fieldStore.clearFieldData), personal data included.
 */
import type { Me } from '../api/types.ts';

const DB_NAME = 'onegrid-field';
const STORE = 'kv';
const ME_KEY = 'og_field_me';

/** Fired when the server confirmed a session that was opened from the phone's cache (AuthProvider listens). */
export const SESSION_BACK = 'og-session-back';

export type FieldKey = 'bundle' | 'visitsDue' | 'patrol' | 'patrolLog' | 'myTasks' | 'floorPlans';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB open failed'));
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error ?? new Error('indexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('indexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export interface Stored<T> {
  value: T;
  /** when the phone stored it (ISO) */
  savedAt: string;
}

export async function readField<T>(key: FieldKey): Promise<Stored<T> | undefined> {
  return (
    (await run<Stored<T> | undefined>('readonly', (s) => s.get(key) as IDBRequest<Stored<T> | undefined>)) ??
    undefined
  );
}

export async function writeField<T>(key: FieldKey, value: T): Promise<void> {
  await run('readwrite', (s) => s.put({ value, savedAt: new Date().toISOString() } satisfies Stored<T>, key));
}

export async function deleteField(key: FieldKey): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}

/** The signed-in grid worker, kept after an online login so the field pages open offline. */
export interface CachedIdentity {
  user: Me;
  savedAt: string;
}

export function cachedIdentity(): CachedIdentity | null {
  try {
    const v = JSON.parse(localStorage.getItem(ME_KEY) ?? 'null') as CachedIdentity | null;
    return v && typeof v === 'object' && v.user && typeof v.user.id === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function cacheIdentity(user: Me): void {
  try {
    localStorage.setItem(ME_KEY, JSON.stringify({ user, savedAt: new Date().toISOString() }));
  } catch {
    // storage full or unavailable: the app then needs the network to open
  }
}

/**
 * Forgets everything the field app kept: the identity, the bundle (names, addresses), the patrol and its track, and
 * the send queue with its photos. Called on logout, and when another user signs in on this phone.
 */
export async function clearFieldData(): Promise<void> {
  try {
    localStorage.removeItem(ME_KEY);
    localStorage.removeItem('og_patrol_sent');
  } catch {
    // nothing to clear
  }
  for (const name of [DB_NAME, 'onegrid-outbox']) {
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => resolve();
      // another tab holds it open: it is deleted when that tab closes it
      req.onblocked = () => resolve();
    });
  }
}
