import type { Role } from '@onegrid/domain';
import type { AssignmentStatus } from '../db/schema.ts';
import { bboxOf, caseDistrict, caseNumberOf, centroidOf, districtOfPath } from '@onegrid/domain';
import { bumpGeoVersion } from '../modules/grids/grids.repository.ts';
import type { Db } from '../db/database.ts';
import { login, type Session, type TestEnv } from './harness.ts';
import { caseDistrictOf } from '../modules/cases/public.ts';

/**
 * Test users and places the demo data lacks (a street-level dispatcher, a handler of another street …), written
 * straight into the test database: no administrator's API is involved, so the tests do not depend on who manages
 * accounts. They share the demo users' password.
 */
export async function newUser(
  env: TestEnv,
  over: { username: string; roles: Role[]; unitId: string; name?: string },
): Promise<Session & { unitId: string }> {
  await newUserRow(env.ownerDb, over);
  return { ...(await login(env.app, over.username)), unitId: over.unitId };
}

/** The user row alone (for tests that run the server in another process): signs in with the demo password. */
export async function newUserRow(
  owner: Db,
  over: { username?: string; roles: Role[]; unitId: string; name?: string },
): Promise<string> {
  const username = over.username ?? `t_${over.roles[0]}_${next()}_${Math.random().toString(36).slice(2, 6)}`;
  const template = await owner
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'operator')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('app_user')
    .values({
      username,
      name: over.name ?? '测试用户',
      unit_id: over.unitId,
      roles: over.roles,
      password_hash: template.password_hash,
    })
    .execute();
  return username;
}

/** The unit of a region: its street office, its community committee. */
export async function unitOf(owner: Db, by: { jurisdictionCode: string; kind: string }) {
  return owner
    .selectFrom('unit')
    .select(['id', 'name', 'jurisdiction_path'])
    .where('jurisdiction_code', '=', by.jurisdictionCode)
    .where('kind', '=', by.kind as never)
    .orderBy('name')
    .executeTakeFirstOrThrow();
}

