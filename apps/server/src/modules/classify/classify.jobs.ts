import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { correctionsDue, retrain, type TrainTrigger } from './classify.training.ts';

/** One queue: a nightly cron entry (02:30 Beijing) and a check every 10 minutes for piled-up corrections. */
export const CLASSIFY_RETRAIN_QUEUE = 'classify-retrain';

/** Corrections since the last training that trigger a retraining (CLASSIFY_RETRAIN_CORRECTIONS; 0: never). */
export function retrainAfterCorrections(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CLASSIFY_RETRAIN_CORRECTIONS ?? 50);
  return Number.isInteger(n) && n >= 0 ? n : 50;
}

/** Runs one job: nightly retrains always, the correction check only when enough piled up. */
export async function runRetrainJob(db: Db, reason: 'nightly' | 'check', after: number, log?: Log) {
  let trigger: TrainTrigger | null = reason === 'nightly' ? 'nightly' : null;
  if (!trigger && (await correctionsDue(db, after))) trigger = 'corrections';
  if (!trigger) return { trained: null };
  try {
    const info = await retrain(db, trigger);
    log?.info({ version: info.version, trigger, top1: info.metrics.top1 }, 'classifier retrained');
    return { trained: info.version };
  } catch (e) {
    // too little history is no failure: the keyword prior keeps serving
    if ((e as { code?: string }).code === 'CONFLICT') return { trained: null };
    throw e;
  }
}

export async function startClassifyRetrain(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<{ stop(): Promise<void> }> {
  const after = retrainAfterCorrections();
  await boss.createQueue(CLASSIFY_RETRAIN_QUEUE, { policy: 'stately', retryLimit: 2, expireInSeconds: 1800 });
  await boss.schedule(
    CLASSIFY_RETRAIN_QUEUE,
    '30 2 * * *',
    { reason: 'nightly' },
    { tz: 'Asia/Shanghai', key: 'nightly' },
  );
  await boss.schedule(
    CLASSIFY_RETRAIN_QUEUE,
    '*/10 * * * *',
    { reason: 'check' },
    { tz: 'Asia/Shanghai', key: 'check' },
  );
  const workId = await boss.work<{ reason?: 'nightly' | 'check' }>(
    CLASSIFY_RETRAIN_QUEUE,
    { pollingIntervalSeconds: 30 },
    async ([job]) =>
      runRetrainJob(opts.db, job?.data.reason === 'nightly' ? 'nightly' : 'check', after, opts.log),
  );
  return {
    async stop() {
      await boss.offWork(CLASSIFY_RETRAIN_QUEUE, { id: workId, wait: true });
    },
  };
}
