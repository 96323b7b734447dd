import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import { startSweep } from '../../lib/sweep.ts';
import { loadCalendar } from '../calendar/calendar.service.ts';
import { notify, type Log, type NewNotification } from '../notifications/public.ts';
import { overdueEntries } from './disclosure.service.ts';

/** One queue, a cron entry every minute (whichever process takes it) plus a run at start-up. */
export const DISCLOSURE_OVERDUE_QUEUE = 'disclosure-overdue';

/**
 * Tells the community and its street about every catalogue entry whose publication is overdue (domain
 * `nextDisclosure` says 'overdue') — once per missed due date: the (entry, due key) pair is claimed by inserting it
 * into disclosure_overdue_alert in the transaction that writes the notifications, and a pair another sweep claimed
 * first is skipped (ON CONFLICT DO NOTHING), so two processes sweeping at once notify each missed date once.
 * Answers how many missed dates were notified.
 */
export async function notifyOverdueDisclosures(db: Db, now = new Date()): Promise<number> {
  const cal = await loadCalendar(db);
  const overdue = await overdueEntries(db, now, cal);
  let notified = 0;
  for (const e of overdue) {
    await db.transaction().execute(async (tx) => {
      const claimed = await tx
        .insertInto('disclosure_overdue_alert')
        .values({
          entry_id: e.id,
          district_code: e.districtCode,
          due_key: e.dueKey,
          due_at: e.dueAt,
          notified_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('entry_id')
        .executeTakeFirst();
      if (!claimed) return;
      notified += 1;
      const params = {
        community: e.communityName,
        title: e.title,
        what: e.periodKey ?? e.eventTitle ?? '',
        due: e.dueAt.toISOString(),
      };
      const out: NewNotification[] = [];
      if (e.communityUnit) out.push({ unitId: e.communityUnit, kind: 'disclosure_overdue', params });
      if (e.streetUnit) out.push({ unitId: e.streetUnit, kind: 'disclosure_overdue', params });
      await notify(tx, out);
    });
  }
  return notified;
}

export function startDisclosureOverdue(boss: PgBoss, opts: { db: Db; log: Log }) {
  // Not drained: one pass already covers every overdue entry (each claim is its own small transaction).
  return startSweep(boss, {
    queue: DISCLOSURE_OVERDUE_QUEUE,
    cron: '* * * * *',
    log: opts.log,
    message: 'overdue disclosures notified',
    sweep: () => notifyOverdueDisclosures(opts.db),
  });
}
