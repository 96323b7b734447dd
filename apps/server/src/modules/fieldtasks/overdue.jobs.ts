import type { PgBoss } from 'pg-boss';
import { taskOverdue } from '@onegrid/domain';
import type { Db, Tx } from '../../db/database.ts';
import { claimOverdue, startSweep } from '../../lib/sweep.ts';
import { notify, type Log, type NewNotification } from '../notifications/public.ts';

/** One queue, a cron entry every minute (whichever process takes it) plus a run at start-up. */
export const TASK_OVERDUE_QUEUE = 'field-task-overdue';

/**
 * Tells the worker and the issuer of every field task that passed its deadline still open (domain `taskOverdue`),
 * once: the task is claimed by setting `overdue_notified_at` in the transaction that writes the notifications, and
 * rows another sweep holds are skipped (SKIP LOCKED) — two processes sweeping at once notify each task once.
 * Answers how many tasks were notified.
 */
export async function notifyOverdueTasks(db: Db, now = new Date(), limit = 500): Promise<number> {
  return claimOverdue(db, now, {
    table: 'field_task',
    alias: 't',
    deadline: 'due_at',
    mark: 'overdue_notified_at',
    limit,
    from: (tx: Tx) =>
      tx
        .selectFrom('field_task as t')
        .innerJoin('app_user as w', 'w.id', 't.assigned_to')
        .select([
          't.id',
          't.title',
          't.status',
          't.due_at',
          't.assigned_to',
          't.assigned_by',
          'w.name as worker',
        ])
        .where('t.status', 'in', ['assigned', 'accepted']),
    isDue: (r) => taskOverdue({ status: r.status, dueAt: r.due_at }, now),
    act: (tx, due) =>
      notify(
        tx,
        due.flatMap((r): NewNotification[] => {
          const params = { taskTitle: r.title, due: r.due_at.toISOString(), name: r.worker };
          const toWorker = { userId: r.assigned_to, kind: 'field_task_overdue' as const, params };
          return r.assigned_by === r.assigned_to
            ? [toWorker]
            : [toWorker, { userId: r.assigned_by, kind: 'field_task_overdue_issuer' as const, params }];
        }),
      ),
  });
}

export function startTaskOverdue(boss: PgBoss, opts: { db: Db; log: Log }) {
  return startSweep(boss, {
    queue: TASK_OVERDUE_QUEUE,
    cron: '* * * * *',
    log: opts.log,
    message: 'overdue field tasks notified',
    sweep: () => notifyOverdueTasks(opts.db),
    drain: true,
  });
}
