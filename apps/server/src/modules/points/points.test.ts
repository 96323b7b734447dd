import { shanghaiDayOf } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_STREET } from '../../demo/users.ts';
import { newPerson } from '../../test/basedata-factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { publishLastMonth } from './boards.service.ts';

/*
 * 积分制 (issue 13): rules in force only once adopted by a vote, scoring with caps and evidence, reversal, balances,
 * the shop (balance and stock), the resident's own household only, another street's staff answered 404, the
 * monthly 红黑榜 and what the public page shows of a household (a minimal label, no personal data).
 */
let env: TestEnv;
const s: Record<string, Session> = {};
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
const reason = (r: Res) => r.json<{ error: { params: { reason?: string } } }>().error.params.reason;
async function call(
  who: Session | null,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return env.app.inject({ method, url, payload: payload as object, headers: who?.headers ?? {} });
}
interface Rule {
  id: string;
  title: string;
  points: number;
  capPerMonth: number | null;
  evidenceRequired: boolean;
  blackList: boolean;
}
interface RuleSet {
  id: string;
  version: number;
  state: string;
  inForce: boolean;
  voteId: string | null;
  rules: Rule[];
}
interface Ledger {
  balance: number;
  earned: number;
  lost: number;
  redeemed: number;
  entries: { id: string; points: number; reversed: boolean; reverses: string | null }[];
  redemptions: { id: string; status: string }[];
}
const place = { streetCode: DEMO_STREET, communityCode: DEMO_COMMUNITY };
const today = () => shanghaiDayOf(new Date());
let k = 0;
const key = () => `points-test-${++k}-${Date.now()}`;

/** A household: building → unit → room in the demo community, a house, and its head living there. */
async function household(head: string) {
  const n = ++k;
  const node = (kind: 'building' | 'unit' | 'room', name: string, parent: string | null) =>
    env.ownerDb
      .insertInto('address_node')
      .values({
        kind,
        name,
        full_name: `平谷区积分小区${n}${kind}${name}`,
        parent_id: parent,
        ...{ street_code: DEMO_STREET, community_code: DEMO_COMMUNITY },
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const b = await node('building', `${n}号楼`, null);
  const u = await node('unit', '2单元', b.id);
  const r = await node('room', '301', u.id);
  const house = await env.ownerDb
    .insertInto('house')
    .values({ address_id: r.id, street_code: DEMO_STREET, community_code: DEMO_COMMUNITY })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = await newPerson(env.ownerDb, env.pii, { ...place, name: head, houseId: house.id });
  await env.ownerDb
    .updateTable('residence')
    .set({ relation_to_head: 'head' })
    .where('person_id', '=', person.id)
    .execute();
  return { houseId: house.id, person, building: `${n}号楼` };
}

let inForce: RuleSet;
const rule = (title: string) => inForce.rules.find((r) => r.title === title)!;
let mine: Awaited<ReturnType<typeof household>>;
let other: Awaited<ReturnType<typeof household>>;

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['community_lead', 'grid_worker', 'resident', 'street_lead2', 'supervisor'])
    s[u] = await login(env.app, u);
  mine = await household('王建国');
  other = await household('李四海');
  const resident = await env.ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'resident')
    .executeTakeFirstOrThrow();
  await env.ownerDb
    .insertInto('resident_verification')
    .values({
      user_id: resident.id,
      person_id: mine.person.id,
      community_code: DEMO_COMMUNITY,
      method: 'staff',
    })
    .execute();
  const sets = (await call(s.community_lead!, 'GET', '/api/points/rule-sets')).json<{ items: RuleSet[] }>();
  inForce = sets.items.find((x) => x.inForce)!;
}, 120_000);
afterAll(() => env?.close());

const score = (who: Session, houseId: string, ruleId: string, extra: object = {}) =>
  call(who, 'POST', '/api/points/entries', {
    houseId,
    ruleId,
    occurredOn: today(),
    idempotencyKey: key(),
    ...extra,
  });