/** The centre of the first grid under a region code prefix (a street's 9 digits, a community's 12). */
export async function pointUnder(owner: Db, codePrefix: string) {
  const grid = await owner
    .selectFrom('grid')
    .select(['code', 'boundary'])
    .where('code', 'like', `${codePrefix}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  return { lon: lon!, lat: lat!, gridCode: grid.code };
}

/*
 * Factories: a test that checks a rule builds the rows the rule reads, with defaults for the rest, instead of
 * finding demo rows by their Chinese names. They write straight into the test database as the owner and return
 * ids (codes for regions, grids and categories). Rows hang under the demo district so that jurisdiction paths work.
 */
let serial = 0;
const next = () => ++serial;

/** The district a unit's rows (its daily assessment figures) are stored under: that of its jurisdiction. */
export async function unitDistrict(owner: Db, unitId: string): Promise<string> {
  const u = await owner
    .selectFrom('unit')
    .select('jurisdiction_path')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return districtOfPath(u.jurisdiction_path);
}

/** The district every demo row hangs under (its code, path and government unit). */
export async function district(owner: Db) {
  const region = await owner
    .selectFrom('region')
    .select(['code', 'path'])
    .where('level', '=', 'district')
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const government = await owner
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'government')
    .where('jurisdiction_code', '=', region.code)
    .executeTakeFirstOrThrow();
  return { code: region.code, path: region.path, governmentId: government.id };
}

/** A street under the district (or a community under a street): a free code below the parent's. */
export async function newRegion(
  owner: Db,
  over: { parentCode?: string; level?: 'street' | 'community'; name?: string } = {},
): Promise<{ code: string; path: string }> {
  const parent = await owner
    .selectFrom('region')
    .select(['code', 'path', 'level'])
    .where('code', '=', over.parentCode ?? (await district(owner)).code)
    .executeTakeFirstOrThrow();
  const level = over.level ?? (parent.level === 'district' ? 'street' : 'community');
  // street codes: 6 digits of the district + 3 + 000; community codes: 9 digits of the street + 3
  const [keep, pad] = level === 'street' ? [6, '000'] : [9, ''];
  for (let n = 999; n > 0; n--) {
    const code = parent.code.slice(0, keep) + String(n).padStart(3, '0') + pad;
    const taken = await owner.selectFrom('region').select('code').where('code', '=', code).executeTakeFirst();
    if (taken) continue;
    const path = `${parent.path}${code}/`;
    await owner
      .insertInto('region')
      .values({ code, parent_code: parent.code, name: over.name ?? `测试${level}${next()}`, level, path })
      .execute();
    return { code, path };
  }
  throw new Error(`no free region code under ${parent.code}`);
}

/** A unit; by default a department of the district government, with the jurisdiction of its parent. */
export async function newUnit(
  owner: Db,
  over: {
    kind?: 'government' | 'department' | 'street_office' | 'community' | 'enterprise' | 'social_org';
    parentId?: string | null;
    jurisdictionCode?: string;
    name?: string;
  } = {},
): Promise<string> {
  const parentId = over.parentId === undefined ? (await district(owner)).governmentId : over.parentId;
  const parent = parentId
    ? await owner
        .selectFrom('unit')
        .select('jurisdiction_code')
        .where('id', '=', parentId)
        .executeTakeFirstOrThrow()
    : undefined;
  const code = over.jurisdictionCode ?? parent?.jurisdiction_code ?? (await district(owner)).code;
  const region = await owner
    .selectFrom('region')
    .select('path')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const row = await owner
    .insertInto('unit')
    .values({
      name: over.name ?? `测试单位${next()}`,
      kind: over.kind ?? 'department',
      parent_id: parentId,
      jurisdiction_code: code,
      jurisdiction_path: region.path,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A grid of a community, a small square at `at` (by default the centre of the community's first grid). */
export async function newGrid(
  owner: Db,
  over: { communityCode: string; at?: { lon: number; lat: number }; name?: string },
): Promise<string> {
  const community = await owner
    .selectFrom('region')
    .select(['code', 'path'])
    .where('code', '=', over.communityCode)
    .executeTakeFirstOrThrow();
  const at = over.at ?? (await pointUnder(owner, community.code.slice(0, 9)));
  const d = 0.0005;
  const ring = [
    [at.lon - d, at.lat - d],
    [at.lon + d, at.lat - d],
    [at.lon + d, at.lat + d],
    [at.lon - d, at.lat + d],
    [at.lon - d, at.lat - d],
  ];
  for (let n = 999; n > 0; n--) {
    const code = community.code + String(n).padStart(3, '0');
    const taken = await owner.selectFrom('grid').select('code').where('code', '=', code).executeTakeFirst();
    if (taken) continue;
    await owner
      .insertInto('grid')
      .values({
        code,
        name: over.name ?? `测试网格${next()}`,
        community_code: community.code,
        region_path: community.path,
        boundary: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
      })
      .execute();
    return code;
  }
  throw new Error(`no free grid code under ${community.code}`);
}

/** A leaf category (under a new top-level one unless a parent is given). */
export async function newCategory(
  owner: Db,
  over: {
    parentCode?: string;
    nameZh?: string;
    public?: boolean;
    facility?: boolean;
    gridSolvable?: boolean;
    serviceCode?: string;
    active?: boolean;
  } = {},
): Promise<string> {
  const n = next();
  let parentCode = over.parentCode;
  if (!parentCode) {
    parentCode = `T${n}`;
    await owner
      .insertInto('category')
      .values({
        code: parentCode,
        parent_code: null,
        name_zh: `测试大类${n}`,
        name_en: `Test group ${n}`,
        is_leaf: false,
      })
      .execute();
  }
  const code = `${parentCode}.${n}`;
  await owner
    .insertInto('category')
    .values({
      code,
      parent_code: parentCode,
      name_zh: over.nameZh ?? `测试类别${n}`,
      name_en: `Test category ${n}`,
      is_leaf: true,
      ...(over.public !== undefined ? { public: over.public } : {}),
      ...(over.facility !== undefined ? { facility: over.facility } : {}),
      ...(over.gridSolvable !== undefined ? { grid_solvable: over.gridSolvable } : {}),
      ...(over.active !== undefined ? { active: over.active } : {}),
      service_code: over.serviceCode ?? null,
    })
    .execute();
  return code;
}

/**
 * A case number for a case received at `at` (now by default), as intake makes them: its date is the Shanghai
 * date of created_at, which queries bounded in time rely on (packages/domain case-number.ts). The sequence part
 * is taken from 90 000 000 up, far above what the tests' case_seq reaches, and unique within a test run (files run
 * in separate databases, so clashes across files do not matter).
 */
export function newCaseId(at: Date = new Date()): string {
  return caseNumberOf(at, 90_000_000n + BigInt(next()));
}

/**
 * A case as the rules read it, written directly (no intake): led by `unitId` (a new department by default), in the
 * lead's jurisdiction, with one lead assignment. Returns the case number and the assignment's id.
 */
export async function newCase(
  owner: Db,
  over: {
    unitId?: string;
    status?: 'dispatched' | 'in_progress' | 'suspended';
    assignmentStatus?: AssignmentStatus;
    categoryCode?: string;
    timerVersion?: number;
    title?: string;
  } = {},
): Promise<{ caseId: string; assignmentId: string; unitId: string }> {
  const unitId = over.unitId ?? (await newUnit(owner));
  const unit = await owner
    .selectFrom('unit')
    .select('jurisdiction_path')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const caseId = newCaseId();
  await owner
    .insertInto('case')
    .values({
      id: caseId,
      status: over.status ?? 'dispatched',
      request_type: 'complaint',
      channel: 'hotline',
      urgency: 'ordinary',
      title: over.title ?? '小区门口垃圾堆积',
      description: '测试用案件',
      region_path: unit.jurisdiction_path,
      district_code: caseDistrict({ district_code: null, region_path: unit.jurisdiction_path }),
      lead_unit_id: unitId,
      ...(over.categoryCode ? { category_code: over.categoryCode } : {}),
    })
    .execute();
  const a = await owner
    .insertInto('assignment')
    .values({
      case_id: caseId,
      district_code: caseDistrictOf(caseId),
      unit_id: unitId,
      role: 'lead',
      status: over.assignmentStatus ?? 'pending',
      timer_version: over.timerVersion ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { caseId, assignmentId: a.id, unitId };
}

/** The unit of a demo user (by username): for tests that act as that user and need the user's own unit. */
export async function unitOfUser(owner: Db, username: string): Promise<string> {
  const row = await owner
    .selectFrom('app_user')
    .select('unit_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.unit_id;
}

/*
 * A world of one's own for API tests (issue 9): a street with its office, a community with its committee and a
 * grid at a point no demo grid covers, a category with its own deadline policy, a duty-list entry routing it, and
 * staff placed in those units and signed in. Everything is created through the database the app reads (the
 * reference and geo caches notice through their version numbers), with unique codes and names, so a test asserts
 * on rows it made and never on demo content.
 */

/** A street under the district and its street office (街道办事处). */
export async function newStreet(owner: Db, over: { name?: string } = {}) {
  // a name ending in 街道 (not 镇/乡): the assessment's peer group of urban streets (peerGroupOf)
  const name = over.name ?? `测试${next()}街道`;
  const region = await newRegion(owner, { level: 'street', name });
  const officeId = await newUnit(owner, {
    kind: 'street_office',
    jurisdictionCode: region.code,
    name: `${name}办事处`,
  });
  return { ...region, officeId };
}

/** A community under a street and its committee (居委会). */
export async function newCommunity(owner: Db, streetCode: string, streetOfficeId?: string) {
  const region = await newRegion(owner, { parentCode: streetCode, level: 'community' });
  const unitId = await newUnit(owner, {
    kind: 'community',
    parentId: streetOfficeId ?? null,
    jurisdictionCode: region.code,
    name: `测试社区${next()}居委会`,
  });
  return { ...region, unitId };
}

/** The east edge of every grid there is: new grids go beyond it, so no demo grid covers their points. */
let eastEdge: number | undefined;
let freeLat = 0;
async function freePoint(owner: Db): Promise<{ lon: number; lat: number }> {
  if (eastEdge === undefined) {
    const grids = await owner.selectFrom('grid').select('boundary').execute();
    let lon = -Infinity;
    let lat = 0;
    for (const g of grids) {
      const [, minY, maxX, maxY] = bboxOf(g.boundary);
      if (maxX > lon) [lon, lat] = [maxX, (minY + maxY) / 2];
    }
    eastEdge = lon;
    freeLat = lat;
  }
  // squares of 0.001° side, 0.002° apart, marching east
  return { lon: eastEdge + 0.01 + 0.002 * next(), lat: freeLat };
}

export interface Place {
  street: { code: string; path: string; officeId: string };
  community: { code: string; path: string; unitId: string };
  gridCode: string;
  /** The centre of the grid: a case reported here is located in this grid, community and street. */
  point: { lon: number; lat: number };
}

/** A street (new unless given), a community of it and a grid at a free point; the app's geo index follows. */
export async function newPlace(
  env: TestEnv,
  over: { street?: { code: string; path: string; officeId: string } } = {},
): Promise<Place> {
  const place = await newPlaceRows(env.ownerDb, over);
  env.ctx.geo.invalidate();
  return place;
}

/** The rows of a place alone (for tests that run the server in another process; the geo version is bumped). */
export async function newPlaceRows(
  owner: Db,
  over: { street?: { code: string; path: string; officeId: string } } = {},
): Promise<Place> {
  const street = over.street ?? (await newStreet(owner));
  const community = await newCommunity(owner, street.code, street.officeId);
  const point = await freePoint(owner);
  const gridCode = await newGrid(owner, { communityCode: community.code, at: point });
  // Boundaries around the grid: the community's, and the street's when the street is new (the public map shows it).
  const square = (d: number) =>
    JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [point.lon - d, point.lat - d],
          [point.lon + d, point.lat - d],
          [point.lon + d, point.lat + d],
          [point.lon - d, point.lat + d],
          [point.lon - d, point.lat - d],
        ],
      ],
    });
  await owner
    .updateTable('region')
    .set({ boundary: square(0.0007) })
    .where('code', '=', community.code)
    .execute();
  if (!over.street)
    await owner
      .updateTable('region')
      .set({ boundary: square(0.0008) })
      .where('code', '=', street.code)
      .execute();
  await bumpGeoVersion(owner);
  return { street, community, gridCode, point };
}

export interface Deadline {
  value: number;
  unit: 'hours' | 'working_hours' | 'days' | 'working_days';
}
export interface Policy {
  accept: Deadline;
  respond: Deadline;
  resolve: Deadline;
}
/** What a new category's own policy is unless told: sign in 2 h, respond in 1 working day, resolve in 5. */
export const TEST_POLICY: Policy = {
  accept: { value: 2, unit: 'hours' },
  respond: { value: 1, unit: 'working_days' },
  resolve: { value: 5, unit: 'working_days' },
};

/** A category's own deadline policy for one urgency (or every urgency). */
export async function newDeadlinePolicy(
  owner: Db,
  categoryCode: string,
  over: Partial<Policy> & { urgency?: 'emergency' | 'urgent' | 'ordinary' | 'complex' } = {},
): Promise<void> {
  const p = { ...TEST_POLICY, ...over };
  const urgencies = over.urgency ? [over.urgency] : (['emergency', 'urgent', 'ordinary', 'complex'] as const);
  await owner
    .insertInto('deadline_policy')
    .values(
      urgencies.map((urgency) => ({
        category_code: categoryCode,
        urgency,
        accept_value: p.accept.value,
        accept_unit: p.accept.unit,
        respond_value: p.respond.value,
        respond_unit: p.respond.unit,
        resolve_value: p.resolve.value,
        resolve_unit: p.resolve.unit,
      })),
    )
    .execute();
}

/** A leaf category that residents may report (public) with its own deadline policy for every urgency. */
export async function newCaseCategory(
  owner: Db,
  over: Parameters<typeof newCategory>[1] & { policy?: Partial<Policy> } = {},
): Promise<string> {
  const { policy, ...rest } = over;
  const code = await newCategory(owner, { public: true, ...rest });
  await newDeadlinePolicy(owner, code, policy ?? {});
  return code;
}

/**
 * A duty-list entry (职责清单): `categoryCode` at `regionCode` is led by `lead` — a unit, or 'local' for the street
 * office of the place (属地) — with co-units (协办) and coordinators.
 */
export async function newDuty(
  owner: Db,
  over: {
    categoryCode: string;
    regionCode: string;
    /** a unit's id, or 'local' (属地: the street office of the place) */
    lead: string;
    assists?: string[];
    coordinators?: string[];
  },
): Promise<string> {
  const region = await owner
    .selectFrom('region')
    .select('path')
    .where('code', '=', over.regionCode)
    .executeTakeFirstOrThrow();
  const { id } = await owner
    .insertInto('duty')
    .values({
      category_code: over.categoryCode,
      region_code: over.regionCode,
      region_path: region.path,
      note: '测试',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parties = [
    over.lead === 'local'
      ? { role: 'lead' as const, unit_id: null, local_street: true }
      : { role: 'lead' as const, unit_id: over.lead, local_street: false },
    ...(over.coordinators ?? []).map((u) => ({
      role: 'coordinate' as const,
      unit_id: u,
      local_street: false,
    })),
    ...(over.assists ?? []).map((u) => ({ role: 'assist' as const, unit_id: u, local_street: false })),
  ];
  await owner
    .insertInto('duty_party')
    .values(parties.map((p, ord) => ({ duty_id: id, ord, ...p })))
    .execute();
  return id;
}

export type Staff = Session & { unitId: string; username: string };

/** A signed-in user with these roles in this unit (a grid worker also gets the given grids). */
export async function newStaff(
  env: TestEnv,
  roles: Role[],
  unitId: string,
  over: { name?: string; gridCodes?: string[] } = {},
): Promise<Staff> {
  const username = await newUserRow(env.ownerDb, {
    roles,
    unitId,
    ...(over.name ? { name: over.name } : {}),
  });
  const s = await login(env.app, username);
  if (over.gridCodes?.length) {
    const user = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    await env.ownerDb
      .insertInto('grid_worker')
      .values(over.gridCodes.map((grid_code) => ({ grid_code, user_id: user.id })))
      .execute();
  }
  return { ...s, unitId, username };
}

/**
 * A whole closed-loop world: a street with a community and grid (`place`), a district hotline desk (operator,
 * dispatcher, supervisor in the district government), the street's handler and lead, a grid worker of the grid,
 * a department and an enterprise with a handler each, and a category (with its deadline policy) that the duty list
 * gives to the local street, with the department as co-unit (协办).
 */
export async function newWorld(env: TestEnv) {
  const owner = env.ownerDb;
  const { governmentId } = await district(owner);
  const place = await newPlace(env);
  const dept = await newUnit(owner, { kind: 'department', name: `测试委${next()}` });
  const ent = await newUnit(owner, { kind: 'enterprise', name: `测试公司${next()}` });
  const category = await newCaseCategory(owner);
  await newDuty(owner, {
    categoryCode: category,
    regionCode: place.street.code,
    lead: 'local',
    assists: [dept],
  });
  const [operator, dispatcher, supervisor, handler, streetLead, gridWorker, deptHandler, entHandler] =
    await Promise.all([
      newStaff(env, ['operator'], governmentId),
      newStaff(env, ['dispatcher'], governmentId),
      newStaff(env, ['supervisor'], governmentId),
      newStaff(env, ['handler'], place.street.officeId),
      newStaff(env, ['street_lead'], place.street.officeId),
      newStaff(env, ['grid_worker'], place.community.unitId, { gridCodes: [place.gridCode] }),
      newStaff(env, ['handler'], dept),
      newStaff(env, ['handler'], ent),
    ]);
  return {
    ...place,
    governmentId,
    category,
    units: { street: place.street.officeId, community: place.community.unitId, dept, ent },
    users: { operator, dispatcher, supervisor, handler, streetLead, gridWorker, deptHandler, entHandler },
  };
}
export type World = Awaited<ReturnType<typeof newWorld>>;

/** A case created through the real intake API (POST /api/cases) by `by`; fails the test unless it is created. */
export async function intake<T = { id: string; status: string }>(
  env: TestEnv,
  by: Session,
  body: Record<string, unknown>,
): Promise<T & { id: string }> {
  const res = await env.app.inject({ method: 'POST', url: '/api/cases', headers: by.headers, payload: body });
  if (res.statusCode !== 201) throw new Error(`intake: ${res.statusCode} ${res.body}`);
  return res.json<T & { id: string }>();
}

/** An action on a case through the API (POST /api/cases/:id/actions/:action). */
export function act(env: TestEnv, by: Session, caseId: string, action: string, body: object = {}) {
  return env.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/actions/${action}`,
    headers: by.headers,
    payload: body,
  });
}

