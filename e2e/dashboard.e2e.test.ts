import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../apps/server/src/config.ts';
import { startServer, type Running } from '../apps/server/src/server.ts';
import { chartsSettled } from './harness.ts';

const shots = path.join(import.meta.dirname, 'screenshots');
let server: Running;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-dash-'));
  fs.chmodSync(dataDir, 0o755);
  server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    () => {},
  );
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

it('the supervisor opens the command dashboard at 1920×1080: the key figures are on screen', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill('supervisor');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  // Reachable from the menu.
  await page.locator('a[href="/command"]').click();
  await page.getByTestId('command-dashboard').waitFor();

  // Today's intake and the live open whistles, as the database counts them.
  const today = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM "case"
    WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date = (now() AT TIME ZONE 'Asia/Shanghai')::date`.execute(
    server.db,
  );
  const whistles = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM whistle WHERE status IN ('open', 'acting')`.execute(server.db);
  await expect
    .poll(() => page.getByTestId('kpi-today').textContent(), { timeout: 20_000 })
    .toBe(today.rows[0]!.n.toLocaleString());
  await expect
    .poll(() => page.getByTestId('kpi-whistles').textContent(), { timeout: 20_000 })
    .toBe(String(whistles.rows[0]!.n));
  for (const id of ['kpi-open', 'kpi-in-progress', 'kpi-overdue'])
    expect(await page.getByTestId(id).textContent(), id).toMatch(/^\d[\d,]*$/);
  expect(await page.getByTestId('cmd-title').textContent()).toContain('平谷区');
  // The map and the latest cases are drawn.
  await page.getByTestId('cmd-map').locator('canvas').first().waitFor();
  expect(await page.getByTestId('cmd-latest').locator('.og-cmd-case').count()).toBeGreaterThan(0);
  // The page fits the screen: nothing scrolls.
  const size = await page.locator('html').evaluate((el: { scrollWidth: number; scrollHeight: number }) => ({
    w: el.scrollWidth,
    h: el.scrollHeight,
  }));
  expect(size).toEqual({ w: 1920, h: 1080 });
  await chartsSettled(page.locator('body'));
  await page.screenshot({ path: path.join(shots, 'dashboard-01-command-1920x1080.png') });
  await context.close();
});
