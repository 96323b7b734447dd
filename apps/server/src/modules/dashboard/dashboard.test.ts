import crypto from 'node:crypto';
import { sql } from 'kysely';
import { dayNumberOf, formatDay } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { DEMO_COMMUNITY, DEMO_STREET, SECOND_STREET } from '../../demo/users.ts';
import { foldAssessment } from '../assessment/assessment.fold.ts';
import { loadDemoCases } from '../../demo/cases/load.ts';
import { loadDemoWhistles } from '../../demo/whistles.ts';

let env: TestEnv;
const USERS = [
  'supervisor',
  'dispatcher',
  'admin',
  'street_lead',
  'street_lead2',
  'street_admin',
  'street_handler',
  'operator',
  'grid_worker',
] as const;
const s = {} as Record<(typeof USERS)[number], Session>;
const today = formatDay(dayNumberOf(new Date()));
const from30 = formatDay(dayNumberOf(new Date()) - 29);
const DISTRICT = '110117000000';
const OPEN = `('registered','dispatched','returned','arbitration')`;
const DOING = `('in_progress','reported')`;

interface Summary {
  today: string;
  period: { from: string; to: string };
  region: { code: string; level: string };
  todayTotal: number;
  todayByChannel: Record<string, number>;
  intake: {
    total: number;
    byChannel: Record<string, number>;
    byCategory: { category: { code: string; nameZh: string } | null; cases: number }[];
    trend: { day: string; cases: number }[];
    topStreets: { street: { code: string; name: string }; cases: number }[];
  };
  status: { open: number; inProgress: number; overdue: number; overdueAssignments: number };
  topStreetsByOverdue: { street: { code: string; name: string }; overdue: number }[];
  openWhistles: number;
  latest: { id: string; title: string; street: { code: string; name: string } | null }[];
  unitFilterIgnoredFor: string[];
}
interface MapResult {
  total: number;
  withoutGrid: number;
  byGrid: { code: string; open: number; inProgress: number }[];
  byStreet: { code: string; name: string; open: number; inProgress: number }[];
}

beforeAll(async () => {
  env = await createTestEnv();
  // The demo's several hundred cases of the last 60 days and its whistles, in this file's own database.
  await loadDemoCases(env.ownerDb, env.pii, env.ctx.deadlines, { now: new Date() });
  await loadDemoWhistles(env.ownerDb);
  await foldAssessment(env.db, { lagSeconds: 0 });
  for (const u of USERS) s[u] = await login(env.app, u);
});

afterAll(async () => {
  await env?.close();
});

const get = (who: Session | undefined, url: string) =>
  env.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
