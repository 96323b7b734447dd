import {
  GridIndex,
  centroidOf,
  polygonsOf,
  regionAncestorCodes,
  resolveDuty,
  type AreaGeometry,
  type Urgency,
} from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { rngFor, type Rng } from '../random.ts';
import { personName } from './texts.ts';

export interface WorldGrid {
  code: string;
  communityCode: string;
  communityName: string;
  streetCode: string;
  streetName: string;
  /** The community's region path: what intake stores as the case's region_path. */
  path: string;
  boundary: AreaGeometry;
}

export interface WorldUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  jurisdictionCode: string;
  jurisdictionPath: string;
}

export interface WorldCategory {
  code: string;
  nameZh: string;
  urgency: Urgency;
  gridSolvable: boolean;
  reopenOnUnsatisfied: boolean;
}

/** A person who acts on a case: a demo account, or a named member of staff without an account. */
export interface Person {
  id: string | null;
  name: string | null;
  unitId: string | null;
}

export interface Route {
  leadUnitId: string | null;
  assistUnitIds: string[];
  via: 'duty' | 'local_fallback' | 'district_fallback' | 'grid';
}

/** What the demo cases are made of, read from the governance demo data already in the database. */
export interface World {
  now: Date;
  districtCode: string;
  districtPath: string;
  government: WorldUnit;
  grids: WorldGrid[];
  gridsByStreet: Map<string, WorldGrid[]>;
  streets: { code: string; name: string }[];
  index: GridIndex;
  units: Map<string, WorldUnit>;
  categories: WorldCategory[];
  categoryByName: Map<string, WorldCategory>;
  accounts: Map<string, Person>;
  /** The demo grid worker's grids. */
  workerGrids: Set<string>;
  /** Who in a unit signs, handles and reports: its demo account if it has one, else a stable made-up name. */
  handlerOf(unitId: string): Person;
  route(categoryCode: string, grid: WorldGrid | null, gridPatrol: boolean): Route;
  /** The unit (office) of a street, for re-dispatch and 属地 cases. */
  streetOffice(streetCode: string): WorldUnit | undefined;
}

