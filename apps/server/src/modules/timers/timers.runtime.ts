import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import { DevOutbox, type Log, type Notifier } from '../notifications/public.ts';
import { startPgBoss } from './timers.pgboss.ts';
import { startTimerWorker, type TimerWorker, type TimerWorkerOptions } from './timers.worker.ts';
import { createWhistleQueue, startWhistleWorker, type WhistleWorkerOptions } from '../whistles/public.ts';

export interface StartTimersOptions {
  /** The application's database, for the timers' business writes. */
  db: Db;
  log: Log;
  /** Outbound notices (overdue, supervision): the context's notifier; default: the server log (DevOutbox). */
  notifier?: Notifier;
  /** false: schedule only, handle nothing in this process. */
  worker?: boolean | Pick<TimerWorkerOptions, 'batchSize' | 'pollingIntervalSeconds' | 'onHandled'>;
  /** The whistles' report-in deadline worker (runs with the timer worker). */
  whistleWorker?: Pick<WhistleWorkerOptions, 'pollingIntervalSeconds' | 'onHandled'>;
}

export interface RunningTimers {
  /** Stops the worker (letting running jobs finish) and pg-boss. */
  stop(): Promise<void>;
}

/** Starts pg-boss (from createPgBoss) and, by default, a worker for the timer queue: what a server process runs. */
export async function startTimers(boss: PgBoss, opts: StartTimersOptions): Promise<RunningTimers> {
  await startPgBoss(boss, opts.log);
  await createWhistleQueue(boss);
  let worker: TimerWorker | undefined;
  let whistles: { stop(): Promise<void> } | undefined;
  if (opts.worker !== false) {
    worker = await startTimerWorker(boss, {
      db: opts.db,
      log: opts.log,
      notifier: opts.notifier ?? new DevOutbox(opts.log),
      ...(typeof opts.worker === 'object' ? opts.worker : {}),
    });
    const polling = typeof opts.worker === 'object' ? opts.worker.pollingIntervalSeconds : undefined;
    whistles = await startWhistleWorker(boss, {
      db: opts.db,
      log: opts.log,
      ...(polling !== undefined ? { pollingIntervalSeconds: polling } : {}),
      ...opts.whistleWorker,
    });
  }
  return {
    async stop() {
      await worker?.stop();
      await whistles?.stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
