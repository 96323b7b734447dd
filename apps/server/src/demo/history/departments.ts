/**
 * The replying department named in a reply's text → the source's first-level class (label_taxonomy.csv), used to
 * label the demo history (README.md in this folder documents the mapping and its measured error). A reply often
 * names several bodies ("区住房和城乡建设局、桂花坪街道"): the class named most often wins, ties by first mention.
 * Streets, towns, districts and neighbourhood committees say nothing about the matter and are not listed.
 */
export const DEPARTMENT_PATTERNS: readonly (readonly [RegExp, SourceClass | null])[] = [
  [
    /住房和城乡建设|住建|城乡建设局|房屋交易|住房保障|房产(?:局|管理)|不动产登记|规划(?:局|分局)|自然资源和规划|国土资源|城管|城市管理|综合执法|执法(?:局|大队|中队)|市政(?:局|设施)|园林|住房公积金|建设工程质量|人防办|水务局|供水公司|自来水|燃气公司|电力公司|供电|棚改|征收(?:办|事务)|拆迁办|物业专干/g,
    '城乡建设',
  ],
  [
    /教育局|教育厅|教体局|教育(?:部门|行政)|学校|文化(?:和)?旅游局|文旅局|文体|体育局|新闻出版|广电|图书馆|博物馆/g,
    '教育文体',
  ],
  [
    /人力资源和社会保障|人社|社保(?:局|中心|经办)|社会保险(?:管理|事业)|医疗保障局|医保局|医保中心|劳动(?:保障)?监察|劳动人事争议|就业(?:服务)?(?:局|中心)|人才(?:服务|交流)/g,
    '劳动和社会保障',
  ],
  [
    /卫生健康|卫健|卫计|卫生计生|卫生局|疾控|疾病预防控制|医院|卫生院|卫生监督|计生|食品药品监督/g,
    '卫生计生',
  ],
  [
    /交通运输局|交通局|运管|运输管理|交警|交通警察|公安(?:局)?交通|公交(?:集团|公司|总公司)|轨道(?:交通)?集团|地铁(?:集团|公司)|出租(?:车)?管理|客运|公路(?:局|管理)|邮政管理/g,
    '交通运输',
  ],
  [
    /市场监督管理|市场监管|工商(?:局|部门)|商务(?:局|和粮食)|质监|质量技术监督|物价局|价格监督|发展和改革|发改委|旅游(?:局|部门)|12315|消费者(?:投诉|协会)/g,
    '商贸旅游',
  ],
  [/生态环境|环保(?:局|部门|分局)|环境保护|环境监(?:测|察)/g, '环境保护'],
  [/派出所|公安(?:局|分局|机关)|刑侦|民政|农业农村|农业(?:局|委)|林业局|水利局|扶贫/g, null],
];

export type SourceClass =
  '城乡建设' | '教育文体' | '劳动和社会保障' | '卫生计生' | '交通运输' | '商贸旅游' | '环境保护';

/** The class of the department a reply names most; null when it names none we map, or one outside the 7. */
export function replyClass(reply: string): SourceClass | null {
  const found = new Map<SourceClass | 'none', { n: number; first: number }>();
  for (const [re, label] of DEPARTMENT_PATTERNS) {
    for (const m of reply.matchAll(re)) {
      const key = label ?? 'none';
      const f = found.get(key) ?? { n: 0, first: m.index };
      f.n++;
      f.first = Math.min(f.first, m.index);
      found.set(key, f);
    }
  }
  let best: [SourceClass | 'none', { n: number; first: number }] | undefined;
  for (const e of found)
    if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e;
  return !best || best[0] === 'none' ? null : best[0];
}
