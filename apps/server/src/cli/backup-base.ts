// npm run backup:base — a physical base backup of the embedded database of DATA_DIR (db/physical.ts) into
// DATA_DIR/base-backups, then the retention (BASE_BACKUP_KEEP). The server takes one on its own every day
// (BASE_BACKUP_CRON); this is the same, now. The database is started for it when OneGrid is not running.
import { loadConfig } from '../config.ts';
import { withOwnerUrl } from '../db/maintenance.ts';
import { backupPaths } from '../db/physical.jobs.ts';
import { pruneBackups, takeBaseBackup } from '../db/physical.ts';

const config = loadConfig();
if (config.databaseUrl) {
  console.error(
    'DATABASE_URL is set: physical base backups here are of the embedded database. Back up an external PostgreSQL ' +
      'with its own tools (pg_basebackup and WAL archiving), or use npm run backup (logical, encrypted).',
  );
  process.exit(2);
}
const paths = backupPaths(config.dataDir);
const b = await withOwnerUrl(config, (url) => takeBaseBackup({ ...paths, ownerUrl: url }));
const pruned = pruneBackups({ ...paths, keep: config.baseBackupKeep });
console.log(
  `Base backup ${b.id}: ${b.files} files, ${(b.bytes / 1e6).toFixed(1)} MB, WAL ${b.startLsn} – ${b.stopLsn}\n` +
    `  in ${b.dir}\n  restorable to any moment after ${b.finishedAt} covered by ${paths.archiveDir}`,
);
if (pruned.removedBackups.length || pruned.removedWal)
  console.log(
    `Retention (${config.baseBackupKeep} kept): removed ${pruned.removedBackups.length} old backups and ${pruned.removedWal} WAL files.`,
  );
