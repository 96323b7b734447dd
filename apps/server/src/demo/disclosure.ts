import {
  districtOf,
  dayNumberOf,
  dayStartMs,
  formatDay,
  parseDay,
  nextPeriod,
  periodBounds,
  periodOf,
  publicList,
  requestDueAt,
  WorkingCalendar,
  type FlowStep,
  type PowerCategory,
} from '@onegrid/domain';
import type { Db } from '../db/database.ts';
import type { PiiCipher } from '../lib/pii.ts';
import { DISTRICT_CODE } from './divisions.ts';
import { DEMO_COMMUNITY } from './users.ts';

/**
 * 小微权力清单 and 村(居)务公开 demo (issue 13): ten micro-power items of 平谷区 with their flowcharts (written for the
 * demo after 宁海县 《村级小微权力清单36条》 and 北京 村务公开 rules); the catalogue of the demo community (金谷东园社区)
 * and of a village (杜辛庄村, 兴谷街道) with months of publications up to now — the demo community's collective-assets
 * entry skipped a quarter, so it is overdue — a subsidy list with masked names, a query answered and one open, and a
 * failure report. Dates follow the clock: the loader is run on the day of the demo. Runs once (no item yet).
 */

export const DEMO_VILLAGE = '110117002200';

const s = (title: string, role: FlowStep['role'], disclose = false): FlowStep => ({ title, role, disclose });

interface DemoItem {
  category: PowerCategory;
  title: string;
  basis: string;
  description: string;
  steps: FlowStep[];
}

export const DEMO_POWERS: DemoItem[] = [
  {
    category: 'major_decision',
    title: '重大事项决策（四议两公开）',
    basis: '《中华人民共和国村民委员会组织法》第二十四条；《城市居民委员会组织法》',
    description:
      '涉及群众切身利益的重大事项，按“党组织提议、两委会商议、党员大会审议、村(居)民代表会议决议，决议公开、实施结果公开”办理。',
    steps: [
      s('党组织提议', 'party_branch'),
      s('两委联席会议商议', 'joint_meeting'),
      s('党员大会审议', 'party_branch'),
      s('村(居)民代表会议决议', 'representatives'),
      s('决议公开', 'committee', true),
      s('组织实施', 'committee'),
      s('实施结果公开', 'committee', true),
    ],
  },
  {
    category: 'project',
    title: '工程项目建设',
    basis: '《中华人民共和国招标投标法》；区农村集体经济组织工程项目管理办法',
    description: '村(社区)自建工程项目的立项、招标、施工与验收。',
    steps: [
      s('项目提出与立项（四议两公开）', 'joint_meeting'),
      s('招标方案公示', 'committee', true),
      s('公开招标或比选', 'committee'),
      s('中标结果公示', 'committee', true),
      s('施工与监督', 'supervision'),
      s('竣工验收', 'street'),
      s('决算公开', 'committee', true),
    ],
  },
  {
    category: 'project',
    title: '合同签订与管理',
    basis: '《中华人民共和国民法典》合同编；农村集体经济合同管理规定',
    description: '以村(社区)名义签订的各类经济合同。',
    steps: [
      s('合同事项提出', 'clerk'),
      s('两委联席会议审议', 'joint_meeting'),
      s('法律顾问审核', 'street'),
      s('签订并备案', 'committee'),
      s('合同公开', 'committee', true),
    ],
  },
  {
    category: 'assets',
    title: '集体资产资源发包租赁',
    basis: '《中华人民共和国农村土地承包法》；北京市农村集体资产管理条例',
    description: '集体土地、房屋、设施等资产资源的发包、租赁。',
    steps: [
      s('提出发包租赁方案', 'committee'),
      s('村(居)民代表会议决议', 'representatives'),
      s('方案公开', 'committee', true),
      s('公开竞价', 'committee'),
      s('签订合同', 'committee'),
      s('结果公开', 'committee', true),
    ],
  },
  {
    category: 'assets',
    title: '集体资产处置',
    basis: '北京市农村集体资产管理条例',
    description: '集体资产的出售、报废与处置。',
    steps: [
      s('提出处置申请', 'clerk'),
      s('资产评估', 'street'),
      s('村(居)民代表会议决议', 'representatives'),
      s('处置结果公开', 'committee', true),
    ],
  },
  {
    category: 'finance',
    title: '财务收支审批',
    basis: '《村集体经济组织会计制度》；村级财务管理规定（村账镇管）',
    description: '村(社区)各项收支的审批、入账与公开。',
    steps: [
      s('经办人取得票据并签字', 'clerk'),
      s('村(居)务监督委员会审核', 'supervision'),
      s('书记（主任）审批', 'party_branch'),
      s('代理记账中心入账', 'accountant'),
      s('财务收支按月公开', 'committee', true),
    ],
  },
  {
    category: 'subsidy',
    title: '最低生活保障申请初审',
    basis: '《社会救助暂行办法》；北京市城乡居民最低生活保障办法',
    description: '低保申请的受理、入户调查、民主评议与公示。',
    steps: [
      s('居民提出申请', 'applicant'),
      s('受理并入户调查', 'committee'),
      s('民主评议', 'representatives'),
      s('初审结果公示', 'committee', true),
      s('报街道审核', 'street'),
      s('审批结果长期公示', 'committee', true),
    ],
  },
  {
    category: 'subsidy',
    title: '临时救助申请',
    basis: '《社会救助暂行办法》第四十七条至第五十条',
    description: '遭遇突发困难家庭的临时救助。',
    steps: [
      s('居民提出申请', 'applicant'),
      s('核实情况', 'committee'),
      s('报街道审批', 'street'),
      s('救助结果公开', 'committee', true),
    ],
  },
  {
    category: 'seal',
    title: '证明出具',
    basis: '民政部等《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕4号）',
    description: '依清单出具证明；清单外的不出具。',
    steps: [
      s('居民提出申请并提交材料', 'applicant'),
      s('核对证明事项清单', 'clerk'),
      s('核实情况', 'committee'),
      s('出具证明并登记', 'committee'),
      s('证明出具情况定期公开', 'committee', true),
    ],
  },
  {
    category: 'seal',
    title: '印章使用管理',
    basis: '村(居)委会印章管理规定',
    description: '村(居)委会印章的使用审批与登记。',
    steps: [
      s('提出用印申请', 'clerk'),
      s('书记（主任）审批', 'party_branch'),
      s('专人用印并登记', 'clerk'),
      s('用印登记定期公开', 'committee', true),
    ],
  },
];

