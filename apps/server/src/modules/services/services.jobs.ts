import type { PgBoss } from 'pg-boss';
import type { Db, Tx } from '../../db/database.ts';
import { claimOverdue, startSweep } from '../../lib/sweep.ts';
import { notify, type Log } from '../notifications/public.ts';

export const SERVICE_OVERDUE_QUEUE = 'service-stage-overdue';

/**
 * What both service sweeps (stages here, 差评 rectifications in rating.jobs.ts) do with what they claimed: an
 * event on each application's record, and a notice to the unit and to the window that took it (once if the same).
 */
export async function overdueRecorded(
  tx: Tx,
  rows: {
    id: string;
    application_id: string;
    district_code: string;
    unit_id: string;
    due_at: Date;
    title: string;
    tracking_code: string;
    window_unit_id: string;
  }[],
  now: Date,
  event: 'stage_overdue' | 'rectification_overdue',
  kind: 'service_stage_overdue' | 'service_rectification_overdue',
): Promise<void> {
  await tx
    .insertInto('service_event')
    .values(
      rows.map((r) => ({
        application_id: r.application_id,
        district_code: r.district_code,
        ...(event === 'stage_overdue' ? { stage_id: r.id } : {}),
        kind: event,
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
        { unitId: r.unit_id, kind, params },
        ...(r.window_unit_id !== r.unit_id ? [{ unitId: r.window_unit_id, kind, params }] : []),
      ];
    }),
  );
}

/**
 * Supervision of parallel handling: every stage past its due and still open notifies its department once (and the
 * window that took the application), and the application's record shows it. A stage is claimed by setting
 * `overdue_notified_at` in the transaction that writes the notifications; rows another sweep holds are skipped.
 * Answers how many stages were notified.
 */
export async function notifyOverdueStages(db: Db, now = new Date(), limit = 500): Promise<number> {
  return claimOverdue(db, now, {
    table: 'service_stage',
    alias: 's',
    deadline: 'due_at',
    mark: 'overdue_notified_at',
    limit,
    from: (tx: Tx) =>
      tx
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
        .where('s.status', 'in', ['pending', 'accepted', 'more_requested'])
        .where('a.status', '=', 'handling'),
    act: (tx, rows) => overdueRecorded(tx, rows, now, 'stage_overdue', 'service_stage_overdue'),
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
