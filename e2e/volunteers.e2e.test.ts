import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiAs, LAPTOP, PHONE, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

// 志愿服务 (issue 13): a verified resident signs up for an activity on a phone; the organisation's staff check them
// in and out in the console; the hours appear on the phone; the organisation issues a certificate, which anyone
// verifies on the public page with the name masked.
const COMMUNITY = '110117001001';
let env: E2eEnv;
let activityId = '';

beforeAll(async () => {
  env = await startE2e();
  const staff = await apiAs(env, 'social_org');
  const orgs = (await (await staff('GET', '/api/volunteers/orgs')).json()) as { items: { id: string }[] };
  const h = 3_600_000;
  const created = await staff('POST', '/api/volunteers/activities', {
    unitId: orgs.items[0]!.id,
    title: '社区敬老院探访（测试）',
    place: '金谷东园社区养老驿站',
    startsAt: new Date(Date.now() + 0.5 * h).toISOString(),
    endsAt: new Date(Date.now() + 3 * h).toISOString(),
    capacity: 5,
    signupOpensAt: new Date(Date.now() - h).toISOString(),
    signupClosesAt: new Date(Date.now() + 0.25 * h).toISOString(),
  });
  expect(created.status).toBe(200);
  activityId = ((await created.json()) as { id: string }).id;
  // the demo resident's account, linked to an adult living in the community (as staff would verify in person)
  const person = await sql<{ id: string }>`
    SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id
    WHERE r.community_code = ${COMMUNITY} AND r.moved_out IS NULL AND NOT p.deceased AND p.birth_date < '1990-01-01'
      AND NOT EXISTS (SELECT 1 FROM resident_verification v WHERE v.person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM volunteer v WHERE v.person_id = p.id)
    ORDER BY p.id LIMIT 1`.execute(env.server.db);
  await sql`
    INSERT INTO resident_verification (user_id, person_id, community_code, method)
    SELECT id, ${person.rows[0]!.id}, ${COMMUNITY}, 'staff' FROM app_user WHERE username = 'resident'`.execute(
    env.server.db,
  );
});
afterAll(async () => env?.close());

async function open(lang: 'zh-CN' | 'en-US', username: string, to: string, mobile: boolean) {
  const page = await signedInPage(env, username, { lang, device: mobile ? PHONE : LAPTOP, from: to });
  await page.waitForURL((u) => u.pathname.startsWith(to.split('?')[0]!));
  return page;
}

it('sign-up on a phone, check-in and out by staff, hours, a certificate verified publicly', async () => {
  const phone: Page = await open('zh-CN', 'resident', '/my/volunteering', true);
  const card = phone.getByTestId('my-vol-activity').filter({ hasText: '社区敬老院探访（测试）' });
  await card.getByTestId('my-vol-signup').click();
  await card.getByText('已报名').first().waitFor();
  await phone.screenshot({ path: path.join(shots, 'volunteers-my.png'), fullPage: true });

  const desk = await open('zh-CN', 'social_org', `/volunteers/activities/${activityId}`, false);
  const signups = desk.getByTestId('vol-signups');
  await signups
    .getByRole('button', { name: '签 到' })
    .or(signups.getByRole('button', { name: '签到' }))
    .click();
  await signups.getByTestId('vol-check-out').waitFor();
  // the activity has been running for two hours; the volunteer checked in 15 minutes before it started
  await sql`UPDATE volunteer_activity SET starts_at = now() - interval '2 hours', ends_at = now() + interval '1 hour'
    WHERE id = ${activityId}`.execute(env.server.db);
  await sql`UPDATE volunteer_signup SET checked_in_at = now() - interval '135 minutes' WHERE activity_id = ${activityId}`.execute(
    env.server.db,
  );
  await desk.reload();
  await signups.getByTestId('vol-check-out').click();
  await expect
    .poll(async () => signups.getByTestId('vol-minutes').first().innerText(), { timeout: 15_000 })
    .toMatch(/^1(19|20)$/);
  await desk.screenshot({ path: path.join(shots, 'volunteers-activity.png'), fullPage: true });

  await phone.reload();
  await expect
    .poll(async () => phone.getByTestId('my-vol-hours').innerText(), { timeout: 15_000 })
    .toMatch(/^2$/);

  const staff = await apiAs(env, 'social_org');
  const vols = (await (await staff('GET', '/api/volunteers')).json()) as {
    items: { id: string; registeredVia: string }[];
  };
  const rec = vols.items.find((v) => v.registeredVia === 'self')!;
  // Beijing days: the service started two hours ago, which may be yesterday shortly after midnight
  const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const from = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  const issued = await staff('POST', `/api/volunteers/${rec.id}/certificates`, { from, to: day });
  expect(issued.status).toBe(200);
  const { code } = (await issued.json()) as { code: string };

  await phone.reload();
  await phone.getByTestId('my-vol-certificate').waitFor();
  await phone.screenshot({ path: path.join(shots, 'volunteers-my-hours.png'), fullPage: true });

  const pub = await env.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  await pub.addInitScript(() => localStorage.setItem('og_lang', 'en-US'));
  await pub.goto(`${env.server.url}/public/volunteers/certificates/${code}`);
  await pub.getByTestId('vol-pub-result').waitFor();
  expect(await pub.getByTestId('vol-pub-total').innerText()).toBe('2');
  expect(await pub.getByTestId('vol-pub-result').innerText()).toContain('金谷东园社区志愿服务队');
  await pub.screenshot({ path: path.join(shots, 'volunteers-verify-en.png'), fullPage: true });
});

