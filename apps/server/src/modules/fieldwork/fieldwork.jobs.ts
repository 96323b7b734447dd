import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { purgeTracks } from './patrols.service.ts';

/** One queue, a daily cron entry (03:45 Beijing, whichever process) plus a run at start-up. */
export const TRACK_PURGE_QUEUE = 'field-track-purge';

/** Deletes patrol track points past the deployment's retention (setting field_settings.trackKeepDays). */
export async function startTrackPurge(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(TRACK_PURGE_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 900 });
  await boss.schedule(TRACK_PURGE_QUEUE, '45 3 * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(TRACK_PURGE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const deleted = await purgeTracks(opts.db);
    if (deleted > 0) opts.log.info({ deleted }, 'patrol track points past retention deleted');
    return { deleted };
  });
  await boss.send(TRACK_PURGE_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(TRACK_PURGE_QUEUE, { id: workId, wait: true });
    },
  };
}
