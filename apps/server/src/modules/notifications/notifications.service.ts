import { isStaff } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import type { Lang } from '../../lib/i18n.ts';
import { hasNoticeText, noticeText } from './notifications.messages.ts';
import * as repo from './notifications.repository.ts';

/** What a notification shows its reader (an allow-list: addressing columns stay on the server). */
export function presentNotification(row: repo.NotificationRow, lang: Lang) {
  // Rows from before keys kept their Chinese title; keyed rows are rendered in the reader's language.
  const text =
    row.title === null && hasNoticeText(row.kind)
      ? noticeText(lang, row.kind, row.params)
      : { title: row.title ?? row.kind, body: row.body };
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    title: text.title,
    body: text.body,
    caseId: row.case_id,
    ...(row.whistle_id ? { whistleId: row.whistle_id } : {}),
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** A resident's account hangs under its community committee, yet the committee's work mail is not its to read. */
export function recipientOf(actor: Actor): repo.Recipient {
  return { userId: actor.userId, unitId: isStaff(actor) ? actor.unitId : null, roles: actor.roles };
}

export async function listForActor(
  db: DbOrTx,
  actor: Actor,
  q: { unreadOnly: boolean; page: number; pageSize: number },
  lang: Lang,
) {
  const res = await repo.listNotifications(db, recipientOf(actor), {
    unreadOnly: q.unreadOnly,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: res.items.map((r) => presentNotification(r, lang)), total: res.total, unread: res.unread };
}

/** Read marks are the reader's own inbox state, not a business change: no audit row. */
export async function markReadForActor(db: DbOrTx, actor: Actor, ids: string[] | 'all') {
  const who = recipientOf(actor);
  const updated = await repo.markRead(db, who, ids);
  return { updated, unread: await repo.countUnread(db, who) };
}
