import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../apps/server/src/server.ts';
import { notify } from '../apps/server/src/modules/notifications/notifications.repository.ts';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// Issue 9, messages by key and defect 5: on a phone a live notification is one banner under the header that
// leaves a form's submit button free; a refused password shows the server's reasons in Chinese.
let server: Running;
let browser: Browser;
let e2e: E2eEnv;

beforeAll(async () => {
  ({ server, browser } = e2e = await startE2e());
});

afterAll(async () => e2e?.close());

it("on a phone, live notifications are one banner that does not cover a form's submit button", async () => {
  const errors: string[] = [];
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill('grid_worker');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  // (the grid worker's patrol form now lives in the field app, which has no bell: the console's password form)
  await page.goto(`${server.url}/account`);
  const submit = page.getByTestId('password-submit');
  await submit.waitFor();
  // The bell's stream is open once the bell rendered and said it is live; then three notifications arrive.
  await page.getByTestId('notification-bell').waitFor();
  const me = await server.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const banner = page.getByTestId('live-notice');
  for (let i = 1; !(await banner.isVisible()) && i < 20; i++) {
    await notify(server.db, [
      { userId: me.id, kind: 'verify', params: { caseTitle: `路灯不亮（第 ${i} 条）` } },
    ]);
    await banner.waitFor({ timeout: 1500 }).catch(() => undefined);
  }
  await notify(server.db, [{ userId: me.id, kind: 'verify', params: { caseTitle: '井盖缺失' } }]);
  await page.getByText('待核查：井盖缺失').waitFor();
  expect(await page.getByTestId('live-notice').count()).toBe(1);
  expect(await page.locator('.ant-notification-notice').count()).toBe(0);
  const b = (await banner.boundingBox())!;
  await submit.scrollIntoViewIfNeeded();
  const s = (await submit.boundingBox())!;
  const overlaps = b.y < s.y + s.height && s.y < b.y + b.height;
  expect(overlaps).toBe(false);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(shots, 'messages-phone-banner.png') });
  expect(errors).toEqual([]);
  await page.close();
});

it('zh-CN: a refused new password shows the server reasons in Chinese on the field', async () => {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
  });
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill('grid_worker');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/account`);
  await page.locator('#currentPassword').fill('Demo@12345');
  await page.locator('#newPassword').fill('abcdefgh');
  await page.locator('#confirmPassword').fill('abcdefgh');
  await page.getByTestId('password-submit').click();
  await page.getByText('须包含大写字母、小写字母、数字、符号中的至少三类').waitFor();
  await page.screenshot({ path: path.join(shots, 'messages-password-detail-zh.png'), fullPage: true });
  await page.close();
});
