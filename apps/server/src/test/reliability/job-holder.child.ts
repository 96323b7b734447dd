// A worker that takes one job of the given queue and never finishes it: killed-job.test.ts SIGKILLs it while it
// holds the job. Prints {"event":"ready"} once it polls and {"event":"taken","id":…} when it holds a job.
//   DATABASE_URL=postgres://… QUEUE=… node --import tsx apps/server/src/test/reliability/job-holder.child.ts
import { createPgBoss } from '../../modules/timers/timers.pgboss.ts';

const url = process.env.DATABASE_URL;
const queue = process.env.QUEUE;
if (!url || !queue) throw new Error('DATABASE_URL and QUEUE are required');

const emit = (event: object) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`);
const boss = createPgBoss(url, { max: 2 });
boss.on('error', (err: Error) => process.stderr.write(`pg-boss error ${err.message}\n`));
await boss.start();
await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
  emit({ event: 'taken', id: job!.id });
  await new Promise(() => undefined); // holds the job until the process dies
});
emit({ event: 'ready' });
