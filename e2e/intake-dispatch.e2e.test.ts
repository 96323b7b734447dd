/**
 * Issue 9, defects 1, 2, 6 and 7 in the browser: the operator's duplicate prompt (it blanked the page), attaching a
 * repeat call to the open case, the address-vs-point warning, and the dispatch form's lead following the category.
 */
import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GRID_TRIES, pickPoint, shots, startE2e, type E2eEnv } from './harness.ts';

let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => env?.close());

async function staffPage(username: string): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { page, errors };
}

const DESCRIPTION = '小区东门垃圾桶旁边堆了很多生活垃圾，好几天没人清理，气味很大';

/** The intake form up to the point: caller, description, the classifier's first category. */
async function fillCall(page: Page, caller: { name: string; phone: string }) {
  await page.goto(`${env.server.url}/cases/new`);
  await page.getByTestId('intake-name').fill(caller.name);
  await page.getByTestId('intake-phone').fill(caller.phone);
  await page.getByTestId('intake-description').fill(DESCRIPTION);
  await page.getByTestId('classify-suggestion').first().click();
}

it('intake: the duplicate prompt stays on the page and attaches the repeat call to the open case; the address is checked against the point', async () => {
  const { page, errors } = await staffPage('operator');

  // The first call registers a case.
  await fillCall(page, { name: '赵一', phone: '13811112222' });
  const first = await pickPoint(page, GRID_TRIES);
  await page.getByTestId('intake-submit').click();
  await page.waitForURL(/\/cases\/\d{16}$/);
  const openId = page.url().split('/').pop()!;

  // The second call about the same problem at the same place.
  await fillCall(page, { name: '钱二', phone: '13833334444' });
  await pickPoint(page, [first.at]);
  // 地址 naming another street than the point's (the 滨河 defect): warned, not blocked.
  const street = first.located
    .split('/')
    .map((s) => s.trim())
    .find((s) => /街道|镇|乡|地区$/.test(s))!;
  const otherStreet = street.includes('滨河') ? '兴谷' : '滨河';
  await page.getByTestId('intake-address').fill(`${otherStreet}路12号院东门`);
  const warning = page.getByTestId('address-warning');
  await warning.waitFor();
  expect(await warning.getAttribute('data-kind')).toBe('contradicts');
  expect(await warning.textContent()).toContain(street);
  await page.getByTestId('intake-nearby').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'intake-address-warning.png'), fullPage: true });

  // Submitting opens the duplicate prompt — before the fix a router link in it blanked the page.
  await page.getByTestId('intake-submit').click();
  const prompt = page.locator('.ant-modal-confirm');
  await prompt.waitFor();
  await prompt.getByTestId('attach-to').first().waitFor();
  expect(await prompt.getByTestId('merge-instead').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('intake-description').inputValue()).toBe(DESCRIPTION);
  await page.screenshot({ path: path.join(shots, 'intake-duplicate-prompt.png') });
  expect(errors).toEqual([]);

  // 并入此件: the call joins the open case in one step.
  await prompt.locator(`[data-testid="attach-to"][data-case-id="${openId}"]`).click();
  await page.waitForURL(new RegExp(`/cases/${openId}$`));
  await page.getByText('来电并入').first().waitFor();
  // The case page lists the attached caller, masked like the reporter, with what they said.
  const shownCallers = page.getByTestId('case-callers');
  await shownCallers.waitFor();
  expect(await shownCallers.textContent()).toContain('138****4444');
  expect(await shownCallers.textContent()).toContain(DESCRIPTION);
  expect(await page.content()).not.toContain('13833334444');
  const callers = await env.server.db
    .selectFrom('case_caller')
    .select(['phone_enc', 'description'])
    .where('case_id', '=', openId)
    .execute();
  expect(callers).toHaveLength(1);
  expect(callers[0]!.phone_enc).not.toContain('13833334444');
  expect(callers[0]!.description).toBe(DESCRIPTION);
  // No second case was opened for the repeat call.
  const dupes = await env.server.db
    .selectFrom('case')
    .select('id')
    .where('description', '=', DESCRIPTION)
    .execute();
  expect(dupes).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('dispatch: changing the category updates the suggested lead; a lead picked by hand is kept and the suggestion shown', async () => {
  const db = env.server.db;
  // A case waiting in the queue of the demo district centre.
  const waiting = await db
    .selectFrom('case')
    .select(['id', 'category_code', 'community_code', 'street_code', 'district_code', 'grid_code'])
    .where('status', '=', 'registered')
    .where('street_code', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const { page, errors } = await staffPage('dispatcher');
  // Two other categories whose duty-list leads differ from each other, asked as the form will ask.
  const leaves = await db
    .selectFrom('category')
    .select(['code', 'name_zh'])
    .where('is_leaf', '=', true)
    .where('active', '=', true)
    .orderBy('code')
    .execute();
  const leadOf = async (code: string) =>
    page.evaluate(
      async ([id, c]) => {
        const r = await fetch(`/api/cases/${id}/routing?categoryCode=${encodeURIComponent(c!)}`);
        return ((await r.json()) as { lead: { name: string } | null }).lead?.name ?? null;
      },
      [waiting.id, code],
    );
  const picks: { name: string; lead: string }[] = [];
  for (const c of leaves) {
    if (c.code === waiting.category_code) continue;
    const lead = await leadOf(c.code);
    if (lead && !picks.some((p) => p.lead === lead || p.name === c.name_zh))
      picks.push({ name: c.name_zh, lead });
    if (picks.length === 3) break;
  }
  expect(picks).toHaveLength(3);

  await page.goto(`${env.server.url}/cases/queue?case=${waiting.id}`);
  await page.getByTestId('action-dispatch').click();
  const form = page.getByTestId('action-form-dispatch');
  await form.waitFor();
  const leadShown = () => form.getByTestId('field-leadUnitId').textContent();

  const chooseCategory = async (name: string) => {
    await form.locator('[data-testid="field-categoryCode"] .ant-select').click();
    await page.keyboard.type(name);
    await page.locator('.ant-select-tree-title', { hasText: name }).first().click();
  };

  // 1. Untouched: the lead follows the category.
  await chooseCategory(picks[0]!.name);
  const follow = page.getByTestId('dispatch-follow');
  await follow.filter({ hasText: picks[0]!.lead }).waitFor();
  await expect.poll(leadShown).toContain(picks[0]!.lead);
  expect(await follow.getAttribute('data-manual')).toBe('false');
  await page.screenshot({ path: path.join(shots, 'dispatch-follows-category.png') });

  // 2. The dispatcher picks the lead by hand; another category then only shows its suggestion.
  await form.locator('[data-testid="field-leadUnitId"] .ant-select').click();
  await page.keyboard.type(picks[1]!.lead);
  await page.locator('.ant-select-item-option', { hasText: picks[1]!.lead }).first().click();
  await expect.poll(leadShown).toContain(picks[1]!.lead);
  const third = picks[2]!;
  await chooseCategory(third.name);
  await follow.filter({ hasText: third.lead }).waitFor();
  expect(await follow.getAttribute('data-manual')).toBe('true');
  expect(await leadShown()).toContain(picks[1]!.lead);
  await page.screenshot({ path: path.join(shots, 'dispatch-keeps-hand-picked.png') });
  // The suggestion is one click away.
  await page.getByTestId('dispatch-use-suggested').click();
  await expect.poll(leadShown).toContain(third.lead);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('resident report: an address naming another street than the GPS point is warned, and the warning goes when they agree', async () => {
  // The resident stands in a grid of the demo grid worker, inside 滨河街道.
  const grid = await env.server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select('g.boundary')
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const [longitude, latitude] = centroidOf(grid.boundary);
  const phone = await env.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    locale: 'zh-CN',
    geolocation: { longitude: longitude!, latitude: latitude! },
    permissions: ['geolocation'],
  });
  const page = await phone.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/report`);
  await page.getByTestId('report-gps').click();
  await page.getByTestId('report-point').waitFor();
  await page.getByTestId('report-address').fill('兴谷路8号楼下');
  const warning = page.getByTestId('address-warning');
  await warning.waitFor();
  expect(await warning.getAttribute('data-kind')).toBe('contradicts');
  expect(await warning.textContent()).toContain('滨河街道');
  await warning.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'report-address-warning.png') });
  await page.getByTestId('report-address').fill('滨河街道光明路8号楼下');
  await warning.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  await phone.close();
});
