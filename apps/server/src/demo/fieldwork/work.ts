import type pg from 'pg';
import {
  districtOf,
  DAY_MS,
  HOUR_MS,
  courtConfirmationDeadline,
  dayNumberOf,
  dayStartMs,
  formatDay,
  mediationFileNumber,
  type MediationStatus,
} from '@onegrid/domain';
import type { PiiCipher } from '../../lib/pii.ts';
import { givenName, maskName, pickSurname } from '../basedata/person-names.ts';
import { randomInt, rngFor } from '../random.ts';
import { DEMO_COMMUNITY, DEMO_STREET } from '../users.ts';
import type { DemoGridWorker } from './workers.ts';

type TaskStatus = 'assigned' | 'accepted' | 'done' | 'cancelled';
/** The task states to show: open on time, open overdue, accepted on time and overdue, done on time and late, cancelled. */
const TASK_SCENARIOS: { status: TaskStatus; overdue: boolean }[] = [
  { status: 'assigned', overdue: false },
  { status: 'assigned', overdue: true },
  { status: 'accepted', overdue: false },
  { status: 'accepted', overdue: true },
  { status: 'done', overdue: false },
  { status: 'done', overdue: true },
  { status: 'cancelled', overdue: false },
];
const TASKS: { kind: 'inspect' | 'visit' | 'other' | 'collect_building'; title: string; detail: string }[] = [
  { kind: 'inspect', title: '沿街商铺消防器材检查', detail: '检查灭火器有效期、疏散通道是否畅通，拍照留存' },
  { kind: 'inspect', title: '燃气使用安全入户检查', detail: '重点检查餐饮商户燃气软管和报警器' },
  { kind: 'visit', title: '走访核实独居老人近况', detail: '核实身体状况、紧急联系人，登记需求' },
  { kind: 'collect_building', title: '楼盘表信息核实', detail: '逐户核实房屋用途和居住人员，补录缺失信息' },
  { kind: 'other', title: '张贴防范电信诈骗宣传海报', detail: '每个楼门张贴一张，拍照反馈' },
  { kind: 'inspect', title: '汛前排水设施巡检', detail: '检查雨水篦子和低洼地带，发现堵塞及时上报' },
];

/**
 * Tasks given by the street (街道) to the grid workers of the streets that have a lead account — the demo street and
 * the second one — in every state: assigned, accepted, done and cancelled, some past their deadline.
 */
export async function writeDemoTasks(
  client: pg.ClientBase,
  workers: DemoGridWorker[],
  now: Date,
): Promise<number> {
  const leads = (
    await client.query<{ id: string; unit_id: string; street_code: string }>(
      `SELECT DISTINCT ON (n.jurisdiction_code) u.id, n.id AS unit_id, n.jurisdiction_code AS street_code
         FROM app_user u JOIN unit n ON n.id = u.unit_id
        WHERE 'street_lead' = ANY(u.roles) AND n.kind = 'street_office'
        ORDER BY n.jurisdiction_code, u.username`,
    )
  ).rows;
  const leadOf = new Map(leads.map((l) => [l.street_code, l]));
  const nowMs = +now;
  const today = dayNumberOf(now);
  const rows: unknown[][] = [];
  let cycle = 0;
  for (const w of workers) {
    const lead = leadOf.get(w.streetCode);
    if (!lead) continue;
    const rng = rngFor(`tasks:${w.gridCode}`);
    const n = randomInt(rng, 1, 3);
    for (let k = 0; k < n; k++) {
      const scenario = TASK_SCENARIOS[cycle++ % TASK_SCENARIOS.length]!;
      const task = TASKS[randomInt(rng, 0, TASKS.length - 1)]!;
      const created = dayStartMs(today - randomInt(rng, 3, 14)) + randomInt(rng, 9, 16) * HOUR_MS;
      const dueAt = scenario.overdue
        ? nowMs - randomInt(rng, 2, 72) * HOUR_MS
        : nowMs + randomInt(rng, 24, 24 * 7) * HOUR_MS;
      const accepted =
        scenario.status === 'assigned' || scenario.status === 'cancelled'
          ? null
          : created + randomInt(rng, 1, 20) * HOUR_MS;
      const done =
        scenario.status === 'done'
          ? scenario.overdue
            ? nowMs - randomInt(rng, 1, 24) * HOUR_MS
            : Math.min(nowMs - HOUR_MS, (accepted ?? created) + randomInt(rng, 4, 48) * HOUR_MS)
          : null;
      // a task done late was due before it was done
      const due = scenario.status === 'done' && scenario.overdue && done ? done - 12 * HOUR_MS : dueAt;
      rows.push([
        task.kind,
        task.title,
        task.detail,
        w.userId,
        lead.id,
        lead.unit_id,
        new Date(due).toISOString(),
        scenario.status,
        accepted ? new Date(accepted).toISOString() : null,
        done ? new Date(done).toISOString() : null,
        done ? '已完成，现场照片已上传' : null,
        w.gridCode,
        w.communityCode,
        w.streetCode,
        new Date(created).toISOString(),
      ]);
    }
  }
  if (rows.length === 0) return 0;
  const cols = [
    'kind',
    'title',
    'detail',
    'assigned_to',
    'assigned_by',
    'issuer_unit_id',
    'due_at',
    'status',
    'accepted_at',
    'done_at',
    'evidence',
    'grid_code',
    'community_code',
    'street_code',
    'created_at',
  ];
  const types = [
    'text',
    'text',
    'text',
    'uuid',
    'uuid',
    'uuid',
    'timestamptz',
    'text',
    'timestamptz',
    'timestamptz',
    'text',
    'text',
    'text',
    'text',
    'timestamptz',
  ];
  await client.query(
    `INSERT INTO field_task (${cols.join(', ')})
     SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`,
    cols.map((_, i) => rows.map((r) => r[i])),
  );
  return rows.length;
}

