import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../apps/server/src/server.ts';
import { shots, startE2e, type E2eEnv } from './harness.ts';

/** What the public and residents see: the report form's publication notice, the resident's data, staff hiding. */

let server: Running;
let browser: Browser;
let e2e: E2eEnv;
let point: { longitude: number; latitude: number };

beforeAll(async () => {
  ({ server, browser } = e2e = await startE2e());
  const grid = await server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select('g.boundary')
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  point = { longitude: lon!, latitude: lat! };
});

afterAll(async () => e2e?.close());

it('the report form tells whether the category is published; the resident sees their data; staff hide the case', async () => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    locale: 'zh-CN',
    geolocation: point,
    permissions: ['geolocation'],
  });
  const resident = await phone.newPage();
  await resident.goto(`${server.url}/report`);
  await resident
    .getByTestId('report-description')
    .fill('小区东门垃圾桶旁暴露垃圾堆了好几天，我是赵大海 13912345678');
  await resident.getByTestId('report-category').click();
  await resident.keyboard.type('暴露垃圾');
  await resident.keyboard.press('Enter');
  const notice = resident.getByTestId('report-publication');
  await expect.poll(() => notice.innerText()).toContain('脱敏后公开');
  await resident.getByTestId('report-gps').click();
  await resident.getByTestId('report-point').waitFor();
  await resident.getByTestId('report-name').fill('赵大海');
  await resident.getByTestId('report-phone').fill('13912345678');
  await resident.screenshot({ path: path.join(shots, 'privacy-01-report-published.png'), fullPage: true });
  await resident.getByTestId('report-keep-private').click();
  await expect.poll(() => notice.innerText()).toContain('不会公开');
  await resident.getByTestId('report-keep-private').click();
  await resident.getByTestId('report-submit').click();
  await resident.getByTestId('report-receipt').waitFor();
  const caseNumber = (await resident.getByTestId('report-case-number').innerText()).replace(/\D/g, '');
  const trackingUrl = await resident.getByTestId('report-tracking-link').innerText();

  await resident.goto(trackingUrl.startsWith('http') ? trackingUrl : `${server.url}${trackingUrl}`);
  await resident.getByTestId('track-mydata-open').click();
  const published = resident.getByTestId('track-published-text');
  await published.waitFor();
  expect(await published.innerText()).toContain('139****5678');
  expect(await published.innerText()).not.toContain('赵大海');
  const mydata = await resident.getByTestId('track-mydata').innerText();
  expect(mydata).toContain('赵**');
  expect(mydata).toContain('139****5678');
  expect(mydata).not.toContain('13912345678');
  await resident.getByTestId('track-mydata').scrollIntoViewIfNeeded();
  await resident.screenshot({ path: path.join(shots, 'privacy-02-track-mydata.png'), fullPage: true });

  // the dispatcher sees the publication and hides the case
  const office = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const staff = await office.newPage();
  await staff.goto(`${server.url}/login`);
  await staff.locator('#username').fill('dispatcher');
  await staff.locator('#password').fill('Demo@12345');
  await staff.getByTestId('login-submit').click();
  await staff.waitForURL((u) => !u.pathname.startsWith('/login'));
  await staff.goto(`${server.url}/cases/${caseNumber}`);
  const card = staff.getByTestId('case-publication');
  await card.waitFor();
  await expect.poll(() => card.innerText()).toContain('已脱敏公开');
  await card.scrollIntoViewIfNeeded();
  await staff.screenshot({ path: path.join(shots, 'privacy-03-case-publication.png'), fullPage: true });
  await staff.getByTestId('case-publication-toggle').click();
  await staff.locator('.ant-modal textarea').fill('描述中含有个人信息');
  await staff.locator('.ant-modal .ant-btn-primary').click();
  await expect.poll(() => card.innerText()).toContain('工作人员已设为不公开');

  // the administrator's category form carries the flags
  await staff.goto(`${server.url}/login`);
  const admin = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  ).newPage();
  await admin.goto(`${server.url}/login`);
  await admin.locator('#username').fill('admin');
  await admin.locator('#password').fill('Demo@12345');
  await admin.getByTestId('login-submit').click();
  await admin.waitForURL((u) => !u.pathname.startsWith('/login'));
  await admin.goto(`${server.url}/admin/categories`);
  await admin.getByText('公开发布').first().waitFor();
  await admin.screenshot({ path: path.join(shots, 'privacy-04-categories.png') });
  await phone.close();
  await office.close();
});
