import type pg from 'pg';
import { loadDivisions } from '../divisions.ts';
import type { Point, Ring } from '../geometry.ts';
import type { DemoData } from '../types.ts';
import { DEMO_COMMUNITY } from '../users.ts';
import { planAddresses, type PlanCommunity, type PlanNode } from './address-plan.ts';
import { bulkInsertNodes, bulkInsertSelected, type BulkNode } from '../../modules/addresses/public.ts';
import { copyRows } from './bulk.ts';

/** Persons at scale 1: 平谷区's order of size. */
export const PERSONS_AT_SCALE_1 = 450_000;
/** Beijing's mean household size (2020 census: 2.31), a little higher in the villages. */
export const MEAN_HOUSEHOLD = 2.4;
/** The demo community is always generated at least at this scale, so that screens have something to show. */
export const DEMO_COMMUNITY_MIN_SCALE = 0.25;

/** The communities with their grids and the households each grid should hold at this scale. */
export function planCommunities(data: Pick<DemoData, 'regions' | 'grids'>, scale: number): PlanCommunity[] {
  const divisions = loadDivisions();
  const urban = new Map(divisions.flatMap((s) => s.communities.map((c) => [c.code, c.urban] as const)));
  const subdistrict = new Map(divisions.map((s) => [s.code, s.kind === 'subdistrict'] as const));
  const streetName = new Map(data.regions.filter((r) => r.level === 'street').map((r) => [r.code, r.name]));
  const total = data.grids.reduce((n, g) => n + g.households, 0);
  const householdsAtScale1 = PERSONS_AT_SCALE_1 / MEAN_HOUSEHOLD;
  return data.regions
    .filter((r) => r.level === 'community')
    .map((r) => {
      const s = r.code === DEMO_COMMUNITY ? Math.max(scale, DEMO_COMMUNITY_MIN_SCALE) : scale;
      const streetCode = r.parentCode!;
      return {
        code: r.code,
        name: r.name,
        streetCode,
        streetName: streetName.get(streetCode) ?? '',
        urban: urban.get(r.code) ?? false,
        subdistrict: subdistrict.get(streetCode) ?? false,
        ring: ringOf(r.boundary),
        grids: data.grids
          .filter((g) => g.communityCode === r.code)
          .map((g) => ({
            code: g.code,
            ring: ringOf(g.boundary),
            households: Math.round((householdsAtScale1 * s * g.households) / total),
          })),
      };
    });
}

function ringOf(g: { type: string; coordinates: unknown } | null): Ring {
  if (!g || g.type !== 'Polygon') throw new Error('demo base data: a region or grid without a polygon');
  return (g.coordinates as Point[][])[0]!;
}

function* bulkNodes(nodes: PlanNode[]): Generator<BulkNode> {
  for (const n of nodes)
    yield {
      id: n.id,
      parentId: n.parentId,
      kind: n.kind,
      name: n.name,
      fullName: n.fullName,
      streetCode: n.streetCode,
      communityCode: n.communityCode,
      gridCode: n.gridCode,
      lon: n.lon,
      lat: n.lat,
      shape: n.line
        ? { type: 'LineString', coordinates: n.line }
        : n.footprint
          ? { type: 'Polygon', coordinates: [n.footprint] }
          : null,
      floors: n.floors,
      sort: n.sort,
      source: 'verified',
      validFrom: '2018-01-01',
    };
}

export interface AddressCounts {
  roads: number;
  doorplates: number;
  compounds: number;
  buildings: number;
  rooms: number;
  houses: number;
}

/**
 * Writes the address tree and the houses on its rooms. Roads, door plates, compounds and buildings come from the
 * in-memory plan; units, floors and rooms (and one house per room) are expanded from the buildings in SQL with
 * generate_series. Node ids are deterministic (sha-256 / md5 of their key). Runs inside the caller's transaction.
 */