const DISPUTES: { type: string; summary: string; request: string }[] = [
  { type: 'neighbour', summary: '楼上住户装修噪音影响楼下老人休息', request: '要求限定施工时间' },
  { type: 'property_service', summary: '业主与物业就停车位收费发生争议', request: '要求物业说明收费依据' },
  { type: 'marriage_family', summary: '赡养老人费用分担发生纠纷', request: '要求子女按月支付赡养费' },
  { type: 'damages', summary: '卫生间漏水致楼下房屋受损', request: '要求赔偿维修费用' },
  { type: 'labour', summary: '装修工人追讨拖欠工资', request: '要求支付剩余工资' },
  { type: 'neighbour', summary: '楼道堆物引发邻里矛盾', request: '要求清理楼道' },
  { type: 'property_land', summary: '院墙界址争议', request: '要求确认院墙归属' },
];
const TERMS = [
  '一、乙方于本协议签订之日起十日内支付甲方维修费人民币叁仟元整；',
  '二、双方今后互谅互让，和睦相处。',
];
/** The files to show: two in every status of the lifecycle. */
const FILE_STATUSES: MediationStatus[] = [
  'received',
  'referred',
  'assigned',
  'mediating',
  'agreed',
  'terminated',
  'closed',
];

/**
 * A dozen people's mediation files (人民调解) of the demo street's community committees (not the demo community's,
 * whose committee starts empty), two in every status, numbered by the domain's rule per committee and year, with
 * their parties (names encrypted and masked like a person's), sessions and events.
 */
