import type { PgBoss } from 'pg-boss';
import type { Log } from '../notifications/public.ts';
import { computeHotspots, type HotspotsCtx } from './hotspots.service.ts';

/** One queue: an hourly cron entry (minute 7, Beijing, whichever process) plus a run at start-up. */
export const HOTSPOTS_QUEUE = 'hotspots-compute';

export async function startHotspots(
  boss: PgBoss,
  opts: { ctx: HotspotsCtx; log: Log },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(HOTSPOTS_QUEUE, { policy: 'stately', retryLimit: 2, expireInSeconds: 900 });
  await boss.schedule(HOTSPOTS_QUEUE, '7 * * * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(HOTSPOTS_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const run = await computeHotspots(opts.ctx);
    opts.log.info(run, 'hot issues clustered');
    return run;
  });
  await boss.send(HOTSPOTS_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(HOTSPOTS_QUEUE, { id: workId, wait: true });
    },
  };
}
