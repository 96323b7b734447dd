/**
 * Normalising typed Chinese address text (issue 10, standard addresses): what a caller says and an operator types
 * varies — full-width digits, 號 for 号, 三号楼 for 3号楼, 栋/幢/座 for 号楼, 门 for 单元, spaces and punctuation,
 * "3-2-501" for 3号楼2单元501. The library's node names go through the same function, so a query and a name that
 * mean the same compare equal character by character.
 */

/** Traditional or variant characters met in typed addresses, mapped to the simplified form the library uses. */
const VARIANTS: Readonly<Record<string, string>> = {
  號: '号',
  樓: '楼',
  單: '单',
  區: '区',
  門: '门',
  棟: '栋',
  層: '层',
  裡: '里',
  裏: '里',
  園: '园',
  莊: '庄',
  華: '华',
  東: '东',
  車: '车',
  灣: '湾',
  鎮: '镇',
  鄉: '乡',
  陽: '阳',
  農: '农',
  發: '发',
  興: '兴',
  龍: '龙',
  豐: '丰',
  寧: '宁',
  樂: '乐',
  條: '条',
  衚: '胡',
  衕: '同',
  亞: '亚',
};

const CN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A run of Chinese numerals as a number: 五零一 → 501 (digit by digit), 十二 → 12, 二十三 → 23, 一百零五 → 105. */
export function chineseNumber(run: string): number | null {
  if (!run) return null;
  if (!/[十百千]/.test(run)) {
    let out = '';
    for (const ch of run) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return null;
      out += String(d);
    }
    return Number(out);
  }
  let total = 0;
  let digit = 0;
  for (const ch of run) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (!unit) return null;
    total += (digit || 1) * unit;
    digit = 0;
  }
  return total + digit;
}

/** Markers after which a run of Chinese numerals is a number, not part of a name (十里堡, 三里屯 stay). */
const NUMBER_MARKERS = '号楼|号院|号|栋|幢|座|单元|门|层|楼|室|户';
const CN_RUN = '[〇零一二两三四五六七八九十百千]+';
const CN_BEFORE_MARKER = new RegExp(`(${CN_RUN})(?=${NUMBER_MARKERS})`, 'g');
/** After a unit (单元/门) or a building, a trailing run of numerals is the room: 二单元五零一 → 2单元501. */
const CN_TRAILING_ROOM = new RegExp(`(单元|号楼)(${CN_RUN})$`);

const PUNCTUATION = /[\s,，。.、·•()（）[\]【】{}<>《》"'“”‘’:：;；!！?？_~～`|\\/#＃*]/g;

/**
 * The canonical form of an address text: half-width, simplified, no spaces or punctuation, numbers in digits,
 * the aliases folded (栋/幢/座/号楼 → 号楼, 门 → 单元, 户 → 室), upper-case Latin letters.
 */
export function normalizeAddress(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(text);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, out);
  return out;
}

/** Names of the library are normalised again and again while scoring: a bounded memo of the pure function. */
const MEMO_SIZE = 100_000;
const memo = new Map<string, string>();

function normalizeUncached(text: string): string {
  let s = text.normalize('NFKC').toUpperCase();
  s = s.replace(/號樓/g, '号楼');
  s = [...s].map((ch) => VARIANTS[ch] ?? ch).join('');
  s = s.replace(/\s+/g, '');
  // 3-2-501 / 3—2—501: building, unit, room in the common short notation
  s = s.replace(/(\d+)[-—－~](\d+)[-—－~](\d+)(?!\d)/g, '$1号楼$2单元$3室');
  s = s.replace(PUNCTUATION, '');
  s = s.replace(/[-—－]/g, '');
  s = s.replace(CN_BEFORE_MARKER, (run) => {
    const n = chineseNumber(run);
    return n === null ? run : String(n);
  });
  // aliases of the levels: building, unit, room
  s = s.replace(/(\d+|[A-Z])(?:号楼|栋|幢|座)/g, '$1号楼');
  s = s.replace(/(\d+)(?:单元|门)/g, '$1单元');
  s = s.replace(/(\d+)户/g, '$1室');
  s = s.replace(CN_TRAILING_ROOM, (_m, marker: string, run: string) => {
    const n = chineseNumber(run);
    return `${marker}${n === null ? run : String(n)}`;
  });
  return s;
}

/** Administrative prefixes a caller may or may not say; removed before matching (the library is one district). */
const ADMIN_PREFIXES = ['中华人民共和国', '中国', '北京市', '北京', '市辖区'];

/** The text without its leading country, city and the given district names (平谷区 …), in any order. */
const preparedPrefixes = new WeakMap<readonly string[], string[]>();
const NO_DISTRICTS: readonly string[] = [];
export function stripAdminPrefixes(normalized: string, districts: readonly string[] = NO_DISTRICTS): string {
  let prefixes = preparedPrefixes.get(districts);
  if (!prefixes) {
    prefixes = [...ADMIN_PREFIXES, ...districts.map(normalizeAddress)]
      .filter((p) => p.length > 0)
      .sort((a, b) => b.length - a.length);
    preparedPrefixes.set(districts, prefixes);
  }
  let s = normalized;
  for (let again = true; again;) {
    again = false;
    for (const p of prefixes) {
      if (s.startsWith(p) && s.length > p.length) {
        s = s.slice(p.length);
        again = true;
      }
    }
  }
  return s;
}

/** Common endings of compound (小区) names, dropped to compare their distinctive part: 金谷园小区 ~ 金谷园. */
const COMPOUND_SUFFIXES = ['小区', '社区', '家属院', '家属楼', '公寓', '大院', '院'];

/** The distinctive part of a compound name: 金谷园小区 → 金谷园, 供电局家属院 → 供电局. At least two characters. */
export function compoundCore(name: string): string {
  const s = normalizeAddress(name);
  for (const suffix of COMPOUND_SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 2) return s.slice(0, -suffix.length);
  }
  return s;
}
