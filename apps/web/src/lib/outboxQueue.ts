/**
 * The rules of the phone's send queue (待发送), apart from IndexedDB and the network (lib/outbox.ts wires those in),
 * so they are tested without a browser: which record is sent when, what a failure does to it, what is remembered.
 *
 * One queue for every kind of field record: a patrol finding (the case report, sent with its Idempotency-Key), and
 * the field records (visit, patrol with its track and check-ins, quick fix, task…) that carry their client
 * `instanceId` in the body (ODK Central's exactly-once: the same id and content adds nothing; other content is 409).
 */
import { isApiError } from '../api/client.ts';

/** What a queued record is; `finding` is the patrol case report (POST /api/cases with an Idempotency-Key). */
export type QueueKind = 'finding' | 'visit' | 'patrol' | 'quick_fix' | 'task' | 'collect' | (string & {});

export interface OutboxEntry {
  /** the Idempotency-Key (finding) or the record's client instance id, also the record's key */
  key: string;
  createdAt: string;
  /** absent on reports queued before the field app: a finding */
  kind?: QueueKind;
  /** where the record is posted (absent: POST /api/cases) */
  url?: string;
  /** a line for the queue's list, e.g. the visited person and mode (absent: the body's description) */
  label?: string;
  body: Record<string, unknown>;
  photos: Blob[];
  /** the body field each photo's upload id goes into (absent: `photoIds` for every photo) */
  photoSlots?: string[];
  /** upload ids, filled in as each photo is accepted, so a retry does not upload it again */
  photoIds: (string | null)[];
  /** rejected: the server refused the input (4xx); conflict: the instance id is known with other content (409) */
  state: 'pending' | 'rejected' | 'conflict';
  error?: string;
  attempts: number;
}

export interface SentReport {
  key: string;
  id: string;
  at: string;
  description: string;
  kind?: QueueKind;
  /** the server said it had this record already (same instance id, same content) */
  duplicate?: boolean;
  /** a field record's url and body as sent (photo ids in place): what an edit after sending starts from */
  url?: string;
  body?: Record<string, unknown>;
}

export interface FlushResult {
  sent: SentReport[];
  rejected: number;
  /** stopped early: the network is down (or the server unreachable) */
  offline: boolean;
  /** stopped early: the session ended (401) — the records stay queued until the worker logs in again */
  signedOut?: boolean;
}

/** Where the entries are kept (IndexedDB in the browser). */
export interface OutboxStore {
  list(): Promise<OutboxEntry[]>;
  put(e: OutboxEntry): Promise<unknown>;
  remove(key: string): Promise<unknown>;
}

/** How a record reaches the server. */
export interface OutboxTransport {
  upload(photo: Blob, filename: string): Promise<{ id: string }>;
  /** a finding: POST /api/cases with the Idempotency-Key */
  create(body: Record<string, unknown>, idempotencyKey: string): Promise<{ id: string }>;
  /**
   * a field record: POST its url, the instance id in the body and as the Idempotency-Key (routes outside the field
   * module, the base data's 楼盘表 writes, answer a resend with their first answer by it)
   */
  submit?(url: string, body: Record<string, unknown>, idempotencyKey: string): Promise<unknown>;
}

/** The server says the report itself cannot be accepted: sending it again would fail the same way. */
export function isInputInvalid(e: unknown): boolean {
  // 404: what the record refers to is gone or not the worker's (retrying cannot change it)
  return isApiError(e) && [400, 404, 413, 415, 422].includes(e.status);
}

/** What a failed attempt means for the queue. */
export type FailureAction =
  /** set aside as rejected, shown to the worker to discard */
  | 'reject'
  /** set aside as a conflict (409: the server holds this instance id with other content), shown to the worker */
  | 'conflict'
  /** keep it and stop this flush: the network is down */
  | 'stop-offline'
  /** keep it and stop this flush: the session ended; the rest would fail the same way */
  | 'stop-signed-out'
  /** keep it and go on with the next one (5xx, rate limit, …) */
  | 'retry-later';