export async function loadWorld(db: DbOrTx, now: Date): Promise<World> {
  const [regions, gridRows, unitRows, categoryRows, users, workers, tree, duties, parties] =
    await Promise.all([
      db.selectFrom('region').select(['code', 'name', 'level', 'path', 'parent_code']).execute(),
      db.selectFrom('grid').select(['code', 'community_code', 'boundary']).orderBy('code').execute(),
      db
        .selectFrom('unit')
        .select(['id', 'name', 'kind', 'parent_id', 'jurisdiction_code', 'jurisdiction_path'])
        .where('active', '=', true)
        .orderBy('jurisdiction_code')
        .orderBy('name')
        .execute(),
      db
        .selectFrom('category')
        .select(['code', 'name_zh', 'default_urgency', 'grid_solvable', 'reopen_on_unsatisfied'])
        .where('is_leaf', '=', true)
        .where('active', '=', true)
        .orderBy('code')
        .execute(),
      db
        .selectFrom('app_user')
        .select(['id', 'username', 'name', 'unit_id', 'roles'])
        .where('active', '=', true)
        .execute(),
      db
        .selectFrom('grid_worker as w')
        .innerJoin('app_user as u', 'u.id', 'w.user_id')
        .select(['w.grid_code', 'u.username'])
        .execute(),
      db.selectFrom('category').select(['code', 'parent_code']).execute(),
      db.selectFrom('duty').select(['id', 'category_code', 'region_code']).execute(),
      db
        .selectFrom('duty_party')
        .select(['duty_id', 'role', 'unit_id', 'local_street'])
        .orderBy('duty_id')
        .orderBy('ord')
        .execute(),
    ]);
  const region = new Map(regions.map((r) => [r.code, r]));
  const district = regions.find((r) => r.level === 'district');
  if (!district) throw new Error('demo cases: no district in the database');
  const grids: WorldGrid[] = gridRows.map((g) => {
    const community = region.get(g.community_code);
    const street = community?.parent_code ? region.get(community.parent_code) : undefined;
    if (!community || !street) throw new Error(`demo cases: grid ${g.code} outside the region tree`);
    return {
      code: g.code,
      communityCode: community.code,
      communityName: community.name,
      streetCode: street.code,
      streetName: street.name,
      path: community.path,
      boundary: g.boundary,
    };
  });
  const gridsByStreet = new Map<string, WorldGrid[]>();
  for (const g of grids) gridsByStreet.set(g.streetCode, [...(gridsByStreet.get(g.streetCode) ?? []), g]);
  const units = new Map<string, WorldUnit>(
    unitRows.map((u) => [
      u.id,
      {
        id: u.id,
        name: u.name,
        kind: u.kind,
        parentId: u.parent_id,
        jurisdictionCode: u.jurisdiction_code,
        jurisdictionPath: u.jurisdiction_path,
      },
    ]),
  );
  const government = [...units.values()].find(
    (u) => u.kind === 'government' && u.jurisdictionCode === district.code,
  );
  if (!government) throw new Error('demo cases: no district government unit');
  const categories: WorldCategory[] = categoryRows.map((c) => ({
    code: c.code,
    nameZh: c.name_zh,
    urgency: c.default_urgency,
    gridSolvable: c.grid_solvable,
    reopenOnUnsatisfied: c.reopen_on_unsatisfied,
  }));
  const accounts = new Map<string, Person>(
    users.map((u) => [u.username, { id: u.id, name: u.name, unitId: u.unit_id }]),
  );
  const handlers = new Map<string, Person>();
  for (const u of users)
    if (u.roles.includes('handler') && !handlers.has(u.unit_id))
      handlers.set(u.unit_id, { id: u.id, name: u.name, unitId: u.unit_id });
  const communityUnit = new Map(
    [...units.values()].filter((u) => u.kind === 'community').map((u) => [u.jurisdictionCode, u.id]),
  );
  const offices = new Map(
    [...units.values()].filter((u) => u.kind === 'street_office').map((u) => [u.jurisdictionCode, u]),
  );
  const parentOf = new Map(tree.map((c) => [c.code, c.parent_code]));
  const ancestorsOf = (code: string) => {
    const out: string[] = [];
    for (let p = parentOf.get(code); p; p = parentOf.get(p)) out.push(p);
    return out;
  };
  const officeList = [...units.values()].filter((u) => u.kind === 'street_office' || u.kind === 'government');
  const routes = new Map<string, Route>();
  /**
   * routeByDuty (modules/duties/routing.ts) over the duty list read once: the same candidates handed to the same
   * domain resolver, without its four queries per case (the demo routes hundreds of cases at once).
   */
  const routeByList = (categoryCode: string, grid: WorldGrid | null): Route => {
    const ancestors = ancestorsOf(categoryCode);
    const chain = new Set([categoryCode, ...ancestors]);
    const regionCodes = new Set(grid ? regionAncestorCodes(grid.communityCode) : []);
    const entries = duties
      .filter((d) => chain.has(d.category_code) && regionCodes.has(d.region_code))
      .map((d) => ({
        id: d.id,
        categoryCode: d.category_code,
        regionCode: d.region_code,
        parties: parties
          .filter((p) => p.duty_id === d.id)
          .map((p) => ({ role: p.role, unitId: p.unit_id, localStreet: p.local_street })),
      }));
    const r = resolveDuty({
      categoryCode,
      categoryAncestors: ancestors,
      location: {
        gridCode: grid?.code ?? null,
        communityCode: grid?.communityCode ?? null,
        streetCode: grid?.streetCode ?? null,
        districtCode: grid ? district.code : null,
      },
      entries,
      streetOfficeOf: (code) =>
        officeList.find((o) => o.kind === 'street_office' && o.jurisdictionCode === code)?.id,
      districtGovernmentOf: (code) =>
        officeList.find((o) => o.kind === 'government' && (code === null || o.jurisdictionCode === code))
          ?.id ?? officeList.find((o) => o.kind === 'government')?.id,
    });
    return {
      leadUnitId: r.lead?.unitId ?? null,
      assistUnitIds: [...new Set([...r.coordinators, ...r.assists].map((p) => p.unitId))].filter(
        (id) => id !== r.lead?.unitId,
      ),
      via: r.source,
    };
  };

  return {
    now,
    districtCode: district.code,
    districtPath: district.path,
    government,
    grids,
    gridsByStreet,
    streets: regions
      .filter((r) => r.level === 'street')
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => ({ code: r.code, name: r.name })),
    index: GridIndex.build(grids.map((g) => ({ code: g.code, boundary: g.boundary }))),
    units,
    categories,
    categoryByName: new Map(categories.map((c) => [c.nameZh, c])),
    accounts,
    workerGrids: new Set(workers.filter((w) => w.username === 'grid_worker').map((w) => w.grid_code)),
    handlerOf(unitId) {
      const known = handlers.get(unitId);
      if (known) return known;
      const made: Person = { id: null, name: personName(rngFor(`handler:${unitId}`)), unitId };
      handlers.set(unitId, made);
      return made;
    },
    route(categoryCode, grid, gridPatrol) {
      const category = categories.find((c) => c.code === categoryCode);
      // 小事不出格: grid-solvable matters reported on patrol go to the community first (as intake routes them).
      if (gridPatrol && grid && category?.gridSolvable) {
        const id = communityUnit.get(grid.communityCode);
        if (id) return { leadUnitId: id, assistUnitIds: [], via: 'grid' };
      }
      const key = `${categoryCode}:${grid?.communityCode ?? '-'}`;
      let route = routes.get(key);
      if (!route) {
        route = routeByList(categoryCode, grid);
        routes.set(key, route);
      }
      return route;
    },
    streetOffice: (code) => offices.get(code),
  };
}

/**
 * A point inside the grid: part of the way from its centre towards one of its corners, checked against the same
 * spatial index intake locates with (the centre itself as the last resort).
 */
export function pointIn(world: World, grid: WorldGrid, rng: Rng): [number, number] {
  const [cx, cy] = centroidOf(grid.boundary) as [number, number];
  const ring = polygonsOf(grid.boundary)[0]?.[0] ?? [];
  for (let attempt = 0; attempt < 8 && ring.length > 0; attempt++) {
    const corner = ring[Math.floor(rng() * ring.length)]!;
    const t = 0.15 + rng() * 0.6;
    const lon = Math.round((cx + t * (corner[0]! - cx)) * 1e6) / 1e6;
    const lat = Math.round((cy + t * (corner[1]! - cy)) * 1e6) / 1e6;
    if (world.index.locate(lon, lat) === grid.code) return [lon, lat];
  }
  return [cx, cy];
}
