import { districtOfPath } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import {
  intake,
  newCaseId,
  newCity,
  newPlace,
  newStaff,
  newWorld,
  type Place,
  type World,
} from '../../test/factories.ts';
import { caseSearchWords } from './search-words.ts';
import { backfillSearchWords } from './search-backfill.ts';
import { eraseContact } from '../privacy/privacy.repository.ts';
import { CALLER_TOTAL_CAP, callerCaseNumbers } from './search.query.ts';
import { sql } from 'kysely';

// 案件查询 (POST /api/cases/search) on cases written through the real intake: two streets, the district desk
// (sees both) and a dispatcher of each street office (sees their own street's only).
let env: TestEnv;
let w: World;
let other: Place;
let desk: Session;
let streetA: Session;
let streetB: Session;
let noise: string; // street A, 张三's phone, 装修噪音, 幸福路
let leak: string; // street A, another caller, 漏水
let elsewhere: string; // street B, 张三's phone again

interface Result {
  matched: string;
  total: number;
  more: boolean;
  items: { id: string; reporterPhone: string | null; status: string; street: { code: string } | null }[];
}

async function search(s: Session, body: object) {
  return env.app.inject({ method: 'POST', url: '/api/cases/search', headers: s.headers, payload: body });
}
async function ids(s: Session, body: object): Promise<string[]> {
  const res = await search(s, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Result>().items.map((x) => x.id);
}

beforeAll(async () => {
  env = await createTestEnv();
  w = await newWorld(env);
  other = await newPlace(env);
  desk = w.users.operator;
  streetA = await newStaff(env, ['dispatcher'], w.street.officeId);
  streetB = await newStaff(env, ['dispatcher'], other.street.officeId);
  const base = { requestType: 'complaint', categoryCode: w.category, reporterName: '张三' };
  noise = (
    await intake(env, desk, {
      ...base,
      description: '楼上住户每天深夜装修，电钻噪音扰民，已经持续一周',
      address: '幸福路18号院3号楼',
      reporterPhone: '13812349876',
      ...w.point,
    })
  ).id;
  leak = (
    await intake(env, desk, {
      ...base,
      description: '卫生间天花板漏水，楼上邻居联系不上',
      address: '和平街5号',
      reporterPhone: '13900001111',
      ...w.point,
    })
  ).id;
  elsewhere = (
    await intake(env, desk, {
      ...base,
      description: '小区门口共享单车乱停乱放，堵住消防通道',
      reporterPhone: '+8613812349876',
      ...other.point,
    })
  ).id;
});
afterAll(async () => env.close());

describe('POST /api/cases/search', () => {
  it('401 without a session, 403 for roles outside the desk, 400 for bad criteria', async () => {
    expect((await env.app.inject({ method: 'POST', url: '/api/cases/search', payload: {} })).statusCode).toBe(
      401,
    );
    expect((await search(w.users.handler, { q: '噪音' })).statusCode).toBe(403);
    expect((await search(w.users.gridWorker, { q: '噪音' })).statusCode).toBe(403);
    expect((await search(desk, { regionCode: 'abc' })).statusCode).toBe(400);
    expect((await search(desk, { from: '2026/11/01' })).statusCode).toBe(400);
    // a day that is no day, or one no case number can hold (it answered 500)
    expect((await search(desk, { to: '0826-16-82' })).statusCode).toBe(400);
    expect((await search(desk, { to: '9999-12-31' })).statusCode).toBe(400);
    expect((await search(desk, { page: 51 })).statusCode).toBe(400);
  });

  it('finds a case by its number, and every case of a number prefix', async () => {
    const res = await search(desk, { q: noise });
    expect(res.json<Result>()).toMatchObject({ matched: 'number', total: 1, items: [{ id: noise }] });
    const day = await ids(desk, { q: noise.slice(0, 8) });
    expect(day).toEqual(expect.arrayContaining([noise, leak, elsewhere]));
    // newest first
    expect(day.indexOf(elsewhere)).toBeLessThan(day.indexOf(noise));
  });

  it('finds a caller by phone in any format, across streets for the desk; the phone comes back masked', async () => {
    for (const q of ['13812349876', '138 1234 9876', '+86 138-1234-9876', '86-13812349876']) {
      const res = await search(desk, { q });
      const body = res.json<Result>();
      expect(body.matched).toBe('phone');
      expect(body.items.map((x) => x.id)).toEqual([elsewhere, noise]);
      expect(body.items[0]!.reporterPhone).toBe('138****9876');
      expect(res.body).not.toContain('13812349876');
      expect(res.body).not.toContain('张三');
    }
    // each phone look-up is audited, without the phone
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'view_pii')
      .where('entity', '=', 'case')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(audit)).not.toContain('9876');
  });

  it('finds a further caller attached to an earlier case by their phone', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${leak}/callers`,
      headers: desk.headers,
      payload: { reporterPhone: '13700002222', description: '同一个漏水问题，再次来电' },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await ids(desk, { q: '137-0000-2222' })).toEqual([leak]);
  });

  it('looks a caller up in case_phone: the first reporter and each attached caller, a later case, erasure', async () => {
    const phonesOf = async (id: string) =>
      (
        await env.ownerDb
          .selectFrom('case_phone')
          .select(['phone_hash', 'district_code'])
          .where('case_id', '=', id)
          .orderBy('phone_hash')
          .execute()
      ).map((r) => [r.phone_hash, r.district_code]);
    const first = env.pii.blindIndex('13600003333');
    const attached = env.pii.blindIndex('13500004444');
    const old = (
      await intake(env, desk, {
        requestType: 'complaint',
        categoryCode: w.category,
        description: '小区垃圾站三天没有清运，气味很大',
        reporterPhone: '13600003333',
        ...w.point,
      })
    ).id;
    const { district_code: district } = await env.ownerDb
      .selectFrom('case')
      .select('district_code')
      .where('id', '=', old)
      .executeTakeFirstOrThrow();
    expect(district).toBeTruthy();
    expect(await phonesOf(old)).toEqual([[first, district]]);
    const attach = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${old}/callers`,
      headers: desk.headers,
      payload: { reporterPhone: '13500004444', description: '垃圾还是没人清运' },
    });
    expect(attach.statusCode, attach.body).toBeLessThan(300);
    expect(await phonesOf(old)).toEqual(
      [
        [first, district],
        [attached, district],
      ].sort(),
    );
    expect(await ids(desk, { q: '13600003333' })).toEqual([old]);
    expect(await ids(desk, { q: '13500004444' })).toEqual([old]);
    // the attached caller calls again about something else: a new case, found first
    const later = (
      await intake(env, desk, {
        requestType: 'complaint',
        categoryCode: w.category,
        description: '楼道灯坏了一个月没人修',
        reporterPhone: '13500004444',
        ...w.point,
      })
    ).id;
    const res = (await search(desk, { q: '13500004444' })).json<Result>();
    expect(res).toMatchObject({ matched: 'phone', total: 2, more: false });
    expect(res.items.map((x) => x.id)).toEqual([later, old]);
    // page 2 of one: the second case alone, the total still counted
    const second = (await search(desk, { q: '13500004444', pageSize: 1, page: 2 })).json<Result>();
    expect(second).toMatchObject({ total: 2, items: [{ id: old }] });
    const beyond = (await search(desk, { q: '13500004444', pageSize: 1, page: 3 })).json<Result>();
    expect(beyond).toMatchObject({ total: 2, items: [] });
    // each look-up audited in the same statement, with how many cases it found
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'view_pii')
      .where('actor_id', '=', desk.userId)
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    expect(audit.map((a) => a.after)).toEqual(
      Array(3).fill({ purpose: 'case_search_phone', class: 'P1', cases: 2 }),
    );
    // contact data erased (PIPL retention): neither phone finds the old case any more
    await eraseContact(env.ownerDb, [old]);
    expect(await phonesOf(old)).toEqual([]);
    expect(await ids(desk, { q: '13600003333' })).toEqual([]);
    expect(await ids(desk, { q: '13500004444' })).toEqual([later]);
  });

  it('case_phone is exactly the phones of "case" and case_caller, under the case\'s district, after a move', async () => {
    // The triggers of migration 20261213_0100 are case_phone's one writer (docs/scale.md): whatever writes the
    // sources — intake, attaching, erasure, the demo loader — the index equals what the sources say.
    const moved = (
      await intake(env, desk, {
        requestType: 'complaint',
        categoryCode: w.category,
        description: '路口红绿灯坏了，车辆乱行',
        reporterPhone: '13700005555',
        ...w.point,
      })
    ).id;
    const yanqing = (await newCity(env.ownerDb)).other.code; // the case moves to another district
    await env.ownerDb.updateTable('case').set({ district_code: yanqing }).where('id', '=', moved).execute();
    const district = sql`c.district_code`;
    const sources = sql`(
      SELECT c.reporter_phone_hash AS phone_hash, c.id AS case_id, ${district} AS district_code
        FROM "case" c WHERE c.reporter_phone_hash IS NOT NULL
      UNION
      SELECT cc.phone_hash, cc.case_id, ${district} FROM case_caller cc JOIN "case" c ON c.id = cc.case_id
       WHERE cc.phone_hash IS NOT NULL)`;
    const index = sql`SELECT phone_hash, case_id, district_code::text FROM case_phone`;
    const diff = await sql<{ side: string }>`
      (SELECT 'missing' AS side, * FROM (${sources} EXCEPT ${index}) m)
      UNION ALL (SELECT 'extra', * FROM (${index} EXCEPT ${sources}) x)`.execute(env.ownerDb);
    expect(diff.rows).toEqual([]);
    const [row] = await env.ownerDb
      .selectFrom('case_phone')
      .select('district_code')
      .where('case_id', '=', moved)
      .execute();
    expect(row?.district_code).toBe(yanqing);
  });

  it('finds Chinese words of the description (all required), and address words with `address`', async () => {
    expect(await ids(desk, { q: '装修噪音' })).toEqual([noise]);
    expect(await ids(desk, { q: '噪音 漏水' })).toEqual([]);
    expect(await ids(desk, { q: '漏水' })).toEqual([leak]);
    expect(await ids(desk, { address: '幸福路' })).toEqual([noise]);
    // address words only: 漏水 is in a description, not an address
    expect(await ids(desk, { address: '漏水' })).toEqual([]);
    expect(await ids(desk, { q: '噪音', address: '和平街' })).toEqual([]);
  });

  it('narrows by place (street, community, grid), period, category and status', async () => {
    const streetCases = await ids(desk, { regionCode: w.street.code });
    expect(streetCases).toEqual(expect.arrayContaining([noise, leak]));
    expect(streetCases).not.toContain(elsewhere);
    expect(await ids(desk, { regionCode: other.community.code })).toEqual([elsewhere]);
    expect(await ids(desk, { gridCode: other.gridCode })).toEqual([elsewhere]);
    const today = `${noise.slice(0, 4)}-${noise.slice(4, 6)}-${noise.slice(6, 8)}`;
    expect(await ids(desk, { q: '13812349876', from: today, to: today })).toEqual([elsewhere, noise]);
    const later = new Date(`${today}T00:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 1);
    expect(await ids(desk, { q: '13812349876', from: later.toISOString().slice(0, 10) })).toEqual([]);
    expect(await ids(desk, { q: '13812349876', to: '2020-01-01' })).toEqual([]);
    expect(await ids(desk, { regionCode: w.street.code, categoryCode: w.category })).toEqual(
      expect.arrayContaining([noise, leak]),
    );
    const status = (await search(desk, { q: noise })).json<Result>().items[0]!.status;
    expect(await ids(desk, { q: noise, status })).toEqual([noise]);
    expect(await ids(desk, { q: noise, status: status === 'void' ? 'closed' : 'void' })).toEqual([]);
  });

  it("keeps a street's dispatcher inside the street: the same phone finds only that street's case", async () => {
    expect(await ids(streetA, { q: '13812349876' })).toEqual([noise]);
    expect(await ids(streetB, { q: '13812349876' })).toEqual([elsewhere]);
    expect(await ids(streetB, { q: '装修噪音' })).toEqual([]);
    expect(await ids(streetB, { q: noise })).toEqual([]);
    expect(await ids(streetB, { regionCode: w.street.code })).toEqual([]);
  });

  it('counts up to 1000 and says there are more', async () => {
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      id: newCaseId(),
      status: 'registered' as const,
      request_type: 'consult' as const,
      channel: 'hotline' as const,
      urgency: 'ordinary' as const,
      title: `批量${i}`,
      description: '路灯不亮了，晚上很黑，请尽快维修',
      region_path: other.community.path,
      district_code: districtOfPath(other.community.path),
      search_words: caseSearchWords({ description: '路灯不亮了，晚上很黑，请尽快维修' }),
    }));
    await env.ownerDb.insertInto('case').values(rows).execute();
    const res = await search(desk, { q: '路灯 维修', pageSize: 5 });
    expect(res.json<Result>()).toMatchObject({ matched: 'text', total: 1000, more: true });
    expect(res.json<Result>().items).toHaveLength(5);
  });

  it("reads a caller's case numbers from case_phone's phone index, not the district-led key", async () => {
    // the table is tiny here: without sequential scans the planner shows which index serves the phone alone
    const plan = await env.ownerDb.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${callerCaseNumbers(
        env.pii.blindIndex('13800001234'),
      )}`.execute(tx);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/ on case_phone_lookup_idx|using case_phone_lookup_idx/);
    expect(plan).toMatch(/Index Cond: \(phone_hash = /);
  });

  it(`counts a caller's cases up to ${CALLER_TOTAL_CAP} over several months and says there are more`, async () => {
    const phone = '13700001111';
    const day = 24 * 3600_000;
    const rows = Array.from({ length: CALLER_TOTAL_CAP + 3 }, (_, i) => ({
      // one a day going back: the look-up reads seven months' partitions
      id: newCaseId(new Date(Date.now() - i * day)),
      status: 'registered' as const,
      request_type: 'complaint' as const,
      channel: 'hotline' as const,
      urgency: 'ordinary' as const,
      title: `常打电话${i}`,
      description: '又来反映楼下烧烤油烟',
      region_path: other.community.path,
      district_code: districtOfPath(other.community.path),
      reporter_phone_hash: env.pii.blindIndex(phone),
      reporter_phone_enc: env.pii.encrypt(phone),
    }));
    await env.ownerDb.insertInto('case').values(rows).execute();
    const res = (await search(desk, { q: phone, pageSize: 20, page: 2 })).json<Result>();
    expect(res).toMatchObject({ matched: 'phone', total: CALLER_TOTAL_CAP, more: true });
    // newest first: the second page is the 21st to the 40th newest
    const newest = rows.map((r) => r.id).sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : -1));
    expect(res.items.map((x) => x.id)).toEqual(newest.slice(20, 40));
    expect(res.items[0]!.reporterPhone).toBe('137****1111');
  });

  it('finds a case written before the search words once they are filled in (cases:search-words)', async () => {
    const id = newCaseId();
    await env.ownerDb
      .insertInto('case')
      .values({
        id,
        status: 'registered',
        request_type: 'complaint',
        channel: 'hotline',
        urgency: 'ordinary',
        title: '旧案件',
        description: '河道里漂着大量死鱼，散发臭味',
        address: '滨河公园东侧',
        region_path: w.street.path,
        district_code: districtOfPath(w.street.path),
      })
      .execute();
    expect(await ids(desk, { q: '死鱼' })).toEqual([]);
    expect(await backfillSearchWords(env.ownerDb, { batch: 2 })).toBeGreaterThanOrEqual(1);
    expect(await ids(desk, { q: '死鱼' })).toEqual([id]);
    expect(await ids(desk, { address: '滨河公园' })).toEqual([id]);
    expect(await backfillSearchWords(env.ownerDb)).toBe(0);
  });
});
