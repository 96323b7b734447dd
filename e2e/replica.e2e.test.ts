import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

/** The platform with REPLICA=true: the dashboards and the ranking say how far behind their figures are. */
let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e({ REPLICA: 'true' });
});

afterAll(async () => env?.close());

it('the command dashboard and the ranking show "数据延迟 N 秒" read from the replica', async () => {
  const page = await signedInPage(env, 'supervisor', { device: { viewport: { width: 1920, height: 1080 } } });

  await page.goto(`${env.server.url}/command`);
  const lag = page.getByTestId('data-lag');
  await lag.waitFor();
  expect(await lag.getAttribute('data-lag')).toMatch(/^\d+(\.\d+)?$/);
  expect(await lag.textContent()).toMatch(/^数据延迟 \d+ 秒$/);
  await page.screenshot({ path: path.join(shots, 'replica-01-command-lag.png') });

  await page.goto(`${env.server.url}/assessment`);
  const rankingLag = page.getByTestId('data-lag');
  await rankingLag.waitFor();
  expect(await rankingLag.textContent()).toMatch(/^数据延迟 \d+ 秒$/);
  await page.screenshot({ path: path.join(shots, 'replica-02-ranking-lag.png') });

  // the whole city's street ranking too (a district's staff see it; the city's own command screen shows the
  // same tag above its districts' table: AreasPanel)
  await page.goto(`${env.server.url}/assessment/city`);
  const cityLag = page.getByTestId('data-lag');
  await cityLag.waitFor();
  expect(await cityLag.getAttribute('data-lag')).toMatch(/^\d+(\.\d+)?$/);
  expect(await cityLag.textContent()).toMatch(/^数据延迟 \d+ 秒$/);
  await page.screenshot({ path: path.join(shots, 'replica-03-city-ranking-lag.png') });
  await page.context().close();
});
