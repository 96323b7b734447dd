import type pg from 'pg';
import type { PiiCipher } from '../../lib/pii.ts';
import type { DemoData } from '../types.ts';
import { loadAddressTree } from './address-load.ts';
import { suspendIndexes } from './bulk.ts';

const BASE_TABLES = [
  'address_node',
  'person',
  'house',
  'residence',
  'organisation',
  'employment',
  'org_hazard',
  'rental',
  'person_tag',
];

export interface BaseDataOptions {
  /** 1 ≈ 平谷区 (about 450,000 persons); the test template uses a small fraction. */
  scale: number;
  log?: (line: string) => void;
}

/** DEMO_BASE_SCALE (default 1): how much base data the demo generates. */
export function baseScaleFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.DEMO_BASE_SCALE ?? '1');
  if (!Number.isFinite(v) || v <= 0 || v > 4) throw new Error('DEMO_BASE_SCALE must be a number in (0, 4]');
  return v;
}

/**
 * The demo's base data (一标三实, issue 10): the standard-address tree with houses, then persons, residences,
 * rentals, organisations and tags. Deterministic; set-based; one transaction.
 */
export async function loadDemoBaseData(
  pool: pg.Pool,
  pii: PiiCipher,
  data: Pick<DemoData, 'regions' | 'grids'>,
  opts: BaseDataOptions,
): Promise<Record<string, number>> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const step = (what: string, t: number) => log(`  ${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  const counts: Record<string, number> = {};
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let t = Date.now();
    const restore = await suspendIndexes(client, BASE_TABLES);
    Object.assign(counts, await loadAddressTree(client, data, opts.scale));
    step(
      `address tree: ${counts.roads} roads, ${counts.doorplates} door plates, ${counts.buildings} buildings, ${counts.rooms} rooms`,
      t,
    );
    t = Date.now();
    void pii;
    await restore();
    step('indexes and foreign keys', t);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
  log(`Base data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return counts;
}
