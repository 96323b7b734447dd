import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { eraseExpiredContacts } from './privacy.service.ts';

/** One queue, a daily cron entry (03:30 Beijing, whichever process) plus a run at start-up. */
export const CONTACT_RETENTION_QUEUE = 'contact-retention';

export interface ContactRetentionWorker {
  stop(): Promise<void>;
}

/**
 * Erases the contact data of cases finished longer ago than the retention (PIPL: kept no longer than needed).
 * The erasure locks its rows with SKIP LOCKED and is batch-limited, so two processes never erase the same case
 * twice and what is left waits for the next run.
 */
export async function startContactRetention(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<ContactRetentionWorker> {
  await boss.createQueue(CONTACT_RETENTION_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 900 });
  await boss.schedule(CONTACT_RETENTION_QUEUE, '30 3 * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(CONTACT_RETENTION_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const erased = await eraseExpiredContacts(opts.db);
    if (erased > 0) opts.log.info({ erased }, 'contact data past retention erased');
    return { erased };
  });
  await boss.send(CONTACT_RETENTION_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(CONTACT_RETENTION_QUEUE, { id: workId, wait: true });
    },
  };
}
