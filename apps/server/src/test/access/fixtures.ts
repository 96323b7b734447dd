import { districtOf } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { tinyPng } from '../../modules/uploads/uploads.fixtures.ts';
import { CITY_CODE, newUnit, newUser, pointUnder, unitOf, unitOfUser } from '../factories.ts';
import type { Session, TestEnv } from '../harness.ts';
import { DEMO_PASSWORD } from '../constants.ts';
import {
  newAddress,
  newHazard,
  newHouse,
  newOrganisation,
  newPerson,
  newTag,
} from '../basedata-factories.ts';
import type { Role } from './access-matrix.ts';
import { caseDistrictOf } from '../../modules/cases/public.ts';

/**
 * The two sides of the access matrix. `mine` lies in 滨河街道, in the demo community of the grid worker and the
 * resident: a case the resident reported, led by 滨河's street office with the water company assisting; its grid,
 * community, units, users, a whistle summoning the water company, a supervision notice to the street office, a
 * photo. `theirs` is the same set in 兴谷街道, touching none of the demo users. District-wide roles see both.
 */
export interface Side {
  case: string;
  grid: string;
  region: string;
  street: string;
  unit: string;
  streetOffice: string;
  user: string;
  whistle: string;
  notice: string;
  upload: string;
  point: { lon: number; lat: number };
  /** a category of the demo's tree */
  category: string;
  /** the lead assignment of the case */
  assignment: string;
  /** the unit the whistle summoned */
  summoned: string;
  /** the users working the grid (kept as they are by the probe that sets them) */
  gridWorkers: string[];
  /** a building of the address library in the side's community */
  address: string;
  /** base data (一标三实) in the side's grid: a person living in a house, an organisation with a hazard */
  base: { person: string; idNumber: string; house: string; org: string; hazard: string };
  /** a patrol with a track in the side's grid (issue 11): `mine` by the demo grid worker, `theirs` by a worker of 兴谷 */
  patrol: string;
  /** a mediation file opened in the side's grid (issue 11; `mine` by the demo grid worker, `theirs` by 兴谷's lead), received, and its applicant */
  mediation: { file: string; party: string };
  /** 三治融合 (issue 13): an open vote with two options, a qualified proposal, a raised topic, a meeting, in the side's community */
  participation: { vote: string; option: string; proposal: string; topic: string; meeting: string };
  /** 积分制 (issue 13): a draft rule set with a rule, an entry and a requested redemption on the side's base house, a good */
  points: { ruleSet: string; rule: string; entry: string; good: string; redemption: string };
  /** 志愿服务 (issue 13): a social organisation in the side's community, a volunteer it keeps (the base person), an open activity, a certificate */
  volunteers: { org: string; volunteer: string; activity: string; certificate: string; code: string };
  /** 村(居)务公开 (issue 13): a district item; a monthly entry with two publications; an at-once entry with an event; an open query */
  disclosure: {
    item: string;
    entry: string;
    atOnce: string;
    event: string;
    pub: string;
    pub2: string;
    request: string;
  };
}

export interface Fixtures {
  mine: Side;
  theirs: Side;
  waterUnit: string;
  /** the current settings, sent back unchanged by the probes that write them */
  settings: { assessment: unknown; whistle: unknown };
  /** 知识库 (issue 12): a demo entry (residence permit), one owned by the water company, a catalogue node */
  knowledge: { entry: string; waterEntry: string; catalog: string };
  /** 一窗通办 (issue 13): a demo item (就业登记), a matrix item to edit, a bundle; per side a demo application
   * received at the side's street centre and still in handling, an open stage of it, its tracking code */
  services: {
    item: string;
    editItem: string;
    bundle: string;
    app(side: Side): string;
    stage(side: Side): string;
    code(side: Side): string;
  };
  /** 好差评 (issue 13), per side at the side's street centre: a handed-out application not rated yet, an open
   * rectification, a bad rating not appealed, a pending appeal (made here) */
  rating: {
    app(side: Side): string;
    code(side: Side): string;
    rectification(side: Side): string;
    rating(side: Side): string;
    appeal(side: Side): string;
  };
  /** a number never handed out before, for unique names and codes */
  next(): number;
  /** the grid worker of the side's grid who gets its tasks (issue 11) */
  taskWorker(side: Side): string;
  /** a fresh row per request, for probes that consume what they touch (DELETE) */
  fresh: {
    duty(side: Side): Promise<string>;
    policy(): Promise<string>;
    apiKey(): Promise<string>;
    overrideDay(): Promise<string>;
    address(side: Side): Promise<string>;
    /** base data consumed by the probes that change it (versions move on) */
    person(side: Side): Promise<string>;
    tag(side: Side): Promise<string>;
    houseAddress(side: Side): Promise<string>;
    house(side: Side): Promise<string>;
    org(side: Side): Promise<string>;
    /** a task to the side's grid worker, from the side's street lead (issue 11) */
    task(side: Side): Promise<string>;
  };
}

