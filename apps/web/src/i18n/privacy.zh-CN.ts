/** 简体中文 — what the public and residents see (公开发布、脱敏、个人信息); merged in i18n/index.tsx. */
export const privacyZhCN = {
  // category administration
  'privacy.categoryPublic': '公开发布',
  'privacy.categoryPublicHint':
    '此类诉求脱敏后在开放接口（Open311）公开：只适用于设施、环境等“事”，不用于涉及个人或企业的事项',
  'privacy.categoryFacility': '固定设施',
  'privacy.categoryFacilityHint': '路灯、井盖等固定设施公开原始位置；其他公开事项的位置粗化到约 100 米',

  // report form
  'privacy.reportPublished':
    '此类诉求办理情况会脱敏后公开（不含姓名、电话、证件号和门牌号，位置约 100 米范围）',
  'privacy.reportNotPublished': '此类诉求不会公开，只有办理人员可见',
  'privacy.keepPrivate': '不公开我的诉求',
  'privacy.keepPrivateHint': '勾选后，即使该分类可以公开，您的诉求也不会出现在公开数据中',

  // tracking page: what the platform holds
  'privacy.myData': '平台保存的我的信息',
  'privacy.contactName': '联系人',
  'privacy.contactPhone': '联系电话',
  'privacy.anonymousReport': '匿名反映，未保存联系方式',
  'privacy.none': '未保存',
  'privacy.erasedAt': '已于 {at} 删除',
  'privacy.publication': '公开情况',
  'privacy.publishedYes': '已脱敏公开',
  'privacy.publishedNo': '未公开',
  'privacy.publishedAs': '公开的内容',
  'privacy.publishedPlace': '公开的位置',
  'privacy.retention': '联系方式在办结后保存 {days} 天，到期自动删除',
  'privacy.keptUntil': '将保存至 {date}',
  'privacy.erase': '删除我的联系方式',
  'privacy.eraseConfirm': '删除后无法恢复，工作人员将无法再联系您。诉求内容会保留。确定删除？',
  'privacy.eraseHint': '诉求办结后，您可以要求删除姓名和电话；诉求内容保留。',
  'privacy.erased': '联系方式已删除',
  'privacy.showData': '查看',
  'privacy.reason.category_not_public': '该分类不公开',
  'privacy.reason.request_type': '举报类诉求不公开',
  'privacy.reason.about_a_person': '涉及个人的投诉不公开',
  'privacy.reason.reporter_asked': '您要求不公开',
  'privacy.reason.hidden_by_staff': '工作人员已设为不公开',
  'privacy.reason.void_or_merged': '已作废或并案，不公开',

  // staff: case detail
  'privacy.hide': '设为不公开',
  'privacy.unhide': '恢复公开',
  'privacy.hideReason': '原因',
  'privacy.publicId': '公开编号',
  'privacy.toResident': '回复居民（居民在查询页可见，电话、证件号自动脱敏）',
  'privacy.residentNote': '居民可见',

  // timeline
  'event.erase_contact': '居民删除了联系方式',
  'event.hide_public': '设为不公开',
  'event.unhide_public': '恢复公开',
};

export type PrivacyMessageKey = keyof typeof privacyZhCN;
