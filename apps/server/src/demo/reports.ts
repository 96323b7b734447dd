import {
  currentPeriod,
  periodReferenceDay,
  ReportColumn,
  shanghaiDayOf,
  type Frequency,
} from '@onegrid/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { writeAudit } from '../lib/audit.ts';
import { DeadlineClock } from '../modules/deadlines/public.ts';
import { dueAtOf, writeSending } from '../modules/reports/public.ts';
import { buildUnits } from './units.ts';
import { DEMO_COMMUNITY } from './users.ts';

/**
 * 一表通 demo (issue 10): templates real departments send, approved by the district, each sent once to every
 * community with the instances in a plausible mix of states; one more template waits in the approval queue. Runs
 * after the base data is loaded, so the pre-filled cells are the base's counts. The demo community's instances
 * stay drafts for its staff to fill (community_lead). Deterministic: states follow the community's position.
 */
type Col = z.input<typeof ReportColumn>;
interface DemoTemplate {
  unitKey: string;
  name: string;
  legalBasis: string;
  frequency: Frequency;
  days: number;
  columns: Col[];
  /** the sending is older and its drafts overdue */
  late?: boolean;
  pending?: boolean;
}

const q = (
  key: string,
  label: string,
  query: Col extends infer C ? (C extends { kind: 'query'; query: infer Q } ? Q : never) : never,
): Col => ({
  key,
  label,
  kind: 'query',
  query,
});
const n = (key: string, label: string, required = true): Col => ({
  key,
  label,
  kind: 'manual',
  type: 'number',
  required,
  min: 0,
});
const tag = (t: string) => ({ field: 'tag', op: 'eq' as const, values: [t] });

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    unitKey: 'dept.mzj',
    name: '高龄老人津贴发放月报',
    legalBasis: '《北京市老年人养老服务补贴津贴管理实施办法》',
    frequency: 'monthly',
    days: 5,
    columns: [
      q('age80', '80–89岁老人', { entity: 'person', ageBand: { min: 80, max: 89 } }),
      q('age90', '90–99岁老人', { entity: 'person', ageBand: { min: 90, max: 99 } }),
      q('age100', '100岁及以上老人', { entity: 'person', ageBand: { min: 100 } }),
      q('tagged', '已标注高龄老人', {
        entity: 'person_tag',
        filters: [tag('elderly_advanced')],
        groupBy: 'grid',
      }),
      n('new_claims', '本月新增津贴申领人数'),
      n('visits', '本月入户核查户数'),
    ],
  },
  {
    unitKey: 'dept.mzj',
    name: '城乡低保、特困人员月报',
    legalBasis: '《社会救助暂行办法》第十一条、第十八条',
    frequency: 'monthly',
    days: 5,
    late: true,
    columns: [
      q('dibao', '低保对象人数', { entity: 'person_tag', filters: [tag('dibao')] }),
      q('tekun', '特困人员人数', { entity: 'person_tag', filters: [tag('tekun')] }),
      q('dibao60', '低保对象中60岁以上', {
        entity: 'person_tag',
        filters: [tag('dibao')],
        ageBand: { min: 60 },
      }),
      q('dibao_minor', '低保对象中未成年人', {
        entity: 'person_tag',
        filters: [tag('dibao')],
        ageBand: { max: 17 },
      }),
      n('applications', '本月新申请户数'),
      n('stopped', '本月停保户数'),
    ],
  },
  {
    unitKey: 'dept.mzj',
    name: '独居空巢老人关爱探访月报',
    legalBasis: '《关于加强特殊困难老年人探访关爱服务的指导意见》（民发〔2022〕57号）',
    frequency: 'monthly',
    days: 5,
    columns: [
      q('alone', '独居老人', { entity: 'person_tag', filters: [tag('elderly_alone')] }),
      q('empty', '空巢老人', { entity: 'person_tag', filters: [tag('elderly_empty_nest')] }),
      q('high_risk', '其中高风险', {
        entity: 'person_tag',
        filters: [
          { field: 'tag', op: 'in', values: ['elderly_alone', 'elderly_empty_nest'] },
          { field: 'level', op: 'eq', values: ['high_risk'] },
        ],
      }),
      q('left_behind', '留守儿童', { entity: 'person_tag', filters: [tag('left_behind_child')] }),
      n('visited', '本月探访人次'),
      n('elderly_again', '辖区高龄老人数（手填）', false),
    ],
  },
  {
    unitKey: 'dept.cl',
    name: '残疾人两项补贴发放月报',
    legalBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    frequency: 'monthly',
    days: 5,
    columns: [
      q('disabled', '持证残疾人', { entity: 'person_tag', filters: [tag('disabled')] }),
      q('severe', '重度（一、二级）残疾人（护理补贴对象）', {
        entity: 'person_tag',
        filters: [tag('disabled'), { field: 'level', op: 'in', values: ['1', '2'] }],
      }),
      q('poor', '低保家庭残疾人（生活补贴对象）', {
        entity: 'person',
        filters: [{ field: 'tag', op: 'in', values: ['dibao', 'tekun'] }],
      }),
      n('living_paid', '困难残疾人生活补贴发放人数'),
      n('care_paid', '重度残疾人护理补贴发放人数'),
      n('amount', '发放金额（元）'),
    ],
  },
  {
    unitKey: 'dept.xfjy',
    name: '出租房屋消防安全隐患排查月报',
    legalBasis: '《中华人民共和国消防法》第三十二条；《北京市消防条例》',
    frequency: 'monthly',
    days: 3,
    late: true,
    columns: [
      q('rentals', '出租房屋', { entity: 'rental', groupBy: 'grid' }),
      q('serious', '严重隐患', {
        entity: 'rental',
        filters: [{ field: 'hazard', op: 'eq', values: ['serious'] }],
      }),
      q('general', '一般隐患', {
        entity: 'rental',
        filters: [{ field: 'hazard', op: 'eq', values: ['general'] }],
      }),
      q('serious_people', '严重隐患出租屋居住人数', {
        entity: 'rental',
        filters: [{ field: 'hazard', op: 'eq', values: ['serious'] }],
        aggregate: { fn: 'sum', field: 'occupant_actual' },
      }),
      q('fire_units', '消防安全重点单位', {
        entity: 'organisation',
        filters: [{ field: 'key_fire', op: 'eq', values: [true] }],
      }),
      n('rectified', '本月整改完成处数'),
    ],
  },
  {
    unitKey: 'dept.rsj',
    name: '社区就业情况季报',
    legalBasis: '《中华人民共和国就业促进法》；《就业失业登记管理办法》',
    frequency: 'quarterly',
    days: 10,
    columns: [
      q('working_age', '劳动年龄人口（16–59岁）', { entity: 'residence', ageBand: { min: 16, max: 59 } }),
      q('floating_working', '其中流动人口', {
        entity: 'residence',
        filters: [{ field: 'population_type', op: 'eq', values: ['floating'] }],
        ageBand: { min: 16, max: 59 },
      }),
      q('employees', '辖区单位从业人员', {
        entity: 'organisation',
        aggregate: { fn: 'sum', field: 'employee_count' },
      }),
      n('new_jobs', '本季度城镇新增就业人数'),
      n('unemployed', '登记失业人数'),
      n('population_again', '辖区实有人口数（手填）', false),
    ],
  },
  {
    unitKey: 'dept.wjw',
    name: '严重精神障碍患者随访管理月报',
    legalBasis: '《中华人民共和国精神卫生法》；《国家基本公共卫生服务规范（第三版）》',
    frequency: 'monthly',
    days: 5,
    columns: [
      q('patients', '在册患者', { entity: 'person_tag', filters: [tag('severe_mental')] }),
      q('risk3', '危险性评估3级及以上', {
        entity: 'person_tag',
        filters: [tag('severe_mental'), { field: 'level', op: 'in', values: ['3', '4', '5'] }],
      }),
      n('followed', '本月实际随访人数'),
      n('lost', '失访人数'),
      { key: 'incident', label: '本月是否发生肇事肇祸', kind: 'manual', type: 'boolean', required: true },
    ],
  },
  {
    unitKey: 'dept.sfj',
    name: '社区矫正对象和刑满释放人员月报',
    legalBasis: '《中华人民共和国社区矫正法》；《社区矫正法实施办法》',
    frequency: 'monthly',
    days: 5,
    columns: [
      q('cc', '社区矫正对象', { entity: 'person_tag', filters: [tag('community_correction')] }),
      q('strict', '其中严管', {
        entity: 'person_tag',
        filters: [tag('community_correction'), { field: 'level', op: 'eq', values: ['strict'] }],
      }),
      q('ordinary', '其中普管', {
        entity: 'person_tag',
        filters: [tag('community_correction'), { field: 'level', op: 'eq', values: ['ordinary'] }],
      }),
      q('released', '刑满释放人员（安置帮教）', {
        entity: 'person_tag',
        filters: [tag('released_prisoner')],
      }),
      n('absconded', '本月脱管、漏管人数'),
    ],
  },
  {
    unitKey: 'dept.zjw',
    name: '危险房屋排查季报',
    legalBasis: '《城市危险房屋管理规定》（建设部令第129号）',
    frequency: 'quarterly',
    days: 10,
    columns: [
      q('houses', '实有房屋', { entity: 'house' }),
      q('dangerous', '危险房屋', {
        entity: 'house',
        filters: [{ field: 'dangerous', op: 'eq', values: [true] }],
        groupBy: 'grid',
      }),
      q('dangerous_area', '危险房屋面积（平方米）', {
        entity: 'house',
        filters: [{ field: 'dangerous', op: 'eq', values: [true] }],
        aggregate: { fn: 'sum', field: 'area' },
      }),
      n('resolved', '本季度已解危处数'),
    ],
  },
  {
    unitKey: 'dept.gaj',
    name: '流动人口和出租房屋管理月报',
    legalBasis: '《居住证暂行条例》；《北京市房屋租赁管理若干规定》',
    frequency: 'monthly',
    days: 5,
    columns: [
      q('registered', '户籍人口', {
        entity: 'residence',
        filters: [{ field: 'population_type', op: 'eq', values: ['registered'] }],
      }),
      q('floating', '流动人口', {
        entity: 'residence',
        filters: [{ field: 'population_type', op: 'eq', values: ['floating'] }],
        groupBy: 'grid',
      }),
      q('overseas', '境外人员', {
        entity: 'residence',
        filters: [{ field: 'population_type', op: 'eq', values: ['overseas'] }],
      }),
      q('rentals', '出租房屋', { entity: 'rental' }),
      n('permits', '本月新办居住证数'),
    ],
  },
  {
    unitKey: 'dept.yjj',
    name: '重点单位安全检查季报',
    legalBasis: '《中华人民共和国安全生产法》；《北京市安全生产条例》',
    frequency: 'quarterly',
    days: 10,
    columns: [
      q('work_safety', '安全生产重点单位', {
        entity: 'organisation',
        filters: [{ field: 'key_work_safety', op: 'eq', values: [true] }],
      }),
      q('fire', '消防安全重点单位', {
        entity: 'organisation',
        filters: [{ field: 'key_fire', op: 'eq', values: [true] }],
      }),
      q('public_order', '治安重点单位', {
        entity: 'organisation',
        filters: [{ field: 'key_public_order', op: 'eq', values: [true] }],
      }),
      q('places', '场所', {
        entity: 'organisation',
        filters: [{ field: 'kind', op: 'eq', values: ['place'] }],
      }),
      n('inspections', '本季度检查次数'),
      n('units_again', '辖区重点单位数（手填）', false),
    ],
  },
  {
    unitKey: 'dept.jw',
    name: '适龄儿童入学摸底年报',
    legalBasis: '《中华人民共和国义务教育法》第十一条',
    frequency: 'yearly',
    days: 15,
    pending: true,
    columns: [
      q('age6', '6周岁儿童', { entity: 'person', ageBand: { min: 6, max: 6 } }),
      n('population_again', '辖区户籍人口数（手填）'),
    ],
  },
];

