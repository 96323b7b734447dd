/**
 * The grid worker's phone app offline (issue 11): installed by one online visit, it opens with no network, takes a
 * visit with a photo and a patrol finding, and sends both once the network is back — exactly once, even when the
 * first answers are lost on the way and the queue sends them again.
 */
import path from 'node:path';
import { centroidOf } from '@onegrid/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

let env: E2eEnv;
let point: { longitude: number; latitude: number };
let gridCode: string;

// A tiny valid PNG (1×1, red) as the visit's photo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  env = await startE2e();
  const grid = await env.server.db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.boundary', 'g.code', 'g.name'])
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  gridCode = grid.code;
  const [lon, lat] = centroidOf(grid.boundary);
  point = { longitude: lon!, latitude: lat! };
});

afterAll(async () => {
  await env?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `field-${name}.png`) });

async function pendingCount(page: Page): Promise<number> {
  return page.getByTestId('queue-pending').count();
}

it('opens offline after one online login, records a visit with a photo and a finding, and sends each exactly once', async () => {
  const context: BrowserContext = await env.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: point,
    permissions: ['geolocation'],
  });
  const errors: string[] = [];
  let page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));

  // 1. Online: log in; a grid worker lands on the field app.
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill('grid_worker');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => u.pathname === '/field');
  await page.getByTestId('field-today').waitFor();

  // 2. The service worker is installed (the app precached) and controls the page after a reload.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.reload();
  await page.waitForFunction('navigator.serviceWorker.controller !== null');
  // the offline data is on the phone: the visits due are listed
  await page.getByTestId('tab-visits').click();
  await page.getByTestId('visit-due').first().waitFor();
  const dueBefore = await page.getByTestId('visit-due').count();
  expect(dueBefore).toBeGreaterThan(0);

  // 3. No network; the app is closed and opened afresh.
  await context.setOffline(true);
  await page.close();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/field`);
  await page.getByTestId('field-today').waitFor();
  await expect.poll(() => page.getByTestId('field-offline').isVisible()).toBe(true);
  await shot(page, '01-today-offline');

  // 4. A visit with a photo, offline.
  await page.getByTestId('tab-visits').click();
  await page.getByTestId('visit-due').first().click();
  const form = page.getByTestId('visit-form');
  await form.waitFor();
  await page.getByTestId('visit-photos').locator('input[type=file]').setInputFiles({
    name: 'door.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await page.getByTestId('visit-photos').locator('img').first().waitFor();
  await page.getByTestId('visit-note').fill('入户走访，老人身体状况良好，燃气阀门已检查');
  await shot(page, '02-visit-form-offline');
  await page.getByTestId('visit-save').click();
  await page.getByTestId('field-visits').waitFor();
  // the due list marks the visit as waiting to be sent
  await page.getByTestId('visit-queued').first().waitFor();

  // 5. A patrol finding, offline.
  await page.getByTestId('tab-patrol').click();
  await page.getByTestId('patrol-finding-open').click();
  await page.getByTestId('finding-description').fill('小区北门路灯不亮，夜间行人看不清台阶');
  await page.getByTestId('finding-save').click();
  await page.getByTestId('finding-form').waitFor({ state: 'detached' });
  await shot(page, '03-patrol-offline');

  // 6. Both wait in the queue.
  await page.getByTestId('tab-queue').click();
  await expect.poll(() => pendingCount(page)).toBe(2);
  await shot(page, '04-queue-offline');

  // 7. Back online — but the first answer to each record is lost on the way (the server has stored it): the
  // records stay queued and are sent again, which must add nothing.
  const lost = new Set<string>();
  await context.route(/\/api\/(field\/visits|cases)$/, async (route) => {
    const url = new URL(route.request().url()).pathname;
    if (route.request().method() !== 'POST' || lost.has(url)) return route.continue();
    await route.fetch();
    lost.add(url);
    return route.abort('connectionreset');
  });
  await context.setOffline(false);
  await expect
    .poll(
      async () => {
        const send = page.getByTestId('queue-send');
        // the first attempt starts by itself when the network is back; after a lost answer the worker may press send
        if (lost.size > 0 && (await send.isEnabled())) await send.click().catch(() => undefined);
        return pendingCount(page);
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(0);
  expect([...lost].sort()).toEqual(['/api/cases', '/api/field/visits']);
  // nothing set aside (refused or in conflict): the second sending of each was taken as the same record
  expect(await page.getByTestId('queue-rejected').count()).toBe(0);
  expect(await page.getByTestId('queue-conflict').count()).toBe(0);
  await expect.poll(() => page.getByTestId('queue-sent').count()).toBeGreaterThanOrEqual(2);
  await shot(page, '05-queue-sent');

  // 8. Each arrived exactly once.
  const db = env.server.db;
  const worker = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const visits = await db
    .selectFrom('field_submission')
    .select(['instance_id', 'record_id'])
    .where('user_id', '=', worker.id)
    .where('kind', '=', 'visit')
    .execute();
  expect(visits).toHaveLength(1);
  const visitRows = await db
    .selectFrom('visit')
    .select('id')
    .where('id', '=', visits[0]!.record_id)
    .execute();
  expect(visitRows).toHaveLength(1);
  const findings = await db
    .selectFrom('case')
    .select('id')
    .where('channel', '=', 'grid_patrol')
    .where('description', '=', '小区北门路灯不亮，夜间行人看不清台阶')
    .execute();
  expect(findings).toHaveLength(1);

  expect(errors).toEqual([]);
  await context.close();
});

it('screens of each field page at 390×844, in Chinese and one in English', async () => {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: point,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill('grid_worker');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => u.pathname === '/field');
  await page.getByTestId('field-map').waitFor();
  await shot(page, '10-today');

  await page.getByTestId('tab-patrol').click();
  await page.getByTestId('patrol-start-card').waitFor();
  await shot(page, '11-patrol-start');
  await page.getByTestId('patrol-tracking').click();
  await page.getByTestId('patrol-start').click();
  await page.getByTestId('patrol-run').waitFor();
  await page.getByTestId('patrol-checkin').click();
  await page.getByTestId('patrol-checkin-item').first().waitFor();
  await page
    .getByTestId('field-map-me')
    .waitFor({ state: 'attached' })
    .catch(() => undefined);
  await shot(page, '12-patrol-running');
  await page.getByTestId('patrol-quickfix-open').click();
  await page.getByTestId('quickfix-form').waitFor();
  await page.getByTestId('quickfix-form').scrollIntoViewIfNeeded();
  await shot(page, '13-quick-fix');

  await page.getByTestId('tab-visits').click();
  await page.getByTestId('visit-due').first().waitFor();
  await shot(page, '14-visits');
  await page.getByTestId('visit-due').first().click();
  await page.getByTestId('visit-form').waitFor();
  await shot(page, '15-visit-form');

  // the patrol ends into the queue; the queue page shows what waits and what was sent
  await page.getByTestId('tab-patrol').click();
  await page.getByTestId('patrol-end').click();
  await page.getByTestId('patrol-start-card').waitFor();
  await page.getByTestId('tab-queue').click();
  await expect.poll(() => page.getByTestId('queue-sent').count()).toBeGreaterThan(0);
  await shot(page, '16-queue');
  const patrols = await env.server.db
    .selectFrom('patrol')
    .select(['id', 'tracking'])
    .where('grid_code', '=', gridCode)
    .execute();
  expect(patrols.length).toBeGreaterThan(0);

  // English
  await page.evaluate("localStorage.setItem('og_lang', 'en-US')");
  await page.goto(`${env.server.url}/field`);
  await page.getByTestId('field-map').waitFor();
  await expect.poll(() => page.getByTestId('tab-today').innerText()).toBe('My day');
  await shot(page, '17-today-en');
  expect(errors).toEqual([]);
  await context.close();
});
