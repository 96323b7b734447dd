/**
 * The patrol outbox: reports saved on the phone (IndexedDB, photos as Blobs) until the server has them.
 *
 * Each report keeps the Idempotency-Key it was created with, so sending it again after a lost answer cannot create
 * a second case. A report leaves the outbox only after a 2xx, or after a 4xx saying the input itself is invalid
 * (then it is kept aside as rejected, with the server's message, for the worker to see and discard). Everything
 * else — no network, 5xx, an expired session, rate limits — leaves it queued for the next attempt.
 */
import { api, isApiError } from '../api/client.ts';
import type { CaseDetail, CaseInput } from '../api/cases.ts';

export interface OutboxEntry {
  /** the Idempotency-Key, also the record's key */
  key: string;
  createdAt: string;
  body: Omit<CaseInput, 'photoIds'>;
  photos: Blob[];
  /** upload ids, filled in as each photo is accepted, so a retry does not upload it again */
  photoIds: (string | null)[];
  state: 'pending' | 'rejected';
  error?: string;
  attempts: number;
}

export interface SentReport {
  key: string;
  id: string;
  at: string;
  description: string;
}

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
  const all = await tx<OutboxEntry[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>);
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
    const list = [r, ...recentSent().filter((x) => x.key !== r.key)].slice(0, 10);
    localStorage.setItem(SENT_KEY, JSON.stringify(list));
  } catch {
    // storage full or unavailable: the case exists on the server either way
  }
}

/** The server says the report itself cannot be accepted: sending it again would fail the same way. */
export function isInputInvalid(e: unknown): boolean {
  return isApiError(e) && [400, 413, 415, 422].includes(e.status);
}

export interface FlushResult {
  sent: SentReport[];
  rejected: number;
  /** stopped early: the network is down (or the server unreachable) */
  offline: boolean;
}

async function sendOne(e: OutboxEntry): Promise<SentReport> {
  for (let i = 0; i < e.photos.length; i++) {
    if (e.photoIds[i]) continue;
    const r = await api.upload<{ id: string }>('/api/uploads', e.photos[i]!, `patrol-${i + 1}.jpg`);
    e.photoIds[i] = r.id;
    await putOutbox(e);
  }
  const photoIds = e.photoIds.filter((x): x is string => !!x);
  const created = await api.create<CaseDetail>('/api/cases', { ...e.body, photoIds }, e.key);
  return { key: e.key, id: created.id, at: new Date().toISOString(), description: e.body.description };
}

let running: Promise<FlushResult> | null = null;

async function flushNow(): Promise<FlushResult> {
  const out: FlushResult = { sent: [], rejected: 0, offline: false };
  for (const e of await listOutbox()) {
    if (e.state !== 'pending') continue;
    try {
      const sent = await sendOne(e);
      await removeOutbox(e.key);
      rememberSent(sent);
      out.sent.push(sent);
    } catch (err) {
      const details = isApiError(err) ? err.details.map((d) => d.message) : [];
      const message = [err instanceof Error ? err.message : String(err), ...details].join('；');
      if (isInputInvalid(err)) {
        await putOutbox({ ...e, state: 'rejected', error: message, attempts: e.attempts + 1 });
        out.rejected++;
      } else {
        await putOutbox({ ...e, error: message, attempts: e.attempts + 1 });
        if (isApiError(err) && (err.code === 'NETWORK' || err.status === 401)) {
          out.offline = err.code === 'NETWORK';
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Sends every pending report, oldest first, one at a time. One flush at a time in this tab, and across tabs when
 * the browser has Web Locks, so two tabs cannot post the same report at once (the key would dedupe it anyway).
 */
export function flushOutbox(): Promise<FlushResult> {
  if (running) return running;
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const p = locks ? locks.request('og-patrol-outbox', () => flushNow()) : flushNow();
  running = p.finally(() => {
    running = null;
  });
  return running;
}

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
