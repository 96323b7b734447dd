/**
 * Liveness, readiness and the figures Prometheus scrapes (issue 14, operating it). Liveness says the process
 * answers; readiness says it can serve: the database answers, every migration this build knows has run (an
 * operator migrates before switching servers: README), the job queue's schema is in place, and a read replica, when
 * there is one, is not too far behind. A load balancer sends traffic only to ready processes.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ReadRouter } from '../../db/read-replica.ts';
import { knownMigrations } from '../../db/migrate.ts';
import { queueDepth, registry, slotRetained, timerLag } from '../../lib/metrics.ts';
import { DEFAULT_SLOT_WARN_BYTES, replicationSlots, slotWarnings, type SlotWarning } from './slots.ts';

export type Check = 'ok' | 'unavailable' | 'pending' | 'none';

/** Why a process is not ready, one code per failed check, for the operator reading the answer. */
export type NotReadyReason =
  | 'database_unavailable'
  | 'migrations_unavailable'
  | 'migrations_pending'
  | 'job_queue_missing'
  | 'job_queue_no_grant';

export interface Readiness {
  ready: boolean;
  database: Check;
  migrations: Check;
  pendingMigrations: string[];
  jobQueue: Check;
  replica: Check;
  replicaLagSeconds: number | null;
  /** 'warning' when a replication slot is inactive or keeps too much WAL (slots.ts): not a failure. */
  replicationSlots: 'ok' | 'warning' | 'none' | 'unavailable';
  slotWarnings: SlotWarning[];
  /** empty when ready */
  reasons: NotReadyReason[];
}

/**
 * pg-boss's job table exists ('job_queue_missing' otherwise) and this connection's role may use its schema and
 * write jobs ('job_queue_no_grant' otherwise: granted when pg-boss starts, see timers.pgboss.ts). Read from the
 * catalogue, so that a missing grant answers a reason rather than an error.
 */
async function jobQueueProblem(db: Db): Promise<NotReadyReason | null> {
  const r = await sql<{ present: boolean; granted: boolean }>`
    SELECT EXISTS (
             SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'pgboss' AND c.relname = 'job') AS present,
           has_schema_privilege('pgboss', 'USAGE') AS granted`.execute(db);
  const row = r.rows[0];
  if (!row?.present) return 'job_queue_missing';
  if (!row.granted) return 'job_queue_no_grant';
  const t = await sql<{ ok: boolean }>`
    SELECT has_table_privilege('pgboss.job', 'SELECT, INSERT') AS ok`.execute(db);
  return t.rows[0]?.ok === true ? null : 'job_queue_no_grant';
}

/**
 * The replica does not decide readiness: without it (or too far behind) dashboards and rankings read the primary.
 * It is reported ('ok' with its lag, 'unavailable' when it does not answer, 'none') for the operator.
 */
/** The slots' gauge set from what was read; their warnings. */
async function checkSlots(
  db: Db,
  warnBytes: number,
): Promise<Pick<Readiness, 'replicationSlots' | 'slotWarnings'>> {
  try {
    const slots = await replicationSlots(db);
    slotRetained.reset();
    for (const s of slots)
      if (s.retainedBytes !== null)
        slotRetained.set({ slot: s.slot, active: String(s.active) }, s.retainedBytes);
    const warnings = slotWarnings(slots, warnBytes);
    return {
      replicationSlots: slots.length === 0 ? 'none' : warnings.length > 0 ? 'warning' : 'ok',
      slotWarnings: warnings,
    };
  } catch {
    return { replicationSlots: 'unavailable', slotWarnings: [] };
  }
}

export async function readiness(
  db: Db,
  read?: ReadRouter,
  slotWarnBytes = DEFAULT_SLOT_WARN_BYTES,
): Promise<Readiness> {
  const out: Readiness = {
    ready: false,
    database: 'unavailable',
    migrations: 'unavailable',
    pendingMigrations: [],
    jobQueue: 'unavailable',
    replica: 'none',
    replicaLagSeconds: null,
    replicationSlots: 'unavailable',
    slotWarnings: [],
    reasons: [],
  };
  try {
    await sql`SELECT 1`.execute(db);
    out.database = 'ok';
  } catch {
    out.reasons.push('database_unavailable');
    return out;
  }
  try {
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    const done = new Set(applied.rows.map((r) => r.name));
    out.pendingMigrations = knownMigrations().filter((m) => !done.has(m));
    out.migrations = out.pendingMigrations.length === 0 ? 'ok' : 'pending';
    if (out.migrations === 'pending') out.reasons.push('migrations_pending');
  } catch {
    out.migrations = 'unavailable';
    out.reasons.push('migrations_unavailable');
  }
  const queue = await jobQueueProblem(db);
  out.jobQueue = queue ? 'unavailable' : 'ok';
  if (queue) out.reasons.push(queue);
  if (read) {
    const r = await read.status();
    out.replica = r.replica;
    out.replicaLagSeconds = r.lagSeconds;
  }
  Object.assign(out, await checkSlots(db, slotWarnBytes));
  // slots warn, they do not decide readiness: the primary serves whatever a standby does
  out.ready = out.migrations === 'ok' && out.jobQueue === 'ok';
  return out;
}

/** Reads the queue's depth and the timers' lag into their gauges, then the whole registry as Prometheus text. */
export async function scrape(
  db: Db,
  read?: ReadRouter,
  slotWarnBytes = DEFAULT_SLOT_WARN_BYTES,
): Promise<{ contentType: string; body: string }> {
  await read?.status(); // the replica lag gauge
  await checkSlots(db, slotWarnBytes); // the slots' retained-bytes gauge
  queueDepth.reset();
  timerLag.set(0);
  if ((await jobQueueProblem(db)) === null) {
    const rows = await sql<{ name: string; due: boolean; n: number; lag: number | null }>`
      SELECT name, start_after <= now() AS due, count(*)::int AS n,
             extract(epoch FROM now() - min(start_after))::float8 AS lag
      FROM pgboss.job WHERE state IN ('created', 'retry')
      GROUP BY name, start_after <= now()`.execute(db);
    let lag = 0;
    for (const r of rows.rows) {
      queueDepth.set({ queue: r.name, due: r.due ? 'now' : 'later' }, r.n);
      if (r.due && r.lag !== null) lag = Math.max(lag, r.lag);
    }
    timerLag.set(lag);
  }
  return { contentType: registry.contentType, body: await registry.metrics() };
}
