import type { Lang } from './i18n.ts';

/**
 * The texts of validation details and conflict reasons, by key, in both languages. A refusal carries the key and
 * its parameters (`{path, key, params}` in `error.details`, `params.reason` for CONFLICT); the error handler adds
 * the text in the request's language. Placeholders are `{name}`.
 */
const details = {
  'zh-CN': {
    // Schema checks (Zod issues, see zodDetail)
    required: '必填',
    invalid_type: '应为{expected}',
    too_long: '最多 {max} 个字符',
    too_short: '至少 {min} 个字符',
    too_big: '不能大于 {max}',
    too_big_exclusive: '应小于 {max}',
    too_small: '不能小于 {min}',
    too_small_exclusive: '应大于 {min}',
    too_many: '最多 {max} 项',
    too_few: '至少 {min} 项',
    invalid_format: '格式不正确（应为{format}）',
    pattern: '格式不正确',
    invalid_value: '应为以下之一：{values}',
    unrecognized_keys: '不认识的字段：{keys}',
    not_multiple_of: '应为 {divisor} 的倍数',
    invalid: '取值无效',
    body_malformed: '请求内容无法解析',
    // 一表通 (reports)
    query_unknown_field: '该对象不能按此字段筛选',
    query_unknown_value: '该字段没有这个取值',
    query_eq_one_value: '“等于”只能选一个取值',
    query_field_twice: '同一字段只能筛选一次',
    query_age_not_person: '只有按人统计时才能设年龄段',
    query_unknown_sum: '该对象不能对此字段求和',
    age_band_empty: '年龄段至少填一端',
    age_band_order: '年龄下限不能大于上限',
    column_key: '列标识须为小写字母开头的字母、数字、下划线',
    column_key_twice: '列标识重复',
    period_format: '报告期格式不符合报送频次',
    unknown_column: '模板中没有这一列',
    cell_number: '应为数字',
    cell_text: '应为文字',
    cell_boolean: '应为是或否',
    cell_too_small: '不能小于下限',
    cell_too_big: '不能大于上限',
    cell_too_long: '文字过长',
    correction_reason_required: '修改预填数值须说明原因',
    cell_required: '必填项尚未填写',
    no_communities: '所选范围内没有社区',
    // Field work (issue 11)
    points_without_tracking: '未开启轨迹记录时不能上传轨迹点',
    anomaly_note_required: '发现异常时请说明情况',
    tag_not_of_person: '该标签不属于这位人员',
    base_update_not_writable: '无法更新该基础数据（不存在或不在您的网格内）',
    upload_not_yours: '照片 {id} 不存在或不是您上传的',
    ended_before_start: '结束时间不能早于开始时间',
    first_visit_after_interval: '首次走访期限不能长于走访周期',
    red_before_yellow: '红色期限不能早于黄色期限',
    unknown_street: '街道不在您的管辖范围内',
    worker_not_in_territory: '只能给本辖区网格的网格员派任务',
    task_target_required: '这类任务须指明对象（{target}）',
    target_not_in_territory: '任务对象不在您的辖区内',
    // Boundary checks
    control_chars: '不能包含控制字符',
    lone_surrogate: '包含无效的 Unicode 字符',
    idempotency_key_format: '应为 1–100 个可见 ASCII 字符',
    // Cases
    lon_lat_together: '经度和纬度须同时提供',
    arbitration_decision_required: '请填写仲裁决定',
    unknown_unit: '单位不存在',
    unknown_category: '事项分类不存在',
    review_date_past: '下次复核日期须晚于今天',
    category_before_dispatch: '派单前请先选择事项分类',
    later_than_deadline: '须晚于当前办理时限',
    merge_into_self: '不能并入自身',
    parent_must_be_open: '只能并入未办结的诉求',
    outside_service_area: '该位置不在服务范围内',
    outside_jurisdiction: '该位置不在您的管辖范围内',
    no_region_receives: '没有区划受理该位置的诉求',
    resident_channel: '群众只能通过{channels}反映',
    // Accounts
    cannot_deactivate_self: '不能停用自己，也不能去掉自己的安全管理员角色',
    roles_together: '{roles} 不能兼任',
    password_too_short: '至少 8 位',
    password_too_long: '不能超过 128 位',
    password_too_few_classes: '须包含大写字母、小写字母、数字、符号中的至少三类',
    password_contains_username: '不能包含用户名',
    password_common: '这是常见密码，容易被猜中',
    password_unchanged: '新密码不能与当前密码相同',
    // Base data
    duty_one_lead: '须有且只有一个负责单位',
    duty_party_kind: '请选择一个单位，或选择“属地街道”',
    duty_party_twice: '同一单位重复列出',
    duty_fixed_keys: '条目的分类和区划不能修改，请新建一条',
    unknown_parent_category: '上级分类不存在',
    unit_own_parent: '单位不能是自己的上级',
    grid_code_prefix: '网格编码须以 12 位社区代码开头',
    address_parent_kind: '上级地址的类型不能挂这一级地址（街路巷→门牌→小区→楼栋→单元→楼层→户室）',
    address_needs_community: '街路巷或小区须指定所属社区',
    bbox_invalid: '范围应为 最小经度,最小纬度,最大经度,最大纬度，且不超过 5 度',
    give_lon_and_lat: '经度和纬度须一起给出',
    not_a_community: '不是社区',
    not_a_grid_worker: '不是网格员：{id}',
    region_level: '请选择街道、区或市（数据按街道统计）',
    // People, houses, organisations (一标三实)
    id_structure: '身份证号码格式不正确（18 位，末位可为 X）',
    id_birth_date: '身份证号码中的出生日期无效',
    id_check_digit: '身份证号码校验码不正确',
    id_twice_in_file: '与第 {row} 行的身份证号码重复',
    gender_disagrees: '性别与身份证号码不符',
    phone_format: '电话号码格式不正确',
    unknown_code: '不认识的代码：{values}',
    grid_not_in_community: '网格不属于该社区',
    tag_level: '等级应为以下之一：{values}',
    tag_no_level: '该标签没有等级',
    reveal_not_allowed: '您不能查看该字段',
    house_outside_place: '房屋不在您的管辖范围内',
    export_too_many: '共 {total} 行，一次最多导出 {max} 行，请缩小筛选范围',
    not_after_today: '不能晚于今天',
    tag_values_count: '应为 1 个值，或与标签类型一一对应的 {count} 个值（以“、”分隔）',
    // Reply quality (答复质量, issue 12)
    rq_below_bar: '答复质量 {total} 分，低于 {min} 分',
    rq_relevance_very_low: '答非所问：与诉求的相似度仅 {similarity}',
    rq_relevance_low: '与诉求关联不强（相似度 {similarity}）',
    rq_no_acknowledgement: '未回应诉求本身（如“您反映的……”）',
    rq_no_action: '未说明做了什么（调查、处理、整改……）',
    rq_no_time: '未说明办理或完成的时间',
    rq_no_contact: '未告知联系方式（电话、部门）',
    rq_too_short: '答复过短（{chars} 字）',
    rq_refusal_without_basis: '答复无法办理却未说明依据（《…》、根据……）',
    rq_no_basis: '未引用政策或规定',
    rq_late: '超过办理时限 {hours} 小时',
    rq_slow: '答复用时 {days} 天',
    rq_dismissive: '含有不当用语：{phrases}',
    rq_no_courtesy: '缺少礼貌用语',
    // Periods
    give_from_and_to: '请同时给出开始和结束日期',
    to_before_from: '结束日期不能早于开始日期',
    at_most_days: '最长 {days} 天',
    month_format: '月份格式应为 YYYY-MM',
    weight_above_zero: '至少一项权重须大于 0',
    // Uploads
    file_empty: '文件是空的',
    multipart_file: '请在表单字段“file”中上传文件',
    upload_cut_off: '上传未完成就中断了',
    not_an_upload: '不是有效的附件编号：{id}',
    upload_not_attachable: '附件 {id} 不能使用',
    // Whistles
    action_or_outcome: '请填写处置记录、处置结果或两者',
    to_after_from: '结束时间须晚于开始时间',
    community_whistles_disabled: '未开启社区吹哨（设置项 {setting}）',
    not_your_street: '不是您所在的街道',
    name_street: '请选择街道，或在地图上选择街道内的位置',
    place_not_in_street: '该位置不在{street}内',
    cannot_summon_unit: '不能召集该单位：{id}',
    unit_not_summoned: '该单位未被召集',
    rate_after_report_in: '单位报到后或报到时限过后才能评价',
    outcome_before_close: '办结前请填写处置结果',
    each_unit_once: '每个单位只能出现一次',
    office_period_order: '办公时段的结束须晚于开始',
    // Notifications
    ids_or_all: '请给出通知编号，或选择全部',
    // Open311
    attribute_required: '必填',
    exactly_one_value: '只能有一个值',
    one_of: '应为以下之一：{values}',
    whole_number_range: '应为 {min} 到 {max} 之间的整数',
    iso_datetime: '应为 ISO 8601 日期时间',
    text_at_most: '最多 {max} 个字符',
    form_or_json: '请以表单字段或 JSON 对象提交',
    lat_long_together: 'lat 和 long 须同时提供',
    location_required: '须给出位置：lat 和 long、address_string 或 address_id',
    w3c_datetime: '应为 W3C 日期时间，例如 2026-11-01T00:00:00+08:00',
    public_ids: '应为以逗号分隔的公开编号',
    at_most_items: '最多 {max} 个',
    open_or_closed: '应为 open 或 closed',
    after_end_date: '晚于 end_date',
    range_span: '时间范围不能超过 {days} 天',
    api_key_required: '创建诉求须提供有效的 api_key',
    media_url_only: '不接受文件上传，请使用 media_url',
    unknown_service_code: '未知的 service_code：{code}',
    description_room: '带这些属性时最多 {max} 个字符',
    not_found: '{entity}不存在',
  },
  'en-US': {
    required: 'required',
    invalid_type: 'expected {expected}',
    too_long: 'at most {max} characters',
    too_short: 'at least {min} characters',
    too_big: 'at most {max}',
    too_big_exclusive: 'less than {max}',
    too_small: 'at least {min}',
    too_small_exclusive: 'more than {min}',
    too_many: 'at most {max} items',
    too_few: 'at least {min} items',
    invalid_format: 'invalid format (expected {format})',
    pattern: 'invalid format',
    invalid_value: 'expected one of: {values}',
    unrecognized_keys: 'unknown fields: {keys}',
    not_multiple_of: 'expected a multiple of {divisor}',
    invalid: 'invalid value',
    body_malformed: 'the request body could not be read',
    // 一表通 (reports)
    query_unknown_field: 'this entity cannot be filtered by that field',
    query_unknown_value: 'the field has no such value',
    query_eq_one_value: '“equals” takes exactly one value',
    query_field_twice: 'a field may be filtered once only',
    query_age_not_person: 'an age band applies only when persons are counted',
    query_unknown_sum: 'this entity cannot sum that field',
    age_band_empty: 'give at least one end of the age band',
    age_band_order: 'the lower age is above the upper one',
    column_key: 'a column key is lower-case letters, digits and underscores, starting with a letter',
    column_key_twice: 'the column key is used twice',
    period_format: 'the period does not fit the frequency',
    unknown_column: 'the template has no such column',
    cell_number: 'a number is expected',
    cell_text: 'text is expected',
    cell_boolean: 'yes or no is expected',
    cell_too_small: 'below the lower limit',
    cell_too_big: 'above the upper limit',
    cell_too_long: 'the text is too long',
    correction_reason_required: 'a change to a pre-filled value needs a reason',
    cell_required: 'required and not filled yet',
    no_communities: 'no community in the chosen area',
    points_without_tracking: 'track points only when tracking was switched on',
    anomaly_note_required: 'describe the anomaly',
    tag_not_of_person: 'this tag is not one of the person’s',
    base_update_not_writable: 'this base record cannot be updated (not found, or not in your grid)',
    upload_not_yours: 'photo {id} does not exist or was not uploaded by you',
    ended_before_start: 'the end cannot be before the start',
    first_visit_after_interval: 'the first visit cannot be due later than the interval between visits',
    red_before_yellow: 'the red deadline cannot come before the yellow one',
    unknown_street: 'the street is outside your jurisdiction',
    worker_not_in_territory: 'tasks go only to grid workers of your territory',
    task_target_required: 'this kind of task must name its target ({target})',
    target_not_in_territory: 'the target of the task is outside your territory',
    control_chars: 'control characters are not allowed',
    lone_surrogate: 'malformed Unicode (lone surrogate)',
    idempotency_key_format: '1–100 visible ASCII characters',
    lon_lat_together: 'longitude and latitude go together',
    arbitration_decision_required: 'the arbitration decision is required',
    unknown_unit: 'unknown unit',
    unknown_category: 'unknown category',
    review_date_past: 'the next review date must be after today',
    category_before_dispatch: 'set the category before dispatching',
    later_than_deadline: 'must be later than the current deadline',
    merge_into_self: 'a case cannot be merged into itself',
    parent_must_be_open: 'the case merged into must be open',
    outside_service_area: 'the point is outside the service area',
    outside_jurisdiction: 'the point is outside your jurisdiction',
    no_region_receives: 'no region receives cases at this point',
    resident_channel: 'residents report through {channels}',
    cannot_deactivate_self: 'you cannot deactivate yourself or remove your own security administrator role',
    roles_together: '{roles} cannot be held together',
    password_too_short: 'At least 8 characters',
    password_too_long: 'At most 128 characters',
    password_too_few_classes: 'Use at least three of upper case, lower case, digits and symbols',
    password_contains_username: 'Must not contain the username',
    password_common: 'This is a common password, easy to guess',
    password_unchanged: 'The new password must differ from the current one',
    duty_one_lead: 'exactly one lead party is required',
    duty_party_kind: 'either a unit or the street office of the location',
    duty_party_twice: 'party listed twice',
    duty_fixed_keys: 'category and region of an entry cannot change; create a new one',
    unknown_parent_category: 'unknown parent category',
    unit_own_parent: 'a unit cannot be its own parent',
    grid_code_prefix: 'a grid code starts with the 12-digit community code',
    address_parent_kind:
      'this level cannot hang under that parent (road → door plate → compound → building → unit → floor → room)',
    address_needs_community: 'a road or compound needs its community',
    bbox_invalid: 'a box is minLon,minLat,maxLon,maxLat, at most 5 degrees wide',
    give_lon_and_lat: 'give longitude and latitude together',
    not_a_community: 'not a community',
    not_a_grid_worker: 'not a grid worker: {id}',
    region_level: 'a street, district or city (figures are kept per street)',
    give_from_and_to: 'give both from and to',
    to_before_from: 'must not be before from',
    at_most_days: 'at most {days} days',
    month_format: 'a month as YYYY-MM',
    weight_above_zero: 'at least one weight must be above 0',
    file_empty: 'the file is empty',
    multipart_file: 'a file in the multipart field "file"',
    upload_cut_off: 'the upload was cut off before its end',
    not_an_upload: 'not an upload id: {id}',
    upload_not_attachable: 'upload {id} cannot be attached',
    action_or_outcome: 'give the action record, the outcome or both',
    to_after_from: 'the end must be after the start',
    community_whistles_disabled: 'whistles from a community are not enabled (setting {setting})',
    not_your_street: 'not your street',
    name_street: 'name the street, or pick a place inside one',
    place_not_in_street: 'the place is not in {street}',
    cannot_summon_unit: 'cannot summon unit {id}',
    unit_not_summoned: 'this unit was not summoned',
    rate_after_report_in: 'rate after the unit reported in or the deadline passed',
    outcome_before_close: 'record the outcome before closing',
    each_unit_once: 'each unit once',
    office_period_order: 'an office period ends after it starts',
    ids_or_all: 'ids or all is required',
    attribute_required: 'required',
    exactly_one_value: 'exactly one value',
    one_of: 'one of {values}',
    whole_number_range: 'a whole number from {min} to {max}',
    iso_datetime: 'an ISO 8601 date and time',
    text_at_most: 'text of at most {max} characters',
    form_or_json: 'send form fields or a JSON object',
    lat_long_together: 'lat and long go together',
    location_required: 'a location is required: lat and long, address_string or address_id',
    w3c_datetime: 'a W3C datetime, e.g. 2026-11-01T00:00:00+08:00',
    public_ids: 'public ids, comma delimited',
    at_most_items: 'at most {max}',
    open_or_closed: 'open or closed',
    after_end_date: 'after end_date',
    range_span: 'the range may not span more than {days} days',
    api_key_required: 'a valid api_key is required to create requests',
    media_url_only: 'file uploads are not accepted; send media_url',
    unknown_service_code: 'unknown service_code {code}',
    description_room: 'at most {max} characters with these attributes',
    id_structure: 'the ID number is malformed (18 characters, the last may be X)',
    id_birth_date: 'the birth date in the ID number is not a real date',
    id_check_digit: 'the check digit of the ID number is wrong',
    id_twice_in_file: 'the same ID number as row {row}',
    gender_disagrees: 'the gender disagrees with the ID number',
    phone_format: 'the phone number is malformed',
    unknown_code: 'unknown code: {values}',
    grid_not_in_community: 'the grid is not in this community',
    tag_level: 'the level must be one of: {values}',
    tag_no_level: 'this tag has no levels',
    reveal_not_allowed: 'you may not see this field',
    house_outside_place: 'the house is outside your jurisdiction',
    export_too_many: '{total} rows; an export holds at most {max}: narrow the filters',
    not_after_today: 'not after today',
    tag_values_count: 'one value, or {count} values, one per tag type (separated by 、)',
    rq_below_bar: 'the reply scores {total}, below {min}',
    rq_relevance_very_low: 'does not answer the request: similarity only {similarity}',
    rq_relevance_low: 'weakly related to the request (similarity {similarity})',
    rq_no_acknowledgement: 'does not take up the request itself ("you reported …")',
    rq_no_action: 'does not say what was done (checked, handled, fixed …)',
    rq_no_time: 'does not say when it was or will be done',
    rq_no_contact: 'gives no contact (phone, office)',
    rq_too_short: 'too short ({chars} characters)',
    rq_refusal_without_basis: 'refuses without citing the rule or policy (《…》, 根据 …)',
    rq_no_basis: 'cites no rule or policy',
    rq_late: '{hours} hours past the deadline',
    rq_slow: 'took {days} days',
    rq_dismissive: 'dismissive wording: {phrases}',
    rq_no_courtesy: 'no courteous word',
    not_found: '{entity} not found',
  },
} as const satisfies Record<Lang, Record<string, string>>;
export type DetailKey = keyof (typeof details)['zh-CN'];
const enComplete: Record<DetailKey, string> = details['en-US'];
void enComplete;

