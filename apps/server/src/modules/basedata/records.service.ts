import { inTransaction } from '../../lib/idempotency.ts';
import {
  districtOf,
  classView,
  TAG_LEVELS,
  type HazardLevel,
  type HouseUse,
  type ManagementClass,
  type OrganisationKind,
  type RentalUse,
  type TagType,
} from '@onegrid/domain';
import { sql, type Selectable } from 'kysely';
import type { OrganisationTable } from '../../db/schema.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { addRoomNode } from '../addresses/public.ts';
import {
  baseScopeOf,
  mayWriteAt,
  placeInTerritory,
  relationOf,
  visible,
  type BaseScope,
  type Placed,
} from './basedata.scope.ts';
import {
  lockRow,
  recordCreated,
  setSourceState,
  versionedUpdate,
  type BaseEntity,
} from './basedata.versioning.ts';

/**
 * Houses, rentals (出租屋), organisations and places (单位场所) with hazards and employees, and tags on persons.
 * Houses and rentals are internal (P1: staff of the jurisdiction); an organisation's public part (P0: name, type,
 * place, key-unit flags) is seen by all staff, its people (legal representative, employees) are P1.
 */
type Ctx = Pick<AppContext, 'db' | 'pii'>;
const NO_REL = { inJurisdiction: false, responsibleUnit: false, assignedWorker: false };
const isUnique = (e: unknown) => (e as { code?: string }).code === '23505';

async function addressOf(db: DbOrTx, addressId: string) {
  const a = await db
    .selectFrom('address_node')
    .select(['id', 'full_name', 'street_code', 'community_code', 'grid_code'])
    .where('id', '=', addressId)
    .executeTakeFirst();
  if (!a) throw invalid([{ path: 'addressId', key: 'invalid' }]);
  return a;
}

/** Verifying (已核实) any base record: who, when, as a versioned change; writers of the record's place only. */
export async function verifyRecord(ctx: Ctx, actor: Actor, entity: BaseEntity, id: string, version: number) {
  const scope = await baseScopeOf(ctx.db, actor);
  return inTransaction(ctx.db, async (tx) => {
    const row = (await lockRow(tx, entity, id)) as unknown as Placed & { version: number };
    if (!visible(scope, relationOf(scope, row))) throw notFound(entity);
    if (!mayWriteAt(scope, row)) throw forbidden();
    const after = await setSourceState(tx, actor, entity, id, 'verified', version);
    return { id, version: after.version };
  });
}

// ---------- houses and rentals ----------

export interface HouseInput {
  addressId: string;
  use?: HouseUse | undefined;
  area?: number | null | undefined;
  builtYear?: number | null | undefined;
  dangerous?: boolean | undefined;
}

export async function createHouse(ctx: Ctx, actor: Actor, input: HouseInput) {
  const scope = await baseScopeOf(ctx.db, actor);
  const a = await addressOf(ctx.db, input.addressId);
  if (!a.community_code) throw invalid([{ path: 'addressId', key: 'not_a_community' }]);
  const place = { street_code: a.street_code, community_code: a.community_code, grid_code: a.grid_code };
  if (!mayWriteAt(scope, place)) throw forbidden();
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('house')
        .values({
          address_id: a.id,
          use: input.use ?? 'residence',
          area: input.area ?? null,
          built_year: input.builtYear ?? null,
          dangerous: input.dangerous ?? false,
          ...place,
          state_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordCreated(tx, actor, 'house', row);
      return { id: row.id, version: row.version };
    });
  } catch (e) {
    if (isUnique(e)) throw conflict('house_exists');
    throw e;
  }
}

/**
 * A room found on site (楼盘表): its address node (the address library's `addRoomNode`) and its house, one
 * transaction; writers of the place only (grid workers for their grids, community and street staff).
 */
export async function createRoom(
  ctx: Ctx,
  actor: Actor,
  input: { parentId: string; name: string; use?: HouseUse | undefined },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  const parent = await addressOf(ctx.db, input.parentId);
  if (!parent.community_code) throw invalid([{ path: 'parentId', key: 'not_a_community' }]);
  const place = {
    street_code: parent.street_code,
    community_code: parent.community_code,
    grid_code: parent.grid_code,
  };
  if (!mayWriteAt(scope, place)) throw forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const node = await addRoomNode(tx, actor, parent.id, input.name.trim());
    const row = await tx
      .insertInto('house')
      .values({ address_id: node.id, use: input.use ?? 'residence', ...place, state_by: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCreated(tx, actor, 'house', row);
    return { addressId: node.id, houseId: row.id, version: row.version };
  });
}