describe('access', () => {
  it('401 without a session, 403 for a resident, 400 for a bad body', async () => {
    expect((await call(null, 'GET', '/api/points/rule-sets')).statusCode).toBe(401);
    expect((await call(s.resident!, 'GET', '/api/points/rule-sets')).statusCode).toBe(403);
    expect((await call(s.community_lead!, 'POST', '/api/points/entries', { houseId: 'x' })).statusCode).toBe(
      400,
    );
  });
  it("another street's lead gets 404 for the community, its households and entries", async () => {
    const x = s.street_lead2!;
    expect((await call(x, 'GET', `/api/points/rule-sets?communityCode=${DEMO_COMMUNITY}`)).statusCode).toBe(
      404,
    );
    expect((await call(x, 'GET', `/api/points/households/${mine.houseId}`)).statusCode).toBe(404);
    expect((await score(x, mine.houseId, rule('门前三包保持整洁').id)).statusCode).toBe(404);
    expect((await call(x, 'GET', `/api/points/goods?communityCode=${DEMO_COMMUNITY}`)).statusCode).toBe(404);
  });
});

describe('rules adopted by a vote (the demo)', () => {
  it('the demo rules are in force, adopted by their published vote', () => {
    expect(inForce.state).toBe('adopted');
    expect(inForce.voteId).toBeTruthy();
  });
});

describe('scoring', () => {
  it('a grid worker scores a household; the monthly cap and the evidence rule hold', async () => {
    const clean = rule('门前三包保持整洁'); // +5, at most 20 a month
    for (let i = 0; i < 4; i++)
      expect((await score(s.grid_worker!, mine.houseId, clean.id)).statusCode).toBe(200);
    const over = await score(s.grid_worker!, mine.houseId, clean.id);
    expect(reason(over)).toBe('points_over_cap');
    const help = rule('帮扶独居老人、邻里互助');
    expect(reason(await score(s.grid_worker!, mine.houseId, help.id))).toBe('points_evidence_required');
    const ok = await score(s.grid_worker!, mine.houseId, help.id, { evidence: '老人签字确认' });
    expect(ok.json<Ledger>().balance).toBe(30);
  });
  it('the same idempotency key records once', async () => {
    const k1 = key();
    const body = {
      houseId: other.houseId,
      ruleId: rule('垃圾分类检查合格').id,
      occurredOn: today(),
      idempotencyKey: k1,
    };
    await call(s.community_lead!, 'POST', '/api/points/entries', body);
    const again = await call(s.community_lead!, 'POST', '/api/points/entries', body);
    expect(again.json<Ledger>().entries).toHaveLength(1);
  });
  it('a day in the future is refused', async () => {
    const r = await score(s.community_lead!, other.houseId, rule('垃圾分类检查合格').id, {
      occurredOn: '2099-01-01',
    });
    expect(reason(r)).toBe('points_future_day');
  });
  it('a mistake is corrected by a reversing entry, once; nothing is deleted', async () => {
    const bad = (
      await score(s.community_lead!, other.houseId, rule('高空抛物').id, { evidence: '录像' })
    ).json<Ledger>();
    const entry = bad.entries.find((e) => e.points === -30)!;
    expect(bad.lost).toBe(30);
    const fixed = await call(s.community_lead!, 'POST', `/api/points/entries/${entry.id}/reverse`, {
      reason: '记错户',
    });
    const l = fixed.json<Ledger>();
    expect(l.lost).toBe(0);
    expect(l.entries.find((e) => e.id === entry.id)!.reversed).toBe(true);
    expect(l.entries.some((e) => e.reverses === entry.id && e.points === 30)).toBe(true);
    const twice = await call(s.community_lead!, 'POST', `/api/points/entries/${entry.id}/reverse`, {
      reason: '再来',
    });
    expect(reason(twice)).toBe('points_already_reversed');
  });
});

