/**
 * Screenshots of the console and the public pages, desktop (1440×900) and phone (390×844, 2×), in zh-CN, for a
 * person to look at: admin lists, case lists and details with overdue (超期) and to-verify (待核查) cases, the
 * resident's report and tracking pages, patrol and verification on a phone, the base data and 一表通.
 *
 *   npm run build:web && npm exec -- tsx e2e/screens/shoot.ts [outDir] [name-filter]
 *
 * It starts the platform the way the browser tests do (e2e/harness.ts: a fresh embedded database with the demo,
 * at the browser tests' small base-data scale) and writes PNGs to outDir (default $TMPDIR/onegrid-screens, outside
 * the repository). The browser runs in UTC on purpose: a time shown in the browser's zone instead of Asia/Shanghai
 * is then eight hours off and easy to see.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

process.env.DEMO_BASE_SCALE ??= '0.02';
const { startE2e, pickPoint, GRID_TRIES } = await import('../harness.ts');
const { waitFor } = await import('../../apps/server/src/test/wait.ts');

const out = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'onegrid-screens'));
const only = process.argv[3];
fs.mkdirSync(out, { recursive: true });

type Device = 'desk' | 'phone' | 'laptop';
const DEVICES: Record<Device, Parameters<Browser['newContext']>[0]> = {
  desk: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  /** a common office laptop: the intake page's sticky submit bar must hide nothing here */
  laptop: { viewport: { width: 1366, height: 768 } },
};

const e2e = await startE2e();
const base = e2e.server.url;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

