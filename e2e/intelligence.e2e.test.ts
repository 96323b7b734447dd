import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shots, startE2e, type E2eEnv } from './harness.ts';

// The hotline's intelligence (issue 12) in the browser: the classifier's page (current model, per-group accuracy,
// confused pairs, retrain, roll back), a dismissive reply held for the dispatcher's review, and the dispatcher's
// queue with the classifier's categories and the words that drove them.
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

it('an admin reads the classifier model, retrains it into a new version and rolls back', async () => {
  const page = await staffPage('admin');
  await page.goto(`${env.server.url}/admin/classify`);
  // the model trained at start (the demo history): v1 in use, its figures per group and the confused pairs
  await page.getByText('当前模型 · 版本 v1').waitFor({ timeout: 90_000 });
  await page.getByText('各类别组在留出检验上的正确率').waitFor();
  await page.getByText('最常混淆的类别组').waitFor();
  expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(5);
  await page.screenshot({ path: path.join(shots, 'intelligence-01-model.png'), fullPage: true });

  await page.getByRole('button', { name: '立即重新训练' }).click();
  await page.getByText('已训练并启用 v2').waitFor({ timeout: 120_000 });
  await page.getByText('当前模型 · 版本 v2').waitFor();
  await page.screenshot({ path: path.join(shots, 'intelligence-02-retrained.png'), fullPage: true });

  // roll back: v1's row offers 启用此版本, confirmed
  const v1 = page.locator('tr.ant-table-row').filter({ hasText: /^v1/ });
  await v1.getByRole('button', { name: '启用此版本' }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await page.getByText('已启用 v1').waitFor();
  await page.getByText('当前模型 · 版本 v1').waitFor();
  expect(await v1.getByText('使用中').count()).toBe(1);
  await page.screenshot({ path: path.join(shots, 'intelligence-03-rolled-back.png'), fullPage: true });
  const active = await env.server.db
    .selectFrom('classify_model')
    .select('version')
    .where('active', '=', true)
    .execute();
  expect(active.map((m) => m.version)).toEqual([1]);
});

async function runAction(page: Page, action: string, fields: Record<string, string> = {}) {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`action-form-${action}`);
  await form.waitFor();
  for (const [name, value] of Object.entries(fields)) await form.getByTestId(`field-${name}`).fill(value);
  await page.getByTestId('action-submit').click();
  await form.waitFor({ state: 'detached' });
}

it('a dismissive reply is held; the dispatcher sees it with its reasons on 答复质量 and approves it', async () => {
  // a case of the demo led by 滨河's street office, open, with no co-unit still owing its part
  const db = env.server.db;
  const handler = await db
    .selectFrom('app_user')
    .select('unit_id')
    .where('username', '=', 'street_handler')
    .executeTakeFirstOrThrow();
  const c = await db
    .selectFrom('case as c')
    .innerJoin('assignment as a', 'a.case_id', 'c.id')
    .select(['c.id', 'a.status'])
    .where('a.role', '=', 'lead')
    .where('a.unit_id', '=', handler.unit_id)
    .where('a.status', 'in', ['pending', 'accepted'])
    .where('c.status', 'in', ['dispatched', 'in_progress'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assignment as x')
            .select('x.id')
            .whereRef('x.case_id', '=', 'c.id')
            .where('x.role', '=', 'assist')
            .where('x.status', 'in', ['pending', 'accepted']),
        ),
      ),
    )
    .orderBy('c.id')
    .executeTakeFirstOrThrow();
  const caseId = String(c.id);

  const unit = await staffPage('street_handler');
  await unit.goto(`${env.server.url}/cases/${caseId}`);
  await unit.getByTestId('case-detail').waitFor();
  if (c.status === 'pending') await runAction(unit, 'accept');
  await unit.getByTestId('action-report').waitFor();
  await runAction(unit, 'report', { result: '经查这是瞎投诉，没事找事，不予处理。' });
  await unit.screenshot({ path: path.join(shots, 'intelligence-04-reported.png'), fullPage: true });
  const held = await db
    .selectFrom('reply_score')
    .select(['id', 'status'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'held')
    .executeTakeFirst();
  expect(held).toBeDefined();

  const dispatcher = await staffPage('dispatcher');
  await dispatcher.goto(`${env.server.url}/reply-quality`);
  await dispatcher.getByRole('tab', { name: '待审核答复' }).click();
  const row = dispatcher.getByTestId('rq-held').locator('tr.ant-table-row').filter({ hasText: '瞎投诉' });
  await row.waitFor();
  // the reasons: the dismissive words named
  await row.getByText(/含有不当用语：.*瞎投诉/).waitFor();
  await dispatcher.screenshot({ path: path.join(shots, 'intelligence-05-held.png'), fullPage: true });
  await row.getByRole('button', { name: '通过，向居民展示' }).click();
  await dispatcher.getByText('已通过').waitFor();
  await row.waitFor({ state: 'detached' });
  const after = await db
    .selectFrom('reply_score')
    .select('status')
    .where('id', '=', held!.id)
    .executeTakeFirstOrThrow();
  expect(after.status).toBe('approved');
  await dispatcher.screenshot({ path: path.join(shots, 'intelligence-06-approved.png'), fullPage: true });
});

