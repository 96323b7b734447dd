import { sql } from 'kysely';
import type { AddressKind } from '@onegrid/domain';
import type pg from 'pg';
import { copyRows } from '../../db/copy.ts';
import type { DbOrTx } from '../../db/database.ts';

/** The number that moves with every change of address_node (migration 20261206_2300: a trigger moves it). */
export async function addressVersion(db: DbOrTx): Promise<string> {
  const row = await db.selectFrom('address_version').select('version').executeTakeFirstOrThrow();
  return String(row.version);
}

/** Every node in use today, for the in-memory index (shapes only where drawn: roads and buildings). */
export async function currentNodes(db: DbOrTx) {
  return db
    .selectFrom('address_node')
    .select([
      'id',
      'parent_id',
      'kind',
      'name',
      'full_name',
      'street_code',
      'community_code',
      'grid_code',
      'lon',
      'lat',
      // a road's centre line is in `line` (migration 20261206_2200), a building's footprint in `footprint`
      sql<unknown>`CASE WHEN kind = 'road' THEN coalesce(line, footprint) WHEN kind = 'building' THEN footprint END`.as(
        'footprint',
      ),
    ])
    .where('in_use', '=', true)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', sql<string>`current_date`)]))
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export async function placeNames(db: DbOrTx) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'path'])
    .where('level', 'in', ['district', 'street', 'community'])
    .execute();
}

export async function findRegionPath(db: DbOrTx, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'path', 'parent_code'])
    .where('code', '=', code)
    .executeTakeFirst();
}

const NODE_COLUMNS = [
  'id',
  'parent_id',
  'kind',
  'name',
  'full_name',
  'street_code',
  'community_code',
  'grid_code',
  'lon',
  'lat',
  'footprint',
  'line',
  'valid_from',
  'valid_to',
  'in_use',
  'source',
] as const;

export async function findNode(db: DbOrTx, id: string, forUpdate = false) {
  let q = db.selectFrom('address_node').select(NODE_COLUMNS).where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type NodeRow = NonNullable<Awaited<ReturnType<typeof findNode>>>;

export async function childrenOf(db: DbOrTx, id: string, limit: number) {
  return db
    .selectFrom('address_node')
    .select(NODE_COLUMNS)
    .where('parent_id', '=', id)
    .orderBy('sort')
    .orderBy('name')
    .limit(limit)
    .execute();
}

/** The node's ancestors, root first (the node itself last). */
export async function pathOf(db: DbOrTx, id: string) {
  const r = await sql<{ id: string; kind: AddressKind; name: string; full_name: string; depth: number }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, kind, name, full_name, 0 AS depth FROM address_node WHERE id = ${id}
      UNION ALL
      SELECT n.id, n.parent_id, n.kind, n.name, n.full_name, up.depth + 1
        FROM address_node n JOIN up ON n.id = up.parent_id WHERE up.depth < 16
    )
    SELECT id, kind, name, full_name, depth FROM up ORDER BY depth DESC`.execute(db);
  return r.rows;
}

/** The node and everything below it. */
export async function subtreeIds(db: DbOrTx, id: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    WITH RECURSIVE down AS (
      SELECT id, 0 AS depth FROM address_node WHERE id = ${id}
      UNION ALL
      SELECT n.id, down.depth + 1 FROM address_node n JOIN down ON n.parent_id = down.id WHERE down.depth < 16
    )
    SELECT id FROM down`.execute(db);
  return r.rows.map((x) => x.id);
}

/** Is anything of the base data at these nodes now: a house with a current resident, an organisation? */
export async function inUseBy(
  db: DbOrTx,
  ids: string[],
): Promise<{ residents: number; organisations: number }> {
  if (ids.length === 0) return { residents: 0, organisations: 0 };
  const r = await sql<{ residents: number; organisations: number }>`
    SELECT
      (SELECT count(*)::int FROM residence r JOIN house h ON h.id = r.house_id
        WHERE r.moved_out IS NULL AND h.address_id = ANY(${ids}::uuid[])) AS residents,
      (SELECT count(*)::int FROM organisation o WHERE o.address_id = ANY(${ids}::uuid[])) AS organisations`.execute(
    db,
  );
  return r.rows[0] ?? { residents: 0, organisations: 0 };
}

/** Where a node's shape is stored: a road's centre line in `line`, any other shape (a footprint) in `footprint`. */
function shapeColumns<S>(kind: AddressKind, shape: S | null): { footprint: S | null; line: S | null } {
  return kind === 'road' ? { footprint: null, line: shape } : { footprint: shape, line: null };
}