/**
 * The field-work world of issue 11's tests: a street with one community and two grids (a worker each), a far grid in
 * another street, the street offices and the community committee, and the leads of both streets. `prefix` names
 * the users (`<prefix>_worker1`, `<prefix>_worker2`, `<prefix>_lead`, `<prefix>_lead2`), `name` the street.
 */
export async function newFieldWorld(env: TestEnv, opts: { prefix: string; name: string }) {
  const o = env.ownerDb;
  const street = await newRegion(o, { level: 'street', name: `${opts.name}街道` });
  const community = await newRegion(o, {
    parentCode: street.code,
    level: 'community',
    name: `${opts.name}社区`,
  });
  const other = await newRegion(o, { level: 'street', name: `另一${opts.name}街道` });
  const otherCommunity = await newRegion(o, { parentCode: other.code, level: 'community' });
  const at = await pointUnder(o, '110117001');
  const grids = {
    one: await newGrid(o, { communityCode: community.code, at }),
    two: await newGrid(o, { communityCode: community.code, at: { lon: at.lon + 0.002, lat: at.lat } }),
    far: await newGrid(o, { communityCode: otherCommunity.code, at: { lon: at.lon + 0.004, lat: at.lat } }),
  };
  const units = {
    committee: await newUnit(o, { kind: 'community', jurisdictionCode: community.code }),
    office: await newUnit(o, { kind: 'street_office', jurisdictionCode: street.code }),
    otherOffice: await newUnit(o, { kind: 'street_office', jurisdictionCode: other.code }),
  };
  const p = opts.prefix;
  const s = {
    w1: await newUser(env, { username: `${p}_worker1`, roles: ['grid_worker'], unitId: units.committee }),
    w2: await newUser(env, { username: `${p}_worker2`, roles: ['grid_worker'], unitId: units.committee }),
    lead: await newUser(env, { username: `${p}_lead`, roles: ['street_lead'], unitId: units.office }),
    otherLead: await newUser(env, {
      username: `${p}_lead2`,
      roles: ['street_lead'],
      unitId: units.otherOffice,
    }),
  };
  await o
    .insertInto('grid_worker')
    .values([
      { grid_code: grids.one, user_id: s.w1.userId },
      { grid_code: grids.two, user_id: s.w2.userId },
    ])
    .execute();
  return {
    street,
    community,
    other,
    otherCommunity,
    at,
    grids,
    units,
    sessions: s,
    place: { streetCode: street.code, communityCode: community.code },
  };
}
export type FieldWorld = Awaited<ReturnType<typeof newFieldWorld>>;

