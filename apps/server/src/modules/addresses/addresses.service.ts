import {
  ADDRESS_PARENTS,
  AddressIndex,
  type AddressKind,
  type AddressRecord,
  type AreaGeometry,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { VersionedCache } from '../../lib/versioned-cache.ts';
import type { GeoService } from '../geo/geo.service.ts';
import * as repo from './addresses.repository.ts';

/**
 * The address library (标准地址, issue 10) in each process's memory: an AddressIndex (packages/domain) of every node
 * in use, reloaded when the library's version moves (a trigger on address_node, checked at most once a second).
 *
 * Why in process and not pg_trgm: a geocode is a parse, a scan of a few thousand road and compound names with edit
 * distance (which catches the one-character typos a trigram index scores poorly on short Chinese names: 金谷园 and
 * 金古园 share no trigram), then walks down the tree by numbers — all in memory, well under a millisecond at 250 k
 * nodes, with no query per keystroke. Reverse geocoding and the map layers use the same copy (R-trees over the
 * points and shapes). The price is the memory of one copy per process (tens of MB at the district's scale) and a
 * reload of a second or two after a change, which the admin pages make rare.
 */
export class AddressService {
  private readonly cache: VersionedCache<AddressIndex>;

  constructor(db: Db, checkEveryMs = 1000) {
    this.cache = new VersionedCache(db, loadIndex, checkEveryMs, repo.addressVersion, 'addresses');
  }

  index(): Promise<AddressIndex> {
    return this.cache.current();
  }

  /** Reload on the next use, e.g. right after this process changed the library. */
  invalidate(): void {
    this.cache.invalidate();
  }
}

async function loadIndex(db: Db): Promise<AddressIndex> {
  const [rows, places] = await Promise.all([repo.currentNodes(db), repo.placeNames(db)]);
  const records: AddressRecord[] = rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind,
    name: r.name,
    fullName: r.full_name,
    streetCode: r.street_code,
    communityCode: r.community_code,
    gridCode: r.grid_code,
    lon: r.lon,
    lat: r.lat,
    footprint: r.footprint ?? null,
  }));
  return AddressIndex.build(records, places);
}

export interface AddressItem {
  id: string;
  kind: AddressKind;
  name: string;
  fullName: string;
  lon: number | null;
  lat: number | null;
  gridCode: string | null;
  communityCode: string | null;
  streetCode: string;
}

export function itemOf(r: AddressRecord): AddressItem {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    fullName: r.fullName,
    lon: r.lon,
    lat: r.lat,
    gridCode: r.gridCode,
    communityCode: r.communityCode,
    streetCode: r.streetCode,
  };
}

/**
 * Does a node lie within a region (a district, street, community or grid code)? Codes nest by prefix once their
 * trailing 000 groups are dropped: 110117000000 (district) → 110117, 110117001000 (street) → 110117001.
 */
function withinRegion(code: string) {
  const prefix = code.length === 12 ? code.replace(/(000)+$/, '') : code;
  return (r: AddressRecord) =>
    [r.gridCode, r.communityCode, r.streetCode].some((c) => c !== null && c.startsWith(prefix));
}

/** Ranked candidates for a typed address: P0 (public geography), the same for every caller. */
export async function search(
  svc: AddressService,
  q: { q: string; limit: number; within?: string | undefined },
): Promise<(AddressItem & { score: number })[]> {
  const index = await svc.index();
  const hits = index.search(q.q, { limit: q.limit, ...(q.within ? { filter: withinRegion(q.within) } : {}) });
  return hits.map((h) => ({ ...itemOf(h.record), score: h.score }));
}

/** The nearest door plate and building to a point (within 300 m), with their distances in metres. */
export async function reverse(svc: AddressService, lon: number, lat: number) {
  const index = await svc.index();
  const near = index.nearest(lon, lat, 300);
  const one = (x: { record: AddressRecord; distanceM: number } | null) =>
    x ? { ...itemOf(x.record), distanceM: x.distanceM } : null;
  return { doorplate: one(near.doorplate), building: one(near.building) };
}