async function writableRow(tx: DbOrTx, scope: BaseScope, entity: BaseEntity, id: string) {
  const row = (await lockRow(tx, entity, id)) as unknown as Placed &
    Record<string, unknown> & { version: number };
  if (!visible(scope, relationOf(scope, row))) throw notFound(entity);
  if (!mayWriteAt(scope, row)) throw forbidden();
  return row;
}

export async function updateHouse(
  ctx: Ctx,
  actor: Actor,
  id: string,
  u: Omit<HouseInput, 'addressId'> & { version: number },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const locked = await writableRow(tx, scope, 'house', id);
    const row = await versionedUpdate(
      tx,
      actor,
      'house',
      id,
      { use: u.use, area: u.area, built_year: u.builtYear, dangerous: u.dangerous },
      { expected: u.version, locked: locked as never },
    );
    return { id, version: row.version };
  });
}

export interface RentalInput {
  version?: number | undefined;
  use: RentalUse;
  lessorPersonId?: string | null | undefined;
  lessorOrgId?: string | null | undefined;
  filingNo?: string | null | undefined;
  rooms?: number | null | undefined;
  occupantLimit?: number | null | undefined;
  occupantActual?: number | null | undefined;
  hazard?: HazardLevel | undefined;
  managementClass?: ManagementClass | undefined;
}

/** Registers the house as a rental, or changes its rental record (versioned). */
export async function putRental(ctx: Ctx, actor: Actor, houseId: string, r: RentalInput) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const house = await writableRow(tx, scope, 'house', houseId);
    const existing = await tx
      .selectFrom('rental')
      .select('id')
      .where('house_id', '=', houseId)
      .executeTakeFirst();
    const values = {
      use: r.use,
      lessor_person_id: r.lessorPersonId,
      lessor_org_id: r.lessorOrgId,
      filing_no: r.filingNo,
      rooms: r.rooms,
      occupant_limit: r.occupantLimit,
      occupant_actual: r.occupantActual,
      hazard: r.hazard,
      management_class: r.managementClass,
    };
    if (existing) {
      const row = await versionedUpdate(tx, actor, 'rental', existing.id, values, { expected: r.version });
      return { id: existing.id, version: row.version };
    }
    const row = await tx
      .insertInto('rental')
      .values({
        house_id: houseId,
        use: r.use,
        lessor_person_id: r.lessorPersonId ?? null,
        lessor_org_id: r.lessorOrgId ?? null,
        filing_no: r.filingNo ?? null,
        rooms: r.rooms ?? null,
        occupant_limit: r.occupantLimit ?? null,
        occupant_actual: r.occupantActual ?? null,
        hazard: r.hazard ?? 'safe',
        management_class: r.managementClass ?? 'C',
        street_code: house.street_code!,
        community_code: house.community_code!,
        grid_code: house.grid_code,
        state_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCreated(tx, actor, 'rental', row);
    return { id: row.id, version: row.version };
  });
}

export interface HouseFilter {
  page: number;
  pageSize: number;
  communityCode?: string | undefined;
  gridCode?: string | undefined;
  use?: HouseUse | undefined;
  rental?: boolean | undefined;
  hazard?: HazardLevel | undefined;
}

function houseQuery(db: DbOrTx, scope: BaseScope) {
  const territorial = visible(scope, { ...NO_REL, inJurisdiction: true });
  return db
    .selectFrom('house as h')
    .innerJoin('address_node as a', 'a.id', 'h.address_id')
    .leftJoin('rental as r', 'r.house_id', 'h.id')
    .where(territorial ? placeInTerritory(scope, 'h') : sql<boolean>`FALSE`);
}

const houseColumns = [
  'h.id',
  'h.address_id',
  'a.full_name',
  'h.use',
  'h.area',
  'h.built_year',
  'h.dangerous',
  'h.street_code',
  'h.community_code',
  'h.grid_code',
  'h.source_state',
  'h.state_at',
  'h.state_by',
  'h.version',
  'r.id as r_id',
  'r.use as r_use',
  'r.filing_no',
  'r.rooms',
  'r.occupant_limit',
  'r.occupant_actual',
  'r.hazard',
  'r.management_class',
  'r.lessor_org_id',
  'r.lessor_person_id',
  'r.source_state as r_state',
  'r.version as r_version',
] as const;