/** The period before the current one (a report is about a finished month, quarter or year). */
function previousPeriod(frequency: Frequency, now: Date): string {
  const day = shanghaiDayOf(now);
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (frequency === 'monthly') return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  if (frequency === 'quarterly') {
    const qn = Math.ceil(m / 3);
    return qn === 1 ? `${y - 1}-Q4` : `${y}-Q${qn - 1}`;
  }
  if (frequency === 'yearly') return String(y - 1);
  return currentPeriod('once', day);
}

export async function loadDemoReports(
  db: Db,
  now = new Date(),
): Promise<{ templates: number; instances: number }> {
  const unitNames = new Map(buildUnits().map((u) => [u.key, u.name]));
  const units = new Map(
    (await db.selectFrom('unit').select(['id', 'name']).execute()).map((u) => [u.name, u.id]),
  );
  const admin = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const district = await db
    .selectFrom('region')
    .select(['path'])
    .where('level', '=', 'district')
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const communities = (
    await db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'community')
      .where('path', 'like', `${district.path}%`)
      .orderBy('sort')
      .orderBy('code')
      .execute()
  ).map((c) => c.code);
  const { calendar } = await new DeadlineClock(db).current();
  let instances = 0;
  await db.transaction().execute(async (tx) => {
    for (const [ti, t] of DEMO_TEMPLATES.entries()) {
      const unitId = units.get(unitNames.get(t.unitKey) ?? '');
      if (!unitId) continue;
      const author =
        (await tx.selectFrom('app_user').select('id').where('unit_id', '=', unitId).executeTakeFirst())?.id ??
        admin.id;
      const columns = z.array(ReportColumn).parse(t.columns);
      const registered = new Date(now.getTime() - (40 - ti) * 86_400_000);
      const tpl = await tx
        .insertInto('report_template')
        .values({
          name: t.name,
          issuing_unit_id: unitId,
          legal_basis: t.legalBasis,
          frequency: t.frequency,
          deadline_working_days: t.days,
          columns: JSON.stringify(columns),
          status: t.pending ? 'pending' : 'approved',
          review_note: t.pending ? null : '经区一表通目录审核，同意纳入报表目录',
          reviewed_by: t.pending ? null : admin.id,
          reviewed_at: t.pending ? null : new Date(registered.getTime() + 2 * 86_400_000),
          created_by: author,
          created_at: registered,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (t.pending) continue;
      const period = previousPeriod(t.frequency, now);
      const asOf = t.late ? new Date(now.getTime() - 12 * 86_400_000) : new Date(now.getTime() - 86_400_000);
      const sendingId = await writeSending(tx, {
        templateId: tpl.id,
        columns,
        period,
        referenceDay: periodReferenceDay(t.frequency, period)!,
        communities,
        asOf,
        dueAt: dueAtOf(asOf, t.days, calendar),
        scopePath: district.path,
        sentBy: author,
      });
      instances += communities.length;
      // States, set-based: the demo community keeps drafts; the others by position — accepted, submitted,
      // returned, draft; the non-drafts have their manual cells filled and every fourth a corrected cell.
      const numbers = columns.filter((c) => c.kind === 'manual' && c.type === 'number').map((c) => c.key);
      const others = columns.filter((c) => c.kind === 'manual' && c.type !== 'number').map((c) => c.key);
      const firstQuery = columns.find((c) => c.kind === 'query')?.key ?? '';
      await sql`
        WITH ranked AS (
          SELECT id, (row_number() OVER (ORDER BY community_code))::int AS rn
            FROM report_instance WHERE sending_id = ${sendingId} AND community_code <> ${DEMO_COMMUNITY}
        ), states AS (
          SELECT id, rn, CASE (rn + ${ti}) % 6 WHEN 0 THEN 'accepted' WHEN 1 THEN 'accepted' WHEN 2 THEN 'submitted'
                 WHEN 3 THEN 'returned' ELSE 'draft' END AS status,
                 ${asOf}::timestamptz + ((1 + rn % 3) * interval '1 day') AS at
            FROM ranked
        ), inst AS (
          UPDATE report_instance i SET status = s.status, submitted_at = s.at, updated_at = s.at,
                 accepted_at = CASE WHEN s.status = 'accepted' THEN s.at + interval '1 day' END,
                 return_reason = CASE WHEN s.status = 'returned' THEN '数据与上月差异较大，请核实后重新报送' END
            FROM states s WHERE i.id = s.id AND s.status <> 'draft'
          RETURNING i.id
        ), nums AS (
          UPDATE report_cell c SET value = to_jsonb((s.rn * 7 + ${ti} * 3) % 23), filled_at = s.at
            FROM states s WHERE c.instance_id = s.id AND s.status <> 'draft' AND c.column_key = ANY(${numbers}::text[])
          RETURNING 1
        ), rest AS (
          UPDATE report_cell c SET value = 'false'::jsonb, filled_at = s.at
            FROM states s WHERE c.instance_id = s.id AND s.status <> 'draft' AND c.column_key = ANY(${others}::text[])
          RETURNING 1
        )
        UPDATE report_cell c SET value = to_jsonb((c.original #>> '{}')::numeric + 1), corrected = true,
               reason = '入户核实：新增一人尚未录入系统', filled_at = s.at
          FROM states s WHERE c.instance_id = s.id AND s.status <> 'draft' AND s.rn % 4 = 1
           AND c.column_key = ${firstQuery}
      `.execute(tx);
    }
    await writeAudit(tx, null, {
      action: 'import',
      entity: 'demo_reports',
      after: { templates: DEMO_TEMPLATES.length, instances },
    });
  });
  return { templates: DEMO_TEMPLATES.length, instances };
}
