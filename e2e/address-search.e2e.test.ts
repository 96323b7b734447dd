/**
 * Issue 10, standard addresses in the browser: an operator types a messy address at intake, picks the library's
 * candidate, and the map moves to that building (the point is set to it and the map asks for the building layer
 * around it); screenshots of the picker and of the map with roads and buildings, in zh-CN and en-US.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chartsSettled, shots, startE2e, type E2eEnv } from './harness.ts';

let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e();
}, 600_000);
afterAll(async () => env?.close());

async function operatorPage(lang: 'zh-CN' | 'en-US'): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: lang });
  await context.addInitScript((l) => localStorage.setItem('og_lang', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill('operator');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { page, errors };
}

interface Node {
  id: string;
  kind: string;
  name: string;
  fullName: string;
  lon: number;
  lat: number;
  path: { kind: string; name: string }[];
}

/** A building of a compound in the demo community (滨河), read through the API as the signed-in operator. */
async function aBuilding(page: Page): Promise<{ building: Node; compound: string; number: string }> {
  return page.evaluate(async () => {
    const get = async <T>(url: string) => (await (await fetch(url)).json()) as T;
    const found = await get<{ items: { id: string; kind: string }[] }>(
      `/api/addresses/search?q=${encodeURIComponent('小区1号楼')}&within=110117001000&limit=20`,
    );
    for (const item of found.items) {
      if (item.kind !== 'building') continue;
      const building = await get<Node>(`/api/addresses/${item.id}`);
      const compound = building.path.find((p) => p.kind === 'compound')?.name;
      const number = /^(\d+)号楼$/.exec(building.name)?.[1];
      if (compound && number) return { building, compound, number };
    }
    // any building of a compound in 滨河: the layers of the street's first community
    throw new Error('no compound building found in 滨河');
  });
}

it('an operator types an address at intake and the map moves to the building', async () => {
  for (const lang of ['zh-CN', 'en-US'] as const) {
    const { page, errors } = await operatorPage(lang);
    await page.goto(`${env.server.url}/cases/new`);
    await page.getByTestId('intake-map').locator('canvas').first().waitFor();
    const { building, compound, number } = await aBuilding(page);

    // a messy text: full-width building number, 栋 for 号楼, no district or street, 小区 dropped
    const typed = `${compound.replace(/小区$/, '')}${String.fromCharCode(0xff10 + Number(number[0]))}${number.slice(1)}栋`;
    const layers = page.waitForResponse(
      (r) => {
        if (!r.url().includes('/api/addresses/layers')) return false;
        const u = new URL(r.url());
        const [a, b, c, d] = (u.searchParams.get('bbox') ?? '').split(',').map(Number);
        return (
          Number(u.searchParams.get('zoom')) >= 15 &&
          a! <= building.lon &&
          building.lon <= c! &&
          b! <= building.lat &&
          building.lat <= d!
        );
      },
      { timeout: 20_000 },
    );
    await page.getByTestId('intake-address').fill(typed);
    const option = page.getByTestId('address-option').first();
    await option.waitFor();
    await expect.poll(() => option.textContent()).toContain(building.fullName);
    await page.screenshot({ path: path.join(shots, `address-picker-${lang}.png`) });
    await option.click();

    // the point is the building's, the field holds its full name, the map asks for the buildings around it
    await expect.poll(() => page.getByTestId('intake-address').inputValue()).toBe(building.fullName);
    await page.getByTestId('located').waitFor();
    await page.getByText(`${building.lon.toFixed(5)}, ${building.lat.toFixed(5)}`).waitFor();
    const answer = await layers;
    const shapes = (await answer.json()) as { features: { properties: { id: string; kind: string } }[] };
    expect(shapes.features.some((f) => f.properties.id === building.id)).toBe(true);
    expect(shapes.features.some((f) => f.properties.kind === 'road')).toBe(true);
    await chartsSettled(page.getByTestId('intake-map'));
    await page.getByTestId('intake-map').screenshot({ path: path.join(shots, `address-map-${lang}.png`) });
    expect(errors).toEqual([]);
    await page.context().close();
  }
}, 240_000);
