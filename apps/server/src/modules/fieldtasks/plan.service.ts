import { sql } from 'kysely';
import { buildFloorPlan, collectsFloorPlans } from '@onegrid/domain';
import type { Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import {
  baseScopeOf,
  createRoom,
  inJurisdiction,
  personsBrief,
  placeInTerritory,
  type BaseScope,
} from '../basedata/public.ts';
import type { BuildingQuery, NewRoom } from './fieldtasks.io.ts';

type Ctx = Pick<AppContext, 'db' | 'pii'>;

/**
 * 楼盘表 on the phone (issue 11): a building's units → floors → rooms with each room's house and residents, for
 * grid workers in their own grids and community or street staff in their territory (domain `collectsFloorPlans`
 * plus the base data's territory). Residents come from the base data's `personsBrief` — masked, tags by class —
 * and every write goes through the base data's own functions (its routes for persons and verification,
 * `createRoom` here).
 */
async function collectorScope(ctx: Ctx, actor: Actor): Promise<BaseScope> {
  if (!collectsFloorPlans(actor)) throw forbidden();
  return baseScopeOf(ctx.db, actor);
}

/** Buildings of the reader's grids or territory, by name. */
export async function searchBuildings(ctx: Ctx, actor: Actor, f: BuildingQuery) {
  const scope = await collectorScope(ctx, actor);
  let q = ctx.db
    .selectFrom('address_node as a')
    .select(['a.id', 'a.name', 'a.full_name', 'a.grid_code'])
    .where('a.kind', '=', 'building')
    .where('a.in_use', '=', true)
    .where(placeInTerritory(scope, 'a'));
  if (f.gridCode) q = q.where('a.grid_code', '=', f.gridCode);
  if (f.q) q = q.where('a.full_name', 'like', `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await q.orderBy('a.full_name').limit(f.limit).execute();
  const ids = rows.map((r) => r.id);
  const rooms = ids.length
    ? (
        await sql<{ root: string; n: number }>`
          WITH RECURSIVE sub AS (
            SELECT id AS root, id, kind FROM address_node WHERE id = ANY(${ids}::uuid[])
            UNION ALL
            SELECT sub.root, n.id, n.kind FROM address_node n JOIN sub ON n.parent_id = sub.id
            WHERE n.in_use AND n.kind IN ('unit', 'floor', 'room')
          )
          SELECT root, (count(*) FILTER (WHERE kind = 'room'))::int AS n FROM sub GROUP BY root
        `.execute(ctx.db)
      ).rows
    : [];
  const count = new Map(rooms.map((r) => [r.root, r.n]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      fullName: r.full_name,
      gridCode: r.grid_code,
      rooms: count.get(r.id) ?? 0,
    })),
  };
}

export async function floorPlan(ctx: Ctx, actor: Actor, buildingId: string) {
  const scope = await collectorScope(ctx, actor);
  const b = await ctx.db
    .selectFrom('address_node')
    .select(['id', 'name', 'full_name', 'street_code', 'community_code', 'grid_code'])
    .where('id', '=', buildingId)
    .where('kind', '=', 'building')
    .where('in_use', '=', true)
    .executeTakeFirst();
  if (!b || !inJurisdiction(scope, b)) throw notFound('building');
  const nodes = (
    await sql<{ id: string; parent_id: string | null; kind: string; name: string; sort: number }>`
      WITH RECURSIVE sub AS (
        SELECT id, parent_id, kind, name, sort FROM address_node WHERE id = ${b.id}
        UNION ALL
        SELECT n.id, n.parent_id, n.kind, n.name, n.sort
        FROM address_node n JOIN sub ON n.parent_id = sub.id
        WHERE n.in_use AND n.kind IN ('unit', 'floor', 'room')
      )
      SELECT * FROM sub
    `.execute(ctx.db)
  ).rows;
  const roomIds = nodes.filter((n) => n.kind === 'room').map((n) => n.id);
  const houses = roomIds.length
    ? await ctx.db
        .selectFrom('house as h')
        .leftJoin('app_user as u', 'u.id', 'h.state_by')
        .select((eb) => [
          'h.id',
          'h.address_id',
          'h.use',
          'h.dangerous',
          'h.source_state',
          'h.state_at',
          'h.version',
          'u.name as state_by',
          eb
            .exists(eb.selectFrom('rental').select('rental.id').whereRef('rental.house_id', '=', 'h.id'))
            .as('rented'),
        ])
        .where('h.address_id', 'in', roomIds)
        .execute()
    : [];
  const residences = houses.length
    ? await ctx.db
        .selectFrom('residence')
        .select(['house_id', 'person_id'])
        .where(
          'house_id',
          'in',
          houses.map((h) => h.id),
        )
        .where('moved_out', 'is', null)
        .execute()
    : [];
  const persons = new Map(
    (await personsBrief(ctx, actor, [...new Set(residences.map((r) => r.person_id))])).map((p) => [p.id, p]),
  );
  const houseByRoom = new Map(houses.map((h) => [h.address_id, h]));
  const room = (roomId: string) => {
    const h = houseByRoom.get(roomId);
    const mine = h ? residences.filter((r) => r.house_id === h.id) : [];
    const shown = mine.map((r) => persons.get(r.person_id)).filter((p) => p !== undefined);
    return {
      house: h
        ? {
            id: h.id,
            use: h.use,
            rented: Boolean(h.rented),
            dangerous: h.dangerous,
            sourceState: h.source_state,
            stateAt: h.state_at.toISOString(),
            stateBy: h.state_by,
            version: h.version,
          }
        : null,
      // an allow-list of the list row: masked name, population type, state, tags by class
      residents: shown.map((p) => ({
        id: p.id,
        name: p.name,
        populationType: p.populationType,
        sourceState: p.sourceState,
        version: p.version,
        tags: p.tags,
      })),
      hiddenResidents: mine.length - shown.length,
    };
  };
  const units = buildFloorPlan(
    b.id,
    nodes.map((n) => ({ id: n.id, parentId: n.parent_id, kind: n.kind, name: n.name, sort: n.sort })),
    room,
  ).map((u) => ({
    ...u,
    floors: u.floors.map((f) => ({
      ...f,
      rooms: f.rooms.map((r) => ({ id: r.id, name: r.name, ...r.room })),
    })),
  }));
  return {
    building: {
      id: b.id,
      name: b.name,
      fullName: b.full_name,
      gridCode: b.grid_code,
      communityCode: b.community_code,
    },
    units,
    counts: {
      rooms: roomIds.length,
      houses: houses.length,
      residents: residences.length,
      verified: houses.filter((h) => h.source_state === 'verified').length,
    },
  };
}

/** A room found on site: under a floor, unit or the building itself of this building; the base data writes it. */
export async function addRoom(ctx: Ctx, actor: Actor, buildingId: string, body: NewRoom) {
  const scope = await collectorScope(ctx, actor);
  const parent = (
    await sql<{ id: string }>`
      WITH RECURSIVE up AS (
        SELECT id, parent_id, kind FROM address_node WHERE id = ${body.parentId}
        UNION ALL
        SELECT n.id, n.parent_id, n.kind FROM address_node n JOIN up ON n.id = up.parent_id WHERE up.kind <> 'building'
      )
      SELECT id FROM up WHERE id = ${buildingId} AND kind = 'building'
    `.execute(ctx.db)
  ).rows[0];
  const b = await ctx.db
    .selectFrom('address_node')
    .select(['street_code', 'community_code', 'grid_code'])
    .where('id', '=', buildingId)
    .executeTakeFirst();
  if (!b || !inJurisdiction(scope, b)) throw notFound('building');
  if (!parent) throw notFound('address');
  return createRoom(ctx, actor, body);
}
