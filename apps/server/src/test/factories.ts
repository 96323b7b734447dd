import type { Role } from '@onegrid/domain';
import type { AssignmentStatus } from '../db/schema.ts';
import { centroidOf } from '@onegrid/domain';
import type { Db } from '../db/database.ts';
import { login, type Session, type TestEnv } from './harness.ts';

/**
 * Test users and places the demo data lacks (a street-level dispatcher, a handler of another street …), written
 * straight into the test database: no administrator's API is involved, so the tests do not depend on who manages
 * accounts. They share the demo users' password.
 */
export async function newUser(
  env: TestEnv,
  over: { username: string; roles: Role[]; unitId: string; name?: string },
): Promise<Session & { unitId: string }> {
  const template = await env.ownerDb
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'operator')
    .executeTakeFirstOrThrow();
  await env.ownerDb
    .insertInto('app_user')
    .values({
      username: over.username,
      name: over.name ?? '测试用户',
      unit_id: over.unitId,
      roles: over.roles,
      password_hash: template.password_hash,
    })
    .execute();
  return { ...(await login(env.app, over.username)), unitId: over.unitId };
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
    kind?: 'government' | 'department' | 'street_office' | 'community' | 'enterprise';
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

/** A case number in the 2026-11 partition, unique within a test run. */
export function newCaseId(): string {
  return String(2026112300000000 + next());
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
      lead_unit_id: unitId,
      ...(over.categoryCode ? { category_code: over.categoryCode } : {}),
    })
    .execute();
  const a = await owner
    .insertInto('assignment')
    .values({
      case_id: caseId,
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
