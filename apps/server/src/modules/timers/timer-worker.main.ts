// A bare timer-worker process: pg-boss and the timer worker against DATABASE_URL (the owner's connection
// string, for pg-boss) and DATABASE_APP_URL (the serving role, for the handlers' queries), no HTTP. Used by the multi-process test; prints one JSON line per event on stdout.
//   DATABASE_URL=postgres://… DATABASE_APP_URL=postgres://onegrid_app:…@… node --import tsx apps/server/src/modules/timers/timer-worker.main.ts
import { createDb } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { createPgBoss } from './timers.pgboss.ts';
import { startTimers } from './timers.runtime.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

const emit = (event: object) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`);
const log: Log = {
  info: (obj, msg) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`),
  warn: (obj, msg) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`),
  error: (obj, msg) => {
    const err = (obj as { err?: unknown }).err;
    process.stderr.write(
      `${msg} ${err instanceof Error ? (err.stack ?? err.message) : JSON.stringify(obj)}\n`,
    );
  },
};

const { db } = createDb({ connectionString: process.env.DATABASE_APP_URL ?? url, max: 4 });
const boss = createPgBoss(url);
let handled = 0;
const timers = await startTimers(boss, {
  db,
  log,
  worker: {
    batchSize: Number(process.env.TIMER_BATCH_SIZE ?? 5),
    pollingIntervalSeconds: 0.5,
    onHandled: (job, result) => {
      handled += 1;
      emit({ event: 'handled', assignmentId: job.assignmentId, edge: job.edge, outcome: result.outcome });
    },
  },
});
emit({ event: 'ready' });

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await timers.stop();
  await db.destroy();
  emit({ event: 'stopped', handled });
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
