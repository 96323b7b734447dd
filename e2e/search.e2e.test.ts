import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiAs, LAPTOP, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

/**
 * 案件查询 (issue 14): the operator types a caller's phone at intake, opens all of that phone's earlier cases
 * (newest first) from the caller panel, and searches by words of a description — in both languages.
 */
const CALLER = '13700003333';
let env: E2eEnv;
let older: string;
let newer: string;

beforeAll(async () => {
  env = await startE2e();
  const grid = await env.server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.boundary'])
    .where('u.username', '=', 'grid_worker')
    .orderBy('g.code')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary) as [number, number];
  const op = await apiAs(env, 'operator');
  const report = async (description: string) => {
    const res = await op('POST', '/api/cases', {
      requestType: 'complaint',
      description,
      reporterName: '王建国',
      reporterPhone: CALLER,
      address: '金谷东园12号楼',
      lon,
      lat,
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  older = await report('小区北门外的窨井盖松动，踩上去晃得厉害，老人孩子经过很危险');
  newer = await report('楼下烧烤店油烟直排，窗户都不敢开，晚上十二点还在营业');
}, 240_000);

afterAll(async () => {
  await env?.close();
});

const signIn = (lang: 'zh-CN' | 'en-US'): Promise<Page> =>
  signedInPage(env, 'operator', { lang, device: LAPTOP });

const resultIds = async (page: Page) =>
  page.getByTestId('search-results').getByTestId('case-link').allTextContents();

for (const locale of ['zh-CN', 'en-US'] as const) {
  it(`intake: a phone typed opens all of the caller's earlier cases, newest first (${locale})`, async () => {
    const page = await signIn(locale);
    await page.goto(`${env.server.url}/cases/new`);
    await page.getByTestId('intake-phone').fill(CALLER);
    await page.getByTestId('bv-caller-all').click();
    await page.waitForURL(/\/cases\/search$/);
    // the phone never goes into the URL
    expect(page.url()).not.toContain(CALLER);
    await page.getByTestId('search-results').getByText(older).waitFor();
    expect(await resultIds(page)).toEqual([newer, older]);
    const table = (await page.getByTestId('search-results').textContent()) ?? '';
    expect(table).toContain('137****3333');
    expect(table).not.toContain(CALLER);
    expect(await page.getByTestId('search-kind').textContent()).toBe(
      locale === 'zh-CN' ? '按来电号码' : 'by phone',
    );
    await page.screenshot({ path: path.join(shots, `search-caller-${locale}.png`), fullPage: false });
    await page.context().close();
  }, 90_000);

  it(`search by words of the description (${locale})`, async () => {
    const page = await signIn(locale);
    await page.goto(`${env.server.url}/cases/search`);
    await page.getByTestId('search-box').locator('input').fill('窨井盖 松动');
    await page.getByTestId('search-box').locator('input').press('Enter');
    await page.getByTestId('search-results').getByText(older).waitFor();
    const ids = await resultIds(page);
    expect(ids[0]).toBe(older);
    expect(ids).not.toContain(newer);
    expect(await page.getByTestId('search-summary').textContent()).toMatch(
      locale === 'zh-CN' ? /共 \d+ 件/ : /Cases found: \d+/,
    );
    await page.screenshot({ path: path.join(shots, `search-words-${locale}.png`), fullPage: false });
    await page.context().close();
  }, 90_000);
}
