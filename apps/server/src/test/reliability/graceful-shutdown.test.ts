import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/database.ts';
import { insertAssignment } from '../../modules/timers/timers.fixtures.ts';
import { createPgBoss, createPgBossTimers, timerKey } from '../../modules/timers/timers.pgboss.ts';
import { startTimers, type RunningTimers } from '../../modules/timers/timers.runtime.ts';
import { newUnit } from '../factories.ts';
import { waitFor } from '../wait.ts';
import {
  connectError,
  dispatchWorld,
  killed,
  login,
  newTestDatabase,
  startServer,
  type ServerProcess,
  type TestDatabase,
} from './servers.ts';

/**
 * Graceful shutdown (issue 14, several servers): SIGTERM reaches a server while a create and a timer job are in
 * the middle of their transactions (held on a lock this test owns). Readiness turns 503 'draining' at once, new
 * connections are refused after the delay, and once the lock goes the create is answered 201, the job completes
 * (not left 'active' for another process to pick up after it expires) and the process exits 0.
 */
let tdb: TestDatabase;
let server: ServerProcess | undefined;
let scheduler: RunningTimers | undefined;
let app: Db | undefined;

beforeAll(async () => {
  tdb = await newTestDatabase('graceful');
});
afterAll(async () => {
  await killed(server);
  await scheduler?.stop();
  await app?.destroy();
  await tdb?.drop();
});

const silent = { info() {}, warn() {}, error() {} };

describe('graceful shutdown', () => {
  it('finishes the request and the job in flight, refuses new connections and exits 0', async () => {
    const world = await dispatchWorld(tdb.dbUrl);
    const owner = createDb({ connectionString: tdb.dbUrl, max: 2, appRole: false }).db;
    const unitId = await newUnit(owner);
    const timed = await insertAssignment(owner, { unitId });
    await owner.destroy();

    server = await startServer(tdb, { SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '60000' });
    const session = await login(server.url, world.operator);
    expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(200);

    // The test's lock on the event log: both the create and the timer's warning wait on it, mid-transaction.
    const lock = tdb.client;
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE case_event IN EXCLUSIVE MODE');

    const created = fetch(`${server.url}/api/cases`, {
      method: 'POST',
      headers: { ...session, 'content-type': 'application/json', 'idempotency-key': 'graceful-1' },
      body: world.body('graceful-1', '优雅停机'),
    });
    // A timer due now, scheduled from this process; the server's worker claims it and blocks on the lock.
    const boss = createPgBoss(tdb.dbUrl, { max: 2 });
    app = createDb({ connectionString: tdb.appUrl, max: 2 }).db;
    scheduler = await startTimers(boss, { db: app, log: silent, worker: false });
    const timer = { assignmentId: timed.assignmentId, version: 0, kind: 'resolve' as const };
    await app
      .transaction()
      .execute((tx) =>
        createPgBossTimers(boss).schedule(tx, [
          { ...timer, warnAt: new Date(), dueAt: new Date(Date.now() + 3_600_000) },
        ]),
      );
    const key = timerKey({ ...timer, edge: 'warn' });
    const jobState = async () =>
      (
        await tdb.client.query<{ state: string }>(
          `SELECT state::text FROM pgboss.job WHERE name = 'assignment-timer' AND singleton_key = $1`,
          [key],
        )
      ).rows[0]?.state;
    const waitingOnLock = async () =>
      (
        await tdb.client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0]!.n;
    await waitFor(async () => (await jobState()) === 'active' && (await waitingOnLock()) >= 2, {
      timeout: 30_000,
      what: 'the create and the timer job to wait on the lock',
    });

    server.proc.kill('SIGTERM');
    // Not ready at once, while still listening (SHUTDOWN_DELAY_MS) …
    const draining = await waitFor(
      async () => {
        const res = await fetch(`${server!.url}/api/health/ready`).catch(() => undefined);
        return res?.status === 503
          ? ((await res.json()) as { ready: boolean; draining?: boolean })
          : undefined;
      },
      { timeout: 10_000, what: 'readiness to answer 503' },
    );
    expect(draining).toMatchObject({ ready: false, draining: true });
    // … then no new connection is taken.
    expect(
      await waitFor(
        async () =>
          (await connectError(`${server!.url}/api/health/live`)) === 'ECONNREFUSED' ? true : undefined,
        {
          timeout: 10_000,
          what: 'new connections to be refused',
        },
      ),
    ).toBe(true);
    expect(server.proc.exitCode).toBeNull(); // still finishing its request and its job

    await lock.query('COMMIT');
    const res = await created;
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await server.exited).toEqual({ code: 0, signal: null });

    const kept = await tdb.client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND action = 'create'`,
      [id],
    );
    expect(kept.rows[0]!.n).toBe(1);
    expect(await jobState()).toBe('completed');
    const fired = await tdb.client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND action = 'deadline_warning'`,
      [timed.caseId],
    );
    expect(fired.rows[0]!.n).toBe(1);
  }, 120_000);
});
