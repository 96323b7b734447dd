import { centroidOf, type SummonStatus, type WhistleKind, type WhistleStatus } from '@onegrid/domain';
import type { Db, Tx } from '../db/database.ts';
import { writeAudit } from '../lib/audit.ts';
import { writeCaseEvent } from '../modules/cases/case-events.ts';
import { DEMO_STREET, SECOND_STREET } from './users.ts';
import { noteRow, whistleNote } from '../modules/whistles/whistles.notes.ts';

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;

interface DemoSummon {
  unit: string;
  status: SummonStatus;
  /** minutes after opening; for late ones after the deadline */
  reportedAfterMin?: number;
  rating?: [punctuality: number, cooperation: number, effect: number, comment?: string];
}

interface DemoWhistle {
  street: string;
  lead: string;
  kind: WhistleKind;
  status: WhistleStatus;
  /** how long before the demo's "now" it was blown */
  agoMs: number;
  title: string;
  description: string;
  address: string;
  /** which grid of the street (by order of code) it happened in */
  gridIndex: number;
  summons: DemoSummon[];
  actionRecord?: string;
  outcome?: string;
  /** blown from the street's first case in progress: its matter, place and lead unit */
  fromCase?: boolean;
}

/** The demo's whistles: one open with its countdown running, one acting, closed ones with ratings, late and missing. */
const WHISTLES: DemoWhistle[] = [
  {
    street: DEMO_STREET,
    lead: 'street_lead',
    kind: 'joint_enforcement',
    status: 'open',
    agoMs: 12 * MIN,
    title: '金谷东园地下室群租房消防隐患',
    description: '居民多次反映 3 号楼地下室被隔成 20 余间出租，电动车在楼道充电，社区劝导无效。',
    address: '金谷东园小区 3 号楼地下室',
    gridIndex: 0,
    summons: [
      { unit: '平谷区城市管理综合行政执法局', status: 'reported', reportedAfterMin: 9 },
      { unit: '平谷区消防救援支队', status: 'summoned' },
      { unit: '平谷区城市管理委员会', status: 'summoned' },
    ],
  },
  {
    street: DEMO_STREET,
    lead: 'street_lead',
    kind: 'difficult',
    status: 'acting',
    agoMs: 3 * H,
    // matter, description, place and the first summoned unit come from the case
    title: '',
    description: '',
    address: '',
    gridIndex: 0,
    summons: [
      { unit: '', status: 'reported', reportedAfterMin: 16 },
      { unit: '平谷区城市管理委员会', status: 'reported', reportedAfterMin: 24 },
    ],
    actionRecord: '街道召集承办部门与城管委现场会商，明确分工与时间表。',
    fromCase: true,
  },
  {
    street: DEMO_STREET,
    lead: 'street_lead',
    kind: 'emergency',
    status: 'closed',
    agoMs: 3 * DAY + 5 * H,
    title: '新平北路燃气管道破损泄漏',
    description: '道路施工挖破中压燃气管道，现场有明显气味，需燃气、应急、供电联合处置。',
    address: '新平北路与府前街交叉口东侧',
    gridIndex: 4,
    summons: [
      {
        unit: '北京燃气平谷有限公司',
        status: 'reported',
        reportedAfterMin: 14,
        rating: [5, 5, 5, '到场迅速，封堵及时'],
      },
      { unit: '平谷区应急管理局', status: 'late', reportedAfterMin: 48, rating: [2, 4, 4, '迟到 18 分钟'] },
      {
        unit: '国网北京平谷供电公司',
        status: 'missing',
        rating: [1, 2, 3, '未到场，电话联系后派员远程配合'],
      },
    ],
    actionRecord: '燃气公司关阀降压并开挖抢修，应急局设置警戒区疏散周边商户 40 余人，施工单位停工整改。',
    outcome: '管道修复恢复供气，无人员伤亡；对施工单位立案处罚。',
  },
  {
    street: DEMO_STREET,
    lead: 'street_lead',
    kind: 'joint_enforcement',
    status: 'closed',
    agoMs: 6 * DAY + 2 * H,
    title: '滨河路夜间占道经营反复回潮',
    description: '滨河路夜市摊位占用机动车道，油烟扰民，投诉半月内 11 起。',
    address: '滨河路（府前街至新平北路段）',
    gridIndex: 8,
    summons: [
      { unit: '平谷区城市管理综合行政执法局', status: 'reported', reportedAfterMin: 18, rating: [5, 5, 4] },
      { unit: '平谷区市场监督管理局', status: 'reported', reportedAfterMin: 25, rating: [4, 4, 4] },
      { unit: '平谷公安交通管理支队', status: 'reported', reportedAfterMin: 22, rating: [4, 5, 4] },
    ],
    actionRecord: '三部门联合清理摊位 26 个，划定临时疏导点，交警设置禁停标志。',
    outcome: '占道摊位全部迁入疏导点，连续一周回访无回潮。',
  },
  {
    street: SECOND_STREET,
    lead: 'street_lead2',
    kind: 'difficult',
    status: 'acting',
    agoMs: 2 * H,
    title: '兴谷开发区道路雨后积水严重',
    description: '雨后道路积水深约 40 厘米，雨水箅子堵塞，排水管网权属不清。',
    address: '兴谷开发区兴谷东路',
    gridIndex: 2,
    summons: [
      { unit: '平谷区水务局', status: 'reported', reportedAfterMin: 21 },
      { unit: '平谷区城市管理委员会', status: 'late', reportedAfterMin: 41 },
    ],
    actionRecord: '水务局抽排积水，城管委疏掏雨水箅子 8 处；管网权属待区里明确。',
  },
  {
    street: SECOND_STREET,
    lead: 'street_lead2',
    kind: 'joint_enforcement',
    status: 'closed',
    agoMs: 10 * DAY,
    title: '兴谷村耕地上违法建设',
    description: '村民在基本农田上搭建彩钢房约 300 平方米。',
    address: '兴谷街道兴谷村北',
    gridIndex: 6,
    summons: [
      {
        unit: '北京市规划和自然资源委员会平谷分局',
        status: 'reported',
        reportedAfterMin: 27,
        rating: [4, 5, 5],
      },
      { unit: '平谷区城市管理综合行政执法局', status: 'reported', reportedAfterMin: 19, rating: [5, 5, 5] },
      { unit: '平谷区农业农村局', status: 'missing', rating: [1, 3, 4, '未按时到场'] },
    ],
    actionRecord: '规自分局认定违法占地，执法局依法拆除，农业农村局事后复耕指导。',
    outcome: '彩钢房全部拆除，土地恢复耕种。',
  },
];

