import { residentIdCheckChar } from '@onegrid/domain';
import type { Fixtures, Side } from './fixtures.ts';

/**
 * THE ACCESS MATRIX — who may call what, declared once for every route of the built app.
 *
 * access-matrix.test.ts enumerates the app's routes (app.routeTable, filled by an onRoute hook) and fails for a
 * route without a row here (or a row without a route). For each row it calls the route as every column's user,
 * on a resource of each side (fixtures.ts):
 *   mine   — in 滨河街道, the demo community: a case the resident reported, led by 滨河's street office with the
 *            water company assisting; that grid, community, units, a user, a whistle summoning the water
 *            company, a supervision notice to the street office, a photo;
 *   theirs — the same in 兴谷街道, nothing of it assigned to or reported by a demo column's user.
 *
 * A row: ['METHOD /url', probe, 'tokens'] — one token per column, in COLUMNS order, separated by spaces. A token
 * is one letter (the same answer on both sides) or two (mine, theirs). A row whose probe names no side-dependent
 * part (params, or `sided`) is called once, with `mine`, and takes one-letter tokens.
 *   A  2xx/3xx — allowed and done
 *   V  400     — allowed through the access check, the input refused (validation or a business rule)
 *   C  409/422 — allowed through the access check, the state refuses (a transition, a duplicate)
 *   F  403     — forbidden to the role
 *   N  404     — not found, or out of scope (answered exactly as not found)
 *   U  401     — no session
 * Any other status (5xx included) never matches. Requests run in row order and column order, mine before theirs.
 *
 * Adding a route: one row. Adding a role: one entry in COLUMNS, its user in fixtures.ts (USERNAMES; a demo user,
 * or a test user made there like street_dispatcher) and one token per row. To see what the app answers, run
 *   ACCESS_MATRIX_RECORD=/tmp/matrix.txt npm exec vitest run apps/server/src/test/access
 * which writes the observed tokens of every row instead of failing — to review line by line, not to paste blindly.
 */
export const COLUMNS = [
  'resident', //          re  居民, demo community of 滨河
  'grid_worker', //       gw  网格员, same community, own grids
  'operator', //          op  话务员, district centre
  'dispatcher', //        di  派单员, district centre
  'street_dispatcher', // sd  派单员 of 滨河's street office (a test user)
  'street_handler', //    sh  处置人员 of 滨河's street office
  'dept_handler', //      dh  处置人员 of the water company (enterprise)
  'street_lead', //       sl  街道领导, 滨河
  'supervisor', //        su  区督办
  'admin', //             ad  系统管理员, district
  'street_admin', //      sa  系统管理员 of 滨河
  'security_admin', //    se  安全管理员, district (accounts, roles, passwords, sessions)
  'audit_admin', //       au  审计管理员, district (reads and verifies the audit log)
  // lane city (issue 14): the city 12345 centre (a government unit at 北京市), its desk over every district
  'city_operator', //     co  市12345 话务员
  'city_dispatcher', //   cd  市12345 派单员
  'city_supervisor', //   cs  市督办
  'anonymous', //         an  no session
] as const;
export type Role = (typeof COLUMNS)[number];

/** How a row's request is built from a side's fixtures. */
export interface Probe {
  /** path parameters: the fixture of the side to fill each with */
  params?: Record<string, (s: Side, f: Fixtures) => string | Promise<string>>;
  query?: (s: Side, f: Fixtures) => Record<string, string>;
  body?: (s: Side, f: Fixtures) => unknown;
  /** the probe depends on the side through query or body (params imply it) */
  sided?: boolean;
  /** the route ends the session it is called with: call it with a fresh one */
  freshSession?: boolean;
  /** an endless response (Server-Sent Events): the status is read, the stream cut */
  stream?: boolean;
  /** a raw body sent with this content type instead of JSON */
  raw?: { type: string; payload: string | Buffer };
}

export type Row = readonly [route: string, probe: Probe, tokens: string];

const p = {
  case: (s: Side) => s.case,
  grid: (s: Side) => s.grid,
  region: (s: Side) => s.region,
  unit: (s: Side) => s.unit,
  user: (s: Side) => s.user,
  whistle: (s: Side) => s.whistle,
  notice: (s: Side) => s.notice,
  upload: (s: Side) => s.upload,
  office: (s: Side) => s.streetOffice,
};
const none: Probe = {};
/** Ids that name nothing: a hot cluster or proactive task, a published case. */
const NO_UUID = '00000000-0000-4000-8000-000000000000';
const NO_PUBLIC_ID = '0'.repeat(32);
const point = (s: Side) => ({ lon: String(s.point.lon), lat: String(s.point.lat) });
const boundary = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.0005, lat],
      [lon + 0.0005, lat + 0.0005],
      [lon, lat + 0.0005],
      [lon, lat],
    ],
  ],
});

