import type { ErrorCode, ErrorDetail } from './errors.ts';
import { detailText, reasonText } from './i18n.details.ts';

export type Lang = 'zh-CN' | 'en-US';

const messages: Record<Lang, Record<ErrorCode, string>> = {
  'zh-CN': {
    VALIDATION_FAILED: '请求内容有误，请检查标注的字段',
    BOUNDARY_INVALID: '{code} 的边界不是有效的多边形：{flaw}',
    BOUNDARY_OUTSIDE_PARENT: '{code} 的边界超出了上级区划 {parent}',
    BOUNDARY_OVERLAP: '{code} 的边界与 {codes} 重叠',
    BOUNDARY_ORPHANS: '{codes} 将落在 {code} 的新边界之外',
    INVALID_CREDENTIALS: '用户名或密码错误（同一地址连续失败 5 次后须等待 15 分钟）',
    PASSWORD_REJECTED:
      '密码不符合要求：至少 8 位，含大写字母、小写字母、数字、符号中的三类，不含用户名，且不是常见密码',
    ROLE_CONFLICT: '三权分立：{roles} 不能由同一账号兼任',
    TOTP_INVALID: '动态验证码错误或已使用，请输入验证器中的最新 6 位数字',
    SIGN_IN_STEP_REQUIRED: '请先完成登录步骤：{step}',
    UNAUTHENTICATED: '请先登录',
    CSRF_INVALID: '页面已过期或请求来源无效，请刷新后重试',
    FORBIDDEN: '您没有执行此操作的权限',
    NOT_FOUND: '{entity}不存在',
    CONFLICT: '操作未完成：{reason}',
    PAYLOAD_TOO_LARGE: '提交的内容过大',
    UNSUPPORTED_MEDIA_TYPE: '不支持的文件或内容类型',
    IMPORT_INVALID: '文件中有 {count} 处错误，未导入任何数据',
    RATE_LIMITED: '请求过于频繁，请稍后再试',
    TRACKING_CODE_INVALID: '验证码不正确或已失效，请重新获取',
    INTERNAL: '服务器内部错误，请稍后再试',
    UNAVAILABLE: '服务暂不可用',
    IDEMPOTENCY_KEY_REUSED: '该幂等键（Idempotency-Key）已用于另一个请求，请为新请求生成新的键',
    UPLOAD_QUOTA_EXCEEDED: '今日上传的图片已达上限（{limitMb} MB），请明天再试',
    STORAGE_FULL: '附件存储空间已满，暂时无法上传，请稍后再试或联系管理员',
    ADMISSION_REQUIRED: '未经社区准入，不能派给社区：{refusal}',
    ADMISSION_NEGATIVE_LIST: '“{item}”在社区工作负面清单上，不得派给社区',
  },
  'en-US': {
    VALIDATION_FAILED: 'The request is invalid; check the fields listed',
    BOUNDARY_INVALID: 'The boundary of {code} is not a valid polygon: {flaw}',
    BOUNDARY_OUTSIDE_PARENT: 'The boundary of {code} extends beyond its parent region {parent}',
    BOUNDARY_OVERLAP: 'The boundary of {code} overlaps {codes}',
    BOUNDARY_ORPHANS: '{codes} would fall outside the new boundary of {code}',
    INVALID_CREDENTIALS:
      'Wrong username or password (after 5 failures from one address, wait 15 minutes before trying again)',
    PASSWORD_REJECTED:
      'Password refused: at least 8 characters with three of upper case, lower case, digits and symbols, not containing the username, and not a common password',
    ROLE_CONFLICT: 'Separation of duties: one account may not hold {roles}',
    TOTP_INVALID: 'Wrong or already used code; enter the latest 6 digits from your authenticator',
    SIGN_IN_STEP_REQUIRED: 'Finish signing in first: {step}',
    UNAUTHENTICATED: 'Please sign in first',
    CSRF_INVALID: 'The page has expired or the request origin is invalid; reload and try again',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: '{entity} not found',
    CONFLICT: 'Not done: {reason}',
    PAYLOAD_TOO_LARGE: 'The request is too large',
    UNSUPPORTED_MEDIA_TYPE: 'Unsupported file or content type',
    IMPORT_INVALID: 'The file has {count} errors; nothing was imported',
    RATE_LIMITED: 'Too many requests; try again later',
    TRACKING_CODE_INVALID: 'The code is wrong or no longer valid; ask for a new one',
    INTERNAL: 'Internal server error; please try again later',
    UNAVAILABLE: 'Service unavailable',
    IDEMPOTENCY_KEY_REUSED:
      'This Idempotency-Key was already used for a different request; send a new key for a new request',
    UPLOAD_QUOTA_EXCEEDED: "Today's upload allowance ({limitMb} MB) is used up; try again tomorrow",
    STORAGE_FULL: 'Photo storage is full; uploads are paused. Try again later or contact the administrator',
    ADMISSION_REQUIRED: 'Not admitted for communities, so it cannot be sent: {refusal}',
    ADMISSION_NEGATIVE_LIST:
      '"{item}" is on the negative list of community work and may never be sent to communities',
  },
};

