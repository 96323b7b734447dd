import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { newCase, newCommunity, newStaff, newUnit, type Staff } from '../../test/factories.ts';
import {
  addUnitDay,
  cityGovernment,
  newCityDistrict,
  type CityDistrict,
} from '../../test/city-ranking.factories.ts';
import { cityStreetRanking } from './assessment.city.ts';
import { caseDistrictOf } from '../cases/public.ts';

/*
 * City rankings (issue 14): a city of two districts of our own under the template's city root, counters written as
 * the fold writes them, for a month in the past that no demo case touches (2025-03, compared with 2025-02).
 */
let env: TestEnv;
let a: CityDistrict;
let b: CityDistrict;
let citySup: Staff;
let aSup: Staff;
let aHandler: Staff;
let aLead: Staff;
let factCases: string[];
const MONTH = '2025-03';

type Row = {
  code: string;
  name: string;
  rank: number | null;
  district: { code: string; name: string } | null;
  rates: { responseRate: number | null; composite: number | null };
  change: number | null;
  drillable: boolean;
  counts: { responseHit: number; responseMiss: number };
};

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  a = await newCityDistrict(o, { name: '测甲区', streets: ['甲一街道', '甲二街道', '甲三镇'] });
  b = await newCityDistrict(o, { name: '测乙区', streets: ['乙一街道', '乙二街道'] });
  const [a1, a2, a3] = a.streets;
  const [b1] = b.streets;
  // 甲一: 3 of 4 on time by its office, and its community's 1 of 1: 4 of 5 = 80. Its district's department
  // (not a street's unit) adds misses to the district only.
  await addUnitDay(o, a1!.officeId, '2025-03-01', { responseHit: 3, responseMiss: 1 });
  const comm = await newCommunity(o, a1!.code, a1!.officeId);
  await addUnitDay(o, comm.unitId, '2025-03-31', { responseHit: 1 });
  const dept = await newUnit(o, { kind: 'department', parentId: a.governmentId, jurisdictionCode: a.code });
  await addUnitDay(o, dept, '2025-03-15', { responseMiss: 5 });
  // 甲二 and 乙一 tie at 80 (4 of 5); 甲二's April and February rows stay out of March.
  await addUnitDay(o, a2!.officeId, '2025-03-10', { responseHit: 4, responseMiss: 1 });
  await addUnitDay(o, a2!.officeId, '2025-04-01', { responseMiss: 50 });
  await addUnitDay(o, a2!.officeId, '2025-02-28', { responseHit: 1, responseMiss: 1 });
  await addUnitDay(o, b1!.officeId, '2025-03-20', { responseHit: 4, responseMiss: 1 });
  // 甲三镇: 1 of 2 = 50; 乙二: nothing in March.
  await addUnitDay(o, a3!.officeId, '2025-03-05', { responseHit: 1, responseMiss: 1 });
  // The facts behind 甲一's misses (the drill-down lists them), and one of 乙一's.
  factCases = [];
  for (const [unitId, day] of [
    [a1!.officeId, '2025-03-01'],
    [comm.unitId, '2025-03-31'],
    [b1!.officeId, '2025-03-20'],
  ] as const) {
    const c = await newCase(o, { unitId, title: `测试事实${day}` });
    await o
      .insertInto('assessment_response')
      .values({
        assignment_id: c.assignmentId,
        case_id: c.caseId,
        district_code: caseDistrictOf(c.caseId),
        unit_id: unitId,
        day,
        outcome: 'miss',
        final: true,
      } as never)
      .execute();
    factCases.push(c.caseId);
  }
  const cityGov = await cityGovernment(o);
  [citySup, aSup, aHandler, aLead] = await Promise.all([
    newStaff(env, ['supervisor'], cityGov),
    newStaff(env, ['supervisor'], a.governmentId),
    newStaff(env, ['handler'], a1!.officeId),
    newStaff(env, ['street_lead'], a1!.officeId),
  ]);
});
afterAll(async () => env.close());

const get = (s: Staff | undefined, url: string) =>
  env.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });

