import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// 社区准入 (issue 13): a department (司法局) applies to admit a task; the civil-affairs office (民政局) passes the
// preliminary review, opens a round of the joint body, which approves it; the office enters it on the assist list;
// the department now sends a task to the demo community on it — which it could not do before.
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => env?.close());

const TITLE = '社区矫正对象节日走访';
const DEMO_COMMUNITY = '110117001001';

async function staffPage(username: string, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: lang,
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript((l) => localStorage.setItem('og_lang', l), lang);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** A task sent through the API as the department, to see the gate answer. */
async function sendTaskAs(username: string, itemId: string | null): Promise<number> {
  const login = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${env.server.url}/api/admission/tasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      itemId,
      title: '节日走访',
      content: '请走访并记录',
      communityCodes: [DEMO_COMMUNITY],
    }),
  });
  return res.status;
}

/** Types a day into a date picker and presses Enter, which also submits the form it is the last field of. */
async function pickDateAndSubmit(page: Page, testId: string, day: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

it('a department applies, civil affairs reviews, the round approves, the item is listed and a task can be sent', async () => {
  // without an admitted item the department cannot send anything to a community
  expect(await sendTaskAs('sfj_handler', null)).toBe(422);

  const dept = await staffPage('sfj_handler');
  await dept.goto(`${env.server.url}/admission/applications`);
  await dept.getByTestId('adm-apply').click();
  await dept.getByTestId('adm-f-title').fill(TITLE);
  await dept.getByTestId('adm-f-basis').fill('《中华人民共和国社区矫正法》第二十五条');
  await dept
    .getByTestId('adm-f-content')
    .fill('春节、中秋前协助司法所走访社区矫正对象，了解其生活和思想情况。');
  await dept.getByTestId('adm-f-hours').fill('2');
  await dept.getByTestId('adm-f-funding').fill('1200');
  await dept.getByTestId('adm-f-staff').fill('司法所专职社工一名');
  await dept.screenshot({ path: path.join(shots, 'admission-apply.zh-CN.png') });
  await pickDateAndSubmit(dept, 'adm-f-from', '2026-12-01');
  await dept.waitForURL(/\/admission\/applications\/[0-9a-f-]{36}$/);
  await dept.getByText('待初审').first().waitFor();
  const applicationUrl = dept.url();

  // the civil-affairs office: preliminary review, a round, the joint body's decision, entry on the list
  const office = await staffPage('mzj_handler');
  await office.goto(applicationUrl);
  await office.getByTestId('adm-pass').click();
  await office.getByText('初审通过').first().waitFor();
  await office.goto(`${env.server.url}/admission/rounds`);
  await office.getByTestId('adm-new-round').click();
  await office.getByTestId('adm-round-title').fill('2026年第三批社区工作事项准入审核');
  await office.locator('.ant-modal').getByText(TITLE, { exact: false }).click();
  await pickDateAndSubmit(office, 'adm-round-date', '2026-12-20'); // a modal's form: Enter only sets the day
  await office.locator('#adm-round-ok').click();
  await office.waitForURL(/\/admission\/rounds\/[0-9a-f-]{36}$/);
  await office.getByTestId(`adm-decide-${TITLE}`).getByText('同意准入').click();
  await office.getByTestId('adm-minutes').fill('审议 1 项，同意准入 1 项；经费由区司法局按年度拨付。');
  await office.screenshot({ path: path.join(shots, 'admission-round.zh-CN.png') });
  await office.getByTestId('adm-close-round').click();
  await office.getByText('已结束').first().waitFor();
  await office.goto(applicationUrl);
  await office.getByTestId('adm-enter').click();
  await office.getByTestId('adm-to-item').waitFor();
  await office.goto(`${env.server.url}/admission`);
  await office.getByTestId('adm-tab-assist').click();
  await office.getByTestId(`adm-item-${TITLE}`).waitFor();
  await office.screenshot({ path: path.join(shots, 'admission-lists.zh-CN.png'), fullPage: true });

  // the department sends a task on the admitted item
  const item = await env.server.db
    .selectFrom('admission_item')
    .select('id')
    .where('title', '=', TITLE)
    .executeTakeFirstOrThrow();
  const communityName = (
    await env.server.db
      .selectFrom('region')
      .select('name')
      .where('code', '=', DEMO_COMMUNITY)
      .executeTakeFirstOrThrow()
  ).name;
  await dept.goto(`${env.server.url}/admission/items/${item.id}`);
  const form = dept.getByTestId('adm-send-task');
  await form.locator('#title').fill('春节前走访');
  await form.locator('#content').fill('请于春节前完成走访并记录。');
  await form.locator('#communityCodes').fill(communityName);
  await dept.locator('.ant-select-item-option').filter({ hasText: communityName }).first().click();
  await dept.getByTestId('adm-send').click();
  await dept.getByText('已派发到 1 个社区').waitFor();
  await dept.screenshot({ path: path.join(shots, 'admission-item.zh-CN.png'), fullPage: true });
  const tasks = await env.server.db
    .selectFrom('community_task')
    .select(['community_code', 'title'])
    .where('item_id', '=', item.id)
    .execute();
  expect(tasks).toEqual([{ community_code: DEMO_COMMUNITY, title: '春节前走访' }]);

  // English: the community's workload and money, its request outside the lists; the district's counts
  const community = await staffPage('community_lead', 'en-US');
  await community.goto(`${env.server.url}/admission/workload`);
  await community.getByTestId('adm-workload').getByText(TITLE).waitFor();
  await community.screenshot({ path: path.join(shots, 'admission-workload.en-US.png'), fullPage: true });
  await community.goto(`${env.server.url}/admission/offgate`);
  await community.getByTestId('adm-og-requester').fill('区某局综合科');
  await community.getByTestId('adm-og-content').fill('电话要求社区三天内上报辖区全部商铺名单');
  await pickDateAndSubmit(community, 'adm-og-date', '2026-12-05');
  await community.getByText('Reported to the civil-affairs bureau').waitFor();
  await community.screenshot({ path: path.join(shots, 'admission-offgate.en-US.png'), fullPage: true });
  const district = await staffPage('mzj_handler', 'en-US');
  await district.goto(`${env.server.url}/admission/offgate`);
  await district.getByText('电话要求社区三天内上报辖区全部商铺名单').waitFor();
  await district.screenshot({
    path: path.join(shots, 'admission-offgate-district.en-US.png'),
    fullPage: true,
  });
  await district.goto(`${env.server.url}/admission`);
  await district.getByTestId('adm-tab-negative').click();
  await district.getByTestId('adm-item-招商引资').waitFor();
  await district.screenshot({ path: path.join(shots, 'admission-negative.en-US.png'), fullPage: true });
}, 300_000);