const summary = async (who: Session, q = '') => {
  const res = await get(who, `/api/dashboard/summary${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Summary>();
};

/** A case whose clock runs: its late assignments count as overdue. */
const LATE = `c.status NOT IN ('suspended', 'closed', 'void', 'merged')`;

/** Direct counts from the case table, optionally for one street and extra conditions (raw SQL, trusted input). */
async function truth(where = 'true') {
  const q = async <T>(text: string) => (await sql<T>`${sql.raw(text)}`.execute(env.ownerDb)).rows;
  const day = `(created_at AT TIME ZONE 'Asia/Shanghai')::date`;
  const [todayRows, status, overdue, trend, streets, categories, overdueStreets] = await Promise.all([
    q<{ channel: string; n: number }>(
      `SELECT channel, count(*)::int AS n FROM "case" c WHERE ${day} = '${today}' AND ${where} GROUP BY 1`,
    ),
    q<{ open: number; doing: number }>(
      `SELECT count(*) FILTER (WHERE status IN ${OPEN})::int AS open,
              count(*) FILTER (WHERE status IN ${DOING})::int AS doing FROM "case" c WHERE ${where}`,
    ),
    // overdue cases (each once) and overdue assignments, as 督办 counts them (issue 9, defect 8)
    q<{ cases: number; n: number }>(
      `SELECT count(DISTINCT a.case_id)::int AS cases, count(*)::int AS n
       FROM assignment a JOIN "case" c ON c.id = a.case_id
       WHERE a.status IN ('pending','accepted') AND a.resolve_due_at < now() AND ${LATE} AND ${where}`,
    ),
    q<{ day: string; n: number }>(
      `SELECT ${day}::text AS day, count(*)::int AS n FROM "case" c
       WHERE ${day} BETWEEN '${from30}' AND '${today}' AND ${where} GROUP BY 1`,
    ),
    q<{ code: string; n: number }>(
      `SELECT street_code AS code, count(*)::int AS n FROM "case" c
       WHERE ${day} BETWEEN '${from30}' AND '${today}' AND street_code IS NOT NULL AND ${where} GROUP BY 1`,
    ),
    q<{ code: string | null; n: number }>(
      `SELECT category_code AS code, count(*)::int AS n FROM "case" c
       WHERE ${day} BETWEEN '${from30}' AND '${today}' AND ${where} GROUP BY 1`,
    ),
    // 属地: overdue cases by the street where the case is, whoever the late unit is
    q<{ code: string; n: number }>(
      `SELECT c.street_code AS code, count(DISTINCT a.case_id)::int AS n
       FROM assignment a JOIN "case" c ON c.id = a.case_id
       WHERE a.status IN ('pending','accepted') AND a.resolve_due_at < now() AND ${LATE}
         AND c.street_code IS NOT NULL AND ${where} GROUP BY 1`,
    ),
  ]);
  return {
    todayByChannel: Object.fromEntries(todayRows.map((r) => [r.channel, r.n])),
    open: status[0]!.open,
    inProgress: status[0]!.doing,
    overdue: overdue[0]!.cases,
    overdueAssignments: overdue[0]!.n,
    trend: Object.fromEntries(trend.map((r) => [r.day, r.n])),
    streets: new Map(streets.map((r) => [r.code, r.n])),
    categories: new Map(categories.map((r) => [r.code ?? '', r.n])),
    overdueStreets: new Map(overdueStreets.map((r) => [r.code, r.n])),
  };
}

function expectAgrees(d: Summary, t: Awaited<ReturnType<typeof truth>>) {
  expect(d.todayByChannel).toEqual(t.todayByChannel);
  expect(d.status).toEqual({
    open: t.open,
    inProgress: t.inProgress,
    overdue: t.overdue,
    overdueAssignments: t.overdueAssignments,
  });
  expect(d.intake.trend).toHaveLength(30);
  for (const p of d.intake.trend) expect(p.cases, p.day).toBe(t.trend[p.day] ?? 0);
  expect(d.intake.total).toBe([...Object.values(t.trend)].reduce((a, b) => a + b, 0));
  for (const r of d.intake.byCategory) expect(r.cases).toBe(t.categories.get(r.category?.code ?? ''));
  expect(d.intake.byCategory.reduce((n, r) => n + r.cases, 0)).toBe(d.intake.total);
  for (const r of d.intake.topStreets) expect(r.cases).toBe(t.streets.get(r.street.code));
  const top = [...t.streets.values()].sort((a, b) => b - a).slice(0, 10);
  expect(d.intake.topStreets.map((r) => r.cases)).toEqual(top);
  for (const r of d.topStreetsByOverdue)
    expect(r.overdue, r.street.code).toBe(t.overdueStreets.get(r.street.code));
  const topLate = [...t.overdueStreets.values()].sort((a, b) => b - a).slice(0, 10);
  expect(d.topStreetsByOverdue.map((r) => r.overdue)).toEqual(topLate);
}

describe('dashboard API: 401 / 403 / 404 / 400 first', () => {
  it('401 without a session', async () => {
    for (const url of ['/api/dashboard/summary', '/api/dashboard/map'])
      expect((await get(undefined, url)).statusCode, url).toBe(401);
  });

  it('403 for roles without a dashboard (operators, handlers, grid workers)', async () => {
    for (const u of ['operator', 'street_handler', 'grid_worker'] as const)
      for (const url of ['/api/dashboard/summary', '/api/dashboard/map'])
        expect((await get(s[u], url)).statusCode, `${u} ${url}`).toBe(403);
  });

  it('404 for a region outside the jurisdiction (another street), an unknown region, category or unit', async () => {
    for (const url of [
      `/api/dashboard/summary?regionCode=${SECOND_STREET}`,
      `/api/dashboard/map?regionCode=${SECOND_STREET}`,
      `/api/dashboard/summary?regionCode=${DISTRICT}`,
    ])
      expect((await get(s.street_lead, url)).statusCode, url).toBe(404);
    expect((await get(s.supervisor, '/api/dashboard/summary?regionCode=110117999000')).statusCode).toBe(404);
    expect((await get(s.supervisor, '/api/dashboard/summary?categoryCode=no-such-thing')).statusCode).toBe(
      404,
    );
    const unit = `/api/dashboard/map?unitId=${crypto.randomUUID()}`;
    expect((await get(s.supervisor, unit)).statusCode).toBe(404);
  });

  it('400 for bad filters', async () => {
    for (const q of [
      `from=${today}&to=${from30}`,
      'from=2025-01-01&to=2026-06-01',
      'from=2026-13-01',
      'channel=pigeon',
      'unitId=nope',
      `regionCode=${DEMO_COMMUNITY}`,
    ])
      expect((await get(s.supervisor, `/api/dashboard/summary?${q}`)).statusCode, q).toBe(400);
  });
});

describe('district figures', () => {
  it('agree with direct counts of the case table (supervisor, dispatcher and admin alike)', async () => {
    const d = await summary(s.supervisor);
    expect(d.region.code).toBe(DISTRICT);
    expect(d.intake.total).toBeGreaterThan(0);
    expectAgrees(d, await truth());
    const whistles = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM whistle WHERE status IN ('open', 'acting')`.execute(env.ownerDb);
    expect(d.openWhistles).toBe(whistles.rows[0]!.n);
    expect(d.openWhistles).toBeGreaterThan(0);
    const latest = await sql<{ id: string }>`
      SELECT id::text AS id FROM "case" ORDER BY id DESC LIMIT 20`.execute(env.ownerDb);
    expect(d.latest.map((c) => c.id)).toEqual(latest.rows.map((r) => r.id));
    expect(d.latest[0]!.street?.name).toBeTruthy();
    for (const u of ['dispatcher', 'admin'] as const) expect((await summary(s[u])).status).toEqual(d.status);
  });

  it('the filtered path (explicit period and region) gives the same figures as the assessment summary', async () => {
    const plain = await summary(s.supervisor);
    const explicit = await summary(s.supervisor, `?regionCode=${DISTRICT}&from=${from30}&to=${today}`);
    for (const k of ['todayByChannel', 'intake', 'status', 'topStreetsByOverdue', 'latest'] as const)
      expect(explicit[k], k).toEqual(plain[k]);
  });

  it('filters by category (with its subcategories), channel, period and lead unit', async () => {
    const cat = await sql<{ code: string }>`
      SELECT p.code FROM category p JOIN category c ON c.parent_code = p.code
      JOIN "case" k ON k.category_code = c.code
      GROUP BY p.code ORDER BY count(*) DESC LIMIT 1`.execute(env.ownerDb);
    const parent = cat.rows[0]!.code;
    const sub = `c.category_code IN (WITH RECURSIVE t AS (SELECT code FROM category WHERE code = '${parent}'
      UNION ALL SELECT k.code FROM category k JOIN t ON k.parent_code = t.code) SELECT code FROM t)`;
    const byCat = await summary(s.supervisor, `?categoryCode=${parent}`);
    expect(byCat.intake.total).toBeGreaterThan(0);
    expectAgrees(byCat, await truth(sub));

    expectAgrees(await summary(s.supervisor, '?channel=hotline'), await truth(`c.channel = 'hotline'`));

    const unit = await sql<{ id: string }>`
      SELECT lead_unit_id::text AS id FROM "case" WHERE status IN ('in_progress', 'dispatched')
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`.execute(env.ownerDb);
    const uid = unit.rows[0]!.id;
    const byUnit = await summary(s.supervisor, `?unitId=${uid}`);
    const t = await truth(`c.lead_unit_id = '${uid}'`);
    expect(byUnit.unitFilterIgnoredFor).toEqual(['intake']);
    expect(byUnit.status).toEqual({
      open: t.open,
      inProgress: t.inProgress,
      overdue: t.overdue,
      overdueAssignments: t.overdueAssignments,
    });
    expect(byUnit.todayByChannel).toEqual(t.todayByChannel);

    const week = formatDay(dayNumberOf(new Date()) - 6);
    const p = await summary(s.supervisor, `?from=${week}&to=${today}`);
    expect(p.intake.trend.map((x) => x.day)).toEqual(
      Array.from({ length: 7 }, (_, i) => formatDay(dayNumberOf(new Date()) - 6 + i)),
    );
    const n = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM "case"
      WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${week}::date AND ${today}::date`.execute(
      env.ownerDb,
    );
    expect(p.intake.total).toBe(n.rows[0]!.n);
  });

  it('map: unresolved cases per grid and per street agree with the case table', async () => {
    const res = await get(s.supervisor, '/api/dashboard/map');
    expect(res.statusCode).toBe(200);
    const m = res.json<MapResult>();
    const rows = await sql<{ grid_code: string | null; open: number; doing: number }>`
      SELECT grid_code, count(*) FILTER (WHERE status IN ('registered','dispatched','returned','arbitration'))::int AS open,
             count(*) FILTER (WHERE status IN ('in_progress','reported'))::int AS doing
      FROM "case" GROUP BY grid_code`.execute(env.ownerDb);
    const want = rows.rows.filter((r) => r.grid_code && r.open + r.doing > 0);
    expect(m.byGrid.length).toBe(want.length);
    for (const r of want)
      expect(m.byGrid.find((g) => g.code === r.grid_code)).toEqual({
        code: r.grid_code,
        open: r.open,
        inProgress: r.doing,
      });
    const all = rows.rows.reduce((n, r) => n + r.open + r.doing, 0);
    expect(m.total).toBe(all);
    expect(m.byStreet.reduce((n, x) => n + x.open + x.inProgress, 0)).toBeLessThanOrEqual(all);
    expect(m.byStreet[0]!.name).not.toBe(m.byStreet[0]!.code);
  });
});

describe('a street sees its street only', () => {
  it('street lead: every figure is the street’s, agreeing with direct counts', async () => {
    const d = await summary(s.street_lead);
    expect(d.region.code).toBe(DEMO_STREET);
    expectAgrees(d, await truth(`c.street_code = '${DEMO_STREET}'`));
    expect(d.intake.topStreets.map((r) => r.street.code)).toEqual([DEMO_STREET]);
    for (const r of d.topStreetsByOverdue) expect(r.street.code).toBe(DEMO_STREET);
    expect(d.latest.length).toBeGreaterThan(0);
    for (const c of d.latest) expect(c.street?.code).toBe(DEMO_STREET);
    const w = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM whistle WHERE status IN ('open', 'acting') AND street_code = ${DEMO_STREET}`.execute(
      env.ownerDb,
    );
    expect(d.openWhistles).toBe(w.rows[0]!.n);
    // The street's admin sees the same.
    expect((await summary(s.street_admin)).status).toEqual(d.status);
  });

  it('another street’s lead sees other figures, and neither sees the other’s grids', async () => {
    const a = await summary(s.street_lead);
    const b = await summary(s.street_lead2);
    expect(b.region.code).toBe(SECOND_STREET);
    expectAgrees(b, await truth(`c.street_code = '${SECOND_STREET}'`));
    expect(b.latest.map((c) => c.id)).not.toEqual(a.latest.map((c) => c.id));
    const ma = (await get(s.street_lead, '/api/dashboard/map')).json<MapResult>();
    const mb = (await get(s.street_lead2, '/api/dashboard/map')).json<MapResult>();
    expect(ma.byStreet.map((x) => x.code)).toEqual([DEMO_STREET]);
    expect(mb.byStreet.map((x) => x.code)).toEqual([SECOND_STREET]);
    for (const g of ma.byGrid) expect(g.code.slice(0, 9)).toBe(DEMO_STREET.slice(0, 9));
    // The supervisor may look at one street: the same figures as its lead.
    const one = await summary(s.supervisor, `?regionCode=${DEMO_STREET}`);
    expect(one.status).toEqual(a.status);
    expect(one.intake).toEqual(a.intake);
  });
});
