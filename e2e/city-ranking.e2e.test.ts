import { districtOfPath } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chartsSettled, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';
import path from 'node:path';
import { caseDistrictOf } from '../apps/server/src/modules/cases/public.ts';

/*
 * City rankings and the city's command screen (issue 14) on a city of realistic size: the demo district and 15
 * more districts of 北京市 with 22 streets each (346 streets in all, Beijing has 343), counters for this month and
 * the last as the assessment fold writes them, and a city-level supervisor. The city demo (DEMO_SCOPE=city, lane
 * city) is not needed: the rows are written here.
 */
const DISTRICTS = [
  ['110101000000', '东城区'],
  ['110102000000', '西城区'],
  ['110105000000', '朝阳区'],
  ['110106000000', '丰台区'],
  ['110107000000', '石景山区'],
  ['110108000000', '海淀区'],
  ['110109000000', '门头沟区'],
  ['110111000000', '房山区'],
  ['110112000000', '通州区'],
  ['110113000000', '顺义区'],
  ['110114000000', '昌平区'],
  ['110115000000', '大兴区'],
  ['110116000000', '怀柔区'],
  ['110118000000', '密云区'],
  ['110119000000', '延庆区'],
] as const;
const STREETS_PER_DISTRICT = 22;
const CITY = '110000000000';

let env: E2eEnv;
let username: string;
let streetCount: number;
let drillStreet: { code: string; name: string };

/** A deterministic pseudo-random stream (the figures differ per street but not per run). */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const day = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