/** What a map of a box at a zoom level draws: roads from zoom 12, buildings from 15; at most 4,000 shapes. */
export async function layers(
  svc: AddressService,
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number },
  zoom: number,
) {
  const kinds: ('road' | 'building')[] = zoom >= 15 ? ['road', 'building'] : zoom >= 12 ? ['road'] : [];
  if (kinds.length === 0) return { type: 'FeatureCollection' as const, features: [], truncated: false };
  const index = await svc.index();
  const { records, truncated } = index.inBox(box, kinds, 4000);
  return {
    type: 'FeatureCollection' as const,
    truncated,
    features: records.map((r) => ({
      type: 'Feature' as const,
      geometry: r.footprint as { type: string; coordinates: unknown },
      properties: { id: r.id, kind: r.kind as 'road' | 'building', name: r.name },
    })),
  };
}

function detailOf(n: repo.NodeRow) {
  return {
    id: n.id,
    parentId: n.parent_id,
    kind: n.kind,
    name: n.name,
    fullName: n.full_name,
    lon: n.lon,
    lat: n.lat,
    gridCode: n.grid_code,
    communityCode: n.community_code,
    streetCode: n.street_code,
    footprint:
      ((n.kind === 'road' ? (n.line ?? n.footprint) : n.footprint) as {
        type: string;
        coordinates: unknown;
      } | null) ?? null,
    validFrom: n.valid_from,
    validTo: n.valid_to,
    inUse: n.in_use,
  };
}

/** A node with its children (at most 500) and its path to the root; retired nodes too (history). */
export async function detail(db: DbOrTx, id: string) {
  const node = await repo.findNode(db, id);
  if (!node) throw notFound('address');
  const [children, path] = await Promise.all([repo.childrenOf(db, id, 500), repo.pathOf(db, id)]);
  return {
    ...detailOf(node),
    children: children.map(detailOf),
    path: path.map((p) => ({ id: p.id, kind: p.kind, name: p.name, fullName: p.full_name })),
  };
}

/** The administrator's node: within the jurisdiction of an admin (system administrator) of its street or community. */
async function requireAdminOver(db: DbOrTx, actor: Actor, regionCode: string) {
  requireRole(actor, 'admin');
  const region = await repo.findRegionPath(db, regionCode);
  if (!region || !inScope(actor, region.path)) throw notFound('address');
  return region;
}

export interface NewNode {
  parentId?: string | undefined;
  kind: AddressKind;
  name: string;
  communityCode?: string | undefined;
  lon?: number | undefined;
  lat?: number | undefined;
  footprint?: AreaGeometry | { type: 'LineString'; coordinates: number[][] } | undefined;
  validFrom?: string | undefined;
}

export async function createNode(db: Db, geo: GeoService, actor: Actor, input: NewNode) {
  return db.transaction().execute(async (tx) => {
    const parent = input.parentId ? await repo.findNode(tx, input.parentId) : undefined;
    if (input.parentId && (!parent || !parent.in_use)) throw notFound('address');
    const allowed = ADDRESS_PARENTS[input.kind];
    if (!allowed.includes(parent ? parent.kind : null))
      throw invalid([{ path: 'parentId', key: 'address_parent_kind' }]);
    let streetCode: string;
    let communityCode: string | null;
    let prefix: string;
    if (parent) {
      await requireAdminOver(tx, actor, parent.community_code ?? parent.street_code);
      streetCode = parent.street_code;
      communityCode = parent.community_code;
      prefix = parent.full_name;
    } else {
      if (!input.communityCode) throw invalid([{ path: 'communityCode', key: 'address_needs_community' }]);
      const community = await requireAdminOver(tx, actor, input.communityCode);
      if (community.level !== 'community' || !community.parent_code)
        throw invalid([{ path: 'communityCode', key: 'not_a_community' }]);
      const street = await repo.findRegionPath(tx, community.parent_code);
      streetCode = community.parent_code;
      communityCode = community.code;
      prefix = `${street?.name ?? ''}${community.name}`;
    }
    const lon = input.lon ?? parent?.lon ?? null;
    const lat = input.lat ?? parent?.lat ?? null;
    let gridCode = parent?.grid_code ?? null;
    if (input.lon !== undefined && input.lat !== undefined) {
      const loc = await geo.locate(input.lon, input.lat);
      gridCode = loc.grid?.code ?? gridCode;
    }
    const row = await repo.insertNode(tx, {
      parent_id: parent?.id ?? null,
      kind: input.kind,
      name: input.name,
      full_name: `${prefix}${input.name}`,
      street_code: streetCode,
      community_code: communityCode,
      grid_code: gridCode,
      lon,
      lat,
      footprint: input.footprint ?? null,
      ...(input.validFrom ? { valid_from: input.validFrom } : {}),
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'address_node',
      entityId: row.id,
      after: detailOf(row),
    });
    return detailOf(row);
  });
}

