import { sql } from 'kysely';
import { PgBoss, type JobInsert } from 'pg-boss';
import { z } from 'zod';
import { bossDbOf } from '../../db/boss-db.ts';
import { logContext } from '../../lib/logging.ts';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import type { AssignmentTimer, TimerScheduler } from '../../lib/timer-port.ts';

/** One queue for every assignment deadline edge. */
export const TIMER_QUEUE = 'assignment-timer';
/** pg-boss keeps its tables in its own schema of the application's database. */
export const BOSS_SCHEMA = 'pgboss';

export const TimerEdge = z.enum(['warn', 'overdue']);
export type TimerEdge = z.infer<typeof TimerEdge>;

/** The payload of one timer job: which deadline edge of which assignment, at which timer version. */
export const TimerJobData = z.object({
  assignmentId: z.uuid(),
  version: z.number().int().min(0),
  kind: z.enum(['accept', 'resolve']),
  edge: TimerEdge,
  dueAt: z.iso.datetime({ offset: true }),
  /** The assignment's resolve timer, started when its accept timer is done (accepted in time, or overdue). */
  next: z
    .object({
      kind: z.literal('resolve'),
      warnAt: z.iso.datetime({ offset: true }),
      dueAt: z.iso.datetime({ offset: true }),
    })
    .optional(),
});
export type TimerJobData = z.infer<typeof TimerJobData>;

/** Deterministic: the same timer scheduled twice is one job, and its event is written once. */
export function timerKey(t: Pick<TimerJobData, 'assignmentId' | 'kind' | 'edge' | 'version'>): string {
  return `${t.assignmentId}:${t.kind}:${t.edge}:v${t.version}`;
}

function warnJob(data: TimerJobData, warnAt: Date): JobInsert<TimerJobData> {
  return { data, startAfter: warnAt, singletonKey: timerKey(data) };
}

/**
 * The jobs that start timers. Each assignment waits on one job at a time: the warning of its first deadline. A
 * warning's handler schedules the overdue edge; an accept timer, once done (accepted, or overdue), starts the
 * resolve timer it carries in `next` — all in the handler's own transaction (see chainedJobs).
 */
export function timerJobs(timers: AssignmentTimer[]): JobInsert<TimerJobData>[] {
  const resolveOf = new Map(
    timers.filter((t) => t.kind === 'resolve').map((t) => [`${t.assignmentId}:${t.version}`, t]),
  );
  const chained = new Set<AssignmentTimer>();
  const jobs: JobInsert<TimerJobData>[] = [];
  for (const t of timers) {
    if (t.kind !== 'accept') continue;
    const resolve = resolveOf.get(`${t.assignmentId}:${t.version}`);
    if (resolve) chained.add(resolve);
    jobs.push(
      warnJob(
        {
          assignmentId: t.assignmentId,
          version: t.version,
          kind: 'accept',
          edge: 'warn',
          dueAt: t.dueAt.toISOString(),
          ...(resolve
            ? {
                next: {
                  kind: 'resolve' as const,
                  warnAt: resolve.warnAt.toISOString(),
                  dueAt: resolve.dueAt.toISOString(),
                },
              }
            : {}),
        },
        t.warnAt,
      ),
    );
  }
  for (const t of timers) {
    if (t.kind !== 'resolve' || chained.has(t)) continue;
    jobs.push(
      warnJob(
        {
          assignmentId: t.assignmentId,
          version: t.version,
          kind: 'resolve',
          edge: 'warn',
          dueAt: t.dueAt.toISOString(),
        },
        t.warnAt,
      ),
    );
  }
  return jobs;
}

/** The overdue edge that follows a handled warning: due at the deadline itself (carrying the warning's `next`). */
export function overdueJob(warning: TimerJobData): JobInsert<TimerJobData> {
  const data: TimerJobData = { ...warning, edge: 'overdue' };
  return { data, startAfter: new Date(warning.dueAt), singletonKey: timerKey(data) };
}

/** The resolve timer an accept timer carries, as its warning job. */
export function nextJob(done: TimerJobData): JobInsert<TimerJobData> | undefined {
  if (!done.next) return undefined;
  return warnJob(
    {
      assignmentId: done.assignmentId,
      version: done.version,
      kind: done.next.kind,
      edge: 'warn',
      dueAt: done.next.dueAt,
    },
    new Date(done.next.warnAt),
  );
}