export async function listHouses(ctx: Ctx, actor: Actor, f: HouseFilter) {
  const scope = await baseScopeOf(ctx.db, actor);
  let q = houseQuery(ctx.db, scope);
  if (f.communityCode) q = q.where('h.community_code', '=', f.communityCode);
  if (f.gridCode) q = q.where('h.grid_code', '=', f.gridCode);
  if (f.use) q = q.where('h.use', '=', f.use);
  if (f.rental) q = q.where('r.id', 'is not', null);
  if (f.hazard) q = q.where('r.hazard', '=', f.hazard);
  const { total } = await q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .select(houseColumns)
    .orderBy('a.full_name')
    .orderBy('h.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items: await houseViews(ctx.db, rows), total };
}

export async function getHouse(ctx: Ctx, actor: Actor, id: string) {
  const scope = await baseScopeOf(ctx.db, actor);
  const row = await houseQuery(ctx.db, scope).select(houseColumns).where('h.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('house');
  return (await houseViews(ctx.db, [row]))[0]!;
}

async function houseViews(db: DbOrTx, rows: Record<string, unknown>[]) {
  const rs = rows as unknown as {
    id: string;
    address_id: string;
    full_name: string;
    use: HouseUse;
    area: string | null;
    built_year: number | null;
    dangerous: boolean;
    street_code: string;
    community_code: string;
    grid_code: string | null;
    source_state: 'entered' | 'claimed' | 'verified';
    state_at: Date;
    state_by: string | null;
    version: number;
    r_id: string | null;
    r_use: RentalUse | null;
    filing_no: string | null;
    rooms: number | null;
    occupant_limit: number | null;
    occupant_actual: number | null;
    hazard: HazardLevel | null;
    management_class: ManagementClass | null;
    lessor_org_id: string | null;
    lessor_person_id: string | null;
    r_state: 'entered' | 'claimed' | 'verified' | null;
    r_version: number | null;
  }[];
  const ids = rs.map((r) => r.id);
  const counts = new Map(
    ids.length
      ? (
          await db
            .selectFrom('residence')
            .select(['house_id', sql<number>`count(*)::int`.as('n')])
            .where('house_id', 'in', ids)
            .where('moved_out', 'is', null)
            .groupBy('house_id')
            .execute()
        ).map((r) => [r.house_id, r.n])
      : [],
  );
  const orgIds = rs.map((r) => r.lessor_org_id).filter((x): x is string => !!x);
  const orgs = new Map(
    orgIds.length
      ? (await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', orgIds).execute()).map(
          (o) => [o.id, o.name],
        )
      : [],
  );
  const userIds = rs.map((r) => r.state_by).filter((x): x is string => !!x);
  const users = new Map(
    userIds.length
      ? (await db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', userIds).execute()).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  return rs.map((r) => ({
    id: r.id,
    addressId: r.address_id,
    address: r.full_name,
    use: r.use,
    area: r.area === null ? null : Number(r.area),
    builtYear: r.built_year,
    dangerous: r.dangerous,
    streetCode: r.street_code,
    communityCode: r.community_code,
    gridCode: r.grid_code,
    residents: counts.get(r.id) ?? 0,
    rental: r.r_id
      ? {
          id: r.r_id,
          use: r.r_use!,
          filingNo: r.filing_no,
          rooms: r.rooms,
          occupantLimit: r.occupant_limit,
          occupantActual: r.occupant_actual,
          hazard: r.hazard!,
          managementClass: r.management_class!,
          lessor: r.lessor_org_id ? (orgs.get(r.lessor_org_id) ?? null) : r.lessor_person_id ? '个人' : null,
          sourceState: r.r_state!,
          version: r.r_version!,
        }
      : null,
    sourceState: r.source_state,
    stateAt: r.state_at.toISOString(),
    stateBy: r.state_by ? (users.get(r.state_by) ?? null) : null,
    version: r.version,
  }));
}

// ---------- organisations ----------

export interface OrganisationInput {
  kind: OrganisationKind;
  typeCode: string;
  name: string;
  creditCode?: string | null | undefined;
  legalRepId?: string | null | undefined;
  addressId?: string | null | undefined;
  addressText?: string | null | undefined;
  communityCode?: string | undefined;
  gridCode?: string | null | undefined;
  keyFire?: boolean | undefined;
  keyPublicOrder?: boolean | undefined;
  keyWorkSafety?: boolean | undefined;
  employeeCount?: number | null | undefined;
}

async function orgPlace(db: DbOrTx, i: OrganisationInput) {
  if (i.addressId) {
    const a = await addressOf(db, i.addressId);
    return {
      place: { street_code: a.street_code, community_code: a.community_code, grid_code: a.grid_code },
      a,
    };
  }
  if (!i.communityCode) throw invalid([{ path: 'communityCode', key: 'required' }]);
  const c = await db
    .selectFrom('region')
    .select(['parent_code', 'level'])
    .where('code', '=', i.communityCode)
    .executeTakeFirst();
  if (!c || c.level !== 'community' || !c.parent_code)
    throw invalid([{ path: 'communityCode', key: 'not_a_community' }]);
  return {
    place: { street_code: c.parent_code, community_code: i.communityCode, grid_code: i.gridCode ?? null },
    a: null,
  };
}

export async function createOrganisation(ctx: Ctx, actor: Actor, i: OrganisationInput) {
  const scope = await baseScopeOf(ctx.db, actor);
  const { place, a } = await orgPlace(ctx.db, i);
  if (!mayWriteAt(scope, place)) throw forbidden();
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('organisation')
        .values({
          kind: i.kind,
          type_code: i.typeCode,
          name: i.name.trim(),
          credit_code: i.creditCode ?? null,
          legal_rep_id: i.legalRepId ?? null,
          address_id: i.addressId ?? null,
          address_text: i.addressText ?? a?.full_name ?? null,
          street_code: place.street_code,
          community_code: place.community_code,
          grid_code: place.grid_code,
          key_fire: i.keyFire ?? false,
          key_public_order: i.keyPublicOrder ?? false,
          key_work_safety: i.keyWorkSafety ?? false,
          employee_count: i.employeeCount ?? null,
          state_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordCreated(tx, actor, 'organisation', row);
      return { id: row.id, version: row.version };
    });
  } catch (e) {
    if (isUnique(e)) throw conflict('credit_code_exists');
    throw e;
  }
}

