import type {
  AdmissionCommunityRole,
  AdmissionItemKind,
  AdmissionList,
  AdmissionStatus,
} from '@onegrid/domain';
import type { Db, Tx } from '../db/database.ts';
import { DISTRICT_CODE } from './divisions.ts';
import { buildUnits } from './units.ts';
import { DEMO_COMMUNITY, DEMO_STREET, SECOND_STREET } from './users.ts';

/**
 * 社区准入 demo (issue 13): 平谷区's three lists — the duties of a residents' committee by law (城市居民委员会组织法),
 * the tasks communities assist departments with (民政, 卫健, 人社, 残联, 司法, 消防 …, with hours and money: 费随事转;
 * the 一表通 surveys among them, tied to the demo templates when those exist) and a negative list (招商引资,
 * 安全生产执法, 拆违执法 …); the civil-affairs bureau as the office; two rounds of the joint body, applications in
 * every state and a few requests the communities reported as having come outside the gate. Written for the demo,
 * modelled on 郑州二七区, 北京西城 and 南京 (research notes §4). Runs once, when no office is set.
 */

interface DemoItem {
  list: AdmissionList;
  kind: AdmissionItemKind;
  title: string;
  basis: string;
  unitKey: string | null;
  role: AdmissionCommunityRole;
  content: string;
  hours: number;
  funding: number;
  staff?: string;
  training?: string;
  powers?: string;
  /** a 一表通 template this survey admits (by name) */
  template?: string;
}

const LAW = '《中华人民共和国城市居民委员会组织法》第三条';
const duty = (
  title: string,
  basis: string,
  content: string,
  hours: number,
  kind: AdmissionItemKind = 'task',
): DemoItem => ({
  list: 'duty',
  kind,
  title,
  basis,
  unitKey: null,
  role: 'lead',
  content,
  hours,
  funding: 0,
});
const assist = (
  unitKey: string,
  kind: AdmissionItemKind,
  title: string,
  basis: string,
  content: string,
  hours: number,
  funding: number,
  more: Partial<DemoItem> = {},
): DemoItem => ({
  list: 'assist',
  kind,
  title,
  basis,
  unitKey,
  role: 'assist',
  content,
  hours,
  funding,
  ...more,
});
const negative = (kind: AdmissionItemKind, title: string, basis: string, content: string): DemoItem => ({
  list: 'negative',
  kind,
  title,
  basis,
  unitKey: null,
  role: 'cooperate',
  content,
  hours: 0,
  funding: 0,
});