/** Why a change conflicts with the data as it is (the `reason` of a CONFLICT). */
const reasons = {
  'zh-CN': {
    invalid_transition: '诉求当前为“{status}”，不能执行“{action}”',
    no_lead_assignment: '该诉求没有主办单位',
    no_reported_assignment: '该诉求没有待核查的办理反馈',
    extension_pending: '已有一个待审批的延期申请',
    no_extension_request: '没有待审批的延期申请',
    closure_already_rated: '本次办结已经评价过',
    no_lead_to_reopen: '没有可以重办的主办单位',
    classify_too_little_history: '已确认的历史诉求只有 {n} 件，至少需要 {min} 件才能训练分类模型',
    username_exists: '用户名已存在',
    duty_entry_exists: '该分类在该区划已有职责条目',
    assignment_not_open: '该派单已不在办理中',
    unit_supervises_itself: '单位不能督办自己',
    notice_already_answered: '该督办通知已答复',
    unit_name_exists: '单位名称已存在',
    category_code_exists: '分类编码已存在',
    service_code_exists: '服务编码已存在',
    grid_code_exists: '网格编码已存在',
    whistle_status: '吹哨事项当前为“{status}”',
    already_reported_in: '已经报到过',
    rate_every_unit: '请先评价全部召集单位（还有 {count} 个未评价）',
    case_not_finished: '诉求尚未办结',
    assist_parts_pending: '还有 {count} 个协办单位未反馈办理情况，请等待或先释放',
    no_pending_assist: '本单位没有待接收的协办任务',
    no_accepted_assist: '本单位没有已接收、待反馈的协办任务',
    no_open_assist: '没有可以释放的协办单位',
    person_exists: '该证件号码的人员已存在',
    stale_version: '记录已被他人修改（当前版本 {version}），请刷新后重试',
    house_exists: '该地址已登记房屋',
    credit_code_exists: '统一社会信用代码已存在',
    tag_already_ended: '该标签已结束',
    same_house: '已居住在该房屋',
    address_in_use: '该地址仍在使用（{residents} 名住户、{organisations} 个单位），不能停用',
    address_retired: '该地址已停用',
    template_not_approved: '报表模板尚未经区里审批，不能下发',
    template_not_pending: '报表模板不在待审批状态',
    template_approved: '已审批的模板不能修改，请新建一个',
    report_already_sent: '该报告期已经下发过',
    instance_conflict: '同一编号的记录已以不同内容提交过，请以修改方式重新提交',
    edit_of_superseded: '该记录已有更新的版本，请先刷新再修改',
    not_your_grid: '只能为自己负责的网格提交',
    signoff_signed: '该异常已签收',
    signoff_not_signed: '请先签收再回复',
    signoff_replied: '该异常已回复',
    task_status: '任务当前为“{status}”，不能执行此操作',
    room_exists: '这一层已有同名房间',
    report_status: '报表当前为“{status}”，不能执行此操作',
    mediation_status: '调解卷宗当前为“{status}”，不能执行此操作',
    mediation_notice_first: '须先向当事人告知权利义务，才能调解',
    mediation_no_mediator: '尚未指派调解员',
    mediation_notice_given: '已告知过权利义务',
    mediation_parties_incomplete: '须有申请人和被申请人各至少一方',
    mediation_unsigned: '尚有当事人未签名（{count} 方），协议书不能生效',
    mediator_recuse: '该调解员是当事人、与当事人有利害关系，或已被申请回避，须回避',
    mediator_not_committee: '该用户不是本调解委员会的调解员',
    opinion_already_linked: '该舆情已关联工单 {caseId}',
    opinion_already_clustered: '该舆情已关联到热点问题',
    opinion_already_responded: '该舆情预警已回应',
    knowledge_stale: '该条目已被他人修改为第 {version} 版，请在最新版本上修改',
    knowledge_unchanged: '内容没有变化，未生成新版本',
    knowledge_version_gone: '该条目没有第 {version} 版',
    knowledge_feedback_given: '您已评价过该条目',
    proactive_task_closed: '该主动治理任务已办结',
  },
  'en-US': {
    invalid_transition: 'the case is {status}; “{action}” is not possible now',
    no_lead_assignment: 'the case has no lead unit',
    no_reported_assignment: 'the case has no reported result to verify',
    extension_pending: 'an extension request is pending',
    no_extension_request: 'there is no pending extension request',
    closure_already_rated: 'this closure was already rated',
    no_lead_to_reopen: 'there is no lead unit to reopen the case to',
    classify_too_little_history:
      'only {n} confirmed past cases; training the classifier needs at least {min}',
    username_exists: 'the username exists',
    duty_entry_exists: 'an entry for this category and region exists',
    assignment_not_open: 'the assignment is no longer open',
    unit_supervises_itself: 'a unit does not supervise itself',
    notice_already_answered: 'this notice was already answered',
    unit_name_exists: 'the unit name exists',
    category_code_exists: 'the category code exists',
    service_code_exists: 'the service code exists',
    grid_code_exists: 'the grid code exists',
    whistle_status: 'the whistle is {status}',
    already_reported_in: 'already reported in',
    rate_every_unit: 'rate every summoned unit first ({count} not rated)',
    case_not_finished: 'the case is not finished yet',
    assist_parts_pending:
      '{count} co-unit(s) have not reported their part: wait for them or release them first',
    no_pending_assist: 'your unit has no co-unit task waiting to be accepted',
    no_accepted_assist: 'your unit has no accepted co-unit task to report on',
    no_open_assist: 'there is no co-unit to release',
    person_exists: 'a person with this ID number exists',
    stale_version: 'someone else changed the record (now version {version}); reload and try again',
    house_exists: 'a house is registered at this address',
    credit_code_exists: 'the unified social credit code exists',
    tag_already_ended: 'the tag has ended',
    same_house: 'already living in this house',
    address_in_use:
      'the address is in use ({residents} residents, {organisations} organisations); it cannot be retired',
    address_retired: 'the address is retired',
    template_not_approved: 'the template is not approved by the district and cannot be sent',
    template_not_pending: 'the template is not waiting for approval',
    template_approved: 'an approved template cannot be changed; register a new one',
    report_already_sent: 'this period was already sent',
    instance_conflict: 'a record with this id was already sent with other content; send it as an edit',
    edit_of_superseded: 'this record has a newer version; refresh before editing it',
    not_your_grid: 'only for a grid you are responsible for',
    signoff_signed: 'this anomaly was already signed for',
    signoff_not_signed: 'sign for the anomaly before replying',
    signoff_replied: 'this anomaly was already replied to',
    task_status: 'the task is {status}; this is not possible now',
    room_exists: 'a room of this name exists there',
    report_status: 'the report is {status}; this is not possible now',
    mediation_status: 'the mediation file is {status}; this is not possible now',
    mediation_notice_first: 'tell the parties their rights and duties before mediating',
    mediation_no_mediator: 'no mediator is assigned',
    mediation_notice_given: 'the rights-and-duties notice was already given',
    mediation_parties_incomplete: 'a file needs at least one applicant and one respondent',
    mediation_unsigned: '{count} party/parties have not signed; the agreement cannot take effect',
    mediator_recuse:
      'this mediator is a party, related to one, or was asked to withdraw: another must mediate',
    mediator_not_committee: 'this user is not a mediator of the committee',
    opinion_already_linked: 'this item is already linked to case {caseId}',
    opinion_already_clustered: 'this item is already attached to a hot issue',
    opinion_already_responded: 'this alert has already been answered',
    knowledge_stale: 'someone saved version {version} of this entry meanwhile: edit the latest version',
    knowledge_unchanged: 'nothing changed: no new version was made',
    knowledge_version_gone: 'this entry has no version {version}',
    knowledge_feedback_given: 'you have already rated this entry',
    proactive_task_closed: 'the proactive task is already closed',
  },
} as const satisfies Record<Lang, Record<string, string>>;
export type ConflictReason = keyof (typeof reasons)['zh-CN'];
const enReasons: Record<ConflictReason, string> = reasons['en-US'];
void enReasons;