export async function updateOrganisation(
  ctx: Ctx,
  actor: Actor,
  id: string,
  u: Partial<Omit<OrganisationInput, 'addressId' | 'communityCode' | 'gridCode'>> & { version: number },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const locked = await writableRow(tx, scope, 'organisation', id);
      const row = await versionedUpdate(
        tx,
        actor,
        'organisation',
        id,
        {
          kind: u.kind,
          type_code: u.typeCode,
          name: u.name?.trim(),
          credit_code: u.creditCode,
          legal_rep_id: u.legalRepId,
          address_text: u.addressText,
          key_fire: u.keyFire,
          key_public_order: u.keyPublicOrder,
          key_work_safety: u.keyWorkSafety,
          employee_count: u.employeeCount,
        },
        { expected: u.version, locked: locked as never },
      );
      return { id, version: row.version };
    });
  } catch (e) {
    if (isUnique(e)) throw conflict('credit_code_exists');
    throw e;
  }
}

export interface OrgFilter {
  page: number;
  pageSize: number;
  kind?: OrganisationKind | undefined;
  communityCode?: string | undefined;
  gridCode?: string | undefined;
  keyUnit?: boolean | undefined;
  openHazards?: boolean | undefined;
  q?: string | undefined;
}

const openHazards = sql<number>`(SELECT count(*)::int FROM org_hazard hz WHERE hz.organisation_id = o.id AND hz.rectified_on IS NULL)`;

/** Organisations are P0 in their public part: every staff user of a territorial unit sees those of the district. */
function orgQuery(db: DbOrTx, scope: BaseScope) {
  const p0 = classView(scope.viewer, 'P0', NO_REL) !== 'hidden';
  return db.selectFrom('organisation as o').where(p0 ? sql<boolean>`TRUE` : sql<boolean>`FALSE`);
}

export async function listOrganisations(ctx: Ctx, actor: Actor, f: OrgFilter) {
  const scope = await baseScopeOf(ctx.db, actor);
  let q = orgQuery(ctx.db, scope);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.communityCode) q = q.where('o.community_code', '=', f.communityCode);
  if (f.gridCode) q = q.where('o.grid_code', '=', f.gridCode);
  if (f.keyUnit) q = q.where(sql<boolean>`(o.key_fire OR o.key_public_order OR o.key_work_safety)`);
  if (f.openHazards) q = q.where(sql<boolean>`${openHazards} > 0`);
  if (f.q) q = q.where('o.name', 'like', `%${f.q.replace(/[%_\\]/g, '\\$&')}%`);
  const { total } = await q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('o')
    .select(openHazards.as('open_hazards'))
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items: rows.map((o) => orgView(scope, o)), total };
}

