import type { PgBoss } from 'pg-boss';
import { rectificationOverdue } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { notify, type Log } from '../notifications/public.ts';

export const RECTIFICATION_OVERDUE_QUEUE = 'service-rectification-overdue';

/**
 * Supervision of 差评 rectification: every rectification still open past its due (domain `rectificationOverdue`)
 * notifies its unit and the window that took the application, once — claimed by setting `overdue_notified_at` in
 * the transaction that writes the notifications; rows another sweep holds are skipped. Answers how many.
 */
export async function notifyOverdueRectifications(db: Db, now = new Date(), limit = 500): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('service_rectification as r')
      .innerJoin('service_application as a', 'a.id', 'r.application_id')
      .select([
        'r.id',
        'r.application_id',
        'r.district_code',
        'r.unit_id',
        'r.state',
        'r.due_at',
        'a.title',
        'a.tracking_code',
        'a.window_unit_id',
      ])
      .where('r.overdue_notified_at', 'is', null)
      .where('r.state', '=', 'open')
      .where('r.due_at', '<', now)
      .orderBy('r.due_at')
      .limit(limit)
      .forUpdate('r')
      .skipLocked()
      .execute();
    const due = rows.filter((r) => rectificationOverdue({ state: r.state, dueAt: r.due_at }, now));
    if (due.length === 0) return 0;
    await tx
      .updateTable('service_rectification')
      .set({ overdue_notified_at: now })
      .where(
        'id',
        'in',
        due.map((r) => r.id),
      )
      .execute();
    await tx
      .insertInto('service_event')
      .values(
        due.map((r) => ({
          application_id: r.application_id,
          district_code: r.district_code,
          kind: 'rectification_overdue',
          unit_id: r.unit_id,
          user_id: null,
          note: null,
          at: now,
        })),
      )
      .execute();
    await notify(
      tx,
      due.flatMap((r) => {
        const params = { title: r.title, code: r.tracking_code, due: r.due_at.toISOString() };
        return [
          { unitId: r.unit_id, kind: 'service_rectification_overdue' as const, params },
          ...(r.window_unit_id !== r.unit_id
            ? [{ unitId: r.window_unit_id, kind: 'service_rectification_overdue' as const, params }]
            : []),
        ];
      }),
    );
    return due.length;
  });
}

export async function startRectificationOverdue(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(RECTIFICATION_OVERDUE_QUEUE, {
    policy: 'stately',
    retryLimit: 3,
    expireInSeconds: 300,
  });
  await boss.schedule(RECTIFICATION_OVERDUE_QUEUE, '*/5 * * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(RECTIFICATION_OVERDUE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    let notified = 0;
    for (
      let n = await notifyOverdueRectifications(opts.db);
      n > 0;
      n = await notifyOverdueRectifications(opts.db)
    )
      notified += n;
    if (notified > 0) opts.log.info({ notified }, 'overdue service rectifications notified');
    return { notified };
  });
  await boss.send(RECTIFICATION_OVERDUE_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(RECTIFICATION_OVERDUE_QUEUE, { id: workId, wait: true });
    },
  };
}
