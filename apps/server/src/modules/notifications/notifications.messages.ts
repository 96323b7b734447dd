import type { NoticeKind } from '@onegrid/domain';
import type { Lang } from '../../lib/i18n.ts';

/** The parameters of a notification: names and titles as they were, times as ISO strings, codes as codes. */
export type NoticeParams = Record<string, string | number>;

interface Text {
  title: string;
  /** absent: the body is the `note` parameter (text a person typed), or empty */
  body?: string;
}

/**
 * The text of each notification kind in both languages. Placeholders: {caseTitle} {unit} {note} {street} …;
 * {due}/{until}/{at} are ISO times shown in Beijing time; {what} (accept|respond|resolve), {level}
 * (yellow|red) and {whistleKind} are codes shown as words.
 */
const texts: Record<Lang, Record<NoticeKind, Text>> = {
  'zh-CN': {
    queued: { title: '新诉求待派单：{caseTitle}' },
    assigned: { title: '新派单（主办）：{caseTitle}', body: '请在 {due} 前签收' },
    assigned_assist: { title: '新派单（协办）：{caseTitle}' },
    return_queued: { title: '退单待重派：{caseTitle}' },
    arbitration: { title: '争议件待仲裁：{caseTitle}' },
    assist_reported: { title: '协办单位反馈：{caseTitle}' },
    reported: { title: '已反馈待核查：{caseTitle}' },
    verify: { title: '待核查：{caseTitle}' },
    verify_failed: { title: '核查未通过，请重办：{caseTitle}' },
    closed: { title: '已结案：{caseTitle}' },
    extension_requested: { title: '延期申请：{caseTitle}', body: '申请延期至 {until}：{note}' },
    extension_approved: { title: '延期已批准至 {until}：{caseTitle}' },
    extension_rejected: { title: '延期未批准：{caseTitle}' },
    urge: { title: '催办：{caseTitle}' },
    reopen: { title: '重办：{caseTitle}' },
    assist_released: { title: '已解除协办：{caseTitle}' },
    deadline_warning: {
      title: '【即将超期】{caseTitle}',
      body: '{what}时限将于 {due} 到期，请尽快处理。',
    },
    overdue: { title: '【已超期】{caseTitle}', body: '已超过{what}时限（{due}），请立即处理。' },
    overdue_escalated: {
      title: '【督办】{unit}：{caseTitle}',
      body: '{unit}承办的「{caseTitle}」已超过{what}时限（{due}），请督促办理。',
    },
    supervision: {
      title: '【{level}】{caseTitle}',
      body: '{unit}：{note}（请于 {hours} 小时内书面答复）',
    },
    supervision_answer: { title: '督办答复：{unit}' },
    pii_alert: {
      title: '【个人信息告警】{name}（{username}）{minutes} 分钟内查看完整电话号码超过 {count} 次',
      body: '单位：{unit}；最近一次理由：{note}。请在审计日志中核查。',
    },
    whistle: {
      title: '【吹哨】{street}：{whistleTitle}',
      body: '{whistleKind}，请于 {due} 前到达现场（{where}）报到。',
    },
    whistle_report_in: { title: '【已报到】{unit}：{whistleTitle}', body: '{name} 于 {at} 报到。' },
    whistle_late: {
      title: '【迟到】{unit}：{whistleTitle}',
      body: '{name} 于 {at} 报到（时限 {due}）。',
    },
    whistle_action: { title: '联合处置记录已更新：{whistleTitle}' },
    whistle_rating: {
      title: '街道评价：{whistleTitle}',
      body: '报到及时 {punctuality}、协同配合 {cooperation}、解决效果 {effect}{comment}',
    },
    whistle_closed: { title: '吹哨事项已办结：{whistleTitle}' },
    whistle_void: { title: '吹哨已撤销：{whistleTitle}' },
    whistle_missing: {
      title: '【未报到】{whistleTitle}',
      body: '你单位未在报到时限（{due}）前到达现场报到，已记录为未报到。请立即前往并报到。',
    },
    whistle_missing_summary: { title: '【报到超时】{whistleTitle}', body: '{units} 未在 {due} 前报到。' },
    field_task: { title: '【新任务】{taskTitle}', body: '{unit}派给您的任务，请于 {due} 前完成。' },
    field_task_cancelled: { title: '【任务已取消】{taskTitle}', body: '取消原因：{note}' },
    field_task_overdue: { title: '【任务超期】{taskTitle}', body: '任务已过完成时限（{due}），请尽快完成。' },
    field_task_overdue_issuer: {
      title: '【任务超期】{name}：{taskTitle}',
      body: '网格员未在时限（{due}）前完成。',
    },
    reply_held: {
      title: '答复待审核（{score} 分）：{caseTitle}',
      body: '答复质量低于 {min} 分，居民暂看不到，请审核或打回重办。',
    },
    opinion_alert: { title: '【舆情预警】{title}', body: '热度 {heat}，请于 {due} 前回应（{hours} 小时）。' },
    opinion_overdue: {
      title: '【舆情超时未回应】{title}',
      body: '{hours} 小时回应时限已于 {due} 届满，至今未回应，请立即回应。',
    },
    proactive_task: {
      title: '【主动治理】{taskTitle}',
      body: '{unit}交办的主动治理任务，请于 {due} 前完成。',
    },
    proactive_task_closed: { title: '【主动治理已办结】{taskTitle}', body: '{note}' },
    service_stage: { title: '【并联办理】{title}', body: '请在 {due} 前办结（{code}）' },
    service_stage_overdue: {
      title: '【办理超期】{title}',
      body: '本部门办理环节已超过时限（{due}），请立即办理（{code}）。',
    },
    service_rectification: {
      title: '【差评整改】{title}',
      body: '办件 {code} 收到差评，请于 {due} 前整改并填报整改情况。',
    },
    service_rectification_overdue: {
      title: '【差评整改超期】{title}',
      body: '办件 {code} 的差评整改已超过时限（{due}），请立即整改。',
    },
    community_task: { title: '【社区任务】{taskTitle}', body: '{unit}依准入事项“{item}”派发的任务。' },
    admission_offgate: { title: '【清单外事项反映】{community}', body: '{requester}：{content}' },
    disclosure_overdue: {
      title: '【公开逾期】{community}：{title}',
      body: '{what} 的公开应于 {due} 前发布，至今未发布，请立即公开。',
    },
    disclosure_query: { title: '【依申请公开】{community}：{subject}', body: '请于 {due} 前答复。' },
    disclosure_report: { title: '【公开问题反映】{community}：{subject}', body: '请于 {due} 前核查并答复。' },
    disclosure_answer: { title: '您的公开申请已答复：{subject}', body: '{note}' },
    volunteer_signup: {
      title: '【志愿报名】{activity}',
      body: '有一位志愿者报名，已报 {signed}/{capacity} 人。',
    },
    volunteer_activity_cancelled: {
      title: '【活动取消】{activity}',
      body: '您报名的 {at} 的活动已由{organiser}取消，原因：{reason}',
    },
  },
  'en-US': {
    queued: { title: 'New case to dispatch: {caseTitle}' },
    assigned: { title: 'New assignment (lead): {caseTitle}', body: 'Accept it before {due}' },
    assigned_assist: { title: 'New assignment (co-unit): {caseTitle}' },
    return_queued: { title: 'Returned, to dispatch again: {caseTitle}' },
    arbitration: { title: 'Disputed case to arbitrate: {caseTitle}' },
    assist_reported: { title: 'A co-unit reported: {caseTitle}' },
    reported: { title: 'Reported, to verify: {caseTitle}' },
    verify: { title: 'To verify on site: {caseTitle}' },
    verify_failed: { title: 'Verification failed, handle again: {caseTitle}' },
    closed: { title: 'Closed: {caseTitle}' },
    extension_requested: { title: 'Extension requested: {caseTitle}', body: 'Until {until}: {note}' },
    extension_approved: { title: 'Extension approved until {until}: {caseTitle}' },
    extension_rejected: { title: 'Extension rejected: {caseTitle}' },
    urge: { title: 'Urged: {caseTitle}' },
    reopen: { title: 'Reopened: {caseTitle}' },
    assist_released: { title: 'Released as co-unit: {caseTitle}' },
    deadline_warning: {
      title: '[Due soon] {caseTitle}',
      body: 'The {what} deadline is {due}; please act soon.',
    },
    overdue: { title: '[Overdue] {caseTitle}', body: 'The {what} deadline ({due}) has passed; act now.' },
    overdue_escalated: {
      title: '[Supervision] {unit}: {caseTitle}',
      body: '“{caseTitle}”, handled by {unit}, is past its {what} deadline ({due}); please follow it up.',
    },
    supervision: {
      title: '[{level}] {caseTitle}',
      body: '{unit}: {note} (answer in writing within {hours} hours)',
    },
    supervision_answer: { title: 'Supervision answered: {unit}' },
    pii_alert: {
      title:
        '[Personal data alert] {name} ({username}) viewed full phone numbers more than {count} times in {minutes} minutes',
      body: 'Unit: {unit}; latest reason: {note}. Check the audit log.',
    },
    whistle: {
      title: '[Whistle] {street}: {whistleTitle}',
      body: '{whistleKind}: report in on site ({where}) before {due}.',
    },
    whistle_report_in: { title: '[Reported in] {unit}: {whistleTitle}', body: '{name} reported in at {at}.' },
    whistle_late: {
      title: '[Late] {unit}: {whistleTitle}',
      body: '{name} reported in at {at} (deadline {due}).',
    },
    whistle_action: { title: 'Joint action record updated: {whistleTitle}' },
    whistle_rating: {
      title: 'Rated by the street: {whistleTitle}',
      body: 'Punctuality {punctuality}, cooperation {cooperation}, effect {effect}{comment}',
    },
    whistle_closed: { title: 'Whistle closed: {whistleTitle}' },
    whistle_void: { title: 'Whistle withdrawn: {whistleTitle}' },
    whistle_missing: {
      title: '[Not reported in] {whistleTitle}',
      body: 'Your unit did not report in on site before the deadline ({due}); this is recorded. Go and report in now.',
    },
    whistle_missing_summary: {
      title: '[Report-in deadline passed] {whistleTitle}',
      body: '{units} did not report in before {due}.',
    },
    field_task: { title: '[New task] {taskTitle}', body: 'A task from {unit}; due by {due}.' },
    field_task_cancelled: { title: '[Task cancelled] {taskTitle}', body: 'Reason: {note}' },
    field_task_overdue: {
      title: '[Task overdue] {taskTitle}',
      body: 'The deadline ({due}) has passed; please finish it.',
    },
    field_task_overdue_issuer: {
      title: '[Task overdue] {name}: {taskTitle}',
      body: 'The grid worker did not finish it by the deadline ({due}).',
    },
    reply_held: {
      title: 'Reply to review ({score} points): {caseTitle}',
      body: 'The reply scored below {min}; the resident does not see it until it is approved or reworked.',
    },
    opinion_alert: {
      title: '[Public opinion alert] {title}',
      body: 'Heat {heat}; respond by {due} ({hours} h).',
    },
    opinion_overdue: {
      title: '[Public opinion alert overdue] {title}',
      body: 'The {hours} h response deadline passed at {due} without a response; respond now.',
    },
    proactive_task: {
      title: '[Proactive task] {taskTitle}',
      body: 'A proactive task from {unit}; due by {due}.',
    },
    proactive_task_closed: { title: '[Proactive task closed] {taskTitle}', body: '{note}' },
    service_stage: { title: '[Parallel handling] {title}', body: 'Decide by {due} ({code})' },
    service_stage_overdue: {
      title: '[Stage overdue] {title}',
      body: "Your department's stage passed its time limit ({due}); please decide now ({code}).",
    },
    service_rectification: {
      title: '[Bad rating to rectify] {title}',
      body: 'Application {code} was rated badly; rectify and record what you did by {due}.',
    },
    service_rectification_overdue: {
      title: '[Rectification overdue] {title}',
      body: 'The rectification of application {code} passed its time limit ({due}); please act now.',
    },
    community_task: {
      title: '[Community task] {taskTitle}',
      body: 'Sent by {unit} on the admitted item "{item}".',
    },
    admission_offgate: { title: '[Request outside the lists] {community}', body: '{requester}: {content}' },
    disclosure_overdue: {
      title: '[Disclosure overdue] {community}: {title}',
      body: 'The disclosure for {what} was due by {due} and has not been published; publish it now.',
    },
    disclosure_query: { title: '[Disclosure request] {community}: {subject}', body: 'Answer by {due}.' },
    disclosure_report: {
      title: '[Disclosure failure reported] {community}: {subject}',
      body: 'Look into it and answer by {due}.',
    },
    disclosure_answer: { title: 'Your disclosure request was answered: {subject}', body: '{note}' },
    volunteer_signup: {
      title: '[Volunteer sign-up] {activity}',
      body: 'A volunteer signed up; {signed} of {capacity} places taken.',
    },
    volunteer_activity_cancelled: {
      title: '[Activity cancelled] {activity}',
      body: '{organiser} cancelled the activity of {at} you signed up for. Reason: {reason}',
    },
  },
};