const entityNames: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    region: '行政区划',
    grid: '网格',
    unit: '单位',
    user: '用户',
    category: '事项分类',
    duty: '职责清单条目',
    deadline_policy: '时限规则',
    calendar_override: '日历调整',
    case: '诉求',
    hot_cluster: '热点',
    proactive_task: '主动治理任务',
    mediation_file: '调解卷宗',
    civic_vote: '投票',
    volunteer: '志愿者',
    volunteer_activity: '志愿服务活动',
    volunteer_certificate: '志愿服务证明',
    civic_proposal: '居民提议',
    points_rule_set: '积分细则',
    points_entry: '积分记录',
    points_good: '积分超市商品',
    points_redemption: '积分兑换',
    micro_power_item: '小微权力事项',
    disclosure_entry: '公开目录条目',
    disclosure_event: '待公开事项',
    disclosure_publication: '公开内容',
    disclosure_request: '公开申请或反映',
    deliberation_topic: '议事议题',
    deliberation_meeting: '议事会议',
    knowledge_entry: '知识条目',
    knowledge_catalog: '知识目录',
    service_item: '服务事项',
    service_bundle: '一件事',
    service_application: '办件',
    service_stage: '办理环节',
    service_rating: '评价',
    service_rectification: '整改',
    service_rating_appeal: '申诉',
    mediation_party: '当事人',
    api_key: 'API 密钥',
    upload: '附件',
    notification: '通知',
    whistle: '吹哨',
    reply_score: '答复评分',
    opinion_item: '舆情',
    opinion_alert: '舆情预警',
    address: '地址',
    resource: '资源',
    person: '人员',
    house: '房屋',
    residence: '居住信息',
    rental: '出租屋',
    organisation: '单位场所',
    person_tag: '人员标签',
    submission: '提交记录',
    patrol: '巡查记录',
    visit: '走访记录',
    quick_fix: '就地解决记录',
    visit_rule: '走访规则',
    field_task: '任务',
    building: '楼栋',
    admission_item: '准入事项',
    admission_application: '准入申请',
    admission_round: '准入审核批次',
    community_task: '社区任务',
    admission_offgate: '清单外事项反映',
  },
  'en-US': {
    region: 'Region',
    grid: 'Grid',
    unit: 'Unit',
    user: 'User',
    category: 'Category',
    duty: 'Duty entry',
    deadline_policy: 'Deadline policy',
    calendar_override: 'Calendar override',
    case: 'Case',
    hot_cluster: 'Hot issue',
    proactive_task: 'Proactive task',
    mediation_file: 'Mediation file',
    civic_vote: 'Vote',
    volunteer: 'Volunteer',
    volunteer_activity: 'Volunteer activity',
    volunteer_certificate: 'Volunteer service certificate',
    civic_proposal: 'Proposal',
    points_rule_set: 'Points rules',
    points_entry: 'Points entry',
    points_good: 'Points shop item',
    points_redemption: 'Points redemption',
    micro_power_item: 'Micro-power item',
    disclosure_entry: 'Catalogue entry',
    disclosure_event: 'Event to disclose',
    disclosure_publication: 'Publication',
    disclosure_request: 'Disclosure request or report',
    deliberation_topic: 'Deliberation topic',
    deliberation_meeting: 'Deliberation meeting',
    knowledge_entry: 'Knowledge entry',
    knowledge_catalog: 'Knowledge catalogue',
    service_item: 'Service item',
    service_bundle: 'Bundle',
    service_application: 'Application',
    service_stage: 'Handling stage',
    service_rating: 'Rating',
    service_rectification: 'Rectification',
    service_rating_appeal: 'Appeal',
    mediation_party: 'Party',
    api_key: 'API key',
    upload: 'Upload',
    notification: 'Notification',
    whistle: 'Whistle',
    reply_score: 'Reply score',
    opinion_item: 'Public-opinion item',
    opinion_alert: 'Public-opinion alert',
    address: 'Address',
    resource: 'Resource',
    person: 'Person',
    house: 'House',
    residence: 'Residence',
    rental: 'Rental',
    organisation: 'Organisation',
    person_tag: 'Person tag',
    submission: 'Submission',
    patrol: 'Patrol',
    visit: 'Visit',
    quick_fix: 'Quick fix',
    visit_rule: 'Visit rule',
    field_task: 'Task',
    building: 'Building',
    admission_item: 'Admitted item',
    admission_application: 'Admission application',
    admission_round: 'Admission round',
    community_task: 'Community task',
    admission_offgate: 'Off-list request report',
  },
};