type OrgDb = Selectable<OrganisationTable> & { open_hazards: number };

function orgView(scope: BaseScope, o: OrgDb, legalRepName: string | null = null) {
  const p1 = visible(scope, relationOf(scope, o));
  return {
    id: o.id,
    kind: o.kind,
    typeCode: o.type_code,
    name: o.name,
    creditCode: o.credit_code,
    legalRep: p1 && o.legal_rep_id ? { id: o.legal_rep_id, name: legalRepName } : null,
    addressId: o.address_id,
    addressText: o.address_text,
    streetCode: o.street_code,
    communityCode: o.community_code,
    gridCode: o.grid_code,
    keyFire: o.key_fire,
    keyPublicOrder: o.key_public_order,
    keyWorkSafety: o.key_work_safety,
    employeeCount: o.employee_count,
    openHazards: o.open_hazards,
    sourceState: o.source_state,
    stateAt: o.state_at.toISOString(),
    stateBy: null,
    version: o.version,
  };
}

export async function getOrganisation(ctx: Ctx, actor: Actor, id: string) {
  const scope = await baseScopeOf(ctx.db, actor);
  const o = await orgQuery(ctx.db, scope)
    .selectAll('o')
    .select(openHazards.as('open_hazards'))
    .where('o.id', '=', id)
    .executeTakeFirst();
  if (!o) throw notFound('organisation');
  const p1 = visible(scope, relationOf(scope, o));
  const rep =
    p1 && o.legal_rep_id
      ? await ctx.db
          .selectFrom('person')
          .select('name_masked')
          .where('id', '=', o.legal_rep_id)
          .executeTakeFirst()
      : undefined;
  const hazards = await ctx.db
    .selectFrom('org_hazard')
    .selectAll()
    .where('organisation_id', '=', id)
    .orderBy('found_on', 'desc')
    .execute();
  const employees = p1
    ? await ctx.db
        .selectFrom('employment as e')
        .innerJoin('person as p', 'p.id', 'e.person_id')
        .select(['p.id', 'p.name_masked', 'e.position'])
        .where('e.organisation_id', '=', id)
        .where('e.until', 'is', null)
        .orderBy('p.name_masked')
        .limit(200)
        .execute()
    : [];
  return {
    ...orgView(scope, o, rep?.name_masked ?? null),
    hazards: hazards.map((h) => ({
      id: h.id,
      foundOn: h.found_on,
      description: h.description,
      level: h.level,
      rectifyBy: h.rectify_by,
      rectifiedOn: h.rectified_on,
      rectification: h.rectification,
    })),
    employees: employees.map((e) => ({ personId: e.id, name: e.name_masked, position: e.position })),
  };
}

export async function addHazard(
  ctx: Ctx,
  actor: Actor,
  orgId: string,
  h: {
    foundOn: string;
    description: string;
    level: 'serious' | 'general';
    rectifyBy?: string | null | undefined;
  },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const o = await writableRow(tx, scope, 'organisation', orgId);
    const row = await tx
      .insertInto('org_hazard')
      .values({
        organisation_id: orgId,
        district_code: districtOf(o.street_code, o.community_code, o.grid_code),
        found_on: h.foundOn,
        description: h.description,
        level: h.level,
        rectify_by: h.rectifyBy ?? null,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await versionedUpdate(
      tx,
      actor,
      'organisation',
      orgId,
      {},
      {
        reason: 'hazard_found',
        locked: o as never,
        note: { hazard: row.id, level: h.level, found_on: h.foundOn },
      },
    );
    return { id: row.id, version: 1 };
  });
}

export async function rectifyHazard(
  ctx: Ctx,
  actor: Actor,
  orgId: string,
  hazardId: string,
  r: { rectifiedOn: string; rectification: string },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const o = await writableRow(tx, scope, 'organisation', orgId);
    const done = await tx
      .updateTable('org_hazard')
      .set({ rectified_on: r.rectifiedOn, rectification: r.rectification })
      .where('id', '=', hazardId)
      .where('organisation_id', '=', orgId)
      .returning('id')
      .executeTakeFirst();
    if (!done) throw notFound('organisation');
    await versionedUpdate(
      tx,
      actor,
      'organisation',
      orgId,
      {},
      {
        reason: 'hazard_rectified',
        locked: o as never,
        note: { hazard: hazardId, rectified_on: r.rectifiedOn },
      },
    );
    return { id: hazardId, version: 1 };
  });
}

