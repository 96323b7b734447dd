import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// A community vote on a resident's phone (issue 13): the community's staff open a vote; the verified resident votes
// on /my/votes, changes the vote, and after the staff close and publish it reads the result there.
const COMMUNITY = '110117001001';
let env: E2eEnv;
let voteId = '';

async function signIn(username: string) {
  const res = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (method: string, url: string, body?: unknown) =>
    fetch(`${env.server.url}${url}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

beforeAll(async () => {
  env = await startE2e();
  const staff = await signIn('community_lead');
  const created = await staff('POST', '/api/participation/votes', {
    communityCode: COMMUNITY,
    kind: 'choice',
    title: '小区东门是否夜间 11 点后关闭',
    body: '物业提议夜间关闭东门，只留南门进出。',
    maxChoices: 1,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    options: [{ title: '同意' }, { title: '不同意' }],
  });
  expect(created.status).toBe(200);
  voteId = ((await created.json()) as { id: string }).id;
  expect((await staff('POST', `/api/participation/votes/${voteId}/steps`, { step: 'open' })).status).toBe(
    200,
  );
  // the demo resident's account, linked to an adult living in the community (as staff would verify in person)
  const person = await sql<{ id: string }>`
    SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id
    WHERE r.community_code = ${COMMUNITY} AND r.moved_out IS NULL AND NOT p.deceased AND p.birth_date < '1990-01-01'
      AND NOT EXISTS (SELECT 1 FROM resident_verification v WHERE v.person_id = p.id)
    ORDER BY p.id LIMIT 1`.execute(env.server.db);
  await sql`
    INSERT INTO resident_verification (user_id, person_id, community_code, method)
    SELECT id, ${person.rows[0]!.id}, ${COMMUNITY}, 'staff' FROM app_user WHERE username = 'resident'`.execute(
    env.server.db,
  );
});
afterAll(async () => env?.close());

async function phone(): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript(() => localStorage.setItem('og_lang', 'zh-CN'));
  const page = await context.newPage();
  await page.goto(`${env.server.url}/my/votes`);
  await page.waitForURL(/\/login/);
  await page.locator('#username').fill('resident');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/my\/votes/);
  return page;
}

it('a resident votes on a phone, changes the vote, and reads the published result', async () => {
  const page = await phone();
  await page.getByTestId('civic-verified').waitFor();
  const card = page.getByTestId('civic-vote').filter({ hasText: '小区东门' });
  await card.getByText('同意', { exact: true }).click();
  await card.getByTestId('civic-cast').click();
  await card.getByText('您已投票').waitFor();
  await page.screenshot({ path: path.join(shots, 'participation-vote.png'), fullPage: true });
  // a change of mind before it closes: the last ballot counts
  await card.getByText('不同意', { exact: true }).click();
  await card.getByTestId('civic-cast').click();
  await card.getByText('修改过 1 次').waitFor();

  const staff = await signIn('community_lead');
  expect((await staff('POST', `/api/participation/votes/${voteId}/steps`, { step: 'close' })).status).toBe(
    200,
  );
  expect((await staff('POST', `/api/participation/votes/${voteId}/steps`, { step: 'publish' })).status).toBe(
    200,
  );
  await page.reload();
  const result = page.getByTestId('civic-vote').filter({ hasText: '小区东门' }).getByTestId('civic-result');
  await result.getByText('1 人投票').waitFor();
  await expect(result.innerText()).resolves.toMatch(/不同意\s*1 票\s*通过/);
  await page.screenshot({ path: path.join(shots, 'participation-result.png'), fullPage: true });

  // English, the same page
  await page.getByTestId('lang-switch').click();
  await page.getByText('Result published').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'participation-result-en.png'), fullPage: true });
});