export const DEMO_ADMISSION_ITEMS: DemoItem[] = [
  duty(
    '宣传宪法、法律、法规和国家政策',
    `${LAW}第一项`,
    '宣传宪法、法律、法规和国家的政策，维护居民的合法权益，教育居民履行依法应尽的义务。',
    4,
  ),
  duty(
    '办理本居住地区居民的公共事务和公益事业',
    `${LAW}第二项`,
    '组织居民办理公共事务和公益事业，如环境整治、邻里互助、楼院自治。',
    16,
  ),
  duty(
    '调解民间纠纷',
    `${LAW}第三项；《中华人民共和国人民调解法》第八条`,
    '设立人民调解委员会，调解邻里、家庭、物业等民间纠纷。',
    10,
  ),
  duty('协助维护社会治安', `${LAW}第四项`, '组织治安志愿者巡逻，发现隐患及时报告。', 8),
  duty(
    '协助做好公共卫生、优抚救济、青少年教育等工作',
    `${LAW}第五项`,
    '协助人民政府或者它的派出机关做好与居民利益有关的公共卫生、优抚救济、青少年教育等项工作。',
    12,
  ),
  duty(
    '向人民政府反映居民的意见、要求和建议',
    `${LAW}第六项`,
    '收集、反映居民意见和诉求，接诉即办中的社区反馈。',
    4,
  ),
  duty(
    '召开居民会议、居民代表会议，组织议事协商',
    '《中华人民共和国城市居民委员会组织法》第九条、第十条',
    '每年至少召开一次居民会议，重大事项提交居民会议讨论决定。',
    6,
  ),
  duty(
    '居务公开与居务监督',
    '《中华人民共和国城市居民委员会组织法》第十条；中共中央 国务院《关于加强基层治理体系和治理能力现代化建设的意见》',
    '按目录公开居务、财务，接受居务监督委员会监督。',
    4,
    'ledger',
  ),
  assist(
    'dept.mzj',
    'task',
    '最低生活保障申请受理与入户调查',
    '《社会救助暂行办法》第十一条',
    '受理低保申请，协助街道开展入户调查、民主评议和公示。',
    8,
    6000,
    {
      staff: '街道社会救助专干一名指导',
      training: '每年两次社会救助业务培训',
      powers: '入户调查时查看申请家庭住房、生活状况',
    },
  ),
  assist(
    'dept.mzj',
    'survey',
    '高龄老人津贴发放月报',
    '《北京市老年人权益保障条例》第三十六条',
    '每月核报辖区高龄老人津贴发放情况。',
    3,
    2400,
    { template: '高龄老人津贴发放月报' },
  ),
  assist(
    'dept.mzj',
    'survey',
    '城乡低保、特困人员月报',
    '《社会救助暂行办法》第十条',
    '每月核报低保、特困人员变动情况。',
    2,
    1800,
    { template: '城乡低保、特困人员月报' },
  ),
  assist(
    'dept.mzj',
    'survey',
    '独居空巢老人关爱探访月报',
    '《北京市居家养老服务条例》第十三条',
    '每月探访独居空巢老人并报送探访情况。',
    6,
    3600,
    { template: '独居空巢老人关爱探访月报' },
  ),
  assist(
    'dept.mzj',
    'plaque',
    '社区养老服务驿站挂牌',
    '《北京市社区养老服务驿站建设规划》',
    '在社区养老服务驿站悬挂统一标识牌，不另设机构。',
    0.5,
    300,
  ),
  assist(
    'dept.cl',
    'survey',
    '残疾人两项补贴发放月报',
    '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》',
    '每月核报两项补贴发放和变动。',
    2,
    1500,
    { template: '残疾人两项补贴发放月报' },
  ),
  assist(
    'dept.wjw',
    'task',
    '家庭医生签约服务宣传与组织',
    '《关于推进家庭医生签约服务的指导意见》',
    '配合社区卫生服务站组织居民签约和健康讲座。',
    4,
    2000,
    { training: '社区卫生服务中心每季度一次' },
  ),
  assist(
    'dept.wjw',
    'survey',
    '严重精神障碍患者随访管理月报',
    '《中华人民共和国精神卫生法》第五十五条',
    '配合精防医生随访并报送随访情况。',
    4,
    2400,
    { template: '严重精神障碍患者随访管理月报' },
  ),
  assist(
    'dept.rsj',
    'survey',
    '社区就业情况季报',
    '《中华人民共和国就业促进法》第三十六条',
    '每季度核报辖区就业、失业登记情况。',
    2,
    1200,
    { template: '社区就业情况季报' },
  ),
  assist(
    'dept.rsj',
    'task',
    '灵活就业人员社保登记协助',
    '《中华人民共和国社会保险法》第十条',
    '为灵活就业人员提供参保登记咨询和材料代收。',
    3,
    1800,
  ),
  assist(
    'dept.sfj',
    'survey',
    '社区矫正对象和刑满释放人员月报',
    '《中华人民共和国社区矫正法》第十二条',
    '协助司法所掌握社区矫正对象日常情况。',
    2,
    1200,
    { template: '社区矫正对象和刑满释放人员月报' },
  ),
  assist(
    'dept.xfjy',
    'survey',
    '出租房屋消防安全隐患排查月报',
    '《中华人民共和国消防法》第三十二条',
    '配合消防救援站排查出租房屋消防隐患并报送。',
    6,
    3000,
    { template: '出租房屋消防安全隐患排查月报' },
  ),
  assist(
    'dept.zjw',
    'survey',
    '危险房屋排查季报',
    '《城市危险房屋管理规定》第六条',
    '每季度报送危险房屋线索。',
    3,
    1500,
    { template: '危险房屋排查季报' },
  ),
  assist(
    'dept.gaj',
    'survey',
    '流动人口和出租房屋管理月报',
    '《北京市实有人口服务管理条例》',
    '配合派出所采集流动人口和出租房屋信息。',
    5,
    3000,
    { template: '流动人口和出租房屋管理月报' },
  ),
  assist(
    'dept.jw',
    'survey',
    '适龄儿童入学摸底年报',
    '《中华人民共和国义务教育法》第十三条',
    '每年摸底辖区适龄儿童入学情况。',
    2,
    600,
    { template: '适龄儿童入学摸底年报' },
  ),
  negative(
    'task',
    '招商引资',
    '《关于规范村级组织工作事务、机制牌子和证明事项的意见》（厅字〔2022〕28号）',
    '社区是群众自治组织，不承担招商引资任务和指标。',
  ),
  negative(
    'inspection',
    '安全生产执法检查',
    '《中华人民共和国安全生产法》第十条',
    '社区不具有执法主体资格，不承担安全生产执法检查。',
  ),
  negative(
    'task',
    '违法建设拆除执法',
    '《中华人民共和国城乡规划法》第六十八条',
    '拆违执法由城管执法部门实施，社区仅可报告线索。',
  ),
  negative(
    'task',
    '占道经营等城市管理行政处罚',
    '《中华人民共和国行政处罚法》第十七条',
    '社区不得被要求开展罚款、扣押等行政执法。',
  ),
  negative(
    'task',
    '征收税费、催缴罚没款',
    '《中华人民共和国税收征收管理法》第五条',
    '社区不承担征收税费和催缴罚没款。',
  ),
  negative(
    'plaque',
    '出具无法核实的证明',
    '厅字〔2022〕28号 证明事项清单',
    '如无犯罪记录证明、亲属关系证明、居住证明以外的各类兜底证明。',
  ),
  negative(
    'evaluation',
    '以社区名义开展的未经准入的创建评比',
    '厅字〔2022〕28号',
    '各类创建达标、评比表彰未经准入不得要求社区参加或提供材料。',
  ),
  negative(
    'ledger',
    '与一表通重复的台账和报表',
    '中办 国办《关于防止形式主义 为基层减负的若干规定》',
    '已纳入一表通的数据不得另行要求社区填报台账。',
  ),
  negative(
    'inspection',
    '食品药品安全监管执法',
    '《中华人民共和国食品安全法》第六条',
    '监管执法由市场监管部门承担。',
  ),
];