it("the dispatcher's queue shows each case's suggested categories with the words behind them", async () => {
  const page = await staffPage('dispatcher');
  await page.goto(`${env.server.url}/cases/queue`);
  const first = page.getByTestId('queue-item').first();
  await first.waitFor();
  // every case of the page gets its hints from one batch request, not one request per case
  const hints = page.getByTestId('queue-cat-hints');
  await hints.first().waitFor();
  expect(await hints.count()).toBeGreaterThan(1);
  expect(await page.getByTestId('queue-list').getByTestId('cat-word').count()).toBeGreaterThan(0);
  await expect.poll(() => hints.first().getByTestId('queue-cat').first().innerText()).toMatch(/\d+%$/);

  // the selected case: the ranked categories with their words; one click takes one as the category
  const card = page.getByTestId('category-suggestions');
  await card.getByTestId('category-suggestion').first().waitFor();
  expect(await card.getByTestId('cat-word').count()).toBeGreaterThan(0);
  // each word once (a jieba word and the same characters as an n-gram are one word to the reader)
  for (const row of await card.getByTestId('category-suggestion').all()) {
    const words = await row.getByTestId('cat-word').allInnerTexts();
    expect(new Set(words).size).toBe(words.length);
  }
  await page.screenshot({ path: path.join(shots, 'intelligence-07-queue.png'), fullPage: true });
  const selectedId = (await page.getByTestId('queue-item').first().getAttribute('data-case-id'))!;
  const pick = card
    .getByTestId('category-suggestion')
    .filter({ has: page.getByTestId('category-use') })
    .first();
  const code = (await pick.getAttribute('data-code'))!;
  const name = (await pick.locator('strong').first().innerText()).trim();
  await pick.getByTestId('category-use').click();
  const form = page.getByTestId('action-form-dispatch');
  await form.waitFor();
  // the dispatch form opens with the suggestion as its category; its lead follows the category's duty list
  await expect.poll(() => form.getByTestId('field-categoryCode').innerText()).toContain(name);
  await expect
    .poll(async () => (await form.getByTestId('field-leadUnitId').innerText()).trim().length)
    .toBeGreaterThan(0);
  await page.screenshot({ path: path.join(shots, 'intelligence-08-use-category.png'), fullPage: true });
  await page.getByTestId('action-submit').click();
  await form.waitFor({ state: 'detached' });
  // dispatched under the chosen category, and the change kept as a correction for the next training
  const after = await env.server.db
    .selectFrom('case')
    .select(['category_code', 'status'])
    .where('id', '=', selectedId)
    .executeTakeFirstOrThrow();
  expect(after).toMatchObject({ category_code: code, status: 'dispatched' });
  const corrections = await env.server.db
    .selectFrom('classify_correction')
    .select('case_id')
    .where('case_id', '=', selectedId)
    .execute();
  expect(corrections.length).toBe(1);
});

