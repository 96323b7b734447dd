import path from 'node:path';
import { sql } from 'kysely';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notifyOverdueDisclosures } from '../apps/server/src/modules/disclosure/disclosure.jobs.ts';
import { waitFor } from '../apps/server/src/test/wait.ts';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// 村(居)务公开 (issue 13), a disclosure published and then overdue: the community's staff publish last month's
// finance; the public page shows it on a phone; then three months pass without another publication (the entry's
// dates are moved back — no sleeping), the sweep raises the alert, and the entry shows as overdue on the staff's
// catalogue, on the public page, and with the alert on the street's overview.
const COMMUNITY = '110117001001';
const FINANCE = '财务收支情况';
let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => env?.close());

async function browserPage(
  opts: { username?: string; lang?: 'zh-CN' | 'en-US'; phone?: boolean } = {},
): Promise<Page> {
  const lang = opts.lang ?? 'zh-CN';
  const context = await env.browser.newContext({
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    isMobile: !!opts.phone,
    locale: lang,
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript((l) => localStorage.setItem('og_lang', l), lang);
  const page = await context.newPage();
  if (opts.username) {
    await page.goto(`${env.server.url}/login`);
    await page.locator('#username').fill(opts.username);
    await page.locator('#password').fill('Demo@12345');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }
  return page;
}

const financeRow = (page: Page) => page.getByTestId('catalogue').locator('tr', { hasText: FINANCE });

it('a monthly finance disclosure is published, shown to the public, and turns overdue with an alert to the street', async () => {
  // ---- the community's staff publish the month that is owed ----------------------------------------------------
  const staff = await browserPage({ username: 'community_lead' });
  await staff.goto(`${env.server.url}/disclosure`);
  const row = financeRow(staff);
  await row.waitFor();
  const owed = (await row.innerText()).match(/(\d{4}-\d{2}) 期/)?.[1];
  expect(owed).toBeTruthy();
  await row.getByTestId('publish-open').click();
  await expect.poll(() => staff.getByTestId('publish-period').inputValue()).toBe(owed);
  const title = `财务收支情况（${owed}）`;
  await expect.poll(() => staff.getByTestId('publish-title').inputValue()).toBe(title);
  await staff
    .getByTestId('publish-body')
    .fill(`${owed} 收入：办公经费 3.20 万元；支出：环境整治 1.10 万元、活动经费 0.60 万元。`);
  await staff.getByTestId('publish-submit').click();
  // the month is covered: the running month is next, not yet due
  await financeRow(staff).getByTestId('state-open').waitFor();
  await staff.screenshot({ path: path.join(shots, 'disclosure-catalogue.png'), fullPage: true });

  // ---- the public reads it on a phone ----------------------------------------------------------------------------
  const pub = await browserPage({ phone: true });
  await pub.goto(`${env.server.url}/public/disclosure/${COMMUNITY}`);
  await pub.getByTestId('publication').filter({ hasText: title }).first().waitFor();
  await pub.screenshot({ path: path.join(shots, 'disclosure-public.png'), fullPage: true });

  // ---- three months pass without another publication: the entry's dates move back by three months ----------------
  const entry = await env.server.db
    .selectFrom('disclosure_entry')
    .select('id')
    .where('community_code', '=', COMMUNITY)
    .where('title', '=', FINANCE)
    .executeTakeFirstOrThrow();
  await sql`UPDATE disclosure_entry SET since = (since - interval '3 months')::date WHERE id = ${entry.id}`.execute(
    env.server.db,
  );
  // (in two steps: a period in force is unique per entry, and the rows move one at a time)
  await sql`UPDATE disclosure_publication SET period_key = '~' || period_key WHERE entry_id = ${entry.id}`.execute(
    env.server.db,
  );
  await sql`
    UPDATE disclosure_publication
      SET period_key = to_char(to_date(substr(period_key, 2) || '-01', 'YYYY-MM-DD') - interval '3 months', 'YYYY-MM'),
          published_at = published_at - interval '3 months'
      WHERE entry_id = ${entry.id}`.execute(env.server.db);
  // the sweep (it also runs every minute in the server: whichever runs first notifies, once)
  await notifyOverdueDisclosures(env.server.db);
  const alerts = () =>
    env.server.db
      .selectFrom('notification as n')
      .innerJoin('unit as u', 'u.id', 'n.unit_id')
      .select('u.kind')
      .where('n.kind', '=', 'disclosure_overdue')
      .where((eb) => eb(eb.ref('n.params', '->>').key('title'), '=', FINANCE))
      .where('u.jurisdiction_code', 'in', [COMMUNITY, '110117001000'])
      .execute();
  await waitFor(async () => (await alerts()).length === 2, { what: 'the overdue alert' });
  await notifyOverdueDisclosures(env.server.db);
  expect((await alerts()).map((a) => a.kind).sort()).toEqual(['community', 'street_office']);

  await staff.reload();
  await financeRow(staff).getByTestId('state-overdue').waitFor();
  await pub.reload();
  await pub.getByTestId('public-entry').filter({ hasText: FINANCE }).getByTestId('state-overdue').waitFor();
  await pub.screenshot({ path: path.join(shots, 'disclosure-public-overdue.png'), fullPage: true });

  // ---- the street's overview lists it, with the alert ------------------------------------------------------------
  const street = await browserPage({ username: 'street_lead' });
  await street.goto(`${env.server.url}/disclosure/overview`);
  const overdue = street.getByTestId('overdue-list').locator('tr', { hasText: FINANCE });
  await overdue.getByTestId('alerted').waitFor();
  await expect(overdue.innerText()).resolves.toContain('金谷东园社区');
  await street.screenshot({ path: path.join(shots, 'disclosure-overview.png'), fullPage: true });

  const en = await browserPage({ username: 'street_lead', lang: 'en-US' });
  await en.goto(`${env.server.url}/disclosure/overview`);
  await en.getByTestId('overdue-list').getByText('Alerted', { exact: false }).first().waitFor();
  await en.screenshot({ path: path.join(shots, 'disclosure-overview-en.png'), fullPage: true });
  const enPub = await browserPage({ phone: true, lang: 'en-US' });
  await enPub.goto(`${env.server.url}/public/disclosure/${COMMUNITY}`);
  await enPub.getByText('Overdue').first().waitFor();
  await enPub.screenshot({ path: path.join(shots, 'disclosure-public-en.png'), fullPage: true });
  const powers = await browserPage({ username: 'community_lead' });
  await powers.goto(`${env.server.url}/disclosure/powers`);
  await powers.getByTestId('power-item').first().getByTestId('disclosure-point').first().waitFor();
  await powers.screenshot({ path: path.join(shots, 'disclosure-powers.png'), fullPage: true });
});

it("the district's administrator adds a micro-power item through the form; the flowchart rule is checked first", async () => {
  const page = await browserPage({ username: 'admin' });
  await page.goto(`${env.server.url}/disclosure/powers`);
  await page.getByTestId('power-item').first().waitFor();
  await page.getByTestId('power-new').click();
  const modal = page.locator('.ant-modal');
  // saving an empty form shows the validation messages, in Chinese, from the message keys
  await page.getByTestId('power-save').click();
  await modal.getByText('请选择类别').waitFor();
  await modal.getByText('请填写法律依据（2–500 字）').waitFor();
  await page.getByTestId('power-category').click();
  await page.locator('.ant-select-item-option', { hasText: '工程项目与合同' }).click();
  await page.getByTestId('power-title').fill('小型工程项目发包');
  await page
    .getByTestId('power-basis')
    .fill('《中华人民共和国村民委员会组织法》第二十四条；《宁海县村级小微权力清单36条》');
  const steps = [
    ['提出项目建议', '两委联席会议', false],
    ['村(居)民代表会议决议', '村(居)民代表会议', true],
    ['组织发包并签订合同', '村(居)委会', false],
  ] as const;
  // a role is typed into its select and taken with Enter (the options list re-renders as it filters; a click on
  // an option raced that under load)
  const chooseRole = async (step: Locator, role: string) => {
    const box = step.getByTestId('step-role').locator('input');
    await box.click();
    await box.fill(role);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: role })
      .waitFor();
    await box.press('Enter');
    await step.getByTestId('step-role').getByText(role, { exact: true }).waitFor();
  };
  await page.getByTestId('step-add').click();
  for (const [i, [title, role]] of steps.entries()) {
    const step = page.getByTestId('power-step').nth(i);
    await step.getByTestId('step-title').fill(title);
    await chooseRole(step, role);
  }
  await page.getByTestId('power-step').nth(1).getByTestId('step-disclose').check();
  // a project must publish the resolution and the result: one disclosure point is refused before sending
  await page.getByTestId('power-save').click();
  await modal.getByText('“工程项目与合同”至少要标出 2 个公开节点').waitFor();
  await page.getByTestId('step-add').click();
  const last = page.getByTestId('power-step').nth(3);
  await last.getByTestId('step-title').fill('实施结果公开');
  await chooseRole(last, '村(居)委会');
  await last.getByTestId('step-disclose').check();
  await page.screenshot({ path: path.join(shots, 'disclosure-power-form.png'), fullPage: true });
  await page.getByTestId('power-save').click();
  await modal.waitFor({ state: 'hidden' });
  const card = page.getByTestId('power-item').filter({ hasText: '小型工程项目发包' });
  await card.getByText('2 个公开节点').waitFor();
  expect(await card.getByTestId('disclosure-point').count()).toBe(2);
  const row = await env.server.db
    .selectFrom('micro_power_item')
    .select(['category', 'title'])
    .where('title', '=', '小型工程项目发包')
    .executeTakeFirstOrThrow();
  expect(row.category).toBe('project');
});
