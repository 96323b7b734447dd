import { sql, type ExpressionBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { unitNoticeKindsHiddenFrom, type NoticeKind, type Role } from '@onegrid/domain';
import type { NoticeParams } from './notifications.messages.ts';

/**
 * A notification to write: its kind and parameters (rendered in the reader's language, see
 * notifications.messages.ts). Addressed to a user, or to a unit — then only the members whose role acts on the
 * kind read it (NOTICE_AUDIENCE in the domain).
 */
export type NewNotification = {
  unitId?: string | null;
  userId?: string | null;
  caseId?: string | null;
  /** a whistle the notification is about (links to its page) */
  whistleId?: string | null;
} & (
  | { kind: NoticeKind; params: NoticeParams; title?: undefined; body?: undefined }
  /** Older producers (kept for the demo simulation until it emits kinds): a fixed Chinese title. */
  | { kind: string; title: string; body?: string; params?: undefined }
);

/** Written in the transaction of the change that caused it; delivered live after commit. */
export async function notify(db: DbOrTx, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('notification').values(items.map(notificationValues)).execute();
}

/** The notification row of one item. */
export function notificationValues(n: NewNotification) {
  return {
    unit_id: n.unitId ?? null,
    user_id: n.userId ?? null,
    case_id: n.caseId ?? null,
    ...(n.whistleId ? { whistle_id: n.whistleId } : {}),
    kind: n.kind,
    title: n.title ?? null,
    params: JSON.stringify(n.params ?? {}),
    body: n.body ?? '',
  };
}

/** Whose inbox: a notification addressed to a user is that user's; one addressed only to a unit is its members'. */
export interface Recipient {
  userId: string;
  /** null: only what is addressed to the user (a resident) */
  unitId: string | null;
  /** the reader's roles: of what is addressed to the unit, they read the kinds their roles act on */
  roles: readonly Role[];
}

const COLUMNS = [
  'id',
  'kind',
  'title',
  'params',
  'body',
  'case_id',
  'whistle_id',
  'created_at',
  'read_at',
  'user_id',
  'unit_id',
] as const;

function visibleTo(who: Recipient) {
  const hidden = unitNoticeKindsHiddenFrom(who.roles);
  return (eb: ExpressionBuilder<Database, 'notification'>) =>
    eb.or([
      eb('notification.user_id', '=', who.userId),
      ...(who.unitId === null
        ? []
        : [
            eb.and([
              eb('notification.user_id', 'is', null),
              eb('notification.unit_id', '=', who.unitId),
              ...(hidden.length ? [eb('notification.kind', 'not in', hidden)] : []),
            ]),
          ]),
    ]);
}

export async function listNotifications(
  db: DbOrTx,
  who: Recipient,
  opts: { unreadOnly: boolean; limit: number; offset: number },
) {
  let q = db.selectFrom('notification').where(visibleTo(who));
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  const [items, counts] = await Promise.all([
    q.select(COLUMNS).orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute(),
    db
      .selectFrom('notification')
      .where(visibleTo(who))
      .select([
        sql<number>`count(*)::int`.as('total'),
        sql<number>`(count(*) FILTER (WHERE read_at IS NULL))::int`.as('unread'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: opts.unreadOnly ? counts.unread : counts.total, unread: counts.unread };
}

export async function countUnread(db: DbOrTx, who: Recipient): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .where(visibleTo(who))
    .where('read_at', 'is', null)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks the caller's unread notifications read: the given ids (others' ids are ignored), or all. */
export async function markRead(db: DbOrTx, who: Recipient, ids: string[] | 'all'): Promise<number> {
  let q = db
    .updateTable('notification')
    .set({ read_at: sql`now()` })
    .where(visibleTo(who))
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    q = q.where('id', 'in', ids);
  }
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function findNotification(db: DbOrTx, id: string) {
  return db.selectFrom('notification').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The caller's notifications after an id, oldest first (to catch a reconnecting stream up). */
export async function listNotificationsAfter(db: DbOrTx, who: Recipient, afterId: string, limit: number) {
  return db
    .selectFrom('notification')
    .select(COLUMNS)
    .where(visibleTo(who))
    .where('id', '>', afterId)
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export async function maxNotificationId(db: DbOrTx): Promise<string> {
  const row = await db
    .selectFrom('notification')
    .select(sql<string>`coalesce(max(id), 0)::text`.as('id'))
    .executeTakeFirstOrThrow();
  return row.id;
}

export type NotificationRow = NonNullable<Awaited<ReturnType<typeof findNotification>>>;
