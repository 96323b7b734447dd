import { DISTRICT_CODE } from './divisions.ts';
import { leafCode } from './categories.ts';
import { communityUnitKey } from './units.ts';
import type { DemoCategory, DemoDuty, DemoDutyParty } from './types.ts';

/**
 * The district duty list (北京 街道职责清单 logic): per leaf 'lead; coordinate; assist', units by key, 'local' for
 * 属地 (the street office of the location). Street matters lead locally with the department assisting; utility
 * faults go to the utility; law enforcement and licensing matters to the competent department.
 */
const DISTRICT_DUTIES: Record<string, string> = {
  井盖缺失破损: 'dept.cgw; ; local,ent.water,ent.telecom',
  路灯故障: 'dept.cgw; ; local',
  消防栓损坏: 'ent.water; ; dept.xfjy',
  健身器材损坏: 'local',
  公厕问题: 'dept.cgw; ; local',
  电力通信线缆隐患: 'ent.power; ; ent.telecom,local',
  垃圾桶破损缺失: 'local; ; dept.cgw',
  道路破损: 'dept.cgw; ; dept.jtw,local',
  人行道破损: 'dept.cgw; ; local',
  路面塌陷: 'dept.cgw; local; dept.swj,ent.water,dept.jgzd',
  道路积水: 'dept.swj; ; local,dept.cgw',
  交通信号灯故障: 'dept.jgzd',
  交通标志标线缺损: 'dept.jgzd; ; dept.jtw',
  护栏隔离设施损坏: 'dept.jtw; ; dept.jgzd',
  暴露垃圾: 'local; ; dept.cgw',
  积存渣土: 'local; ; dept.cgw,dept.cgzf',
  道路不洁: 'local; ; dept.cgw',
  垃圾满溢: 'local; ; dept.cgw',
  垃圾分类: 'local; ; dept.cgw',
  焚烧垃圾树叶: 'local; ; dept.sthj,dept.cgzf',
  乱堆物料: 'local; ; dept.cgzf',
  非机动车乱停放: 'local; ; dept.jtw',
  积雪结冰: 'local; ; dept.cgw',
  小广告乱贴乱画: 'local; ; dept.cgzf',
  违规户外广告牌匾: 'local; dept.cgw; dept.cgzf',
  广告牌匾安全隐患: 'local; ; dept.cgw,dept.yjj',
  施工扰民: 'dept.zjw; ; dept.cgzf,local',
  施工扬尘: 'dept.zjw; ; dept.sthj,local',
  渣土运输遗撒: 'dept.cgzf; ; dept.cgw,dept.jgzd',
  施工占道: 'dept.cgzf; ; dept.jgzd,local',
  施工安全隐患: 'dept.zjw; ; dept.yjj,local',
  占道经营: 'local; ; dept.cgzf',
  店外经营: 'local; ; dept.cgzf',
  露天烧烤: 'local; ; dept.cgzf,dept.sthj',
  违章停车: 'dept.jgzd; ; local',
  废弃车辆: 'local; ; dept.jgzd,dept.gaj',
  私设地桩地锁: 'local; ; dept.cgzf',
  流浪乞讨: 'dept.mzj; ; dept.gaj,local',
  绿地脏乱毁绿: 'local; ; dept.ylj',
  树木倒伏断枝: 'dept.ylj; ; local,ent.power',
  树木修剪: 'local; ; dept.ylj',
  杨柳飞絮: 'dept.ylj; ; local',
  树木病虫害: 'dept.ylj; ; local',
  公园管理: 'dept.ylj',
  违法建设: 'local; dept.cgzf; dept.ghzr,dept.zjw',
  房屋安全隐患: 'dept.zjw; ; local,dept.yjj',
  群租房: 'local; ; dept.zjw,dept.gaj',
  房屋漏水: 'local; ; dept.zjw',
  电梯故障: 'dept.scjg; ; dept.zjw,local',
  老旧小区改造: 'dept.zjw; ; local',
  不动产登记: 'dept.ghzr',
  物业服务质量: 'local; ; dept.zjw',
  物业费纠纷: 'local; dept.zjw; dept.scjg',
  小区公共设施维修: 'local; ; dept.zjw',
  小区停车管理: 'local; ; dept.zjw,dept.jgzd',
  业主委员会: 'local; ; dept.zjw',
  停水: 'ent.water; ; dept.swj',
  水压低: 'ent.water; ; dept.swj',
  水质问题: 'ent.water; ; dept.swj,dept.wjw',
  供水管道漏水: 'ent.water; ; dept.swj,local',
  排水管道堵塞: 'dept.swj; ; local,ent.water',
  停电: 'ent.power; ; local',
  电压不稳: 'ent.power',
  供电设施隐患: 'ent.power; ; local',
  燃气泄漏: 'ent.gas; local; dept.cgw,dept.xfjy',
  停气: 'ent.gas; ; dept.cgw',
  燃气表具故障: 'ent.gas',
  暖气不热: 'ent.heat; ; dept.cgw',
  停暖: 'ent.heat; ; dept.cgw',
  暖气漏水: 'ent.heat; ; local',
  煤改清洁能源设备故障: 'local; dept.cgw; ent.power,ent.gas',
  噪声扰民: 'local; ; dept.sthj,dept.gaj',
  餐饮油烟: 'dept.cgzf; ; dept.sthj,local',
  工业废气异味: 'dept.sthj; ; local',
  水体污染: 'dept.sthj; ; dept.swj,local',
  食品安全: 'dept.scjg',
  无照经营: 'dept.scjg; ; local',
  消费维权: 'dept.scjg',
  价格违法: 'dept.scjg',
  假冒伪劣: 'dept.scjg',
  拖欠工资: 'dept.rsj; ; dept.zjw,local',
  劳动合同纠纷: 'dept.rsj; ; dept.sfj',
  社会保险: 'dept.rsj',
  就业服务: 'dept.rsj; ; local',
  退休待遇: 'dept.rsj',
  入学入园: 'dept.jw',
  校外培训: 'dept.jw; ; dept.scjg',
  校园周边安全: 'dept.jw; ; dept.gaj,dept.jgzd,local',
  教育收费: 'dept.jw',
  医疗服务: 'dept.wjw',
  医疗纠纷: 'dept.wjw; ; dept.sfj',
  公共卫生: 'dept.wjw; ; local',
  病媒生物: 'local; ; dept.wjw',
  公交线路站点: 'dept.jtw',
  出租车网约车: 'dept.jtw',
  非法营运: 'dept.jtw; ; dept.gaj,dept.jgzd',
  养老服务: 'dept.mzj; ; local',
  社会救助: 'local; ; dept.mzj',
  残疾人服务: 'dept.cl; ; local',
  殡葬管理: 'dept.mzj; ; local',
  户籍办理: 'dept.gaj',
  身份证居住证: 'dept.gaj',
  治安隐患: 'dept.gaj; ; local',
  养犬管理: 'dept.gaj; ; local,dept.cgzf',
  火灾: 'dept.xfjy; local; dept.yjj',
  危险化学品: 'dept.yjj; local; dept.xfjy,dept.sthj',
  安全生产隐患: 'dept.yjj; ; local',
  消防通道占用: 'local; ; dept.xfjy',
  飞线充电: 'local; ; dept.xfjy',
  山洪地质灾害: 'dept.yjj; local; dept.swj,dept.ghzr',
  村容村貌: 'local; ; dept.nyncj',
  宅基地纠纷: 'local; ; dept.nyncj,dept.ghzr,dept.sfj',
  土地承包流转: 'local; ; dept.nyncj',
  农资农技: 'dept.nyncj; ; dept.scjg',
  村务公开: 'local; ; dept.nyncj',
  动物防疫: 'dept.nyncj; ; local',
  森林防火: 'dept.ylj; local; dept.yjj',
  政策咨询: 'local',
  其他事项: 'local',
};