interface DemoApplication {
  unitKey: string;
  kind: AdmissionItemKind;
  title: string;
  basis: string;
  content: string;
  hours: number;
  funding: number;
  status: AdmissionStatus;
  round?: 1 | 2;
  reviewNote?: string;
  decisionNote?: string;
}

const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    unitKey: 'dept.xfjy',
    kind: 'ledger',
    title: '微型消防站日常巡查台账',
    basis: '《中华人民共和国消防法》第四十一条',
    content: '社区微型消防站每周巡查一次并记台账。',
    hours: 3,
    funding: 2400,
    status: 'draft',
  },
  {
    unitKey: 'dept.gaj',
    kind: 'task',
    title: '老年人防诈骗宣传入户',
    basis: '《中华人民共和国反电信网络诈骗法》第八条',
    content: '配合派出所对独居老人入户宣传防范电信诈骗。',
    hours: 2,
    funding: 1200,
    status: 'submitted',
  },
  {
    unitKey: 'dept.cgw',
    kind: 'evaluation',
    title: '垃圾分类桶前值守考核评比',
    basis: '《北京市生活垃圾管理条例》第二十八条',
    content: '按月对社区桶前值守率排名通报。',
    hours: 20,
    funding: 0,
    status: 'returned',
    reviewNote: '以评比名义要求社区承担值守，且无随事经费；请改为购买服务后再申请。',
  },
  {
    unitKey: 'dept.rsj',
    kind: 'task',
    title: '城乡居民医保参保缴费动员',
    basis: '《中华人民共和国社会保险法》第二十五条',
    content: '每年缴费期组织居民参保缴费动员。',
    hours: 4,
    funding: 2000,
    status: 'reviewed',
  },
  {
    unitKey: 'dept.wjw',
    kind: 'task',
    title: '孕产妇健康管理建档协助',
    basis: '《中华人民共和国母婴保健法》第十四条',
    content: '配合社区卫生服务站为新迁入孕产妇建档。',
    hours: 2,
    funding: 1000,
    status: 'in_round',
    round: 2,
  },
  {
    unitKey: 'dept.jw',
    kind: 'inspection',
    title: '校外培训机构排查',
    basis: '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》',
    content: '每学期排查辖区无证校外培训机构线索。',
    hours: 3,
    funding: 1500,
    status: 'in_round',
    round: 2,
  },
  {
    unitKey: 'dept.rsj',
    kind: 'ledger',
    title: '就业困难人员帮扶台账',
    basis: '《中华人民共和国就业促进法》第五十二条',
    content: '对就业困难人员建立帮扶台账，每季度更新。',
    hours: 2,
    funding: 1200,
    status: 'approved',
    round: 1,
    decisionNote: '同意准入，经费由区人社局按季度拨付。',
  },
  {
    unitKey: 'dept.cgw',
    kind: 'inspection',
    title: '门前三包责任书签订与检查',
    basis: '《北京市市容环境卫生条例》第十七条',
    content: '由社区与沿街商户签订责任书并每月检查。',
    hours: 12,
    funding: 0,
    status: 'rejected',
    round: 1,
    decisionNote: '检查、处罚属执法事项，列入负面清单，不予准入。',
  },
];

