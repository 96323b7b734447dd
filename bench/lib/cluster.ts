// The throw-away PostgreSQL every large bench runs on: an embedded cluster in a temp directory, tuned for bulk
// loads and large index builds, migrated, with the demo's regions, units and categories. One copy for
// bench:city and bench:ranking.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Db } from '../../apps/server/src/db/database.ts';
import { startEmbeddedPostgres } from '../../apps/server/src/db/embedded.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { buildDemoData } from '../../apps/server/src/demo/demo-data.ts';
import { loadDemoData } from '../../apps/server/src/demo/seed.ts';
import { PiiCipher } from '../../apps/server/src/lib/pii.ts';

/** The key every bench encrypts and blind-indexes phones with (never a real key). */
export const benchPii = new PiiCipher(Buffer.alloc(32, 7));

/** Server settings for a bench: memory for a large database on this machine, no checkpoints mid-load. */
export const BENCH_SETTINGS = [
  "shared_buffers = '2GB'",
  "maintenance_work_mem = '1GB'",
  "max_wal_size = '16GB'",
  "checkpoint_timeout = '30min'",
  "effective_cache_size = '12GB'",
];

export interface BenchCluster {
  url: string;
  /** the owner's database handle (no application role) */
  db: Db;
  /** a plain client of the owner, for bulk statements */
  client: () => Promise<pg.Client>;
}

/**
 * Runs `f` on a fresh cluster (`prefix` names its temp directory), stopped and deleted afterwards unless `keep`.
 * `resume`: the directory of a cluster an earlier run kept (`--keep`): started as it is, migrated to the latest
 * schema (the time printed), never deleted; `resumed` tells `f` to skip what that run already did.
 */
