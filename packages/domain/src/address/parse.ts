import { compoundCore, normalizeAddress, stripAdminPrefixes } from './normalize.ts';

/**
 * A typed address split into the levels of the standard-address tree (街路巷 → 门牌 → 小区 → 楼栋 → 单元 → 楼层 →
 * 户室). Numbers are kept as text keys ("3", "A", "501"); names as normalised text. Missing levels are absent.
 */
export interface ParsedAddress {
  /** the normalised text the parts come from (administrative prefixes removed) */
  text: string;
  /** a street (街道/镇) and a community (社区/村) named in the text: known names, or what ends like one */
  street?: string;
  community?: string;
  /** 街路巷: 滨河路, 新平北路, 府前街 */
  road?: string;
  /** 门牌号: the number on the road ("12" of 滨河路12号) */
  door?: string;
  /** 小区: the name as typed, normalised (金谷园小区) */
  compound?: string;
  /** 楼栋号 ("3" of 3号楼, "A" of A座) */
  building?: string;
  /** 单元号 */
  unit?: string;
  /** 楼层: typed, or the leading digits of a room of three or more digits (501 → 5) */
  floor?: string;
  /** 户室号 */
  room?: string;
}

export interface KnownPlaces {
  /** district names the text may start with (平谷区) */
  districts?: readonly string[];
  /** street (街道/镇/乡/地区) names */
  streets?: readonly string[];
  /** community (社区/村) names */
  communities?: readonly string[];
}

const ROAD_SUFFIX = /^(.*?(?:大街|公路|胡同|大道|环路|路|街|巷|条|道))(?!路|街|道|办|胡同|巷|大街)(.*)$/;
const STREET_LIKE = /^(.{2,8}?(?:街道办事处|街道|地区办事处|地区|镇|乡))(.+)$/;
const COMMUNITY_LIKE = /^(.{2,8}?(?:社区居委会|社区|村委会|村))(.+)$/;
/** Words that say where near an address (门口, 楼下, 附近 …): not a name. */
const NEAR_WORDS =
  /(东门|西门|南门|北门|大门|门口|门前|楼下|楼上|楼前|楼后|附近|旁边|对面|路口|十字路口|东侧|西侧|南侧|北侧|东边|西边|南边|北边|里面|院内|院里|一带|周边)+$/;
const TOKEN = /(\d+|[A-Z])(号楼|号院|单元|层|楼|室|号)|(\d+)/g;

/** Where a known place name occurs in the text, longest names first; the first hit of each list is removed. */
const prepared = new WeakMap<readonly string[], { n: string; norm: string }[]>();
function takeKnown(text: string, names: readonly string[] | undefined): { name?: string; text: string } {
  if (!names?.length) return { text };
  let sorted = prepared.get(names);
  if (!sorted) {
    sorted = names
      .map((n) => ({ n, norm: normalizeAddress(n) }))
      .filter((x) => x.norm.length >= 2)
      .sort((a, b) => b.norm.length - a.norm.length);
    prepared.set(names, sorted);
  }
  for (const { n, norm } of sorted) {
    const i = text.indexOf(norm);
    if (i >= 0 && text.length > norm.length)
      return { name: n, text: text.slice(0, i) + text.slice(i + norm.length) };
  }
  return { text };
}

/**
 * Splits a typed address into its parts: "平谷区滨河街道滨河路12号金谷园小区3号楼2单元501" → road 滨河路, door 12,
 * compound 金谷园小区, building 3, unit 2, room 501, floor 5. Tolerates every variant normalizeAddress folds, and
 * missing levels ("金谷园3栋2门501", "3-2-501"). Never throws; what it cannot place is left out.
 */
export function parseAddress(input: string, known: KnownPlaces = {}): ParsedAddress {
  let text = stripAdminPrefixes(normalizeAddress(input), known.districts);
  const out: ParsedAddress = { text };
  const street = takeKnown(text, known.streets);
  text = street.text;
  if (street.name) out.street = street.name;
  const community = takeKnown(text, known.communities);
  text = community.text;
  if (community.name) out.community = community.name;

  // Unknown 街道/镇 and 社区/村 names at the start: hints, not parts of the tree below the community.
  if (!out.street) {
    const m = STREET_LIKE.exec(text);
    if (m && !/路|街$|巷/.test(m[1]!.replace(/街道.*$|地区.*$/, ''))) {
      out.street = m[1]!;
      text = m[2]!;
    }
  }
  if (!out.community) {
    const m = COMMUNITY_LIKE.exec(text);
    if (m && !/路|街|巷/.test(m[1]!)) {
      out.community = m[1]!;
      text = m[2]!;
    }
  }

  const names: string[] = [];
  const placeName = (segment: string) => {
    let s = segment.replace(NEAR_WORDS, '');
    while (s.length > 0) {
      const road = out.road ? null : ROAD_SUFFIX.exec(s);
      if (road && road[1]!.length >= 2) {
        out.road = road[1]!;
        s = road[2]!;
        continue;
      }
      names.push(s);
      break;
    }
  };

  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m.index > last) placeName(text.slice(last, m.index));
    last = m.index + m[0].length;
    const value = m[1] ?? m[3]!;
    const marker = m[2];
    switch (marker) {
      case '号楼':
        out.building ??= value;
        break;
      case '号院':
        out.door ??= value;
        break;
      case '单元':
        out.unit ??= value;
        break;
      case '层':
        out.floor ??= value;
        break;
      case '室':
        out.room ??= value;
        break;
      case '楼':
        if (out.building === undefined && out.unit === undefined) out.building = value;
        else out.floor ??= value;
        break;
      case '号':
        if (out.building === undefined && out.unit === undefined && out.door === undefined) out.door = value;
        else out.room ??= value;
        break;
      case undefined:
        // a bare number: the room after a building or unit, else the door number on a road
        if (out.building !== undefined || out.unit !== undefined) out.room ??= value;
        else if (out.door === undefined && (out.road || names.length)) out.door = value;
        else out.room ??= value;
    }
  }
  if (last < text.length) placeName(text.slice(last));

  const compound = names.find((n) => n.length >= 2);
  if (compound) out.compound = compound;
  if (out.room && out.floor === undefined && /^\d{3,5}$/.test(out.room))
    out.floor = String(Math.floor(Number(out.room) / 100));
  return out;
}

/** The number key of a node's name: 12号 → 12, 金谷园3号楼 → 3, A座 → A, 2单元 → 2, 5层 → 5, 501室 → 501. */
export function numberKey(name: string): string | null {
  const s = normalizeAddress(name);
  const letter = /([A-Z])号楼$/.exec(s);
  if (letter) return letter[1]!;
  const digits = s.match(/\d+/g);
  return digits ? digits[digits.length - 1]!.replace(/^0+(?=\d)/, '') : null;
}

/** A name as compared: normalised, a compound without its 小区/院 ending. */
export function nameKey(name: string, kind: 'road' | 'compound'): string {
  return kind === 'compound' ? compoundCore(name) : normalizeAddress(name);
}