interface DemoEntry {
  item: string | null;
  category: PowerCategory;
  title: string;
  basis: string;
  frequency: 'monthly' | 'quarterly' | 'at_once';
  channels: ('board' | 'online' | 'meeting')[];
  /** periods (oldest first) not published: the quarter a community skipped */
  skip?: (periods: string[]) => string[];
  body: (period: string) => string;
  list?: boolean;
}

const ENTRIES: DemoEntry[] = [
  {
    item: '财务收支审批',
    category: 'finance',
    title: '财务收支情况',
    basis: '《村民委员会组织法》第三十条：财务收支情况至少每月公布一次',
    frequency: 'monthly',
    channels: ['board', 'online'],
    body: (p) =>
      `${p} 收入：上级拨付办公经费 3.20 万元、公共服务经费 1.85 万元；支出：办公用品 0.42 万元、环境整治 1.36 万元、活动经费 0.78 万元。`,
  },
  {
    item: '集体资产资源发包租赁',
    category: 'assets',
    title: '集体资产资源使用情况',
    basis: '北京市农村集体资产管理条例；民政部《村务公开目录》',
    frequency: 'quarterly',
    channels: ['board', 'online'],
    skip: (periods) => (periods.length >= 2 ? [periods[periods.length - 2]!] : []),
    body: (p) => `${p} 社区活动用房 2 处出租（年租金 4.8 万元），停车场 1 处委托管理；租金按季度入账。`,
  },
  {
    item: '最低生活保障申请初审',
    category: 'subsidy',
    title: '低保、救助对象及资金发放',
    basis: '《社会救助暂行办法》第十一条：审核审批结果公示',
    frequency: 'quarterly',
    channels: ['board', 'online'],
    list: true,
    body: (p) => `${p} 低保、临时救助对象及发放金额如下（姓名已按规定遮蔽）。`,
  },
  {
    item: '工程项目建设',
    category: 'project',
    title: '工程项目及合同',
    basis: '《村民委员会组织法》第三十条；区工程项目管理办法',
    frequency: 'quarterly',
    channels: ['board', 'online', 'meeting'],
    body: (p) => `${p} 楼道照明改造工程（合同金额 6.3 万元）完工验收；雨水管网疏通维护合同续签。`,
  },
  {
    item: '证明出具',
    category: 'seal',
    title: '证明出具与印章使用',
    basis: '民发〔2020〕4号',
    frequency: 'quarterly',
    channels: ['board'],
    body: (p) => `${p} 出具证明 46 份（居住证明 31 份、亲属关系证明 15 份），用印 58 次，均已登记。`,
  },
  {
    item: '重大事项决策（四议两公开）',
    category: 'major_decision',
    title: '重大事项决议及实施',
    basis: '“四议两公开”工作法',
    frequency: 'at_once',
    channels: ['board', 'online', 'meeting'],
    body: () => '',
  },
];

