/**
 * The patrol outbox: reports saved on the phone (IndexedDB, photos as Blobs) until the server has them.
 *
 * Each report keeps the Idempotency-Key it was created with, so sending it again after a lost answer cannot create
 * a second case. A report leaves the outbox only after a 2xx, or after a 4xx saying the input itself is invalid
 * (then it is kept aside as rejected, with the server's message, for the worker to see and discard). Everything
 * else — no network, 5xx, an expired session, rate limits — leaves it queued for the next attempt.
 */
import { api } from '../api/client.ts';
import type { CaseDetail } from '../api/cases.ts';
import {
  addSent,
  flushQueue,
  sendOrder,
  singleFlight,
  type FlushResult,
  type OutboxEntry,
  type SentReport,
} from './outboxQueue.ts';

export { editableToday, editBody, entryText, isInputInvalid } from './outboxQueue.ts';
export type { FlushResult, OutboxEntry, SentReport } from './outboxQueue.ts';

const DB_NAME = 'onegrid-outbox';
const STORE = 'patrol';
const SENT_KEY = 'og_patrol_sent';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB open failed'));
  });
}

async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
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

export async function listOutbox(): Promise<OutboxEntry[]> {
  return sendOrder(await tx<OutboxEntry[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>));
}

export function putOutbox(e: OutboxEntry): Promise<IDBValidKey> {
  return tx('readwrite', (s) => s.put(e));
}

export function removeOutbox(key: string): Promise<undefined> {
  return tx('readwrite', (s) => s.delete(key));
}

export function recentSent(): SentReport[] {
  try {
    const v = JSON.parse(localStorage.getItem(SENT_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as SentReport[]) : [];
  } catch {
    return [];
  }
}

function rememberSent(r: SentReport): void {
  try {
    // kept longer than a list needs: today's visits and quick fixes may still be changed (editableToday)
    localStorage.setItem(SENT_KEY, JSON.stringify(addSent(recentSent(), r, 60)));
  } catch {
    // storage full or unavailable: the case exists on the server either way
  }
}

const flushNow = (): Promise<FlushResult> =>
  flushQueue({
    store: { list: listOutbox, put: putOutbox, remove: removeOutbox },
    transport: {
      upload: (photo, filename) => api.upload<{ id: string }>('/api/uploads', photo, filename),
      create: (body, key) => api.create<CaseDetail>('/api/cases', body, key),
      submit: (url, body, key) => api.create<unknown>(url, body, key),
    },
    remember: rememberSent,
  });

/**
 * Sends every pending report, oldest first, one at a time (the rules: outboxQueue.ts). One flush at a time in
 * this tab, and across tabs when the browser has Web Locks, so two tabs cannot post the same report at once (the
 * key would dedupe it anyway).
 */
export const flushOutbox: () => Promise<FlushResult> = singleFlight(() => {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request('og-patrol-outbox', flushNow) : flushNow();
});

/** Phone photos are often larger than the server's 5 MB limit: scale to at most 1920 px as JPEG. */
export async function downscaleImage(file: File, maxSide = 1920, quality = 0.85): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 2_000_000 && file.type === 'image/jpeg') {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    return blob ?? file;
  } catch {
    return file;
  }
}
