import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../apps/server/src/config.ts';
import { startServer, type Running } from '../apps/server/src/server.ts';

const shots = path.join(import.meta.dirname, 'screenshots');
const CGW = '平谷区城市管理委员会';
const EDU = '平谷区教育委员会';
let server: Running;
let browser: Browser;
let dataDir: string;
let point: { longitude: number; latitude: number };

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-whistle-'));
  fs.chmodSync(dataDir, 0o755);
  server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    () => {},
  );
  const grid = await server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select('g.boundary')
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  point = { longitude: lon!, latitude: lat! };
  // 教委 has no demo account: the security administrator makes one, as a district would.
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'security_admin', password: 'Demo@12345' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const edu = await server.db
    .selectFrom('unit')
    .select('id')
    .where('name', '=', EDU)
    .executeTakeFirstOrThrow();
  const created = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      username: 'edu_handler',
      name: '郑晓东',
      unitId: edu.id,
      roles: ['handler'],
      password: 'Demo@12345',
    }),
  });
  expect(created.status).toBe(201);
  // As if 郑晓东 had already replaced the initial password at first sign-in (that page has its own test).
  await server.db
    .updateTable('app_user')
    .set({ must_change_password: false })
    .where('username', '=', 'edu_handler')
    .execute();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function staffPage(username: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    geolocation: point,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** The report-in and street-rating cells of a department in the ranking (departments tab). */
async function departmentFigures(page: Page, unit: string): Promise<string[]> {
  await page.goto(`${server.url}/assessment`);
  await page.getByRole('tab', { name: '区级部门' }).click();
  const row = page.locator('tr', { hasText: unit }).first();
  await row.waitFor();
  const headers = await page.locator('thead th').allInnerTexts();
  const cells = await row.locator('td').allInnerTexts();
  const at = (title: string) => cells[headers.findIndex((h) => h.trim() === title)]?.trim() ?? '';
  return [at('报到及时率'), at('街乡评价')];
}

async function pickUnit(page: Page, name: string) {
  const select = page.locator('#unitIds');
  await select.click();
  await select.fill(name);
  await page.locator('.ant-select-item-option', { hasText: name }).first().click();
}

it('a street lead blows the whistle; 城管委 reports in on time, 教委 late; the street rates both; the ranking shows it', async () => {
  const supervisor = await staffPage('supervisor');
  const [reportInBefore, ratingBefore] = await departmentFigures(supervisor, EDU);
  expect(ratingBefore).toBe('—');

  // 1. The street lead of 滨河 blows the whistle, summoning two departments.
  const lead = await staffPage('street_lead');
  await lead.goto(`${server.url}/whistles/new`);
  await lead.getByTestId('whistle-title').fill('学校门口占道经营与交通拥堵联合整治');
  await pickUnit(lead, CGW);
  await pickUnit(lead, EDU);
  await lead.keyboard.press('Escape');
  await lead.getByTestId('whistle-address').fill('滨河街道学校门口');
  await lead.getByTestId('whistle-submit').click();
  await lead.waitForURL(/\/whistles\/[0-9a-f-]{36}$/);
  const id = lead.url().split('/').pop()!;
  await lead.getByTestId('whistle-summons').waitFor();
  await lead.screenshot({ path: path.join(shots, 'whistle-01-blown.png') });

  // 2. 城管委 reports in at once from a phone, with its position.
  const cgw = await staffPage('cgw_handler', { width: 390, height: 844 });
  await cgw.goto(`${server.url}/whistles/${id}`);
  await cgw.getByTestId('whistle-report-in').click();
  await cgw.getByTestId('summon-reported').first().waitFor();
  await cgw.screenshot({ path: path.join(shots, 'whistle-02-reported.png') });

  // 3. The report-in deadline passes (moved into the past rather than waited for); 教委 arrives late.
  await sql`UPDATE whistle SET report_due_at = now() - interval '1 minute' WHERE id = ${id}`.execute(
    server.db,
  );
  await sql`UPDATE whistle_summon SET due_at = now() - interval '1 minute' WHERE whistle_id = ${id}`.execute(
    server.db,
  );
  const edu = await staffPage('edu_handler', { width: 390, height: 844 });
  await edu.goto(`${server.url}/whistles/${id}`);
  await edu.getByTestId('whistle-report-in').click();
  await edu.getByTestId('summon-late').first().waitFor();
  await edu.screenshot({ path: path.join(shots, 'whistle-03-late.png') });

  // 4. The street records the joint action and the outcome, rates each unit, and closes.
  await lead.reload();
  await lead.getByTestId('whistle-action-record').fill('城管委清理占道摊点，教委协调学校错峰放学');
  await lead.getByTestId('whistle-outcome').fill('校门口秩序恢复，已建立长效值守机制');
  await lead.getByTestId('whistle-action-save').click();
  await lead.getByText('城管委清理占道摊点').first().waitFor();
  const ratings: Record<string, [number, number, number]> = { [CGW]: [5, 5, 5], [EDU]: [2, 3, 4] };
  for (const [unit, stars] of Object.entries(ratings)) {
    await lead.locator('.ant-list-item', { hasText: unit }).getByTestId('whistle-rate').click();
    const dialog = lead.getByRole('dialog');
    for (const [i, field] of (['punctuality', 'cooperation', 'effect'] as const).entries())
      await dialog
        .getByTestId(`rate-${field}`)
        .locator('li')
        .nth(stars[i]! - 1)
        .click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await lead.getByTestId('whistle-close').click();
  await lead
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect
    .poll(
      async () =>
        (
          await server.db
            .selectFrom('whistle')
            .select('status')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).status,
    )
    .toBe('closed');
  await lead.reload();
  await lead.getByTestId('whistle-summons').waitFor();
  await lead.screenshot({ path: path.join(shots, 'whistle-04-closed.png') });

  // 5. The department ranking now carries it: 教委's late report-in lowers its on-time share, counted here from the
  // summons of this month; its only rating, (2+3+4)/3 = 3 of 5, scores 50.
  const { rows } = await sql<{ settled: number; on_time: number }>`
    SELECT count(*)::int AS settled, count(*) FILTER (WHERE s.status = 'reported')::int AS on_time
    FROM whistle_summon s JOIN unit u ON u.id = s.unit_id
    WHERE u.name = ${EDU} AND s.status IN ('reported', 'late', 'missing')
      AND date_trunc('month', s.summoned_at AT TIME ZONE 'Asia/Shanghai')
        = date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')`.execute(server.db);
  const expected = ((100 * rows[0]!.on_time) / rows[0]!.settled).toFixed(2);
  const [reportIn, rating] = await departmentFigures(supervisor, EDU);
  expect([reportIn, rating]).toEqual([expected, '50.00']);
  expect(Number(reportIn)).toBeLessThan(reportInBefore === '—' ? 101 : Number(reportInBefore));
  await supervisor.locator('tr', { hasText: EDU }).first().scrollIntoViewIfNeeded();
  await supervisor.screenshot({ path: path.join(shots, 'whistle-05-ranking.png') });
});
