import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// People's mediation (issue 11): a neighbours' dispute reported as a case goes from the case page to a mediation
// file, through screening, the rights notice, a mediator, a session and a written agreement, to the printed
// 调解协议书 with the file number and the terms.
let env: E2eEnv;
let caseId = '';
beforeAll(async () => {
  env = await startE2e();
  const grid = await env.server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select('g.boundary')
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  const login = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'resident', password: 'Demo@12345' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${env.server.url}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      requestType: 'complaint',
      description: '楼上卫生间漏水，我家天花板泡坏了，和楼上协商维修费用谈不拢',
      lon,
      lat,
    }),
  });
  expect(created.status).toBe(201);
  caseId = String(((await created.json()) as { id: string }).id);
});
afterAll(async () => env?.close());

async function staffPage(username: string): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript(() => localStorage.setItem('og_lang', 'zh-CN'));
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Runs one step of the file: its button, the modal's fields, OK; waits for the modal to close. */
async function step(page: Page, action: string, fill: () => Promise<void> = async () => {}) {
  await page.getByTestId(`med-action-${action}`).click();
  const modal = page.locator('.ant-modal').last();
  await modal.waitFor();
  await fill();
  await modal.locator('.ant-modal-footer .ant-btn-primary').click();
  await modal.waitFor({ state: 'hidden' });
}

it('runs a dispute from a case through mediation to a printed agreement', async () => {
  const page = await staffPage('street_lead');
  await page.goto(`${env.server.url}/cases/${caseId}`);
  await page.getByTestId('case-to-mediation').click();
  await page.waitForURL(/\/mediation\/new\?caseId=/);
  await page.locator('#summary').fill('602 室卫生间漏水致 502 室天花板受损，双方就维修费用协商不成');
  await page.locator('#request').fill('请求调解维修费用的承担');
  await page.locator('#parties_0_name').fill('王小明');
  await page.locator('#parties_0_phone').fill('13912345678');
  await page.locator('#parties_0_address').fill('金谷东园3号楼502');
  await page.locator('#parties_1_name').fill('李大海');
  await page.locator('#parties_1_address').fill('金谷东园3号楼602');
  await page.screenshot({ path: path.join(shots, 'mediation-new.zh-CN.png'), fullPage: true });
  await page.getByTestId('med-submit').click();
  await page.waitForURL(/\/mediation\/[0-9a-f-]{36}$/);
  const fileNo = (await page.getByTestId('med-file-no').innerText()).trim();
  expect(fileNo).toMatch(/^（\d{4}）.+人调字第\d+号$/);

  await step(page, 'screen_accept');
  await step(page, 'give_notice');
  await step(page, 'assign', async () => {
    await page.locator('.ant-modal .ant-select').first().click();
    await page.locator('.ant-select-item-option').filter({ hasText: '刘海燕' }).click();
  });
  await step(page, 'hold_session', async () => {
    await page.locator('#heldAt').fill('2026-12-05T10:00');
    await page.locator('#place').fill('社区人民调解室');
    await page.locator('#record').fill('双方陈述事实；经调解员释法说理，双方同意按维修报价分担费用。');
  });
  await step(page, 'agree_written', async () => {
    await page.locator('#facts').fill('602 室卫生间防水层老化漏水，致 502 室天花板受损');
    await page.locator('#terms').fill('李大海承担维修费用人民币 3000 元\n王小明配合维修人员入户施工');
    await page.locator('#manner').fill('现金一次性支付');
    await page.locator('#performBy').fill('2026-12-20');
    for (const box of await page.locator('.ant-modal .ant-checkbox-input').all()) await box.check();
  });
  await page.getByTestId('med-agreement').waitFor();
  await page.getByText('司法确认').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'mediation-file.zh-CN.png'), fullPage: true });

  await page.getByTestId('med-print-agreement').click();
  await page.waitForURL(/\/print\/agreement$/);
  const paper = page.getByTestId('med-print');
  await paper.waitFor();
  await expect.poll(() => paper.innerText()).toContain(fileNo);
  const text = await paper.innerText();
  expect(text).toContain('人民调解协议书');
  expect(text).toContain('李大海承担维修费用人民币 3000 元');
  expect(text).toContain('王小明');
  expect(text).toContain('人民调解委员会');
  expect(text).toContain('（印章）');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, 'mediation-agreement-print.zh-CN.png'), fullPage: true });
  // the print view shows the sheet alone
  expect(await page.locator('.ant-layout-sider').first().isVisible()).toBe(false);

  // the file is among those whose court-confirmation window is open
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${env.server.url}/mediation`);
  await page.getByText('司法确认期内').click();
  await page.getByText(fileNo).waitFor();
  await page.screenshot({ path: path.join(shots, 'mediation-list.zh-CN.png'), fullPage: true });
  await page.goto(`${env.server.url}/mediation/stats`);
  await page.getByText('调解成功率').waitFor();
  await page.screenshot({ path: path.join(shots, 'mediation-stats.zh-CN.png'), fullPage: true });
});
