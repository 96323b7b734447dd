import type { JobResult, PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log, Notifier } from '../notifications/public.ts';
import { TIMER_QUEUE, TimerJobData, jobChain } from './timers.pgboss.ts';
import { fireTimer, type TimerResult } from './timers.service.ts';

export interface TimerWorkerOptions {
  /** The application's database (role onegrid_app): the timer's changes are ordinary business writes. */
  db: Db;
  notifier: Notifier;
  log: Log;
  /** Jobs fetched per poll; each is handled in its own transaction. */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  /** Called after each handled job (tests and metrics). */
  onHandled?: (job: TimerJobData, result: TimerResult) => void;
}

export interface TimerWorker {
  stop(): Promise<void>;
}

/**
 * Works the timer queue. pg-boss claims jobs with SKIP LOCKED, so several processes share the queue without
 * taking the same job; a job redelivered after a crash finds its event written and does nothing. Each job is
 * settled on its own, so one failing job is retried without repeating the others of its batch.
 */
export async function startTimerWorker(boss: PgBoss, opts: TimerWorkerOptions): Promise<TimerWorker> {
  const chain = jobChain(boss);
  const workId = await boss.work<unknown>(
    TIMER_QUEUE,
    {
      batchSize: opts.batchSize ?? 20,
      pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
      // A full batch means more are due: fetch again at once instead of after the polling interval.
      burstWhenBatchFull: true,
      perJobResults: true,
    },
    async (jobs): Promise<JobResult[]> => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        const parsed = TimerJobData.safeParse(job.data);
        if (!parsed.success) {
          opts.log.error({ jobId: job.id, data: job.data }, 'malformed timer job');
          results.push({ id: job.id, status: 'deadletter', output: { error: 'malformed' } });
          continue;
        }
        try {
          const result = await fireTimer(opts.db, parsed.data, new Date(), chain);
          results.push({ id: job.id, status: 'completed', output: { outcome: result.outcome } });
          await sendOutbound(opts, result);
          opts.onHandled?.(parsed.data, result);
        } catch (err) {
          opts.log.error({ err, jobId: job.id, timer: parsed.data }, 'timer job failed');
          results.push({ id: job.id, status: 'failed', output: { error: String(err) } });
        }
      }
      return results;
    },
  );
  return {
    async stop() {
      await boss.offWork(TIMER_QUEUE, { id: workId, wait: true });
    },
  };
}

/** After commit; a notifier failure is logged and never repeats the timer (its event is already written). */
async function sendOutbound(opts: TimerWorkerOptions, result: TimerResult): Promise<void> {
  for (const { to, message } of result.outbound) {
    try {
      await opts.notifier.send(to, message);
    } catch (err) {
      opts.log.warn({ err, to: to.unitId, kind: message.kind }, 'outbound notice failed');
    }
  }
}
