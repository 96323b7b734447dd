/**
 * The rules of the patrol outbox, apart from IndexedDB and the network (lib/outbox.ts wires those in), so they
 * are tested without a browser: which report is sent when, what a failure does to it, what is remembered.
 */
import { isApiError } from '../api/client.ts';
import type { CaseInput } from '../api/cases.ts';

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

export interface FlushResult {
  sent: SentReport[];
  rejected: number;
  /** stopped early: the network is down (or the server unreachable) */
  offline: boolean;
}

/** Where the entries are kept (IndexedDB in the browser). */
export interface OutboxStore {
  list(): Promise<OutboxEntry[]>;
  put(e: OutboxEntry): Promise<unknown>;
  remove(key: string): Promise<unknown>;
}

/** How a report reaches the server. */
export interface OutboxTransport {
  upload(photo: Blob, filename: string): Promise<{ id: string }>;
  create(body: CaseInput, idempotencyKey: string): Promise<{ id: string }>;
}

/** The server says the report itself cannot be accepted: sending it again would fail the same way. */
export function isInputInvalid(e: unknown): boolean {
  return isApiError(e) && [400, 413, 415, 422].includes(e.status);
}

/** What a failed attempt means for the queue. */
export type FailureAction =
  /** set aside as rejected, shown to the worker to discard */
  | 'reject'
  /** keep it and stop this flush: the network is down */
  | 'stop-offline'
  /** keep it and stop this flush: the session ended; the rest would fail the same way */
  | 'stop-signed-out'
  /** keep it and go on with the next one (5xx, rate limit, …) */
  | 'retry-later';

export function failureAction(e: unknown): FailureAction {
  if (isInputInvalid(e)) return 'reject';
  if (isApiError(e) && e.code === 'NETWORK') return 'stop-offline';
  if (isApiError(e) && e.status === 401) return 'stop-signed-out';
  return 'retry-later';
}

/** The server's message with its field details, as kept on the entry for the worker to read. */
export function failureMessage(e: unknown): string {
  const details = isApiError(e) ? e.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)) : [];
  return [e instanceof Error ? e.message : String(e), ...details].join('；');
}

/** The sent list shown on the page: newest first, one line per report, at most `max`. */
export function addSent(list: readonly SentReport[], r: SentReport, max = 10): SentReport[] {
  return [r, ...list.filter((x) => x.key !== r.key)].slice(0, max);
}

/** Oldest first: reports reach the server in the order they were made. */
export function sendOrder(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

async function sendOne(
  e: OutboxEntry,
  store: OutboxStore,
  transport: OutboxTransport,
  now: () => Date,
): Promise<SentReport> {
  for (let i = 0; i < e.photos.length; i++) {
    if (e.photoIds[i]) continue;
    const r = await transport.upload(e.photos[i]!, `patrol-${i + 1}.jpg`);
    e.photoIds[i] = r.id;
    // saved at once: a photo accepted before the network drops is not uploaded again
    await store.put(e);
  }
  const photoIds = e.photoIds.filter((x): x is string => !!x);
  const created = await transport.create({ ...e.body, photoIds }, e.key);
  return { key: e.key, id: created.id, at: now().toISOString(), description: e.body.description };
}

/**
 * Sends every pending report, oldest first, one at a time. A report leaves the outbox only after the server
 * accepted it, or is set aside when the server refuses its input; anything else keeps it queued.
 */
export async function flushQueue(deps: {
  store: OutboxStore;
  transport: OutboxTransport;
  remember: (r: SentReport) => void;
  now?: () => Date;
}): Promise<FlushResult> {
  const { store, transport, remember, now = () => new Date() } = deps;
  const out: FlushResult = { sent: [], rejected: 0, offline: false };
  for (const e of sendOrder(await store.list())) {
    if (e.state !== 'pending') continue;
    try {
      const sent = await sendOne(e, store, transport, now);
      await store.remove(e.key);
      remember(sent);
      out.sent.push(sent);
    } catch (err) {
      const action = failureAction(err);
      const error = failureMessage(err);
      if (action === 'reject') {
        await store.put({ ...e, state: 'rejected', error, attempts: e.attempts + 1 });
        out.rejected++;
        continue;
      }
      await store.put({ ...e, error, attempts: e.attempts + 1 });
      if (action === 'stop-offline') {
        out.offline = true;
        break;
      }
      if (action === 'stop-signed-out') break;
    }
  }
  return out;
}

/** At most one flush at a time: a second call while one runs gets the running one's result. */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    if (running) return running;
    running = run().finally(() => {
      running = null;
    });
    return running;
  };
}