it('on a 1366×768 laptop the intake buttons hide none of the knowledge panel, wherever the page is scrolled', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await context.addInitScript(() => localStorage.setItem('og_lang', 'zh-CN'));
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill('operator');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${env.server.url}/cases/new`);
  await page.getByTestId('intake-description').fill('市民来电咨询首次办理居住证需要带什么材料，去哪里办');
  const hits = page.getByTestId('kb-panel-hit');
  await hits.nth(2).waitFor({ timeout: 60_000 });
  const bar = page.getByTestId('intake-actions');
  const overlaps = async () => {
    const b = (await bar.boundingBox())!;
    const covered: string[] = [];
    for (const h of await hits.all()) {
      const r = (await h.boundingBox())!;
      const inView = r.y < 768 && r.y + r.height > 0;
      if (
        inView &&
        r.x < b.x + b.width &&
        b.x < r.x + r.width &&
        r.y < b.y + b.height &&
        b.y < r.y + r.height
      )
        covered.push(await h.innerText());
    }
    return covered;
  };
  // at the top, with the panel scrolled into view, and at the end
  expect(await overlaps()).toEqual([]);
  await page.getByTestId('kb-panel').scrollIntoViewIfNeeded();
  expect(await overlaps()).toEqual([]);
  await hits.last().scrollIntoViewIfNeeded();
  expect(await overlaps()).toEqual([]);
  await page.mouse.wheel(0, 10_000);
  expect(await overlaps()).toEqual([]);
  await page.screenshot({ path: path.join(shots, 'intelligence-09-intake-laptop.png') });
  await context.close();
});

it('in English, an entry fits its column and each material being edited stays on one line with its remove button', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await context.addInitScript(() => localStorage.setItem('og_lang', 'en-US'));
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill('mzj_handler');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${env.server.url}/knowledge`);
  await page.getByTestId('kb-search').locator('input').fill('低保');
  await page.getByTestId('kb-hit').first().click();
  // the entry's facts fit its column: the page is no wider than the screen
  await page.getByTestId('kb-entry-facts').waitFor();
  const width = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );
  expect(width).toBeLessThanOrEqual(1440);
  await page.screenshot({ path: path.join(shots, 'intelligence-10-kb-entry-en.png') });
  await page.getByTestId('kb-edit').click();
  const rows = page.getByTestId('kb-material-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(1);
  // both boxes in one frame: the modal opens with a zoom, and boxes read one after the other during it disagree
  for (const row of await rows.all()) {
    const { input, remove } = await row.evaluate((el) => {
      interface Boxed {
        getBoundingClientRect(): { y: number; height: number };
        querySelector(selector: string): Boxed | null;
      }
      const box = (e: Boxed | null) => {
        const r = e!.getBoundingClientRect();
        return { y: r.y, height: r.height };
      };
      const root = el as unknown as Boxed;
      return {
        input: box(root.querySelector('input')),
        remove: box(root.querySelector('[data-testid="kb-material-remove"]')),
      };
    });
    const middle = remove.y + remove.height / 2;
    expect(middle).toBeGreaterThan(input.y);
    expect(middle).toBeLessThan(input.y + input.height);
  }
  await page.screenshot({ path: path.join(shots, 'intelligence-11-kb-edit-en.png') });
  await context.close();
});

it('the 舆情 alerts show their times in Beijing time, whatever the browser’s zone', async () => {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.addInitScript(() => localStorage.setItem('og_lang', 'en-US'));
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.locator('#username').fill('dispatcher');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const item = await env.server.db
    .selectFrom('opinion_alert as a')
    .innerJoin('opinion_item as i', 'i.id', 'a.item_id')
    .select(['i.title', 'a.due_at'])
    .orderBy('a.due_at')
    .executeTakeFirstOrThrow();
  // the due time as the console writes every time: yyyy-mm-dd hh:mm in Asia/Shanghai
  const shanghai = new Date(new Date(item.due_at).getTime() + 8 * 3600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
  await page.goto(`${env.server.url}/opinion`);
  const row = page.locator('tr.ant-table-row').filter({ hasText: item.title });
  await row.waitFor();
  expect(await row.innerText()).toContain(shanghai);
  await context.close();
});
