import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { maintainPartitions } from './partitions.service.ts';

/** One queue: a daily cron entry (03:17 Beijing, whichever process) plus a run at start-up. */
export const PARTITIONS_QUEUE = 'case-partitions';

/**
 * Keeps the monthly partitions of "case" and case_event made `monthsAhead` months ahead and empties the DEFAULT
 * partitions into their months (partitions.service maintainPartitions). Idempotent and safe on several servers:
 * pg-boss hands each run to one process ('stately'), and the database functions serialise on an advisory lock.
 */
export async function startCasePartitions(
  boss: PgBoss,
  opts: { db: Db; log: Log; monthsAhead: number },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(PARTITIONS_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 900 });
  await boss.schedule(PARTITIONS_QUEUE, '17 3 * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(PARTITIONS_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const run = await maintainPartitions(opts.db, new Date(), opts.monthsAhead);
    if (run.created.length > 0 || run.swept.length > 0) opts.log.info(run, 'case partitions made');
    return run;
  });
  await boss.send(PARTITIONS_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(PARTITIONS_QUEUE, { id: workId, wait: true });
    },
  };
}
