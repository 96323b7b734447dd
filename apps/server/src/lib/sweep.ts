import { sql, type SelectQueryBuilder } from 'kysely';
import type { PgBoss } from 'pg-boss';
import type { Db, Tx } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** The tables whose rows a sweep claims by setting its "already alerted" mark once. */
export type OverdueTable = 'service_stage' | 'service_rectification' | 'opinion_alert' | 'field_task';

/** A column of a swept table, by name (checked against the schema). */
type ColumnOf<T extends OverdueTable> = keyof Database[T] & string;

/** What an overdue sweep states: only what differs between sweeps; the shape of the query is `claimOverdue`'s. */
export interface OverdueSweep<
  T extends OverdueTable,
  DB,
  TB extends keyof DB & string,
  R extends { id: string },
> {
  /** the table whose rows are claimed */
  table: T;
  /** its alias in `from` */
  alias: NoInfer<TB>;
  /** the deadline column: rows with it before `now` are candidates, oldest first */
  deadline: ColumnOf<T>;
  /** the "already alerted" mark: rows with it NULL are candidates, claimed rows get `now` */
  mark: ColumnOf<T>;
  /** the batch size: at most this many rows a pass */
  limit: number;
  /**
   * The sweep's own query, unordered and unlimited: the swept table under `alias`, its joins, the columns `act`
   * needs (with the row `id`), and what "still open" means for this table. Annotate `tx: Tx`: the row type is then
   * inferred from the query before `isDue` and `act` are checked.
   */
  from: (tx: Tx) => SelectQueryBuilder<DB, TB, R>;
  /** the domain rule's last word on each candidate (omit when the query says it all) */
  isDue?: (row: R) => boolean;
  /** what the sweep writes about the claimed rows (notifications, events), in the claiming transaction */
  act: (tx: Tx, due: R[]) => Promise<void>;
}

/**
 * One pass of a claim-once overdue sweep, in one transaction: the sweep's `from` query narrowed to rows not yet
 * marked and past their deadline, oldest first, at most `limit`, locked `FOR UPDATE SKIP LOCKED` (two processes
 * sweeping at once never take the same row); `isDue` keeps those the domain rule calls overdue; the kept rows are
 * claimed by setting the mark to `now`, and `act` writes what the sweep does about them in the same transaction.
 * Answers how many were claimed.
 */
export async function claimOverdue<
  T extends OverdueTable,
  DB,
  TB extends keyof DB & string,
  R extends { id: string },
>(db: Db, now: Date, spec: OverdueSweep<T, DB, TB, R>): Promise<number> {
  const ref = (column: string) => sql.ref(`${spec.alias}.${column}`);
  return db.transaction().execute(async (tx) => {
    const rows = await spec
      .from(tx)
      .where(sql<boolean>`${ref(spec.mark)} IS NULL`)
      .where(sql<boolean>`${ref(spec.deadline)} < ${now}`)
      .orderBy(sql`${ref(spec.deadline)}`)
      .limit(spec.limit)
      .forUpdate(spec.alias)
      .skipLocked()
      .execute();
    const due = spec.isDue ? rows.filter(spec.isDue) : rows;
    if (due.length === 0) return 0;
    await sql`UPDATE ${sql.table(spec.table)} SET ${sql.ref(spec.mark)} = ${now}
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
