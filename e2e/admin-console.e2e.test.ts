import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-'));
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

it('admin logs in, opens the grid map, switches language and logs out', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill('admin');
  await page.locator('#password').fill('Demo@12345');
  await page.screenshot({ path: path.join(shots, '01-login.png') });
  await page.getByTestId('login-submit').click();

  await page.waitForURL(/\/admin\/map/);
  const map = page.getByTestId('region-map');
  await map.locator('canvas').first().waitFor({ state: 'visible' });
  await expect.poll(() => page.getByText('平谷区').count()).toBeGreaterThan(0);
  await chartsSettled(map);
  await page.screenshot({ path: path.join(shots, '02-map-zh.png') });

  await page.getByTestId('lang-switch').click();
  await expect.poll(() => page.getByText('Regions & grids').count()).toBeGreaterThan(0);
  await chartsSettled(map);
  await page.screenshot({ path: path.join(shots, '03-map-en.png') });

  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login/);
  await page.screenshot({ path: path.join(shots, '04-logged-out.png') });
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
  expect(me).toBe(401);
  expect(errors).toEqual([]);
});
