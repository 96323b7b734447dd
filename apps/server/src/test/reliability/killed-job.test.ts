import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPgBoss } from '../../modules/timers/timers.pgboss.ts';
import { waitFor } from '../wait.ts';
import { newTestDatabase, type TestDatabase } from './servers.ts';

/**
 * A job held by a process that dies (SIGKILL: no shutdown, no release) is handed back and done by another
 * process. pg-boss marks a job active when a worker takes it; the supervising instances fail an active job held
 * past its queue's expiry (`expireInSeconds`) and, within `retryLimit`, it is taken again. Every queue of the
 * server is created with both (timers.pgboss.ts and the modules' *.jobs.ts); this test's queue has a 2-second
 * expiry and a 1-second supervision so that the hand-back happens within the test.
 */
const CHILD = path.resolve(import.meta.dirname, 'job-holder.child.ts');
const QUEUE = 'reliability-held-job';

let tdb: TestDatabase;
let boss: PgBoss | undefined;

beforeAll(async () => {
  tdb = await newTestDatabase('killjob');
}, 60_000);

afterAll(async () => {
  await boss?.stop({ graceful: false }).catch(() => undefined);
  await tdb?.drop();
});

/** The holder, as a process of its own; resolves once it works the queue. */
async function startHolder() {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, DATABASE_URL: tdb.dbUrl, QUEUE },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const events: { event: string; id?: string }[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.once('exit', (_c, signal) => resolve(signal)),
  );
  readline.createInterface({ input: proc.stdout }).on('line', (line) => {
    if (line.startsWith('{')) events.push(JSON.parse(line) as { event: string; id?: string });
  });
  await waitFor(() => events.some((e) => e.event === 'ready'), {
    timeout: 60_000,
    what: 'the holder polling',
  });
  return { proc, events, exited };
}

it('a job held by a SIGKILLed worker is retried and completed by another', async () => {
  boss = createPgBoss(tdb.dbUrl, { max: 2, superviseIntervalSeconds: 1 });
  await boss.start();
  await boss.createQueue(QUEUE, { retryLimit: 3, retryDelay: 0, expireInSeconds: 2 });

  const holder = await startHolder();
  const id = await boss.send(QUEUE, { note: 'held, then handed back' });
  expect(id).toBeTruthy();
  await waitFor(() => holder.events.some((e) => e.event === 'taken' && e.id === id), {
    timeout: 30_000,
    what: 'the holder taking the job',
  });
  expect((await boss.getJobById(QUEUE, id!))?.state).toBe('active');

  holder.proc.kill('SIGKILL');
  expect(await holder.exited).toBe('SIGKILL');

  // another worker (this process) gets it once the supervisor has failed the expired hold
  const doneHere: string[] = [];
  await boss.work(QUEUE, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
    doneHere.push(job!.id);
  });
  const job = await waitFor(
    async () => {
      const j = await boss!.getJobById(QUEUE, id!);
      return j?.state === 'completed' ? j : undefined;
    },
    { timeout: 60_000, interval: 250, what: 'the job completed by the second worker' },
  );
  expect(doneHere).toEqual([id]);
  expect(job.retryCount).toBeGreaterThanOrEqual(1);
}, 120_000);