const REPORT_IN_MINUTES = 30;

/** Units that have a demo user: that user reports in for them. */
const REPORTERS: Record<string, string> = {
  平谷区城市管理委员会: 'cgw_handler',
  平谷区自来水公司: 'water_handler',
};

type Resolved = DemoWhistle & { caseId?: string; point?: [number, number] };

/** The street's first case in progress (by number, so the same on every load) gives the whistle its matter. */
async function fromCase(tx: Tx, d: DemoWhistle, unitIds: Map<string, string>): Promise<Resolved | undefined> {
  const c = await tx
    .selectFrom('case as c')
    .innerJoin('unit as u', 'u.id', 'c.lead_unit_id')
    .select([
      'c.id',
      'c.title',
      'c.description',
      'c.address',
      'c.lon',
      'c.lat',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .where('c.street_code', '=', d.street)
    .where('c.status', '=', 'in_progress')
    .where('u.kind', '!=', 'street_office')
    .where('u.name', '!=', '平谷区城市管理委员会')
    .orderBy('c.id')
    .executeTakeFirst();
  if (!c) return undefined;
  unitIds.set(c.unit_name, c.unit_id);
  return {
    ...d,
    caseId: c.id,
    title: c.title.slice(0, 100),
    description: c.description.slice(0, 2000),
    address: c.address ?? '',
    point: c.lon !== null && c.lat !== null ? [c.lon, c.lat] : undefined,
    summons: d.summons.map((s) => (s.unit ? s : { ...s, unit: c.unit_name })),
  };
}

async function idsByName(tx: Tx, table: 'unit', names: string[]): Promise<Map<string, string>> {
  const rows = await tx.selectFrom(table).select(['id', 'name']).where('name', 'in', names).execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

/**
 * Writes the demo whistles relative to `now` (all other content is fixed, so two loads at the same instant are
 * identical). The open whistle's deadline job is armed at start-up (rearmWhistleDeadlines).
 */
export async function loadDemoWhistles(db: Db, now = new Date()): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const unitNames = [...new Set(WHISTLES.flatMap((w) => w.summons.map((s) => s.unit)))].filter(Boolean);
    const unitIds = await idsByName(tx, 'unit', unitNames);
    const users = await tx
      .selectFrom('app_user')
      .select(['id', 'username', 'name', 'unit_id'])
      .where('username', 'in', ['street_lead', 'street_lead2', ...Object.values(REPORTERS)])
      .execute();
    const user = (username: string) => users.find((u) => u.username === username);
    let written = 0;
    for (const template of WHISTLES) {
      const d: Resolved | undefined = template.fromCase ? await fromCase(tx, template, unitIds) : template;
      if (!d) continue;
      const street = await tx
        .selectFrom('region as r')
        .innerJoin('unit as u', (j) =>
          j.onRef('u.jurisdiction_code', '=', 'r.code').on('u.kind', '=', 'street_office'),
        )
        .select(['r.code', 'r.name', 'r.path', 'u.id as unit_id'])
        .where('r.code', '=', d.street)
        .executeTakeFirst();
      const lead = user(d.lead);
      if (!street || !lead || d.summons.some((s) => !unitIds.has(s.unit))) continue;
      const grids = await tx
        .selectFrom('grid')
        .select(['code', 'boundary'])
        .where('code', 'like', `${d.street.slice(0, 9)}%`)
        .orderBy('code')
        .execute();
      const grid = grids[d.gridIndex % Math.max(grids.length, 1)];
      const [lon, lat] = d.point ?? (grid ? centroidOf(grid.boundary) : [undefined, undefined]);
      const linked = d.caseId ? { id: d.caseId } : undefined;
      const openedAt = new Date(now.getTime() - d.agoMs);
      const due = new Date(openedAt.getTime() + REPORT_IN_MINUTES * MIN);
      const settledAt = d.status === 'open' ? null : due;
      const closedAt = d.status === 'closed' ? new Date(openedAt.getTime() + 5 * H) : null;
      const { id, district_code } = await tx
        .insertInto('whistle')
        .values({
          street_unit_id: street.unit_id,
          street_code: street.code,
          region_path: street.path,
          case_id: linked?.id ?? null,
          kind: d.kind,
          title: d.title,
          description: d.description,
          address: d.address,
          lon: lon ?? null,
          lat: lat ?? null,
          grid_code: grid?.code ?? null,
          report_in_minutes: REPORT_IN_MINUTES,
          report_due_at: due,
          status: d.status,
          action_record: d.actionRecord ?? null,
          outcome: d.outcome ?? null,
          opened_by: lead.id,
          opened_at: openedAt,
          deadline_checked_at: settledAt,
          closed_at: closedAt,
          closed_by: closedAt ? lead.id : null,
        })
        .returning(['id', 'district_code'])
        .executeTakeFirstOrThrow();
      const events: {
        at: Date;
        action: string;
        actor: string | null;
        unit: string | null;
        note: string;
        data: Record<string, unknown>;
      }[] = [
        {
          at: openedAt,
          action: 'open',
          actor: lead.name,
          unit: street.unit_id,
          ...whistleNote('whistle_open', {
            kind: d.kind,
            units: d.summons.map((s) => s.unit).join('\n'),
            due: due.toISOString(),
          }),
        },
      ];
      for (const s of d.summons) {
        const unit = unitIds.get(s.unit)!;
        const reportedAt =
          s.reportedAfterMin !== undefined && (s.status === 'reported' || s.status === 'late')
            ? new Date(openedAt.getTime() + s.reportedAfterMin * MIN)
            : null;
        const reporter = REPORTERS[s.unit] ? user(REPORTERS[s.unit]!) : undefined;
        await tx
          .insertInto('whistle_summon')
          .values({
            whistle_id: id,
            district_code,
            unit_id: unit,
            status: s.status,
            summoned_at: openedAt,
            due_at: due,
            reported_at: reportedAt,
            reported_by: reportedAt ? (reporter?.id ?? null) : null,
            report_lon: reportedAt && lon !== undefined ? lon : null,
            report_lat: reportedAt && lat !== undefined ? lat : null,
            report_accuracy: reportedAt ? 15 : null,
            late: s.status === 'late',
            missed_at: s.status === 'missing' || s.status === 'late' ? due : null,
          })
          .execute();
        if (reportedAt)
          events.push({
            at: reportedAt,
            action: s.status === 'late' ? 'report_in_late' : 'report_in',
            actor: reporter?.name ?? null,
            unit,
            ...whistleNote(s.status === 'late' ? 'whistle_report_in_late' : 'whistle_report_in', {
              unit: s.unit,
              name: reporter?.name ?? '',
            }),
          });
        if (s.rating && closedAt) {
          const [punctuality, cooperation, effect, comment] = s.rating;
          await tx
            .insertInto('whistle_rating')
            .values({
              whistle_id: id,
              district_code,
              unit_id: unit,
              punctuality,
              cooperation,
              effect,
              comment: comment ?? null,
              rated_by: lead.id,
              rated_at: new Date(closedAt.getTime() - 10 * MIN),
            })
            .execute();
        }
      }
      if (settledAt) {
        const missing = d.summons
          .filter((s) => s.status === 'missing' || s.status === 'late')
          .map((s) => s.unit);
        events.push({
          at: settledAt,
          action: 'deadline',
          actor: null,
          unit: null,
          ...(missing.length
            ? whistleNote('whistle_deadline_missing', { due: due.toISOString(), units: missing.join('\n') })
            : whistleNote('whistle_deadline_all', { due: due.toISOString() })),
        });
      }
      if (d.actionRecord)
        events.push({
          at: new Date(openedAt.getTime() + 2 * H),
          action: 'action',
          actor: lead.name,
          unit: street.unit_id,
          ...whistleNote('whistle_action_record', { record: d.actionRecord }),
        });
      if (closedAt) {
        events.push({
          at: new Date(closedAt.getTime() - 10 * MIN),
          action: 'rate',
          actor: lead.name,
          unit: street.unit_id,
          ...whistleNote('whistle_rated', { count: d.summons.length }),
        });
        events.push({
          at: closedAt,
          action: 'close',
          actor: lead.name,
          unit: street.unit_id,
          ...whistleNote('whistle_closed', { outcome: d.outcome ?? '' }),
        });
      }
      events.sort((a, b) => a.at.getTime() - b.at.getTime());
      await tx
        .insertInto('whistle_event')
        .values(
          events.map((e) => ({
            whistle_id: id,
            district_code,
            at: e.at,
            action: e.action,
            actor_name: e.actor,
            unit_id: e.unit,
            ...noteRow(e),
          })),
        )
        .execute();
      if (linked) {
        await writeCaseEvent(tx, {
          caseId: linked.id,
          at: openedAt,
          action: 'whistle',
          fromStatus: null,
          toStatus: null,
          actorId: lead.id,
          actorName: lead.name,
          unitId: street.unit_id,
          note: `${street.name}吹哨：${d.title}（召集 ${d.summons.map((s) => s.unit).join('、')}）`,
          data: {
            whistleId: id,
            noteKey: 'whistle_blown',
            noteParams: {
              street: street.name,
              title: d.title,
              units: d.summons.map((s) => s.unit).join('\n'),
            },
          },
          public: false,
        });
      }
      if (d.status === 'open') {
        await tx
          .insertInto('notification')
          .values(
            d.summons
              .filter((s) => s.status === 'summoned')
              .map((s) => ({
                unit_id: unitIds.get(s.unit)!,
                whistle_id: id,
                case_id: linked?.id ?? null,
                kind: 'whistle',
                params: JSON.stringify({
                  street: street.name,
                  whistleTitle: d.title,
                  whistleKind: d.kind,
                  due: new Date(openedAt.getTime() + 30 * 60_000).toISOString(),
                  where: d.address,
                }),
                created_at: openedAt,
              })),
          )
          .execute();
      }
      written++;
    }
    await writeAudit(tx, null, { action: 'import', entity: 'whistle', after: { demo: written } });
    return written;
  });
}
