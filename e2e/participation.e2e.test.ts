import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '@onegrid/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiAs, PHONE, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

// A community vote on a resident's phone (issue 13): the community's staff open a vote; the verified resident votes
// on /my/votes, changes the vote, and after the staff close and publish it reads the result there.
const COMMUNITY = '110117001001';
let env: E2eEnv;
let voteId = '';

beforeAll(async () => {
  env = await startE2e();
  const staff = await apiAs(env, 'community_lead');
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
  const page = await signedInPage(env, 'resident', { device: PHONE, from: '/my/votes' });
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

  const staff = await apiAs(env, 'community_lead');
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

it('community staff verify a resident in person at the office: the account is linked, the person shown masked', async () => {
  // a person of the base data (entered by the community's staff) and a resident's account not yet verified
  const staff = await apiAs(env, 'community_lead');
  const house = await sql<{ id: string }>`
    SELECT id FROM house WHERE community_code = ${COMMUNITY} ORDER BY id LIMIT 1`.execute(env.server.db);
  const first17 = '11011719560312021';
  const idNumber = first17 + residentIdCheckChar(first17);
  const created = await staff('POST', '/api/basedata/persons', {
    name: '赵桂兰',
    idNumber,
    birthDate: '1956-03-12',
    communityCode: COMMUNITY,
    residence: { houseId: house.rows[0]!.id, populationType: 'registered' },
  });
  expect(created.status).toBe(201);
  await sql`
    INSERT INTO app_user (username, name, unit_id, roles, password_hash)
    SELECT 'resident_zhao', '赵桂兰', unit_id, roles, password_hash FROM app_user WHERE username = 'resident'`.execute(
    env.server.db,
  );

  const page = await signedInPage(env, 'community_lead', { from: '/participation?tab=verify' });
  await page.getByTestId('verify-account').fill('resident_zhao');
  await page.getByTestId('verify-name').fill('赵桂兰');
  await page.getByTestId('verify-id').fill('1101171956');
  await page.getByTestId('verify-submit').click();
  await page.getByText('请填写 15 位或 18 位身份证号').waitFor();
  await page.getByTestId('verify-id').fill(idNumber);
  await page.getByTestId('verify-submit').click();
  const done = page.getByTestId('verify-done');
  await done.waitFor();
  await expect(done.innerText()).resolves.toContain('赵**');
  await expect(done.innerText()).resolves.not.toContain(idNumber);
  await page.screenshot({ path: path.join(shots, 'participation-verify-in-person.png'), fullPage: true });
  const link = await sql<{ method: string; by: string }>`
    SELECT v.method, b.username AS by FROM resident_verification v
    JOIN app_user u ON u.id = v.user_id JOIN app_user b ON b.id = v.verified_by
    WHERE u.username = 'resident_zhao'`.execute(env.server.db);
  expect(link.rows).toEqual([{ method: 'staff', by: 'community_lead' }]);

  // the same tab in English (verifying the same account again is allowed: the link is the same)
  const en = await signedInPage(env, 'community_lead', { lang: 'en-US', from: '/participation?tab=verify' });
  await en.getByTestId('verify-account').fill('resident_zhao');
  await en.getByTestId('verify-name').fill('赵桂兰');
  await en.getByTestId('verify-id').fill('1101171956');
  await en.getByTestId('verify-submit').click();
  await en.getByText('Enter a 15- or 18-digit ID number').waitFor();
  await en.screenshot({
    path: path.join(shots, 'participation-verify-in-person-invalid-en.png'),
    fullPage: true,
  });
  await en.getByTestId('verify-id').fill(idNumber);
  await en.getByTestId('verify-submit').click();
  await en.getByTestId('verify-done').waitFor();
  await en.screenshot({ path: path.join(shots, 'participation-verify-in-person-en.png'), fullPage: true });
  await en.context().close();
});
