/**
 * Issue 12 in the browser, civic lane:
 * - a resident opens a published case's public page, presses 我也遇到 (+1), sees the count rise, presses again with
 *   the same phone and is told it was already counted;
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => env?.close());

export async function staffPage(username: string): Promise<{ page: Page; errors: string[] }> {
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

it('a resident opens a public case, presses 我也遇到, sees the count rise, and is told a second press already counted', async () => {
  // an open published case, as the public feed lists it
  const feed = (await (await fetch(`${env.server.url}/open311/v2/requests.json?status=open`)).json()) as {
    service_request_id: string;
    description: string;
  }[];
  expect(feed.length).toBeGreaterThan(0);
  const published = feed[0]!;
  const context = await env.browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/public/cases/${published.service_request_id}`);
  await page.getByTestId('pubcase-description').waitFor();
  expect(await page.getByTestId('pubcase-description').textContent()).toBe(published.description);
  const count = page.getByTestId('metoo-count');
  await count.waitFor();
  const before = Number(await count.textContent());

  await page.getByTestId('metoo-phone').fill('13712345678');
  await page.getByTestId('metoo-button').click();
  await page.locator('[data-testid="metoo-outcome"][data-outcome="counted"]').waitFor();
  await expect.poll(() => count.textContent()).toBe(String(before + 1));
  await page.screenshot({ path: path.join(shots, 'public-case-metoo.png'), fullPage: true });

  await page.getByTestId('metoo-button').click();
  await page.locator('[data-testid="metoo-outcome"][data-outcome="already"]').waitFor();
  expect(await page.getByTestId('metoo-outcome').textContent()).toContain('已经 +1 过了');
  expect(await count.textContent()).toBe(String(before + 1));

  // a case that is not published (a random id) is simply not found
  await page.goto(`${env.server.url}/public/cases/${'0'.repeat(32)}`);
  await page.getByText('没有找到这条公开诉求').waitFor();
  expect(errors).toEqual([]);
});