export async function writeDemoMediation(
  client: pg.ClientBase,
  pii: PiiCipher,
  workers: DemoGridWorker[],
  now: Date,
): Promise<number> {
  const committees = (
    await client.query<{ id: string; code: string; name: string; path: string }>(
      `SELECT u.id, r.code, r.name, r.path FROM unit u JOIN region r ON r.code = u.jurisdiction_code
        WHERE u.kind = 'community' AND r.parent_code = $1 AND r.code <> $2 ORDER BY r.code LIMIT 4`,
      [DEMO_STREET, DEMO_COMMUNITY],
    )
  ).rows;
  if (committees.length === 0) return 0;
  const rng = rngFor('mediation');
  const seqOf = new Map<string, number>();
  const today = dayNumberOf(now);
  let n = 0;
  for (const [i, status] of [...FILE_STATUSES, ...FILE_STATUSES].entries()) {
    const c = committees[i % committees.length]!;
    const mediator = workers.find((w) => w.communityCode === c.code) ?? null;
    if (!mediator) continue;
    const d = DISPUTES[i % DISPUTES.length]!;
    const created = new Date(dayStartMs(today - 50 + i * 3) + randomInt(rng, 9, 16) * HOUR_MS);
    const year = Number(formatDay(dayNumberOf(created)).slice(0, 4));
    const seq = (seqOf.get(`${c.id}:${year}`) ?? 0) + 1;
    seqOf.set(`${c.id}:${year}`, seq);
    const short = c.name.replace(/(社区居委会|社区|村委会|村)$/, '');
    const assigned = status !== 'received' && status !== 'referred';
    const sessions = ['mediating', 'agreed', 'terminated', 'closed'].includes(status);
    const agreed = status === 'agreed' || status === 'closed';
    const effective = agreed ? new Date(+created + 6 * DAY_MS) : null;
    const oral = agreed && i % 2 === 1;
    const values: Record<string, unknown> = {
      file_no: mediationFileNumber(year, short, seq),
      year,
      seq,
      committee_unit_id: c.id,
      source: i % 3 === 0 ? 'patrol' : 'walk_in',
      dispute_type: d.type,
      summary: d.summary,
      request: d.request,
      status,
      referred_to: status === 'referred' ? 'litigation' : null,
      notice_given_at: assigned ? new Date(+created + HOUR_MS).toISOString() : null,
      mediator_id: assigned ? mediator.userId : null,
      agreement_kind: agreed ? (oral ? 'oral' : 'written') : null,
      agreement: agreed
        ? JSON.stringify(
            // the shape the mediation module writes and reads (mediation.service.ts / mediation.read.ts)
            oral
              ? {
                  facts: null,
                  terms: ['双方同意互相谅解，今后不再发生类似问题。'],
                  performanceManner: null,
                  performBy: null,
                  signedPartyIds: [],
                }
              : {
                  facts: '双方因日常琐事发生争执，经调解员释法说理，双方自愿达成协议。',
                  terms: TERMS,
                  performanceManner: '现金或转账',
                  performBy: formatDay(dayNumberOf(effective!) + 10),
                  signedPartyIds: [],
                },
          )
        : null,
      agreement_effective_at: effective?.toISOString() ?? null,
      court_confirm_by: agreed && !oral ? formatDay(courtConfirmationDeadline(effective!).lastDay) : null,
      terminated_reason:
        status === 'terminated' ? '一方当事人明确拒绝继续调解，已告知可向人民法院起诉' : null,
      performance: status === 'closed' ? 'performed' : null,
      followed_up_at: status === 'closed' ? new Date(+effective! + 4 * DAY_MS).toISOString() : null,
      grid_code: mediator.gridCode,
      community_code: c.code,
      street_code: DEMO_STREET,
      created_by: mediator.userId,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
      region_path: c.path,
    };
    const cols = Object.keys(values);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO mediation_file (${cols.join(', ')}) VALUES (${cols.map((_, k) => `$${k + 1}`).join(', ')}) RETURNING id`,
      Object.values(values),
    );
    const fileId = rows[0]!.id;
    const district = districtOf(DEMO_STREET);
    for (const role of ['applicant', 'respondent'] as const) {
      const r = rngFor(`mediation:${i}:${role}`);
      const surname = pickSurname(r);
      const given = givenName(r, r() < 0.5 ? 'male' : 'female', 1950 + randomInt(r, 0, 50));
      const phone = `1390${String(2_000_000 + i * 10 + (role === 'applicant' ? 1 : 2)).padStart(7, '0')}`;
      await client.query(
        `INSERT INTO mediation_party (file_id, role, name_enc, name_masked, phone_enc, phone_hash, address,
                                      district_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          fileId,
          role,
          pii.encrypt(surname + given),
          maskName(surname, given),
          pii.encrypt(phone),
          pii.blindIndex(phone),
          `${short}社区`,
          district,
        ],
      );
    }
    // a written agreement in force was signed by every party
    await client.query(
      `UPDATE mediation_file SET agreement = jsonb_set(agreement, '{signedPartyIds}',
         (SELECT jsonb_agg(id::text) FROM mediation_party WHERE file_id = $1))
       WHERE id = $1 AND agreement_kind = 'written'`,
      [fileId],
    );
    const events: [string, number][] = [['receive', 0]];
    if (status === 'referred') events.push(['screen_refer', 1]);
    if (assigned) events.push(['screen_accept', 1], ['notice', 1], ['assign', 2]);
    if (sessions) {
      await client.query(
        `INSERT INTO mediation_session (file_id, held_at, place, mediator_ids, record, created_by, district_code)
         VALUES ($1, $2, $3, $4::uuid[], $5, $6, $7)`,
        [
          fileId,
          new Date(+created + 3 * DAY_MS).toISOString(),
          `${short}社区人民调解室`,
          [mediator.userId],
          '双方陈述事实和理由，调解员释法说理，双方同意在互谅基础上协商解决。',
          mediator.userId,
          district,
        ],
      );
      events.push(['hold_session', 72]);
    }
    if (agreed) events.push([oral ? 'agree_oral' : 'agree_written', 144]);
    if (status === 'terminated') events.push(['terminate', 120]);
    if (status === 'closed') events.push(['follow_up', 240]);
    await client.query(
      `INSERT INTO mediation_event (file_id, action, at, actor_id, district_code)
       SELECT $1, x.action, $2::timestamptz + x.hours * interval '1 hour', $3, $6
         FROM unnest($4::text[], $5::int[]) AS x(action, hours)`,
      [
        fileId,
        created.toISOString(),
        mediator.userId,
        events.map((e) => e[0]),
        events.map((e) => e[1]),
        district,
      ],
    );
    n++;
  }
  return n;
}
