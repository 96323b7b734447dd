import { sql } from 'kysely';
import type { PgBoss } from 'pg-boss';
import type { Db, Tx } from '../db/database.ts';

/** The tables whose rows a sweep claims by setting `overdue_notified_at` once. */
export type OverdueTable = 'service_stage' | 'service_rectification' | 'opinion_alert' | 'field_task';

/**
 * One pass of a claim-once overdue sweep, in one transaction: `find` selects candidate rows (it must lock them
 * `FOR UPDATE SKIP LOCKED`, so two processes sweeping at once never take the same row), `isDue` keeps those the
 * domain rule calls overdue, the kept rows are claimed by setting `overdue_notified_at = now`, and `act` writes
 * what the sweep does about them (notifications, events) in the same transaction. Answers how many were claimed.
 */
export async function claimOverdue<R extends { id: string }>(
  db: Db,
  now: Date,
  spec: {
    table: OverdueTable;
    find: (tx: Tx) => Promise<R[]>;
    isDue?: (row: R) => boolean;
    act: (tx: Tx, due: R[]) => Promise<void>;
  },
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await spec.find(tx);
    const due = spec.isDue ? rows.filter(spec.isDue) : rows;
    if (due.length === 0) return 0;
    await sql`UPDATE ${sql.table(spec.table)} SET overdue_notified_at = ${now}
              WHERE id = ANY(${due.map((r) => r.id)})`.execute(tx);
    await spec.act(tx, due);
    return due.length;
  });
}

/** What a sweep logs through (a pino/Fastify logger fits). */
export interface SweepLog {
  info(obj: object, msg: string): void;
}

/**
 * Runs a sweep (overdue notices, retention purges) on a schedule: one pg-boss queue (stately: at most one run queued), a cron entry in Asia/Shanghai
 * that whichever process is free takes, and one run at start-up. With `drain` the sweep is called again while it
 * still finds rows (a batch-limited sweep catches up after downtime in one run). Logs `message` with the count
 * when it did something; `stop` waits for a run in progress.
 */
export async function startSweep(
  boss: PgBoss,
  opts: {
    queue: string;
    cron: string;
    log: SweepLog;
    message: string;
    sweep: () => Promise<number>;
    drain?: boolean;
    /** the name the count is logged and returned under (default `notified`) */
    field?: string;
    expireInSeconds?: number;
  },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(opts.queue, {
    policy: 'stately',
    retryLimit: 3,
    expireInSeconds: opts.expireInSeconds ?? 300,
  });
  await boss.schedule(opts.queue, opts.cron, {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(opts.queue, { pollingIntervalSeconds: 30 }, async () => {
    let count = 0;
    for (let n = await opts.sweep(); n > 0; n = opts.drain ? await opts.sweep() : 0) count += n;
    const result = { [opts.field ?? 'notified']: count };
    if (count > 0) opts.log.info(result, opts.message);
    return result;
  });
  await boss.send(opts.queue, {});
  return {
    async stop() {
      await boss.offWork(opts.queue, { id: workId, wait: true });
    },
  };
}
