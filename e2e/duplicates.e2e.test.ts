/**
 * Issue 12, duplicates by meaning in the browser: an operator takes a call about a problem reported before, told in
 * other words from another phone; the intake page offers the open case with its reasons as the operator types, and
 * the call is attached to it in one step. The resident's report form says 已有人反映 with a link to follow it.
 */
import path from 'node:path';
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

/** The intake form up to the point: caller, description, the classifier's first category. */
async function fillCall(page: Page, caller: { name: string; phone: string; description: string }) {
  await page.goto(`${env.server.url}/cases/new`);
  await page.getByTestId('intake-name').fill(caller.name);
  await page.getByTestId('intake-phone').fill(caller.phone);
  await page.getByTestId('intake-description').fill(caller.description);
  await page.getByTestId('classify-suggestion').first().click();
}

const FIRST = '幸福里小区东门外的路灯坏了一个多星期，晚上一片漆黑，老人出门很危险';
const AGAIN = '幸福里小区东门那边路灯坏了好多天了，晚上黑漆漆的，老人出门不安全';

it('intake: the same problem in other words from another phone is offered with its reasons and attached in one step; the resident form says 已有人反映', async () => {
  const { page, errors } = await staffPage('operator');

  await fillCall(page, { name: '赵一', phone: '13811112222', description: FIRST });
  await pickPoint(page, GRID_TRIES);
  await page.getByTestId('intake-submit').click();
  // a demo case may already resemble it: register it anyway
  const registerNew = page.getByTestId('intake-register-new');
  await page.waitForURL(/\/cases\/\d{16}$/, { timeout: 5_000 }).catch(async () => registerNew.click());
  await page.waitForURL(/\/cases\/\d{16}$/);
  const openId = page.url().split('/').pop()!;

  // The second call: other words, another phone, no point picked yet — found by meaning while typing.
  await page.goto(`${env.server.url}/cases/new`);
  await page.getByTestId('intake-phone').fill('13955556666');
  await page.getByTestId('intake-description').fill(AGAIN);
  const candidate = page.locator(`[data-testid="dup-candidate"][data-case-id="${openId}"]`);
  await candidate.waitFor();
  expect(await candidate.getByTestId('dup-reason').allTextContents()).toContain('内容相近');
  await page.screenshot({ path: path.join(shots, 'intake-duplicates.png'), fullPage: true });

  await candidate.getByTestId('attach-to').click();
  await page.waitForURL(new RegExp(`/cases/${openId}$`));
  await page.getByText('来电并入').first().waitFor();
  expect(errors).toEqual([]);

  // The resident's form: the published case is offered to follow instead.
  const resident = await env.browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
  const form = await resident.newPage();
  await form.goto(`${env.server.url}/report`);
  await form.getByTestId('report-description').fill(AGAIN);
  const hint = form.getByTestId('report-duplicates');
  await hint.waitFor();
  expect(await hint.getByTestId('report-duplicate-follow').first().getAttribute('href')).toMatch(
    /^\/public\/cases\/[0-9a-f]{32}$/,
  );
  await form.screenshot({ path: path.join(shots, 'report-duplicates.png'), fullPage: true });
});
