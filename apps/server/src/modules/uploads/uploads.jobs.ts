import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import { purgeCounters } from '../../lib/ratelimit.ts';
import type { Log } from '../notifications/public.ts';
import { purgeUnattachedUploads } from './uploads.service.ts';

/** One queue with a cron entry: pg-boss sends it every 10 minutes, to one process of however many. */
export const PURGE_QUEUE = 'upload-purge';

/**
 * Deletes photos nobody attached (abandoned report forms, or uploads sent only to fill the disk) and stale
 * rate-limit counters. Batch-limited (what is left waits for the next run) and idempotent: the deletes take rows
 * with SKIP LOCKED, so two processes running it at once share the work.
 */
export async function runUploadPurge(
  db: Db,
  maxBatches = 20,
): Promise<{ uploads: number; counters: number }> {
  let uploads = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await purgeUnattachedUploads(db, undefined, 200);
    uploads += n;
    if (n < 200) break;
  }
  return { uploads, counters: await purgeCounters(db) };
}

export async function startUploadPurge(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(PURGE_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 600 });
  await boss.schedule(PURGE_QUEUE, '*/10 * * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(PURGE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const result = await runUploadPurge(opts.db);
    if (result.uploads > 0) opts.log.info({ ...result }, 'unattached uploads purged');
    return result;
  });
  return {
    async stop() {
      await boss.offWork(PURGE_QUEUE, { id: workId, wait: true });
    },
  };
}
