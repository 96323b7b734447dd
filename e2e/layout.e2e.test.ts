/**
 * Layout and times seen in the screenshots (e2e/screens/shoot.ts): lists on a phone (390×844) never make the page
 * wider than the screen (a wide table scrolls inside its card), a case list shows its deadline column without
 * scrolling sideways, and a browser outside China still reads Beijing time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInPage, startE2e, type E2eEnv } from './harness.ts';

let e2e: E2eEnv;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const signIn = (username: string, device: object = PHONE): Promise<Page> =>
  signedInPage(e2e, username, { device, timezoneId: 'UTC' });

/** How much wider than the screen the page is laid out (a phone zooms out to show it all). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const d = globalThis as unknown as { document: { documentElement: { scrollWidth: number } } };
    return d.document.documentElement.scrollWidth - 390;
  });
}

it('base-data and 一表通 lists fit the width of a phone', async () => {
  const page = await signIn('street_lead');
  for (const url of ['/basedata/persons', '/basedata/houses', '/basedata/organisations', '/reports']) {
    await page.goto(`${e2e.server.url}${url}`);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    expect({ url, overflow: await overflow(page) }).toEqual({ url, overflow: 0 });
  }
  // organisations show their type by name (the list showed bare codes such as 030103)
  await page.goto(`${e2e.server.url}/basedata/organisations`);
  const first = page.locator('tbody tr.ant-table-row').first();
  await first.waitFor();
  expect(await first.innerText()).not.toMatch(/\b\d{6}\b/);
  await page.context().close();
});

it('a case list on a phone shows the deadline column without scrolling sideways', async () => {
  const page = await signIn('dispatcher');
  await page.goto(`${e2e.server.url}/cases`);
  await page.locator('tbody tr.ant-table-row').first().waitFor();
  expect(await overflow(page)).toBe(0);
  const due = await page.locator('thead th', { hasText: '时限' }).first().boundingBox();
  expect(due).not.toBeNull();
  expect(due!.x).toBeLessThan(390);
  await page.context().close();
});

it('一表通 deadlines are Beijing time in a browser running in UTC', async () => {
  const page = await signIn('community_lead', { viewport: { width: 1440, height: 900 } });
  await page.goto(`${e2e.server.url}/reports`);
  await page.locator('tbody tr.ant-table-row').first().waitFor();
  const list: unknown = await page.evaluate(async () => (await fetch('/api/reports/instances')).json());
  const dueAt = (list as { items: { dueAt: string }[] }).items[0]!.dueAt;
  const beijing = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(dueAt));
  expect(await page.locator('tbody').first().innerText()).toContain(beijing);
  await page.context().close();
});
