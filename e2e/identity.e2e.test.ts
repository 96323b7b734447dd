import path from 'node:path';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../apps/server/src/server.ts';
import { shots, startE2e, type E2eEnv } from './harness.ts';

let server: Running;
let browser: Browser;
let e2e: E2eEnv;

beforeAll(async () => {
  ({ server, browser } = e2e = await startE2e());
});

afterAll(async () => e2e?.close());

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}

it('the security administrator adds a user, who changes the password, enrols TOTP and signs in with a code', async () => {
  const errors: string[] = [];
  const newPage = async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    p.on('pageerror', (e) => errors.push(e.message));
    return p;
  };
  const admin = await newPage();

  // Accounts belong to the security administrator (三权分立): the users admin is their landing admin.
  await signIn(admin, 'security_admin', 'Demo@12345');
  await admin.waitForURL('**/admin/users');
  const unit = await server.db
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'government')
    .executeTakeFirstOrThrow();
  const csrf = await admin.evaluate(async () => {
    const r = await fetch('/api/auth/me');
    return ((await r.json()) as { csrfToken: string }).csrfToken;
  });
  const created = await admin.evaluate(
    async ({ unitId, csrf }) => {
      const r = await fetch('/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          username: 'liu.yang',
          name: '刘洋',
          unitId,
          roles: ['operator'],
          password: 'First#pass1',
        }),
      });
      return r.status;
    },
    { unitId: unit.id, csrf },
  );
  expect(created).toBe(201);
  await admin.close();

  // The new user, in a browser of their own.
  const page = await newPage();
  // First sign-in: the password must be changed before anything else; a common one is refused.
  await signIn(page, 'liu.yang', 'First#pass1');
  await page.getByTestId('step-change_password').waitFor();
  await page.locator('#currentPassword').fill('First#pass1');
  await page.locator('#newPassword').fill('woaini1314');
  await page.locator('#confirmPassword').fill('woaini1314');
  await page.getByTestId('password-submit').click();
  await expect.poll(() => page.getByText('这是常见密码，容易被猜中').count()).toBe(1);
  await page.locator('#newPassword').fill('Harbor#lamp7');
  await page.locator('#confirmPassword').fill('Harbor#lamp7');
  await page.getByTestId('password-submit').click();
  await page.waitForURL('**/cases/new');

  // My account: enrol an authenticator from the key shown beside the QR code.
  await page.goto(`${server.url}/account`);
  await page.getByTestId('totp-start').click();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.locator('#totpEnrolCode').fill(await generate({ secret }));
  await page.getByTestId('totp-enable').click();
  await expect.poll(() => page.getByTestId('totp-enrol').count()).toBe(0);
  await page.screenshot({ path: path.join(shots, 'identity-account.png') });
  await page.getByTestId('logout').click();
  await page.waitForURL('**/login');
  await page.close();
  const again = await newPage();

  // The next sign-in asks for a code: a wrong one is refused with a message, the right one signs in.
  await signIn(again, 'liu.yang', 'Harbor#lamp7');
  await again.getByTestId('step-totp').waitFor();
  await again.screenshot({ path: path.join(shots, 'identity-totp.png') });
  await again.locator('#totpCode').fill('000000');
  await again.getByTestId('totp-submit').click();
  await again.getByTestId('totp-error').waitFor();
  // A code not used yet: as if enrolled a while ago (waiting 30 seconds for the next step is not a test).
  await server.db
    .updateTable('app_user')
    .set({ totp_last_step: '1' })
    .where('username', '=', 'liu.yang')
    .execute();
  await again.locator('#totpCode').fill(await generate({ secret }));
  await again.getByTestId('totp-submit').click();
  await again.waitForURL('**/cases/new');
  expect(errors).toEqual([]);
});