/** The applications that put two assist items on the list in round 1. */
const ENTERED_TITLES = ['最低生活保障申请受理与入户调查', '家庭医生签约服务宣传与组织'];

const OFFGATE: {
  community: string;
  requester: string;
  unitKey: string | null;
  content: string;
  daysAgo: number;
  evidence: string;
}[] = [
  {
    community: DEMO_COMMUNITY,
    requester: '区城管委市容科',
    unitKey: 'dept.cgw',
    content: '要求社区每天拍照上报辖区占道经营情况并建立台账。',
    daysAgo: 12,
    evidence: '工作群通知截图 3 张',
  },
  {
    community: DEMO_COMMUNITY,
    requester: '区市场监管局某所',
    unitKey: 'dept.scjg',
    content: '要求社区派人参加食品小作坊联合执法检查。',
    daysAgo: 5,
    evidence: '电话通知，记录于社区工作日志',
  },
  {
    community: 'street1',
    requester: '区文明办',
    unitKey: null,
    content: '要求社区报送创建文明城区迎检材料 40 余项。',
    daysAgo: 20,
    evidence: '通知文件扫描件',
  },
  {
    community: 'street2',
    requester: '区应急管理局',
    unitKey: 'dept.yjj',
    content: '要求社区对辖区小微企业开展安全生产检查并出具检查意见。',
    daysAgo: 8,
    evidence: '微信通知截图',
  },
];

