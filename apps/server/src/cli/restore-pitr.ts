// npm run restore:pitr -- --to "2026-12-07 14:03" [--target-dir DIR] [--replace --yes]
// Point-in-time restore of the embedded database (db/physical.ts): the latest base backup before that time (Beijing
// time unless a zone is given) replayed from the WAL archive up to it, into a new directory, and promoted. The live
// database is never touched, unless --replace --yes (with OneGrid stopped): then the restored cluster becomes
// DATA_DIR/pg and the old one is kept beside it as pg.before-restore-<time>.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { passwordFiles, runningCluster, readSecret } from '../db/embedded.ts';
import { backupPaths } from '../db/physical.jobs.ts';
import { archivedWal, parseRestoreTarget, replicaDirOf, restorePointInTime } from '../db/physical.ts';

const { values } = parseArgs({
  options: {
    to: { type: 'string' },
    'target-dir': { type: 'string' },
    replace: { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
  },
});
if (!values.to) {
  console.error(
    'usage: npm run restore:pitr -- --to "2026-12-07 14:03" [--target-dir DIR] [--replace --yes]',
  );
  process.exit(2);
}
const config = loadConfig();
if (config.databaseUrl) {
  console.error('DATABASE_URL is set: point-in-time restore here is of the embedded database (DATA_DIR/pg).');
  process.exit(2);
}
if (values.replace && !values.yes) {
  console.error('--replace swaps the live database for the restored one: add --yes to mean it.');
  process.exit(2);
}
const to = parseRestoreTarget(values.to);
const paths = backupPaths(config.dataDir);
const beijing = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

// A running OneGrid: close its current WAL segment so the latest commits are in the archive too.
const live = runningCluster(paths.clusterDir);
if (live) {
  if (values.replace) {
    console.error('OneGrid is running on this DATA_DIR: stop it before --replace.');
    process.exit(2);
  }
  const password = readSecret(passwordFiles(paths.clusterDir).superuser);
  const c = new pg.Client({
    host: '127.0.0.1',
    port: live.port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await c.connect();
  try {
    const { rows } = await c.query<{ wal: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS wal');
    const wal = rows[0]!.wal;
    for (let i = 0; i < 600 && !archivedWal(paths.archiveDir, wal); i++)
      await new Promise((r) => setTimeout(r, 100));
  } finally {
    await c.end();
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const targetDir = path.resolve(values['target-dir'] ?? path.join(config.dataDir, `restore-${stamp}`, 'pg'));
console.log(`Restoring the embedded database to ${beijing(to)} (Asia/Shanghai) into ${targetDir} …`);
const r = await restorePointInTime({
  ...paths,
  to,
  targetDir,
  // stopped: the live cluster's last segment was never archived; read it from its pg_wal
  ...(live ? {} : { walFallbackDir: path.join(paths.clusterDir, 'pg_wal') }),
  log: (l) => process.stdout.write(`  ${l}`),
});
console.log(
  `\nRestored from base backup ${r.backup.id} (finished ${beijing(new Date(r.backup.finishedAt))}).\n` +
    `Last transaction replayed: ${r.lastReplayed ? beijing(r.lastReplayed) : 'none after the backup'}.`,
);
await r.db.stop();

if (values.replace) {
  const aside = `${paths.clusterDir}.before-restore-${stamp}`;
  fs.renameSync(paths.clusterDir, aside);
  // the role passwords of the restored cluster are the backup's: they go beside DATA_DIR/pg, the old ones aside
  const from = passwordFiles(targetDir);
  const into = passwordFiles(paths.clusterDir);
  for (const k of ['superuser', 'app', 'replication'] as const) {
    if (fs.existsSync(into[k])) fs.copyFileSync(into[k], `${aside}.${path.basename(into[k])}`);
    if (fs.existsSync(from[k])) fs.copyFileSync(from[k], into[k]);
  }
  fs.renameSync(targetDir, paths.clusterDir);
  if (!values['target-dir']) fs.rmSync(path.dirname(targetDir), { recursive: true, force: true }); // now empty
  // a replica of the old database follows another history now: set it aside, npm run replica makes a new one
  const replica = replicaDirOf(config.dataDir);
  if (fs.existsSync(replica))
    fs.renameSync(path.dirname(replica), `${path.dirname(replica)}.before-restore-${stamp}`);
  console.log(
    `The restored database is now ${paths.clusterDir}; the old one is kept as ${aside} (delete it when satisfied).\n` +
      'Start OneGrid (npm start), then take a base backup of the new timeline: npm run backup:base.',
  );
} else {
  console.log(
    `The live database is untouched. To look at the restored one: ` +
      `DATA_DIR=${path.dirname(targetDir)} ONEGRID_SECRET_FILE=${path.join(config.dataDir, 'secret.key')} DEMO=false npm start\n` +
      `(it is DATA_DIR/pg there only if --target-dir ends in /pg), or make it the live one: --replace --yes.`,
  );
}
