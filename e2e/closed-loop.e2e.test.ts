import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../apps/server/src/config.ts';
import { startServer, type Running } from '../apps/server/src/server.ts';

const shots = path.join(import.meta.dirname, 'screenshots');
let server: Running;
let browser: Browser;
let dataDir: string;
let point: { longitude: number; latitude: number };

// A tiny valid PNG (1×1, red) as the resident's photo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-loop-'));
  fs.chmodSync(dataDir, 0o755);
  server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    () => {},
  );
  // The resident stands in a grid of the demo grid worker, inside 滨河街道.
  const grid = await server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select('g.boundary')
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  point = { longitude: lon!, latitude: lat! };
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

async function staffPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

async function runAction(page: Page, action: string, fields: Record<string, string> = {}) {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`action-form-${action}`);
  await form.waitFor();
  for (const [name, value] of Object.entries(fields)) await form.getByTestId(`field-${name}`).fill(value);
  await page.getByTestId('action-submit').click();
  await form.waitFor({ state: 'detached' });
}

it('a resident reports with a photo → dispatched → the street office handles → the grid worker verifies → the resident rates', async () => {
  // 1. The resident reports from a phone, located by GPS, with a photo.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    locale: 'zh-CN',
    geolocation: point,
    permissions: ['geolocation'],
  });
  const resident = await phone.newPage();
  await resident.goto(`${server.url}/report`);
  await resident
    .getByTestId('report-description')
    .fill('小区东门垃圾桶旁暴露垃圾堆了好几天，没人清理，气味很大');
  await resident.getByTestId('report-category').click();
  await resident.keyboard.type('暴露垃圾');
  await resident.keyboard.press('Enter');
  await resident.getByTestId('report-gps').click();
  await resident.getByTestId('report-point').waitFor();
  await resident.getByTestId('report-photos').locator('input[type=file]').setInputFiles({
    name: 'garbage.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await resident.getByTestId('report-photos').locator('img').first().waitFor();
  await resident.screenshot({ path: path.join(shots, 'loop-01-report.png'), fullPage: true });
  await resident.getByTestId('report-submit').click();
  const receipt = resident.getByTestId('report-receipt');
  await receipt.waitFor();
  const caseNumber = (await resident.getByTestId('report-case-number').innerText()).replace(/\D/g, '');
  expect(caseNumber).toMatch(/^\d{16}$/);
  const trackingUrl = await resident.getByTestId('report-tracking-link').innerText();
  expect(trackingUrl).toContain(`/track/${caseNumber}?t=`);
  await resident.screenshot({ path: path.join(shots, 'loop-02-receipt.png'), fullPage: true });

  // 2. Routed by place and the duty list (暴露垃圾 → 属地) and dispatched at once to the street office.
  const handler = await staffPage('street_handler');
  await handler.goto(`${server.url}/cases/${caseNumber}`);
  await handler.getByTestId('case-detail').waitFor();
  await expect.poll(() => handler.getByText('滨河街道办事处').count()).toBeGreaterThan(0);
  await handler.screenshot({ path: path.join(shots, 'loop-03-dispatched.png'), fullPage: true });

  // 3. The street office accepts; its co-unit from the duty list (城管委) accepts and reports its own part, which
  // the lead's report waits for; then the street office reports the result.
  await runAction(handler, 'accept');
  const coUnit = await staffPage('cgw_handler');
  await coUnit.goto(`${server.url}/cases/${caseNumber}`);
  await coUnit.getByTestId('case-detail').waitFor();
  await runAction(coUnit, 'assist_accept');
  await runAction(coUnit, 'assist_report', { result: '已安排执法队员清理周边占道堆放' });
  await coUnit.screenshot({ path: path.join(shots, 'loop-03b-co-unit.png'), fullPage: true });
  await handler.reload();
  await handler.getByTestId('action-report').waitFor();
  await runAction(handler, 'report', { result: '已协调环卫公司清运垃圾，并增设两个垃圾桶' });
  await handler.screenshot({ path: path.join(shots, 'loop-04-reported.png'), fullPage: true });

  // 4. The grid worker of the grid verifies on site → closed.
  const worker = await staffPage('grid_worker');
  await worker.goto(`${server.url}/cases/${caseNumber}`);
  await worker.getByTestId('case-detail').waitFor();
  await runAction(worker, 'verify_pass', { note: '现场核查，垃圾已清理' });
  await worker.screenshot({ path: path.join(shots, 'loop-05-closed.png'), fullPage: true });
  const closed = await server.db
    .selectFrom('case')
    .select(['status', 'grid_code'])
    .where('id', '=', caseNumber)
    .executeTakeFirstOrThrow();
  expect(closed.status).toBe('closed');

  // 5. The resident opens the private link and rates it.
  await resident.goto(trackingUrl.startsWith('http') ? trackingUrl : `${server.url}${trackingUrl}`);
  await resident.getByTestId('rating-form').waitFor();
  await resident.getByTestId('rate-resolved').getByText('是').click();
  await resident.getByTestId('rate-rating').getByText('满意', { exact: true }).click();
  await resident.getByTestId('rate-comment').fill('处理很及时，谢谢');
  await resident.getByTestId('rate-submit').click();
  await resident.getByTestId('track-callback').waitFor();
  await resident.screenshot({ path: path.join(shots, 'loop-06-rated.png'), fullPage: true });
  const rated = await server.db
    .selectFrom('case')
    .select(['callback_rating', 'callback_resolved', 'status'])
    .where('id', '=', caseNumber)
    .executeTakeFirstOrThrow();
  expect(rated).toEqual({ callback_rating: 'satisfied', callback_resolved: true, status: 'closed' });
  const photos = await server.db
    .selectFrom('upload')
    .select('id')
    .where('case_id', '=', caseNumber)
    .execute();
  expect(photos).toHaveLength(1);
});
