/**
 * Place and population of a message (issue 12): a gazetteer of the district's community, road and compound names
 * (from the regions and the address library) matched longest-first, then common place suffixes (…小区, …路) for
 * names the gazetteer does not know, and population words (外卖骑手, 老年人, 学生 …). Pure: the caller builds the
 * gazetteer from its own sources.
 */

export type PlaceKind = 'community' | 'road' | 'compound' | 'street' | 'place' | 'population';

export interface GazetteerEntry {
  name: string;
  kind: Exclude<PlaceKind, 'population' | 'place'>;
  /** A stable key (a region or address code); defaults to the name. */
  key?: string;
}

export interface PlaceMatch {
  kind: PlaceKind;
  /** What clusters block on: `kind:key`. */
  key: string;
  label: string;
}

/** Population words and their canonical label; the first matching entry wins. */
export const POPULATIONS: readonly { label: string; words: readonly string[] }[] = [
  { label: '外卖骑手', words: ['外卖骑手', '外卖员', '骑手', '快递员', '快递小哥'] },
  { label: '老年人', words: ['老年人', '老人', '高龄', '独居老', '空巢老'] },
  { label: '学生', words: ['学生', '小学生', '中学生', '孩子上学', '学童'] },
  { label: '租户', words: ['租户', '租客', '房客', '承租'] },
  { label: '商户', words: ['商户', '商家', '店主', '摊贩', '个体户'] },
  { label: '残疾人', words: ['残疾人', '残障'] },
  { label: '农民工', words: ['农民工', '务工人员', '工人工资', '拖欠工资'] },
  { label: '业主', words: ['业主'] },
  { label: '教师', words: ['教师', '老师'] },
  { label: '司机', words: ['出租车司机', '网约车司机', '司机'] },
];

// A name followed by a place suffix: 米兰春天小区, 联丰路, 阳光花园. The name part avoids verbs and particles by
// being short; a leading region prefix ("A市A3区") is stripped before matching.
const SUFFIX =
  /([\p{Script=Han}A-Za-z0-9]{2,8}?(?:小区|花园|公寓|家园|新村|新城|社区|苑|大道|路|街|巷|广场|市场|中学|小学|学校|幼儿园|医院|公园|村))/gu;
const PREFIX = /^(?:[A-Z]\d*[市区县镇]|[\p{Script=Han}]{0,4}(?:街道|[市区县镇乡]))+/u;
const STOP_HEAD = /^(?:在|于|的|和|与|及|对|是|我|们|请|从|到|位于|地处|关于|咨询|反映|投诉|建议)+/u;

// Region names the source anonymised or that name a street, not a place: A市, A3区, 暮云街道
const REGION_NAMES = /[A-Z]\d*[市区县]|[\p{Script=Han}]{2,4}街道/gu;
const FUNCTION_CHARS = /[的在了是有于和与对把被从请我们要求去到让给这那个其该此及将为也都还就]/u;
const COMPOUND = /(?:小区|花园|公寓|家园|新村|新城|苑)$/u;
const GENERIC = /^(?:[本该此这那各某][\p{Script=Han}]?|一个|公共|马)(?:小区|花园|路|街|村|社区|学校)$/u;

export interface Gazetteer {
  /** Entries sorted by name length, longest first. */
  entries: readonly GazetteerEntry[];
  /** Entries by their first character, for the scan. */
  byFirst: Map<string, GazetteerEntry[]>;
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const seen = new Set<string>();
  const list = entries
    .filter((e) => e.name.length >= 2 && !seen.has(e.name) && seen.add(e.name))
    .sort((a, b) => b.name.length - a.name.length);
  const byFirst = new Map<string, GazetteerEntry[]>();
  for (const e of list) {
    const k = e.name[0]!;
    const arr = byFirst.get(k) ?? [];
    arr.push(e);
    byFirst.set(k, arr);
  }
  return { entries: list, byFirst };
}

const KIND_RANK: Record<PlaceKind, number> = {
  compound: 0,
  community: 1,
  road: 2,
  place: 3,
  street: 4,
  population: 5,
};

/** The most specific gazetteer name in the text (compound before community before road before street). */
export function gazetteerMatch(text: string, gz: Gazetteer): PlaceMatch | null {
  let best: GazetteerEntry | null = null;
  for (let i = 0; i < text.length; i++) {
    const list = gz.byFirst.get(text[i]!);
    if (!list) continue;
    for (const e of list) {
      if (!text.startsWith(e.name, i)) continue;
      if (!best || KIND_RANK[e.kind] < KIND_RANK[best.kind]) best = e;
      break; // longest at this position
    }
  }
  return best ? { kind: best.kind, key: `${best.kind}:${best.key ?? best.name}`, label: best.name } : null;
}

/** A place name by its suffix (…小区, …路) when the gazetteer knows none. */
export function suffixPlace(text: string): PlaceMatch | null {
  let best: { name: string; rank: number } | null = null;
  for (const m of text.replace(REGION_NAMES, ' ').matchAll(SUFFIX)) {
    // the name starts after the last function word: 今有关于小区 → (none), 丽发新城小区 stays
    const name = m[1]!.replace(PREFIX, '').replace(STOP_HEAD, '').split(FUNCTION_CHARS).pop()!.slice(-10);
    if (name.length < 3 || GENERIC.test(name)) continue;
    const rank = COMPOUND.test(name) ? 0 : 1;
    if (!best || rank < best.rank) best = { name, rank };
    if (rank === 0) break;
  }
  return best ? { kind: 'place', key: `place:${best.name}`, label: best.name } : null;
}

export function populationOf(text: string): PlaceMatch | null {
  for (const p of POPULATIONS)
    if (p.words.some((w) => text.includes(w)))
      return { kind: 'population', key: `population:${p.label}`, label: p.label };
  return null;
}

/**
 * The place or population a message is about: a gazetteer name in the title or body first, then where the case
 * was located (its community, when the caller gives it), then a suffix-named place, then a population; null when
 * none. The title is read before the body (it names the subject more reliably).
 */
export function placeOf(
  title: string,
  body: string,
  gz: Gazetteer | null,
  located: PlaceMatch | null = null,
): PlaceMatch | null {
  for (const text of [title, body]) {
    const g = gz ? gazetteerMatch(text, gz) : null;
    if (g) return g;
  }
  if (located) return located;
  for (const text of [title, body]) {
    const s = suffixPlace(text);
    if (s) return s;
  }
  return populationOf(title) ?? populationOf(body);
}

/** Community names also without their suffix (金谷东园社区 → 金谷东园) when three characters or more remain. */
export function communityAliases(name: string): string[] {
  const short = name.replace(/(?:社区居委会|社区|居委会|村委会|村)$/u, '');
  return short !== name && short.length >= 3 ? [name, short] : [name];
}
