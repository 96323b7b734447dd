/**
 * The grid worker's send queue (待发送), as other pages use it: `enqueueField(kind, url, body, photos)` keeps a
 * field record on the phone (IndexedDB, photos as Blobs) and sends it when the network and a valid session allow.
 * It is the patrol outbox (lib/outbox.ts) extended to every kind of field record — one queue, one sender.
 *
 * The body carries the record's client `instanceId` (a uuid made on the phone when the record is made); sending it
 * again adds nothing on the server (same id, same content), so a lost answer is harmless. Photos go first
 * (POST /api/uploads, each once: its id is kept as soon as it is accepted), then the record with the upload ids.
 */
import { useCallback, useEffect, useState } from 'react';
import { hasCsrfToken, isApiError, request, setCsrfToken } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { SESSION_BACK } from './fieldStore.ts';
import { newUuid } from './ids.ts';
import {
  flushOutbox,
  listOutbox,
  putOutbox,
  recentSent,
  removeOutbox,
  type FlushResult,
  type OutboxEntry,
  type SentReport,
} from './outbox.ts';
import type { QueueKind } from './outboxQueue.ts';

export type { QueueKind } from './outboxQueue.ts';
export type { OutboxEntry as QueueEntry, SentReport } from './outbox.ts';

/** A photo and the body field its upload id goes into (e.g. a quick fix's `beforeUploadIds`). */
export interface SlottedPhoto {
  blob: Blob;
  slot: string;
}

/** Where each kind's photos go when the caller gives plain Blobs. */
const DEFAULT_SLOT: Record<string, string> = {
  finding: 'photoIds',
  visit: 'uploadIds',
  quick_fix: 'afterUploadIds',
  task: 'uploadIds',
};

const CHANGED = 'og-field-queue-changed';
/** Fired after a send delivered something: the field data (bundle, visits due, patrol log) is read again. */
export const SYNCED = 'og-field-synced';

/** Tells every open view of the queue (badges, lists) to read it again. */
export function queueChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** A new client instance id for a field record. */
export const newInstanceId = newUuid;

/**
 * Keeps a field record in the send queue and tries to send at once when online. `body.instanceId` is the record's
 * client instance id (made here when absent); a finding (`kind` 'finding') is sent to /api/cases with it as the
 * Idempotency-Key. Returns the queued entry.
 */
export async function enqueueField(
  kind: QueueKind,
  url: string,
  body: Record<string, unknown>,
  photos: readonly (Blob | SlottedPhoto)[] = [],
  label?: string,
): Promise<OutboxEntry> {
  const instanceId = typeof body.instanceId === 'string' ? body.instanceId : newInstanceId();
  const slotted = photos.map((p) =>
    p instanceof Blob ? { blob: p, slot: DEFAULT_SLOT[kind] ?? 'uploadIds' } : p,
  );
  const entry: OutboxEntry = {
    key: instanceId,
    createdAt: new Date().toISOString(),
    kind,
    url,
    ...(label ? { label } : {}),
    body: kind === 'finding' ? body : { ...body, instanceId },
    photos: slotted.map((p) => p.blob),
    photoSlots: slotted.map((p) => p.slot),
    photoIds: slotted.map(() => null),
    state: 'pending',
    attempts: 0,
  };
  await putOutbox(entry);
  queueChanged();
  if (navigator.onLine) void sendQueue();
  return entry;
}

/**
 * A session opened offline has the worker's identity from the phone's cache but no CSRF token: ask the server for
 * the session first. False when it has ended (401: the worker must log in again; the queue stays).
 */
async function sessionReady(): Promise<boolean> {
  if (hasCsrfToken()) return true;
  try {
    const s = await request<Session>('GET', '/api/auth/me', { allow401: true });
    setCsrfToken(s.csrfToken);
    // the app's session (opened from the cache) is real again: AuthProvider asks the server too
    window.dispatchEvent(new Event(SESSION_BACK));
    return !s.step;
  } catch (e) {
    if (isApiError(e) && e.status === 401) return false;
    throw e;
  }
}

/** Sends what waits, oldest first (one flush at a time); the queue's views are told afterwards. */
export async function sendQueue(): Promise<FlushResult> {
  try {
    if (!(await sessionReady())) return { sent: [], rejected: 0, offline: false, signedOut: true };
  } catch (e) {
    if (isApiError(e) && e.code === 'NETWORK') return { sent: [], rejected: 0, offline: true };
    throw e;
  }
  try {
    const r = await flushOutbox();
    if (r.sent.length > 0) window.dispatchEvent(new Event(SYNCED));
    return r;
  } finally {
    queueChanged();
  }
}

/** Puts a record set aside (refused, conflict) back in line, e.g. after the worker fixed the cause. */
export async function retryEntry(e: OutboxEntry): Promise<void> {
  await putOutbox({ ...e, state: 'pending' });
  queueChanged();
}

export async function discardEntry(key: string): Promise<void> {
  await removeOutbox(key);
  queueChanged();
}

/** The queue as a page shows it: what waits, what was set aside, what was sent lately; re-read on every change. */
export function useFieldQueue() {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [sent, setSent] = useState<SentReport[]>(recentSent);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setEntries(await listOutbox());
      setSent(recentSent());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void reload();
    const on = () => void reload();
    window.addEventListener(CHANGED, on);
    return () => window.removeEventListener(CHANGED, on);
  }, [reload]);
  return {
    entries,
    pending: entries.filter((e) => e.state === 'pending'),
    setAside: entries.filter((e) => e.state !== 'pending'),
    sent,
    error,
    reload,
  };
}
