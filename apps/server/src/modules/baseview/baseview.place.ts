import { CARE_TAGS, type HazardLevel, type RentalUse, type TagType } from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { relationTo, tagView, viewOf, type Viewer } from './baseview.relation.ts';

/**
 * What the base knows near a point: buildings, the key units (重点单位: fire, public order, work safety) with their
 * open hazards, rentals with a hazard, and households with tagged persons — each fact within the viewer's privacy
 * class (the domain's `classView`): key units are places (P0); rentals and households' addresses P1; care groups
 * (P2) masked to "关怀对象户" unless the viewer may reveal them; special populations (P3) only to the responsible
 * department and the assigned grid worker. Reads of P2/P3 shown in full are audited by the caller.
 */
export interface Point {
  lon: number;
  lat: number;
}

const M_PER_DEG = 111_320;

export function distanceM(a: Point, b: Point): number {
  const k = Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot((a.lon - b.lon) * k * M_PER_DEG, (a.lat - b.lat) * M_PER_DEG);
}

function box(p: Point, radiusM: number) {
  const dLat = radiusM / M_PER_DEG;
  const dLon = radiusM / (M_PER_DEG * Math.cos(p.lat * (Math.PI / 180)));
  return { minLon: p.lon - dLon, maxLon: p.lon + dLon, minLat: p.lat - dLat, maxLat: p.lat + dLat };
}

export interface Building {
  id: string;
  name: string;
  distanceM: number;
}

/** Buildings within the radius, nearest first (the bounding box on the point index, then the distance). */
export async function buildingsNear(
  db: DbOrTx,
  p: Point,
  radiusM: number,
  limit: number,
): Promise<Building[]> {
  const b = box(p, radiusM);
  const rows = await db
    .selectFrom('address_node')
    .select(['id', 'full_name', 'lon', 'lat'])
    .where('kind', '=', 'building')
    .where('in_use', '=', true)
    .where('lon', 'is not', null)
    .where('lon', '>=', b.minLon)
    .where('lon', '<=', b.maxLon)
    .where('lat', '>=', b.minLat)
    .where('lat', '<=', b.maxLat)
    .execute();
  return rows
    .map((r) => ({ id: r.id, name: r.full_name, distanceM: distanceM(p, { lon: r.lon!, lat: r.lat! }) }))
    .filter((r) => r.distanceM <= radiusM)
    .sort((x, y) => x.distanceM - y.distanceM)
    .slice(0, limit);
}

export interface KeyUnit {
  id: string;
  name: string;
  kind: 'unit' | 'place';
  address: string | null;
  keyFire: boolean;
  keyPublicOrder: boolean;
  keyWorkSafety: boolean;
  openHazards: number;
  seriousHazards: number;
  distanceM: number | null;
}

/** Key units within the radius of the point or at one of the buildings (by their address). */
export async function keyUnitsNear(
  db: DbOrTx,
  p: Point,
  radiusM: number,
  buildings: readonly Pick<Building, 'id' | 'distanceM'>[],
): Promise<KeyUnit[]> {
  const b = box(p, radiusM);
  const at = new Map(buildings.map((x) => [x.id, x.distanceM]));
  const ids = [...at.keys()];
  const rows = await db
    .selectFrom('organisation as o')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.address_text',
      'o.address_id',
      'o.lon',
      'o.lat',
      'o.key_fire',
      'o.key_public_order',
      'o.key_work_safety',
      sql<string>`(SELECT count(*) FROM org_hazard z WHERE z.organisation_id = o.id AND z.rectified_on IS NULL)`.as(
        'open',
      ),
      sql<string>`(SELECT count(*) FROM org_hazard z WHERE z.organisation_id = o.id AND z.rectified_on IS NULL
        AND z.level = 'serious')`.as('serious'),
    ])
    .where((eb) =>
      eb.or([
        eb('o.key_fire', '=', true),
        eb('o.key_public_order', '=', true),
        eb('o.key_work_safety', '=', true),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb.and([
          eb('o.lon', '>=', b.minLon),
          eb('o.lon', '<=', b.maxLon),
          eb('o.lat', '>=', b.minLat),
          eb('o.lat', '<=', b.maxLat),
        ]),
        ...(ids.length ? [eb('o.address_id', 'in', ids)] : []),
      ]),
    )
    .execute();
  return rows
    .map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      address: o.address_text,
      keyFire: o.key_fire,
      keyPublicOrder: o.key_public_order,
      keyWorkSafety: o.key_work_safety,
      openHazards: Number(o.open),
      seriousHazards: Number(o.serious),
      distanceM:
        o.lon !== null && o.lat !== null
          ? distanceM(p, { lon: o.lon, lat: o.lat })
          : (at.get(o.address_id ?? '') ?? null),
    }))
    .filter((o) => o.distanceM === null || o.distanceM <= radiusM)
    .sort((x, y) => (x.distanceM ?? 0) - (y.distanceM ?? 0));
}

export interface Rental {
  address: string | null;
  use: RentalUse;
  hazard: HazardLevel;
  occupantLimit: number | null;
  occupantActual: number | null;
}

/** The rooms, houses and everything else under the buildings (the address tree below them). */
const SUBTREE = (buildingIds: readonly string[]) => sql`
  WITH RECURSIVE sub AS (
    SELECT id, id AS building_id, 0 AS depth FROM address_node WHERE id = ANY(${[...buildingIds]}::uuid[])
    UNION ALL
    SELECT n.id, sub.building_id, sub.depth + 1 FROM address_node n JOIN sub ON n.parent_id = sub.id
    WHERE sub.depth < 6
  )`;