/** Words that appear as parameters (statuses, actions, types): a code, never shown raw. */
const words: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    // case statuses
    'status.registered': '已受理',
    'status.dispatched': '已派单',
    'status.in_progress': '处置中',
    'status.reported': '已反馈',
    'status.closed': '已结案',
    'status.returned': '退单',
    'status.arbitration': '争议件',
    'status.suspended': '挂起',
    'status.void': '作废',
    'status.merged': '并案',
    // whistle statuses
    'status.open': '待报到',
    'status.acting': '处置中',
    'status.draft': '草稿',
    'status.submitted': '已报送',
    'status.accepted': '已接收',
    // case actions
    'action.dispatch': '派单',
    'action.accept': '签收',
    'action.return': '退单',
    'action.progress': '进展',
    'action.report': '反馈',
    'action.verify_pass': '核查通过',
    'action.verify_fail': '核查不通过',
    'action.request_extension': '申请延期',
    'action.approve_extension': '批准延期',
    'action.reject_extension': '驳回延期',
    'action.suspend': '挂起',
    'action.resume': '恢复',
    'action.void': '作废',
    'action.merge': '并案',
    'action.close_direct': '直接办结',
    'action.callback': '回访',
    'action.reopen': '重办',
    'action.urge': '催办',
    // Zod's expected types and formats
    'type.string': '文本',
    'type.number': '数字',
    'type.int': '整数',
    'type.boolean': '是/否',
    'type.array': '列表',
    'type.object': '对象',
    'type.date': '日期',
    'format.email': '电子邮箱',
    'format.url': '网址',
    'format.uuid': '编号（UUID）',
    'format.datetime': '日期时间',
    'format.date': '日期',
    'format.time': '时间',
    // channels
    'channel.web': '网站',
    'channel.app': '手机应用',
    or: '或',
  },
  'en-US': {
    'status.registered': 'registered',
    'status.dispatched': 'dispatched',
    'status.in_progress': 'in progress',
    'status.reported': 'reported',
    'status.closed': 'closed',
    'status.returned': 'returned',
    'status.arbitration': 'in arbitration',
    'status.suspended': 'suspended',
    'status.void': 'void',
    'status.merged': 'merged',
    'status.open': 'open',
    'status.acting': 'acting',
    'status.draft': 'a draft',
    'status.submitted': 'submitted',
    'status.accepted': 'accepted',
    'action.dispatch': 'dispatch',
    'action.accept': 'accept',
    'action.return': 'return',
    'action.progress': 'progress',
    'action.report': 'report',
    'action.verify_pass': 'verify',
    'action.verify_fail': 'send back',
    'action.request_extension': 'request an extension',
    'action.approve_extension': 'approve the extension',
    'action.reject_extension': 'reject the extension',
    'action.suspend': 'suspend',
    'action.resume': 'resume',
    'action.void': 'void',
    'action.merge': 'merge',
    'action.close_direct': 'close directly',
    'action.callback': 'call back',
    'action.reopen': 'reopen',
    'action.urge': 'urge',
    'type.string': 'text',
    'type.number': 'a number',
    'type.int': 'a whole number',
    'type.boolean': 'true or false',
    'type.array': 'a list',
    'type.object': 'an object',
    'type.date': 'a date',
    'format.email': 'an email address',
    'format.url': 'a URL',
    'format.uuid': 'an id (UUID)',
    'format.datetime': 'a date and time',
    'format.date': 'a date',
    'format.time': 'a time',
    'channel.web': 'the website',
    'channel.app': 'the app',
    or: 'or',
  },
};