describe('积分超市', () => {
  let soap: { id: string; stock: number };
  it('staff add a good; a resident redeems for their household, stock and balance go down', async () => {
    const g = await call(s.community_lead!, 'POST', '/api/points/goods', {
      communityCode: DEMO_COMMUNITY,
      name: '肥皂',
      price: 12,
      stock: 2,
    });
    expect(g.statusCode).toBe(200);
    soap = g.json<{ id: string; stock: number }>();
    const r = await call(s.resident!, 'POST', '/api/my/points/redemptions', {
      goodId: soap.id,
      quantity: 2,
      idempotencyKey: key(),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<Ledger>().balance).toBe(30 - 24);
    const goods = (await call(s.community_lead!, 'GET', '/api/points/goods')).json<{
      items: { id: string; stock: number }[];
    }>();
    expect(goods.items.find((x) => x.id === soap.id)!.stock).toBe(0);
  });
  it('refuses beyond the stock and beyond the balance', async () => {
    const out = await call(s.resident!, 'POST', '/api/my/points/redemptions', {
      goodId: soap.id,
      idempotencyKey: key(),
    });
    expect(reason(out)).toBe('points_out_of_stock');
    await call(s.community_lead!, 'PUT', `/api/points/goods/${soap.id}`, {
      name: '肥皂',
      description: '',
      price: 12,
      stock: 5,
      active: true,
    });
    const poor = await call(s.resident!, 'POST', '/api/my/points/redemptions', {
      goodId: soap.id,
      idempotencyKey: key(),
    });
    expect(reason(poor)).toBe('points_insufficient_balance');
  });
  it('a resident redeems only for their own household', async () => {
    const counter = await call(s.resident!, 'POST', '/api/points/redemptions', {
      houseId: other.houseId,
      goodId: soap.id,
      idempotencyKey: key(),
    });
    expect(counter.statusCode).toBe(403);
    // another household's request cannot be withdrawn by this resident
    await score(s.community_lead!, other.houseId, rule('评为文明家庭').id, { evidence: '街道表彰' });
    const theirs = (
      await call(s.community_lead!, 'POST', '/api/points/redemptions', {
        houseId: other.houseId,
        goodId: soap.id,
        idempotencyKey: key(),
      })
    ).json<Ledger>();
    const cancel = await call(
      s.resident!,
      'POST',
      `/api/my/points/redemptions/${theirs.redemptions[0]!.id}/cancel`,
    );
    expect(cancel.statusCode).toBe(404);
  });
  it("the resident's own request can be withdrawn: points and stock come back", async () => {
    await score(s.community_lead!, mine.houseId, rule('评为文明家庭').id, { evidence: '街道表彰' });
    const r = (
      await call(s.resident!, 'POST', '/api/my/points/redemptions', {
        goodId: soap.id,
        idempotencyKey: key(),
      })
    ).json<Ledger>();
    const req = r.redemptions.find((x) => x.status === 'requested')!;
    const back = await call(s.resident!, 'POST', `/api/my/points/redemptions/${req.id}/cancel`);
    expect(back.json<Ledger>().balance).toBe(r.balance + 12);
    const again = await call(s.community_lead!, 'POST', `/api/points/redemptions/${req.id}/steps`, {
      step: 'hand',
    });
    expect(reason(again)).toBe('points_redemption_wrong_state');
  });
  it('my points: balance, the shop and the rules in force', async () => {
    const me = (await call(s.resident!, 'GET', '/api/my/points')).json<
      Ledger & { goods: unknown[]; rulesInForce: { version: number } }
    >();
    expect(me.balance).toBe(36);
    expect(me.goods.length).toBeGreaterThan(0);
    expect(me.rulesInForce.version).toBe(inForce.version);
  });
});

describe('红黑榜 and the public page', () => {
  it('the month’s lists name the top households and, with the building only, the serious deduction', async () => {
    await score(s.community_lead!, other.houseId, rule('违章搭建经劝阻不改').id, { evidence: '照片' });
    const b = await call(s.community_lead!, 'POST', '/api/points/boards', {
      communityCode: DEMO_COMMUNITY,
      month: today().slice(0, 7),
    });
    expect(b.statusCode).toBe(200);
    const board = b.json<{ red: { label: string }[]; black: { label: string; entries: number }[] }>();
    expect(board.black).toContainEqual({ label: `${other.building} 李**`, entries: 1 });
    expect(board.red.map((r) => r.label)).not.toContain(`${other.building}2单元301 李**`);
  });
  it('the public page shows minimal labels and no personal data', async () => {
    const r = await call(null, 'GET', `/api/public/points/${DEMO_COMMUNITY}`);
    expect(r.statusCode).toBe(200);
    const text = r.body;
    expect(text).toContain(`${mine.building}2单元301 王**`);
    for (const secret of ['王建国', '李四海', mine.person.idNumber, other.person.idNumber, '平谷区积分小区'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toMatch(/houseId|personId/);
    const demoBoards = r.json<{ boards: { month: string; black: unknown[] }[] }>().boards;
    expect(demoBoards.length).toBeGreaterThan(0);
  });
  it('the monthly job publishes last month once per community', async () => {
    const n = await publishLastMonth(env.db);
    expect(await publishLastMonth(env.db)).toBe(0);
    expect(n).toBeGreaterThanOrEqual(0);
  });
});

describe('a new version in force only once its vote carried', () => {
  it('draft → vote → adopted; the old rules stop and the new ones score', async () => {
    const created = await call(s.community_lead!, 'POST', '/api/points/rule-sets', {
      communityCode: DEMO_COMMUNITY,
      title: '居民积分制管理细则（修订）',
      rules: [
        { category: 'volunteer', title: '参加垃圾分类值守', points: 8, capPerMonth: 16 },
        { category: 'violation', title: '遛狗不牵绳', points: -5 },
      ],
    });
    expect(created.statusCode).toBe(200);
    const v2 = created.json<RuleSet>();
    expect(v2.state).toBe('draft');
    const bad = await call(s.community_lead!, 'PUT', `/api/points/rule-sets/${v2.id}`, {
      title: 'x x',
      rules: [{ category: 'other', title: '好事', points: 5, blackList: true }],
    });
    expect(reason(bad)).toBe('points_rule_problem');
    const newRule = v2.rules[0]!.id;
    expect(reason(await score(s.community_lead!, mine.houseId, newRule))).toBe('points_rule_not_in_force');
    const voted = await call(s.community_lead!, 'POST', `/api/points/rule-sets/${v2.id}/vote`, {
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(voted.statusCode).toBe(200);
    const inVote = voted.json<RuleSet>();
    expect(inVote.state).toBe('in_vote');
    expect(
      (
        await call(s.community_lead!, 'PUT', `/api/points/rule-sets/${v2.id}`, {
          title: '改不了',
          rules: [{ category: 'other', title: '好事', points: 5 }],
        })
      ).statusCode,
    ).toBe(409);
    const vote = (await call(s.community_lead!, 'GET', `/api/participation/votes/${inVote.voteId}`)).json<{
      options: { id: string; title: string }[];
    }>();
    const yes = vote.options.find((o) => o.title === '同意')!.id;
    for (const p of [mine.person.id, other.person.id]) {
      const b = await call(s.community_lead!, 'POST', `/api/participation/votes/${inVote.voteId}/ballots`, {
        personId: p,
        choices: [yes],
      });
      expect(b.statusCode).toBe(200);
    }
    for (const step of ['close', 'publish'])
      expect(
        (await call(s.community_lead!, 'POST', `/api/participation/votes/${inVote.voteId}/steps`, { step }))
          .statusCode,
      ).toBe(200);
    const sets = (await call(s.community_lead!, 'GET', '/api/points/rule-sets')).json<{ items: RuleSet[] }>()
      .items;
    expect(sets.find((x) => x.id === v2.id)).toMatchObject({ state: 'adopted', inForce: true });
    expect(sets.find((x) => x.id === inForce.id)).toMatchObject({ state: 'adopted', inForce: false });
    expect((await score(s.grid_worker!, mine.houseId, newRule)).statusCode).toBe(200);
    expect(reason(await score(s.grid_worker!, mine.houseId, rule('垃圾分类检查合格').id))).toBe(
      'points_rule_not_in_force',
    );
  });
});

describe('a draft put to the vote twice at once', () => {
  it('makes one vote: the second is refused and leaves no vote behind', async () => {
    const created = await call(s.community_lead!, 'POST', '/api/points/rule-sets', {
      communityCode: DEMO_COMMUNITY,
      title: '楼道卫生积分细则（并发表决）',
      rules: [{ category: 'sanitation', title: '楼道无杂物堆放', points: 3 }],
    });
    expect(created.statusCode).toBe(200);
    const set = created.json<RuleSet>();
    const body = {
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const both = await Promise.all([
      call(s.community_lead!, 'POST', `/api/points/rule-sets/${set.id}/vote`, body),
      call(s.community_lead!, 'POST', `/api/points/rule-sets/${set.id}/vote`, body),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const votes = await env.ownerDb
      .selectFrom('civic_vote')
      .select('id')
      .where('title', 'like', '%楼道卫生积分细则（并发表决）%')
      .execute();
    expect(votes).toHaveLength(1);
  });
});

describe('a demo household', () => {
  it('staff read and score a demo household (base-data ids)', async () => {
    const house = await env.ownerDb
      .selectFrom('residence')
      .select('house_id')
      .where('community_code', '=', DEMO_COMMUNITY)
      .where('relation_to_head', '=', 'head')
      .orderBy('house_id', 'desc')
      .executeTakeFirstOrThrow();
    // the demo's ids are deterministic, not RFC 4122 versioned: they must still be accepted
    const r = await call(s.community_lead!, 'GET', `/api/points/households/${house.house_id}`);
    expect(r.statusCode).toBe(200);
    const scored = await score(s.community_lead!, house.house_id, rule('垃圾分类检查合格').id);
    expect([200, 409]).toContain(scored.statusCode);
  });
});