/** Rentals in the buildings: all of them counted; those with a hazard listed within the viewer's P1 view. */
export async function rentalsIn(
  db: DbOrTx,
  actor: Viewer,
  buildingIds: readonly string[],
): Promise<{ total: number; withHazard: Rental[] } | null> {
  if (buildingIds.length === 0) return { total: 0, withHazard: [] };
  const rows = await sql<{
    full_name: string;
    use: RentalUse;
    hazard: HazardLevel;
    occupant_limit: number | null;
    occupant_actual: number | null;
    community_code: string | null;
    grid_code: string | null;
  }>`
    ${SUBTREE(buildingIds)}
    SELECT a.full_name, x.use, x.hazard, x.occupant_limit, x.occupant_actual, h.community_code, x.grid_code
    FROM sub JOIN house h ON h.address_id = sub.id
    JOIN rental x ON x.house_id = h.id
    JOIN address_node a ON a.id = h.address_id
  `.execute(db);
  let total = 0;
  const withHazard: Rental[] = [];
  for (const r of rows.rows) {
    const view = viewOf(
      actor.actor,
      'P1',
      relationTo(actor, { communityCode: r.community_code, gridCode: r.grid_code }),
    );
    if (view === 'hidden') continue;
    total++;
    if (r.hazard === 'safe') continue;
    withHazard.push({
      address: view === 'full' || view === 'revealable' ? r.full_name : null,
      use: r.use,
      hazard: r.hazard,
      occupantLimit: r.occupant_limit,
      occupantActual: r.occupant_actual,
    });
  }
  if (total === 0 && rows.rows.length > 0) return null; // rentals there, none visible: say nothing
  withHazard.sort((a, b) => (a.hazard === b.hazard ? 0 : a.hazard === 'serious' ? -1 : 1));
  return { total, withHazard };
}

export interface Household {
  houseId: string;
  buildingId: string;
  /** The room's address: shown to whom the household (P1) is visible in full, else only its building. */
  address: string | null;
  /** A care-group household the viewer may not know the group of: "关怀对象户". */
  careMasked: boolean;
  care: TagType[];
  special: TagType[];
}

/**
 * Households in the buildings with tagged persons, each tag within the viewer's view: hidden tags are left out
 * (a household with none visible is not listed), masked care tags make `careMasked`, revealable and full ones are
 * listed. `revealed` holds the persons whose P2/P3 tags were shown, for the audit.
 */
export async function householdsIn(
  db: DbOrTx,
  actor: Viewer,
  buildingIds: readonly string[],
): Promise<{ households: Household[]; revealed: string[] }> {
  if (buildingIds.length === 0) return { households: [], revealed: [] };
  const rows = await sql<{
    house_id: string;
    building_id: string;
    full_name: string;
    person_id: string;
    tag: TagType;
    responsible_unit_id: string | null;
    assigned_user_id: string | null;
    community_code: string | null;
    grid_code: string | null;
  }>`
    ${SUBTREE(buildingIds)}
    SELECT h.id AS house_id, sub.building_id, a.full_name, r.person_id, t.tag, t.responsible_unit_id,
      t.assigned_user_id, coalesce(t.community_code, h.community_code) AS community_code,
      coalesce(t.grid_code, h.grid_code) AS grid_code
    FROM sub JOIN house h ON h.address_id = sub.id
    JOIN residence r ON r.house_id = h.id AND r.moved_out IS NULL
    JOIN person_tag t ON t.person_id = r.person_id AND t.ended_on IS NULL
    JOIN address_node a ON a.id = h.address_id
    ORDER BY a.full_name, t.tag
  `.execute(db);
  const byHouse = new Map<string, Household & { addressView: boolean }>();
  const revealed = new Set<string>();
  for (const r of rows.rows) {
    const view = tagView(actor, r);
    if (view === 'hidden') continue;
    const h = byHouse.get(r.house_id) ?? {
      houseId: r.house_id,
      buildingId: r.building_id,
      address: null,
      careMasked: false,
      care: [],
      special: [],
      addressView: false,
    };
    byHouse.set(r.house_id, h);
    const isCare = (CARE_TAGS as readonly string[]).includes(r.tag);
    if (view === 'masked') h.careMasked ||= isCare;
    else {
      const list = isCare ? h.care : h.special;
      if (!list.includes(r.tag)) list.push(r.tag);
      revealed.add(r.person_id);
    }
    const p1 = viewOf(
      actor.actor,
      'P1',
      relationTo(actor, {
        communityCode: r.community_code,
        gridCode: r.grid_code,
        responsibleUnitId: r.responsible_unit_id,
        assignedUserId: r.assigned_user_id,
      }),
    );
    if (p1 === 'full' || p1 === 'revealable') {
      h.addressView = true;
      h.address = r.full_name;
    }
  }
  const households = [...byHouse.values()].map(({ addressView: _v, ...h }) => ({
    ...h,
    careMasked: h.careMasked && h.care.length === 0,
  }));
  return { households, revealed: [...revealed] };
}

/** One audit row for the P2/P3 tags a view showed (persons' ids, never the tags' details). */
export async function auditRevealed(
  db: DbOrTx,
  actor: Actor,
  purpose: string,
  entity: string,
  entityId: string,
  revealed: readonly string[],
): Promise<void> {
  if (revealed.length === 0) return;
  await writeAudit(db, actor, {
    action: 'view_pii',
    entity,
    entityId,
    after: { purpose, class: 'P2/P3', persons: revealed },
  });
}