export async function addEmployee(
  ctx: Ctx,
  actor: Actor,
  orgId: string,
  e: { personId: string; position?: string | null | undefined; since?: string | null | undefined },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const o = await writableRow(tx, scope, 'organisation', orgId);
    const person = await tx.selectFrom('person').select('id').where('id', '=', e.personId).executeTakeFirst();
    if (!person) throw invalid([{ path: 'personId', key: 'invalid' }]);
    const row = await tx
      .insertInto('employment')
      .values({
        person_id: e.personId,
        organisation_id: orgId,
        district_code: districtOf(o.street_code, o.community_code, o.grid_code),
        position: e.position ?? null,
        since: e.since ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await versionedUpdate(
      tx,
      actor,
      'organisation',
      orgId,
      {},
      {
        reason: 'employee_added',
        locked: o as never,
        note: { employee: e.personId },
      },
    );
    return { id: row.id, version: 1 };
  });
}

// ---------- tags ----------

export interface TagInput {
  tag: TagType;
  level?: string | null | undefined;
  startedOn?: string | undefined;
  responsibleUnitId?: string | null | undefined;
  assignedUserId?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
}

function checkLevel(tag: TagType, level: string | null | undefined) {
  const levels = TAG_LEVELS[tag];
  if (level === null || level === undefined) return;
  if (levels.length === 0) throw invalid([{ path: 'level', key: 'tag_no_level' }]);
  if (!levels.includes(level))
    throw invalid([{ path: 'level', key: 'tag_level', params: { values: levels.join(', ') } }]);
}

/** A tag on a person (level checked against TAG_LEVELS), by staff who may write at the person's place. */
export async function addTag(ctx: Ctx, actor: Actor, personId: string, t: TagInput) {
  checkLevel(t.tag, t.level);
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const p = await lockRow(tx, 'person', personId);
    const place = p as unknown as Placed;
    const tags = await tx
      .selectFrom('person_tag')
      .select(['responsible_unit_id', 'assigned_user_id', 'ended_on'])
      .where('person_id', '=', personId)
      .execute();
    if (!visible(scope, relationOf(scope, place, tags))) throw notFound('person');
    if (!mayWriteAt(scope, place)) throw forbidden();
    if (t.responsibleUnitId) {
      const u = await tx
        .selectFrom('unit')
        .select('id')
        .where('id', '=', t.responsibleUnitId)
        .executeTakeFirst();
      if (!u) throw invalid([{ path: 'responsibleUnitId', key: 'unknown_unit' }]);
    }
    const row = await tx
      .insertInto('person_tag')
      .values({
        person_id: personId,
        tag: t.tag,
        level: t.level ?? null,
        started_on: t.startedOn ?? new Date().toISOString().slice(0, 10),
        responsible_unit_id: t.responsibleUnitId ?? null,
        assigned_user_id: t.assignedUserId ?? null,
        details: JSON.stringify(t.details ?? {}),
        street_code: place.street_code,
        community_code: place.community_code,
        grid_code: place.grid_code,
        state_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCreated(tx, actor, 'person_tag', row);
    return { id: row.id, version: row.version };
  });
}

export async function updateTag(
  ctx: Ctx,
  actor: Actor,
  tagId: string,
  u: {
    version: number;
    level?: string | null | undefined;
    endedOn?: string | null | undefined;
    responsibleUnitId?: string | null | undefined;
    assignedUserId?: string | null | undefined;
  },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const t = await lockRow(tx, 'person_tag', tagId);
    const place = t as unknown as Placed;
    const tags = await tx
      .selectFrom('person_tag')
      .select(['responsible_unit_id', 'assigned_user_id', 'ended_on'])
      .where('person_id', '=', t.person_id as string)
      .execute();
    if (!visible(scope, relationOf(scope, place, tags))) throw notFound('person_tag');
    if (!mayWriteAt(scope, place)) throw forbidden();
    if (u.level !== undefined) checkLevel(t.tag as TagType, u.level);
    if (u.endedOn && t.ended_on) throw conflict('tag_already_ended');
    const row = await versionedUpdate(
      tx,
      actor,
      'person_tag',
      tagId,
      {
        level: u.level,
        ended_on: u.endedOn,
        responsible_unit_id: u.responsibleUnitId,
        assigned_user_id: u.assignedUserId,
      },
      { expected: u.version, locked: t },
    );
    return { id: tagId, version: row.version };
  });
}
