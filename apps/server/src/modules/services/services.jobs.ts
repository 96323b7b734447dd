import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import { claimOverdue, startSweep } from '../../lib/sweep.ts';
import { notify, type Log } from '../notifications/public.ts';

export const SERVICE_OVERDUE_QUEUE = 'service-stage-overdue';

/**
 * Supervision of parallel handling: every stage past its due and still open notifies its department once (and the
 * window that took the application), and the application's record shows it. A stage is claimed by setting
 * `overdue_notified_at` in the transaction that writes the notifications; rows another sweep holds are skipped.
 * Answers how many stages were notified.
 */
export async function notifyOverdueStages(db: Db, now = new Date(), limit = 500): Promise<number> {
  return claimOverdue(db, now, {
    table: 'service_stage',
    find: (tx) =>
      tx
        .selectFrom('service_stage as s')
        .innerJoin('service_application as a', 'a.id', 's.application_id')
        .select([
          's.id',
          's.application_id',
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
        .execute(),
    act: async (tx, rows) => {
      await tx
        .insertInto('service_event')
        .values(
          rows.map((r) => ({
            application_id: r.application_id,
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
    },
  });
}

export function startServiceOverdue(boss: PgBoss, opts: { db: Db; log: Log }) {
  return startSweep(boss, {
    queue: SERVICE_OVERDUE_QUEUE,
    cron: '*/5 * * * *',
    log: opts.log,
    message: 'overdue service stages notified',
    sweep: () => notifyOverdueStages(opts.db),
    drain: true,
  });
}
