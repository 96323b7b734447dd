import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiAs, PHONE, shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

/*
 * 社区议事 end to end (issue 13). A community vote from proposal to published result on a phone: a resident raises a
 * proposal at 390×844, nine neighbours support it past the threshold (10), the community's staff put it to a vote in
 * the console, the resident votes and changes the vote, staff register paper ballots and enter their count, close
 * and publish; the resident and the public page read the result with paper and online counted. And a deliberation
 * meeting: agenda published in advance → minutes and decision → follow-up, all visible on the public page.
 */
const COMMUNITY = '110117001001';
const PROPOSAL = '在 3 号楼旁建电动自行车充电棚';
let env: E2eEnv;
let staffApi: Api;

type Api = (method: string, url: string, body?: unknown) => Promise<Response>;

/** Adults living in the community no account is linked to yet (as staff would verify them in person). */
async function unverifiedAdults(n: number): Promise<string[]> {
  const r = await sql<{ id: string }>`
    SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id
    WHERE r.community_code = ${COMMUNITY} AND r.moved_out IS NULL AND NOT p.deceased AND p.birth_date < '1990-01-01'
      AND NOT EXISTS (SELECT 1 FROM resident_verification v WHERE v.person_id = p.id)
    GROUP BY p.id ORDER BY p.id LIMIT ${n}`.execute(env.server.db);
  return r.rows.map((x) => x.id);
}

async function verify(username: string, personId: string) {
  await sql`
    INSERT INTO resident_verification (user_id, person_id, community_code, method)
    SELECT id, ${personId}, ${COMMUNITY}, 'staff' FROM app_user WHERE username = ${username}`.execute(
    env.server.db,
  );
}

beforeAll(async () => {
  env = await startE2e();
  const [me, ...others] = await unverifiedAdults(10);
  await verify('resident', me!);
  const unit = await env.server.db
    .selectFrom('unit')
    .select('id')
    .where('jurisdiction_code', '=', COMMUNITY)
    .where('kind', '=', 'community')
    .executeTakeFirstOrThrow();
  for (const [i, person] of others.entries()) {
    const username = `neighbour_${i + 1}`;
    // a resident account with the demo password (copied from the demo resident)
    await sql`
      INSERT INTO app_user (username, name, unit_id, roles, password_hash)
      SELECT ${username}, ${`邻居${i + 1}`}, ${unit.id}, '{resident}', password_hash FROM app_user
      WHERE username = 'resident'`.execute(env.server.db);
    await verify(username, person);
  }
  staffApi = await apiAs(env, 'community_lead');
});
afterAll(async () => env?.close());

async function signedIn(username: string, start: string, device: object): Promise<Page> {
  const page = await signedInPage(env, username, { device, from: start });
  await page.waitForURL((u) => u.pathname === start.split('?')[0]);
  return page;
}

const phoneOf = (username: string, start: string) => signedIn(username, start, PHONE);
const consoleOf = (username: string, start: string) =>
  signedIn(username, start, { viewport: { width: 1366, height: 900 } });

/** Confirms the step's dialog (开始投票 / 结束投票 / 公布结果). */
async function step(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
}