/** A multipart body with one small PNG, as a browser sends a photo. */
function multipart(field = 'file', name = 'photo.png', type = 'image/png', data: Buffer = PNG): Probe['raw'] {
  const b = 'matrixboundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { type: `multipart/form-data; boundary=${b}`, payload };
}
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const report = (s: Side) => ({
  requestType: 'complaint',
  description: '路边的井盖松动了，车开过去哐哐响，很危险',
  lon: s.point.lon,
  lat: s.point.lat,
});
const later = '2026-12-07T09:00:00+08:00';
let matrixSeq = 0;
/** A valid resident ID number, new per call. */
function matrixId(): string {
  const first17 = `11011719850101${String(++matrixSeq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** 一表通: a template body, and an id nothing has (the routes check the caller's role before the row). */
const reportTemplate = {
  name: '矩阵测试表',
  legalBasis: '矩阵测试',
  frequency: 'monthly',
  deadlineWorkingDays: 5,
  columns: [{ key: 'n', label: '人数', kind: 'query', query: { entity: 'person' } }],
};
const nil = () => '00000000-0000-4000-8000-000000000000';

// prettier-ignore
export const MATRIX: readonly Row[] = [
  // [route, probe, tokens — columns: re gw op di sd sh dh sl su ad sa se au an]
  // the API's documentation and health: public
  ['GET /docs', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /docs/static/index.html', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /docs/static/swagger-initializer.js', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /docs/json', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /docs/yaml', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /docs/static/*', none, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  ['GET /api/health', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/health/live', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/health/ready', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/metrics', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // sessions
  [
    'POST /api/auth/login',
    { body: () => ({ username: 'nobody.matrix', password: 'Wrong#Pass1' }) },
    'U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U',
  ],
  ['POST /api/auth/logout', { freshSession: true }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/auth/me', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  // regions, grids, places
  ['GET /api/regions/tree', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/regions/:code', { params: { code: p.region } }, 'AN AN A  A  AN AN A  AN A  A  AN A  A  A  A  A  U'],
  ['GET /api/regions/:code/map', { params: { code: p.region } }, 'AN AN A  A  AN AN A  AN A  A  AN A  A  A  A  A  U'],
  [
    'GET /api/grids',
    { sided: true, query: (s) => ({ regionCode: s.region }) },
    'AN AN A  A  AN AN A  AN A  A  AN A  A  A  A  A  U',
  ],
  ['GET /api/grids/:code', { params: { code: p.grid } }, 'F  AN A  A  AN AN A  AN A  A  AN A  A  A  A  A  U'],
  [
    'POST /api/grids',
    {
      sided: true,
      body: (s, f) => ({
        code: `${s.region}${900 + (f.next() % 99)}`,
        name: `矩阵网格${f.next()}`,
        communityCode: s.region,
        households: 1,
        boundary: boundary(s.point.lon, s.point.lat),
      }),
    },
    'F  F  F  F  F  F  F  F  F  V  VN F  F  F  F  F  U',
  ], // the community is tiled: a new grid over its grids is refused (BOUNDARY_OVERLAP) after the access check
  [
    'PATCH /api/grids/:code',
    { params: { code: p.grid }, body: () => ({ households: 120 }) },
    'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U',
  ],
  [
    'PUT /api/grids/:code/workers',
    { params: { code: p.grid }, body: (s) => ({ userIds: s.gridWorkers }) },
    'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/geo/locate', { sided: true, query: point }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  // units and users (the staff directory)
  ['GET /api/units', none, 'F  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/units/:id', { params: { id: p.unit } }, 'F  AN A  A  AN AN A  AN A  A  AN A  A  A  A  A  U'],
  [
    'POST /api/units',
    {
      sided: true,
      body: (s, f) => ({ name: `矩阵单位${f.next()}`, kind: 'community', jurisdictionCode: s.region }),
    },
    'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U',
  ],
  [
    'PATCH /api/units/:id',
    { params: { id: p.unit }, body: () => ({ phone: '010-69961234' }) },
    'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/users', none, 'F  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/users/:id', { params: { id: p.user } }, 'F  AN A  A  AN AN N  AN A  A  AN A  A  A  A  A  U'],
  [
    'GET /api/users/:id/phone',
    { params: { id: p.user }, query: () => ({ reason: '核实身份' }) },
    'F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  F  U',
  ],
  [
    'POST /api/users',
    {
      sided: true,
      body: (s, f) => ({
        username: `matrix${f.next()}`,
        name: '矩阵用户',
        unitId: s.unit,
        roles: ['grid_worker'],
        password: 'Matrix#2026x',
      }),
    },
    'F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  F  U',
  ],
  [
    'PATCH /api/users/:id',
    { params: { id: p.user }, body: () => ({ name: '矩阵改名' }) },
    'F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  F  U',
  ],
  // reference data
  ['GET /api/categories', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'POST /api/categories',
    { body: (_s, f) => ({ code: `MC${f.next()}`, nameZh: '矩阵分类', nameEn: 'Matrix' }) },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'PATCH /api/categories/:code',
    { params: { code: (s) => s.category }, body: () => ({ keywords: ['垃圾'] }) },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['GET /api/duties', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'GET /api/duties/resolve',
    { sided: true, query: (s) => ({ ...point(s), categoryCode: s.category }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U',
  ],
  [
    'POST /api/duties',
    {
      sided: true,
      body: (s) => ({
        categoryCode: s.category,
        regionCode: s.street,
        parties: [{ role: 'lead', unitId: s.streetOffice }],
      }),
    },
    'F  F  F  F  F  F  F  F  F  A  CN F  F  F  F  F  U',
  ],
  [
    'PUT /api/duties/:id',
    {
      params: { id: (s, f) => f.fresh.duty(s) },
      body: (s) => ({
        categoryCode: s.category,
        regionCode: s.street,
        parties: [{ role: 'lead', unitId: s.streetOffice }],
      }),
    },
    'F  F  F  F  F  F  F  F  F  V  VN F  F  F  F  F  U',
  ],
  [
    'DELETE /api/duties/:id',
    { params: { id: (s, f) => f.fresh.duty(s) } },
    'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/deadline-policies', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'PUT /api/deadline-policies',
    {
      body: (s) => ({
        categoryCode: s.category,
        urgency: 'complex',
        accept: { value: 2, unit: 'hours' },
        respond: { value: 1, unit: 'days' },
        resolve: { value: 15, unit: 'working_days' },
      }),
    },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'DELETE /api/deadline-policies/:id',
    { params: { id: (_s, f) => f.fresh.policy() } },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['GET /api/calendar', { query: () => ({ year: '2026' }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'GET /api/calendar/add',
    { query: () => ({ start: later, value: '3', unit: 'working_days' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U',
  ],
  [
    'PUT /api/calendar/overrides/:date',
    {
      params: { date: (_s, f) => `2040-01-${String((f.next() % 27) + 1).padStart(2, '0')}` },
      body: () => ({ kind: 'holiday', note: '矩阵' }),
    },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'DELETE /api/calendar/overrides/:date',
    { params: { date: (_s, f) => f.fresh.overrideDay() } },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['GET /api/audit', none, 'F  F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  U'],
  // import and export
  [
    'GET /api/export/boundaries.geojson',
    { query: () => ({ level: 'grid' }) },
    'F  F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  U',
  ],
  [
    'GET /api/export/:entity.:format',
    { params: { entity: () => 'users', format: () => 'csv' } },
    'F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  F  U',
  ],
  [
    'POST /api/import/boundaries',
    {
      raw: multipart(
        'file',
        'b.geojson',
        'application/geo+json',
        Buffer.from('{"type":"FeatureCollection","features":[]}'),
      ),
    },
    'F  F  F  F  F  F  F  F  F  C  C  F  F  F  F  F  U',
  ],
  [
    'POST /api/import/:entity',
    {
      params: { entity: () => 'units' },
      raw: multipart('file', 'u.csv', 'text/csv', Buffer.from('name,kind\n')),
    },
    'F  F  F  F  F  F  F  F  F  C  C  F  F  F  F  F  U',
  ],
  // photos
  ['POST /api/uploads', { raw: multipart() }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['POST /api/public/uploads', { raw: multipart() }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/uploads/:id', { params: { id: p.upload } }, 'AN AN A  A  AN AN AN AN A  A  AN N  N  A  A  A  U'],
  [
    'GET /api/public/uploads/:id',
    { params: { id: p.upload }, query: (s) => ({ case: s.case, t: 'not-the-token' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  // Open311 clients' keys
  ['GET /api/api-keys', none, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  [
    'POST /api/api-keys',
    { body: () => ({ name: '矩阵客户端' }) },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'DELETE /api/api-keys/:id',
    { params: { id: (_s, f) => f.fresh.apiKey() } },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  // classification
  [
    'GET /api/classify',
    { query: () => ({ text: '垃圾没人清运' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U',
  ],
  [
    'GET /api/public/classify',
    { query: () => ({ text: '垃圾没人清运' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],
  ['GET /api/public/categories', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // the trained classifier (issue 12): explained suggestions for staff; its page for the district's admins and
  // supervisors, changes for its admins
  [
    'GET /api/classify/explain',
    { query: () => ({ text: '垃圾没人清运' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U',
  ],
  ['GET /api/admin/classify', none, 'F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  A  U'],
  // the test template holds too little closed history to train on: 409 for the admin
  ['POST /api/admin/classify/retrain', none, 'F  F  F  F  F  F  F  F  F  C  F  F  F  F  F  F  U'],
  [
    'POST /api/admin/classify/models/:version/activate',
    { params: { version: () => '999' } },
    'F  F  F  F  F  F  F  F  F  N  F  F  F  F  F  F  U',
  ],
  // notifications
  ['GET /api/notifications', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['POST /api/notifications/read', { body: () => ({ ids: [] }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/notifications/stream', { stream: true }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  // cases
  ['POST /api/cases', { sided: true, body: report }, 'AV AV A  A  AV AV A  AV A  A  AV F  F  A  A  A  U'],
  ['GET /api/cases', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/cases/inbox/summary', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  // lane search (issue 14): 案件查询, the desk and supervisors; scope is the search test's (search.test.ts)
  ['POST /api/cases/search', { body: () => ({ q: '噪音' }) }, 'F  F  A  A  A  F  F  F  A  F  F  F  F  A  A  A  U'],
  [
    'GET /api/cases/nearby',
    { sided: true, query: (s) => ({ ...point(s), radiusM: '50' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U',
  ],
  ['GET /api/cases/:id', { params: { id: p.case } }, 'AN AN A  A  AN AN AN AN A  A  AN N  N  A  A  A  U'],
  [
    'POST /api/cases/:id/callers',
    {
      params: { id: p.case },
      body: () => ({
        reporterName: '矩阵来电',
        reporterPhone: '13700000000',
        description: '矩阵：同一问题再次来电',
      }),
    },
    'F  F  A  A  AN F  F  F  F  F  F  F  F  A  A  F  U',
  ],
  [
    'GET /api/cases/:id/routing',
    { params: { id: p.case }, query: (s) => ({ categoryCode: s.category }) },
    'F  F  F  A  AN F  F  AN A  F  F  F  F  F  A  A  U',
  ],
  // the classifier's categories with their words for a page of the queue: the dispatching desks; cases out of
  // sight are left out of the answer
  [
    'POST /api/cases/category-suggestions',
    { sided: true, body: (s) => ({ ids: [s.case] }) },
    'F  F  F  A  A  F  F  A  A  F  F  F  F  F  A  A  U',
  ],
  [
    'GET /api/cases/:id/reporter',
    { params: { id: p.case }, query: () => ({ reason: '回访核实' }) },
    'F  F  A  A  AN F  F  F  A  A  AN F  F  A  A  A  U',
  ],
  [
    'POST /api/cases/:id/actions/:action',
    { params: { id: p.case, action: () => 'urge' }, body: () => ({ note: '请加快办理' }) },
    'CN CN C  A  AN CN CN AN A  C  CN N  N  C  A  A  U',
  ],
  // lane city (issue 14): 转派 and 退回上级 between the city, district and street desks
  ['GET /api/cases/:id/desk', { params: { id: p.case } }, 'AN AN A  A  AN AN AN AN A  A  AN N  N  A  A  A  U'],
  [
    'POST /api/cases/:id/forward',
    { params: { id: p.case }, body: (s) => ({ toUnitId: s.streetOffice }) },
    'FN FN F  C  CN FN FN CN C  F  FN N  N  F  C  C  U',
  ],
  [
    'POST /api/cases/:id/send-back',
    { params: { id: p.case }, body: () => ({ reason: '不属本辖区' }) },
    'FN FN F  C  CN FN FN CN C  F  FN N  N  F  C  C  U',
  ],
  // supervision
  ['GET /api/supervision/overview', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  ['GET /api/supervision/late', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  [
    'GET /api/supervision/notices',
    { query: () => ({ box: 'issued' }) },
    'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U',
  ],
  [
    'POST /api/supervision/notices',
    { sided: true, body: (s) => ({ assignmentId: s.assignment, level: 'yellow', reason: '矩阵督办' }) },
    'F  F  F  A  CN F  F  CN A  A  CN F  F  F  A  A  U',
  ],
  [
    'POST /api/supervision/notices/:id/answer',
    { params: { id: p.notice }, body: () => ({ answer: '已安排人员处理' }) },
    'N  N  N  N  AN CN N  CN N  N  CN N  N  N  N  N  U',
  ],
  // the resident's public pages
  ['POST /api/public/cases', { body: report }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/map', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/locate', { query: (s, f) => point(f.mine) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  [
    'GET /api/public/cases/:id',
    { params: { id: p.case }, query: () => ({ t: 'not-the-token' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  [
    'POST /api/public/cases/:id/rating',
    {
      params: { id: p.case },
      query: () => ({ t: 'not-the-token' }),
      body: () => ({ resolved: true, rating: 'satisfied' }),
    },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  // a lost link: the same answer whether the number and phone match or not; a wrong code is refused alike
  [
    'POST /api/public/track/code',
    { body: (s) => ({ caseId: s.case, phone: '13800000000' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],
  [
    'POST /api/public/track/verify',
    { body: (s) => ({ caseId: s.case, phone: '13800000000', code: '000000' }) },
    'V  V  V  V  V  V  V  V  V  V  V  V  V  V  V  V  V',
  ],
  // hot issues, 每月一题 and proactive tasks (issue 12): desks with a jurisdiction read; the district picks
  ['GET /api/hotspots', none, 'F  F  A  A  A  F  F  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/hotspots/monthly', none, 'F  F  A  A  A  F  F  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/hotspots/refresh', none, 'F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  A  U'],
  ['GET /api/hotspots/:id', { params: { id: () => NO_UUID } }, 'F  F  N  N  N  F  F  N  N  N  N  F  F  N  N  N  U'],
  ['GET /api/proactive-tasks', none, 'F  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'POST /api/proactive-tasks',
    {
      body: (s) => ({
        title: '矩阵主动治理',
        group: 'C01',
        place: { kind: 'community', key: 'community:x', label: '矩阵社区' },
        ownerUnitId: s.streetOffice,
        deadline: '2027-01-31',
        plan: '矩阵测试方案',
      }),
    },
    'F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  A  U',
  ],
  ['GET /api/proactive-tasks/:id', { params: { id: () => NO_UUID } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  [
    'POST /api/proactive-tasks/:id/notes',
    { params: { id: () => NO_UUID }, body: () => ({ body: '进展' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/proactive-tasks/:id/close',
    { params: { id: () => NO_UUID }, body: () => ({ note: '办结' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/public/cases/:id/metoo',
    { params: { id: () => NO_PUBLIC_ID }, body: () => ({ phone: '13800000000' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  ['GET /api/public/cases/:id/metoo', { params: { id: () => NO_PUBLIC_ID } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  // whistles (吹哨报到); void last: it ends the whistle
  // 答复质量 and 舆情 (issue 12)
  ['GET /api/reply-quality/units', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/reply-quality/held', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/reply-quality/cases/:caseId', { params: { caseId: p.case } }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/reply-quality/scores/:id/approve', { params: { id: () => '999999999' } }, 'F  F  F  N  N  F  F  F  F  N  N  F  F  F  N  F  U'],
  ['GET /api/reply-quality/settings', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['PUT /api/reply-quality/settings', { body: () => ({ minScore: 60, onLow: 'review' }) }, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  ['GET /api/opinion/items', none, 'F  F  A  A  A  F  F  A  A  A  A  F  F  A  A  A  U'],
  [
    'POST /api/opinion/items',
    {
      body: () => ({
        items: [{ source: '矩阵', ref: 'matrix-1', title: '矩阵舆情', publishedAt: '2026-12-06T00:00:00Z', sentiment: 'neutral' }],
      }),
    },
    'F  F  A  A  A  F  F  F  F  A  A  F  F  A  A  F  U',
  ],
  [
    'POST /api/opinion/import',
    {
      raw: {
        type: 'multipart/form-data; boundary=matrix',
        payload:
          '--matrix\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\nContent-Type: text/csv\r\n\r\n' +
          '来源,编号,标题,发布时间,情感\n矩阵,matrix-2,矩阵舆情,2026-12-06 08:00,中性\n\r\n--matrix--\r\n',
      },
    },
    'F  F  A  A  A  F  F  F  F  A  A  F  F  A  A  F  U',
  ],
  ['POST /api/opinion/feed', { body: () => ({ items: [{ source: '矩阵', ref: 'feed-1', title: '矩阵', publishedAt: '2026-12-06T00:00:00Z' }] }) }, 'U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U'],
  ['POST /api/opinion/items/:id/case', { params: { id: () => '999999999' } }, 'F  F  N  N  N  F  F  F  F  F  F  F  F  N  N  F  U'],
  [
    'POST /api/opinion/items/:id/attach',
    { params: { id: () => '999999999' }, body: (s) => ({ caseId: s.case }) },
    'F  F  N  N  N  F  F  F  F  F  F  F  F  N  N  F  U',
  ],
  [
    'POST /api/opinion/items/:id/cluster',
    { params: { id: () => '999999999' }, body: () => ({ clusterId: nil() }) },
    'F  F  N  N  N  F  F  F  N  F  F  F  F  N  N  N  U',
  ],
  ['GET /api/opinion/alerts', none, 'F  F  A  A  A  F  F  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/opinion/alerts/:id/respond', { params: { id: () => '999999999' }, body: () => ({ response: '已回应' }) }, 'F  F  F  N  N  F  F  N  F  N  N  F  F  F  N  F  U'],
  ['GET /api/opinion/settings', none, 'F  F  A  A  A  F  F  A  A  A  A  F  F  A  A  A  U'],
  ['PUT /api/opinion/settings', { body: () => ({ alertHeat: 100, majorHeat: 1000 }) }, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  ['GET /api/whistles', none, 'F  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/whistles/stats', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  ['GET /api/whistles/settings', none, 'F  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'PUT /api/whistles/settings',
    { body: (_s, f) => f.settings.whistle },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['GET /api/whistles/defaults', none, 'F  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'POST /api/whistles',
    {
      sided: true,
      body: (s) => ({ kind: 'difficult', title: '矩阵吹哨', streetCode: s.street, unitIds: [s.summoned] }),
    },
    'F  F  F  F  F  F  F  AV F  A  AV F  F  F  F  F  U',
  ],
  ['GET /api/whistles/:id', { params: { id: p.whistle } }, 'N  N  N  A  AN AN AN AN A  A  AN N  N  N  A  A  U'],
  [
    'POST /api/whistles/:id/report-in',
    { params: { id: p.whistle }, body: () => ({ note: '已到场' }) },
    'N  N  N  F  FN FN AN FN F  F  FN N  N  N  F  F  U',
  ],
  [
    'POST /api/whistles/:id/actions',
    { params: { id: p.whistle }, body: () => ({ actionRecord: '联合处置中' }) },
    'N  N  N  F  FN FN FN AN F  A  AN N  N  N  F  F  U',
  ],
  [
    'POST /api/whistles/:id/ratings',
    {
      params: { id: p.whistle },
      body: (s) => ({ ratings: [{ unitId: s.summoned, punctuality: 5, cooperation: 5, effect: 5 }] }),
    },
    'N  N  N  F  FN FN FN AN F  AV AN N  N  N  F  F  U',
  ],
  [
    'POST /api/whistles/:id/close',
    { params: { id: p.whistle }, body: () => ({ outcome: '已处置完毕' }) },
    'N  N  N  F  FN FN FN AN F  C  CN N  N  N  F  F  U',
  ],
  [
    'POST /api/whistles/:id/void',
    { params: { id: p.whistle }, body: () => ({ reason: '矩阵作废' }) },
    'N  N  N  F  FN FN FN CN F  CA CN N  N  N  F  F  U',
  ],
  // assessment and the command dashboard
  ['GET /api/assessment/ranking', none, 'F  A  F  F  A  A  A  A  A  A  A  F  F  F  F  A  U'],
  [
    'GET /api/assessment/units/:id/cases',
    { params: { id: p.office }, query: () => ({ measure: 'response' }) },
    'F  F  F  F  AF AF F  AF A  A  AF F  F  F  F  A  U',
  ],
  ['GET /api/assessment/dashboard', none, 'F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  A  U'],
  ['GET /api/assessment/settings', none, 'F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  A  U'],
  [
    'PUT /api/assessment/settings',
    { body: (_s, f) => f.settings.assessment },
    'F  F  F  F  F  F  F  F  A  A  F  F  F  F  F  A  U',
  ],
  [
    'GET /api/assessment/report.xlsx',
    { query: () => ({ month: '2026-11' }) },
    'F  A  F  F  A  A  A  A  A  A  A  F  F  F  F  A  U',
  ],
  [
    'GET /api/assessment/report.pdf',
    { query: () => ({ month: '2026-11' }) },
    'F  A  F  F  A  A  A  A  A  A  A  F  F  F  F  A  U',
  ],
  ['GET /api/dashboard/summary', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  ['GET /api/dashboard/map', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  // city rankings (issue 14): the city's list is read by every command-room role, the cases behind a figure only
  // inside the caller's jurisdiction; the public list by anyone
  ['GET /api/assessment/city/streets', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  ['GET /api/assessment/city/districts', none, 'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U'],
  [
    'GET /api/assessment/city/streets.xlsx',
    { query: () => ({ month: '2026-11' }) },
    'F  F  F  A  A  F  F  A  A  A  A  F  F  F  A  A  U',
  ],
  [
    'GET /api/assessment/regions/:code/cases',
    { params: { code: (s) => s.street }, query: () => ({ measure: 'response' }) },
    'F  F  F  A  AF F  F  AF A  A  AF F  F  F  A  A  U',
  ],
  [
    'GET /api/public/rankings/streets',
    { query: () => ({ month: '2026-10' }) },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],
  // a street has no next level here (its communities have no aggregates): 400
  ['GET /api/dashboard/areas', none, 'F  F  F  A  V  F  F  V  A  A  V  F  F  F  A  A  U'],
  // one collection, many uses (issue 10): the read side of the base data
  ['POST /api/baseview/caller', { body: () => ({ phone: '13800138000' }) }, 'F  F  A  A  A  F  F  F  F  F  F  F  F  A  A  F  U'],
  ['GET /api/baseview/counts', { sided: true, query: (s) => ({ grid: s.grid }) }, 'F  AN A  A  AN AN A  AN A  A  AN F  F  A  A  A  U'],
  ['GET /api/baseview/population', { sided: true, query: (s) => ({ region: s.region }) }, 'F  AN A  A  AN AN A  AN A  A  AN F  F  A  A  A  U'],
  // The grid worker's day (issue 11): patrols from the phone, the log, tracks (the worker and the leads over them), coverage.
  [
    'POST /api/field/patrols',
    {
      sided: true,
      body: (s, f) => ({
        instanceId: `uuid:matrix-${f.next()}`,
        gridCode: s.grid,
        startedAt: new Date().toISOString(),
        tracking: false,
      }),
    },
    'F  AC F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  ['GET /api/field/patrols', {}, 'F  A  F  F  F  F  F  A  A  F  F  F  F  F  F  A  U'],
  ['GET /api/field/patrols/:id/track', { params: { id: (s) => s.patrol } }, 'FN AN F  F  FN FN F  AN A  F  FN F  F  F  F  A  U'],
  ['GET /api/field/coverage', {}, 'F  A  F  F  F  F  F  A  A  F  F  F  F  F  F  A  U'],
  ['GET /api/field/bundle', { sided: true, query: (s) => ({ grid: s.grid }) }, 'F  AN F  F  F  AN F  AN A  F  F  F  F  F  F  A  U'],
  ['GET /api/field/visits/due', {}, 'F  A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/field/visits',
    {
      sided: true,
      body: (s, f) => ({
        instanceId: `uuid:matrix-visit-${f.next()}`,
        personId: s.base.person,
        mode: 'door',
        visitedAt: new Date().toISOString(),
      }),
    },
    'F  AN F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  // visit rules and field settings: leads and supervisors read, district administrators set
  ['GET /api/field/rules', none, 'F  F  F  F  F  F  F  A  A  A  F  F  F  F  F  A  U'],
  [
    'PUT /api/field/rules',
    { body: () => ({ tag: 'dibao', level: null, every: { unit: 'month', count: 6 } }) },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['DELETE /api/field/rules', { query: () => ({ tag: 'dibao' }) }, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  ['PUT /api/field/settings', { body: () => ({}) }, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  // 知识库 (issue 12): staff read (not the security and audit administrators); the owner unit (here the water
  // company, dept_handler) and district administrators edit; operators and other case workers answer and send.
  ['GET /api/knowledge/search', { query: () => ({ q: '居住证' }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/knowledge/catalog', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/knowledge/entries', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/knowledge/review-due', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/knowledge/usage', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  [
    'POST /api/knowledge/entries',
    {
      body: (_s, f) => ({
        catalogId: f.knowledge.catalog,
        kind: 'faq',
        ownerUnitId: f.waterUnit,
        content: { title: `矩阵条目${f.next()}`, answer: '矩阵答复内容' },
      }),
    },
    'F  F  F  F  F  F  A  F  F  A  F  F  F  F  F  F  U',
  ],
  ['GET /api/knowledge/entries/:id', { params: { id: (_s, f) => f.knowledge.entry } }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  [
    'PUT /api/knowledge/entries/:id',
    {
      params: { id: (_s, f) => f.knowledge.waterEntry },
      body: () => ({ basedOn: 999, content: { title: '矩阵条目', answer: '矩阵答复内容' } }),
    },
    'F  F  F  F  F  F  C  F  F  C  F  F  F  F  F  F  U',
  ],
  ['POST /api/knowledge/entries/:id/review', { params: { id: (_s, f) => f.knowledge.waterEntry }, body: () => ({}) }, 'F  F  F  F  F  F  A  F  F  A  F  F  F  F  F  F  U'],
  [
    'POST /api/knowledge/entries/:id/answer',
    {
      params: { id: (_s, f) => f.knowledge.entry },
      body: () => ({ version: 1, case: { description: '矩阵：咨询居住证办理' } }),
    },
    'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U',
  ],
  ['POST /api/knowledge/entries/:id/feedback', { params: { id: (_s, f) => f.knowledge.entry }, body: () => ({ version: 1, helped: true }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/knowledge/entries/:id/send', { params: { id: (_s, f) => f.knowledge.entry }, body: () => ({ version: 1, phone: '13900000000' }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/knowledge/entries/:id/print', { params: { id: (_s, f) => f.knowledge.entry }, body: () => ({ version: 1 }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/public/knowledge/:id', { params: { id: (_s, f) => f.knowledge.entry } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['POST /api/public/knowledge/:id/feedback', { params: { id: (_s, f) => f.knowledge.entry }, body: () => ({ helped: true }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // 一窗通办 (issue 13): staff read the catalogue (not the security and audit administrators); district administrators
  // edit it; windows (street centres, communities, 12345 operators) accept applications and hand out; a territorial
  // unit sees applications of its windows, a department those with a stage of its own and acts on its own stages.
  ['GET /api/services/catalogue', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/services/items/:id', { params: { id: (_s, f) => f.services.item } }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  [
    'POST /api/services/items',
    {
      body: (_s, f) => ({
        code: `MX-${f.next()}`,
        name: '矩阵新事项',
        guide: { promisedDays: 3, materials: [{ code: 'id_card', name: '居民身份证', key: true }] },
        departments: [{ unitId: f.waterUnit, days: 3 }],
      }),
    },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'PUT /api/services/items/:id',
    {
      params: { id: (_s, f) => f.services.editItem },
      body: (_s, f) => ({
        code: 'MATRIX-1',
        name: '矩阵事项',
        guide: { promisedDays: 3, materials: [] },
        departments: [{ unitId: f.waterUnit, days: 3 }],
      }),
    },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['POST /api/services/items/:id/send', { params: { id: (_s, f) => f.services.item }, body: () => ({ phone: '13900000000' }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/services/bundles/:id', { params: { id: (_s, f) => f.services.bundle } }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  [
    'POST /api/services/bundles',
    { body: (_s, f) => ({ code: `MXB-${f.next()}`, name: '矩阵一件事', itemIds: [f.services.item, f.services.editItem] }) },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'POST /api/services/applications',
    {
      body: (_s, f) => ({
        itemId: f.services.item,
        applicantPersonId: f.mine.base.person,
        materials: [
          { code: 'id_card', state: 'verified' },
          { code: 'employment_contract', state: 'verified' },
        ],
      }),
    },
    'F  A  A  F  F  A  F  A  F  F  N  F  F  A  F  F  U',
  ],
  ['GET /api/services/applications', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/services/applications/:id', { params: { id: (s, f) => f.services.app(s) } }, 'F  N  A  A  AN AN N  AN A  A  AN F  F  A  A  A  U'],
  ['POST /api/services/applications/:id/hand-out', { params: { id: (s, f) => f.services.app(s) } }, 'F  N  C  F  FN CN N  CN F  F  CN F  F  C  F  F  U'],
  [
    'POST /api/services/applications/:id/obligations/:code/fulfil',
    { params: { id: (s, f) => f.services.app(s), code: () => 'id_card' }, body: () => ({}) },
    'F  N  N  F  FN N  N  N  F  F  N  F  F  N  F  F  U',
  ],
  ['GET /api/services/stages', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/services/overdue', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  [
    'POST /api/services/stages/:id/action',
    { params: { id: (s, f) => f.services.stage(s) }, body: () => ({ action: 'accept' }) },
    'F  N  F  F  FN FN N  FN F  F  FN F  F  F  F  F  U',
  ],
  ['GET /api/public/services', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/services/items/:id', { params: { id: (_s, f) => f.services.item } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/services/track/:code', { params: { code: (s, f) => f.services.code(s) } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // 好差评 (issue 13): the applicant rates (window, online by code + phone, signed-in resident); rectifications of
  // the units that handled it; appeals reviewed by the district's service office; statistics, public in aggregate
  ['GET /api/services/applications/:id/rating', { params: { id: (s, f) => f.rating.app(s) } }, 'F  N  A  A  AN AN N  AN A  A  AN F  F  A  A  A  U'],
  [
    'POST /api/services/applications/:id/rating',
    { params: { id: (s, f) => f.rating.app(s) }, body: () => ({ kind: 'first', level: 'satisfied' }) },
    'F  N  A  F  FN CN N  CN F  F  CN F  F  C  F  F  U',
  ],
  [
    'POST /api/services/rectifications/:id/record',
    { params: { id: (s, f) => f.rating.rectification(s) }, body: () => ({ action: '已整改（矩阵）' }) },
    'N  N  N  N  N  N  AN N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/services/ratings/:id/appeal',
    { params: { id: (s, f) => f.rating.rating(s) }, body: () => ({ ground: 'mistaken', reason: '矩阵申诉理由' }) },
    'N  N  N  N  FN AN N  CN N  N  CN N  N  N  N  N  U',
  ],
  [
    'POST /api/services/appeals/:id/review',
    { params: { id: (s, f) => f.rating.appeal(s) }, body: () => ({ decision: 'dismissed' }) },
    'F  F  F  F  F  F  F  F  A  C  F  F  F  F  F  C  U',
  ],
  ['GET /api/services/rectifications', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/services/appeals', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/services/ratings/overview', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/my/services/applications', none, 'A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/my/services/applications/:id/rating',
    { params: { id: (s, f) => f.rating.app(s) }, body: () => ({ level: 'satisfied' }) },
    'N  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  ['GET /api/public/services/ratings', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/services/track/:code/rating', { params: { code: (s, f) => f.rating.code(s) } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  [
    'POST /api/public/services/track/:code/rating',
    { params: { code: (s, f) => f.rating.code(s) }, body: () => ({ phone: '13900000000', level: 'satisfied' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  // Duplicates by meaning (issue 12): operators and dispatchers look up candidates among the cases they see and record
  // their decisions; the weekly report follows the jurisdiction; the resident form sees published cases only.
  ['POST /api/cases/duplicates', { body: () => ({ text: '矩阵：小区门口垃圾堆积没人清理' }) }, 'F  F  A  A  A  F  F  F  F  F  F  F  F  A  A  F  U'],
  [
    'POST /api/duplicates/decisions',
    { body: (s) => ({ sessionKey: 'matrix-session-1', candidateId: s.case, decision: 'rejected', text: '矩阵：重复' }) },
    'F  F  A  A  A  F  F  F  F  F  F  F  F  A  A  F  U',
  ],
  ['GET /api/duplicates/report', {}, 'F  F  A  A  A  F  F  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/public/duplicates', { body: () => ({ text: '矩阵：小区门口垃圾堆积没人清理' }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // People's mediation (issue 11): the committee (street and community staff) works files of its territory; the grid
  // worker opens files for their grids and follows them masked; the district supervisor reads. The fixture file is
  // received: steps the status refuses answer C; the notice and, last, the screening change it (then C).
  [
    'POST /api/mediation/files',
    {
      sided: true,
      body: (s) => ({
        source: 'walk_in',
        gridCode: s.grid,
        disputeType: 'other',
        summary: '矩阵测试纠纷',
        parties: [{ role: 'applicant', name: '矩阵丙' }],
      }),
    },
    'F  AN F  F  F  AN F  AN F  F  F  F  F  F  F  F  U',
  ],
  ['GET /api/mediation/files', {}, 'F  A  F  F  F  A  F  A  A  F  F  F  F  F  F  A  U'],
  ['GET /api/mediation/stats', {}, 'F  F  F  F  F  A  F  A  A  F  F  F  F  F  F  A  U'],
  ['GET /api/mediation/files/:id', { params: { id: (s) => s.mediation.file } }, 'F  AN F  F  F  AN F  AN A  F  F  F  F  F  F  A  U'],
  ['GET /api/mediation/files/:id/print', { params: { id: (s) => s.mediation.file }, query: () => ({ doc: 'notice' }) }, 'F  FN F  F  F  AN F  AN F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/mediation/files/:id/parties/:partyId/reveal',
    { params: { id: (s) => s.mediation.file, partyId: (s) => s.mediation.party }, body: () => ({ field: 'phone', reason: '矩阵' }) },
    'F  FN F  F  F  AN F  AN F  F  F  F  F  F  F  F  U',
  ],
  ['POST /api/mediation/files/:id/notice', { params: { id: (s) => s.mediation.file }, body: () => ({ givenOn: '2026-12-01', way: 'written' }) }, 'F  FN F  F  F  AN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/mediator', { params: { id: (s) => s.mediation.file }, body: () => ({ mediatorId: nil() }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/recuse', { params: { id: (s) => s.mediation.file }, body: () => ({ reason: '矩阵' }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/sessions', { params: { id: (s) => s.mediation.file }, body: () => ({ heldAt: later, record: '矩阵' }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/agreement', { params: { id: (s) => s.mediation.file }, body: () => ({ kind: 'oral', terms: ['矩阵'], effectiveOn: '2026-12-01' }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/terminate', { params: { id: (s) => s.mediation.file }, body: () => ({ reason: '矩阵', routesExplained: ['litigation'] }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/follow-up', { params: { id: (s) => s.mediation.file }, body: () => ({ performance: 'performed', note: '矩阵' }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/court-application', { params: { id: (s) => s.mediation.file }, body: () => ({ appliedOn: '2026-12-01' }) }, 'F  FN F  F  F  CN F  CN F  F  F  F  F  F  F  F  U'],
  ['POST /api/mediation/files/:id/screen', { params: { id: (s) => s.mediation.file }, body: () => ({ decision: 'accept' }) }, 'F  FN F  F  F  AN F  CN F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/field/quick-fixes',
    {
      sided: true,
      body: (s, f) => ({
        instanceId: `uuid:matrix-fix-${f.next()}`,
        gridCode: s.grid,
        description: '矩阵小事',
        beforeUploadIds: ['00000000-0000-4000-8000-000000000001'],
        afterUploadIds: ['00000000-0000-4000-8000-000000000002'],
        settledAt: new Date().toISOString(),
      }),
    },
    'F  VC F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  ['GET /api/field/uploads/:id', { params: { id: p.upload } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/field/log', { query: () => ({ date: '2026-12-07' }) }, 'F  A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['GET /api/field/visits/:id', { params: { id: () => '00000000-0000-4000-8000-000000000009' } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/field/signoffs', {}, 'F  F  F  A  A  A  A  A  F  F  F  F  F  F  A  F  U'],
  ['POST /api/field/signoffs/:id/sign', { params: { id: () => '00000000-0000-4000-8000-000000000009' } }, 'F  F  F  N  N  N  N  N  F  F  F  F  F  F  N  F  U'],
  [
    'POST /api/field/signoffs/:id/reply',
    { params: { id: () => '00000000-0000-4000-8000-000000000009' }, body: () => ({ reply: '矩阵' }) },
    'F  F  F  N  N  N  N  N  F  F  F  F  F  F  N  F  U',
  ],
  // 三治融合 (issue 13): community staff (the community's and 滨河's leads, admins) run votes, proposals and meetings of
  // their territory; supervisors read; residents vote, propose and support in their own community once verified
  // (the matrix resident is not: C); the public reads what a community published.
  ['GET /api/participation/votes', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/participation/votes',
    {
      sided: true,
      body: (s) => ({
        communityCode: s.region,
        kind: 'choice',
        title: '矩阵新投票',
        maxChoices: 1,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        options: [{ title: '甲' }, { title: '乙' }],
      }),
    },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/participation/votes/:id', { params: { id: (s) => s.participation.vote } }, 'AN F  F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  [
    'POST /api/participation/votes/:id/steps',
    { params: { id: (s) => s.participation.vote }, body: () => ({ step: 'open' }) },
    'F  F  F  F  F  F  F  CN F  C  CN F  F  F  F  F  U',
  ],
  [
    'POST /api/participation/votes/:id/ballots',
    { params: { id: (s) => s.participation.vote }, body: (s) => ({ personId: s.base.person, choices: [s.participation.option] }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  [
    'PUT /api/participation/votes/:id/paper-counts',
    { params: { id: (s) => s.participation.vote }, body: () => ({ counts: [] }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/participation/votes/:id/voters', { params: { id: (s) => s.participation.vote } }, 'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U'],
  ['GET /api/participation/proposals', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/participation/proposals/:id/answer',
    { params: { id: (s) => s.participation.proposal }, body: () => ({ status: 'declined', answer: '矩阵答复' }) },
    'F  F  F  F  F  F  F  AN F  CA CN F  F  F  F  F  U',
  ],
  ['GET /api/participation/topics', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/participation/topics',
    { sided: true, body: (s) => ({ communityCode: s.region, title: '矩阵新议题', source: 'staff' }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  [
    'POST /api/participation/topics/:id/actions',
    { params: { id: (s) => s.participation.topic }, body: () => ({ action: 'finish' }) },
    'F  F  F  F  F  F  F  CN F  C  CN F  F  F  F  F  U',
  ],
  [
    'POST /api/participation/topics/:id/followups',
    { params: { id: (s) => s.participation.topic }, body: () => ({ body: '矩阵进展' }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/participation/meetings', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/participation/meetings',
    {
      sided: true,
      body: (s) => ({
        communityCode: s.region,
        title: '矩阵会议',
        place: '活动室',
        meetingAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        agenda: '矩阵议程',
        invited: 5,
        topicIds: [s.participation.topic],
      }),
    },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  ['POST /api/participation/meetings/:id/agenda', { params: { id: (s) => s.participation.meeting } }, 'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U'],
  [
    'POST /api/participation/meetings/:id/record',
    { params: { id: (s) => s.participation.meeting }, body: () => ({ present: 3, minutes: '矩阵纪要', decision: '矩阵决定' }) },
    'F  F  F  F  F  F  F  CN F  C  CN F  F  F  F  F  U',
  ],
  ['GET /api/my/verification', {}, 'A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/verification', { body: () => ({ name: '矩阵', idNumber: '110117198001010000' }) }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/participation/verifications', { body: () => ({ account: 'resident', name: '矩阵', idNumber: '110117198001010000' }) }, 'F  F  F  F  F  F  F  C  F  C  C  F  F  F  F  F  U'],
  ['GET /api/my/votes', {}, 'A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/my/votes/:id/ballot',
    { params: { id: (s) => s.participation.vote }, body: (s) => ({ choices: [s.participation.option] }) },
    'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  ['GET /api/my/proposals', {}, 'A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/proposals', { body: () => ({ title: '矩阵提议', body: '矩阵提议的内容很长很长' }) }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/proposals/:id/support', { params: { id: (s) => s.participation.proposal } }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/topics', { body: () => ({ title: '矩阵议题', body: '矩阵议题的内容很长很长' }) }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  [
    'GET /api/public/participation/:communityCode',
    { params: { communityCode: (s) => s.region } },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],
  // 积分制 (issue 13): community staff keep rules, shop and lists; scorers are staff and the community's grid workers.
  ['GET /api/points/rule-sets', { sided: true, query: (s) => ({ communityCode: s.region }) }, 'F  AN F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  [
    'POST /api/points/rule-sets',
    { sided: true, body: (s) => ({ communityCode: s.region, title: '矩阵细则', rules: [{ category: 'other', title: '矩阵规则', points: 1 }] }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  [
    'POST /api/points/entries',
    { sided: true, body: (s, f) => ({ houseId: s.base.house, ruleId: s.points.rule, occurredOn: '2026-11-03', idempotencyKey: `matrix-score-${f.next()}` }) },
    'F  CN F  F  F  F  F  CN F  C  CN F  F  F  F  F  U',
  ],
  [
    'PUT /api/points/rule-sets/:id',
    { params: { id: (s) => s.points.ruleSet }, body: () => ({ title: '矩阵细则', rules: [{ category: 'other', title: '矩阵规则', points: 1 }] }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  [
    'POST /api/points/rule-sets/:id/vote',
    {
      params: { id: (s) => s.points.ruleSet },
      body: () => ({ opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() }),
    },
    'F  F  F  F  F  F  F  AN F  CA CN F  F  F  F  F  U',
  ],
  ['DELETE /api/points/rule-sets/:id', { params: { id: (s) => s.points.ruleSet } }, 'F  F  F  F  F  F  F  CN F  C  CN F  F  F  F  F  U'],
  ['GET /api/points/households', { sided: true, query: (s) => ({ communityCode: s.region }) }, 'F  AN F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  ['GET /api/points/households/:id', { params: { id: (s) => s.base.house } }, 'F  AN F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  ['POST /api/points/entries/:id/reverse', { params: { id: (s) => s.points.entry }, body: () => ({ reason: '矩阵更正' }) }, 'F  AN F  F  F  F  F  CN F  CA CN F  F  F  F  F  U'],
  ['GET /api/points/goods', { sided: true, query: (s) => ({ communityCode: s.region }) }, 'F  AN F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  ['POST /api/points/goods', { sided: true, body: (s) => ({ communityCode: s.region, name: '矩阵商品', price: 1, stock: 1 }) }, 'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U'],
  [
    'PUT /api/points/goods/:id',
    { params: { id: (s) => s.points.good }, body: () => ({ name: '矩阵商品', description: '', price: 1, stock: 100, active: true }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/points/redemptions', { sided: true, query: (s) => ({ communityCode: s.region }) }, 'F  AN F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  [
    'POST /api/points/redemptions',
    { sided: true, body: (s, f) => ({ houseId: s.base.house, goodId: s.points.good, idempotencyKey: `matrix-redeem-${f.next()}` }) },
    'F  CN F  F  F  F  F  CN F  C  CN F  F  F  F  F  U',
  ],
  ['POST /api/points/redemptions/:id/steps', { params: { id: (s) => s.points.redemption }, body: () => ({ step: 'hand' }) }, 'F  AN F  F  F  F  F  CN F  CA CN F  F  F  F  F  U'],
  ['GET /api/points/boards', { sided: true, query: (s) => ({ communityCode: s.region }) }, 'F  AN F  F  F  F  F  AN A  A  AN F  F  F  F  A  U'],
  ['POST /api/points/boards', { sided: true, body: (s) => ({ communityCode: s.region, month: '2026-11' }) }, 'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U'],
  ['GET /api/my/points', {}, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/points/redemptions', { sided: true, body: (s, f) => ({ goodId: s.points.good, idempotencyKey: `matrix-my-${f.next()}` }) }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/points/redemptions/:id/cancel', { params: { id: (s) => s.points.redemption } }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['GET /api/public/points/:communityCode', { params: { communityCode: (s) => s.region } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // 小微权力清单 and 村(居)务公开 (issue 13): district administrators define items; community staff (the community's and
  // 滨河's leads, admins) adopt, keep the catalogue, publish and answer in their territory; supervisors read; residents
  // read their community's page and ask once verified (the matrix resident is not: C); anyone reads the public page
  // and may send a query or report with a phone.
  ['GET /api/disclosure/powers', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/disclosure/powers',
    {
      body: (_s, f) => ({
        category: 'seal',
        title: `矩阵新事项${f.next()}`,
        basis: '矩阵',
        steps: [
          { title: '甲', role: 'clerk' },
          { title: '乙', role: 'committee', disclose: true },
        ],
      }),
    },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  [
    'POST /api/disclosure/powers/:id/adopt',
    { params: { id: (s) => s.disclosure.item }, body: (s) => ({ communityCode: s.region }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  ['GET /api/disclosure/catalogue', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/disclosure/catalogue',
    {
      sided: true,
      body: (s, f) => ({
        communityCode: s.region,
        category: 'other',
        title: `矩阵条目${f.next()}`,
        basis: '矩阵',
        frequency: 'quarterly',
        channels: ['board'],
      }),
    },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  [
    'POST /api/disclosure/catalogue/:id/events',
    { params: { id: (s) => s.disclosure.atOnce }, body: () => ({ title: '矩阵事项', occurredAt: later }) },
    'F  F  F  F  F  F  F  AN F  A  AN F  F  F  F  F  U',
  ],
  [
    'GET /api/disclosure/publications',
    { sided: true, query: (s) => ({ entryId: s.disclosure.entry }) },
    'F  F  F  F  F  F  F  AN A  A  AN F  F  F  F  A  U',
  ],
  [
    'POST /api/disclosure/publications',
    {
      sided: true,
      body: (s) => ({
        entryId: s.disclosure.atOnce,
        eventId: s.disclosure.event,
        title: '矩阵决议公开',
        body: '矩阵决议内容',
        channel: 'board',
      }),
    },
    'F  F  F  F  F  F  F  AN F  CA CN F  F  F  F  F  U',
  ],
  [
    'POST /api/disclosure/publications/:id/withdraw',
    { params: { id: (s) => s.disclosure.pub }, body: () => ({ reason: '矩阵撤回' }) },
    'F  F  F  F  F  F  F  AN F  CA CN F  F  F  F  F  U',
  ],
  [
    'POST /api/disclosure/publications/:id/correct',
    {
      params: { id: (s) => s.disclosure.pub2 },
      body: () => ({ title: '矩阵更正', body: '矩阵更正内容', channel: 'board', reason: '矩阵更正' }),
    },
    'F  F  F  F  F  F  F  AN F  CA CN F  F  F  F  F  U',
  ],
  ['GET /api/disclosure/requests', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  [
    'POST /api/disclosure/requests/:id/answer',
    { params: { id: (s) => s.disclosure.request }, body: () => ({ outcome: 'answered', answer: '矩阵答复' }) },
    'F  F  F  F  F  F  F  AN F  CA CN F  F  F  F  F  U',
  ],
  ['GET /api/disclosure/overview', {}, 'F  F  F  F  F  F  F  A  A  A  A  F  F  F  F  A  U'],
  ['GET /api/my/disclosure', {}, 'A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/my/disclosure/requests',
    { body: () => ({ kind: 'query', subject: '矩阵咨询', body: '矩阵咨询的内容' }) },
    'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  [
    'GET /api/public/disclosure/:communityCode',
    { params: { communityCode: (s) => s.region } },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],
  [
    'POST /api/public/disclosure/:communityCode/requests',
    {
      params: { communityCode: (s) => s.region },
      body: () => ({ kind: 'query', subject: '矩阵咨询', body: '矩阵咨询的内容', phone: '13700002222' }),
    },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],
  ['GET /api/public/disclosure/photos/:id', { params: { id: () => NO_UUID } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  // Tasks to grid workers (issue 11): street and community staff issue within their territory; the worker acts on their own.
  [
    'POST /api/field/tasks',
    {
      sided: true,
      body: (s, f) => ({
        kind: 'other',
        title: `矩阵任务${f.next()}`,
        workerId: f.taskWorker(s),
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
    },
    'F  F  F  F  AV AV F  AV F  F  F  F  F  F  F  F  U',
  ],
  ['GET /api/field/tasks', none, 'F  A  F  F  A  A  F  A  A  F  F  F  F  F  F  A  U'],
  ['GET /api/field/tasks/workers', none, 'F  F  F  F  A  A  F  A  F  F  F  F  F  F  F  F  U'],
  ['GET /api/field/tasks/:id', { params: { id: (s, f) => f.fresh.task(s) } }, 'F  AN F  F  AN AN F  AN A  F  F  F  F  F  F  A  U'],
  ['POST /api/field/tasks/:id/accept', { params: { id: (s, f) => f.fresh.task(s) } }, 'F  AN F  F  FN FN F  FN F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/field/tasks/:id/done',
    {
      params: { id: (s, f) => f.fresh.task(s) },
      body: (_s, f) => ({ instanceId: `uuid:matrix-task-${f.next()}`, evidence: '矩阵完成' }),
    },
    'F  AN F  F  FN FN F  FN F  F  F  F  F  F  F  F  U',
  ],
  [
    'POST /api/field/tasks/:id/cancel',
    { params: { id: (s, f) => f.fresh.task(s) }, body: () => ({ reason: '矩阵取消' }) },
    'F  FN F  F  AN AN F  AN F  F  F  F  F  F  F  F  U',
  ],
  // 楼盘表 on the phone: grid workers in their grids, community and street staff in their territory
  ['GET /api/field/buildings', none, 'F  A  F  F  A  A  F  A  F  F  F  F  F  F  F  F  U'],
  ['GET /api/field/buildings/:addressId/plan', { params: { addressId: (s) => s.address } }, 'F  AN F  F  AN AN F  AN F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/field/buildings/:addressId/rooms',
    { params: { addressId: (s) => s.address }, body: (s, f) => ({ parentId: s.address, name: `M${f.next()}` }) },
    'F  AN F  F  FN FN F  AN F  F  F  F  F  F  F  F  U',
  ],
  // the street's and the community's field-work view (issue 11): leads and supervisors; a worker's log to the leads over them
  ['GET /api/fieldview/overview', {}, 'F  F  F  F  F  F  F  A  A  F  F  F  F  F  F  A  U'],
  ['GET /api/fieldview/grids', {}, 'F  F  F  F  F  F  F  A  A  F  F  F  F  F  F  A  U'],
  [
    'GET /api/fieldview/workers/:id',
    { params: { id: (s) => s.gridWorkers[0] ?? '' } },
    'F  AF F  F  F  F  F  AN A  F  F  F  F  F  F  A  U',
  ],
  ['GET /api/fieldview/patrols/:id', { params: { id: (s) => s.patrol } }, 'FN AN F  F  AN FN N  AN A  F  FN F  F  F  F  A  U'],
  ['GET /api/fieldview/visits/:id', { params: { id: () => NO_UUID } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/fieldview/quick-fixes/:id', { params: { id: () => NO_UUID } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/cases/:id/place-facts', { params: { id: p.case } }, 'FN AN A  A  AN AN AN AN A  A  AN N  N  A  A  A  U'],
  ['GET /api/whistles/:id/nearby', { params: { id: p.whistle } }, 'N  N  N  A  AN AN AN AN A  A  AN N  N  N  A  A  U'],
  // identity (等保): second factor, own password, own and others' sessions — wrong codes and passwords change nothing
  [
    'POST /api/auth/totp/verify',
    { body: () => ({ code: '000000' }) },
    'F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  [
    'POST /api/auth/password',
    { body: () => ({ currentPassword: 'Wrong#Pass1', newPassword: 'Matrix#Pass2026' }) },
    'U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U',
  ],
  ['GET /api/auth/account', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['POST /api/auth/totp/setup', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'POST /api/auth/totp/enable',
    { body: () => ({ code: '000000' }) },
    'U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U',
  ],
  [
    'POST /api/auth/totp/disable',
    { body: () => ({ password: 'Wrong#Pass1' }) },
    'U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U  U',
  ],
  ['GET /api/auth/sessions', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  [
    'DELETE /api/auth/sessions/:id',
    { params: { id: () => '00000000-0000-4000-8000-000000000000' } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  ['GET /api/sessions', none, 'F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  F  U'],
  [
    'DELETE /api/sessions/:id',
    { params: { id: () => '00000000-0000-4000-8000-000000000000' } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  ['POST /api/audit/verify', none, 'F  F  F  F  F  F  F  F  F  F  F  F  A  F  F  F  U'],
  // residents' data (PIPL) and publication
  [
    'GET /api/public/cases/:id/data',
    { params: { id: p.case }, query: () => ({ t: 'not-the-token-0000' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  [
    'POST /api/public/cases/:id/erase-contact',
    { params: { id: p.case }, query: () => ({ t: 'not-the-token-0000' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  ['GET /api/my/cases/:id/data', { params: { id: p.case } }, 'AN N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/my/cases', {}, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/my/cases/:id', { params: { id: p.case } }, 'AN N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  [
    'POST /api/my/cases/:id/rating',
    { params: { id: p.case }, body: () => ({ resolved: true, rating: 'satisfied' }) },
    'CN N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'GET /api/my/cases/:id/photos/:photoId',
    { params: { id: p.case, photoId: nil } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/my/cases/:id/erase-contact',
    { params: { id: p.case } },
    'CN N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  ['GET /api/cases/:id/publication', { params: { id: p.case } }, 'AN AN A  A  AN AN AN AN A  A  AN N  N  A  A  A  U'],
  [
    'POST /api/cases/:id/publication',
    { params: { id: p.case }, body: () => ({ hidden: false, reason: '矩阵：保持公开' }) },
    'F  F  F  A  AN F  F  F  A  A  AN F  F  F  A  A  U',
  ],
  ['GET /api/privacy/settings', none, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  ['PUT /api/privacy/settings', { body: () => ({ contactRetentionDays: 1095 }) }, 'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U'],
  // the address library (标准地址, issue 10): P0 geography for every signed-in user and, rate-limited, the public;
  // the system administrator keeps it within the jurisdiction (retire consumes a fresh node)
  ['GET /api/addresses/search', { query: () => ({ q: '矩阵小区1号楼' }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/addresses/reverse', { sided: true, query: point }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/addresses/layers', { sided: true, query: (s) => ({ bbox: [s.point.lon - 0.01, s.point.lat - 0.01, s.point.lon + 0.01, s.point.lat + 0.01].join(','), zoom: '16' }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['GET /api/addresses/:id', { params: { id: (s) => s.address } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['POST /api/addresses', { sided: true, body: (s, f) => ({ kind: 'road', name: `矩阵路${f.next()}`, communityCode: s.region }) }, 'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U'],
  ['PATCH /api/addresses/:id', { params: { id: (s) => s.address }, body: () => ({ name: '1号楼' }) }, 'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U'],
  ['POST /api/addresses/:id/retire', { params: { id: (s, f) => f.fresh.address(s) }, body: () => ({}) }, 'F  F  F  F  F  F  F  F  F  A  AN F  F  F  F  F  U'],
  ['GET /api/public/addresses/search', { query: () => ({ q: '矩阵小区1号楼' }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/addresses/reverse', { query: (s, f) => point(f.mine) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/addresses/layers', { query: (_s, f) => ({ bbox: [f.mine.point.lon - 0.01, f.mine.point.lat - 0.01, f.mine.point.lon + 0.01, f.mine.point.lat + 0.01].join(','), zoom: '16' }) }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /api/public/map/tiles', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  // base data (一标三实): persons by jurisdiction, tag and class; houses and rentals; organisations; the population import
  ['GET /api/basedata/persons', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/basedata/persons/export.xlsx', { query: (s) => ({ communityCode: s.region }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/basedata/persons/lookup', { sided: true, body: (s) => ({ idNumber: s.base.idNumber }) }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/basedata/persons', { sided: true, body: (s) => ({ name: '矩阵人员', idNumber: matrixId(), communityCode: s.region, gridCode: s.grid }) }, 'F  AF F  F  F  F  F  AF F  F  F  F  F  F  F  F  U'],
  // a person: seen by the jurisdiction (masked for the centre's operator/dispatcher/supervisor), by a department only
  // through its tags (none here: dh 404), not by the administrators (三权分立); changes by the staff who see it in full
  ['GET /api/basedata/persons/:id', { params: { id: (s) => s.base.person } }, 'F  AN A  A  AN AN N  AN A  N  N  F  F  A  A  A  U'],
  ['PATCH /api/basedata/persons/:id', { params: { id: (s) => s.base.person }, body: () => ({ version: 1, ethnicity: '汉族' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/persons/:id/move', { params: { id: (s, f) => f.fresh.person(s) }, body: (s) => ({ version: 1, houseId: s.base.house, populationType: 'floating' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/persons/:id/verify', { params: { id: (s, f) => f.fresh.person(s) }, body: () => ({ version: 1 }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/persons/:id/reveal', { params: { id: (s) => s.base.person }, body: () => ({ fields: ['idNumber'], reason: '矩阵核对' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['GET /api/basedata/persons/:id/history', { params: { id: (s) => s.base.person } }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/persons/:id/tags', { params: { id: (s, f) => f.fresh.person(s) }, body: () => ({ tag: 'elderly_alone', level: 'general' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['PATCH /api/basedata/tags/:id', { params: { id: (s, f) => f.fresh.tag(s) }, body: () => ({ version: 1, level: 'key' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['GET /api/basedata/houses', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/basedata/houses/:id', { params: { id: (s) => s.base.house } }, 'F  AN A  A  AN AN N  AN A  N  N  F  F  A  A  A  U'],
  ['POST /api/basedata/houses', { sided: true, body: async (s, f) => ({ addressId: await f.fresh.houseAddress(s), use: 'residence' }) }, 'F  AF F  F  F  F  F  AF F  F  F  F  F  F  F  F  U'],
  ['PATCH /api/basedata/houses/:id', { params: { id: (s) => s.base.house }, body: () => ({ version: 1, dangerous: false }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['PUT /api/basedata/houses/:id/rental', { params: { id: (s) => s.base.house }, body: () => ({ use: 'housing' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/houses/:id/verify', { params: { id: (s, f) => f.fresh.house(s) }, body: () => ({ version: 1 }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['GET /api/basedata/organisations', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['GET /api/basedata/organisations/:id', { params: { id: (s) => s.base.org } }, 'F  A  A  A  A  A  A  A  A  A  A  F  F  A  A  A  U'],
  ['POST /api/basedata/organisations', { sided: true, body: (s, f) => ({ kind: 'unit', typeCode: 'office', name: `矩阵单位${f.next()}`, communityCode: s.region, gridCode: s.grid }) }, 'F  AF F  F  F  F  F  AF F  F  F  F  F  F  F  F  U'],
  ['PATCH /api/basedata/organisations/:id', { params: { id: (s) => s.base.org }, body: () => ({ version: 1, employeeCount: 3 }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/organisations/:id/verify', { params: { id: (s, f) => f.fresh.org(s) }, body: () => ({ version: 1 }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/organisations/:id/hazards', { params: { id: (s, f) => f.fresh.org(s) }, body: () => ({ foundOn: '2026-12-01', description: '矩阵隐患', level: 'general' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['PATCH /api/basedata/organisations/:id/hazards/:hazardId', { params: { id: (s) => s.base.org, hazardId: (s) => s.base.hazard }, body: () => ({ rectifiedOn: '2026-12-05', rectification: '已整改' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['POST /api/basedata/organisations/:id/employees', { params: { id: (s, f) => f.fresh.org(s) }, body: (s) => ({ personId: s.base.person, position: '店员' }) }, 'F  AN F  F  FN FN N  AN F  N  N  F  F  F  F  F  U'],
  ['GET /api/basedata/import/persons/template.:format', { params: { format: () => 'csv' } }, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U'],
  ['POST /api/basedata/import/persons', { raw: multipart('file', 'p.csv', 'text/csv', Buffer.from('姓名,公民身份号码\n')) }, 'F  F  F  F  F  F  F  C  F  F  F  F  F  F  F  F  U'],
  // 一表通: templates (department/street staff register, district administrators approve), instances (community staff)
  ['GET /api/reports/templates', none, 'F  A  F  F  A  A  F  A  F  A  A  F  F  F  F  F  U'],
  ['POST /api/reports/templates', { body: () => reportTemplate }, 'F  F  F  F  A  A  F  A  F  F  A  F  F  F  F  F  U'],
  ['GET /api/reports/templates/:id', { params: { id: nil } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  [
    'PUT /api/reports/templates/:id',
    { params: { id: nil }, body: () => reportTemplate },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/reports/templates/:id/approve',
    { params: { id: nil }, body: () => ({}) },
    'F  F  F  F  F  F  F  F  F  N  F  F  F  F  F  F  U',
  ],
  [
    'POST /api/reports/templates/:id/reject',
    { params: { id: nil }, body: () => ({ note: '矩阵：驳回' }) },
    'F  F  F  F  F  F  F  F  F  N  F  F  F  F  F  F  U',
  ],
  [
    'POST /api/reports/templates/:id/send',
    { params: { id: nil }, body: () => ({ period: '2026-11' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  ['GET /api/reports/sendings', none, 'F  F  F  F  A  A  F  A  F  A  A  F  F  F  F  F  U'],
  ['GET /api/reports/sendings/:id', { params: { id: nil } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  [
    'GET /api/reports/sendings/:id/export.xlsx',
    { params: { id: nil } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  ['GET /api/reports/instances', none, 'F  A  F  F  A  A  F  A  F  A  A  F  F  F  F  F  U'],
  ['GET /api/reports/instances/:id', { params: { id: nil } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  [
    'PUT /api/reports/instances/:id/cells',
    { params: { id: nil }, body: () => ({ cells: [{ key: 'n', value: 1 }] }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/reports/instances/:id/submit',
    { params: { id: nil } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/reports/instances/:id/accept',
    { params: { id: nil } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  [
    'POST /api/reports/instances/:id/return',
    { params: { id: nil }, body: () => ({ reason: '矩阵：退回' }) },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U',
  ],
  ['GET /api/reports/savings', none, 'F  A  F  F  A  A  F  A  F  A  A  F  F  F  F  F  U'],
  // Open311 GeoReport v2: public reads, writes with an API key
  ['GET /open311/v2/discovery.json', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /open311/v2/services.json', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /open311/v2/requests.json', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  [
    'POST /open311/v2/requests.json',
    {
      raw: {
        type: 'application/x-www-form-urlencoded',
        payload: 'api_key=wrong&service_code=x&description=test',
      },
    },
    'F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F',
  ],
  ['GET /open311/v2/discovery.xml', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /open311/v2/services.xml', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /open311/v2/requests.xml', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  [
    'POST /open311/v2/requests.xml',
    {
      raw: {
        type: 'application/x-www-form-urlencoded',
        payload: 'api_key=wrong&service_code=x&description=test',
      },
    },
    'F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F',
  ],
  [
    'GET /open311/v2/services/:file',
    { params: { file: () => 'nothing.json' } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  [
    'GET /open311/v2/requests/:file',
    { params: { file: (s) => `${s.case}.json` } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ], // an internal case id is not a public id
  [
    'GET /open311/v2/tokens/:file',
    { params: { file: () => 'nothing.json' } },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N',
  ],
  ['OPTIONS /open311/v2/*', none, 'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A'],
  ['GET /open311/v2/*', none, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  ['POST /open311/v2/*', none, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  ['PUT /open311/v2/*', none, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  ['PATCH /open311/v2/*', none, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  ['DELETE /open311/v2/*', none, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N'],
  // 社区准入 (issue 13): every staff reader reads the lists; departments and street offices apply and send through
  // the gate (the water company is an enterprise: neither); the office (the district administrator here) reviews,
  // runs rounds, enters, supervises, exits and answers off-gate reports; communities report them and see their own
  // workload; the district and a street office see their communities'.
  ['GET /api/admission/items', none, 'F  A  A  A  A  A  A  A  A  A  A  F  F  F  F  F  U'],
  [
    'POST /api/admission/items',
    { body: () => ({ list: 'negative', kind: 'task', title: '矩阵负面事项', legalBasis: '矩阵', content: '矩阵', validFrom: '2026-01-01' }) },
    'F  F  F  F  F  F  F  F  F  A  F  F  F  F  F  F  U',
  ],
  ['GET /api/admission/items/:id', { params: { id: nil } }, 'F  N  N  N  N  N  N  N  N  N  N  F  F  N  N  N  U'],
  ['POST /api/admission/items/:id/supervise', { params: { id: nil }, body: () => ({ note: '矩阵' }) }, 'F  N  N  N  N  N  N  N  N  N  N  F  F  N  N  N  U'],
  ['POST /api/admission/items/:id/exit', { params: { id: nil }, body: () => ({ note: '矩阵' }) }, 'F  N  N  N  N  N  N  N  N  N  N  F  F  N  N  N  U'],
  ['GET /api/admission/applications', none, 'F  F  F  F  A  A  F  A  F  A  A  F  F  F  F  F  U'],
  [
    'POST /api/admission/applications',
    {
      body: () => ({
        title: '矩阵申请',
        kind: 'task',
        legalBasis: '矩阵',
        communityRole: 'assist',
        content: '矩阵内容',
        validFrom: '2027-01-01',
        hoursPerMonth: 1,
        fundingPerYear: 100,
      }),
    },
    'F  F  F  F  A  A  F  A  F  F  A  F  F  F  F  F  U',
  ],
  ['GET /api/admission/applications/:id', { params: { id: nil } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  [
    'PUT /api/admission/applications/:id',
    {
      params: { id: nil },
      body: () => ({ title: '矩阵申请', kind: 'task', legalBasis: '矩阵', communityRole: 'assist', content: '矩阵内容', validFrom: '2027-01-01', hoursPerMonth: 1, fundingPerYear: 100 }),
    },
    'N  N  N  N  N  N  N  N  N  N  N  N  N  F  F  F  U',
  ],
  ['POST /api/admission/applications/:id/submit', { params: { id: nil } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['POST /api/admission/applications/:id/review', { params: { id: nil }, body: () => ({ decision: 'pass' }) }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['POST /api/admission/applications/:id/enter', { params: { id: nil } }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/admission/rounds', none, 'F  F  F  F  A  A  F  A  F  A  A  F  F  F  F  F  U'],
  [
    'POST /api/admission/rounds',
    { body: () => ({ title: '矩阵批次', meetingOn: '2026-12-20', body: '联席会议', applicationIds: [nil()] }) },
    'F  F  F  F  F  F  F  F  F  N  F  F  F  F  F  F  U',
  ],
  ['GET /api/admission/rounds/:id', { params: { id: nil } }, 'F  F  F  F  N  N  F  N  F  N  N  F  F  F  F  F  U'],
  ['POST /api/admission/rounds/:id/decisions', { params: { id: nil }, body: () => ({ close: true }) }, 'F  F  F  F  F  F  F  F  F  N  F  F  F  F  F  F  U'],
  ['GET /api/admission/tasks', none, 'F  A  A  A  A  A  F  A  A  A  A  F  F  F  F  F  U'],
  [
    'POST /api/admission/tasks',
    { sided: true, body: (s) => ({ title: '矩阵任务', content: '矩阵内容', communityCodes: [s.region] }) },
    'F  F  F  F  CV CV F  CV F  F  CV F  F  F  F  F  U',
  ],
  ['POST /api/admission/tasks/:id/done', { params: { id: nil }, body: () => ({}) }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/admission/offgate', none, 'F  A  A  A  A  A  F  A  A  A  A  F  F  F  F  F  U'],
  [
    'POST /api/admission/offgate',
    { body: () => ({ requester: '矩阵科室', content: '矩阵请求内容', requestedOn: '2026-12-01' }) },
    'F  A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  ['POST /api/admission/offgate/:id/handle', { params: { id: nil }, body: () => ({ note: '矩阵处理' }) }, 'N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  U'],
  ['GET /api/admission/workload', { sided: true, query: (s) => ({ communityCode: s.region }) }, 'F  AN A  A  AN AN F  AN A  A  AN F  F  F  F  F  U'],
  ['GET /api/admission/workload/communities', none, 'F  F  A  A  A  A  F  A  A  A  A  F  F  F  F  F  U'],
  // 志愿服务 and social organisations (issue 13)
  ['GET /api/volunteers/orgs', none, 'F  F  F  F  F  A  A  A  A  A  A  F  F  F  F  A  U'],
  ['GET /api/volunteers', { sided: true, query: (s) => ({ unitId: s.volunteers.org }) }, 'F  F  F  F  F  N  N  AN A  A  AN F  F  F  F  A  U'],
  [
    'POST /api/volunteers',
    { sided: true, body: (s) => ({ unitId: s.volunteers.org, name: '矩阵', idNumber: s.base.idNumber }) },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  ['GET /api/volunteers/activities', { sided: true, query: (s) => ({ unitId: s.volunteers.org }) }, 'F  F  F  F  F  N  N  AN A  A  AN F  F  F  F  A  U'],
  [
    'POST /api/volunteers/activities',
    {
      sided: true,
      body: (s) => ({
        unitId: s.volunteers.org,
        title: '矩阵活动二',
        place: '活动室',
        startsAt: new Date(Date.now() + 72 * 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 74 * 3_600_000).toISOString(),
        capacity: 5,
        signupOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
        signupClosesAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      }),
    },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  ['GET /api/volunteers/activities/:id', { params: { id: (s) => s.volunteers.activity } }, 'F  F  F  F  F  N  N  AN A  A  AN F  F  F  F  A  U'],
  [
    'POST /api/volunteers/activities/:id/signups',
    { params: { id: (s) => s.volunteers.activity }, body: (s) => ({ volunteerId: s.volunteers.volunteer }) },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  [
    'POST /api/volunteers/activities/:id/signups/:volunteerId/cancel',
    { params: { id: (s) => s.volunteers.activity, volunteerId: (s) => s.volunteers.volunteer } },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  [
    'POST /api/volunteers/activities/:id/cancel',
    { params: { id: (s) => s.volunteers.activity }, body: () => ({ reason: '矩阵取消活动' }) },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  [
    'POST /api/volunteers/activities/:id/attendance',
    { params: { id: (s) => s.volunteers.activity }, body: (s) => ({ volunteerId: s.volunteers.volunteer, step: 'in' }) },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  ['POST /api/volunteers/activities/:id/code', { params: { id: (s) => s.volunteers.activity } }, 'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U'],
  ['GET /api/volunteers/certificates/:id', { params: { id: (s) => s.volunteers.certificate } }, 'N  F  F  F  F  N  N  AN A  A  AN F  F  F  F  A  U'],
  ['GET /api/volunteers/:id', { params: { id: (s) => s.volunteers.volunteer } }, 'F  F  F  F  F  N  N  AN A  A  AN F  F  F  F  A  U'],
  ['PATCH /api/volunteers/:id', { params: { id: (s) => s.volunteers.volunteer }, body: () => ({ skills: ['矩阵'] }) }, 'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U'],
  [
    'POST /api/volunteers/:id/training',
    { params: { id: (s) => s.volunteers.volunteer }, body: () => ({ title: '矩阵培训', hours: 2, heldOn: '2026-11-01' }) },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  [
    'POST /api/volunteers/:id/awards',
    { params: { id: (s) => s.volunteers.volunteer }, body: () => ({ title: '矩阵表彰', awardedBy: '矩阵街道', awardedOn: '2026-11-01' }) },
    'F  F  F  F  F  N  N  FN F  F  FN F  F  F  F  F  U',
  ],
  [
    'POST /api/volunteers/:id/certificates',
    { params: { id: (s) => s.volunteers.volunteer }, body: () => ({ from: '2026-01-01', to: '2026-12-31' }) },
    'F  F  F  F  F  N  N  CN F  C  CN F  F  F  F  F  U',
  ],
  ['GET /api/my/volunteering', none, 'A  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/volunteering/activities/:id/signup', { params: { id: (s) => s.volunteers.activity } }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  ['POST /api/my/volunteering/activities/:id/cancel', { params: { id: (s) => s.volunteers.activity } }, 'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U'],
  [
    'POST /api/my/volunteering/activities/:id/check',
    { params: { id: (s) => s.volunteers.activity }, body: () => ({ code: '123456' }) },
    'C  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  U',
  ],
  [
    'GET /api/public/volunteers/certificates/:code',
    { params: { code: (s) => s.volunteers.code } },
    'A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A',
  ],

];
