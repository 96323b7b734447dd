import path from 'node:path';
import { residentIdCheckChar } from '@onegrid/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../apps/server/src/server.ts';
import { shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

/** 基础数据: the masked population list, a person revealed with a reason, houses, organisations, a department's tag view, an import with bad rows. */

const COMMUNITY = '110117001001';
const STREET = '110117001000';
let server: Running;
let e2e: E2eEnv;
let personId = '';
let idNumber = '';

async function session(username: string) {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${server.url}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
}

let seq = 100;
const newId = (birth: string) => {
  const first17 = `110117${birth}${++seq}`;
  return first17 + residentIdCheckChar(first17);
};

beforeAll(async () => {
  ({ server } = e2e = await startE2e());
  const db = server.db;
  const gw = await db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .select('w.grid_code')
    .where('u.username', '=', 'grid_worker')
    .orderBy('w.grid_code')
    .executeTakeFirstOrThrow();
  const unitOf = async (username: string) =>
    (
      await db
        .selectFrom('app_user')
        .select('unit_id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).unit_id;
  const houses: string[] = [];
  for (const [i, name] of [
    '金谷东园3号楼2单元501',
    '金谷东园3号楼2单元502',
    '金谷东园5号楼1单元101',
  ].entries()) {
    const a = await db
      .insertInto('address_node')
      .values({
        kind: 'room',
        name,
        full_name: `平谷区滨河街道${name}`,
        street_code: STREET,
        community_code: COMMUNITY,
        grid_code: gw.grid_code,
        sort: i,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const h = await db
      .insertInto('house')
      .values({
        address_id: a.id,
        street_code: STREET,
        community_code: COMMUNITY,
        grid_code: gw.grid_code,
        area: 86.5,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    houses.push(h.id);
  }
  const lead = await session('street_lead');
  const people = [
    ['王建国', '19580312', 'registered', '13911112222'],
    ['李秀英', '19410708', 'registered', '13922223333'],
    ['张伟', '19900101', 'floating', '13933334444'],
    ['刘洋', '19851120', 'floating', '13944445555'],
    ['陈静', '20120605', 'registered', null],
    ['赵磊', '19770214', 'unsettled', '13955556666'],
  ] as const;
  const ids: string[] = [];
  for (const [i, [name, birth, pop, phone]] of people.entries()) {
    const id = newId(birth);
    const p = await lead<{ id: string }>('POST', '/api/basedata/persons', {
      name,
      idNumber: id,
      ...(phone ? { phone } : {}),
      ethnicity: '汉族',
      hukouAddress: '北京市平谷区滨河街道',
      residence: { houseId: houses[i % 3]!, populationType: pop, relationToHead: i % 2 ? '配偶' : '户主' },
    });
    ids.push(p.id);
    if (i === 0) {
      personId = p.id;
      idNumber = id;
    }
  }
  await lead('POST', `/api/basedata/persons/${ids[0]}/tags`, {
    tag: 'community_correction',
    level: 'strict',
    responsibleUnitId: await unitOf('sfj_handler'),
  });
  await lead('POST', `/api/basedata/persons/${ids[0]}/tags`, {
    tag: 'dibao',
    responsibleUnitId: await unitOf('mzj_handler'),
  });
  await lead('POST', `/api/basedata/persons/${ids[1]}/tags`, {
    tag: 'elderly_alone',
    level: 'high_risk',
    responsibleUnitId: await unitOf('mzj_handler'),
  });
  await lead('POST', `/api/basedata/persons/${ids[1]}/tags`, {
    tag: 'dibao',
    responsibleUnitId: await unitOf('mzj_handler'),
  });
  await lead('POST', `/api/basedata/persons/${ids[5]}/tags`, {
    tag: 'disabled',
    level: '2',
    responsibleUnitId: await unitOf('cl_handler'),
  });
  await lead('PATCH', `/api/basedata/persons/${ids[0]}`, {
    version: 1,
    phone: '13911119999',
    reason: '入户核实更新电话',
  });
  await lead('PUT', `/api/basedata/houses/${houses[2]}/rental`, {
    use: 'housing',
    rooms: 3,
    occupantLimit: 4,
    occupantActual: 7,
    hazard: 'serious',
    managementClass: 'A',
    filingNo: 'CZ-2026-0117',
  });
  const org = await lead<{ id: string }>('POST', '/api/basedata/organisations', {
    kind: 'place',
    typeCode: 'catering',
    name: '滨河小吃城',
    creditCode: '91110117MA01ABCD1X',
    legalRepId: ids[3],
    communityCode: COMMUNITY,
    gridCode: gw.grid_code,
    keyFire: true,
    keyPublicOrder: true,
    employeeCount: 12,
  });
  await lead('POST', `/api/basedata/organisations/${org.id}/hazards`, {
    foundOn: '2026-12-01',
    description: '后厨灭火器过期，疏散通道堆放杂物',
    level: 'serious',
    rectifyBy: '2026-12-10',
  });
  await lead('POST', `/api/basedata/organisations/${org.id}/employees`, {
    personId: ids[2],
    position: '厨师',
  });
  await lead('POST', '/api/basedata/organisations', {
    kind: 'unit',
    typeCode: 'logistics',
    name: '平谷顺达物流有限公司',
    communityCode: COMMUNITY,
    keyWorkSafety: true,
    employeeCount: 40,
  });
});

afterAll(async () => e2e?.close());

const signIn = (username: string, lang: 'zh-CN' | 'en-US'): Promise<Page> =>
  signedInPage(e2e, username, { lang });

/** A screenshot once no table is loading any more. */
async function shot(page: Page, name: string) {
  await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 15_000 }).toBe(0);
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

for (const lang of ['zh-CN', 'en-US'] as const) {
  it(`base data pages (${lang}): masked list, reveal with a reason, houses, organisations, import errors`, async () => {
    const page = await signIn('street_lead', lang);
    const tag = lang === 'zh-CN' ? 'zh' : 'en';
    // The demo community has hundreds of persons of its own: find the test's one by its (exact) name.
    await page.goto(
      `${server.url}/basedata/persons?communityCode=${COMMUNITY}&name=${encodeURIComponent('王建国')}`,
    );
    const rows = page.getByTestId('bd-persons').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('bd-persons').innerText()).toContain('王**');
    await shot(page, `basedata-01-persons-${tag}.png`);

    await page.goto(`${server.url}/basedata/persons/${personId}`);
    await page.getByTestId('bd-field-idNumber').waitFor();
    expect(await page.getByTestId('bd-field-idNumber').innerText()).toContain('****');
    await page.getByTestId('bd-reveal').click();
    await page
      .getByTestId('bd-reveal-reason')
      .fill(lang === 'zh-CN' ? '入户走访核对身份' : 'Home visit: checking identity');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect
      .poll(() => page.getByTestId('bd-field-idNumber').innerText(), { timeout: 15_000 })
      .toContain(idNumber);
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await shot(page, `basedata-02-person-revealed-${tag}.png`);

    await page.goto(`${server.url}/basedata/houses?rental=true`);
    await page.getByTestId('bd-houses').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, `basedata-03-houses-${tag}.png`);

    await page.goto(`${server.url}/basedata/organisations?q=${encodeURIComponent('滨河小吃城')}`);
    const orgRow = page.getByTestId('bd-orgs').locator('tbody tr.ant-table-row', { hasText: '滨河小吃城' });
    await orgRow.locator('.ant-table-row-expand-icon').click();
    await page.getByText('后厨灭火器过期').first().waitFor();
    await shot(page, `basedata-04-organisations-${tag}.png`);

    await page.goto(`${server.url}/basedata/import`);
    const csv = [
      '姓名*,公民身份号码*,性别,联系电话,人口类型*,社区代码*,网格编码',
      `周一,${newId('19700101')},,,户籍,${COMMUNITY},`,
      `周二,110117197001010019,,,户籍,${COMMUNITY},`,
      `周三,${newId('19700102')},男,12345,火星,${COMMUNITY},`,
      `,${newId('19700103')},,,户籍,999999999999,`,
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'police.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('bd-import-problems').waitFor();
    expect(
      await page.getByTestId('bd-import-problems').locator('tbody tr.ant-table-row').count(),
    ).toBeGreaterThanOrEqual(5);
    await shot(page, `basedata-05-import-errors-${tag}.png`);
    await page.context().close();
  });
}

it('a department sees the persons of its tags only (民政局: 低保)', async () => {
  const page = await signIn('mzj_handler', 'zh-CN');
  await page.goto(`${server.url}/basedata/tagged?tag=dibao`);
  const rows = page.getByTestId('bd-tagged').locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await shot(page, 'basedata-06-tagged-mzj-zh.png');
  await page.goto(`${server.url}/basedata/persons/${personId}`);
  await page.getByTestId('bd-tags').waitFor();
  // the department reads its tag's person, but does not keep the population: no verify button
  expect(await page.getByRole('button', { name: '核实' }).count()).toBe(0);
  await shot(page, 'basedata-07-person-as-mzj-zh.png');
  await page.context().close();
});