export async function withBenchCluster<T>(
  prefix: string,
  opts: { keep: boolean; settings?: readonly string[]; pool?: number; resume?: string },
  f: (c: BenchCluster & { resumed: boolean }) => Promise<T>,
): Promise<T> {
  const resumed = Boolean(opts.resume);
  const dir = opts.resume ?? fs.mkdtempSync(path.join(os.tmpdir(), `onegrid-${prefix}-`));
  const pgDir = path.join(dir, 'pg');
  if (resumed && !fs.existsSync(path.join(pgDir, 'PG_VERSION')))
    throw new Error(`--resume ${dir}: no kept cluster there (expected ${pgDir})`);
  if (!resumed) fs.chmodSync(dir, 0o755);
  let server = await startEmbeddedPostgres({ dir: pgDir, database: 'onegrid' });
  let db: Db | undefined;
  try {
    if (!resumed) {
      const tune = new pg.Client({ connectionString: server.url('onegrid') });
      await tune.connect();
      for (const s of opts.settings ?? BENCH_SETTINGS) await tune.query(`ALTER SYSTEM SET ${s}`);
      await tune.end();
      await server.stop();
      server = await startEmbeddedPostgres({ dir: pgDir, database: 'onegrid' });
    }
    const url = server.url('onegrid');
    db = createDb({ connectionString: url, max: opts.pool ?? 4, appRole: false }).db;
    const t0 = Date.now();
    await migrateToLatest(db);
    if (resumed)
      console.log(
        `  resumed ${dir}: migrated to the latest schema in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    else await loadDemoData(db, benchPii, buildDemoData());
    const client = async () => {
      const c = new pg.Client({ connectionString: url });
      c.on('error', () => {}); // a stop at the end ends it; the query's own error is what is reported
      await c.connect();
      return c;
    };
    return await f({ url, db, client, resumed });
  } finally {
    await db?.destroy().catch(() => {});
    await server.stop();
    if (!opts.keep && !resumed) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * Runs jobs on `workers` connections at once (one PostgreSQL backend, so one core, each), in order of the list;
 * every connection first runs `setup`. Resolves when all are done; the first error rejects.
 */
export async function onConnections<J>(
  connect: () => Promise<pg.Client>,
  workers: number,
  setup: string,
  jobs: readonly J[],
  run: (c: pg.Client, job: J) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, jobs.length) }, async () => {
      const c = await connect();
      try {
        if (setup) await c.query(setup);
        while (next < jobs.length) await run(c, jobs[next++]!);
      } finally {
        await c.end();
      }
    }),
  );
}

export interface IndexDef {
  name: string;
  table: string;
  def: string;
  partitioned: boolean;
}

/**
 * The secondary indexes of `tables` (not those behind a constraint, nor those a foreign key refers to — the
 * single-column `<table>_id_key` targets of references across districts, 20261214_0102), as pg_indexes gives them.
 */
export async function secondaryIndexes(c: pg.ClientBase, tables: readonly string[]): Promise<IndexDef[]> {
  const { rows } = await c.query<IndexDef>(
    `SELECT i.indexname AS name, i.tablename AS table, i.indexdef AS def,
            (t.relkind = 'p') AS partitioned
       FROM pg_indexes i JOIN pg_class t ON t.relname = i.tablename AND t.relnamespace = 'public'::regnamespace
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname
                          OR c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [tables],
  );
  return rows;
}

/**
 * Builds indexes dropped before a bulk load on `workers` connections at once. A partitioned table's index is made
 * the way a live system builds one too: the parent's index ON ONLY (invalid, empty), each partition's index built
 * on its own — so two partitions build at once, one per core (PostgreSQL 17 builds GIN indexes single-threaded) —
 * and attached; the parent's index is valid once every partition's is attached. Largest jobs first.
 */
export async function buildIndexes(
  connect: () => Promise<pg.Client>,
  indexes: readonly IndexDef[],
  opts: { workers: number; setup: string; log: (line: string) => void; extra?: readonly string[] },
): Promise<void> {
  const admin = await connect();
  const jobs: { label: string; sql: string; weight: number }[] = [];
  try {
    for (const ix of indexes) {
      if (!ix.partitioned) {
        const { rows } = await admin.query<{ bytes: string }>(
          `SELECT pg_relation_size($1::regclass) AS bytes`,
          [`"${ix.table}"`],
        );
        jobs.push({ label: ix.name, sql: ix.def, weight: Number(rows[0]!.bytes) });
        continue;
      }
      await admin.query(ix.def.includes(' ON ONLY ') ? ix.def : ix.def.replace(/ ON /, ' ON ONLY '));
      const { rows: parts } = await admin.query<{ part: string; bytes: string }>(
        `SELECT c.relname AS part, pg_total_relation_size(c.oid) AS bytes
           FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid
          WHERE h.inhparent = $1::regclass ORDER BY c.relname`,
        [`"${ix.table}"`],
      );
      for (const p of parts) {
        const name = `${p.part}_${ix.name}`.slice(0, 63);
        const def = ix.def
          .replace(/^CREATE (UNIQUE )?INDEX \S+ ON (ONLY )?\S+/, `CREATE $1INDEX "${name}" ON "${p.part}"`)
          .replace(/ ON ONLY /, ' ON ');
        jobs.push({
          label: `${ix.name} on ${p.part}`,
          sql: `${def}; ALTER INDEX "${ix.name}" ATTACH PARTITION "${name}"`,
          weight: Number(p.bytes),
        });
      }
    }
  } finally {
    await admin.end();
  }
  for (const e of opts.extra ?? []) jobs.push({ label: e, sql: e, weight: 0 });
  jobs.sort((a, b) => b.weight - a.weight);
  const byIndex = new Map<string, number>();
  await onConnections(connect, opts.workers, opts.setup, jobs, async (c, job) => {
    const t0 = process.hrtime.bigint();
    await c.query(job.sql);
    const s = ms(t0) / 1000;
    const key = job.label.split(' on ')[0]!;
    byIndex.set(key, (byIndex.get(key) ?? 0) + s);
    if (s >= 5) opts.log(`    ${job.label}: ${s.toFixed(1)} s`);
  });
  for (const [k, s] of byIndex) opts.log(`  index ${k}: ${s.toFixed(1)} s of build time`);
}