/** `{name}` placeholders filled from params; a parameter named status/action/expected/format is a word code. */
export function fill(lang: Lang, template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return '';
    if (k === 'status' || k === 'action') return words[lang][`${k}.${v}`] ?? String(v);
    if (k === 'expected') return words[lang][`type.${v}`] ?? String(v);
    if (k === 'format') return words[lang][`format.${v}`] ?? String(v);
    if (k === 'channels')
      return String(v)
        .split(',')
        .map((c) => words[lang][`channel.${c}`] ?? c)
        .join(` ${words[lang].or} `);
    return String(v);
  });
}

export function isDetailKey(key: string): key is DetailKey {
  return key in details['zh-CN'];
}

export function detailText(lang: Lang, key: DetailKey, params?: Record<string, string | number>): string {
  return fill(lang, details[lang][key], params);
}

export function reasonText(lang: Lang, reason: string, params: Record<string, string | number>): string {
  const t = (reasons[lang] as Record<string, string>)[reason];
  return t === undefined ? reason : fill(lang, t, params);
}

/** The fields of a Zod issue a detail is built from (as Zod reports it, or as fastify's validation error keeps it). */
export interface IssueLike {
  code: string;
  message?: string;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  inclusive?: boolean;
  expected?: unknown;
  format?: string;
  values?: unknown[];
  keys?: string[];
  divisor?: unknown;
}