export async function loadAddressTree(
  client: pg.ClientBase,
  communities: PlanCommunity[],
): Promise<AddressCounts> {
  const plan = planAddresses(communities);
  // Parents before children: roads, door plates, compounds, then buildings.
  const order = { road: 0, doorplate: 1, compound: 2, building: 3 } as const;
  const upper = [...plan.nodes].sort((a, b) => order[a.kind] - order[b.kind]);
  await bulkInsertNodes(client, bulkNodes([...upper, ...plan.buildings]));

  // What SQL expands under each building.
  await client.query(`
    CREATE TEMP TABLE demo_bld (id uuid, full_name text, street_code text, community_code text, grid_code text,
      lon float8, lat float8, ax float8, ay float8, units int, floors int, rooms int, rural bool, frontage bool,
      built_year int) ON COMMIT DROP
  `);
  await copyRows(
    client,
    'demo_bld',
    [
      'id',
      'full_name',
      'street_code',
      'community_code',
      'grid_code',
      'lon',
      'lat',
      'ax',
      'ay',
      'units',
      'floors',
      'rooms',
      'rural',
      'frontage',
      'built_year',
    ],
    plan.buildings.map((x) => [
      x.id,
      x.fullName,
      x.streetCode,
      x.communityCode,
      x.gridCode,
      x.lon,
      x.lat,
      x.axis[0],
      x.axis[1],
      x.units,
      x.floors,
      x.roomsPerFloor,
      x.rural,
      x.frontage,
      x.builtYear,
    ]),
  );

  // Every room with its unit and floor (unit points spaced along the building's long axis, inside the footprint),
  // and four deterministic uniforms from the md5 of its id for the house's attributes.
  await client.query(`
    CREATE TEMP TABLE demo_room ON COMMIT DROP AS
    WITH u AS (
      SELECT b.*, u.n AS unit_no,
        md5(b.id::text || ':u' || u.n)::uuid AS unit_id,
        round((b.lon + b.ax * (2.0 * (u.n - 0.5) / b.units - 1))::numeric, 6)::float8 AS ulon,
        round((b.lat + b.ay * (2.0 * (u.n - 0.5) / b.units - 1))::numeric, 6)::float8 AS ulat
      FROM demo_bld b CROSS JOIN LATERAL generate_series(1, b.units) AS u(n)
      WHERE NOT b.rural
    ), r AS (
      SELECT u.id AS building_id, u.unit_id, u.unit_no, f.n AS floor_no,
        md5(u.unit_id::text || ':f' || f.n)::uuid AS floor_id,
        md5(u.unit_id::text || ':f' || f.n || ':r' || r.n)::uuid AS room_id,
        f.n::text || lpad(r.n::text, 2, '0') AS room_name, r.n AS room_no,
        u.full_name AS building_full, u.street_code, u.community_code, u.grid_code, u.ulon AS lon, u.ulat AS lat,
        u.rural, u.frontage, u.built_year
      FROM u CROSS JOIN LATERAL generate_series(1, u.floors) AS f(n)
        CROSS JOIN LATERAL generate_series(1, u.rooms) AS r(n)
      UNION ALL
      SELECT b.id, NULL, NULL, NULL, NULL, md5(b.id::text || ':room')::uuid, '正房', 1,
        b.full_name, b.street_code, b.community_code, b.grid_code, b.lon, b.lat, b.rural, b.frontage, b.built_year
      FROM demo_bld b WHERE b.rural
    )
    SELECT r.*,
      ('x' || substr(m, 1, 8))::bit(32)::bigint / 4294967296.0 AS r1,
      ('x' || substr(m, 9, 8))::bit(32)::bigint / 4294967296.0 AS r2,
      ('x' || substr(m, 17, 8))::bit(32)::bigint / 4294967296.0 AS r3,
      ('x' || substr(m, 25, 8))::bit(32)::bigint / 4294967296.0 AS r4
    FROM (SELECT r.*, md5(r.room_id::text || ':h') AS m FROM r) r
  `);

  // units, floors and rooms through the address library's insert-select (columns as SELECTED_NODE_COLUMNS)
  await bulkInsertSelected(
    client,
    `SELECT DISTINCT ON (unit_id) unit_id, building_id, 'unit', unit_no || '单元', building_full || unit_no || '单元',
      street_code, community_code, grid_code, lon, lat, unit_no, 'verified', '2018-01-01'
    FROM demo_room WHERE unit_id IS NOT NULL ORDER BY unit_id`,
  );
  await bulkInsertSelected(
    client,
    `SELECT DISTINCT ON (floor_id) floor_id, unit_id, 'floor', floor_no || '层',
      building_full || unit_no || '单元' || floor_no || '层',
      street_code, community_code, grid_code, lon, lat, floor_no, 'verified', '2018-01-01'
    FROM demo_room WHERE floor_id IS NOT NULL ORDER BY floor_id`,
  );
  const n = await bulkInsertSelected(
    client,
    `SELECT room_id, coalesce(floor_id, building_id), 'room', room_name,
      building_full || coalesce(unit_no || '单元', '') || room_name,
      street_code, community_code, grid_code, lon, lat, room_no, 'verified', '2018-01-01'
    FROM demo_room`,
  );

  // One house (实有房屋) per room: use, area, year, a few dangerous ones; source state mostly verified.
  await client.query(`
    INSERT INTO house (id, address_id, use, area, built_year, dangerous, street_code, community_code, grid_code,
      source_state, state_at)
    SELECT md5(room_id::text || ':house')::uuid, room_id, use,
      round((CASE use
        WHEN 'residence' THEN CASE WHEN rural THEN 80 + 180 * r2 ELSE 45 + 95 * r2 END
        WHEN 'industrial' THEN 200 + 1800 * r2
        WHEN 'commercial' THEN 30 + 170 * r2
        ELSE 60 + 340 * r2 END)::numeric, 2),
      built_year,
      CASE WHEN rural AND built_year < 1985 THEN r3 < 0.08 WHEN rural THEN r3 < 0.01 ELSE r3 < 0.001 END,
      street_code, community_code, grid_code,
      CASE WHEN r4 < 0.85 THEN 'verified' WHEN r4 < 0.95 THEN 'claimed' ELSE 'entered' END,
      timestamptz '2026-11-30 10:00+08' - (r4 * 600) * interval '1 day'
    FROM (
      SELECT r.*, CASE
        WHEN NOT rural AND frontage AND floor_no = 1 THEN CASE WHEN r1 < 0.8 THEN 'commercial' ELSE 'office' END
        WHEN NOT rural THEN CASE
          WHEN r1 < 0.012 THEN 'office' WHEN r1 < 0.016 THEN 'public_service' WHEN r1 < 0.02 THEN 'other'
          ELSE 'residence' END
        ELSE CASE
          WHEN r1 < 0.03 THEN 'industrial' WHEN r1 < 0.06 THEN 'commercial' WHEN r1 < 0.07 THEN 'work_shed'
          WHEN r1 < 0.08 THEN 'dormitory' WHEN r1 < 0.087 THEN 'public_service' WHEN r1 < 0.095 THEN 'other'
          ELSE 'residence' END
        END AS use
      FROM demo_room r
    ) x
  `);

  const count = (kind: string) => upper.filter((n) => n.kind === kind).length;
  return {
    roads: count('road'),
    doorplates: count('doorplate'),
    compounds: count('compound'),
    buildings: plan.buildings.length,
    rooms: n,
    houses: n,
  };
}
