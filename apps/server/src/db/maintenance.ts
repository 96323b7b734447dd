import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { createPgBoss } from '../modules/timers/timers.pgboss.ts';
import { createDb } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { passwordFiles, runningCluster, startEmbeddedPostgres } from './embedded.ts';

/**
 * The owner's connection string for a command-line task (audit:verify, backup, restore): DATABASE_URL, or the
 * embedded cluster of DATA_DIR — the running server's when it runs, else started for the task and stopped after.
 */
export async function withOwnerUrl<T>(
  config: Config,
  fn: (url: string, info: { embedded: boolean; running: boolean }) => Promise<T>,
): Promise<T> {
  if (config.databaseUrl) return fn(config.databaseUrl, { embedded: false, running: true });
  const dir = path.join(config.dataDir, 'pg');
  if (!fs.existsSync(path.join(dir, 'PG_VERSION')))
    throw new Error(`No database in ${dir}: start OneGrid once (npm start) or set DATABASE_URL.`);
  const live = runningCluster(dir);
  if (live) {
    const password = fs.readFileSync(passwordFiles(dir).superuser, 'utf8').trim();
    return fn(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${live.port}/onegrid`, {
      embedded: true,
      running: true,
    });
  }
  // archiving on, as when the server runs it: a start without it would leave a gap in the WAL archive
  const pg = await startEmbeddedPostgres({
    dir,
    database: 'onegrid',
    port: config.embeddedPgPort,
    archiveDir: path.join(config.dataDir, 'wal-archive'),
  });
  try {
    return await fn(pg.url('onegrid'), { embedded: true, running: false });
  } finally {
    await pg.stop();
  }
}

/** Recreates the schema for a restore: the migrations, and pg-boss's schema when the backup has one. */
export async function prepareSchema(ownerUrl: string, withPgBoss: boolean): Promise<string[]> {
  const { db } = createDb({ connectionString: ownerUrl, max: 1, appRole: false });
  try {
    await migrateToLatest(db);
    const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
    if (withPgBoss) {
      const boss = createPgBoss(ownerUrl, { max: 1 });
      await boss.start();
      await boss.stop({ graceful: false });
    }
    return rows.rows.map((r) => r.name);
  } finally {
    await db.destroy();
  }
}