const geometryFlaws: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    not_finite: '坐标不是有限数值',
    out_of_range: '坐标超出经纬度范围',
    ring_not_closed: '环未闭合',
    too_few_points: '点数不足（至少 3 个不同的点）',
    zero_area: '面积为零',
    self_intersection: '边自相交',
    hole_outside: '内环不在外环之内',
    parts_overlap: '多个部分相互重叠',
  },
  'en-US': {
    not_finite: 'a coordinate is not a finite number',
    out_of_range: 'a coordinate is out of range',
    ring_not_closed: 'a ring is not closed',
    too_few_points: 'too few points (at least 3 distinct)',
    zero_area: 'zero area',
    self_intersection: 'edges cross each other',
    hole_outside: 'a hole lies outside its outer ring',
    parts_overlap: 'parts overlap each other',
  },
};

/** Why the admission gate refused (packages/domain/src/admission: AdmissionRefusal). */
const admissionRefusals: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    missing: '没有附上已准入的事项',
    negative_list: '所附事项在负面清单上',
    exited: '所附事项已退出准入清单',
    expired: '所附事项已过有效期',
    pending: '所附事项尚未生效',
    other_unit: '所附事项不是为本单位准入的',
    wrong_kind: '所附事项准入的是另一类工作',
    out_of_scope: '所附事项不覆盖这些社区：{communities}',
  },
  'en-US': {
    missing: 'no admitted item is attached',
    negative_list: 'the attached item is on the negative list',
    exited: 'the attached item has exited the list',
    expired: 'the attached item has expired',
    pending: 'the attached item is not in force yet',
    other_unit: 'the attached item was admitted for another unit',
    wrong_kind: 'the attached item admits another kind of work',
    out_of_scope: 'the attached item does not cover these communities: {communities}',
  },
};

export function pickLang(acceptLanguage: string | undefined, cookieLang: string | undefined): Lang {
  const pref = cookieLang ?? acceptLanguage ?? '';
  return /^en/i.test(pref.trim()) ? 'en-US' : 'zh-CN';
}

export function translateError(lang: Lang, code: ErrorCode, params: Record<string, string | number>): string {
  return messages[lang][code].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return '';
    if (k === 'entity') return entityNames[lang][String(v)] ?? String(v);
    if (k === 'reason' && code === 'CONFLICT') return reasonText(lang, String(v), params);
    if (k === 'flaw') return geometryFlaws[lang][String(v)] ?? String(v);
    if (k === 'refusal')
      return (admissionRefusals[lang][String(v)] ?? String(v)).replace(
        '{communities}',
        String(params.communities ?? ''),
      );
    if (k === 'codes')
      return String(v)
        .split(',')
        .join(lang === 'zh-CN' ? '、' : ', ');
    return String(v);
  });
}

/** The details of an error with their text in `lang` (details that came with a text keep it). */
export function translateDetails(
  lang: Lang,
  details: readonly ErrorDetail[],
): (ErrorDetail & { message: string })[] {
  return details.map((d) => {
    if (d.key === undefined) return d;
    const params = d.params?.entity
      ? { ...d.params, entity: entityNames[lang][String(d.params.entity)] ?? d.params.entity }
      : d.params;
    return { ...d, message: detailText(lang, d.key, params) };
  });
}
