/** The demo units that own knowledge entries, by their key in demo/units.ts. */
export const DISTRICT_UNIT_NAMES: Record<string, string> = {
  gov: '平谷区人民政府',
  'dept.gaj': '北京市公安局平谷分局',
  'dept.rsj': '平谷区人力资源和社会保障局',
  'dept.jw': '平谷区教育委员会',
  'dept.mzj': '平谷区民政局',
  'dept.wjw': '平谷区卫生健康委员会',
  'dept.cl': '平谷区残疾人联合会',
  'dept.zjw': '平谷区住房和城乡建设委员会',
  'dept.sfj': '平谷区司法局',
  'dept.scjg': '平谷区市场监督管理局',
  'ent.gas': '北京燃气平谷有限公司',
  'ent.heat': '平谷区热力公司',
  'ent.water': '平谷区自来水公司',
  'ent.power': '国网北京平谷供电公司',
};
