import type pg from 'pg';
import type { PiiCipher } from '../../lib/pii.ts';
import type { DemoData } from '../types.ts';
import { buildUnits } from '../units.ts';
import { loadAddressTree, planCommunities } from './address-load.ts';
import { suspendIndexes } from './bulk.ts';
import { writeOrganisations, writeRentals, writeTags } from './extras.ts';
import { generatePopulation, writePopulation, type HouseRow } from './population.ts';

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
 * The demo's base data (一标三实, issue 10): the standard-address tree with houses, then persons and residences,
 * rentals, organisations with employees and hazards, tags; finally grid.households from the residences.
 * Deterministic (seeded; same scale → same rows); set-based (COPY, INSERT … SELECT, generate_series), with the
 * tables' secondary indexes and foreign keys suspended while loading; one transaction.
 */
export async function loadDemoBaseData(
  pool: pg.Pool,
  pii: PiiCipher,
  data: Pick<DemoData, 'regions' | 'grids'>,
  opts: BaseDataOptions,
): Promise<Record<string, number>> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  let t = started;
  const step = (what: string) => {
    log(`  ${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    t = Date.now();
  };
  const counts: Record<string, number> = {};
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const restore = await suspendIndexes(client, BASE_TABLES);
    const communities = planCommunities(data, opts.scale);
    Object.assign(counts, await loadAddressTree(client, communities));
    step(
      `address tree: ${counts.roads} roads, ${counts.doorplates} door plates, ${counts.buildings} buildings, ${counts.rooms} rooms and houses`,
    );

    const houses = (
      await client.query<HouseRow>(`
        SELECT h.id, h.address_id, h.use, h.street_code, h.community_code, h.grid_code, n.full_name, n.lon, n.lat
          FROM house h JOIN address_node n ON n.id = h.address_id
         ORDER BY h.address_id`)
    ).rows;
    const urbanCommunities = new Set(communities.filter((c) => c.urban).map((c) => c.code));
    const householdsPerGrid = new Map(
      communities.flatMap((c) => c.grids.map((g) => [g.code, g.households] as const)),
    );
    step(`${houses.length} houses read`);
    const { persons, rentalHouses } = generatePopulation({ houses, householdsPerGrid, urbanCommunities });
    step(`${persons.length} persons generated`);
    await writePopulation(client, pii, persons);
    counts.persons = persons.length;
    step(`${persons.length} persons with their residences`);

    const workers = await client.query<{ grid_code: string; user_id: string }>(
      `SELECT DISTINCT ON (grid_code) grid_code, user_id FROM grid_worker ORDER BY grid_code, user_id`,
    );
    const workerOfGrid = new Map(workers.rows.map((r) => [r.grid_code, r.user_id]));
    const richGrids = new Set(workerOfGrid.keys());
    counts.rentals = await writeRentals(
      client,
      persons,
      rentalHouses,
      houses.filter((h) => h.use !== 'residence'),
      richGrids,
    );
    step(`${counts.rentals} rentals`);

    const richPlates = (
      await client.query<{
        id: string;
        full_name: string;
        street_code: string;
        community_code: string;
        grid_code: string;
        lon: number;
        lat: number;
      }>(
        `SELECT id, full_name, street_code, community_code, grid_code, lon, lat FROM address_node
          WHERE kind = 'doorplate' AND grid_code = ANY($1) ORDER BY full_name COLLATE "C"`,
        [[...richGrids]],
      )
    ).rows;
    const communityNames = new Map(
      data.regions.filter((r) => r.level === 'community').map((r) => [r.code, r.name]),
    );
    const orgs = await writeOrganisations(client, pii, persons, {
      houses,
      richPlates,
      communityNames,
      urbanCommunities,
      householdsPerGrid,
    });
    Object.assign(counts, orgs);
    step(
      `${orgs.organisations} organisations and places, ${orgs.employments} employees, ${orgs.hazards} hazards`,
    );

    const unitNames = new Map(buildUnits().map((u) => [u.name, u.key]));
    const units = await client.query<{ id: string; name: string }>(`SELECT id, name FROM unit`);
    const unitIds = new Map<string, string>();
    for (const u of units.rows) {
      const key = unitNames.get(u.name);
      if (key) unitIds.set(key, u.id);
    }
    const tags = await writeTags(client, persons, unitIds, workerOfGrid, richGrids);
    counts.tags = Object.values(tags).reduce((a, b) => a + b, 0);
    step(`${counts.tags} tags on persons`);

    // The stored households number agrees with the base until live counts replace it.
    await client.query(`
      UPDATE grid g SET households = coalesce(x.n, 0), updated_at = now()
        FROM grid g2 LEFT JOIN (
          SELECT grid_code, count(DISTINCT household_no)::int AS n FROM residence
           WHERE moved_out IS NULL GROUP BY grid_code
        ) x ON x.grid_code = g2.code
       WHERE g.code = g2.code`);
    await restore();
    for (const table of BASE_TABLES) await client.query(`ANALYZE ${table}`);
    step('indexes, foreign keys, grid households');
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

/**
 * Generates the base data when the address library is still empty — on the first start, and on the first start
 * of a demo database made before the base data existed — over the regions and grids as they are in the database.
 */
export async function loadDemoBaseDataIfEmpty(
  pool: pg.Pool,
  pii: PiiCipher,
  opts: BaseDataOptions,
): Promise<Record<string, number> | null> {
  const { rows } = await pool.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM address_node) AS any`);
  if (rows[0]?.any) return null;
  const regions = await pool.query<{
    code: string;
    parent_code: string | null;
    name: string;
    level: DemoData['regions'][number]['level'];
    path: string;
    boundary: DemoData['regions'][number]['boundary'];
    sort: number;
  }>(`SELECT code, parent_code, name, level, path, boundary, sort FROM region ORDER BY path`);
  const grids = await pool.query<{
    code: string;
    name: string;
    community_code: string;
    region_path: string;
    boundary: DemoData['grids'][number]['boundary'];
    households: number;
  }>(`SELECT code, name, community_code, region_path, boundary, households FROM grid ORDER BY code`);
  if (grids.rows.length === 0) return null;
  opts.log?.(`Generating demo base data (一标三实) at scale ${opts.scale} …`);
  return loadDemoBaseData(
    pool,
    pii,
    {
      regions: regions.rows.map((r) => ({
        code: r.code,
        parentCode: r.parent_code,
        name: r.name,
        level: r.level,
        path: r.path,
        boundary: r.boundary,
        sort: r.sort,
      })),
      grids: grids.rows.map((g) => ({
        code: g.code,
        name: g.name,
        communityCode: g.community_code,
        regionPath: g.region_path,
        boundary: g.boundary,
        households: g.households,
      })),
    },
    opts,
  );
}