const ours = (rows: Row[]) =>
  rows.filter((r) => [a.code, b.code].includes(r.district?.code ?? r.code)).map((r) => [r.name, r.rank]);

describe('GET /api/assessment/city/streets', () => {
  it('401 without a session, 403 for a handler, 400 for a month that is not one', async () => {
    expect((await get(undefined, `/api/assessment/city/streets?month=${MONTH}`)).statusCode).toBe(401);
    expect((await get(aHandler, `/api/assessment/city/streets?month=${MONTH}`)).statusCode).toBe(403);
    expect((await get(citySup, '/api/assessment/city/streets?month=2025-13')).statusCode).toBe(400);
  });

  it('every street of the city, with its district, ranked on the composite: ties share a rank, no cases no rank', async () => {
    const res = await get(citySup, `/api/assessment/city/streets?month=${MONTH}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ period: { from: string; to: string }; rows: Row[] }>();
    expect(body.period).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    // The demo district's streets are listed too (the whole city), without figures in 2025.
    const pinggu = body.rows.filter((r) => r.district?.name === '平谷区');
    expect(pinggu.length).toBeGreaterThan(10);
    expect(pinggu.every((r) => r.rank === null)).toBe(true);
    expect(ours(body.rows)).toEqual([
      ['甲一街道', 1],
      ['甲二街道', 1],
      ['乙一街道', 1],
      ['甲三镇', 4],
      ['乙二街道', null],
    ]);
    const byName = new Map(body.rows.map((r) => [r.name, r]));
    // the office's 3/4 and the community's 1/1 (31 March, Shanghai day): 80; the department is not the street's
    expect(byName.get('甲一街道')!.counts).toMatchObject({ responseHit: 4, responseMiss: 1 });
    // 甲二: the 1 April row is April's; against February's 50: +30
    expect(byName.get('甲二街道')!.rates.composite).toBe(80);
    expect(byName.get('甲二街道')!.change).toBe(30);
    expect(byName.get('甲二街道')!.district).toEqual({ code: a.code, name: '测甲区' });
    // The last rows: every street without a score, after every scored one.
    const firstUnranked = body.rows.findIndex((r) => r.rank === null);
    expect(body.rows.slice(firstUnranked).every((r) => r.rank === null)).toBe(true);
  });

  it('the bench function gives the same order', async () => {
    const r = await cityStreetRanking(env.db, '110000000000', MONTH);
    expect(r.rows.filter((x) => x.district?.code === a.code).map((x) => x.name)).toEqual([
      '甲一街道',
      '甲二街道',
      '甲三镇',
    ]);
  });

  it("a district's supervisor sees the whole city's list (it is public) but may open only its own streets", async () => {
    const res = await get(aSup, `/api/assessment/city/streets?month=${MONTH}`);
    expect(res.statusCode).toBe(200);
    const rows = res.json<{ rows: Row[] }>().rows;
    const drill = new Map(rows.map((r) => [r.name, r.drillable]));
    expect(drill.get('甲一街道')).toBe(true);
    expect(drill.get('乙一街道')).toBe(false);
    const city = await get(citySup, `/api/assessment/city/streets?month=${MONTH}`);
    expect(city.json<{ rows: Row[] }>().rows.every((r) => r.drillable)).toBe(true);
  });

  it('filters by district', async () => {
    const res = await get(citySup, `/api/assessment/city/streets?month=${MONTH}&districtCode=${b.code}`);
    expect(res.json<{ rows: Row[] }>().rows.map((r) => r.name)).toEqual(['乙一街道', '乙二街道']);
  });

  it('exports the list as a workbook', async () => {
    const res = await get(citySup, `/api/assessment/city/streets.xlsx?month=${MONTH}&districtCode=${a.code}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const cells = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(cells(3).slice(0, 3)).toEqual(['排名', '街乡镇', '所属区']);
    expect(cells(4).slice(0, 7)).toEqual([1, '甲一街道', '测甲区', '80.00', '—', '—', '80.00']);
    expect(ws.rowCount).toBe(6);
  });
});

describe('GET /api/assessment/city/districts', () => {
  it('ranks the districts on everything dispatched inside them', async () => {
    const res = await get(citySup, `/api/assessment/city/districts?month=${MONTH}`);
    expect(res.statusCode).toBe(200);
    const rows = res.json<{ rows: Row[] }>().rows;
    const byCode = new Map(rows.map((r) => [r.code, r]));
    // 测甲: 4+4+1 hits of 4+4+1+ (1+1+1) + 5 department misses = 9 of 17; 测乙: 4 of 5
    expect(byCode.get(a.code)!.counts).toEqual(expect.objectContaining({ responseHit: 9, responseMiss: 8 }));
    expect(byCode.get(b.code)!.rates.composite).toBe(80);
    expect(rows.indexOf(byCode.get(b.code)!)).toBeLessThan(rows.indexOf(byCode.get(a.code)!));
  });
});

describe('GET /api/assessment/regions/:code/cases', () => {
  const drill = (s: Staff, code: string) =>
    get(s, `/api/assessment/regions/${code}/cases?month=${MONTH}&measure=response&outcome=miss`);

  it("lists the cases behind a street's figure: its office's and its communities'", async () => {
    const res = await drill(citySup, a.streets[0]!.code);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      region: { level: string };
      items: { caseId: string; unit: { name: string } }[];
    }>();
    expect(body.region.level).toBe('street');
    expect(body.items.map((i) => i.caseId).sort()).toEqual(factCases.slice(0, 2).sort());
  });

  it("a district's supervisor cannot open another district's street, nor a street lead another street", async () => {
    expect((await drill(aSup, b.streets[0]!.code)).statusCode).toBe(403);
    expect((await drill(aSup, a.streets[0]!.code)).statusCode).toBe(200);
    expect((await drill(aLead, a.streets[1]!.code)).statusCode).toBe(403);
    expect((await drill(aLead, a.streets[0]!.code)).statusCode).toBe(200);
    expect((await drill(aHandler, a.streets[0]!.code)).statusCode).toBe(403);
  });

  it("the city opens any district; a district drill-down holds its streets' cases", async () => {
    const res = await drill(citySup, b.code);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { caseId: string }[] }>().items.map((i) => i.caseId)).toEqual([factCases[2]]);
    expect((await drill(citySup, '110000000000')).statusCode).toBe(404);
  });
});

