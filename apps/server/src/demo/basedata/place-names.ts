/**
 * Place names for the generated standard-address tree: urban road names after the kind 平谷 uses (新平北路, 府前街,
 * 林荫北街), village streets (前街/后街) and lanes (胡同/巷), compound (小区) names.
 */

/** Urban road name stems; the first ones are real 平谷 names, the rest plausible ones. */
const ROAD_STEMS = [
  '新平',
  '府前',
  '林荫',
  '平翔',
  '建设',
  '迎宾',
  '文化',
  '金乡',
  '滨河',
  '洳河',
  '兴谷',
  '光明',
  '胜利',
  '承平',
  '谷丰',
  '育才',
  '园林',
  '渔阳',
  '泃河',
  '金海',
  '平安',
  '永安',
  '和平',
  '幸福',
  '朝阳',
  '向阳',
  '东鹿',
  '乐园',
  '纪元',
  '绿谷',
  '翠谷',
  '秀谷',
  '锦绣',
  '顺平',
  '京平',
  '平蓟',
  '桃园',
  '桃花',
  '果园',
  '大桃',
  '仁和',
  '振兴',
  '长青',
  '康宁',
  '安乐',
  '吉祥',
  '丰收',
  '春晖',
  '晨光',
  '星光',
  '清泉',
  '岳泉',
  '峪口',
  '马坊',
  '熊儿',
  '丫髻',
  '瑞祥',
  '宏达',
  '新华',
  '复兴',
  '民主',
  '团结',
  '前进',
  '红旗',
  '北顺',
  '南顺',
  '东岭',
  '西岭',
  '碧溪',
  '青松',
];
/** Suffixes for roads running roughly north–south (路) and east–west (街). */
const NS_SUFFIXES = ['路', '北路', '南路', '中路', '大道'];
const EW_SUFFIXES = ['街', '大街', '东街', '西街', '中街'];

/** Hands out urban road names, unique across the district. */
export class RoadNamer {
  private readonly used = new Set<string>();
  private cursor = 0;

  next(northSouth: boolean): string {
    const suffixes = northSouth ? NS_SUFFIXES : EW_SUFFIXES;
    for (;;) {
      const stem = ROAD_STEMS[this.cursor % ROAD_STEMS.length]!;
      const suffix = suffixes[Math.floor(this.cursor / ROAD_STEMS.length) % suffixes.length]!;
      this.cursor++;
      const name = `${stem}${suffix}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
      if (this.cursor > ROAD_STEMS.length * suffixes.length * 4) return `${name}${this.cursor}`;
    }
  }
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1–99 in Chinese numerals (一, 十二, 二十三). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${CN_DIGITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** A village's east–west streets, south to north. */
export function villageStreetNames(n: number): string[] {
  const presets: Record<number, string[]> = {
    1: ['大街'],
    2: ['前街', '后街'],
    3: ['前街', '中街', '后街'],
    4: ['南街', '前街', '后街', '北街'],
    5: ['南街', '前街', '中街', '后街', '北街'],
  };
  const preset = presets[n];
  if (preset) return preset;
  return Array.from({ length: n }, (_, i) => (i < 5 ? presets[5]![i]! : `北${chineseNumber(i - 4)}街`));
}

/** A village's north–south lanes, west to east: 一条胡同 … or 东一巷 …. */
export function villageLaneNames(n: number, style: 'hutong' | 'xiang'): string[] {
  return Array.from({ length: n }, (_, i) =>
    style === 'hutong' ? `${chineseNumber(i + 1)}条胡同` : `${chineseNumber(i + 1)}巷`,
  );
}

const COMPOUND_SUFFIXES = [
  '小区',
  '家园',
  '花园',
  '嘉园',
  '东里',
  '西里',
  '北里',
  '南里',
  '新村',
  '雅苑',
  '公寓',
  '名苑',
];

/** Compound names within one community: the community's own name first (金谷东园小区), then road-based ones. */
export class CompoundNamer {
  private readonly used = new Set<string>();
  constructor(private readonly communityStem: string) {}

  next(roadName: string, index: number): string {
    const roadStem = roadName.replace(/(大街|大道|北路|南路|中路|东街|西街|中街|路|街)$/, '');
    const candidates = [
      ...(index === 0 ? [`${this.communityStem}小区`] : []),
      ...COMPOUND_SUFFIXES.map((s) => `${roadStem}${s}`),
      ...COMPOUND_SUFFIXES.map((s) => `${this.communityStem}${s}`),
    ];
    for (const c of candidates) {
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
    const name = `${this.communityStem}${chineseNumber((index % 98) + 1)}区`;
    this.used.add(name);
    return name;
  }
}

/** 金谷东园社区 → 金谷东园; 东鹿角村 → 东鹿角. */
export function communityStem(name: string): string {
  return name.replace(/(社区居委会|村委会|社区|居委会|村)$/, '') || name;
}
