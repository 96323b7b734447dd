/** 简体中文 — the city rankings and the city dashboard's districts (issue 14); merged in i18n/index.tsx. */
export const cityrankZhCN = {
  'menu.cityRanking': '全市街乡镇排名',
  'crk.title': '全市接诉即办排名',
  'crk.subtitle':
    '全市街道（乡镇）与各区的响应率、解决率、满意率和综合得分，每月排名；点击辖区内的数字查看背后的案件',
  'crk.streets': '街乡镇',
  'crk.districts': '各区',
  'crk.street': '街道（乡镇）',
  'crk.district': '所属区',
  'crk.districtCol': '区',
  'crk.allDistricts': '全部区',
  'crk.search': '按名称搜索',
  'crk.count': '共 {n} 个',
  'crk.period': '{city} · 统计期 {from} 至 {to}，较上月 {pfrom} 至 {pto}',
  'crk.assigned': '派单',
  'crk.callbacks': '回访',
  'crk.outOfScope': '不在您的辖区内，只能查看排名',
  'crk.unit': '承办单位',
  'crk.drillTitle': '{name} · {measure}',
  'crk.areasTitle': '各区态势',
  'crk.areasStreets': '各街乡镇态势',
  'crk.intake': '受理',
  'crk.open': '待办',
  'crk.overdue': '超期',
  'crk.composite': '综合',
  'crk.mapTitle': '在办诉求分布（按区）',
  'crk.drillHint': '点击区查看该区大屏',
  'crk.backToCity': '返回全市',
} as const;

export type CityrankMessageKey = keyof typeof cityrankZhCN;
