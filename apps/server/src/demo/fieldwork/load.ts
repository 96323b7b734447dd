import type pg from 'pg';
import type { PiiCipher } from '../../lib/pii.ts';
import type { Ring } from '../geometry.ts';
import { writeFieldHistory } from './history.ts';
import { writeDemoMediation, writeDemoTasks } from './work.ts';
import { readGridWorkers, writeGridWorkers } from './workers.ts';

export interface FieldworkOptions {
  /** the instant the history is counted back from (default: now) */
  now?: Date;
  log?: (line: string) => void;
}

/**
 * The demo's field work (issue 11), after the base data: a grid worker for every grid (`gw-<grid code>`), three
 * weeks of their patrols, tracks, check-ins, quick fixes and household visits by rule, sign-offs of anomalies,
 * tasks from the streets and a dozen mediation files. The demo `grid_worker` and its three grids are left as they
 * are: the phone pages and their tests start that worker's day from the rules alone. One transaction, set-based.
 */
export async function loadDemoFieldwork(
  pool: pg.Pool,
  pii: PiiCipher,
  opts: FieldworkOptions = {},
): Promise<Record<string, number>> {
  const now = opts.now ?? new Date();
  const started = Date.now();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const accounts = await writeGridWorkers(client, pii);
    const workers = await readGridWorkers(client);
    const shapes = new Map<string, Ring>();
    for (const g of (
      await client.query<{ code: string; boundary: { type: string; coordinates: Ring[] } }>(
        `SELECT code, boundary FROM grid WHERE code = ANY($1)`,
        [workers.map((w) => w.gridCode)],
      )
    ).rows) {
      if (g.boundary.type === 'Polygon' && g.boundary.coordinates[0])
        shapes.set(g.code, g.boundary.coordinates[0]);
    }
    const history = await writeFieldHistory(client, workers, shapes, now);
    const tasks = await writeDemoTasks(client, workers, now);
    const mediation = await writeDemoMediation(client, pii, workers, now);
    for (const t of [
      'patrol',
      'patrol_point',
      'visit',
      'visit_signoff',
      'field_task',
      'person_tag',
      'app_user',
    ])
      await client.query(`ANALYZE ${t}`);
    await client.query('COMMIT');
    const counts = { gridWorkers: accounts, ...history, tasks, mediationFiles: mediation };
    opts.log?.(
      `Field work loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${accounts} grid workers, ` +
        `${history.patrols} patrols, ${history.visits} visits, ${tasks} tasks, ${mediation} mediation files`,
    );
    return counts;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/** Loads the field work once: when no generated grid worker exists yet (a first start, or a demo from before it). */
export async function loadDemoFieldworkIfEmpty(
  pool: pg.Pool,
  pii: PiiCipher,
  opts: FieldworkOptions = {},
): Promise<Record<string, number> | null> {
  const { rows } = await pool.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM app_user WHERE username LIKE 'gw-%') AS any`,
  );
  if (rows[0]?.any) return null;
  return loadDemoFieldwork(pool, pii, opts);
}
