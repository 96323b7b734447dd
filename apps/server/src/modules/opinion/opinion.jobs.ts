import type { PgBoss } from 'pg-boss';
import { alertClock, RESPONSE_HOURS } from '@onegrid/domain';
import type { Db, Tx } from '../../db/database.ts';
import { claimOverdue, startSweep } from '../../lib/sweep.ts';
import { notify, type Log, type NewNotification } from '../notifications/public.ts';
import { districtCentre } from './opinion.service.ts';

/** One queue, a cron entry every minute (whichever process takes it) plus a run at start-up. */
export const OPINION_OVERDUE_QUEUE = 'opinion-alert-overdue';

/**
 * Tells the district (its dispatch centre: the dispatchers, supervisors, leads and administrators who answer 舆情)
 * about every alert whose response clock (24 h 重特大 / 48 h, 国办发〔2016〕61号) ran out unanswered — domain
 * `alertClock` says 'overdue' — once: the alert is claimed by setting `overdue_notified_at` in the transaction that
 * writes the notification, and rows another sweep holds are skipped (SKIP LOCKED), so two processes sweeping at
 * once notify each alert once. Answers how many alerts were notified.
 */
export async function notifyOverdueAlerts(db: Db, now = new Date(), limit = 200): Promise<number> {
  return claimOverdue(db, now, {
    table: 'opinion_alert',
    alias: 'a',
    deadline: 'due_at',
    mark: 'overdue_notified_at',
    limit,
    from: (tx: Tx) =>
      tx
        .selectFrom('opinion_alert as a')
        .innerJoin('opinion_item as i', 'i.id', 'a.item_id')
        .select(['a.id', 'a.level', 'a.due_at', 'a.responded_at', 'a.region_path', 'a.heat', 'i.title'])
        .where('a.responded_at', 'is', null),
    isDue: (r) => alertClock({ dueAt: r.due_at, respondedAt: r.responded_at }, now) === 'overdue',
    act: async (tx, due) => {
      const out: NewNotification[] = [];
      for (const r of due) {
        const centre = await districtCentre(tx, r.region_path);
        if (centre)
          out.push({
            unitId: centre,
            kind: 'opinion_overdue',
            params: {
              title: r.title,
              heat: r.heat,
              due: r.due_at.toISOString(),
              hours: RESPONSE_HOURS[r.level],
            },
          });
      }
      await notify(tx, out);
    },
  });
}

export function startOpinionOverdue(boss: PgBoss, opts: { db: Db; log: Log }) {
  return startSweep(boss, {
    queue: OPINION_OVERDUE_QUEUE,
    cron: '* * * * *',
    log: opts.log,
    message: 'overdue 舆情 alerts notified',
    sweep: () => notifyOverdueAlerts(opts.db),
    drain: true,
  });
}
