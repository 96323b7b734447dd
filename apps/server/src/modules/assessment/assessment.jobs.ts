import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { foldAssessment, type FoldOptions } from './assessment.fold.ts';

/** One queue; a cron entry (pg-boss sends it once a minute, whichever process) plus a run at start-up. */
export const FOLD_QUEUE = 'assessment-fold';

export interface AssessmentFoldWorker {
  stop(): Promise<void>;
}

/**
 * Starts folding case events into the assessment aggregates in this process. pg-boss (started by startTimers) hands
 * each job to one worker; the fold itself claims its watermark with SKIP LOCKED, so a second process running it at
 * the same moment does nothing. Each run is batch-limited; what is left waits for the next minute.
 */
export async function startAssessmentFold(
  boss: PgBoss,
  opts: { db: Db; log: Log; fold?: FoldOptions },
): Promise<AssessmentFoldWorker> {
  // stately: at most one job queued and one running, however many processes send.
  await boss.createQueue(FOLD_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 600 });
  await boss.schedule(FOLD_QUEUE, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(FOLD_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const result = await foldAssessment(opts.db, { maxBatches: 40, ...opts.fold });
    if (result.events > 0) opts.log.info({ ...result }, 'assessment aggregates folded');
    return result;
  });
  await boss.send(FOLD_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(FOLD_QUEUE, { id: workId, wait: true });
    },
  };
}
