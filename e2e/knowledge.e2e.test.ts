import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// 知识库 (issue 12): an operator types a consultation, the matching entries appear, she opens one and answers the
// caller from it — the consultation is closed citing the entry's version; the knowledge base page, the
// 一次性告知 sheet and the public page of the entry are captured.
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => env?.close());

async function staffPage(username: string): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript(() => localStorage.setItem('og_lang', 'zh-CN'));
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

it('an operator answers a consultation from a knowledge entry and closes it', async () => {
  const page = await staffPage('operator');
  await page.goto(`${env.server.url}/cases/new`);
  await page.locator('#description').fill('市民来电咨询首次办理居住证需要带什么材料，去哪里办');
  const hit = page.getByTestId('kb-panel-hit').filter({ hasText: '居住证首次申领' });
  await hit.waitFor();
  await page.screenshot({ path: path.join(shots, 'knowledge-intake.zh-CN.png'), fullPage: true });
  await hit.click();
  await expect.poll(() => page.getByTestId('kb-panel-answer').innerText()).toContain('居住地派出所');
  await page.screenshot({ path: path.join(shots, 'knowledge-intake-entry.zh-CN.png'), fullPage: true });
  await page.getByTestId('kb-answer-close').click();
  await page.waitForURL(/\/cases\/\d{16}$/);
  const caseId = page.url().split('/').pop()!;
  const c = await env.server.db
    .selectFrom('case')
    .select(['status', 'request_type', 'answer'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  expect(c).toMatchObject({ status: 'closed', request_type: 'consult' });
  expect(c.answer).toContain('居住证');
  const cited = await env.server.db
    .selectFrom('knowledge_use as u')
    .innerJoin('knowledge_entry as e', 'e.id', 'u.entry_id')
    .select(['e.title', 'u.version'])
    .where('u.case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  expect(cited.title).toBe('居住证首次申领');

  // the knowledge base page, searched, an entry open
  await page.goto(`${env.server.url}/knowledge`);
  await page.getByTestId('kb-search').locator('input').fill('低保 申请 材料');
  await page.getByTestId('kb-hit').first().click();
  await expect.poll(() => page.getByTestId('kb-entry').innerText()).toContain('最低生活保障');
  await page.screenshot({ path: path.join(shots, 'knowledge.zh-CN.png'), fullPage: true });

  // the 一次性告知 sheet and the public page
  const entryId = new URL(page.url()).searchParams.get('entry')!;
  const version = await env.server.db
    .selectFrom('knowledge_entry')
    .select('version')
    .where('id', '=', entryId)
    .executeTakeFirstOrThrow();
  await page.goto(`${env.server.url}/knowledge/${entryId}/print/${version.version}`);
  await expect.poll(() => page.getByTestId('kb-sheet').innerText()).toContain('一次性告知单');
  await page.screenshot({ path: path.join(shots, 'knowledge-sheet.zh-CN.png'), fullPage: true });
  await page.goto(`${env.server.url}/knowledge/usage`);
  await page.getByTestId('kb-usage').locator('tbody tr').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'knowledge-usage.zh-CN.png'), fullPage: true });

  const pub = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  await pub.goto(`${env.server.url}/public/knowledge/${entryId}`);
  await pub.getByTestId('kb-public-helped').click();
  await expect.poll(() => pub.getByTestId('kb-public').innerText()).toMatch(/感谢您的反馈|Thank you/);
  await pub.screenshot({ path: path.join(shots, 'knowledge-public.png'), fullPage: true });
});
