import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDuty } from '@onegrid/domain';
import { createTestEnv, login, type TestEnv } from '../../test/harness.ts';
import { demoScopeFromEnv, loadDemoCityIfMissing } from './load.ts';

/** DEMO_SCOPE=city: the city loader runs once on the demo database and adds the rest of 北京市. */
let env: TestEnv;
let loaded: Awaited<ReturnType<typeof loadDemoCityIfMissing>>;

beforeAll(async () => {
  env = await createTestEnv();
  loaded = await loadDemoCityIfMissing(env.ownerDb, env.pii);
}, 120_000);
afterAll(async () => env.close());

const count = async (level: 'district' | 'street' | 'community') =>
  (
    await env.ownerDb
      .selectFrom('region')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('level', '=', level)
      .executeTakeFirstOrThrow()
  ).n;

describe('the city demo (DEMO_SCOPE=city)', () => {
  it('reads the scope from the environment: district unless it says city', () => {
    expect(demoScopeFromEnv({})).toBe('district');
    expect(demoScopeFromEnv({ DEMO_SCOPE: 'district' })).toBe('district');
    expect(demoScopeFromEnv({ DEMO_SCOPE: 'city' })).toBe('city');
  });

  it('loads 北京市’s 16 districts with their 349 streets/towns and communities, each with a boundary', async () => {
    expect(loaded).not.toBeNull();
    console.log(`city loader: ${JSON.stringify(loaded)}`);
    expect(Number(await count('district'))).toBe(16);
    expect(Number(await count('street'))).toBe(349);
    expect(Number(await count('community'))).toBeGreaterThan(7000);
    const unbounded = await env.ownerDb
      .selectFrom('region')
      .select('code')
      .where('level', '!=', 'city')
      .where('boundary', 'is', null)
      .execute();
    expect(unbounded).toEqual([]);
    // every street has its office: the desk a case can be forwarded to
    const offices = await env.ownerDb
      .selectFrom('unit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'street_office')
      .executeTakeFirstOrThrow();
    expect(Number(offices.n)).toBe(349);
    const govs = await env.ownerDb
      .selectFrom('unit')
      .select('jurisdiction_code')
      .where('kind', '=', 'government')
      .execute();
    expect(govs.length).toBe(17); // the city centre and 16 district governments
  });

  it('adds the city centre’s staff, who can sign in', async () => {
    for (const u of ['city_operator', 'city_dispatcher', 'city_supervisor']) {
      const s = await login(env.app, u);
      const me = await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
      expect(me.statusCode).toBe(200);
    }
  });

  it('city-wide duty entries lead to the local street, and the demo district’s own entries override them', async () => {
    const entries = await env.ownerDb
      .selectFrom('duty as d')
      .innerJoin('duty_party as p', 'p.duty_id', 'd.id')
      .select(['d.id', 'd.category_code', 'd.region_code', 'p.role', 'p.unit_id', 'p.local_street'])
      .execute();
    const cityEntries = entries.filter((e) => e.region_code === '110000000000');
    expect(cityEntries.length).toBeGreaterThan(10);
    const category = cityEntries[0]!.category_code;
    const asEntries = entries
      .filter((e) => e.category_code === category)
      .map((e) => ({
        id: e.id,
        categoryCode: e.category_code,
        regionCode: e.region_code,
        parties: [{ role: e.role, unitId: e.unit_id, localStreet: e.local_street }],
      }));
    const resolve = (streetCode: string, districtCode: string) =>
      resolveDuty({
        categoryCode: category,
        categoryAncestors: [],
        location: { gridCode: null, communityCode: null, streetCode, districtCode },
        entries: asEntries,
        streetOfficeOf: (s) => `office:${s}`,
        districtGovernmentOf: () => 'gov',
      });
    // 东华门街道, 东城区: the city's entry, the local street leads
    const dongcheng = resolve('110101001000', '110101000000');
    expect(dongcheng.dutyRegionCode).toBe('110000000000');
    expect(dongcheng.lead?.unitId).toBe('office:110101001000');
    // 滨河街道, 平谷区: 平谷's own entry
    expect(resolve('110117001000', '110117000000').dutyRegionCode).toBe('110117000000');
  });

  it('the duty list read in 平谷区 marks the city-wide entry as overridden by the district’s own', async () => {
    const admin = await login(env.app, 'admin');
    const cityEntry = await env.ownerDb
      .selectFrom('duty')
      .select('category_code')
      .where('region_code', '=', '110000000000')
      .executeTakeFirstOrThrow();
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/duties?categoryCode=${cityEntry.category_code}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { region: { level: string }; overridden: boolean }[] }>().items;
    expect(items.map((d) => [d.region.level, d.overridden]).sort()).toEqual([
      ['city', true],
      ['district', false],
    ]);
  });

  it('loads once: a second start finds the city there', async () => {
    expect(await loadDemoCityIfMissing(env.ownerDb, env.pii)).toBeNull();
  });
});