it('the organiser cancels an activity with a reason; it shows as 已取消 on the staff page and the phone', async () => {
  const staff = await apiAs(env, 'social_org');
  const orgs = (await (await staff('GET', '/api/volunteers/orgs')).json()) as { items: { id: string }[] };
  const day = 24 * 3_600_000;
  const created = await staff('POST', '/api/volunteers/activities', {
    unitId: orgs.items[0]!.id,
    title: '冬季义诊（测试）',
    place: '金谷东园社区卫生站',
    startsAt: new Date(Date.now() + 3 * day).toISOString(),
    endsAt: new Date(Date.now() + 3 * day + 7_200_000).toISOString(),
    capacity: 5,
    signupOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
    signupClosesAt: new Date(Date.now() + 2 * day).toISOString(),
  });
  const id = ((await created.json()) as { id: string }).id;
  const resident = await apiAs(env, 'resident');
  expect((await resident('POST', `/api/my/volunteering/activities/${id}/signup`, {})).status).toBe(200);

  // in English first: the cancel dialog, left without cancelling
  const deskEn = await open('en-US', 'social_org', `/volunteers/activities/${id}`, false);
  await deskEn.getByTestId('vol-cancel-activity').click();
  await deskEn.getByTestId('vol-cancel-reason').fill('Heavy snow forecast; a new date will follow');
  expect(await deskEn.getByTestId('vol-cancel-ok').isEnabled()).toBe(true);
  // the dialog has finished opening (antd's zoom-in) before it is shot
  await expect.poll(() => deskEn.locator('.ant-modal[class*="zoom"]').count()).toBe(0);
  await deskEn.screenshot({ path: path.join(shots, 'volunteers-cancel-dialog-en.png'), fullPage: true });
  await deskEn.keyboard.press('Escape');
  await deskEn.getByTestId('vol-cancel-reason').waitFor({ state: 'hidden' });

  const desk = await open('zh-CN', 'social_org', `/volunteers/activities/${id}`, false);
  await desk.getByTestId('vol-cancel-activity').click();
  await desk.getByTestId('vol-cancel-reason').fill('天气预报有暴雪，改期另行通知');
  await desk.getByTestId('vol-cancel-ok').click();
  const banner = desk.getByTestId('vol-cancelled');
  await banner.waitFor();
  expect(await banner.innerText()).toContain('天气预报有暴雪，改期另行通知');
  expect(await desk.getByTestId('vol-cancel-activity').count()).toBe(0);
  await desk.screenshot({ path: path.join(shots, 'volunteers-cancelled.png'), fullPage: true });

  const phone = await open('zh-CN', 'resident', '/my/volunteering', true);
  const card = phone.getByTestId('my-vol-activity').filter({ hasText: '冬季义诊（测试）' });
  await card.getByTestId('my-vol-cancelled').waitFor();
  expect(await card.innerText()).toContain('天气预报有暴雪');
  await phone.screenshot({ path: path.join(shots, 'volunteers-my-cancelled.png'), fullPage: true });

  // the same in English: the cancelled activity for the organiser and the card on the resident's phone
  await deskEn.reload();
  const bannerEn = deskEn.getByTestId('vol-cancelled');
  await bannerEn.waitFor();
  expect(await bannerEn.innerText()).toContain('天气预报有暴雪'); // the reason as written
  await deskEn.screenshot({ path: path.join(shots, 'volunteers-cancelled-en.png'), fullPage: true });
  const phoneEn = await open('en-US', 'resident', '/my/volunteering', true);
  const cardEn = phoneEn.getByTestId('my-vol-activity').filter({ hasText: '冬季义诊（测试）' });
  await cardEn.getByTestId('my-vol-cancelled').waitFor();
  await phoneEn.screenshot({ path: path.join(shots, 'volunteers-my-cancelled-en.png'), fullPage: true });
});