const NAMES = ['王秀兰', '李建华', '张桂英', '刘永明', '陈淑珍', '杨德胜', '赵玉梅', '黄志强'];

export async function loadDemoDisclosure(db: Db, pii: PiiCipher, now = new Date()): Promise<void> {
  if (await db.selectFrom('micro_power_item').select('id').executeTakeFirst()) return;
  const users = new Map(
    (
      await db
        .selectFrom('app_user')
        .select(['id', 'username'])
        .where('username', 'in', ['admin', 'community_lead', 'street_lead2', 'resident'])
        .execute()
    ).map((u) => [u.username, u.id]),
  );
  const admin = users.get('admin');
  const district = await db
    .selectFrom('region')
    .select(['code', 'path'])
    .where('code', '=', DISTRICT_CODE)
    .executeTakeFirst();
  if (!admin || !district) return;
  const items = new Map<string, string>();
  let position = 0;
  for (const it of DEMO_POWERS) {
    const { id } = await db
      .insertInto('micro_power_item')
      .values({
        region_code: district.code,
        region_path: district.path,
        position: ++position,
        category: it.category,
        title: it.title,
        basis: it.basis,
        description: it.description,
        steps: JSON.stringify(it.steps),
        created_by: admin,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    items.set(it.title, id);
  }
  const cal = new WorkingCalendar();
  const places = [
    { code: DEMO_COMMUNITY, staff: users.get('community_lead') ?? admin, months: 8, entries: ENTRIES },
    {
      code: DEMO_VILLAGE,
      staff: users.get('street_lead2') ?? admin,
      months: 6,
      entries: ENTRIES.slice(0, 3).concat(ENTRIES[5]!),
    },
  ];
  const today = dayNumberOf(now);
  for (const place of places) {
    const c = await db
      .selectFrom('region')
      .select(['code', 'path', 'name'])
      .where('code', '=', place.code)
      .executeTakeFirst();
    if (!c) continue;
    const village = c.name.endsWith('村');
    // adopted: every item by the community, the village's own six
    const adopt = village ? DEMO_POWERS.filter((_, i) => [0, 1, 3, 5, 6, 8].includes(i)) : DEMO_POWERS;
    await db
      .insertInto('micro_power_adoption')
      .values(
        adopt.map((p) => ({ item_id: items.get(p.title)!, community_code: c.code, adopted_by: place.staff })),
      )
      .execute();
    // the catalogue applies from the first day of the month `months` ago
    const sinceMonth = new Date(dayStartMs(today) + 8 * 3_600_000);
    sinceMonth.setUTCMonth(sinceMonth.getUTCMonth() - place.months, 1);
    const since = formatDay(Math.floor(+sinceMonth / 86_400_000));
    for (const e of place.entries) {
      const title = village ? e.title.replace('低保、救助对象', '低保、救助对象（村）') : e.title;
      const { id: entryId } = await db
        .insertInto('disclosure_entry')
        .values({
          community_code: c.code,
          region_path: c.path,
          item_id: e.item ? (items.get(e.item) ?? null) : null,
          category: e.category,
          title,
          basis: e.basis,
          frequency: e.frequency,
          due_working_days: e.frequency === 'at_once' ? 5 : 10,
          channels: e.channels,
          since,
          created_by: place.staff,
          created_at: new Date(dayStartMs(parseDay(since))),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (e.frequency === 'at_once') {
        // a resolution published a month ago, one passed two days ago (owed, not yet overdue)
        const events = [
          { title: '小区停车管理方案（居民代表会议决议）', daysAgo: 38, published: true },
          { title: '老旧楼加装电梯项目（居民代表会议决议）', daysAgo: 2, published: false },
        ];
        for (const ev of events) {
          const occurred = new Date(+now - ev.daysAgo * 86_400_000);
          const { id: eventId } = await db
            .insertInto('disclosure_event')
            .values({
              entry_id: entryId,
              district_code: districtOf(c.code),
              title: ev.title,
              occurred_at: occurred,
              created_by: place.staff,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (ev.published)
            await db
              .insertInto('disclosure_publication')
              .values({
                entry_id: entryId,
                district_code: districtOf(c.code),
                event_id: eventId,
                title: `决议公开：${ev.title}`,
                body: `经党组织提议、两委会商议、党员大会审议，居民代表会议于 ${formatDay(dayNumberOf(occurred))} 表决通过（应到 45 人，实到 38 人，同意 35 人）。`,
                list: '[]',
                channel: 'board',
                published_at: new Date(+occurred + 2 * 86_400_000),
                published_by: place.staff,
              })
              .execute();
        }
        continue;
      }
      // every period since the adoption that has ended (the running one is not owed yet) …
      const ended: string[] = [];
      for (let p = periodOf(e.frequency, since); periodBounds(p).next <= today; p = nextPeriod(p))
        ended.push(p);
      // … published some working days after it ended, but not the last month (due now) nor what was skipped
      const skipped = new Set(e.skip?.(ended) ?? []);
      const publish = e.frequency === 'monthly' ? ended.slice(0, -1) : ended;
      let n = 0;
      for (const p of publish) {
        if (skipped.has(p)) continue;
        const at = new Date(dayStartMs(periodBounds(p).next) + (4 + (n++ % 3)) * 86_400_000 + 10 * 3_600_000);
        if (+at > +now) continue;
        const list = e.list
          ? publicList(
              NAMES.slice(0, 5).map((name, i) => ({
                name,
                amount: [1395, 1395, 2790, 800, 1200][i]!,
                note: i < 3 ? '城乡低保' : '临时救助',
              })),
            )
          : [];
        await db
          .insertInto('disclosure_publication')
          .values({
            entry_id: entryId,
            district_code: districtOf(c.code),
            period_key: p,
            title: `${title}（${p}）`,
            body: e.body(p),
            list: JSON.stringify(list),
            channel: e.channels[0]!,
            published_at: at,
            published_by: place.staff,
          })
          .execute();
      }
    }
  }
  // residents' queries: one answered, one open (anonymous, with a phone); a failure report about the skipped quarter
  const community = await db
    .selectFrom('region')
    .select(['code', 'path'])
    .where('code', '=', DEMO_COMMUNITY)
    .executeTakeFirst();
  if (!community) return;
  const assets = await db
    .selectFrom('disclosure_entry')
    .select('id')
    .where('community_code', '=', DEMO_COMMUNITY)
    .where('title', '=', '集体资产资源使用情况')
    .executeTakeFirst();
  const asked = new Date(+now - 20 * 86_400_000);
  const requests = [
    {
      kind: 'query' as const,
      report_kind: null,
      subject: '停车场管理费收支明细',
      body: '想了解小区停车场委托管理后每月的管理费收入和支出明细，公开栏只有总数。',
      at: asked,
      answer:
        '停车场管理费收支明细已在本月财务公开中单列，也可到社区居委会查阅原始凭证（工作日 9:00—17:00）。',
      phone: null,
    },
    {
      kind: 'query' as const,
      report_kind: null,
      subject: '加装电梯项目的费用分摊办法',
      body: '请公开加装电梯项目的费用分摊办法和政府补贴标准。',
      at: new Date(+now - 3 * 86_400_000),
      answer: null,
      phone: '13911112222',
    },
    {
      kind: 'report' as const,
      report_kind: 'late' as const,
      subject: '集体资产资源使用情况有一个季度没有公开',
      body: '公开栏上集体资产的公开少了一个季度，活动用房出租的情况看不到。',
      at: new Date(+now - 5 * 86_400_000),
      answer: null,
      phone: '13833334444',
    },
  ];
  for (const r of requests) {
    const due = requestDueAt(r.kind, r.at, cal);
    await db
      .insertInto('disclosure_request')
      .values({
        community_code: community.code,
        region_path: community.path,
        kind: r.kind,
        report_kind: r.report_kind,
        entry_id: r.kind === 'report' ? (assets?.id ?? null) : null,
        subject: r.subject,
        body: r.body,
        user_id: r.phone ? null : (users.get('resident') ?? null),
        phone_enc: r.phone ? pii.encrypt(r.phone) : users.get('resident') ? null : pii.encrypt('13900000000'),
        status: r.answer ? 'answered' : 'open',
        due_at: due,
        answer: r.answer,
        answered_at: r.answer ? new Date(+r.at + 4 * 86_400_000) : null,
        answered_by: r.answer ? (users.get('community_lead') ?? null) : null,
        created_at: r.at,
      })
      .execute();
  }
}