describe('GET /api/public/rankings/streets', () => {
  it('answers without a session for a month that is over, not for the current one', async () => {
    const res = await get(undefined, `/api/public/rankings/streets?month=${MONTH}`);
    expect(res.statusCode).toBe(200);
    const rows = res.json<{ rows: { name: string; rank: number | null; counts?: unknown }[] }>().rows;
    expect(rows.find((r) => r.name === '甲一街道')).toMatchObject({ rank: 1 });
    expect(rows[0]).not.toHaveProperty('counts');
    const now = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    expect((await get(undefined, `/api/public/rankings/streets?month=${now}`)).statusCode).toBe(400);
  });
});

describe('GET /api/dashboard/areas', () => {
  it("the city's dashboard has its districts as the next level, with the three rates of the month", async () => {
    const res = await get(citySup, '/api/dashboard/areas');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      region: { level: string };
      level: string;
      areas: { code: string; name: string }[];
    }>();
    expect(body.region.level).toBe('city');
    expect(body.level).toBe('district');
    expect(body.areas.map((x) => x.code)).toEqual(expect.arrayContaining([a.code, b.code, '110117000000']));
  });

  it("a district's supervisor gets its streets, and not the city", async () => {
    const res = await get(aSup, '/api/dashboard/areas');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ areas: { name: string }[] }>().areas.map((x) => x.name)).toEqual([
      '甲一街道',
      '甲二街道',
      '甲三镇',
    ]);
    expect((await get(aSup, '/api/dashboard/areas?regionCode=110000000000')).statusCode).toBe(404);
    expect((await get(aHandler, '/api/dashboard/areas')).statusCode).toBe(403);
  });
});
