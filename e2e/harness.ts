import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../apps/server/src/config.ts';
import { startServer, type Running } from '../apps/server/src/server.ts';
import { waitFor } from '../apps/server/src/test/wait.ts';

/** Where every browser test writes its screenshots. */
export const shots = path.join(import.meta.dirname, 'screenshots');

export interface E2eEnv {
  server: Running;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The whole platform with its demo data on a fresh embedded database in a temporary DATA_DIR, and Debian's
 * Chromium (CHROMIUM_PATH to override) — what a browser test starts in beforeAll and closes in afterAll.
 * `env` adds settings (e.g. `{ REPLICA: 'true' }`).
 */
export async function startE2e(env: Record<string, string> = {}): Promise<E2eEnv> {
  fs.mkdirSync(shots, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env }),
    () => {},
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the canvases under `root` stop changing (ECharts has finished its animation): three looks in a row,
 * 150 ms apart, see the same pixels. For screenshots, instead of sleeping for a guessed time.
 */
export async function chartsSettled(root: Locator, timeout = 15_000): Promise<void> {
  const look = () =>
    root
      .locator('canvas')
      .evaluateAll((canvases) =>
        canvases.map((c) => (c as unknown as { toDataURL(): string }).toDataURL()).join('|'),
      );
  let before = await look();
  let same = 0;
  await waitFor(
    async () => {
      const now = await look();
      same = now === before ? same + 1 : 0;
      before = now;
      return same >= 2;
    },
    { timeout, interval: 150, what: 'the charts to settle' },
  );
}

/** Points of the intake map to try, as fractions of its box: the centre first. */
export const GRID_TRIES: [number, number][] = [
  [0.5, 0.5],
  [0.45, 0.45],
  [0.55, 0.55],
  [0.4, 0.55],
  [0.6, 0.45],
  [0.5, 0.35],
  [0.5, 0.65],
  [0.35, 0.5],
  [0.65, 0.5],
];

/** Clicks the intake map until the point lies in a grid (the located path names a street); returns the text. */
export async function pickPoint(
  page: Page,
  tries: [number, number][],
): Promise<{ at: [number, number]; located: string }> {
  const map = page.getByTestId('intake-map');
  await map.locator('canvas').first().waitFor();
  const box = (await map.boundingBox())!;
  for (const [fx, fy] of tries) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    const located = page.getByTestId('located');
    const outside = page.getByText('所选位置不在管辖范围内');
    await located
      .or(outside)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    if (await located.isVisible()) {
      const text = (await located.textContent()) ?? '';
      if (/街道|镇|乡|地区/.test(text) && text.split('/').length >= 4) return { at: [fx, fy], located: text };
    }
  }
  throw new Error('no point of the map lies in a grid');
}

/** A phone, as the residents' and grid workers' pages are designed for (390×844, touch). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true } as const;
/** A laptop, as the console is used. */
export const LAPTOP = { viewport: { width: 1440, height: 900 } } as const;

/**
 * A new browser context signed in as a demo user (password Demo@12345) through the login page, in the given language
 * and device, with times in Beijing time unless told otherwise; answers once the login page is left.
 */
export async function signedInPage(
  env: E2eEnv,
  username: string,
  opts: { lang?: 'zh-CN' | 'en-US'; device?: object; timezoneId?: string; from?: string } = {},
): Promise<Page> {
  const lang = opts.lang ?? 'zh-CN';
  const context = await env.browser.newContext({
    ...(opts.device ?? LAPTOP),
    locale: lang,
    timezoneId: opts.timezoneId ?? 'Asia/Shanghai',
  });
  await context.addInitScript((l) => localStorage.setItem('og_lang', l), lang);
  const page = await context.newPage();
  await page.goto(`${env.server.url}${opts.from ?? '/login'}`);
  await page.waitForURL(/\/login/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** The API as a demo user: a fetch that carries the session cookie and the CSRF token. */
export async function apiAs(
  env: E2eEnv,
  username: string,
): Promise<(method: string, url: string, body?: unknown) => Promise<Response>> {
  const res = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (method, url, body) =>
    fetch(`${env.server.url}${url}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}
