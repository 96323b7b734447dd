import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiAs, PHONE, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

// 居民一站通 (issue 13): a resident signs in on a phone and lands on the portal; 我的诉求 lists the report made signed
// in; it opens as through its tracking link, and once closed the resident rates it there.
const COMMUNITY = '110117001001';
let env: E2eEnv;
let caseId = '';

beforeAll(async () => {
  env = await startE2e();
  const at = await sql<{ lon: number; lat: number; category_code: string }>`
    SELECT lon, lat, category_code FROM "case"
    WHERE community_code = ${COMMUNITY} AND lon IS NOT NULL AND category_code IS NOT NULL
    ORDER BY id LIMIT 1`.execute(env.server.db);
  const p = at.rows[0]!;
  const resident = await apiAs(env, 'resident');
  const res = await resident('POST', '/api/cases', {
    description: '3号楼楼道的声控灯坏了一个多星期，老人晚上上下楼很不方便',
    categoryCode: p.category_code,
    lon: p.lon,
    lat: p.lat,
    channel: 'app',
  });
  expect(res.status, await res.clone().text()).toBe(201);
  caseId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => env?.close());

it('a resident finds their report in the portal and rates it once it is closed', async () => {
  const page = await signedInPage(env, 'resident', { device: PHONE });
  await page.waitForURL(/\/my$/);
  await page.getByTestId('portal-who').waitFor();
  await page.screenshot({ path: path.join(shots, 'portal-home.png'), fullPage: true });

  await page.getByTestId('portal-cases').click();
  const item = page.getByTestId('my-cases').getByText(caseId);
  await item.waitFor();
  await page.screenshot({ path: path.join(shots, 'portal-cases.png'), fullPage: true });
  await item.click();
  await page.getByTestId('track-description').getByText('声控灯坏了').waitFor();
  expect(await page.getByTestId('rating-form').count()).toBe(0);

  // The street closes it (as the loop would); the resident rates it from the portal.
  await sql`UPDATE "case" SET status = 'closed', closed_at = now() WHERE id = ${caseId}`.execute(
    env.server.db,
  );
  await page.reload();
  await page.getByTestId('rating-form').waitFor();
  await page.getByTestId('rate-resolved').getByText('是').click();
  await page.getByTestId('rate-rating').getByText('满意', { exact: true }).click();
  await page.getByTestId('rate-submit').click();
  await page.getByTestId('track-callback').waitFor();
  await page.screenshot({ path: path.join(shots, 'portal-case-rated.png'), fullPage: true });
  const stored = await sql<{ callback_rating: string }>`
    SELECT callback_rating FROM "case" WHERE id = ${caseId}`.execute(env.server.db);
  expect(stored.rows[0]!.callback_rating).toBe('satisfied');

  await page.goto(`${env.server.url}/my`);
  await page.getByTestId('lang-switch').click();
  await page.getByText("Residents' portal").waitFor();
  await page.screenshot({ path: path.join(shots, 'portal-home-en.png'), fullPage: true });
});