/** Inserts the jobs a handled edge leads to, inside the handler's transaction. */
export function jobChain(boss: PgBoss) {
  return async (tx: DbOrTx, jobs: JobInsert<TimerJobData>[]): Promise<void> => {
    if (jobs.length > 0) await boss.insert(TIMER_QUEUE, jobs, { db: bossDbOf(tx) });
  };
}

/**
 * The pg-boss TimerScheduler: one job per timer (its warning, which chains its overdue edge), inserted with one
 * statement in the caller's transaction. The queue's `exclusive` policy with the deterministic singletonKey makes a repeated schedule of the
 * same timer a no-op while its job is queued or running.
 */
export function createPgBossTimers(boss: PgBoss): TimerScheduler {
  return {
    async schedule(tx: DbOrTx, timers: AssignmentTimer[]): Promise<void> {
      if (timers.length === 0) return;
      await boss.insert(TIMER_QUEUE, timerJobs(timers), { db: bossDbOf(tx) });
    },
  };
}

/**
 * A pg-boss instance on the application's database (schema `pgboss`), not yet started. Give it the owner's
 * connection string: pg-boss creates and migrates its own schema. A scheduler may be built on it before it starts.
 */
export function createPgBoss(
  connectionString: string,
  opts: {
    max?: number;
    /**
     * How often this instance looks for jobs held past their expiry by a process that died (and hands them back
     * for a retry): pg-boss's default, 60 s, unless a test wants it sooner.
     */
    superviseIntervalSeconds?: number;
  } = {},
): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: BOSS_SCHEMA,
    max: opts.max ?? 4,
    application_name: 'onegrid-pgboss',
    ...(opts.superviseIntervalSeconds
      ? {
          superviseIntervalSeconds: opts.superviseIntervalSeconds,
          monitorIntervalSeconds: opts.superviseIntervalSeconds,
        }
      : {}),
  });
  return withJobLogContext(boss);
}

/**
 * Every handler given to `boss.work` runs inside the log context of its jobs (lib/logging.ts): each line it logs
 * names the queue and the job id, however deep the code that logs it.
 */
function withJobLogContext(boss: PgBoss): PgBoss {
  const work = boss.work.bind(boss) as (name: string, ...rest: unknown[]) => Promise<string>;
  const wrapped = (name: string, ...rest: unknown[]) => {
    const handler = rest.at(-1) as (jobs: { id: string }[]) => unknown;
    const inContext = (jobs: { id: string }[]) =>
      logContext.run(
        jobs.length === 1
          ? { queue: name, jobId: jobs[0]!.id }
          : { queue: name, jobIds: jobs.map((j) => j.id) },
        () => handler(jobs),
      );
    return work(name, ...rest.slice(0, -1), inContext);
  };
  boss.work = wrapped as PgBoss['work'];
  return boss;
}

/**
 * Starts pg-boss, creates the timer queue and lets the application role insert jobs (schedule() runs in the
 * app's transactions, as onegrid_app). Safe in several processes at once: pg-boss installs and creates queues
 * under advisory locks, and the grants are idempotent.
 */
export async function startPgBoss(boss: PgBoss, log: Log): Promise<void> {
  boss.on('error', (err: Error) => log.error({ err }, 'pg-boss error'));
  await boss.start();
  await boss.createQueue(TIMER_QUEUE, {
    policy: 'exclusive',
    // keep_until counts from start_after, so a job deferred for weeks is never dropped before it runs.
    retryLimit: 20,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 300,
    expireInSeconds: 120,
    deleteAfterSeconds: 7 * 24 * 3600,
  });
  await grantAppRole(boss);
}

async function grantAppRole(boss: PgBoss): Promise<void> {
  await boss.getDb().executeSql(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        -- Concurrent GRANTs on one object fail ("tuple concurrently updated"): processes starting together queue.
        PERFORM pg_advisory_xact_lock(hashtext('onegrid.pgboss.grants'));
        GRANT USAGE ON SCHEMA ${BOSS_SCHEMA} TO onegrid_app;
        GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ${BOSS_SCHEMA} TO onegrid_app;
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${BOSS_SCHEMA} TO onegrid_app;
      END IF;
    END $$;
  `);
}

/** The timer jobs still waiting, by key (tests and diagnostics). */
export async function timerJobStates(db: Db, keys: string[]) {
  if (keys.length === 0) return [];
  const { rows } = await sql<{ key: string; state: string }>`
    SELECT singleton_key AS key, state::text AS state FROM ${sql.table(`${BOSS_SCHEMA}.job`)}
    WHERE name = ${TIMER_QUEUE} AND singleton_key = ANY(${keys})`.execute(db);
  return rows;
}