async function insertItem(
  tx: Tx,
  it: DemoItem,
  seq: number,
  unitId: string | null,
  templateId: string | null,
) {
  return tx
    .insertInto('admission_item')
    .values({
      district_code: DISTRICT_CODE,
      list: it.list,
      seq,
      kind: it.kind,
      title: it.title,
      legal_basis: it.basis,
      unit_id: unitId,
      community_role: it.role,
      content: it.content,
      powers: it.powers ?? '',
      staff: it.staff ?? '',
      training: it.training ?? '',
      hours_per_month: it.hours,
      funding_per_year: it.funding,
      valid_from: '2026-01-01',
      valid_until: it.list === 'assist' ? '2028-12-31' : null,
      report_template_id: templateId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function loadDemoAdmission(db: Db): Promise<{ items: number; applications: number }> {
  const exists = await db.selectFrom('admission_office').select('unit_id').executeTakeFirst();
  if (exists) return { items: 0, applications: 0 };
  const unitNames = new Map(buildUnits().map((u) => [u.key, u.name]));
  const byName = new Map(
    (await db.selectFrom('unit').select(['id', 'name']).execute()).map((u) => [u.name, u.id]),
  );
  const unitOf = (key: string | null) => (key ? (byName.get(unitNames.get(key) ?? '') ?? null) : null);
  const office = unitOf('dept.mzj');
  if (!office) return { items: 0, applications: 0 };
  const templates = new Map(
    (await db.selectFrom('report_template').select(['id', 'name']).execute()).map((t) => [t.name, t.id]),
  );
  const officeUser = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'mzj_handler')
    .executeTakeFirst();
  const admin = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const actorId = officeUser?.id ?? admin.id;
  const community = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'community_lead')
    .executeTakeFirst();
  let applications = 0;
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('admission_office')
      .values({ district_code: DISTRICT_CODE, unit_id: office })
      .execute();
    const seqs: Record<AdmissionList, number> = { duty: 0, assist: 0, negative: 0 };
    const itemIds = new Map<string, string>();
    for (const it of DEMO_ADMISSION_ITEMS) {
      const templateId = it.template ? (templates.get(it.template) ?? null) : null;
      const row = await insertItem(tx, it, ++seqs[it.list], unitOf(it.unitKey), templateId);
      itemIds.set(it.title, row.id);
      if (templateId)
        await tx
          .updateTable('report_sending')
          .set({ admission_item_id: row.id })
          .where('template_id', '=', templateId)
          .execute();
    }
    const round1 = await tx
      .insertInto('admission_round')
      .values({
        district_code: DISTRICT_CODE,
        title: '2026年第一批社区工作事项准入审核',
        meeting_on: '2026-06-18',
        body: '平谷区城乡社区发展治理工作联席会议',
        status: 'closed',
        minutes:
          '审议 4 项申请：同意准入 3 项，不予准入 1 项（属执法事项）。准入事项经费由申请部门按年度拨付至社区。',
        created_by: actorId,
        closed_at: new Date('2026-06-18T10:00:00+08:00'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const round2 = await tx
      .insertInto('admission_round')
      .values({
        district_code: DISTRICT_CODE,
        title: '2026年第二批社区工作事项准入审核',
        meeting_on: '2026-12-15',
        body: '平谷区城乡社区发展治理工作联席会议',
        created_by: actorId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const addApplication = async (a: DemoApplication, itemId: string | null) => {
      const unitId = unitOf(a.unitKey);
      if (!unitId) return;
      const author =
        (await tx.selectFrom('app_user').select('id').where('unit_id', '=', unitId).executeTakeFirst())?.id ??
        admin.id;
      const row = await tx
        .insertInto('admission_application')
        .values({
          district_code: DISTRICT_CODE,
          unit_id: unitId,
          created_by: author,
          title: a.title,
          kind: a.kind,
          legal_basis: a.basis,
          community_role: 'assist',
          content: a.content,
          hours_per_month: a.hours,
          funding_per_year: a.funding,
          valid_from: '2027-01-01',
          valid_until: '2028-12-31',
          report_template_id: null,
          status: a.status,
          review_note: a.reviewNote ?? null,
          round_id: a.round === 1 ? round1.id : a.round === 2 ? round2.id : null,
          decision_note: a.decisionNote ?? null,
          item_id: itemId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const trail: [string, string][] = [['create', author]];
      if (a.status !== 'draft') trail.push(['submit', author]);
      if (a.status === 'returned') trail.push(['return', actorId]);
      if (['reviewed', 'in_round', 'approved', 'rejected', 'entered'].includes(a.status))
        trail.push(['review', actorId]);
      if (['in_round', 'approved', 'rejected', 'entered'].includes(a.status))
        trail.push(['schedule', actorId]);
      if (a.status === 'approved' || a.status === 'entered') trail.push(['approve', actorId]);
      if (a.status === 'rejected') trail.push(['reject', actorId]);
      if (a.status === 'entered') trail.push(['enter', actorId]);
      await tx
        .insertInto('admission_event')
        .values(
          trail.map(([action, who]) => ({
            district_code: DISTRICT_CODE,
            application_id: row.id,
            action,
            actor_id: who,
          })),
        )
        .execute();
      applications++;
    };
    for (const a of DEMO_APPLICATIONS) await addApplication(a, null);
    for (const title of ENTERED_TITLES) {
      const it = DEMO_ADMISSION_ITEMS.find((x) => x.title === title)!;
      await addApplication(
        {
          unitKey: it.unitKey!,
          kind: it.kind,
          title,
          basis: it.basis,
          content: it.content,
          hours: it.hours,
          funding: it.funding,
          status: 'entered',
          round: 1,
          decisionNote: '同意准入。',
        },
        itemIds.get(title) ?? null,
      );
    }
    const firstOf = async (street: string, not: string) =>
      (
        await tx
          .selectFrom('region')
          .select('code')
          .where('parent_code', '=', street)
          .where('level', '=', 'community')
          .where('code', '!=', not)
          .orderBy('code')
          .executeTakeFirst()
      )?.code;
    const places: Record<string, string | undefined> = {
      [DEMO_COMMUNITY]: DEMO_COMMUNITY,
      street1: await firstOf(DEMO_STREET, DEMO_COMMUNITY),
      street2: await firstOf(SECOND_STREET, ''),
    };
    if (community)
      for (const o of OFFGATE) {
        const code = places[o.community];
        if (!code) continue;
        const day = new Date(Date.now() - o.daysAgo * 86_400_000).toISOString().slice(0, 10);
        await tx
          .insertInto('admission_offgate')
          .values({
            district_code: DISTRICT_CODE,
            community_code: code,
            requester: o.requester,
            unit_id: unitOf(o.unitKey),
            content: o.content,
            requested_on: day,
            evidence: o.evidence,
            reported_by: community.id,
            ...(o.daysAgo > 15
              ? {
                  status: 'handled' as const,
                  handling_note: '已与来文单位沟通，改由街道统一报送。',
                  handled_by: actorId,
                  handled_at: new Date(),
                }
              : {}),
          })
          .execute();
      }
  });
  return { items: DEMO_ADMISSION_ITEMS.length, applications };
}
