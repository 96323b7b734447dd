import path from 'node:path';
import type { PgBoss } from 'pg-boss';
import { pruneBackups, takeBaseBackup } from './physical.ts';

/** The embedded database's base backup: a cron entry (Asia/Shanghai), then the retention. */
export const BASE_BACKUP_QUEUE = 'base-backup';

export interface BackupPaths {
  /** The running cluster's data directory (DATA_DIR/pg). */
  clusterDir: string;
  backupsDir: string;
  archiveDir: string;
}

/** Where the embedded database of DATA_DIR keeps its physical backups. */
export function backupPaths(dataDir: string): BackupPaths {
  return {
    clusterDir: path.join(dataDir, 'pg'),
    backupsDir: path.join(dataDir, 'base-backups'),
    archiveDir: path.join(dataDir, 'wal-archive'),
  };
}

/**
 * Only the process that runs the embedded cluster can copy its directory: it alone works this queue (several
 * servers on one database take no backup of their own), and pg-boss's cron fires each slot once ('stately': a
 * run waits for the one before). A failed backup is retried, and logged as an error.
 */
export async function startBaseBackups(
  boss: PgBoss,
  opts: BackupPaths & {
    ownerUrl: string;
    cron: string | null;
    keep: number;
    /** How often the worker looks for the job (a minute; tests shorten it). */
    pollingIntervalSeconds?: number;
    log: { info(o: object, m: string): void; error(o: object, m: string): void };
  },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(BASE_BACKUP_QUEUE, { policy: 'stately', retryLimit: 2, expireInSeconds: 6 * 3600 });
  if (opts.cron) await boss.schedule(BASE_BACKUP_QUEUE, opts.cron, {}, { tz: 'Asia/Shanghai' });
  else await boss.unschedule(BASE_BACKUP_QUEUE);
  const workId = await boss.work(
    BASE_BACKUP_QUEUE,
    { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 60 },
    async () => {
      try {
        const b = await takeBaseBackup(opts);
        const pruned = pruneBackups({ ...opts, keep: opts.keep });
        opts.log.info({ backup: b.id, bytes: b.bytes, stopLsn: b.stopLsn, ...pruned }, 'base backup taken');
        return { id: b.id };
      } catch (err) {
        opts.log.error({ err }, 'base backup failed');
        throw err;
      }
    },
  );
  return {
    async stop() {
      await boss.offWork(BASE_BACKUP_QUEUE, { id: workId, wait: true });
    },
  };
}
