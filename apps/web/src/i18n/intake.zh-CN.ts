/** 受理查重并案、地址与点位核对、派单随分类更新建议（issue 9 缺陷 1、2、6、7）。 */
export const intakeZhCN = {
  'intake.duplicateTitle': '可能是重复来电',
  'intake.duplicateHint':
    '附近有 {n} 件同类未办结诉求。同一问题请“并入此件”（来电人加入该诉求并收到告知），不是同一问题再登记为新诉求。',
  'intake.attach': '并入此件',
  'intake.viewCase': '查看',
  'intake.registerNew': '仍登记为新诉求',
  'intake.attached': '已并入诉求 {id}',
  'intake.attachedInformed': '已并入诉求 {id}，已短信告知来电人',
  'intake.attachNeedsDescription': '请先填写诉求描述（至少 5 个字）再并入',
  'event.attach_call': '来电并入',

  'address.contradicts': '地址写的是“{named}”，但点位在{expected}，请核对地址或重新选点',
  'address.missing': '地址中未出现点位所在的{expected}，请核对地址与点位是否一致',
  'address.hint': '仅为提示，不影响提交',

  'dispatch.followCategory': '按分类“{category}”，建议主办：{lead}',
  'dispatch.followAssists': '协办：{assists}',
  'dispatch.applied': '已按新分类更新主办和协办单位',
  'dispatch.keptManual': '主办单位为手动选择，未自动替换',
  'dispatch.useSuggested': '改用建议',
  'dispatch.noLead': '该分类在此处无职责清单条目，请手动选择主办单位',
  'dispatch.loading': '正在查询该分类的建议主办…',
} as const;
export type IntakeMessageKey = keyof typeof intakeZhCN;