beforeAll(async () => {
  env = await startE2e();
  const db = env.server.db;
  const today = day(new Date());
  const monthStart = `${today.slice(0, 7)}-01`;
  const lastMonth = day(new Date(new Date(`${monthStart}T12:00:00+08:00`).getTime() - 5 * 86400_000));
  const next = rng(7);
  // 16 squares of 0.3° around the demo district (which keeps its own outline)
  const slots = Array.from({ length: 16 }, (_, i) => [i % 4, Math.floor(i / 4)] as const).filter(
    ([x, y]) => !(x === 3 && y === 0),
  );
  for (const [i, [code, name]] of DISTRICTS.entries()) {
    const [x, y] = slots[i]!;
    const [lon, lat] = [116.0 + x * 0.3, 40.3 - y * 0.3];
    const ring = [
      [lon, lat],
      [lon + 0.28, lat],
      [lon + 0.28, lat - 0.28],
      [lon, lat - 0.28],
      [lon, lat],
    ];
    await db
      .insertInto('region')
      .values({
        code,
        parent_code: CITY,
        name,
        level: 'district',
        path: `${CITY}/${code}/`,
        boundary: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
        sort: i + 1,
      })
      .execute();
    const gov = await db
      .insertInto('unit')
      .values({
        name: `${name}人民政府`,
        kind: 'government',
        parent_id: null,
        jurisdiction_code: code,
        jurisdiction_path: `${CITY}/${code}/`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let s = 1; s <= STREETS_PER_DISTRICT; s++) {
      const scode = `${code.slice(0, 6)}${String(s).padStart(3, '0')}000`;
      const sname = `${name.replace(/区$/, '')}第${s}${s % 5 === 0 ? '镇' : '街道'}`;
      const path = `${CITY}/${code}/${scode}/`;
      await db
        .insertInto('region')
        .values({ code: scode, parent_code: code, name: sname, level: 'street', path, sort: s })
        .execute();
      const office = await db
        .insertInto('unit')
        .values({
          name: `${sname}办事处`,
          kind: 'street_office',
          parent_id: gov.id,
          jurisdiction_code: scode,
          jurisdiction_path: path,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // one street in 20 has nothing this month
      if (next() < 0.05) continue;
      for (const d of [monthStart, lastMonth]) {
        const assigned = 20 + Math.floor(next() * 200);
        const hit = Math.floor(assigned * (0.9 + next() * 0.1));
        const callbacks = Math.floor(assigned * (0.5 + next() * 0.4));
        const satisfied = Math.floor(callbacks * (0.6 + next() * 0.35));
        const basic = Math.floor((callbacks - satisfied) * next());
        await db
          .insertInto('assessment_unit_day')
          .values({
            day: d,
            unit_id: office.id,
            district_code: districtOfPath(path),
            response_hit: hit,
            response_miss: assigned - hit,
            callbacks,
            resolved: Math.floor(callbacks * (0.7 + next() * 0.3)),
            satisfied,
            basically_satisfied: basic,
            unsatisfied: callbacks - satisfied - basic,
          })
          .execute();
      }
      if (code === '110105000000' && s === 1) {
        drillStreet = { code: scode, name: sname };
        // the callbacks behind its satisfaction rate: three of the demo's cases, not 满意
        const cases = await sql<{ id: string }>`SELECT id::text FROM "case" ORDER BY id DESC LIMIT 3`.execute(
          db,
        );
        for (const [k, c] of cases.rows.entries())
          await db
            .insertInto('assessment_callback')
            .values({
              event_id: String(900_000_000 + k),
              case_id: c.id,
              district_code: caseDistrictOf(c.id),
              unit_id: office.id,
              day: monthStart,
              resolved: k > 0,
              rating: 'unsatisfied',
            })
            .execute();
      }
    }
  }
  const cityGov = await db
    .insertInto('unit')
    .values({
      name: '北京市人民政府',
      kind: 'government',
      parent_id: null,
      jurisdiction_code: CITY,
      jurisdiction_path: `${CITY}/`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const template = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'supervisor')
    .executeTakeFirstOrThrow();
  username = 'city_supervisor_e2e';
  await db
    .insertInto('app_user')
    .values({
      username,
      name: '市督办',
      unit_id: cityGov.id,
      roles: ['supervisor'],
      password_hash: template.password_hash,
    })
    .execute();
  const n = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM region WHERE level = 'street' AND path LIKE ${`${CITY}/%`}`.execute(db);
  streetCount = n.rows[0]!.n;
}, 240_000);

afterAll(async () => env?.close());

it("the city's street ranking: every street of the city, filtered, searched, sorted, drilled into", async () => {
  expect(streetCount).toBeGreaterThan(340);
  const page = await signedInPage(env, username);
  await page.locator('a[href="/assessment/city"]').click();
  const table = page.getByTestId('crk-table');
  await table.locator('tbody tr.ant-table-row').first().waitFor();
  await expect.poll(() => page.getByTestId('crk-count').textContent()).toContain(`共 ${streetCount} 个`);
  // Ranked by composite: the first row is rank 1, and the ranks never go down the page.
  const ranks = await table
    .locator('tbody tr.ant-table-row td:first-child')
    .allTextContents()
    .then((r) => r.map((x) => (x === '—' ? Infinity : Number(x))));
  expect(ranks[0]).toBe(1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await page.screenshot({ path: path.join(shots, 'city-ranking-streets.png'), fullPage: true });

  // One district: its 22 streets.
  await page.getByTestId('crk-district').click();
  await page.keyboard.type('朝阳区');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByTestId('crk-count').textContent())
    .toContain(`共 ${STREETS_PER_DISTRICT} 个`);
  // By name.
  await page.getByPlaceholder('按名称搜索').fill(drillStreet.name);
  await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
  // The cases behind its satisfaction rate: the three callbacks not 满意.
  await table.locator('tbody tr.ant-table-row td').nth(5).locator('button').click();
  const drill = page.getByTestId('territory-drill');
  await expect.poll(() => drill.locator('tbody tr.ant-table-row').count(), { timeout: 15_000 }).toBe(3);
  await page.screenshot({ path: path.join(shots, 'city-ranking-drill.png') });
  await page.keyboard.press('Escape');

  // The districts ranked.
  await page.getByRole('tab', { name: '各区' }).click();
  await expect
    .poll(() => page.getByTestId('crk-count').textContent())
    .toContain(`共 ${DISTRICTS.length + 1} 个`);
  await page.context().close();
});

it("the city's command screen: the districts as the next level, a click opens one", async () => {
  const page = await signedInPage(env, username, { device: { viewport: { width: 1920, height: 1080 } } });
  await page.goto(`${env.server.url}/command`);
  await page.getByTestId('command-dashboard').waitFor();
  const areas = page.getByTestId('cmd-areas');
  await expect.poll(() => areas.locator('tbody tr').count(), { timeout: 20_000 }).toBe(DISTRICTS.length + 1);
  expect(await page.getByTestId('cmd-title').textContent()).toContain('北京市');
  // the districts' panel says how old its figures are (no replica here: read from the primary, 实时数据)
  const areasLag = page.locator('section.og-cmd-panel', { has: areas }).getByTestId('data-lag');
  expect(await areasLag.getAttribute('data-lag')).toBe('primary');
  expect(await areasLag.textContent()).toBe('实时数据');
  await page.getByTestId('cmd-city-map').locator('canvas').first().waitFor();
  await chartsSettled(page.locator('body'));
  await page.screenshot({ path: path.join(shots, 'city-command-dashboard.png') });
  await page.getByTestId('cmd-area-110105000000').click();
  await page.waitForURL(/region=110105000000/);
  await expect
    .poll(() => page.getByTestId('cmd-title').textContent(), { timeout: 20_000 })
    .toContain('朝阳区');
  await page.getByTestId('cmd-back').waitFor();
  await page.context().close();
});

it('the public monthly list: last month, every street, without signing in', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/public/rankings`);
  const rows = page.locator('tbody tr.ant-table-row');
  await rows.first().waitFor({ timeout: 20_000 });
  expect(await page.getByRole('heading', { level: 4 }).textContent()).toContain('北京市');
  expect(await rows.first().locator('td').first().textContent()).toBe('1');
  await page.screenshot({ path: path.join(shots, 'city-ranking-public.png') });
  await context.close();
});
