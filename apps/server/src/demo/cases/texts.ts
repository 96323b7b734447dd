import { randomInt, type Rng } from '../random.ts';

/** Picks one element; the lists here are never empty. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/**
 * The source anonymised its places as "A市" (the city), "A3区"/"A7县" (its districts) and "西地省" (the province).
 * In the demo they become the case's own street in 平谷区, so a text never names a place the map does not show.
 */
export function localise(text: string, streetName: string): string {
  return text
    .replace(/(?:A市)?A\d+[区县市](?:[\u4e00-\u9fa5]{2,4}(?:街道|镇|乡))?/g, streetName)
    .replace(/A市/g, '平谷区')
    .replace(/西地省/g, '北京市');
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文斌海燕俊峰建华鹏飞丹晓东欣怡宇航子涵浩然雪梅金凤淑珍桂芳凤英春燕立新宏伟振华德明玉兰';

/** A plausible Chinese name: surname and one or two given characters. */
export function personName(rng: Rng): string {
  const one = GIVEN[Math.floor(rng() * GIVEN.length)]!;
  const two = rng() < 0.6 ? GIVEN[Math.floor(rng() * GIVEN.length)]! : '';
  return `${pick(rng, [...SURNAMES])}${one}${two}`;
}

/** A mainland mobile number (13x–19x). */
export function mobile(rng: Rng): string {
  const prefix = pick(rng, [
    '130',
    '131',
    '132',
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '152',
    '155',
  ]);
  const alt = pick(rng, ['156', '158', '159', '166', '176', '177', '180', '181', '185', '186', '188', '189']);
  return `${rng() < 0.7 ? prefix : alt}${String(randomInt(rng, 0, 99_999_999)).padStart(8, '0')}`;
}

export const ACCEPT_NOTES = [
  '已签收，安排专人办理',
  '已签收，今日内联系来电人',
  '收到，已转相关科室核实',
  null,
  null,
] as const;

export const PROGRESS_NOTES = [
  '已电话联系来电人，约定时间到现场查看',
  '工作人员已到现场核实，情况属实，正在协调处理',
  '已联系物业及相关责任单位，正在制定整改方案',
  '已向责任单位下达整改通知，限期整改',
  '已现场勘查，需协调施工队伍，预计本周内完成',
  '已约谈相关经营者，责令立即整改',
  '协办单位已配合完成现场检查，结果已反馈主办单位',
] as const;

export const RESULTS = [
  '经现场核实，问题已处理完毕，已电话告知来电人处理结果，来电人表示认可。',
  '已协调责任单位完成整改，现场恢复正常，已回复来电人。',
  '经核实，已责令相关方限期整改并复查，目前问题已解决。',
  '已安排维修人员上门处理，设施已修复，来电人对处理结果表示满意。',
  '已联合执法人员现场处置，依法作出处理，后续将加强日常巡查。',
  '已向来电人详细解释相关政策及办理流程，来电人表示理解。',
  '经调查，问题系历史遗留原因造成，已制定整改计划并向来电人说明进度安排。',
  '已督促物业公司落实整改，小区环境已明显改善，将持续跟踪。',
] as const;

export const RETURN_REASONS = [
  '经核实，该事项不属于我单位职责范围，建议改派相关主管部门。',
  '地址不在我单位辖区，请核实地址后重新派单。',
  '该问题涉及专业执法事项，我单位无执法权，建议派往执法部门。',
  '来电人反映的设施产权不属于我单位，请协调产权单位办理。',
] as const;

export const VERIFY_FAIL_REASONS = [
  '现场核查发现问题仍未彻底解决，请继续处置。',
  '反馈内容与现场情况不符，请重新核实处理。',
  '整改不到位，周边仍有同类问题，请一并处理。',
] as const;

export const VERIFY_PASS_NOTES = ['现场核查属实，同意结案', '已电话回访确认，同意结案', null] as const;

export const EXTENSION_REASONS = [
  '需协调多个部门联合处置，申请延期。',
  '涉及维修资金审批，审批流程尚未完成，申请延期。',
  '受天气影响无法施工，申请延期至天气好转后处理。',
  '需等待专业检测结果，申请延期。',
] as const;

export const SUSPEND_REASONS = [
  '涉及诉讼，待法院判决后继续办理',
  '来电人长期联系不上，暂时挂起',
  '需等待上级部门政策出台，暂缓办理',
  '涉及产权争议，待确权后办理',
] as const;

export const VOID_REASONS = [
  '重复来电，内容无实际诉求',
  '来电人表示问题已自行解决，撤销诉求',
  '信息不全且无法联系来电人，无法受理',
  '测试工单，作废',
] as const;

export const URGE_NOTES = [
  '已超期，请尽快办理并反馈',
  '来电人多次催问，请加快办理进度',
  '请于今日内反馈办理情况',
] as const;

export const CONSULT_ANSWERS = [
  '已根据知识库为来电人解答相关政策及办理流程，来电人表示清楚。',
  '已告知来电人办理地点、所需材料及工作时间，来电人表示满意。',
  '已向来电人解释相关规定，并告知可通过政务服务网在线办理。',
] as const;

export const CALLBACK_COMMENTS: Record<
  'satisfied' | 'basically_satisfied' | 'unsatisfied',
  readonly string[]
> = {
  satisfied: ['处理很及时，感谢', '问题已经解决了，非常满意', '工作人员态度很好', '速度很快，点赞'],
  basically_satisfied: ['问题基本解决，但处理时间有点长', '解决了，希望以后加强巡查', '还行，基本满意'],
  unsatisfied: ['问题没有解决，只是打电话敷衍', '工作人员没有到现场', '处理太慢了，拖了很久'],
};

export const REOPEN_COMMENTS = ['问题根本没有解决，还是老样子', '说处理了但现场没有任何变化'] as const;