export function failureAction(e: unknown): FailureAction {
  if (isInputInvalid(e)) return 'reject';
  if (isApiError(e) && e.status === 409) return 'conflict';
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

/** The line shown for a queued record: its label, else the description a finding carries. */
export function entryText(e: Pick<OutboxEntry, 'label' | 'body'>): string {
  return e.label ?? (typeof e.body.description === 'string' ? e.body.description : '');
}

/** The id a field receipt names: `{ outcome, instanceId, visit: { id } }` and the like. */
export function receiptOf(res: unknown, fallback: string): { id: string; duplicate: boolean } {
  const r = (res ?? {}) as Record<string, unknown>;
  const duplicate = r.outcome === 'duplicate';
  if (typeof r.id === 'string') return { id: r.id, duplicate };
  for (const v of Object.values(r))
    if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string')
      return { id: (v as { id: string }).id, duplicate };
  return { id: fallback, duplicate };
}

/** The body as sent: the entry's body with each photo slot holding the upload ids of its photos, in order. */
export function bodyWithPhotos(e: OutboxEntry): Record<string, unknown> {
  const body: Record<string, unknown> = { ...e.body };
  const slots = e.photos.map((_, i) => e.photoSlots?.[i] ?? 'photoIds');
  for (const slot of new Set(slots))
    body[slot] = e.photoIds.filter((id, i): id is string => !!id && slots[i] === slot);
  return body;
}

async function sendOne(
  e: OutboxEntry,
  store: OutboxStore,
  transport: OutboxTransport,
  now: () => Date,
): Promise<SentReport> {
  for (let i = 0; i < e.photos.length; i++) {
    if (e.photoIds[i]) continue;
    const r = await transport.upload(e.photos[i]!, `${e.kind ?? 'patrol'}-${i + 1}.jpg`);
    e.photoIds[i] = r.id;
    // saved at once: a photo accepted before the network drops is not uploaded again
    await store.put(e);
  }
  const body = bodyWithPhotos(e);
  const description = entryText(e);
  const at = now().toISOString();
  if (!e.kind || e.kind === 'finding' || !e.url || !transport.submit) {
    const created = await transport.create(body, e.key);
    return { key: e.key, id: created.id, at, description, ...(e.kind ? { kind: e.kind } : {}) };
  }
  const receipt = receiptOf(await transport.submit(e.url, body, e.key), e.key);
  return {
    key: e.key,
    id: receipt.id,
    at,
    description,
    kind: e.kind,
    duplicate: receipt.duplicate,
    ...(EDITABLE_KINDS.includes(e.kind) ? { url: e.url, body } : {}),
  };
}

/** The records a worker may change after sending (a new version with a reason; sync rules in the domain). */
export const EDITABLE_KINDS: readonly QueueKind[] = ['visit', 'quick_fix'];

/** The calendar day of an instant on this phone, 'YYYY-MM-DD'. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The sent records the worker may still change: visits and quick fixes sent today with their body kept, each the
 * current version (one an edit replaced is not offered again — its edit is).
 */
export function editableToday(sent: readonly SentReport[], now: Date): SentReport[] {
  const replaced = new Set(
    sent.map((s) => s.body?.replaces).filter((x): x is string => typeof x === 'string'),
  );
  const today = localDay(now);
  return sent.filter(
    (s) =>
      s.kind !== undefined &&
      EDITABLE_KINDS.includes(s.kind) &&
      s.body !== undefined &&
      s.url !== undefined &&
      !replaced.has(s.key) &&
      localDay(new Date(s.at)) === today,
  );
}

/** The body of an edit: the record as sent with the changes, a new instance id that replaces the sent one, a reason. */
export function editBody(
  s: SentReport,
  changes: Record<string, unknown>,
  reason: string,
  instanceId: string,
  now: Date,
): Record<string, unknown> {
  return { ...s.body, ...changes, instanceId, replaces: s.key, reason, deviceAt: now.toISOString() };
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
      if (action === 'reject' || action === 'conflict') {
        const state = action === 'reject' ? 'rejected' : 'conflict';
        await store.put({ ...e, state, error, attempts: e.attempts + 1 });
        out.rejected++;
        continue;
      }
      await store.put({ ...e, error, attempts: e.attempts + 1 });
      if (action === 'stop-offline') {
        out.offline = true;
        break;
      }
      if (action === 'stop-signed-out') {
        out.signedOut = true;
        break;
      }
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