const words: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    'what.accept': '签收',
    'what.respond': '响应',
    'what.resolve': '办结',
    'level.yellow': '黄色督办',
    'level.red': '红色督办',
    'whistleKind.difficult': '疑难问题',
    'whistleKind.joint_enforcement': '联合执法',
    'whistleKind.emergency': '应急处置',
    list: '、',
    sentence: '。',
  },
  'en-US': {
    'what.accept': 'acceptance',
    'what.respond': 'response',
    'what.resolve': 'resolution',
    'level.yellow': 'Yellow notice',
    'level.red': 'Red notice',
    'whistleKind.difficult': 'Difficult problem',
    'whistleKind.joint_enforcement': 'Joint enforcement',
    'whistleKind.emergency': 'Emergency',
    list: ', ',
    sentence: '. ',
  },
};

const TIME_PARAMS = new Set(['due', 'until', 'at']);

function time(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

function fill(lang: Lang, template: string, params: NoticeParams): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return '';
    if (TIME_PARAMS.has(k)) return time(lang, String(v));
    if (k === 'what' || k === 'level' || k === 'whistleKind') return words[lang][`${k}.${v}`] ?? String(v);
    if (k === 'comment') return v === '' ? '' : `${words[lang].sentence}${v}`;
    if (k === 'units') return String(v).split('\n').join(words[lang].list);
    return String(v);
  });
}

