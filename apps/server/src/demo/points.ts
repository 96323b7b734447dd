import { districtOf, shanghaiDayOf, previousMonth } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { publishBoard } from '../modules/points/boards.service.ts';
import { randomInt, rngFor } from './random.ts';
import { DEMO_COMMUNITY } from './users.ts';

/**
 * 积分制 demo (issue 13): the demo community's 积分细则 (modelled on 桐乡 and other 积分制 villages: 环境卫生,
 * 邻里互助, 志愿服务, 移风易俗, 违规行为), adopted by a published residents' vote two months ago; six weeks of
 * entries for some households (one corrected by a reversal, two serious deductions), the 积分超市 with goods and
 * redemptions, and last month's 红黑榜. Runs once, when the community has no rule set.
 */
const RULES = [
  { category: 'sanitation', title: '门前三包保持整洁', points: 5, cap: 20, evidence: false, black: false },
  { category: 'sanitation', title: '垃圾分类检查合格', points: 3, cap: 12, evidence: false, black: false },
  {
    category: 'mutual_aid',
    title: '帮扶独居老人、邻里互助',
    points: 10,
    cap: 30,
    evidence: true,
    black: false,
  },
  {
    category: 'volunteer',
    title: '参加社区志愿服务（每次）',
    points: 10,
    cap: 40,
    evidence: true,
    black: false,
  },
  {
    category: 'customs',
    title: '红白事简办、移风易俗承诺',
    points: 20,
    cap: 20,
    evidence: true,
    black: false,
  },
  { category: 'customs', title: '评为文明家庭', points: 30, cap: null, evidence: true, black: false },
  {
    category: 'violation',
    title: '乱堆乱放、占用消防通道',
    points: -5,
    cap: null,
    evidence: true,
    black: false,
  },
  {
    category: 'violation',
    title: '私拉电线充电（电动车）',
    points: -10,
    cap: null,
    evidence: true,
    black: false,
  },
  { category: 'violation', title: '高空抛物', points: -30, cap: null, evidence: true, black: true },
  { category: 'violation', title: '违章搭建经劝阻不改', points: -30, cap: null, evidence: true, black: true },
] as const;

const GOODS = [
  { name: '毛巾', price: 10, stock: 60 },
  { name: '酱油（500ml）', price: 15, stock: 40 },
  { name: '理发券', price: 20, stock: 30 },
  { name: '洗衣液（2kg）', price: 30, stock: 25 },
  { name: '大米（5kg）', price: 80, stock: 12 },
];

const DAY = 86_400_000;

