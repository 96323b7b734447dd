import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import { notify, type Log } from '../notifications/public.ts';

export const SERVICE_OVERDUE_QUEUE = 'service-stage-overdue';

/**
 * Supervision of parallel handling: every stage past its due and still open notifies its department once (and the
 * window that took the application), and the application's record shows it. A stage is claimed by setting
 * `overdue_notified_at` in the transaction that writes the notifications; rows another sweep holds are skipped.
 * Answers how many stages were notified.
 */
export async function notifyOverdueStages(db: Db, now = new Date(), limit = 500): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('service_stage as s')
      .innerJoin('service_application as a', 'a.id', 's.application_id')
      .select([
        's.id',
        's.application_id',
        's.district_code',
        's.unit_id',
        's.due_at',
        'a.title',
        'a.tracking_code',
        'a.window_unit_id',
      ])
      .where('s.overdue_notified_at', 'is', null)
      .where('s.status', 'in', ['pending', 'accepted', 'more_requested'])
      .where('s.due_at', '<', now)
      .where('a.status', '=', 'handling')
      .orderBy('s.due_at')
      .limit(limit)
      .forUpdate('s')
      .skipLocked()
      .execute();
    if (rows.length === 0) return 0;
    await tx
      .updateTable('service_stage')
      .set({ overdue_notified_at: now })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    await tx
      .insertInto('service_event')
      .values(
        rows.map((r) => ({
          application_id: r.application_id,
          district_code: r.district_code,
          stage_id: r.id,
          kind: 'stage_overdue',
          unit_id: r.unit_id,
          user_id: null,
          note: null,
          at: now,
        })),
      )
      .execute();
    await notify(
      tx,
      rows.flatMap((r) => {
        const params = { title: r.title, code: r.tracking_code, due: r.due_at.toISOString() };
        return [
          { unitId: r.unit_id, kind: 'service_stage_overdue' as const, params },
          ...(r.window_unit_id !== r.unit_id
            ? [{ unitId: r.window_unit_id, kind: 'service_stage_overdue' as const, params }]
            : []),
        ];
      }),
    );
    return rows.length;
  });
}

export async function startServiceOverdue(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(SERVICE_OVERDUE_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 300 });
  await boss.schedule(SERVICE_OVERDUE_QUEUE, '*/5 * * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(SERVICE_OVERDUE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    let notified = 0;
    for (let n = await notifyOverdueStages(opts.db); n > 0; n = await notifyOverdueStages(opts.db))
      notified += n;
    if (notified > 0) opts.log.info({ notified }, 'overdue service stages notified');
    return { notified };
  });
  await boss.send(SERVICE_OVERDUE_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(SERVICE_OVERDUE_QUEUE, { id: workId, wait: true });
    },
  };
}