export async function insertNode(
  db: DbOrTx,
  v: {
    parent_id: string | null;
    kind: AddressKind;
    name: string;
    full_name: string;
    street_code: string;
    community_code: string | null;
    grid_code: string | null;
    lon: number | null;
    lat: number | null;
    footprint: unknown;
    valid_from?: string;
  },
) {
  return db
    .insertInto('address_node')
    .values({ ...v, ...shapeColumns(v.kind, v.footprint === null ? null : JSON.stringify(v.footprint)) })
    .returning(NODE_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Renames a node: its full name and the full names below it take the new prefix. */
export async function renameNode(db: DbOrTx, id: string, oldFull: string, newFull: string, name: string) {
  const ids = await subtreeIds(db, id);
  await db
    .updateTable('address_node')
    .set({
      full_name: sql<string>`${newFull} || substr(full_name, ${oldFull.length + 1})`,
      updated_at: sql`now()`,
    })
    .where('id', 'in', ids)
    .where(sql<boolean>`starts_with(full_name, ${oldFull})`)
    .execute();
  await db.updateTable('address_node').set({ name, full_name: newFull }).where('id', '=', id).execute();
}

export async function updatePlace(
  db: DbOrTx,
  id: string,
  v: {
    kind?: AddressKind;
    lon?: number | null;
    lat?: number | null;
    grid_code?: string | null;
    footprint?: unknown;
  },
) {
  const set: Record<string, unknown> = { updated_at: sql`now()` };
  if (v.lon !== undefined) set.lon = v.lon;
  if (v.lat !== undefined) set.lat = v.lat;
  if (v.grid_code !== undefined) set.grid_code = v.grid_code;
  if (v.footprint !== undefined) {
    const shape = v.footprint === null ? null : JSON.stringify(v.footprint);
    if (v.kind === 'road') set.line = shape;
    else set.footprint = shape;
  }
  await db.updateTable('address_node').set(set).where('id', '=', id).execute();
}

export async function retireNodes(db: DbOrTx, ids: string[], validTo: string) {
  await db
    .updateTable('address_node')
    .set({ valid_to: validTo, in_use: false, updated_at: sql`now()` })
    .where('id', 'in', ids)
    .where('in_use', '=', true)
    .execute();
}

/** A node written by a bulk load (the demo district, an import): ids chosen by the loader, parents first. */
export interface BulkNode {
  id: string;
  parentId: string | null;
  kind: AddressKind;
  name: string;
  fullName: string;
  streetCode: string;
  communityCode: string | null;
  gridCode: string | null;
  lon: number | null;
  lat: number | null;
  /** GeoJSON: a road's centre line, a building's footprint */
  shape: { type: string; coordinates: unknown } | null;
  floors: number | null;
  sort: number;
  source: string;
  validFrom: string;
}

const BULK_COLUMNS = [
  'id',
  'parent_id',
  'kind',
  'name',
  'full_name',
  'street_code',
  'community_code',
  'grid_code',
  'lon',
  'lat',
  'footprint',
  'line',
  'floors',
  'sort',
  'source',
  'valid_from',
] as const;

/** Writes many nodes at once with COPY (parents before children); answers how many. Inside the caller's transaction. */
export async function bulkInsertNodes(client: pg.ClientBase, nodes: Iterable<BulkNode>): Promise<number> {
  function* rows(): Generator<unknown[]> {
    for (const n of nodes) {
      const { footprint, line } = shapeColumns(n.kind, n.shape);
      yield [
        n.id,
        n.parentId,
        n.kind,
        n.name,
        n.fullName,
        n.streetCode,
        n.communityCode,
        n.gridCode,
        n.lon,
        n.lat,
        footprint,
        line,
        n.floors,
        n.sort,
        n.source,
        n.validFrom,
      ];
    }
  }
  return copyRows(client, 'address_node', BULK_COLUMNS, rows());
}

/**
 * The columns, in order, that a select given to `bulkInsertSelected` yields: nodes generated in SQL by a bulk load
 * (units, floors and rooms expanded under buildings), without shapes.
 */
export const SELECTED_NODE_COLUMNS = [
  'id',
  'parent_id',
  'kind',
  'name',
  'full_name',
  'street_code',
  'community_code',
  'grid_code',
  'lon',
  'lat',
  'sort',
  'source',
  'valid_from',
] as const;

/** Inserts the nodes a select yields (columns as `SELECTED_NODE_COLUMNS`); answers how many. */
export async function bulkInsertSelected(client: pg.ClientBase, select: string): Promise<number> {
  const r = await client.query(`INSERT INTO address_node (${SELECTED_NODE_COLUMNS.join(', ')}) ${select}`);
  return r.rowCount ?? 0;
}