it('a community vote from a proposal to the published result on a phone', async () => {
  // the resident raises a proposal on the phone: first supporter
  const phone = await phoneOf('resident', '/my/votes?tab=proposals');
  await phone.getByTestId('civic-verified').waitFor();
  await phone.getByTestId('civic-propose').click();
  await phone.getByTestId('civic-proposal-title').fill(PROPOSAL);
  await phone
    .getByTestId('civic-proposal-body')
    .fill('楼道里给电动车充电太危险，建议在 3 号楼旁空地建一个充电棚。');
  await phone.getByTestId('civic-proposal-send').click();
  const card = phone.getByTestId('civic-proposal').filter({ hasText: PROPOSAL });
  await card.getByText('附议 1 / 10 人').waitFor();
  await phone.screenshot({ path: path.join(shots, 'assembly-proposal.png'), fullPage: true });

  // nine neighbours support it through the API: the tenth support qualifies it
  let proposalId = '';
  for (let i = 1; i <= 9; i++) {
    const neighbour = await apiAs(env, `neighbour_${i}`);
    if (!proposalId) {
      const list = (await (await neighbour('GET', '/api/my/proposals')).json()) as {
        items: { id: string; title: string }[];
      };
      proposalId = list.items.find((p) => p.title === PROPOSAL)!.id;
    }
    expect((await neighbour('POST', `/api/my/proposals/${proposalId}/support`, {})).status).toBe(200);
  }
  await phone.reload();
  await card.getByText('附议 10 / 10 人').waitFor();
  await card.getByText('达到门槛').waitFor();

  // staff put it to a vote in the console and open it
  const desk = await consoleOf('community_lead', '/participation?tab=proposals');
  const row = desk.locator('tr').filter({ hasText: PROPOSAL });
  await row.getByText('10 / 10').waitFor();
  await desk.screenshot({ path: path.join(shots, 'assembly-console-proposals.png') });
  await row.getByTestId('assembly-proposal-to-vote').click();
  await expect.poll(() => desk.getByTestId('assembly-vote-title').inputValue()).toBe(PROPOSAL);
  await desk.locator('.ant-modal-footer .ant-btn-primary').click();
  await desk.waitForURL(/\/participation\/votes\//);
  const voteId = desk.url().split('/').pop()!;
  await step(desk, 'assembly-step-open');
  await desk.getByTestId('assembly-vote-status').getByText('投票中').waitFor();

  // the resident votes on the phone, then changes the vote
  await phone.goto(`${env.server.url}/my/votes`);
  const vote = phone.getByTestId('civic-vote').filter({ hasText: PROPOSAL });
  await vote.getByText('同意', { exact: true }).click();
  await vote.getByTestId('civic-cast').click();
  await vote.getByText('您已投票').waitFor();
  await vote.getByText('不同意', { exact: true }).click();
  await vote.getByTestId('civic-cast').click();
  await vote.getByText('修改过 1 次').waitFor();
  await phone.screenshot({ path: path.join(shots, 'assembly-vote.png'), fullPage: true });

  // at the desk: two residents take paper ballots (picked after checking their ID), then the paper count
  await desk.reload();
  const inPerson = desk.getByTestId('assembly-in-person');
  for (let i = 0; i < 2; i++) {
    await inPerson.locator('input[type=radio]:not([disabled])').first().check();
    await inPerson.getByRole('button', { name: '登记领取纸质票' }).click();
    await expect.poll(() => inPerson.getByText('纸质票', { exact: true }).count()).toBe(i + 1);
  }
  await desk.getByTestId('assembly-paper').getByText('已登记发放纸质选票 2 张').waitFor();
  await desk.getByTestId('assembly-paper-0').fill('2');
  await desk.getByTestId('assembly-paper-1').fill('0');
  await desk.getByTestId('assembly-paper-save').click();
  await desk.getByTestId('assembly-voters').getByText('3 人投票').waitFor();
  const totals = desk.getByTestId('assembly-totals');
  await expect
    .poll(() => totals.locator('tr').filter({ hasText: '不同意' }).innerText())
    .toMatch(/不同意\s+1\s+0\s+1/);
  await step(desk, 'assembly-step-close');
  await step(desk, 'assembly-step-publish');
  await desk.getByTestId('assembly-vote-status').getByText('已公布结果').waitFor();
  await expect
    .poll(() => totals.locator('tr').filter({ hasText: /^同意/ }).innerText())
    .toMatch(/同意\s+0\s+2\s+2\s+通过/);
  await desk.screenshot({ path: path.join(shots, 'assembly-console-vote.png'), fullPage: true });

  // the resident reads the result, paper and online counted
  await phone.reload();
  const result = phone.getByTestId('civic-vote').filter({ hasText: PROPOSAL }).getByTestId('civic-result');
  await result.getByText('3 人投票').waitFor();
  await expect(result.innerText()).resolves.toMatch(/同意\s*2 票\s*通过\s*网上 0 票 \+ 纸质 2 票/);
  await expect(result.innerText()).resolves.toMatch(/不同意\s*1 票\s*网上 1 票 \+ 纸质 0 票/);
  await phone.screenshot({ path: path.join(shots, 'assembly-result.png'), fullPage: true });
  await phone.getByTestId('lang-switch').click();
  await phone.getByText('Result published').first().waitFor();
  await phone.screenshot({ path: path.join(shots, 'assembly-result-en.png'), fullPage: true });

  // the proposal now reads "put to a vote"; the public page shows the same result without signing in
  const staffVote = (await (await staffApi('GET', `/api/participation/votes/${voteId}`)).json()) as {
    proposalId: string;
  };
  expect(staffVote.proposalId).toBe(proposalId);
  const visitor = await env.browser.newContext(PHONE);
  await visitor.addInitScript(() => localStorage.setItem('og_lang', 'zh-CN'));
  const pub = await visitor.newPage();
  await pub.goto(`${env.server.url}/public/participation/${COMMUNITY}`);
  const pubResult = pub.getByTestId('civic-vote').filter({ hasText: PROPOSAL }).getByTestId('civic-result');
  await pubResult.getByText('3 人投票').waitFor();
  await expect(pubResult.innerText()).resolves.toMatch(/同意\s*2 票\s*通过/);
  await pub.screenshot({ path: path.join(shots, 'assembly-public.png'), fullPage: true });
  await visitor.close();
});

it('a deliberation meeting: agenda published in advance, minutes and decision, follow-up in public', async () => {
  const TOPIC = '小区南门共享单车乱停放';
  const MEETING = '第四季度居民议事会';
  const desk = await consoleOf('community_lead', '/participation?tab=deliberation');
  // a topic (raised by staff), then a meeting four days ahead with its agenda published now
  await desk.getByTestId('assembly-new-topic').click();
  await desk.locator('.ant-modal').getByLabel('议题').fill(TOPIC);
  await desk.locator('.ant-modal-footer .ant-btn-primary').click();
  await desk
    .getByTestId('assembly-topics')
    .locator('tr')
    .filter({ hasText: TOPIC })
    .getByText('已提出')
    .waitFor();
  await desk.getByTestId('assembly-new-meeting').click();
  const modal = desk.locator('.ant-modal');
  await desk.getByTestId('assembly-meeting-title').fill(MEETING);
  await desk.getByTestId('assembly-meeting-place').fill('社区党群服务中心二楼');
  await modal.locator('#topicIds').click();
  await desk.locator('.ant-select-item-option').filter({ hasText: TOPIC }).click();
  await desk.getByTestId('assembly-meeting-agenda').fill('一、南门单车停放区划线\n二、运营企业定时清运');
  await desk.locator('.ant-modal-footer .ant-btn-primary').click();
  const meetingRow = desk.getByTestId('assembly-meetings').locator('tr').filter({ hasText: MEETING });
  await meetingRow.getByText('议程已公告').waitFor();

  // the public sees the coming meeting and its agenda
  const visitor = await env.browser.newContext(PHONE);
  await visitor.addInitScript(() => localStorage.setItem('og_lang', 'zh-CN'));
  const pub = await visitor.newPage();
  await pub.goto(`${env.server.url}/public/participation/${COMMUNITY}`);
  await pub.getByRole('tab', { name: '议事' }).click();
  const coming = pub.getByTestId('civic-meeting').filter({ hasText: MEETING });
  await coming.getByText('南门单车停放区划线').waitFor();
  await pub.screenshot({ path: path.join(shots, 'assembly-agenda.png'), fullPage: true });

  // held: attendance, minutes, decision; then the work starts and progress is recorded
  await meetingRow.getByTestId('assembly-record').click();
  await desk.locator('#present').fill('15');
  await desk.getByTestId('assembly-minutes').fill('与会居民一致认为南门单车挤占通道，建议划定停放区。');
  await desk.getByTestId('assembly-decision').fill('南门东侧划定单车停放区，物业两周内完成');
  await desk.locator('.ant-modal-footer .ant-btn-primary').click();
  await meetingRow.getByText('已召开').waitFor();
  const topicRow = desk.getByTestId('assembly-topics').locator('tr').filter({ hasText: TOPIC });
  await topicRow.getByText('已决定').waitFor();
  await topicRow.getByRole('button', { name: '开始落实' }).click();
  await desk.getByTestId('assembly-followup-body').fill('物业已联系运营企业');
  await desk.locator('.ant-modal-footer .ant-btn-primary').click();
  await topicRow.getByText('落实中').waitFor();
  await topicRow.getByTestId('assembly-followup').click();
  await desk.getByTestId('assembly-followup-body').fill('停放区已划线，单车已清运');
  await desk.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect.poll(() => topicRow.locator('td').nth(5).innerText()).toBe('2');
  await desk.screenshot({ path: path.join(shots, 'assembly-console-deliberation.png'), fullPage: true });

  // the public page: minutes, decision and what was done
  await pub.reload();
  await pub.getByRole('tab', { name: '议事' }).click();
  const held = pub.getByTestId('civic-meeting').filter({ hasText: MEETING });
  await held.getByText('应到 20 人，实到 15 人').waitFor();
  await held.getByTestId('civic-decision').getByText('南门东侧划定单车停放区').waitFor();
  const topic = pub.getByTestId('civic-topic').filter({ hasText: TOPIC });
  await topic.getByText('停放区已划线，单车已清运').waitFor();
  await topic.getByText('落实中').waitFor();
  await pub.screenshot({ path: path.join(shots, 'assembly-minutes.png'), fullPage: true });
  await pub.getByTestId('lang-switch').click();
  await pub.getByText('Meetings held').waitFor();
  await pub.screenshot({ path: path.join(shots, 'assembly-minutes-en.png'), fullPage: true });
  await visitor.close();
});
