import path from 'node:path';
import { districtOf, centroidOf } from '@onegrid/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

/**
 * One collection, many uses (issue 10): the base data read back where work happens — the caller panel at intake,
 * what is known at a case's place, live counts on the map, what is near a whistle — in both languages.
 */
const PHONE = '13700002222';
let env: E2eEnv;
let caseId: string;
let whistleId: string;
let communityName: string;

async function apiLogin(username: string) {
  const res = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

beforeAll(async () => {
  env = await startE2e();
  const db = env.server.db;
  const grid = await db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .innerJoin('region as r', 'r.code', 'g.community_code')
    .select(['g.code', 'g.boundary', 'g.community_code', 'r.name', 'r.parent_code'])
    .where('u.username', '=', 'grid_worker')
    .orderBy('g.code')
    .executeTakeFirstOrThrow();
  communityName = grid.name;
  const [lon, lat] = centroidOf(grid.boundary) as [number, number];
  const place = { street_code: grid.parent_code!, community_code: grid.community_code, grid_code: grid.code };

  // The caller's earlier case, taken by the operator: its phone's blind index and the caller's encrypted name are
  // what the person row below reuses (the test has no key of its own).
  const op = await apiLogin('operator');
  const created = await fetch(`${env.server.url}/api/cases`, {
    method: 'POST',
    headers: op,
    body: JSON.stringify({
      requestType: 'complaint',
      description: '楼道里堆满杂物，消防通道被堵，物业不管',
      reporterName: '李秀兰',
      reporterPhone: PHONE,
      address: '金谷东园9号楼',
      lon,
      lat,
    }),
  });
  expect(created.status).toBe(201);
  caseId = ((await created.json()) as { id: string }).id;
  const c = await db
    .selectFrom('case')
    .select(['reporter_phone_hash', 'reporter_name_enc'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();

  const units = Object.fromEntries(
    (await db.selectFrom('app_user').select(['username', 'unit_id']).execute()).map((u) => [
      u.username,
      u.unit_id,
    ]),
  );
  const building = await db
    .insertInto('address_node')
    .values({ kind: 'building', name: '9号楼', full_name: '金谷东园9号楼', ...place, lon, lat })
    .returning('id')
    .executeTakeFirstOrThrow();
  const home = async (room: string) => {
    const n = await db
      .insertInto('address_node')
      .values({
        parent_id: building.id,
        kind: 'room',
        name: room,
        full_name: `金谷东园9号楼${room}`,
        ...place,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (
      await db
        .insertInto('house')
        .values({ address_id: n.id, ...place })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  };
  const person = async (houseId: string, masked: string, phoneHash: string | null) => {
    const p = await db
      .insertInto('person')
      .values({
        name_enc: c.reporter_name_enc!,
        name_hash: `e2e-${masked}`,
        name_masked: masked,
        phone_hash: phoneHash,
        ...place,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('residence')
      .values({ person_id: p.id, house_id: houseId, population_type: 'registered', ...place })
      .execute();
    return p.id;
  };
  const h1 = await home('1单元201室');
  const caller = await person(h1, '李**', c.reporter_phone_hash);
  await db
    .insertInto('person_tag')
    .values({
      person_id: caller,
      tag: 'elderly_alone',
      responsible_unit_id: units.mzj_handler,
      details: '{}',
      ...place,
    })
    .execute();
  const h2 = await home('1单元101室');
  await db
    .insertInto('rental')
    .values({
      house_id: h2,
      use: 'housing',
      hazard: 'serious',
      occupant_limit: 4,
      occupant_actual: 7,
      ...place,
    })
    .execute();
  const org = await db
    .insertInto('organisation')
    .values({
      kind: 'place',
      type_code: 'catering',
      name: '九号楼底商小饭馆',
      address_id: building.id,
      address_text: '金谷东园9号楼底商',
      ...place,
      key_fire: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('org_hazard')
    .values({
      organisation_id: org.id,
      district_code: districtOf(place.street_code),
      found_on: '2026-12-01',
      description: '后厨燃气软管老化',
      level: 'serious',
    })
    .execute();

  // A whistle 80 m away summoning 民政局.
  const office = await db
    .selectFrom('unit')
    .select(['id', 'jurisdiction_path'])
    .where('kind', '=', 'street_office')
    .where('jurisdiction_code', '=', place.street_code)
    .executeTakeFirstOrThrow();
  const lead = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'street_lead')
    .executeTakeFirstOrThrow();
  const w = await db
    .insertInto('whistle')
    .values({
      street_unit_id: office.id,
      street_code: place.street_code,
      region_path: office.jurisdiction_path,
      kind: 'joint_enforcement',
      title: '金谷东园9号楼消防通道联合整治',
      address: '金谷东园9号楼',
      lon: lon + 0.0008,
      lat,
      report_in_minutes: 30,
      report_due_at: new Date(Date.now() + 30 * 60_000),
      opened_by: lead.id,
    })
    .returning(['id', 'district_code'])
    .executeTakeFirstOrThrow();
  whistleId = w.id;
  await db
    .insertInto('whistle_summon')
    .values({
      whistle_id: whistleId,
      district_code: w.district_code,
      unit_id: units.mzj_handler!,
      summoned_at: new Date(),
      due_at: new Date(Date.now() + 30 * 60_000),
    })
    .execute();
}, 240_000);

afterAll(async () => {
  await env?.close();
});

const signIn = (lang: 'zh-CN' | 'en-US', username: string): Promise<Page> =>
  signedInPage(env, username, { lang, device: { viewport: { width: 1440, height: 1000 } } });

for (const locale of ['zh-CN', 'en-US'] as const) {
  it(`intake finds the caller and fills the address (${locale})`, async () => {
    const page = await signIn(locale, 'operator');
    await page.goto(`${env.server.url}/cases/new`);
    await page.getByTestId('intake-phone').fill(PHONE);
    const panel = page.getByTestId('bv-caller');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('李**');
    expect(await panel.textContent()).not.toContain('李秀兰');
    await page.getByTestId('bv-caller-cases').getByText(caseId).waitFor();
    await page.getByTestId('bv-caller-use').click();
    await expect.poll(() => page.getByTestId('intake-address').inputValue()).toBe('金谷东园9号楼1单元201室');
    await page.screenshot({ path: path.join(shots, `bv-intake-caller-${locale}.png`), fullPage: false });
    await page.context().close();
  }, 60_000);

  it(`the case shows what is known at its place, as the street lead may see it (${locale})`, async () => {
    const page = await signIn(locale, 'street_lead');
    await page.goto(`${env.server.url}/cases/${caseId}`);
    const card = page.getByTestId('bv-place-facts');
    await card.waitFor();
    await card.getByText('九号楼底商小饭馆').waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(locale === 'zh-CN' ? '独居老人' : 'Elderly living alone');
    expect(text).toContain('1单元101室');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `bv-case-place-${locale}.png`), fullPage: false });
    await page.context().close();
  }, 60_000);

  it(`the map shows live counts of the base (${locale})`, async () => {
    const page = await signIn(locale, 'admin');
    await page.goto(`${env.server.url}/admin/map`);
    await page.locator('.ant-input-search input').first().fill(communityName);
    await page.locator('.ant-tree-node-content-wrapper', { hasText: communityName }).first().click();
    const counts = page.getByTestId('bv-counts').first();
    await counts.waitFor();
    const direct = await env.server.db
      .selectFrom('residence as r')
      .innerJoin('region as g', 'g.code', 'r.community_code')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('g.name', '=', communityName)
      .where('r.moved_out', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(direct.n)).toBeGreaterThan(0);
    await expect
      .poll(async () => (await counts.locator('.ant-statistic-content').first().textContent()) ?? '')
      .toBe(Number(direct.n).toLocaleString('en-US'));
    await page.screenshot({ path: path.join(shots, `bv-map-counts-${locale}.png`), fullPage: false });
    await page.context().close();
  }, 60_000);

  it(`the summoned department sees key units and its households near the whistle (${locale})`, async () => {
    const page = await signIn(locale, 'mzj_handler');
    await page.goto(`${env.server.url}/whistles/${whistleId}`);
    const card = page.getByTestId('bv-whistle-nearby');
    await card.waitFor();
    await card.getByText('九号楼底商小饭馆').waitFor();
    expect(await card.textContent()).toContain(locale === 'zh-CN' ? '独居老人' : 'Elderly living alone');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `bv-whistle-nearby-${locale}.png`), fullPage: false });
    await page.context().close();
  }, 60_000);
}
