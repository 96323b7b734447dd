import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../apps/server/src/config.ts';
import { startServer, type Running } from '../apps/server/src/server.ts';

/** The platform with REPLICA=true: the dashboards and the ranking say how far behind their figures are. */
const shots = path.join(import.meta.dirname, 'screenshots');
let server: Running;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-replica-'));
  fs.chmodSync(dataDir, 0o755);
  server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', REPLICA: 'true' }),
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

it('the command dashboard and the ranking show "数据延迟 N 秒" read from the replica', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill('supervisor');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  await page.goto(`${server.url}/command`);
  const lag = page.getByTestId('data-lag');
  await lag.waitFor();
  expect(await lag.getAttribute('data-lag')).toMatch(/^\d+(\.\d+)?$/);
  expect(await lag.textContent()).toMatch(/^数据延迟 \d+ 秒$/);
  await page.screenshot({ path: path.join(shots, 'replica-01-command-lag.png') });

  await page.goto(`${server.url}/assessment`);
  const rankingLag = page.getByTestId('data-lag');
  await rankingLag.waitFor();
  expect(await rankingLag.textContent()).toMatch(/^数据延迟 \d+ 秒$/);
  await page.screenshot({ path: path.join(shots, 'replica-02-ranking-lag.png') });

  // the whole city's street ranking too (a district's staff see it; the city's own command screen shows the
  // same tag above its districts' table: AreasPanel)
  await page.goto(`${server.url}/assessment/city`);
  const cityLag = page.getByTestId('data-lag');
  await cityLag.waitFor();
  expect(await cityLag.getAttribute('data-lag')).toMatch(/^\d+(\.\d+)?$/);
  expect(await cityLag.textContent()).toMatch(/^数据延迟 \d+ 秒$/);
  await page.screenshot({ path: path.join(shots, 'replica-03-city-ranking-lag.png') });
  await context.close();
});