export async function updateNode(
  db: Db,
  geo: GeoService,
  actor: Actor,
  id: string,
  patch: {
    name?: string | undefined;
    lon?: number | undefined;
    lat?: number | undefined;
    footprint?: unknown;
  },
) {
  await db.transaction().execute(async (tx) => {
    const node = await repo.findNode(tx, id, true);
    if (!node) throw notFound('address');
    await requireAdminOver(tx, actor, node.community_code ?? node.street_code);
    if (!node.in_use) throw conflict('address_retired');
    if (patch.name !== undefined && patch.name !== node.name) {
      const base = node.full_name.endsWith(node.name) ? node.full_name.slice(0, -node.name.length) : '';
      await repo.renameNode(tx, id, node.full_name, `${base}${patch.name}`, patch.name);
    }
    if (patch.lon !== undefined && patch.lat !== undefined) {
      const loc = await geo.locate(patch.lon, patch.lat);
      await repo.updatePlace(tx, id, {
        lon: patch.lon,
        lat: patch.lat,
        grid_code: loc.grid?.code ?? node.grid_code,
      });
    }
    if (patch.footprint !== undefined)
      await repo.updatePlace(tx, id, { kind: node.kind, footprint: patch.footprint });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'address_node',
      entityId: id,
      before: { name: node.name, lon: node.lon, lat: node.lat },
      after: patch,
    });
  });
  return detail(db, id);
}

/**
 * Retires a node and everything below it (valid_to, no longer in use); nothing is deleted, the history stays. A
 * node where people live or an organisation is registered is in use and cannot be retired (move them first).
 */
export async function retireNode(db: Db, actor: Actor, id: string, validTo: string | undefined) {
  await db.transaction().execute(async (tx) => {
    const node = await repo.findNode(tx, id, true);
    if (!node) throw notFound('address');
    await requireAdminOver(tx, actor, node.community_code ?? node.street_code);
    if (!node.in_use) throw conflict('address_retired');
    const ids = await repo.subtreeIds(tx, id);
    const use = await repo.inUseBy(tx, ids);
    if (use.residents > 0 || use.organisations > 0) throw conflict('address_in_use', use);
    const day = validTo ?? new Date().toISOString().slice(0, 10);
    await repo.retireNodes(tx, ids, day);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'address_node',
      entityId: id,
      before: { inUse: true, validTo: node.valid_to },
      after: { inUse: false, validTo: day, nodes: ids.length },
    });
  });
  return detail(db, id);
}

/**
 * A room added on site under a floor, unit or building (楼盘表 collection, issue 11), inside the caller's
 * transaction. The caller authorizes: the base data's writers of the place (basedata `createRoom`: grid workers
 * for their grids, community and street staff), not only administrators as for the rest of the tree.
 */
export async function addRoomNode(tx: DbOrTx, actor: Actor, parentId: string, name: string) {
  const parent = await repo.findNode(tx, parentId, true);
  if (!parent || !parent.in_use) throw notFound('address');
  if (!ADDRESS_PARENTS.room.includes(parent.kind))
    throw invalid([{ path: 'parentId', key: 'address_parent_kind' }]);
  const twin = await tx
    .selectFrom('address_node')
    .select('id')
    .where('parent_id', '=', parent.id)
    .where('name', '=', name)
    .where('in_use', '=', true)
    .executeTakeFirst();
  if (twin) throw conflict('room_exists');
  const row = await repo.insertNode(tx, {
    parent_id: parent.id,
    kind: 'room',
    name,
    full_name: `${parent.full_name}${name}`,
    street_code: parent.street_code,
    community_code: parent.community_code,
    grid_code: parent.grid_code,
    lon: parent.lon,
    lat: parent.lat,
    footprint: null,
  });
  await writeAudit(tx, actor, {
    action: 'create',
    entity: 'address_node',
    entityId: row.id,
    after: detailOf(row),
  });
  return detailOf(row);
}