async function signIn(
  username: string | null,
  device: Device,
  lang: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<Page> {
  const context = await e2e.browser.newContext({
    ...DEVICES[device],
    locale: lang,
    timezoneId: 'UTC',
    geolocation: { longitude: 117.121, latitude: 40.14 },
    permissions: ['geolocation'],
  });
  contexts.push(context);
  await context.addInitScript((l) => localStorage.setItem('og_lang', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${username ?? 'public'}/${device}: ${e.message}`));
  if (!username) return page;
  await page.goto(`${base}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Waits until nothing spins and the network is quiet, then takes the whole page. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await waitFor(async () => (await page.locator('.ant-spin-spinning, .ant-skeleton-active').count()) === 0, {
    timeout: 20_000,
    what: `${name}: loading to finish`,
  });
  // charts and maps animate: three looks 200 ms apart must see the same canvases
  let before = '';
  let same = 0;
  await waitFor(
    async () => {
      const now = await page
        .locator('canvas')
        .evaluateAll((cs) =>
          cs.map((c) => (c as unknown as { toDataURL(): string }).toDataURL().length).join('|'),
        );
      same = now === before ? same + 1 : 0;
      before = now;
      return same >= 2;
    },
    { timeout: 15_000, interval: 200, what: `${name}: canvases to settle` },
  );
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  // a page wider than the screen (a phone then zooms out to fit it): say so
  const width = page.viewportSize()?.width ?? 0;
  const overflow = await page.evaluate((w) => {
    const d = globalThis as unknown as { document: { documentElement: { scrollWidth: number } } };
    return d.document.documentElement.scrollWidth - w;
  }, width);
  console.log(`${name}.png${overflow > 0 ? `  (page ${overflow}px wider than the screen)` : ''}`);
}

async function visit(page: Page, url: string, name: string): Promise<void> {
  if (only && !name.includes(only)) return;
  await page.goto(`${base}${url}`);
  await shot(page, name);
}

/** A GET with the page's session. */
async function apiGet<T>(page: Page, url: string): Promise<T> {
  const body: unknown = await page.evaluate(async (u) => {
    const r = await fetch(u, { headers: { 'accept-language': 'zh-CN' } });
    if (!r.ok) throw new Error(`${u}: ${r.status}`);
    return r.json();
  }, url);
  return body as T;
}

interface Row {
  id: string;
  status: string;
  dueState: string | null;
}

try {
  for (const device of ['desk', 'phone'] as const) {
    // 1. admin lists
    const admin = await signIn('admin', device);
    await visit(admin, '/admin/units', `${device}-admin-units`);
    await visit(admin, '/admin/map', `${device}-admin-grids`);
    await visit(admin, '/admin/categories', `${device}-admin-categories`);
    await visit(admin, '/admin/field-rules', `${device}-admin-field-rules`);
    await visit(admin, '/admin/duties', `${device}-admin-duties`);
    const security = await signIn('security_admin', device);
    await visit(security, '/admin/users', `${device}-admin-users`);

    // 2. case lists and details: overdue, and awaiting verification
    const dispatcher = await signIn('dispatcher', device);
    await visit(dispatcher, '/cases', `${device}-cases-all`);
    const all = await apiGet<{ items: Row[] }>(dispatcher, '/api/cases?view=all&pageSize=200');
    const overdue =
      all.items.find((c) => c.dueState === 'overdue' && ['dispatched', 'in_progress'].includes(c.status)) ??
      all.items.find((c) => c.dueState === 'overdue');
    if (overdue) await visit(dispatcher, `/cases/${overdue.id}`, `${device}-case-overdue`);
    else problems.push('no overdue case in the demo');
    await visit(dispatcher, '/cases/queue', `${device}-cases-queue`);
    const handler = await signIn('street_handler', device);
    await visit(handler, '/cases/inbox?tab=overdue', `${device}-inbox-overdue`);
    const supervisor = await signIn('supervisor', device);
    await visit(supervisor, '/supervision', `${device}-supervision`);

    // 3. the grid worker: verifications and patrol
    const worker = await signIn('grid_worker', device);
    await visit(worker, '/cases/inbox?tab=toVerify', `${device}-inbox-to-verify`);
    const toVerify = await apiGet<{ items: Row[] }>(worker, '/api/cases?view=verify&pageSize=50');
    if (toVerify.items[0]) await visit(worker, `/cases/${toVerify.items[0].id}`, `${device}-case-to-verify`);
    else problems.push('no case waiting for verification in the demo');
    await visit(worker, '/field/patrol', `${device}-patrol`);

    // 4. the resident: report, receipt, tracking
    const resident = await signIn(null, device);
    await visit(resident, '/report', `${device}-report`);
    if (!only || `${device}-track`.includes(only)) {
      await resident.goto(`${base}/report`);
      await resident.getByTestId('report-description').fill('小区东门路灯坏了三天，晚上很黑，老人出门不方便');
      await resident.getByTestId('report-gps').click();
      await resident.getByTestId('report-point').waitFor();
      await resident.getByTestId('report-submit').click();
      await resident.getByTestId('report-receipt').waitFor();
      await shot(resident, `${device}-report-receipt`);
      const link = await resident.getByTestId('report-tracking-link').innerText();
      await visit(resident, new URL(link, base).pathname + new URL(link, base).search, `${device}-track`);
      await visit(resident, '/track', `${device}-track-find`);
    }

    // 5. the base data (一标三实) and 一表通
    const lead = await signIn('street_lead', device);
    await visit(lead, '/basedata/persons', `${device}-bd-persons`);
    const persons = await apiGet<{ items: { id: string }[] }>(lead, '/api/basedata/persons?pageSize=1');
    if (persons.items[0])
      await visit(lead, `/basedata/persons/${persons.items[0].id}`, `${device}-bd-person`);
    await visit(lead, '/basedata/houses', `${device}-bd-houses`);
    await visit(lead, '/basedata/houses?rental=true', `${device}-bd-rentals`);
    await visit(lead, '/basedata/organisations', `${device}-bd-orgs`);
    await visit(lead, '/basedata/tagged?tag=elderly_alone', `${device}-bd-tagged`);
    await visit(lead, '/basedata/import', `${device}-bd-import`);
    await visit(lead, '/reports', `${device}-reports`);
    // 6. the street's field-work view (issue 11) and a grid worker's log
    await visit(lead, '/fieldwork', `${device}-fieldwork`);
    const fieldGrids = await apiGet<{ items: { workers: { id: string }[]; lastPatrolAt: string | null }[] }>(
      lead,
      '/api/fieldview/grids?period=week',
    );
    const busy = fieldGrids.items.find((g) => g.workers.length && g.lastPatrolAt)?.workers[0];
    if (busy) {
      await visit(lead, `/fieldwork/workers/${busy.id}`, `${device}-fieldwork-worker`);
      // the drill-down to one record: the worker's latest patrol, with its track
      const log = await apiGet<{ patrols: { id: string }[] }>(lead, `/api/fieldview/workers/${busy.id}`);
      if (log.patrols[0])
        await visit(lead, `/fieldwork/patrols/${log.patrols[0].id}`, `${device}-fieldwork-patrol`);
    }
    await visit(lead, '/fieldwork/tasks', `${device}-fieldwork-tasks`);
    await visit(lead, '/mediation', `${device}-mediation-list`);
    await visit(worker, '/field/tasks', `${device}-field-tasks`);
    await visit(worker, '/field/buildings', `${device}-field-buildings`);
    const mzj = await signIn('mzj_handler', device);
    await visit(mzj, '/fieldwork/signoffs', `${device}-fieldwork-signoffs`);
    await visit(mzj, '/basedata/tagged?tag=dibao', `${device}-bd-tagged-mzj`);
    await visit(mzj, '/reports', `${device}-reports-mzj`);
    // 知识库 (issue 12): the owner's view (民政局 edits its entries), the usage report
    await visit(mzj, '/knowledge', `${device}-knowledge`);
    await visit(mzj, '/knowledge/usage', `${device}-knowledge-usage`);
    const community = await signIn('community_lead', device);
    await visit(community, '/reports', `${device}-reports-community`);
    // 积分制 (issue 13): the console page and the community's public page
    await visit(community, '/points', `${device}-points`);
    await visit(community, '/public/points/110117001001', `${device}-points-public`);

    // 答复质量 and 舆情 (issue 12)
    const rqDispatcher = await signIn('dispatcher', device);
    await visit(rqDispatcher, '/reply-quality', `${device}-reply-quality`);
    await visit(rqDispatcher, '/opinion', `${device}-opinion-alerts`);
    // 7. issue 11's gaps, in both languages: the 楼盘表 in the console, the mediation party picker and grid list,
    // the phone's task list and 修改 of a visit sent today
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const l = lang === 'zh-CN' ? 'zh' : 'en';
      const c = await signIn('community_lead', device, lang);
      await visit(c, '/buildings', `${device}-${l}-buildings`);
      const bl = await apiGet<{ items: { id: string; rooms: number }[] }>(c, '/api/field/buildings?limit=20');
      const b = bl.items.find((x) => x.rooms > 0) ?? bl.items[0];
      if (b) await visit(c, `/buildings/${b.id}`, `${device}-${l}-building-plan`);
      await visit(c, '/mediation/new', `${device}-${l}-mediation-new`);
      if (!only || `${device}-${l}-mediation-pick`.includes(only)) {
        await c.getByTestId('med-pick').first().click();
        await c.getByTestId('med-pick-name').locator('input').fill('张伟');
        await c.getByTestId('med-pick-name').locator('input').press('Enter');
        await shot(c, `${device}-${l}-mediation-pick`);
      }
      const w = await signIn('grid_worker', device, lang);
      await visit(w, '/mediation/new', `${device}-${l}-mediation-new-worker`);
      await visit(w, '/field/tasks', `${device}-${l}-field-tasks`);
      if (!only || `${device}-${l}-field-queue-edit`.includes(only)) {
        // a visit sent today, as the phone keeps it
        await w.evaluate((at) => {
          const sent = [
            {
              key: 'shot-visit-1',
              id: 'v-1',
              at,
              description: '张* · 独居老人 · 入户',
              kind: 'visit',
              url: '/api/field/visits',
              body: { instanceId: 'shot-visit-1', note: '身体状况良好', anomaly: false, uploadIds: [] },
            },
          ];
          localStorage.setItem('og_patrol_sent', JSON.stringify(sent));
        }, new Date().toISOString());
        await w.goto(`${base}/field/queue`);
        await shot(w, `${device}-${l}-field-queue`);
        await w.getByTestId('queue-edit').first().click();
        await shot(w, `${device}-${l}-field-queue-edit`);
      }
    }

    // 8. issue 12's pages in both languages (desk): the classifier, reply quality, 舆情, the knowledge base and an
    // entry's edit, duplicates, hot issues, 每月一题, proactive tasks, the dispatcher's queue with its category
    // suggestions, and the intake page with its knowledge and duplicate panels on a 1366×768 laptop
    if (device === 'desk')
      for (const lang of ['zh-CN', 'en-US'] as const) {
        const l = lang === 'zh-CN' ? 'zh' : 'en';
        const ad = await signIn('admin', device, lang);
        await visit(ad, '/admin/classify', `i12-${l}-classify`);
        const di = await signIn('dispatcher', device, lang);
        await visit(di, '/reply-quality', `i12-${l}-reply-quality`);
        if (!only || `i12-${l}-reply-quality-held`.includes(only)) {
          await di.getByRole('tab').nth(1).click();
          await shot(di, `i12-${l}-reply-quality-held`);
        }
        await visit(di, '/opinion', `i12-${l}-opinion`);
        await visit(di, '/cases/duplicates', `i12-${l}-duplicates`);
        await visit(di, '/cases/queue', `i12-${l}-queue`);
        await visit(di, '/hotspots', `i12-${l}-hotspots`);
        const su = await signIn('supervisor', device, lang);
        await visit(su, '/hotspots/monthly', `i12-${l}-hotspots-monthly`);
        await visit(su, '/proactive', `i12-${l}-proactive`);
        const kb = await signIn('mzj_handler', device, lang);
        await visit(kb, '/knowledge', `i12-${l}-knowledge`);
        if (!only || `i12-${l}-knowledge-edit`.includes(only)) {
          await kb.getByTestId('kb-search').locator('input').fill('低保');
          await kb.getByTestId('kb-hit').first().click();
          await kb.getByTestId('kb-entry').waitFor();
          await shot(kb, `i12-${l}-knowledge-entry`);
          await kb.getByTestId('kb-edit').click();
          await kb.getByTestId('kb-edit-answer').waitFor();
          await shot(kb, `i12-${l}-knowledge-edit`);
        }
        await visit(kb, '/knowledge/usage', `i12-${l}-knowledge-usage`);
        if (!only || `i12-${l}-intake`.includes(only)) {
          // the operator types a consultation (knowledge panel), then the words of an open case at a point of a
          // grid (duplicate candidates); the laptop's own viewport, scrolled to the panels and to the end
          const op = await signIn('operator', 'laptop', lang);
          await op.goto(`${base}/cases/new`);
          await op
            .getByTestId('intake-description')
            .fill('市民来电咨询首次办理居住证需要带什么材料，去哪里办');
          await op.getByTestId('kb-panel-hit').first().waitFor();
          await op.getByTestId('kb-panel').scrollIntoViewIfNeeded();
          await op.screenshot({ path: path.join(out, `i12-${l}-intake-knowledge.png`) });
          await pickPoint(op, GRID_TRIES).catch(() => problems.push('intake: no point in a grid'));
          await op
            .getByTestId('intake-description')
            .fill('小区东门垃圾桶旁暴露垃圾堆了好几天，没人清理，气味很大');
          await op.getByTestId('intake-phone').fill('13955556666');
          await op
            .getByTestId('dup-candidate')
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => problems.push(`intake (${l}): no duplicate candidate shown`));
          await op.mouse.wheel(0, 10_000);
          await op.screenshot({ path: path.join(out, `i12-${l}-intake-end.png`) });
          await shot(op, `i12-${l}-intake-full`);
        }
      }

    // 社区议事 (issue 13): the console's three tabs and the community's public page
    const assembly = await signIn('community_lead', device);
    for (const tab of ['votes', 'proposals', 'deliberation'])
      await visit(assembly, `/participation?tab=${tab}`, `${device}-participation-${tab}`);
    await visit(
      await signIn(null, device),
      '/public/participation/110117001001',
      `${device}-public-participation`,
    );

    // 小微权力清单 (issue 13): the district administrator's power-item form in both languages — the validation
    // messages of an empty form, then a filled item of three steps (two of them disclosure points)
    if (device === 'desk')
      for (const lang of ['zh-CN', 'en-US'] as const) {
        const name = `desk-${lang === 'zh-CN' ? 'zh' : 'en'}-disclosure-power-form`;
        if (only && !name.includes(only)) continue;
        const ad = await signIn('admin', device, lang);
        await ad.goto(`${base}/disclosure/powers`);
        await ad.getByTestId('power-item').first().waitFor();
        await ad.getByTestId('power-new').click();
        await ad.getByTestId('power-save').click();
        await ad.locator('.ant-modal .ant-form-item-explain-error').first().waitFor();
        // the viewport, not the whole page: the modal is fixed, a full-page capture shifts it against the page
        await ad.screenshot({ path: path.join(out, `${name}-empty.png`) });
        await ad.getByTestId('power-category').click();
        await ad.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
        await ad
          .getByTestId('power-title')
          .fill(lang === 'zh-CN' ? '小型工程项目发包' : 'Small works contracts');
        await ad
          .getByTestId('power-basis')
          .fill('《中华人民共和国村民委员会组织法》第二十四条；《宁海县村级小微权力清单36条》');
        await ad.getByTestId('step-add').click();
        for (const [i, title] of ['提出项目建议', '村(居)民代表会议决议', '实施结果公开'].entries()) {
          const step = ad.getByTestId('power-step').nth(i);
          await step.getByTestId('step-title').fill(title);
          await step.getByTestId('step-role').click();
          await ad
            .locator('.ant-select-dropdown:visible .ant-select-item-option')
            .nth(i + 2)
            .click();
          if (i > 0) await step.getByTestId('step-disclose').check();
        }
        await ad.screenshot({ path: path.join(out, `${name}.png`) });
        console.log(`${name}.png, ${name}-empty.png`);
      }

    for (const c of contexts.splice(0)) await c.close();
  }
} finally {
  for (const c of contexts) await c.close().catch(() => {});
  await e2e.close();
}
if (problems.length) console.log(`problems:\n${problems.join('\n')}`);
