import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { newUnit } from '../../test/factories.ts';
import { waitFor } from '../../test/wait.ts';
import { insertAssignment } from './timers.fixtures.ts';
import { BOSS_SCHEMA, TIMER_QUEUE, createPgBoss, createPgBossTimers } from './timers.pgboss.ts';
import { startTimers, type RunningTimers } from './timers.runtime.ts';
import type { AssignmentTimer } from '../../lib/timer-port.ts';

interface Worker {
  child: ChildProcess;
  events: { event: string; outcome?: string }[];
  ready: Promise<void>;
  stderr(): string;
}

const SCRIPT = path.join(import.meta.dirname, 'timer-worker.main.ts');
const REPO = path.resolve(import.meta.dirname, '../../../../..');

function spawnWorker(url: string, appUrl: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: REPO,
    env: { ...process.env, DATABASE_URL: url, DATABASE_APP_URL: appUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: Worker['events'] = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const e = JSON.parse(line) as Worker['events'][number];
      events.push(e);
      if (e.event === 'ready') resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${stderr}`)));
  });
  return { child, events, ready, stderr: () => stderr };
}

async function stopWorker(w: Worker): Promise<void> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return;
  const exited = new Promise((resolve) => w.child.once('exit', resolve));
  w.child.kill('SIGTERM');
  const timer = setTimeout(() => w.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const N = 50;
let env: TestEnv;
let scheduler: RunningTimers;
let workers: Worker[] = [];

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await Promise.all(workers.map(stopWorker));
  await scheduler?.stop();
  await env.close();
});

describe('timers with several server processes', () => {
  it(
    `${N} timers due in ~2 s fire each edge exactly once across two processes`,
    { timeout: 90_000 },
    async () => {
      const unitId = await newUnit(env.ownerDb);
      const rows: { caseId: string; assignmentId: string }[] = [];
      for (let i = 0; i < N; i++) rows.push(await insertAssignment(env.ownerDb, { unitId }));

      workers = [spawnWorker(env.url, env.appUrl), spawnWorker(env.url, env.appUrl)];
      await Promise.all(workers.map((w) => w.ready));

      // This process only schedules, as a server answering requests would; the two children do the work.
      const boss = createPgBoss(env.url);
      scheduler = await startTimers(boss, { db: env.db, log: silent, worker: false });
      const timers = createPgBossTimers(boss);
      const warnAt = new Date(Date.now() + 1000);
      const dueAt = new Date(Date.now() + 2500);
      await env.db.transaction().execute((tx) =>
        timers.schedule(
          tx,
          rows.map((r): AssignmentTimer => ({
            assignmentId: r.assignmentId,
            version: 0,
            kind: 'resolve',
            warnAt,
            dueAt,
          })),
        ),
      );

      const counts = await waitFor(
        async () => {
          const { rows: c } = await sql<{ case_id: string; action: string; n: number }>`
        SELECT case_id, action, count(*)::int AS n FROM case_event
        WHERE action IN ('deadline_warning', 'overdue') GROUP BY case_id, action`.execute(env.ownerDb);
          const total = c.reduce((s, r) => s + r.n, 0);
          return total >= 2 * N ? c : undefined;
        },
        { timeout: 30_000, what: 'every edge to fire' },
      ).catch((err: unknown) => {
        const handled = workers.map((w) =>
          w.events.filter((e) => e.event === 'handled').map((e) => e.outcome),
        );
        console.log(
          JSON.stringify(handled),
          workers.map((w) => w.stderr().slice(0, 2000)),
        );
        throw err;
      });
      // Until no timer job waits or runs any more: from then on nothing can fire again, so a double firing shows.
      await waitFor(
        async () => {
          const { rows: open } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM ${sql.table(`${BOSS_SCHEMA}.job`)}
          WHERE name = ${TIMER_QUEUE} AND state IN ('created', 'retry', 'active')`.execute(env.ownerDb);
          return open[0]!.n === 0;
        },
        { timeout: 30_000, what: 'the timer queue to drain' },
      );
      const { rows: final } = await sql<{ case_id: string; action: string; n: number }>`
      SELECT case_id, action, count(*)::int AS n FROM case_event
      WHERE action IN ('deadline_warning', 'overdue') GROUP BY case_id, action`.execute(env.ownerDb);
      expect(counts.length).toBe(2 * N);
      expect(final).toHaveLength(2 * N);
      expect(final.every((r) => r.n === 1)).toBe(true);
      expect(new Set(final.map((r) => r.case_id))).toEqual(new Set(rows.map((r) => r.caseId)));

      // Both processes lived through it and shared the work; together they fired each edge once.
      for (const w of workers) expect(w.child.exitCode).toBeNull();
      const fired = workers.map(
        (w) => w.events.filter((e) => e.event === 'handled' && e.outcome === 'fired').length,
      );
      expect(fired[0]! + fired[1]!).toBe(2 * N);
      expect(fired.every((n) => n > 0)).toBe(true);

      const notes = await env.ownerDb
        .selectFrom('notification')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('kind', 'in', ['deadline_warning', 'overdue', 'overdue_escalated'])
        .executeTakeFirstOrThrow();
      expect(notes.n).toBe(3 * N);
    },
  );
});

const silent = { info() {}, warn() {}, error() {} };
