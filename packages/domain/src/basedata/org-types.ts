/**
 * 实有单位/场所 three-level type code table (after the categories of the open grid systems' 实有单位 and 场所 and
 * GB/T 4754 industry sections, simplified for grid work). Codes: 2 digits (level 1), 4 (level 2), 6 (level 3,
 * the one an organisation carries). `kind` says whether it is a 单位 (unit) or a 场所 (place); `key` the key-unit
 * flags it usually carries (消防 fire, 治安 public order, 安全生产 work safety) — a flag is still set per
 * organisation. Names are zh-CN and en-US.
 */
export interface OrgType {
  code: string;
  parent: string | null;
  zh: string;
  en: string;
  kind?: 'unit' | 'place';
  key?: readonly ('fire' | 'public_order' | 'work_safety')[];
}

const L = (code: string, zh: string, en: string, kind?: 'unit' | 'place', key?: OrgType['key']): OrgType => ({
  code,
  parent: code.length === 2 ? null : code.slice(0, code.length - 2),
  zh,
  en,
  ...(kind ? { kind } : {}),
  ...(key ? { key } : {}),
});

export const ORG_TYPES: readonly OrgType[] = [
  L('01', '企业', 'Enterprises'),
  L('0101', '工业企业', 'Industrial enterprises'),
  L('010101', '食品加工厂', 'Food processing plant', 'unit', ['work_safety']),
  L('010102', '机械加工厂', 'Machining plant', 'unit', ['work_safety']),
  L('010103', '建材厂', 'Building materials plant', 'unit', ['work_safety']),
  L('010104', '服装纺织厂', 'Garment and textile mill', 'unit', ['fire']),
  L('010105', '化工企业', 'Chemical works', 'unit', ['fire', 'work_safety']),
  L('0102', '建筑与物流', 'Construction and logistics'),
  L('010201', '建筑施工企业', 'Construction company', 'unit', ['work_safety']),
  L('010202', '物流仓储企业', 'Logistics and warehousing', 'unit', ['fire']),
  L('0103', '商务服务企业', 'Business services'),
  L('010301', '公司办公场所', 'Company office', 'unit'),
  L('010302', '物业服务企业', 'Property management company', 'unit'),
  L('010303', '农业合作社', "Farmers' cooperative", 'unit'),
  L('02', '机关事业单位', 'Public bodies'),
  L('0201', '教育机构', 'Education'),
  L('020101', '幼儿园', 'Kindergarten', 'unit', ['fire']),
  L('020102', '小学', 'Primary school', 'unit', ['fire']),
  L('020103', '中学', 'Secondary school', 'unit', ['fire']),
  L('0202', '医疗卫生机构', 'Health care'),
  L('020201', '社区卫生服务站', 'Community health station', 'unit'),
  L('020202', '村卫生室', 'Village clinic', 'unit'),
  L('020203', '养老机构', 'Care home for the elderly', 'unit', ['fire']),
  L('0203', '机关与社会组织', 'Offices and social organisations'),
  L('020301', '机关单位', 'Government office', 'unit'),
  L('020302', '社会组织', 'Social organisation', 'unit'),
  L('03', '经营性场所', 'Commercial places'),
  L('0301', '商贸零售', 'Retail'),
  L('030101', '便利店超市', 'Convenience store or supermarket', 'place'),
  L('030102', '农贸市场', 'Farmers market', 'place', ['fire', 'public_order']),
  L('030103', '药店', 'Pharmacy', 'place'),
  L('030104', '五金建材店', 'Hardware store', 'place', ['fire']),
  L('030105', '加油站', 'Filling station', 'place', ['fire', 'work_safety']),
  L('0302', '餐饮住宿', 'Food and lodging'),
  L('030201', '餐馆', 'Restaurant', 'place', ['fire']),
  L('030202', '小吃店', 'Snack bar', 'place'),
  L('030203', '宾馆旅店', 'Hotel or guesthouse', 'place', ['fire', 'public_order']),
  L('030204', '农家院', 'Farm guesthouse', 'place', ['public_order']),
  L('0303', '生活服务', 'Personal services'),
  L('030301', '美容美发店', 'Hair and beauty salon', 'place'),
  L('030302', '洗浴足疗场所', 'Bath house or foot massage', 'place', ['public_order']),
  L('030303', '汽车维修店', 'Car repair shop', 'place', ['fire']),
  L('030304', '快递网点', 'Parcel depot', 'place'),
  L('0304', '文化娱乐', 'Culture and entertainment'),
  L('030401', '网吧', 'Internet café', 'place', ['fire', 'public_order']),
  L('030402', 'KTV歌厅', 'Karaoke', 'place', ['fire', 'public_order']),
  L('030403', '棋牌室', 'Mahjong and card room', 'place', ['public_order']),
];

const BY_CODE = new Map(ORG_TYPES.map((t) => [t.code, t]));

export function orgType(code: string): OrgType | undefined {
  return BY_CODE.get(code);
}

/** Leaf types (level 3), the ones an organisation carries. */
export const ORG_LEAF_TYPES: readonly OrgType[] = ORG_TYPES.filter((t) => t.code.length === 6);

/** The level-1 … level-3 path of a leaf code, e.g. 030201 → [03, 0302, 030201]. */
export function orgTypePath(code: string): OrgType[] {
  const out: OrgType[] = [];
  for (let n = 2; n <= code.length; n += 2) {
    const t = BY_CODE.get(code.slice(0, n));
    if (t) out.push(t);
  }
  return out;
}
