import type { PgBoss } from 'pg-boss';
import { rectificationOverdue } from '@onegrid/domain';
import type { Db, Tx } from '../../db/database.ts';
import { claimOverdue, startSweep } from '../../lib/sweep.ts';
import type { Log } from '../notifications/public.ts';
import { overdueRecorded } from './services.jobs.ts';

export const RECTIFICATION_OVERDUE_QUEUE = 'service-rectification-overdue';

/**
 * Supervision of 差评 rectification: every rectification still open past its due (domain `rectificationOverdue`)
 * notifies its unit and the window that took the application, once — claimed by setting `overdue_notified_at` in
 * the transaction that writes the notifications; rows another sweep holds are skipped. Answers how many.
 */
export async function notifyOverdueRectifications(db: Db, now = new Date(), limit = 500): Promise<number> {
  return claimOverdue(db, now, {
    table: 'service_rectification',
    alias: 'r',
    deadline: 'due_at',
    mark: 'overdue_notified_at',
    limit,
    from: (tx: Tx) =>
      tx
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
        .where('r.state', '=', 'open'),
    isDue: (r) => rectificationOverdue({ state: r.state, dueAt: r.due_at }, now),
    act: (tx, due) => overdueRecorded(tx, due, now, 'rectification_overdue', 'service_rectification_overdue'),
  });
}

export function startRectificationOverdue(boss: PgBoss, opts: { db: Db; log: Log }) {
  return startSweep(boss, {
    queue: RECTIFICATION_OVERDUE_QUEUE,
    cron: '*/5 * * * *',
    log: opts.log,
    message: 'overdue service rectifications notified',
    sweep: () => notifyOverdueRectifications(opts.db),
    drain: true,
  });
}