/** Narrower entries that override the district one inside their region ("the most specific wins"). */
const LOCAL_DUTIES: [leaf: string, regionCode: string, spec: string, note: string][] = [
  ['停水', '110117005000', 'local; ; dept.swj', '马坊地区农村自备井供水，由属地负责'],
  ['停水', '110117213000', 'local; ; dept.swj', '黄松峪乡山区村集中供水站由乡政府管理'],
  ['道路破损', '110117114000', 'dept.jtw; ; local', '镇罗营镇山区公路由区交通委公路所养护'],
  ['暖气不热', '110117114000', 'local; ; ent.power', '镇罗营镇无集中供热，煤改电设备由属地负责'],
  ['树木修剪', '110117006000', 'dept.ylj; ; local', '金海湖景区绿化由区园林绿化局直管'],
  [
    '物业服务质量',
    '110117001006',
    `${communityUnitKey('110117001006')}; ; local`,
    '老旧小区无物业，社区代管（准物业）',
  ],
];

function parties(spec: string): DemoDutyParty[] {
  const [lead = '', coordinate = '', assist = ''] = spec.split(';').map((s) => s.trim());
  const out: DemoDutyParty[] = [];
  const add = (role: DemoDutyParty['role'], list: string) => {
    for (const ref of list.split(',').map((s) => s.trim())) {
      if (!ref) continue;
      out.push(
        ref === 'local'
          ? { role, unitKey: null, localStreet: true }
          : { role, unitKey: ref, localStreet: false },
      );
    }
  };
  add('lead', lead);
  add('coordinate', coordinate);
  add('assist', assist);
  return out;
}

export function buildDuties(categories: DemoCategory[]): DemoDuty[] {
  const duties: DemoDuty[] = categories
    .filter((c) => c.isLeaf)
    .map((leaf) => {
      const spec = DISTRICT_DUTIES[leaf.nameZh];
      if (spec === undefined) throw new Error(`demo duties: no district entry for ${leaf.nameZh}`);
      return { categoryCode: leaf.code, regionCode: DISTRICT_CODE, note: null, parties: parties(spec) };
    });
  for (const [leaf, regionCode, spec, note] of LOCAL_DUTIES) {
    duties.push({ categoryCode: leafCode(categories, leaf), regionCode, note, parties: parties(spec) });
  }
  return duties;
}
