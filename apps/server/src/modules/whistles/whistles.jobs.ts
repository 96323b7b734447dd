import type { JobResult, PgBoss } from 'pg-boss';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { bossDbOf } from '../../db/boss-db.ts';
import { fireWhistleDeadline, type DeadlineOutcome } from './whistles.deadline.ts';
import { uncheckedDeadlines } from './whistles.repository.ts';

/** One job per whistle, at its report-in deadline. */
export const WHISTLE_QUEUE = 'whistle-deadline';

export const WhistleJobData = z.object({
  whistleId: z.uuid(),
  dueAt: z.iso.datetime({ offset: true }),
});
export type WhistleJobData = z.infer<typeof WhistleJobData>;

/** Deterministic: scheduling the same deadline twice (a retry, a re-arm at start) is one job. */
export function whistleJobKey(whistleId: string): string {
  return `whistle:${whistleId}:deadline`;
}

/** Schedules a whistle's deadline job in the caller's transaction (it exists exactly when the whistle does). */
export interface WhistleScheduler {
  schedule(tx: DbOrTx, whistle: { id: string; dueAt: Date }): Promise<void>;
}

/** Without the job queue (demo loader, tests without timers): nothing fires. */
export const noWhistleTimers: WhistleScheduler = {
  async schedule() {},
};

export function createPgBossWhistleTimers(boss: PgBoss): WhistleScheduler {
  return {
    async schedule(tx, w) {
      const data: WhistleJobData = { whistleId: w.id, dueAt: w.dueAt.toISOString() };
      await boss.insert(WHISTLE_QUEUE, [{ data, startAfter: w.dueAt, singletonKey: whistleJobKey(w.id) }], {
        db: bossDbOf(tx),
      });
    },
  };
}

/** Creates the queue (idempotent; several processes may do it at once). */
export async function createWhistleQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(WHISTLE_QUEUE, {
    policy: 'exclusive',
    retryLimit: 20,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 300,
    expireInSeconds: 120,
    deleteAfterSeconds: 7 * 24 * 3600,
  });
}

export interface WhistleWorkerOptions {
  db: Db;
  log: Log;
  pollingIntervalSeconds?: number;
  onHandled?: (job: WhistleJobData, outcome: DeadlineOutcome) => void;
}

/**
 * Works the deadline queue: pg-boss claims with SKIP LOCKED, so several processes share it; the handler locks
 * the whistle and does nothing if its deadline was already checked, so a redelivered job changes nothing.
 */
export async function startWhistleWorker(
  boss: PgBoss,
  opts: WhistleWorkerOptions,
): Promise<{ stop(): Promise<void> }> {
  const workId = await boss.work<unknown>(
    WHISTLE_QUEUE,
    { batchSize: 10, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, perJobResults: true },
    async (jobs): Promise<JobResult[]> => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        const parsed = WhistleJobData.safeParse(job.data);
        if (!parsed.success) {
          opts.log.error({ jobId: job.id, data: job.data }, 'malformed whistle job');
          results.push({ id: job.id, status: 'deadletter', output: { error: 'malformed' } });
          continue;
        }
        try {
          const outcome = await fireWhistleDeadline(opts.db, parsed.data.whistleId);
          results.push({ id: job.id, status: 'completed', output: { outcome } });
          opts.onHandled?.(parsed.data, outcome);
        } catch (err) {
          opts.log.error({ err, jobId: job.id }, 'whistle deadline job failed');
          results.push({ id: job.id, status: 'failed', output: { error: String(err) } });
        }
      }
      return results;
    },
  );
  return {
    async stop() {
      await boss.offWork(WHISTLE_QUEUE, { id: workId, wait: true });
    },
  };
}

/**
 * Re-arms the deadline job of every whistle whose deadline was never checked (whistles written without the queue,
 * e.g. the demo data). Harmless when the job exists: the key makes it one job, and the handler is idempotent.
 */
export async function rearmWhistleDeadlines(db: Db, scheduler: WhistleScheduler): Promise<number> {
  const rows = await uncheckedDeadlines(db);
  for (const r of rows) await scheduler.schedule(db, { id: r.id, dueAt: new Date(r.report_due_at) });
  return rows.length;
}