const BINHE = '110117001000';
const XINGGU = '110117002000';
const DEMO_COMMUNITY = '110117001001';

let ip = 0;
/** Each request from its own address: the public routes' per-IP rate limits never interfere. */
export function nextIp(): string {
  ip += 1;
  return `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
}

async function loginAs(env: TestEnv, username: string): Promise<Session> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextIp(),
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = `og_session=${res.cookies.find((c) => c.name === 'og_session')!.value}`;
  const body = res.json<{ csrfToken: string; user: { id: string } }>();
  return {
    cookie,
    csrf: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
    userId: body.user.id,
  };
}

/** The demo user (or test user) behind each column; anonymous has none. */
const USERNAMES: Record<Exclude<Role, 'anonymous'>, string> = {
  resident: 'resident',
  grid_worker: 'grid_worker',
  operator: 'operator',
  dispatcher: 'dispatcher',
  street_dispatcher: 'binhe_dispatcher',
  street_handler: 'street_handler',
  dept_handler: 'water_handler',
  street_lead: 'street_lead',
  supervisor: 'supervisor',
  admin: 'admin',
  street_admin: 'street_admin',
  security_admin: 'security_admin',
  audit_admin: 'audit_admin',
  // lane city (issue 14): the city 12345 centre (made below; the demo has it with DEMO_SCOPE=city)
  city_operator: 'm_city_operator',
  city_dispatcher: 'm_city_dispatcher',
  city_supervisor: 'm_city_supervisor',
};

export async function sessionsFor(env: TestEnv, roles: readonly Role[]) {
  const office = await unitOf(env.ownerDb, { jurisdictionCode: BINHE, kind: 'street_office' });
  await newUser(env, { username: 'binhe_dispatcher', roles: ['dispatcher'], unitId: office.id });
  // lane city (issue 14): the city 12345 centre, a government unit over the whole city, and its staff
  const centre = await newUnit(env.ownerDb, {
    kind: 'government',
    parentId: null,
    jurisdictionCode: CITY_CODE,
    name: '矩阵市12345中心',
  });
  for (const r of ['operator', 'dispatcher', 'supervisor'] as const)
    await newUser(env, { username: `m_city_${r}`, roles: [r], unitId: centre });
  const out = new Map<Role, Session | null>();
  for (const role of roles) out.set(role, role === 'anonymous' ? null : await loginAs(env, USERNAMES[role]));
  return { sessions: out, login: (role: Exclude<Role, 'anonymous'>) => loginAs(env, USERNAMES[role]) };
}

async function id(db: Db, query: ReturnType<typeof sql<{ id: string }>>) {
  const r = await query.execute(db);
  if (!r.rows[0]) throw new Error('fixture: nothing found');
  return r.rows[0].id;
}

async function post(env: TestEnv, s: Session, url: string, payload: object) {
  const res = await env.app.inject({
    method: 'POST',
    url,
    headers: s.headers,
    payload,
    remoteAddress: nextIp(),
  });
  if (res.statusCode >= 300) throw new Error(`fixture ${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

async function side(
  env: TestEnv,
  who: { reporter: Session; lead: Session; streetOfficeName?: string },
  where: { street: string; community: string },
  waterUnit: string,
  assist: string,
): Promise<Side> {
  const db = env.ownerDb;
  const point = await pointUnder(db, where.community);
  const category = await id(
    db,
    sql<{ id: string }>`SELECT code AS id FROM category WHERE name_zh = '暴露垃圾'`,
  );
  const office = await unitOf(db, { jurisdictionCode: where.street, kind: 'street_office' });
  const community = await unitOf(db, { jurisdictionCode: where.community, kind: 'community' });
  const created = await post(env, who.reporter, '/api/cases', {
    requestType: 'complaint',
    description: '小区门口的垃圾桶满了好几天没人清运，味道很大',
    lon: point.lon,
    lat: point.lat,
  });
  // led by the street office, the water company (or another department) assisting, as a dispatcher would
  await db.deleteFrom('assignment').where('case_id', '=', created.id).execute();
  const assignment = await db
    .insertInto('assignment')
    .values([
      {
        case_id: created.id,
        district_code: caseDistrictOf(created.id),
        unit_id: office.id,
        role: 'lead',
        status: 'accepted',
        resolve_due_at: new Date(Date.now() - 3_600_000),
      },
      {
        case_id: created.id,
        district_code: caseDistrictOf(created.id),
        unit_id: assist,
        role: 'assist',
        status: 'accepted',
      },
    ])
    .returning('id')
    .execute();
  await db
    .updateTable('case')
    .set({ status: 'in_progress', lead_unit_id: office.id, category_code: category })
    .where('id', '=', created.id)
    .execute();
  const supervisor = await db
    .selectFrom('app_user')
    .select(['id', 'unit_id'])
    .where('username', '=', 'supervisor')
    .executeTakeFirstOrThrow();
  const notice = await db
    .insertInto('supervision_notice')
    .values({
      case_id: created.id,
      assignment_id: assignment[0]!.id,
      unit_id: office.id,
      level: 'yellow',
      reason: '逾期未办结',
      region_path: community.jurisdiction_path,
      issued_by: supervisor.id,
      issued_by_unit: supervisor.unit_id,
      answer_due_at: new Date(Date.now() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const whistle = await post(env, who.lead, '/api/whistles', {
    kind: 'difficult',
    title: '垃圾清运联合处置',
    streetCode: where.street,
    unitIds: [assist === waterUnit ? waterUnit : assist],
  });
  const upload = await db
    .insertInto('upload')
    .values({
      case_id: created.id,
      district_code: caseDistrictOf(created.id),
      mime: 'image/png',
      size: tinyPng().length,
      sha256: `fixture-${created.id}`,
      data: tinyPng(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await id(
    db,
    sql<{ id: string }>`SELECT u.id FROM app_user u JOIN unit n ON n.id = u.unit_id
      WHERE n.jurisdiction_path LIKE ${`${community.jurisdiction_path}%`} OR n.id = ${office.id} ORDER BY u.username LIMIT 1`,
  );
  return {
    case: created.id,
    grid: point.gridCode,
    region: where.community,
    street: where.street,
    unit: community.id,
    streetOffice: office.id,
    user,
    whistle: whistle.id,
    notice: notice.id,
    upload: upload.id,
    point,
    category,
    assignment: assignment[0]!.id,
    summoned: assist,
    gridWorkers: [],
    address: await addressNode(db, where, point),
    base: { person: '', idNumber: '', house: '', org: '', hazard: '' },
    patrol: '',
    mediation: { file: '', party: '' },
    participation: { vote: '', option: '', proposal: '', topic: '', meeting: '' },
    points: { ruleSet: '', rule: '', entry: '', good: '', redemption: '' },
    volunteers: { org: '', volunteer: '', activity: '', certificate: '', code: '' },
    disclosure: { item: '', entry: '', atOnce: '', event: '', pub: '', pub2: '', request: '' },
  };
}

/** A district item, a monthly entry with two publications, an at-once entry with an event, an open query (made directly). */
async function disclosureOf(db: Db, s: Side): Promise<Side['disclosure']> {
  const place = await db
    .selectFrom('region')
    .select('path')
    .where('code', '=', s.region)
    .executeTakeFirstOrThrow();
  const district = await db
    .selectFrom('micro_power_item')
    .select(['region_code', 'region_path'])
    .executeTakeFirstOrThrow();
  const item = await db
    .insertInto('micro_power_item')
    .values({
      ...district,
      category: 'seal',
      title: `矩阵事项${s.region}`,
      basis: '矩阵',
      steps: JSON.stringify([
        { title: '甲', role: 'clerk', disclose: false },
        { title: '乙', role: 'committee', disclose: true },
      ]),
      created_by: s.user,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entry = (frequency: 'monthly' | 'at_once', title: string) =>
    db
      .insertInto('disclosure_entry')
      .values({
        community_code: s.region,
        region_path: place.path,
        category: frequency === 'monthly' ? 'finance' : 'major_decision',
        title,
        basis: '矩阵',
        frequency,
        due_working_days: 10,
        channels: ['board'],
        since: '2026-01-01',
        created_by: s.user,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const monthly = await entry('monthly', '矩阵财务');
  const atOnce = await entry('at_once', '矩阵重大事项');
  const event = await db
    .insertInto('disclosure_event')
    .values({
      entry_id: atOnce.id,
      district_code: districtOf(s.region),
      title: '矩阵决议',
      occurred_at: new Date(Date.now() - 86_400_000),
      created_by: s.user,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pub = (period: string) =>
    db
      .insertInto('disclosure_publication')
      .values({
        entry_id: monthly.id,
        district_code: districtOf(s.region),
        period_key: period,
        title: `矩阵公开${period}`,
        body: '矩阵内容',
        list: '[]',
        channel: 'board',
        published_by: s.user,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const request = await db
    .insertInto('disclosure_request')
    .values({
      community_code: s.region,
      region_path: place.path,
      kind: 'query',
      subject: '矩阵咨询',
      body: '矩阵咨询内容',
      user_id: s.user,
      due_at: new Date(Date.now() + 20 * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    item: item.id,
    entry: monthly.id,
    atOnce: atOnce.id,
    event: event.id,
    pub: (await pub('2026-01')).id,
    pub2: (await pub('2026-02')).id,
    request: request.id,
  };
}

/** The side's social organisation (the demo's in 滨河, a new one in 兴谷) with a volunteer, an open activity, a certificate. */
async function volunteersOf(db: Db, s: Side, code: string): Promise<Side['volunteers']> {
  const community = await db
    .selectFrom('unit')
    .select(['id', 'jurisdiction_path'])
    .where('kind', '=', 'community')
    .where('jurisdiction_code', '=', s.region)
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'social_org')
    .where('jurisdiction_code', '=', s.region)
    .executeTakeFirst();
  const org =
    existing?.id ??
    (await newUnit(db, { kind: 'social_org', parentId: community.id, name: '矩阵志愿服务队' }));
  const volunteer = await db
    .insertInto('volunteer')
    .values({
      person_id: s.base.person,
      keeper_unit_id: org,
      region_path: community.jurisdiction_path,
      registered_via: 'staff',
    })
    .onConflict((oc) =>
      oc.columns(['district_code', 'person_id', 'keeper_unit_id']).doUpdateSet({ active: true }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  const h = 3_600_000;
  const activity = await db
    .insertInto('volunteer_activity')
    .values({
      organiser_unit_id: org,
      region_path: community.jurisdiction_path,
      title: '矩阵活动',
      place: '活动室',
      starts_at: new Date(Date.now() + 48 * h),
      ends_at: new Date(Date.now() + 50 * h),
      capacity: 10,
      signup_opens_at: new Date(Date.now() - h),
      signup_closes_at: new Date(Date.now() + 24 * h),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const certificate = await db
    .insertInto('volunteer_certificate')
    .values({
      code,
      volunteer_id: volunteer.id,
      district_code: districtOf(community.jurisdiction_path),
      keeper_unit_id: org,
      period_from: '2026-01-01',
      period_to: '2026-12-31',
      periods: JSON.stringify([{ period: '2026', minutes: 120, hours: 2 }]),
      total_minutes: 120,
      name_masked: '矩**',
      issued_by: s.user,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { org, volunteer: volunteer.id, activity: activity.id, certificate: certificate.id, code };
}

/** An open vote, a qualified proposal, a raised topic and a meeting on it, in the side's community (made directly). */
async function participationOf(db: Db, s: Side): Promise<Side['participation']> {
  const place = await db
    .selectFrom('region')
    .select('path')
    .where('code', '=', s.region)
    .executeTakeFirstOrThrow();
  const at = { community_code: s.region, region_path: place.path };
  const vote = await db
    .insertInto('civic_vote')
    .values({
      ...at,
      kind: 'choice',
      title: '矩阵投票',
      max_choices: 1,
      status: 'open',
      opens_at: new Date(Date.now() - 3_600_000),
      closes_at: new Date(Date.now() + 30 * 86_400_000),
      created_by: s.user,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const options = await db
    .insertInto('civic_vote_option')
    .values([
      { vote_id: vote.id, district_code: districtOf(s.region), position: 1, title: '同意' },
      { vote_id: vote.id, district_code: districtOf(s.region), position: 2, title: '不同意' },
    ])
    .returning('id')
    .execute();
  const proposal = await db
    .insertInto('civic_proposal')
    .values({
      ...at,
      title: '矩阵提议',
      body: '矩阵提议的内容',
      author_user_id: s.user,
      threshold: 1,
      status: 'qualified',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const topic = await db
    .insertInto('deliberation_topic')
    .values({ ...at, title: '矩阵议题', source: 'staff', created_by: s.user })
    .returning('id')
    .executeTakeFirstOrThrow();
  const meeting = await db
    .insertInto('deliberation_meeting')
    .values({
      ...at,
      title: '矩阵议事会',
      place: '活动室',
      meeting_at: new Date(Date.now() + 86_400_000),
      agenda: '矩阵议程',
      created_by: s.user,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    vote: vote.id,
    option: options[0]!.id,
    proposal: proposal.id,
    topic: topic.id,
    meeting: meeting.id,
  };
}

/** A draft rule set (version 99) with one rule, an entry and a requested redemption for the side's base house, a good. */
async function pointsOf(db: Db, s: Side): Promise<Side['points']> {
  const place = await db
    .selectFrom('region')
    .select('path')
    .where('code', '=', s.region)
    .executeTakeFirstOrThrow();
  const at = { community_code: s.region, region_path: place.path };
  const set = await db
    .insertInto('points_rule_set')
    .values({ ...at, version: 99, title: '矩阵细则', created_by: s.user })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rule = await db
    .insertInto('points_rule')
    .values({
      rule_set_id: set.id,
      district_code: districtOf(s.region),
      position: 1,
      category: 'sanitation',
      title: '矩阵规则',
      points: 5,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entry = await db
    .insertInto('points_entry')
    .values({
      ...at,
      house_id: s.base.house,
      rule_id: null,
      points: 50,
      occurred_on: '2026-11-02',
      scored_by: s.user,
      idempotency_key: `matrix-entry-${s.region}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const good = await db
    .insertInto('points_good')
    .values({ ...at, name: '矩阵商品', price: 1, stock: 100 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const redemption = await db
    .insertInto('points_redemption')
    .values({
      ...at,
      house_id: s.base.house,
      good_id: good.id,
      quantity: 1,
      points: 1,
      channel: 'resident',
      requested_by: s.user,
      idempotency_key: `matrix-redemption-${s.region}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ruleSet: set.id, rule: rule.id, entry: entry.id, good: good.id, redemption: redemption.id };
}

/** A mediation file opened for a walk-in in the side's grid: two typed parties. */
async function mediationOf(env: TestEnv, worker: Session, s: Side) {
  const f = await post(env, worker, '/api/mediation/files', {
    source: 'walk_in',
    gridCode: s.grid,
    disputeType: 'neighbour',
    summary: '邻里噪音纠纷',
    parties: [
      { role: 'applicant', name: '矩阵甲', phone: '13900001111' },
      { role: 'respondent', name: '矩阵乙' },
    ],
  });
  const party = await env.ownerDb
    .selectFrom('mediation_party')
    .select('id')
    .where('file_id', '=', f.id)
    .where('role', '=', 'applicant')
    .executeTakeFirstOrThrow();
  return { file: f.id, party: party.id };
}

/** A patrol of a worker in the side's grid, with one track point. */
async function patrolOf(db: Db, s: Side, workerId: string): Promise<string> {
  const p = await db
    .insertInto('patrol')
    .values({
      worker_id: workerId,
      grid_code: s.grid,
      community_code: s.region,
      street_code: s.street,
      started_at: new Date(),
      tracking: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('patrol_point')
    .values({
      patrol_id: p.id,
      district_code: districtOf(s.street),
      at: new Date(),
      lon: s.point.lon,
      lat: s.point.lat,
      accuracy_m: 10,
    })
    .execute();
  return p.id;
}

/** A building of the address library (issue 10) in the community, under a compound of its own. */
async function addressNode(
  db: Db,
  where: { street: string; community: string },
  point: { lon: number; lat: number; gridCode: string },
): Promise<string> {
  const at = {
    street_code: where.street,
    community_code: where.community,
    grid_code: point.gridCode,
    lon: point.lon,
    lat: point.lat,
  };
  const compound = await db
    .insertInto('address_node')
    .values({ ...at, kind: 'compound', name: '矩阵小区', full_name: '矩阵小区', parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const building = await db
    .insertInto('address_node')
    .values({ ...at, kind: 'building', name: '1号楼', full_name: '矩阵小区1号楼', parent_id: compound.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return building.id;
}

export async function buildFixtures(env: TestEnv): Promise<Fixtures> {
  const db = env.ownerDb;
  // The units summoned to assist: the water company of the demo's water_handler, and an enterprise of our own.
  const waterUnit = await unitOfUser(db, 'water_handler');
  const gasUnit = await newUnit(db, { kind: 'enterprise', parentId: null });
  const resident = await loginAs(env, 'resident');
  const operator = await loginAs(env, 'operator');
  const mine = await side(
    env,
    { reporter: resident, lead: await loginAs(env, 'street_lead') },
    { street: BINHE, community: DEMO_COMMUNITY },
    waterUnit,
    waterUnit,
  );
  const xgCommunity = await id(
    db,
    sql<{ id: string }>`SELECT code AS id FROM region WHERE level = 'community' AND parent_code = ${XINGGU}
      AND EXISTS (SELECT 1 FROM grid g WHERE g.community_code = region.code) ORDER BY code LIMIT 1`,
  );
  const theirs = await side(
    env,
    { reporter: operator, lead: await loginAs(env, 'street_lead2') },
    { street: XINGGU, community: xgCommunity },
    waterUnit,
    gasUnit,
  );
  // the grid worker's own grid is the `mine` grid
  const own = await db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .select('w.grid_code')
    .where('u.username', '=', 'grid_worker')
    .orderBy('w.grid_code')
    .executeTakeFirstOrThrow();
  mine.grid = own.grid_code;
  for (const s of [mine, theirs])
    s.gridWorkers = (
      await db.selectFrom('grid_worker').select('user_id').where('grid_code', '=', s.grid).execute()
    ).map((w) => w.user_id);
  const placeOf = (s: Side) => ({ streetCode: s.street, communityCode: s.region, gridCode: s.grid });
  for (const s of [mine, theirs]) {
    const house = await newHouse(db, placeOf(s));
    const person = await newPerson(db, env.pii, { ...placeOf(s), houseId: house.id });
    const org = await newOrganisation(db, placeOf(s));
    s.base = {
      person: person.id,
      idNumber: person.idNumber,
      house: house.id,
      org,
      hazard: await newHazard(db, org),
    };
  }
  const gridWorker = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  mine.patrol = await patrolOf(db, mine, gridWorker.id);
  const xgWorker = await newUser(env, {
    username: 'matrix_gw_xg',
    roles: ['grid_worker'],
    unitId: theirs.unit,
  });
  theirs.patrol = await patrolOf(db, theirs, xgWorker.userId);
  mine.mediation = await mediationOf(env, await loginAs(env, 'grid_worker'), mine);
  theirs.mediation = await mediationOf(env, await loginAs(env, 'street_lead2'), theirs);
  mine.participation = await participationOf(db, mine);
  theirs.participation = await participationOf(db, theirs);
  mine.points = await pointsOf(db, mine);
  theirs.points = await pointsOf(db, theirs);
  mine.volunteers = await volunteersOf(db, mine, 'MATR-XAAA-AAA2');
  theirs.volunteers = await volunteersOf(db, theirs, 'MATR-XBBB-BBB3');
  mine.disclosure = await disclosureOf(db, mine);
  theirs.disclosure = await disclosureOf(db, theirs);
  const taskParties = new Map([
    [mine, { worker: gridWorker.id, issuer: mine.user }],
    [theirs, { worker: xgWorker.userId, issuer: theirs.user }],
  ]);
  const supervisor = await loginAs(env, 'supervisor');
  const read = async (url: string) =>
    (
      await env.app.inject({ method: 'GET', url, headers: supervisor.headers, remoteAddress: nextIp() })
    ).json<unknown>();
  const settings = {
    assessment: await read('/api/assessment/settings'),
    whistle: await read('/api/whistles/settings'),
  };
  let n = 0;
  let day = 0;
  const admin = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const entryTitled = async (title: string) =>
    (await db.selectFrom('knowledge_entry').select('id').where('title', '=', title).executeTakeFirstOrThrow())
      .id;
  const knowledge = {
    entry: await entryTitled('居住证首次申领'),
    waterEntry: await entryTitled('自来水过户与开户'),
    catalog: (
      await db.selectFrom('knowledge_catalog').select('id').where('code', '=', '08').executeTakeFirstOrThrow()
    ).id,
  };
  const itemCoded = async (code: string) =>
    (await db.selectFrom('service_item').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const editItem = (
    await db
      .insertInto('service_item')
      .values({
        code: 'MATRIX-1',
        name: '矩阵事项',
        guide: JSON.stringify({ promisedDays: 3, materials: [], visits: 1 }),
        promised_days: 3,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('service_item_department')
    .values({ item_id: editItem, unit_id: waterUnit, days: 3 })
    .execute();
  const serviceApps = new Map<Side, { id: string; code: string; stage: string }>();
  for (const s of [mine, theirs]) {
    const a = await db
      .selectFrom('service_application as a')
      .innerJoin('service_stage as st', 'st.application_id', 'a.id')
      .select(['a.id', 'a.tracking_code', 'st.id as stage'])
      .where('a.window_unit_id', '=', s.streetOffice)
      .where('a.status', '=', 'handling')
      .where('st.status', 'in', ['pending', 'accepted'])
      .orderBy('a.received_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    serviceApps.set(s, { id: a.id, code: a.tracking_code, stage: a.stage });
  }
  // 兴谷 has no handed-out demo application: on each side two of the window's unrated ones are handed out now — one
  // left to rate, one rated badly with an open rectification, one rated badly with an appeal pending
  const ratingFx = new Map<
    Side,
    { app: string; code: string; rect: string; rating: string; appeal: string }
  >();
  for (const s of [mine, theirs]) {
    const picked = await db
      .selectFrom('service_application as a')
      .select(['a.id', 'a.tracking_code', 'a.window_path'])
      .where('a.window_unit_id', '=', s.streetOffice)
      .where('a.status', 'in', ['handling', 'merged', 'handed_out'])
      .where('a.id', '!=', serviceApps.get(s)!.id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('service_rating as r').select('r.id').whereRef('r.application_id', '=', 'a.id'),
          ),
        ),
      )
      .orderBy('a.received_at', 'desc')
      .limit(2)
      .execute();
    if (picked.length < 2) throw new Error('fixtures: too few service applications to hand out');
    const now = new Date();
    await db
      .updateTable('service_application')
      .set({ status: 'handed_out', outcome: 'approved', merged_at: now, handed_out_at: now })
      .where(
        'id',
        'in',
        picked.map((a) => a.id),
      )
      .execute();
    const district_code = districtOf(picked[1]!.window_path);
    const bad = async (appId: string, kind: 'first' | 'after_fix') => {
      const { id } = await db
        .insertInto('service_rating')
        .values({
          application_id: appId,
          district_code,
          kind,
          level: 'unsatisfied',
          source: 'window',
          rated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const st = await db
        .selectFrom('service_stage')
        .select('unit_id')
        .where('application_id', '=', appId)
        .limit(1)
        .executeTakeFirstOrThrow();
      return { id, unitId: st.unit_id };
    };
    const b = await bad(picked[1]!.id, 'first');
    const rect = await db
      .insertInto('service_rectification')
      .values({
        rating_id: b.id,
        application_id: picked[1]!.id,
        district_code,
        // mine: the water company's (a column's unit), to see it record its own; theirs: the handling department's
        unit_id: s === mine ? waterUnit : b.unitId,
        state: 'open',
        opened_at: now,
        due_at: new Date(now.getTime() + 7 * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const c = await bad(picked[1]!.id, 'after_fix');
    const appeal = await db
      .insertInto('service_rating_appeal')
      .values({ rating_id: c.id, district_code, unit_id: c.unitId, ground: 'mistaken', reason: '矩阵：误评' })
      .returning('id')
      .executeTakeFirstOrThrow();
    ratingFx.set(s, {
      app: picked[0]!.id,
      code: picked[0]!.tracking_code,
      rect: rect.id,
      rating: b.id,
      appeal: appeal.id,
    });
  }
  const rating = {
    app: (s: Side) => ratingFx.get(s)!.app,
    code: (s: Side) => ratingFx.get(s)!.code,
    rectification: (s: Side) => ratingFx.get(s)!.rect,
    rating: (s: Side) => ratingFx.get(s)!.rating,
    appeal: (s: Side) => ratingFx.get(s)!.appeal,
  };
  const services = {
    item: await itemCoded('FW-011'),
    editItem,
    bundle: (
      await db
        .selectFrom('service_bundle')
        .select('id')
        .where('code', '=', 'YJS-BIRTH')
        .executeTakeFirstOrThrow()
    ).id,
    app: (s: Side) => serviceApps.get(s)!.id,
    stage: (s: Side) => serviceApps.get(s)!.stage,
    code: (s: Side) => serviceApps.get(s)!.code,
  };
  return {
    mine,
    theirs,
    waterUnit,
    settings,
    knowledge,
    services,
    rating,
    next: () => ++n,
    taskWorker: (s) => taskParties.get(s)!.worker,
    fresh: {
      address: (s) =>
        addressNode(db, { street: s.street, community: s.region }, { ...s.point, gridCode: s.grid }),
      person: async (s) => (await newPerson(db, env.pii, placeOf(s))).id,
      tag: async (s) => newTag(db, (await newPerson(db, env.pii, placeOf(s))).id, { tag: 'elderly_alone' }),
      houseAddress: async (s) => (await newAddress(db, placeOf(s))).id,
      house: async (s) => (await newHouse(db, placeOf(s))).id,
      org: async (s) => newOrganisation(db, placeOf(s)),
      task: async (s) =>
        (
          await db
            .insertInto('field_task')
            .values({
              kind: 'other',
              title: '矩阵任务',
              assigned_to: taskParties.get(s)!.worker,
              assigned_by: taskParties.get(s)!.issuer,
              due_at: new Date(Date.now() + 86_400_000),
              grid_code: s.grid,
              community_code: s.region,
              street_code: s.street,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      async duty(s) {
        const code = `MX${++n}`;
        await db
          .insertInto('category')
          .values({
            code,
            parent_code: null,
            name_zh: `矩阵${n}`,
            name_en: `Matrix ${n}`,
            is_leaf: true,
            service_code: null,
          })
          .execute();
        const region = await db
          .selectFrom('region')
          .select('path')
          .where('code', '=', s.street)
          .executeTakeFirstOrThrow();
        const d = await db
          .insertInto('duty')
          .values({ category_code: code, region_code: s.street, region_path: region.path })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db
          .insertInto('duty_party')
          .values({ duty_id: d.id, ord: 0, role: 'lead', unit_id: s.streetOffice, local_street: false })
          .execute();
        return d.id;
      },
      async policy() {
        const code = `MP${++n}`;
        await db
          .insertInto('category')
          .values({
            code,
            parent_code: null,
            name_zh: `时限${n}`,
            name_en: `Policy ${n}`,
            is_leaf: true,
            service_code: null,
          })
          .execute();
        const p = await db
          .insertInto('deadline_policy')
          .values({
            category_code: code,
            urgency: 'ordinary',
            accept_value: 1,
            accept_unit: 'hours',
            respond_value: 1,
            respond_unit: 'hours',
            resolve_value: 2,
            resolve_unit: 'days',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return p.id;
      },
      async apiKey() {
        const k = await db
          .insertInto('api_key')
          .values({ name: `matrix ${++n}`, key_hash: `matrix-${n}`, prefix: `mx${n}`, created_by: admin.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        return k.id;
      },
      async overrideDay() {
        day += 1;
        const date = new Date(Date.UTC(2031, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        await db.insertInto('calendar_override').values({ day: date, kind: 'holiday' }).execute();
        return date;
      },
    },
  };
}