export async function loadDemoPointsIfEmpty(db: Db, now = new Date()): Promise<{ entries: number } | null> {
  const has = await db
    .selectFrom('points_rule_set')
    .select('id')
    .where('community_code', '=', DEMO_COMMUNITY)
    .executeTakeFirst();
  if (has) return null;
  const region = await db
    .selectFrom('region')
    .select('path')
    .where('code', '=', DEMO_COMMUNITY)
    .executeTakeFirst();
  const users = await db
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('username', 'in', ['community_lead', 'grid_worker'])
    .execute();
  const lead = users.find((u) => u.username === 'community_lead');
  const worker = users.find((u) => u.username === 'grid_worker') ?? lead;
  // households: houses of the community with a head of household living there
  const houses = await db
    .selectFrom('residence')
    .select('house_id')
    .distinct()
    .where('community_code', '=', DEMO_COMMUNITY)
    .where('relation_to_head', '=', 'head')
    .where('moved_out', 'is', null)
    .orderBy('house_id')
    .limit(40)
    .execute();
  const voters = await db
    .selectFrom('person as p')
    .innerJoin('residence as r', 'r.person_id', 'p.id')
    .select('p.id')
    .distinct()
    .where('r.community_code', '=', DEMO_COMMUNITY)
    .where('r.moved_out', 'is', null)
    .where('p.deceased', '=', false)
    .where('p.birth_date', '<', '1990-01-01')
    .orderBy('p.id')
    .limit(60)
    .execute();
  if (!region || !lead || !worker || houses.length < 10 || voters.length < 20) return null;
  const at = { community_code: DEMO_COMMUNITY, region_path: region.path };
  const district_code = districtOf(DEMO_COMMUNITY);
  const rng = rngFor('points');

  return db.transaction().execute(async (tx) => {
    // the vote that adopted the rules: opened 9 weeks ago, closed and published 7 weeks ago
    const vote = await tx
      .insertInto('civic_vote')
      .values({
        ...at,
        kind: 'choice',
        title: '积分细则（第 1 版）：居民积分制管理细则',
        body: '表决是否通过社区居民积分制管理细则（环境卫生、邻里互助、志愿服务、移风易俗、违规行为）。',
        max_choices: 1,
        status: 'published',
        opens_at: new Date(now.getTime() - 63 * DAY),
        closes_at: new Date(now.getTime() - 49 * DAY),
        closed_at: new Date(now.getTime() - 49 * DAY),
        published_at: new Date(now.getTime() - 49 * DAY),
        created_by: lead.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [yes, no] = await tx
      .insertInto('civic_vote_option')
      .values([
        { vote_id: vote.id, district_code, position: 1, title: '同意', description: '通过本版积分细则' },
        { vote_id: vote.id, district_code, position: 2, title: '不同意' },
      ])
      .returning('id')
      .execute();
    await tx
      .insertInto('civic_ballot')
      .values(
        voters.map((v, i) => ({
          vote_id: vote.id,
          district_code,
          person_id: v.id,
          channel: 'online' as const,
          choices: [i % 5 === 4 ? no!.id : yes!.id],
          cast_at: new Date(now.getTime() - (60 - (i % 10)) * DAY),
        })),
      )
      .execute();
    const set = await tx
      .insertInto('points_rule_set')
      .values({
        ...at,
        version: 1,
        title: '居民积分制管理细则',
        vote_id: vote.id,
        adopt_option_id: yes!.id,
        created_by: lead.id,
        created_at: new Date(now.getTime() - 65 * DAY),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rules = await tx
      .insertInto('points_rule')
      .values(
        RULES.map((r, i) => ({
          rule_set_id: set.id,
          district_code,
          position: i + 1,
          category: r.category,
          title: r.title,
          points: r.points,
          cap_per_month: r.cap,
          evidence_required: r.evidence,
          black_list: r.black,
        })),
      )
      .returning(['id', 'points', 'black_list', 'cap_per_month'])
      .execute();

    // six weeks of entries: mostly earning, some deductions, two serious ones; caps respected per month
    const used = new Map<string, number>();
    const entries: {
      house_id: string;
      rule_id: string;
      points: number;
      black_list: boolean;
      occurred_on: string;
      evidence: string;
      scored_by: string;
      idempotency_key: string;
    }[] = [];
    for (let d = 42; d >= 1; d--) {
      const day = shanghaiDayOf(new Date(now.getTime() - d * DAY));
      for (let k = randomInt(rng, 1, 4); k > 0; k--) {
        const h = houses[randomInt(rng, 0, houses.length - 1)]!.house_id;
        const ri = rng() < 0.85 ? randomInt(rng, 0, 5) : randomInt(rng, 6, 7);
        const rule = rules[ri]!;
        const key = `${h}:${rule.id}:${day.slice(0, 7)}`;
        const sofar = used.get(key) ?? 0;
        if (rule.cap_per_month !== null && sofar + Math.abs(rule.points) > rule.cap_per_month) continue;
        used.set(key, sofar + Math.abs(rule.points));
        entries.push({
          house_id: h,
          rule_id: rule.id,
          points: rule.points,
          black_list: rule.black_list,
          occurred_on: day,
          evidence: RULES[ri]!.evidence ? '现场照片、签到表' : '',
          scored_by: rng() < 0.6 ? worker.id : lead.id,
          idempotency_key: `demo-points:${entries.length}`,
        });
      }
    }
    // two serious deductions last month (黑榜), on households with few points
    const lastMonth = previousMonth(shanghaiDayOf(now).slice(0, 7));
    for (const [i, ri] of [
      [houses.length - 1, 8],
      [houses.length - 2, 9],
    ] as const)
      entries.push({
        house_id: houses[i]!.house_id,
        rule_id: rules[ri]!.id,
        points: rules[ri]!.points,
        black_list: true,
        occurred_on: `${lastMonth}-1${i % 2}`,
        evidence: '监控录像截图，网格员现场核实',
        scored_by: worker.id,
        idempotency_key: `demo-points:serious:${i}`,
      });
    const inserted = await tx
      .insertInto('points_entry')
      .values(entries.map((e) => ({ ...at, ...e })))
      .returning(['id', 'house_id', 'rule_id', 'points', 'black_list'])
      .execute();
    // one mistaken entry corrected by a reversal
    const wrong = inserted[3]!;
    await tx
      .insertInto('points_entry')
      .values({
        ...at,
        house_id: wrong.house_id,
        rule_id: wrong.rule_id,
        points: -wrong.points,
        black_list: wrong.black_list,
        occurred_on: shanghaiDayOf(new Date(now.getTime() - 20 * DAY)),
        note: '记错户，更正',
        reverses: wrong.id,
        scored_by: lead.id,
        idempotency_key: `reverse:${wrong.id}`,
      })
      .execute();

    const goods = await tx
      .insertInto('points_good')
      .values(GOODS.map((g) => ({ ...at, ...g, description: '' })))
      .returning(['id', 'price'])
      .execute();
    // a few redemptions at the counter, of households with enough points
    const bal = new Map<string, number>();
    for (const e of entries) bal.set(e.house_id, (bal.get(e.house_id) ?? 0) + e.points);
    bal.set(wrong.house_id, (bal.get(wrong.house_id) ?? 0) - wrong.points);
    const rich = [...bal].filter(([, b]) => b >= 30).slice(0, 6);
    let n = 0;
    for (const [house, b] of rich) {
      const g = goods[n % 2 === 0 ? 0 : 2]!;
      if (g.price > b) continue;
      const requested = n === rich.length - 1;
      await tx
        .insertInto('points_redemption')
        .values({
          ...at,
          house_id: house,
          good_id: g.id,
          quantity: 1,
          points: g.price,
          status: requested ? 'requested' : 'handed',
          channel: requested ? 'resident' : 'counter',
          requested_by: lead.id,
          handled_by: requested ? null : lead.id,
          handled_at: requested ? null : new Date(now.getTime() - (10 + n) * DAY),
          created_at: new Date(now.getTime() - (10 + n) * DAY),
          idempotency_key: `demo-points:redeem:${n}`,
        })
        .execute();
      await tx
        .updateTable('points_good')
        .set({ stock: sql`stock - 1` })
        .where('id', '=', g.id)
        .execute();
      n++;
    }
    await publishBoard(tx, DEMO_COMMUNITY, lastMonth, null);
    return { entries: inserted.length };
  });
}
