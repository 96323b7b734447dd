import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiAs, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

/*
 * A whole city (issue 14): with DEMO_SCOPE=city the city 12345 centre forwards a case to 平谷区, the district's
 * dispatcher sends it down to 滨河街道, the street sends it back up with a reason, and the district finds it in its
 * 派单 queue and reads the reason on the case page — all through the case page's 派单席位 card.
 */
const COMMUNITY_PATH = '110000000000/110117000000/110117001000/110117001001/';
const REASON = '该路段由公路分局养护，不属本街道职责';
let env: E2eEnv;
let caseId: string;

const saved = { scope: process.env.DEMO_SCOPE, scale: process.env.DEMO_BASE_SCALE };
const restore = (name: string, value: string | undefined) => {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
};

beforeAll(async () => {
  process.env.DEMO_SCOPE = 'city';
  // the base data plays no part here: a small one keeps the first start short
  process.env.DEMO_BASE_SCALE ??= '0.05';
  env = await startE2e();
  // a hotline case awaiting dispatch at the city centre (intake would route and dispatch it at once)
  caseId = String(2026120700000000 + Math.floor(Math.random() * 1_000_000));
  await sql`
    INSERT INTO "case" (id, status, request_type, channel, urgency, title, description, region_path,
      district_code, street_code, community_code)
    VALUES (${caseId}, 'registered', 'complaint', 'hotline', 'ordinary', '公路边路灯不亮',
      '京平高速辅路金谷东园段路灯连续三晚不亮', ${COMMUNITY_PATH}, '110117000000', '110117001000',
      '110117001001')`.execute(env.server.db);
}, 900_000);
afterAll(async () => {
  await env?.close();
  // other browser tests in this worker start the default demo
  restore('DEMO_SCOPE', saved.scope);
  restore('DEMO_BASE_SCALE', saved.scale);
});

async function openCase(username: string): Promise<Page> {
  const page = await signedInPage(env, username, { from: `/cases/${caseId}` });
  await page.getByTestId('case-desk').waitFor();
  return page;
}

async function forwardTo(page: Page, label: string): Promise<void> {
  await page.getByTestId('case-desk-target').click();
  await page.locator('.ant-select-item-option', { hasText: label }).click();
  await page.getByTestId('case-desk-forward').click();
  await expect.poll(() => page.getByTestId('case-desk-at').innerText()).toContain(label);
}

it('city → district → street, sent back up with a reason, seen by the district in its queue', async () => {
  const city = await openCase('city_dispatcher');
  await expect.poll(() => city.getByTestId('case-desk-at').innerText()).toContain('尚未转派');
  await forwardTo(city, '平谷区人民政府');
  await city.screenshot({ path: path.join(shots, 'city-forwarded-to-district.png'), fullPage: true });
  await city.context().close();

  const district = await openCase('dispatcher');
  await forwardTo(district, '滨河街道办事处');
  await district.context().close();

  const street = await openCase('street_lead');
  await street.getByTestId('case-desk-reason').fill(REASON);
  await street.getByTestId('case-desk-send-back').click();
  await expect.poll(() => street.getByTestId('case-desk-at').innerText()).toContain('平谷区人民政府');
  await street.context().close();

  // in the district's 派单 queue again (the city's no longer)
  const queue = async (username: string) => {
    const res = await (await apiAs(env, username))('GET', '/api/cases?view=queue&q=公路边路灯不亮');
    return ((await res.json()) as { items: { id: string }[] }).items.map((c) => c.id);
  };
  expect(await queue('dispatcher')).toContain(caseId);
  expect(await queue('city_dispatcher')).not.toContain(caseId);
  const back = await openCase('dispatcher');
  await expect
    .poll(() => back.getByTestId('case-desk-sent-back').innerText(), { timeout: 20_000 })
    .toContain(REASON);
  // the timeline says it in words
  const timeline = await back.getByTestId('case-timeline').innerText();
  expect(timeline).toContain('转派至平谷区人民政府');
  expect(timeline).toContain('退回平谷区人民政府');
  await back.screenshot({ path: path.join(shots, 'city-sent-back.png'), fullPage: true });
  await back.context().close();
}, 300_000);

it('the duty list shows where each entry comes from: the city-wide one overridden by 平谷区’s own', async () => {
  const page = await signedInPage(env, 'admin', { from: '/admin/duties' });
  await page.getByTestId('duty-source').first().waitFor();
  const sources = await page.getByTestId('duty-source').allInnerTexts();
  expect(sources).toEqual(expect.arrayContaining(['市级通用', '区级']));
  expect(await page.getByTestId('duty-overridden').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(shots, 'city-duty-sources.png'), fullPage: false });
  await page.context().close();
}, 120_000);
