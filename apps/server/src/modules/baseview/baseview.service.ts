import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { assignmentsOf, canSee, findCase } from '../cases/public.ts';
import { accessTo } from '../whistles/public.ts';
import {
  auditRevealed,
  buildingsNear,
  householdsIn,
  keyUnitsNear,
  rentalsIn,
  type Building,
  type Household,
  type KeyUnit,
  type Point,
  type Rental,
} from './baseview.place.ts';
import { readsBase, viewerOf } from './baseview.relation.ts';

/** A case's place is the building nearest its point within this distance (when no address node is set). */
export const PLACE_RADIUS_M = 30;
/** What a whistle's summoned departments are shown around its place. */
export const WHISTLE_RADIUS_M = 300;
const WHISTLE_MAX_BUILDINGS = 400;
const WHISTLE_MAX_HOUSEHOLDS = 200;

export interface PlaceFacts {
  place: { buildingId: string; name: string; distanceM: number; matchedBy: 'address' | 'point' } | null;
  keyUnits: KeyUnit[];
  rentals: { total: number; withHazard: Rental[] } | null;
  households: Household[];
}

/** The building an address node lies in (itself, or its nearest building ancestor). */
async function buildingOf(db: DbOrTx, addressId: string): Promise<(Building & Point) | null> {
  const r = await sql<{ id: string; full_name: string; lon: number | null; lat: number | null }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, kind, full_name, lon, lat, 0 AS depth FROM address_node WHERE id = ${addressId}
      UNION ALL
      SELECT n.id, n.parent_id, n.kind, n.full_name, n.lon, n.lat, up.depth + 1
      FROM address_node n JOIN up ON n.id = up.parent_id WHERE up.kind <> 'building' AND up.depth < 8
    )
    SELECT id, full_name, lon, lat FROM up WHERE kind = 'building' LIMIT 1
  `.execute(db);
  const b = r.rows[0];
  if (!b || b.lon === null || b.lat === null) return null;
  return { id: b.id, name: b.full_name, distanceM: 0, lon: b.lon, lat: b.lat };
}

export async function placeFacts(db: DbOrTx, actor: Actor, caseId: string): Promise<PlaceFacts> {
  const c = await findCase(db, caseId);
  if (!c || !canSee(actor, c, await assignmentsOf(db, caseId))) throw notFound('case');
  if (!readsBase(actor)) throw forbidden();
  const empty: PlaceFacts = {
    place: null,
    keyUnits: [],
    rentals: { total: 0, withHazard: [] },
    households: [],
  };

  // The address lane may give a case its address node: use it when the row has one.
  const addressId = (c as unknown as { address_id?: unknown }).address_id;
  let building: (Building & Point) | null = null;
  let matchedBy: 'address' | 'point' = 'address';
  if (typeof addressId === 'string') building = await buildingOf(db, addressId);
  if (!building && c.lon !== null && c.lat !== null) {
    const near = await buildingsNear(db, { lon: c.lon, lat: c.lat }, PLACE_RADIUS_M, 1);
    if (near[0]) building = { ...near[0], lon: c.lon, lat: c.lat };
    matchedBy = 'point';
  }
  const point = building ?? (c.lon !== null && c.lat !== null ? { lon: c.lon, lat: c.lat } : null);
  if (!point) return empty;

  const ids = building ? [building.id] : [];
  const viewer = await viewerOf(db, actor);
  const [keyUnits, rentals, tagged] = await Promise.all([
    keyUnitsNear(db, point, PLACE_RADIUS_M, building ? [building] : []),
    rentalsIn(db, viewer, ids),
    householdsIn(db, viewer, ids),
  ]);
  await auditRevealed(db, actor, 'place_facts', 'case', String(c.id), tagged.revealed);
  return {
    place: building
      ? { buildingId: building.id, name: building.name, distanceM: Math.round(building.distanceM), matchedBy }
      : null,
    keyUnits: keyUnits.map((k) => ({
      ...k,
      distanceM: k.distanceM === null ? null : Math.round(k.distanceM),
    })),
    rentals,
    households: tagged.households,
  };
}

export interface WhistleNearby {
  center: Point | null;
  radiusM: number;
  keyUnits: KeyUnit[];
  households: (Household & { building: string; distanceM: number })[];
}

export async function whistleNearby(db: DbOrTx, actor: Actor, whistleId: string): Promise<WhistleNearby> {
  const w = await db
    .selectFrom('whistle')
    .select(['id', 'region_path', 'street_unit_id', 'opened_by', 'lon', 'lat'])
    .where('id', '=', whistleId)
    .executeTakeFirst();
  if (!w) throw notFound('whistle');
  const summoned = await db
    .selectFrom('whistle_summon')
    .select('unit_id')
    .where('whistle_id', '=', whistleId)
    .execute();
  if (
    !accessTo(
      actor,
      w,
      summoned.map((s) => s.unit_id),
    ).read
  )
    throw notFound('whistle');
  if (w.lon === null || w.lat === null)
    return { center: null, radiusM: WHISTLE_RADIUS_M, keyUnits: [], households: [] };
  const center = { lon: w.lon, lat: w.lat };
  const buildings = await buildingsNear(db, center, WHISTLE_RADIUS_M, WHISTLE_MAX_BUILDINGS);
  const byId = new Map(buildings.map((b) => [b.id, b]));
  const [keyUnits, tagged] = await Promise.all([
    keyUnitsNear(db, center, WHISTLE_RADIUS_M, buildings),
    householdsIn(db, await viewerOf(db, actor), [...byId.keys()]),
  ]);
  const households = tagged.households
    .map((h) => ({
      ...h,
      building: byId.get(h.buildingId)?.name ?? '',
      distanceM: Math.round(byId.get(h.buildingId)?.distanceM ?? 0),
    }))
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, WHISTLE_MAX_HOUSEHOLDS);
  await auditRevealed(db, actor, 'whistle_nearby', 'whistle', w.id, tagged.revealed);
  return {
    center,
    radiusM: WHISTLE_RADIUS_M,
    keyUnits: keyUnits.map((k) => ({
      ...k,
      distanceM: k.distanceM === null ? null : Math.round(k.distanceM),
    })),
    households,
  };
}
