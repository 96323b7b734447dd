import { readsUnitNotice } from '@onegrid/domain';
import pg from 'pg';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { CACHE_CHANNEL, cacheCleared } from '../../lib/cache-bus.ts';
import type { Log } from './notifier.ts';
import {
  findNotification,
  listNotificationsAfter,
  maxNotificationId,
  type NotificationRow,
  type Recipient,
} from './notifications.repository.ts';

/** The channel the notification INSERT trigger (migration 20261122_0003_notify) signals on. */
export const NOTIFICATION_CHANNEL = 'onegrid_notification';

const Payload = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  user_id: z.string().nullable(),
  unit_id: z.string().nullable(),
});

/** One connected stream: whose it is and how to hand it a notification. */
export interface Subscriber extends Recipient {
  send(row: NotificationRow): void;
}

interface Entry {
  sub: Subscriber;
  /** Highest id handed over, for catching up after the listener reconnected. */
  lastId: bigint;
  /** Recently sent ids: a catch-up may overlap with live delivery. */
  sent: Set<string>;
}

const RECENT = 200;
const CATCH_UP_LIMIT = 100;

/** The subscriber's row or not: addressed to the user, or to the unit and to nobody in particular. */
export function isFor(who: Recipient, target: { user_id: string | null; unit_id: string | null }): boolean {
  return target.user_id
    ? target.user_id === who.userId
    : who.unitId !== null && target.unit_id === who.unitId;
}

// The routes find their process's listener by the application's database handle: the listener needs a
// connection string of its own, which the app context does not carry.
const listeners = new WeakMap<Db, NotificationListener>();

/**
 * One dedicated PostgreSQL connection per process LISTENing for new notifications (from any process), fanned out
 * to this process's connected streams whose user or unit matches. Reconnects with backoff; after a reconnect
 * the streams are caught up from the database, since NOTIFY does not queue for an absent listener.
 */
export class NotificationListener {
  private client: pg.Client | undefined;
  private readonly entries = new Set<Entry>();
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private retryMs = 500;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: { connectionString: string; db: Db; log?: Log }) {}

  async start(): Promise<void> {
    await this.connect();
    listeners.set(this.opts.db, this);
  }

  get subscriberCount(): number {
    return this.entries.size;
  }

  /** Registers a stream; `afterId` (Last-Event-ID) first sends what it missed. Returns the unsubscribe. */
  subscribe(sub: Subscriber, afterId?: string): () => void {
    const entry: Entry = { sub, lastId: 0n, sent: new Set() };
    this.entries.add(entry);
    if (afterId) {
      entry.lastId = BigInt(afterId);
      this.enqueue(() => this.catchUp(entry));
    } else {
      // Where a catch-up after a lost listener connection starts; live deliveries are not filtered by it.
      this.enqueue(async () => {
        const max = BigInt(await maxNotificationId(this.opts.db));
        if (max > entry.lastId) entry.lastId = max;
      });
    }
    return () => {
      this.entries.delete(entry);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (listeners.get(this.opts.db) === this) listeners.delete(this.opts.db);
    clearTimeout(this.retryTimer);
    this.entries.clear();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    await this.chain;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.opts.connectionString,
      application_name: 'onegrid-notify',
      keepAlive: true,
    });
    client.on('notification', (msg) => {
      if (msg.channel === CACHE_CHANNEL && msg.payload) return cacheCleared(this.opts.db, msg.payload);
      if (msg.channel !== NOTIFICATION_CHANNEL || !msg.payload) return;
      let payload: z.infer<typeof Payload>;
      try {
        payload = Payload.parse(JSON.parse(msg.payload));
      } catch {
        return;
      }
      this.enqueue(() => this.deliver(payload));
    });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.opts.log?.warn({ err }, 'notification listener lost its connection; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    await client.query(`LISTEN ${CACHE_CHANNEL}`);
    this.client = client;
    this.retryMs = 500;
  }

  private scheduleReconnect(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.connect()
        .then(() => {
          // Cache clears sent while the connection was down are lost: clear every process cache.
          cacheCleared(this.opts.db, '*');
          for (const entry of this.entries) this.enqueue(() => this.catchUp(entry));
        })
        .catch((err: unknown) => {
          this.opts.log?.warn({ err }, 'notification listener reconnect failed');
          this.retryMs = Math.min(this.retryMs * 2, 30_000);
          if (!this.closed) this.scheduleReconnect();
        });
    }, this.retryMs);
    this.retryTimer.unref();
  }

  /** Deliveries run one after another, so each stream sees notifications in the order they committed. */
  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((err: unknown) => {
      this.opts.log?.error({ err }, 'notification delivery failed');
    });
  }

  private async deliver(p: z.infer<typeof Payload>): Promise<void> {
    const targets = [...this.entries].filter((e) => isFor(e.sub, p));
    if (targets.length === 0) return;
    const row = await findNotification(this.opts.db, p.id);
    if (!row) return;
    for (const e of targets) if (row.user_id || readsUnitNotice(e.sub.roles, row.kind)) this.hand(e, row);
  }

  private async catchUp(entry: Entry): Promise<void> {
    if (!this.entries.has(entry) || entry.lastId === 0n) return;
    const rows = await listNotificationsAfter(
      this.opts.db,
      entry.sub,
      entry.lastId.toString(),
      CATCH_UP_LIMIT,
    );
    for (const row of rows) this.hand(entry, row);
  }

  private hand(entry: Entry, row: NotificationRow): void {
    if (entry.sent.has(row.id)) return;
    entry.sent.add(row.id);
    if (entry.sent.size > RECENT) {
      const oldest = entry.sent.values().next().value;
      if (oldest !== undefined) entry.sent.delete(oldest);
    }
    const id = BigInt(row.id);
    if (id > entry.lastId) entry.lastId = id;
    try {
      entry.sub.send(row);
    } catch (err) {
      this.opts.log?.warn({ err }, 'notification stream write failed');
    }
  }
}

/** Starts the process's listener; the stream route of apps on `db` uses it. */
export async function startNotificationListener(opts: {
  connectionString: string;
  db: Db;
  log?: Log;
}): Promise<NotificationListener> {
  const listener = new NotificationListener(opts);
  await listener.start();
  return listener;
}

export function notificationListenerFor(db: Db): NotificationListener | undefined {
  return listeners.get(db);
}