export function hasNoticeText(kind: string): kind is NoticeKind {
  return kind in texts['zh-CN'];
}

/** A notification's title and body in `lang`, from its kind and parameters. */
export function noticeText(
  lang: Lang,
  kind: NoticeKind,
  params: NoticeParams,
): { title: string; body: string } {
  const t = texts[lang][kind];
  return {
    title: fill(lang, t.title, params),
    body: t.body ? fill(lang, t.body, params) : String(params.note ?? ''),
  };
}

/** Text messages (SMS) to a resident, by key: always in Chinese (residents of the service area read Chinese). */
export type ResidentKind = 'tracking_code' | 'caller_attached' | 'knowledge_notice';

const residentTexts: Record<ResidentKind, string> = {
  tracking_code:
    '【一网】您查询诉求 {caseId} 的验证码为 {code}，{minutes} 分钟内有效。如非本人操作，请忽略本短信。',
  caller_attached: '【一网】您反映的问题已并入正在办理的诉求 {caseId}，办理结果将一并告知。',
  // 一次性告知: the whole text is made by the knowledge module (domain materialsNotice)
  knowledge_notice: '{text}',
};

/** A resident's text message from its key and parameters, in zh-CN. */
export function residentText(kind: ResidentKind, params: NoticeParams): string {
  return fill('zh-CN', residentTexts[kind], params);
}
