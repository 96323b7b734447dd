import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../apps/server/src/server.ts';
import { shots, startE2e, type E2eEnv } from './harness.ts';

/**
 * Issue 8, hole 9: names typed by people (grids, regions, units, categories, case texts) reach ECharts tooltips,
 * which are HTML. Every name gets a payload; every map and list page is opened and hovered; no element may come of
 * it. CSP is bypassed in the browser, so an inline handler that got through would run and set window.__xss.
 */
const PAYLOAD = `<img src=x onerror="window.__xss=1"><b class="injected">X</b>`;
const MARK = 'onerror="window.__xss=1"';

let server: Running;
let browser: Browser;
let e2e: E2eEnv;

beforeAll(async () => {
  ({ server, browser } = e2e = await startE2e());
  // As data imported from elsewhere or written before input checks existed would hold them.
  await sql`UPDATE region SET name = name || ${PAYLOAD} WHERE level IN ('street', 'community')`.execute(
    server.db,
  );
  await sql`UPDATE grid SET name = name || ${PAYLOAD}`.execute(server.db);
  await sql`UPDATE unit SET name = name || ${PAYLOAD}`.execute(server.db);
  await sql`UPDATE category SET name_zh = name_zh || ${PAYLOAD}, name_en = name_en || ${PAYLOAD}`.execute(
    server.db,
  );
  await sql`UPDATE "case" SET description = description || ${PAYLOAD}, address = coalesce(address, '') || ${PAYLOAD}`.execute(
    server.db,
  );
});

afterAll(async () => e2e?.close());

async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { context, page };
}

/** Nothing injected: no element of the payload, no handler run. */
async function expectClean(page: Page, where: string) {
  // Runs in the page; the e2e project is typed without the DOM library.
  const found = await page.evaluate(() => {
    const w = globalThis as unknown as {
      document: { querySelectorAll(selector: string): { length: number } };
      __xss?: unknown;
    };
    return { elements: w.document.querySelectorAll('img[src="x"], b.injected').length, xss: w.__xss ?? null };
  });
  expect(found, where).toEqual({ elements: 0, xss: null });
}

/**
 * Moves the mouse over a chart on a grid of points until its tooltip shows a payload as text (so a hostile name
 * did reach the tooltip), checking after every move that nothing was injected. Returns the tooltip's text.
 */
async function hoverUntilTooltip(
  page: Page,
  chart: Locator,
  where: string,
  required = true,
): Promise<string> {
  await chart.locator('canvas').first().waitFor({ state: 'visible' });
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  for (let i = 1; i < 8; i++) {
    for (let j = 1; j < 8; j++) {
      await page.mouse.move(box.x + (box.width * ((i * 3) % 8)) / 8, box.y + (box.height * j) / 8);
      await expectClean(page, where);
      const tip = chart.locator('div').filter({ hasText: MARK });
      const shown = await tip
        .last()
        .waitFor({ state: 'visible', timeout: 400 })
        .then(() => true)
        .catch(() => false);
      if (shown) return (await tip.last().textContent()) ?? '';
    }
  }
  if (required) throw new Error(`${where}: no tooltip with a hostile name appeared`);
  return '';
}

it('hostile names are shown as text on every map and list page, never as markup', async () => {
  const { context, page } = await signedIn('admin');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // The admin map: streets, then every grid of the district.
  await page.goto(`${server.url}/admin/map`);
  const map = page.getByTestId('region-map');
  const streetTip = await hoverUntilTooltip(page, map, 'admin map');
  expect(streetTip).toContain(PAYLOAD);
  await page.screenshot({ path: path.join(shots, 'xss-01-admin-map.png') });
  await page.getByTestId('toggle-grids').click();
  // Grid codes have 15 digits; wait until a hovered area's tooltip is a grid's.
  let gridTip = '';
  for (let attempt = 0; attempt < 10 && !/\d{15}/.test(gridTip); attempt++) {
    await page.mouse.move(0, 0);
    gridTip = await hoverUntilTooltip(page, map, 'admin map, grids');
  }
  expect(gridTip).toMatch(/\d{15}/);
  expect(gridTip).toContain(PAYLOAD);
  await page.screenshot({ path: path.join(shots, 'xss-02-admin-map-grids.png') });

  // The duty resolver under the duty list: its map of streets.
  await page.goto(`${server.url}/admin/duties`);
  await hoverUntilTooltip(page, page.getByTestId('resolver-map'), 'duty resolver');
  await page.screenshot({ path: path.join(shots, 'xss-03-duty-resolver.png') });

  // Lists: units, categories, cases.
  for (const url of ['/admin/units', '/admin/categories', '/cases']) {
    await page.goto(`${server.url}${url}`);
    await expect
      .poll(() => page.getByText(MARK, { exact: false }).count(), { message: url, timeout: 15_000 })
      .toBeGreaterThan(0);
    await expectClean(page, url);
  }
  await page.screenshot({ path: path.join(shots, 'xss-04-cases.png') });

  // A case with a place: its map of grids around it.
  const located = await sql<{ id: string }>`
    SELECT id FROM "case" WHERE lon IS NOT NULL ORDER BY created_at DESC LIMIT 1`.execute(server.db);
  await page.goto(`${server.url}/cases/${located.rows[0]!.id}`);
  await expect
    .poll(() => page.getByText(MARK, { exact: false }).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  // Its areas have no tooltip of their own (ECharts' geo component); hovering must still inject nothing.
  await hoverUntilTooltip(page, page.getByTestId('case-map'), 'case map', false);
  await expectClean(page, 'case detail');
  await page.screenshot({ path: path.join(shots, 'xss-05-case-detail.png') });

  // Analytics and the ranking.
  await page.goto(`${server.url}/analytics`);
  await page.getByTestId('analytics-page').waitFor();
  await hoverUntilTooltip(page, page.getByTestId('analytics-map'), 'analytics map');
  await page.screenshot({ path: path.join(shots, 'xss-06-analytics.png') });
  await page.goto(`${server.url}/assessment`);
  await expect
    .poll(() => page.getByText(MARK, { exact: false }).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expectClean(page, 'ranking');
  await page.screenshot({ path: path.join(shots, 'xss-07-ranking.png') });

  // The command dashboard, full screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${server.url}/command`);
  await page.getByTestId('command-dashboard').waitFor();
  await hoverUntilTooltip(page, page.getByTestId('cmd-map'), 'command dashboard');
  await page.screenshot({ path: path.join(shots, 'xss-08-command.png') });

  expect(errors).toEqual([]);
  await context.close();
});

it('the public report page shows hostile place names as text', async () => {
  const context = await browser.newContext({
    viewport: { width: 420, height: 900 },
    locale: 'zh-CN',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/report`);
  await page.locator('canvas').first().waitFor({ state: 'visible' });
  await expectClean(page, 'report');
  await page.screenshot({ path: path.join(shots, 'xss-09-report.png') });
  await context.close();
});