// lane city (issue 14) ---------------------------------------------------------------------------------------------

/** 北京市, the root above the demo district (the demo always loads it). */
export const CITY_CODE = '110000000000';

/**
 * A small city for the city-level tests: the city 12345 centre (a government unit at the city) and a second
 * district, 延庆区 (110119, after the demo district so `district()` still answers the demo one), with its
 * government (the district's desk) and one street with its office. Returns ids and paths.
 */
export async function newCity(owner: Db) {
  const centre = await owner
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'government')
    .where('jurisdiction_code', '=', CITY_CODE)
    .executeTakeFirst();
  const centreId =
    centre?.id ??
    (await newUnit(owner, {
      kind: 'government',
      parentId: null,
      jurisdictionCode: CITY_CODE,
      name: '北京市12345市民服务热线中心',
    }));
  const code = '110119000000';
  const path = `${CITY_CODE}/${code}/`;
  const exists = await owner.selectFrom('region').select('code').where('code', '=', code).executeTakeFirst();
  if (!exists)
    await owner
      .insertInto('region')
      .values({ code, parent_code: CITY_CODE, name: '延庆区', level: 'district', path, sort: 16 })
      .execute();
  const governmentId = await newUnit(owner, {
    kind: 'government',
    parentId: null,
    jurisdictionCode: code,
    name: `延庆区人民政府${next()}`,
  });
  const street = await newRegion(owner, { parentCode: code, level: 'street', name: `测试${next()}街道` });
  const streetOfficeId = await newUnit(owner, {
    kind: 'street_office',
    parentId: governmentId,
    jurisdictionCode: street.code,
    name: `延庆测试街道办事处${next()}`,
  });
  return {
    centreId,
    other: { code, path, governmentId, street: { ...street, officeId: streetOfficeId } },
  };
}

/** A registered case (awaiting dispatch) at a place, written directly: for desk and jurisdiction tests. */
export async function newRegisteredCase(
  owner: Db,
  at: { path: string; streetCode: string; districtCode: string; communityCode?: string },
  title = '路灯不亮',
): Promise<string> {
  const caseId = newCaseId();
  await owner
    .insertInto('case')
    .values({
      id: caseId,
      status: 'registered',
      request_type: 'complaint',
      channel: 'hotline',
      urgency: 'ordinary',
      title,
      description: '测试用案件，等待派单',
      region_path: at.path,
      district_code: at.districtCode,
      street_code: at.streetCode,
      ...(at.communityCode ? { community_code: at.communityCode } : {}),
    })
    .execute();
  return caseId;
}