/** A Zod issue as a message key with parameters: the kind of check and its limits, never Zod's English text. */
export function zodDetail(issue: IssueLike): { key: DetailKey; params?: Record<string, string | number> } {
  const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : String(v));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message === 'required' || /received undefined$/.test(issue.message ?? ''))
        return { key: 'required' };
      return { key: 'invalid_type', params: { expected: String(issue.expected) } };
    case 'too_big': {
      const max = num(issue.maximum);
      if (issue.origin === 'string') return { key: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'too_many', params: { max } };
      return { key: issue.inclusive === false ? 'too_big_exclusive' : 'too_big', params: { max } };
    }
    case 'too_small': {
      const min = num(issue.minimum);
      if (issue.origin === 'string')
        return min === 1 ? { key: 'required' } : { key: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'too_few', params: { min } };
      return { key: issue.inclusive === false ? 'too_small_exclusive' : 'too_small', params: { min } };
    }
    case 'invalid_format':
      if (issue.format === 'regex' || issue.format === undefined) return { key: 'pattern' };
      return { key: 'invalid_format', params: { format: issue.format } };
    case 'invalid_value':
      return { key: 'invalid_value', params: { values: (issue.values ?? []).map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'unrecognized_keys', params: { keys: (issue.keys ?? []).join(', ') } };
    case 'not_multiple_of':
      return { key: 'not_multiple_of', params: { divisor: num(issue.divisor) } };
    case 'custom':
      // A refinement names its message key as its message.
      return issue.message && isDetailKey(issue.message) ? { key: issue.message } : { key: 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** The details of a ZodError as error details, each path under `prefix` (e.g. 'body'). */
export function zodDetails(
  issues: readonly (IssueLike & { path: readonly PropertyKey[] })[],
  prefix?: string,
): { path: string; key: DetailKey; params?: Record<string, string | number> }[] {
  return issues.map((i) => ({
    path: [...(prefix ? [prefix] : []), ...i.path.map(String)].join('.') || 'body',
    ...zodDetail(i),
  }));
}
