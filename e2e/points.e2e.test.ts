import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PHONE, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

// 积分制 (issue 13): community staff score a household in the console; the verified resident of that household
// reads the balance on a phone (/my/points), redeems an item of the 积分超市, and the stock goes down.
const COMMUNITY = '110117001001';
let env: E2eEnv;
let address = '';

beforeAll(async () => {
  env = await startE2e();
  // the demo resident's account, linked to the head of a household of the community (as staff would verify)
  const head = await sql<{ id: string; house_id: string; full_name: string }>`
    SELECT p.id, r.house_id, a.full_name FROM person p
      JOIN residence r ON r.person_id = p.id
      JOIN house h ON h.id = r.house_id
      JOIN address_node a ON a.id = h.address_id
    WHERE r.community_code = ${COMMUNITY} AND r.moved_out IS NULL AND r.relation_to_head = 'head'
      AND NOT p.deceased AND p.birth_date < '1990-01-01'
      AND NOT EXISTS (SELECT 1 FROM points_entry e WHERE e.house_id = r.house_id)
      AND NOT EXISTS (SELECT 1 FROM resident_verification v WHERE v.person_id = p.id)
    ORDER BY p.id LIMIT 1`.execute(env.server.db);
  address = head.rows[0]!.full_name;
  await sql`
    INSERT INTO resident_verification (user_id, person_id, community_code, method)
    SELECT id, ${head.rows[0]!.id}, ${COMMUNITY}, 'staff' FROM app_user WHERE username = 'resident'`.execute(
    env.server.db,
  );
});
afterAll(async () => env?.close());

it('staff score a household; its resident sees the balance on a phone and redeems; the stock goes down', async () => {
  // ---- community staff, in the console ----
  const staff = await signedInPage(env, 'community_lead', {
    device: { viewport: { width: 1366, height: 900 } },
    from: '/points',
  });
  await staff.waitForURL(/\/points/);
  await staff.getByTestId('points-rule-set').first().getByText('现行').waitFor();
  await staff.getByRole('tab', { name: '记分与台账' }).click();
  await staff.getByTestId('points-house-search').locator('input').fill(address);
  await staff.getByTestId('points-house-search').locator('input').press('Enter');
  await staff.getByRole('cell', { name: address }).click();
  const ledger = staff.getByTestId('points-ledger');
  await ledger.waitFor();
  await ledger.getByTestId('points-rule-select').click();
  await staff.getByTitle('评为文明家庭 (+30)').click();
  await ledger.getByTestId('points-evidence').fill('街道文明家庭表彰文件');
  await ledger.getByTestId('points-score').click();
  await ledger.getByRole('cell', { name: '评为文明家庭' }).waitFor();
  await ledger.getByTestId('points-ledger-balance').getByText('30').waitFor();
  await staff.screenshot({ path: path.join(shots, 'points-console.png'), fullPage: true });
  await staff.getByRole('tab', { name: '红黑榜' }).click();
  await staff.getByTestId('points-board').first().waitFor();
  await staff.screenshot({ path: path.join(shots, 'points-boards.png'), fullPage: true });
  await staff.context().close();

  // ---- the resident, on a phone ----
  const page = await signedInPage(env, 'resident', { device: PHONE, from: '/my/points' });
  const phone = page.context();
  await page.waitForURL(/\/my\/points/);
  const balance = page.getByTestId('points-balance');
  await balance.getByText('30').first().waitFor();
  await page.getByTestId('points-entry').filter({ hasText: '评为文明家庭' }).waitFor();
  const towel = page.getByTestId('points-good').filter({ hasText: '毛巾' });
  const stockText = await towel.getByTestId('points-stock').innerText();
  const before = Number(/\d+/.exec(stockText)![0]);
  await page.screenshot({ path: path.join(shots, 'points-my.png'), fullPage: true });
  await towel.getByTestId('points-redeem').click();
  await towel
    .getByTestId('points-stock')
    .getByText(`剩 ${before - 1} 件`)
    .waitFor();
  await balance.getByText('20').first().waitFor();
  await page.getByText('待领取').waitFor();
  await page.screenshot({ path: path.join(shots, 'points-my-redeemed.png'), fullPage: true });
  const stock = await sql<{ stock: number }>`
    SELECT stock FROM points_good WHERE community_code = ${COMMUNITY} AND name = '毛巾'`.execute(
    env.server.db,
  );
  expect(stock.rows[0]!.stock).toBe(before - 1);

  // English, the same page
  await page.getByTestId('lang-switch').click();
  await page.getByText('Points shop').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'points-my-en.png'), fullPage: true });

  // the public page of the community: minimal labels only
  const pub = await phone.newPage();
  await pub.goto(`${env.server.url}/public/points/${COMMUNITY}`);
  await pub.getByTestId('points-public-balances').waitFor();
  await pub.screenshot({ path: path.join(shots, 'points-public.png'), fullPage: true });
  await phone.close();
});

it('a street lead picks one of the communities of the street on the points page', async () => {
  const lead = await signedInPage(env, 'street_lead', {
    device: { viewport: { width: 1366, height: 900 } },
    from: '/points',
  });
  await lead.waitForURL(/\/points/);
  const picker = lead.getByTestId('points-community');
  await picker.click();
  const name = (
    await sql<{ name: string }>`SELECT name FROM region WHERE code = ${COMMUNITY}`.execute(env.server.db)
  ).rows[0]!.name;
  // the communities of the street, under the street's name
  await lead.getByTitle(name, { exact: true }).waitFor();
  await lead.screenshot({ path: path.join(shots, 'points-street-picker-open.png') });
  await lead.keyboard.type(name);
  await lead.getByTitle(name, { exact: true }).click();
  await lead.getByTestId('points-rule-set').first().getByText('现行').waitFor();
  await lead.screenshot({ path: path.join(shots, 'points-street-picker.png'), fullPage: true });
  await lead.context().close();

  // the same picker in English
  const leadEn = await signedInPage(env, 'street_lead', {
    lang: 'en-US',
    device: { viewport: { width: 1366, height: 900 } },
    from: '/points',
  });
  await leadEn.waitForURL(/\/points/);
  await leadEn.getByTestId('points-community').click();
  await leadEn.getByTitle(name, { exact: true }).waitFor();
  await leadEn.screenshot({ path: path.join(shots, 'points-street-picker-open-en.png') });
  await leadEn.getByTitle(name, { exact: true }).click();
  await leadEn.getByTestId('points-rule-set').first().waitFor();
  await leadEn.screenshot({ path: path.join(shots, 'points-street-picker-en.png'), fullPage: true });
  await leadEn.context().close();
});
