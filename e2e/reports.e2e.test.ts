import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// 一表通: the demo community fills its 高龄老人 instance with two corrected cells and submits it; 民政局 accepts it.
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => env?.close());

async function staffPage(username: string, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
  await context.addInitScript((l) => localStorage.setItem('og_lang', l), lang);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

const cell = (page: Page, key: string) =>
  page.locator(`input[data-testid="cell-${key}"], [data-testid="cell-${key}"] input`).first();

it('a community corrects two pre-filled cells, fills the gaps and submits; the department accepts', async () => {
  const community = await staffPage('community_lead');
  await community.goto(`${env.server.url}/reports`);
  await community.getByTestId('instance-高龄老人津贴发放月报').click();
  await community.waitForURL(/\/reports\/instances\//);
  const instanceUrl = community.url();
  await community.getByTestId('source-age80').waitFor();
  const before80 = Number(await cell(community, 'age80').inputValue());
  const before90 = Number(await cell(community, 'age90').inputValue());
  await cell(community, 'age80').fill(String(before80 + 2));
  await cell(community, 'age90').fill(String(before90 + 1));
  await community.getByTestId('reason-age80').fill('入户核实：两位老人新迁入，尚未录入');
  await community.getByTestId('reason-age90').fill('一位老人户籍在外地，实际居住本社区');
  await cell(community, 'new_claims').fill('3');
  await cell(community, 'visits').fill('41');
  await community.getByTestId('corrected-age90').waitFor();
  await community.getByTestId('source-age80').hover();
  await community.screenshot({ path: path.join(shots, 'reports-instance-fill.zh-CN.png'), fullPage: true });
  await community.getByTestId('instance-submit').click();
  await community.getByText('已报送').first().waitFor();

  const id = instanceUrl.split('/').pop()!;
  const dept = await staffPage('mzj_handler');
  await dept.goto(`${env.server.url}/reports/instances/${id}`);
  await dept.getByTestId('corrected-age80').waitFor();
  await dept.screenshot({ path: path.join(shots, 'reports-instance-review.zh-CN.png'), fullPage: true });
  await dept.getByTestId('instance-accept').click();
  await dept.getByText('已接收').first().waitFor();

  const row = await env.server.db
    .selectFrom('report_instance')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  expect(row.status).toBe('accepted');
  const corrected = await env.server.db
    .selectFrom('report_cell')
    .select(['column_key', 'value', 'original', 'reason'])
    .where('instance_id', '=', id)
    .where('corrected', '=', true)
    .orderBy('column_key')
    .execute();
  expect(corrected.map((c) => [c.column_key, c.value, c.original])).toEqual([
    ['age80', before80 + 2, before80],
    ['age90', before90 + 1, before90],
  ]);

  // the department's consolidated table and the savings overview
  const sending = await env.server.db
    .selectFrom('report_instance')
    .select('sending_id')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await dept.goto(`${env.server.url}/reports/sendings/${sending.sending_id}`);
  await dept.getByTestId('export-xlsx').waitFor();
  await dept.screenshot({ path: path.join(shots, 'reports-consolidated.zh-CN.png') });
  await dept.goto(`${env.server.url}/reports?tab=savings`);
  await dept.getByTestId('savings').waitFor();
  await dept.screenshot({ path: path.join(shots, 'reports-savings.zh-CN.png'), fullPage: true });

  // English: the administrator's approval queue and catalogue; the department's instance
  const admin = await staffPage('admin', 'en-US');
  await admin.goto(`${env.server.url}/reports?tab=approval`);
  await admin.getByText('Approve').first().waitFor();
  await admin.screenshot({ path: path.join(shots, 'reports-approval.en-US.png') });
  await admin.goto(`${env.server.url}/reports?tab=savings`);
  await admin.getByTestId('savings').waitFor();
  await admin.screenshot({ path: path.join(shots, 'reports-savings.en-US.png'), fullPage: true });
  const deptEn = await staffPage('mzj_handler', 'en-US');
  await deptEn.goto(`${env.server.url}/reports/instances/${id}`);
  await deptEn.getByTestId('corrected-age80').waitFor();
  await deptEn.screenshot({ path: path.join(shots, 'reports-instance.en-US.png'), fullPage: true });
  await deptEn.goto(`${env.server.url}/reports?tab=catalogue`);
  await deptEn.getByTestId('new-template').click();
  await deptEn.getByTestId('template-save').waitFor();
  await deptEn.screenshot({ path: path.join(shots, 'reports-editor.en-US.png') });
});
