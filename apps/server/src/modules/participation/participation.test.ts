import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_STREET } from '../../demo/users.ts';
import { newHouse, newPerson, newResidentId } from '../../test/basedata-factories.ts';
import { newCase, newUser } from '../../test/factories.ts';
import { votersLookup } from './votes.service.ts';
import type { Actor } from '../../lib/actor.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

/*
 * Residents' self-governance (issue 13): verification against the base data, one vote per resident (changed until
 * close; staff in person; paper ballots), published results, proposals with supports, deliberation with agenda notice
 * and quorum, jurisdiction (another street's lead), and what the public reads.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
const reason = (r: Res) => r.json<{ error: { params: { reason?: string } } }>().error.params.reason;
async function call(who: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  return env.app.inject({ method, url, payload: payload as object, headers: who?.headers ?? {} });
}
interface Vote {
  id: string;
  status: string;
  options: { id: string; title: string; votes: number; online: number; paper: number; won: boolean }[];
  results: {
    voters: { online: number; staff: number; paper: number; total: number };
    spent: number | null;
  } | null;
  myBallot: { choices: string[]; changes: number } | null;
}

const place = { streetCode: DEMO_STREET, communityCode: DEMO_COMMUNITY };
let residentId: { name: string; idNumber: string; id: string };
let neighbour: Session;
let neighbourPerson: { name: string; idNumber: string; id: string };
const paperVoters: string[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['community_lead', 'resident', 'street_lead2', 'operator']) s[u] = await login(env.app, u);
  const house = await newHouse(env.ownerDb, place);
  residentId = await newPerson(env.ownerDb, env.pii, { ...place, name: '马晓东', houseId: house.id });
  neighbourPerson = await newPerson(env.ownerDb, env.pii, { ...place, name: '林小雨', houseId: house.id });
  const unit = await env.ownerDb
    .selectFrom('unit')
    .select('id')
    .where('jurisdiction_code', '=', DEMO_COMMUNITY)
    .where('kind', '=', 'community')
    .executeTakeFirstOrThrow();
  neighbour = await newUser(env, { username: 'resident_lin', roles: ['resident'], unitId: unit.id });
  for (let i = 0; i < 3; i++)
    paperVoters.push((await newPerson(env.ownerDb, env.pii, { ...place, houseId: house.id })).id);
}, 120_000);
afterAll(() => env?.close());

const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('verification against the base data', () => {
  it('refuses a wrong ID number and a child, accepts name and ID of an adult resident', async () => {
    const wrong = await call(s.resident!, 'POST', '/api/my/verification', {
      name: '马晓东',
      idNumber: newResidentId(),
    });
    expect(wrong.statusCode).toBe(409);
    expect(reason(wrong)).toBe('resident_not_found');
    const house = await newHouse(env.ownerDb, place);
    const child = await newPerson(env.ownerDb, env.pii, {
      ...place,
      name: '马小小',
      houseId: house.id,
      idNumber: newResidentId('20150101'),
    });
    const young = await call(s.resident!, 'POST', '/api/my/verification', {
      name: child.name,
      idNumber: child.idNumber,
    });
    expect(reason(young)).toBe('vote_not_eligible');
    const ok = await call(s.resident!, 'POST', '/api/my/verification', {
      name: '马晓东',
      idNumber: residentId.idNumber,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ verified: true, communityCode: DEMO_COMMUNITY, nameMasked: '马**' });
    // the same person cannot be claimed by a second account
    const again = await call(neighbour, 'POST', '/api/my/verification', {
      name: '马晓东',
      idNumber: residentId.idNumber,
    });
    expect(reason(again)).toBe('resident_already_verified');
    expect(
      (
        await call(neighbour, 'POST', '/api/my/verification', {
          name: neighbourPerson.name,
          idNumber: neighbourPerson.idNumber,
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('verification in person by the community office', () => {
  it('staff link an account (by phone or username) to the person; audited, masked, scoped to the jurisdiction', async () => {
    const house = await newHouse(env.ownerDb, place);
    const elder = await newPerson(env.ownerDb, env.pii, { ...place, name: '赵桂兰', houseId: house.id });
    const unit = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('jurisdiction_code', '=', DEMO_COMMUNITY)
      .where('kind', '=', 'community')
      .executeTakeFirstOrThrow();
    const account = await newUser(env, { username: 'resident_zhao', roles: ['resident'], unitId: unit.id });
    await env.ownerDb
      .updateTable('app_user')
      .set({ phone_hash: env.pii.blindIndex('13911112222') })
      .where('username', '=', 'resident_zhao')
      .execute();
    const body = { account: '13911112222', name: elder.name, idNumber: elder.idNumber };
    // a resident cannot link anyone; another street's lead does not see the account; a wrong ID is refused
    expect((await call(s.resident!, 'POST', '/api/participation/verifications', body)).statusCode).toBe(403);
    expect((await call(s.street_lead2!, 'POST', '/api/participation/verifications', body)).statusCode).toBe(
      404,
    );
    const wrong = await call(s.community_lead!, 'POST', '/api/participation/verifications', {
      ...body,
      idNumber: newResidentId(),
    });
    expect(reason(wrong)).toBe('resident_not_found');
    // the person already linked online to another account cannot be linked again
    const taken = await call(s.community_lead!, 'POST', '/api/participation/verifications', {
      account: 'resident_zhao',
      name: '马晓东',
      idNumber: residentId.idNumber,
    });
    expect(reason(taken)).toBe('resident_already_verified');

    const ok = await call(s.community_lead!, 'POST', '/api/participation/verifications', body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      username: 'resident_zhao',
      verified: true,
      communityCode: DEMO_COMMUNITY,
      nameMasked: '赵**',
      method: 'staff',
    });
    expect(ok.body).not.toContain(elder.idNumber);
    expect(ok.body).not.toContain(elder.name);
    // the resident now sees themself verified and may vote; the link names who made it, and the audit log has it
    expect((await call(account, 'GET', '/api/my/verification')).json()).toMatchObject({
      verified: true,
      method: 'staff',
    });
    const row = await env.ownerDb
      .selectFrom('resident_verification as v')
      .innerJoin('app_user as u', 'u.id', 'v.user_id')
      .innerJoin('app_user as by', 'by.id', 'v.verified_by')
      .select(['v.person_id', 'by.username'])
      .where('u.username', '=', 'resident_zhao')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ person_id: elder.id, username: 'community_lead' });
    const zhao = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'resident_zhao')
      .executeTakeFirstOrThrow();
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['actor_username', 'after'])
      .where('entity', '=', 'resident_verification')
      .where('entity_id', '=', zhao.id)
      .execute();
    expect(audit).toEqual([
      {
        actor_username: 'community_lead',
        after: { personId: elder.id, communityCode: DEMO_COMMUNITY, method: 'staff' },
      },
    ]);
  });
});

describe('a community vote', () => {
  let vote: Vote;
  it('is created and opened by community staff, not by another street', async () => {
    const body = {
      communityCode: DEMO_COMMUNITY,
      kind: 'choice',
      title: '小区东门是否夜间关闭',
      body: '物业提议晚 11 点后关闭东门',
      maxChoices: 1,
      opensAt: iso(-60_000),
      closesAt: iso(7 * 86_400_000),
      options: [{ title: '同意' }, { title: '不同意' }],
    };
    // another street's lead: the community is outside their jurisdiction, answered as not found
    expect((await call(s.street_lead2!, 'POST', '/api/participation/votes', body)).statusCode).toBe(404);
    expect((await call(s.operator!, 'POST', '/api/participation/votes', body)).statusCode).toBe(403);
    const created = await call(s.community_lead!, 'POST', '/api/participation/votes', body);
    expect(created.statusCode).toBe(200);
    vote = created.json<Vote>();
    expect(vote.status).toBe('draft');
    // a draft is not shown to residents
    expect(
      (await call(s.resident!, 'GET', '/api/my/votes')).json<{ items: Vote[] }>().items.map((v) => v.id),
    ).not.toContain(vote.id);
    vote = (
      await call(s.community_lead!, 'POST', `/api/participation/votes/${vote.id}/steps`, { step: 'open' })
    ).json<Vote>();
    expect(vote.status).toBe('open');
  });

  it('takes one ballot per resident, changed until close, counts hidden until published', async () => {
    const [yes, no] = vote.options;
    const first = await call(s.resident!, 'POST', `/api/my/votes/${vote.id}/ballot`, { choices: [yes!.id] });
    expect(first.json()).toMatchObject({ changed: false });
    const change = await call(s.resident!, 'POST', `/api/my/votes/${vote.id}/ballot`, { choices: [no!.id] });
    expect(change.json()).toMatchObject({ changed: true, ballot: { choices: [no!.id], changes: 1 } });
    expect(
      reason(
        await call(s.resident!, 'POST', `/api/my/votes/${vote.id}/ballot`, { choices: [yes!.id, no!.id] }),
      ),
    ).toBe('vote_too_many_choices');
    await call(neighbour, 'POST', `/api/my/votes/${vote.id}/ballot`, { choices: [yes!.id] });
    const mine = (await call(s.resident!, 'GET', `/api/participation/votes/${vote.id}`)).json<Vote>();
    expect(mine.myBallot?.choices).toEqual([no!.id]);
    expect(mine.results).toBeNull();
    expect(mine.options.every((o) => o.votes === 0)).toBe(true);
    const staff = (await call(s.community_lead!, 'GET', `/api/participation/votes/${vote.id}`)).json<Vote>();
    expect(staff.results?.voters).toEqual({ online: 2, staff: 0, paper: 0, total: 2 });
  });

  it('registers paper ballots apart from online ones and checks the paper totals', async () => {
    for (const p of paperVoters)
      expect(
        (
          await call(s.community_lead!, 'POST', `/api/participation/votes/${vote.id}/ballots`, {
            personId: p,
            paper: true,
          })
        ).statusCode,
      ).toBe(200);
    // a resident who voted online is not handed a paper ballot
    expect(
      reason(
        await call(s.community_lead!, 'POST', `/api/participation/votes/${vote.id}/ballots`, {
          personId: residentId.id,
          paper: true,
        }),
      ),
    ).toBe('vote_paper_after_online');
    const [yes, no] = vote.options;
    const tooMany = await call(s.community_lead!, 'PUT', `/api/participation/votes/${vote.id}/paper-counts`, {
      counts: [
        { optionId: yes!.id, count: 3 },
        { optionId: no!.id, count: 1 },
      ],
    });
    expect(reason(tooMany)).toBe('vote_bad_paper_counts');
    const ok = await call(s.community_lead!, 'PUT', `/api/participation/votes/${vote.id}/paper-counts`, {
      counts: [
        { optionId: yes!.id, count: 2 },
        { optionId: no!.id, count: 1 },
      ],
    });
    expect(ok.json<Vote>().results?.voters).toEqual({ online: 2, staff: 0, paper: 3, total: 5 });
  });

  it('closes, refuses late ballots, and publishes the result to residents and the public', async () => {
    await call(s.community_lead!, 'POST', `/api/participation/votes/${vote.id}/steps`, { step: 'close' });
    expect(
      reason(
        await call(s.resident!, 'POST', `/api/my/votes/${vote.id}/ballot`, {
          choices: [vote.options[0]!.id],
        }),
      ),
    ).toBe('vote_not_open');
    // not published yet (the demo community's 积分细则 vote is, and is listed)
    expect(
      (await call(null, 'GET', `/api/public/participation/${DEMO_COMMUNITY}`))
        .json<{ votes: Vote[] }>()
        .votes.map((x) => x.id),
    ).not.toContain(vote.id);
    await call(s.community_lead!, 'POST', `/api/participation/votes/${vote.id}/steps`, { step: 'publish' });
    const pub = (await call(null, 'GET', `/api/public/participation/${DEMO_COMMUNITY}`)).json<{
      votes: Vote[];
    }>();
    const v = pub.votes.find((x) => x.id === vote.id)!;
    // 同意: 1 online + 2 paper = 3; 不同意: 1 online + 1 paper = 2
    expect(v.options.map((o) => [o.title, o.votes, o.won])).toEqual([
      ['同意', 3, true],
      ['不同意', 2, false],
    ]);
    expect(v.myBallot).toBeNull();
  });
});

describe('the ballot route', () => {
  it('is rate-limited per client: 429 after 30 a minute', async () => {
    const v = (
      await call(s.community_lead!, 'POST', '/api/participation/votes', {
        communityCode: DEMO_COMMUNITY,
        kind: 'choice',
        title: '楼道灯更换为感应灯',
        maxChoices: 1,
        opensAt: iso(-60_000),
        closesAt: iso(86_400_000),
        options: [{ title: '同意' }, { title: '不同意' }],
      })
    ).json<Vote>();
    await call(s.community_lead!, 'POST', `/api/participation/votes/${v.id}/steps`, { step: 'open' });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await env.app.inject({
        method: 'POST',
        url: `/api/my/votes/${v.id}/ballot`,
        payload: { choices: [v.options[i % 2]!.id] },
        headers: { ...s.resident!.headers, 'x-forwarded-for': '203.0.113.31' },
        remoteAddress: '203.0.113.31',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 25).every((x) => x === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('the in-person picker', () => {
  it('lists residents of voting age on the day asked (the domain rule), not the day before their birthday', async () => {
    const house = await newHouse(env.ownerDb, place);
    const turning = await newPerson(env.ownerDb, env.pii, {
      ...place,
      name: '阙十八',
      houseId: house.id,
      idNumber: newResidentId('20081207'),
    });
    const community = await env.ownerDb
      .selectFrom('region')
      .select(['code', 'path'])
      .where('code', '=', DEMO_COMMUNITY)
      .executeTakeFirstOrThrow();
    const vote = await env.ownerDb.selectFrom('civic_vote').select('id').limit(1).executeTakeFirstOrThrow();
    const staff = {
      userId: '00000000-0000-0000-0000-000000000000',
      username: 'picker',
      name: 'picker',
      roles: ['street_lead'],
      scopeCode: community.code,
      scopePath: community.path,
      scopeLevel: 'community',
    } as unknown as Actor;
    const on = async (instant: string) =>
      (await votersLookup(env.db, staff, vote.id, '阙', new Date(instant))).items.map((i) => i.personId);
    // Beijing time: 2026-12-07 00:30 is already the birthday, 2026-12-06 23:30 is not
    expect(await on('2026-12-06T16:30:00Z')).toContain(turning.id);
    expect(await on('2026-12-06T15:30:00Z')).not.toContain(turning.id);
  });
});

describe('a participatory budget', () => {
  it('refuses a ballot over the limit and funds winners within it', async () => {
    const created = await call(s.community_lead!, 'POST', '/api/participation/votes', {
      communityCode: DEMO_COMMUNITY,
      kind: 'budget',
      title: '2027 年社区微更新项目',
      maxChoices: 2,
      budgetLimit: 50_000,
      opensAt: iso(-60_000),
      closesAt: iso(86_400_000),
      options: [
        { title: '加装楼道扶手', cost: 20_000 },
        { title: '健身器材更新', cost: 40_000 },
        { title: '增设充电桩', cost: 25_000 },
      ],
    });
    const v = created.json<Vote>();
    await call(s.community_lead!, 'POST', `/api/participation/votes/${v.id}/steps`, { step: 'open' });
    const [rails, gym, chargers] = v.options;
    expect(
      reason(
        await call(s.resident!, 'POST', `/api/my/votes/${v.id}/ballot`, { choices: [gym!.id, chargers!.id] }),
      ),
    ).toBe('vote_over_budget');
    await call(s.resident!, 'POST', `/api/my/votes/${v.id}/ballot`, { choices: [gym!.id] });
    expect(
      (await call(neighbour, 'POST', `/api/my/votes/${v.id}/ballot`, { choices: [rails!.id] })).statusCode,
    ).toBe(200);
    // staff enter one resident's ballot in person
    expect(
      (
        await call(s.community_lead!, 'POST', `/api/participation/votes/${v.id}/ballots`, {
          personId: paperVoters[0],
          choices: [chargers!.id, rails!.id],
        })
      ).statusCode,
    ).toBe(200);
    await call(s.community_lead!, 'POST', `/api/participation/votes/${v.id}/steps`, { step: 'close' });
    const done = (
      await call(s.community_lead!, 'POST', `/api/participation/votes/${v.id}/steps`, { step: 'publish' })
    ).json<Vote>();
    // rails 2 votes (20k) first; gym and chargers 1 each, chargers cheaper: 20k + 25k = 45k; gym (40k) no longer fits
    expect(
      done.options
        .filter((o) => o.won)
        .map((o) => o.id)
        .sort(),
    ).toEqual([rails!.id, chargers!.id].sort());
    expect(done.results).toMatchObject({ voters: { online: 2, staff: 1, total: 3 }, spent: 45_000 });
  });
});

describe('proposals and deliberation', () => {
  it('qualify at the support threshold, go to a meeting with notice and quorum, and are followed up in public', async () => {
    const p = await call(s.resident!, 'POST', '/api/my/proposals', {
      title: '在小区增设电动自行车充电棚',
      body: '楼道里充电太危险，建议在 3 号楼旁空地建充电棚',
    });
    expect(p.statusCode).toBe(200);
    const prop = p.json<{ id: string; supports: number; status: string; threshold: number }>();
    expect(prop).toMatchObject({ supports: 1, status: 'collecting' });
    // supporting twice counts once
    await call(neighbour, 'POST', `/api/my/proposals/${prop.id}/support`);
    const twice = (await call(neighbour, 'POST', `/api/my/proposals/${prop.id}/support`)).json<{
      supports: number;
    }>();
    expect(twice.supports).toBe(2);
    // not yet qualified: it cannot go to deliberation
    expect(
      reason(
        await call(s.community_lead!, 'POST', `/api/participation/proposals/${prop.id}/answer`, {
          status: 'in_deliberation',
          answer: '上会讨论',
        }),
      ),
    ).toBe('proposal_wrong_state');
    await env.ownerDb
      .updateTable('civic_proposal')
      .set({ threshold: 2, status: 'qualified' })
      .where('id', '=', prop.id)
      .execute();
    const answered = await call(s.community_lead!, 'POST', `/api/participation/proposals/${prop.id}/answer`, {
      status: 'in_deliberation',
      answer: '提交居民议事会',
    });
    expect(answered.json()).toMatchObject({ status: 'in_deliberation' });
    const topic = (
      await call(s.community_lead!, 'GET', `/api/participation/topics?communityCode=${DEMO_COMMUNITY}`)
    )
      .json<{ items: { id: string; source: string; sourceRef: string; status: string }[] }>()
      .items.find((t) => t.sourceRef === prop.id)!;
    expect(topic).toMatchObject({ source: 'proposal', status: 'raised' });

    // a meeting two days away cannot give the three days' notice
    const soon = (
      await call(s.community_lead!, 'POST', '/api/participation/meetings', {
        communityCode: DEMO_COMMUNITY,
        title: '居民议事会',
        place: '社区活动室',
        meetingAt: iso(2 * 86_400_000),
        agenda: '一、充电棚选址',
        invited: 10,
        topicIds: [topic.id],
      })
    ).json<{ id: string }>();
    const late = await call(s.community_lead!, 'POST', `/api/participation/meetings/${soon.id}/record`, {
      present: 8,
      minutes: '讨论',
      decision: '同意',
    });
    expect(reason(late)).toBe('meeting_agenda_late');
    // the agenda was public four days before (the test moves it back) — and a quorum is needed
    await env.ownerDb
      .updateTable('deliberation_meeting')
      .set({ agenda_published_at: new Date(Date.now() - 2 * 86_400_000) })
      .where('id', '=', soon.id)
      .execute();
    const noQuorum = await call(s.community_lead!, 'POST', `/api/participation/meetings/${soon.id}/record`, {
      present: 5,
      minutes: '讨论',
      decision: '同意',
    });
    expect(reason(noQuorum)).toBe('meeting_cannot_decide');
    const held = await call(s.community_lead!, 'POST', `/api/participation/meetings/${soon.id}/record`, {
      present: 8,
      attendees: '张某、李某等 8 人',
      minutes: '讨论了充电棚选址，多数同意 3 号楼旁',
      decision: '在 3 号楼旁建设充电棚，物业 30 日内完成',
    });
    expect(held.statusCode).toBe(200);
    await call(s.community_lead!, 'POST', `/api/participation/topics/${topic.id}/actions`, {
      action: 'start',
      note: '物业已开工',
    });
    await call(s.community_lead!, 'POST', `/api/participation/topics/${topic.id}/followups`, {
      body: '充电棚已建成，投入使用',
    });
    const pub = (await call(null, 'GET', `/api/public/participation/${DEMO_COMMUNITY}`)).json<{
      meetings: { id: string; attendees: string | null; decision: string }[];
      topics: { id: string; status: string; decision: string; followups: { body: string }[] }[];
    }>();
    const t = pub.topics.find((x) => x.id === topic.id)!;
    expect(t).toMatchObject({ status: 'implementing', decision: '在 3 号楼旁建设充电棚，物业 30 日内完成' });
    expect(t.followups.map((f) => f.body)).toEqual(['物业已开工', '充电棚已建成，投入使用']);
    // who attended is not published
    expect(pub.meetings.find((m) => m.id === soon.id)!.attendees).toBeNull();
  });
});

describe('topics and where they come from', () => {
  it('links a case of the community, refuses a case elsewhere or an unknown hot issue', async () => {
    const unit = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('jurisdiction_code', '=', DEMO_COMMUNITY)
      .where('kind', '=', 'community')
      .executeTakeFirstOrThrow();
    const inside = { id: (await newCase(env.ownerDb, { unitId: unit.id })).caseId };
    // a case of a department elsewhere in the district
    const outside = { id: (await newCase(env.ownerDb)).caseId };
    const topic = (source: string, sourceRef?: string) =>
      call(s.community_lead!, 'POST', '/api/participation/topics', {
        communityCode: DEMO_COMMUNITY,
        title: '楼下餐馆油烟扰民',
        source,
        sourceRef,
      });
    const ok = await topic('case', String(inside.id));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ source: 'case', sourceRef: String(inside.id), status: 'raised' });
    // a case of another community is not this community's to deliberate (and is not told apart from none)
    expect((await topic('case', String(outside.id))).statusCode).toBe(404);
    expect((await topic('case', 'not-a-case')).statusCode).toBe(404);
    expect((await topic('hotspot', '00000000-0000-4000-8000-000000000042')).statusCode).toBe(404);
    // raised by staff: no reference kept
    expect((await topic('staff', 'ignored')).json()).toMatchObject({ source: 'staff', sourceRef: null });
  });

  it('lets a verified resident raise a topic, which staff see and the public does not until a meeting takes it up', async () => {
    const raised = await call(s.resident!, 'POST', '/api/my/topics', {
      title: '小区里的共享单车乱停',
      body: '东门口的共享单车堆成一片，老人推轮椅过不去',
    });
    expect(raised.statusCode).toBe(200);
    const t = raised.json<{ id: string; source: string; status: string }>();
    expect(t).toMatchObject({ source: 'resident', status: 'raised' });
    const staff = (
      await call(s.community_lead!, 'GET', `/api/participation/topics?communityCode=${DEMO_COMMUNITY}`)
    ).json<{ items: { id: string }[] }>();
    expect(staff.items.map((x) => x.id)).toContain(t.id);
    const pub = (await call(null, 'GET', `/api/public/participation/${DEMO_COMMUNITY}`)).json<{
      topics: { id: string }[];
    }>();
    expect(pub.topics.map((x) => x.id)).not.toContain(t.id);
    // staff cannot raise as a resident
    expect(
      (
        await call(s.community_lead!, 'POST', '/api/my/topics', {
          title: '职员',
          body: '职员不能以居民身份提出议题',
        })
      ).statusCode,
    ).toBe(403);
  });
});
