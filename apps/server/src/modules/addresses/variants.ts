import { editDistance, normalizeAddress, type AddressIndex, type CandidateParts } from '@onegrid/domain';

/**
 * Typed-address variants whose answer is known (issue 10's benchmark: ≥ 95 % top-1 on 1,000 of them): from nodes of
 * the library (rooms, buildings, door plates), texts as callers and operators write them — missing district or
 * street, full-width digits, 號, Chinese numerals, 栋/幢/座 and 门 and 户, "3-2-501", 小区 dropped or added, one
 * wrong or missing character in a road or compound name. A variant is only made when its answer stays the one
 * answer: a typo that lands on (or next to) another name of the library is not used, nor a compound name shared by
 * two compounds without its road or community.
 */
export interface AddressVariant {
  text: string;
  /** the node the text means */
  expectedId: string;
  /** what was done to the text */
  tags: string[];
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const CN_DIGITS = '〇一二三四五六七八九';
/** Characters a hasty typist or a speech-to-text slip puts in a name instead of the right one. */
const TYPO_CHARS = '谷古园元苑源河和新心平评府富建健兴星金今海嗨翔祥林琳乐勒迎盈文闻育玉泰太都督康慷锦景丽莉';

function cnNumber(n: string): string {
  const v = Number(n);
  if (!Number.isInteger(v) || v <= 0 || v > 99) return n;
  if (v < 10) return CN_DIGITS[v]!;
  const tens = Math.floor(v / 10);
  const ones = v % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

export function addressVariants(
  index: AddressIndex,
  opts: { count: number; seed?: number; places?: ReadonlyMap<string, string>; district?: string },
): AddressVariant[] {
  const rand = rng(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const records = index.all();
  const named = records
    .filter((r) => r.kind === 'road' || r.kind === 'compound')
    .map((r) => normalizeAddress(r.name));
  const nameCount = new Map<string, number>();
  for (const n of named) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  const targets = records.filter((r) => r.kind === 'room' || r.kind === 'building' || r.kind === 'doorplate');
  if (targets.length === 0) return [];

  /** A name with one character wrong or missing, that is not within one edit of any other name. */
  const typo = (name: string): string | null => {
    const chars = [...name.replace(/小区$/, '')];
    if (chars.length < 3) return null;
    for (let attempt = 0; attempt < 6; attempt++) {
      const at = Math.floor(rand() * chars.length);
      const copy = [...chars];
      if (rand() < 0.5 && chars.length >= 4) copy.splice(at, 1);
      else copy[at] = pick([...TYPO_CHARS].filter((c) => c !== chars[at]));
      const out = copy.join('');
      const own = normalizeAddress(name);
      const clash = named.some((n) => n !== own && editDistance(n.replace(/小区$/, ''), out) <= 1);
      if (!clash) return out + (name.endsWith('小区') ? '小区' : '');
    }
    return null;
  };

  const out: AddressVariant[] = [];
  for (let guard = 0; out.length < opts.count && guard < opts.count * 20; guard++) {
    let target = pick(targets);
    // a village courtyard (12号院) is its door plate's: "前街12号院" answers the door plate
    if (target.kind === 'building' && /号院$/.test(target.name) && target.parentId) {
      const plate = index.get(target.parentId);
      if (plate?.kind === 'doorplate') target = plate;
    }
    if (target.kind === 'room' && target.parentId && index.get(target.parentId)?.kind === 'building')
      continue;
    const p = index.partsFor(target.id);
    if (!p) continue;
    const tags: string[] = [];
    const community = target.communityCode ? opts.places?.get(target.communityCode) : undefined;
    const street = opts.places?.get(target.streetCode);
    let road = p.road ?? undefined;
    let compound = p.compound ?? undefined;
    const compoundUnique = compound ? nameCount.get(normalizeAddress(compound)) === 1 : false;
    const roadUnique = road ? nameCount.get(normalizeAddress(road)) === 1 : false;

    // which levels to say: the road and door, the compound, or both
    const deep = p.building !== undefined && p.building !== null;
    let sayRoad = !!road && !!p.door && (!deep || !compound || rand() < 0.4);
    let sayCompound = !!compound && deep && (!sayRoad || rand() < 0.6);
    if (!sayRoad && !sayCompound) sayRoad = !!road && !!p.door;
    if (!sayRoad && !sayCompound && compound) sayCompound = true;
    if (!sayRoad && !sayCompound) continue;
    const needPlace =
      (sayCompound && !sayRoad && !compoundUnique) || (sayRoad && !sayCompound && !roadUnique);
    let prefix = '';
    const r = rand();
    if (needPlace || r < 0.25) {
      prefix = `${opts.district ?? ''}${street ?? ''}${community ?? ''}`;
      tags.push('full_prefix');
    } else if (r < 0.4 && community) {
      prefix = community;
      tags.push('community_only');
    } else tags.push('no_district_street');
    if (needPlace && !community) continue;

    if (sayRoad && road && roadUnique && rand() < 0.2) {
      const t = typo(road);
      if (t) {
        road = t;
        tags.push('typo_road');
      }
    }
    if (sayCompound && compound && compoundUnique && rand() < 0.25) {
      const t = typo(compound);
      if (t) {
        compound = t;
        tags.push('typo_compound');
      }
    }
    if (sayCompound && compound) {
      if (compound.endsWith('小区') && rand() < 0.4) {
        compound = compound.slice(0, -2);
        tags.push('no_xiaoqu');
      } else if (!compound.endsWith('小区') && rand() < 0.2) {
        compound += '小区';
        tags.push('add_xiaoqu');
      }
    }

    let text = prefix;
    if (sayRoad && road) text += `${road}${p.door}${rand() < 0.15 ? (tags.push('fan_hao'), '號') : '号'}`;
    if (sayCompound && compound) text += compound;
    text += tail(p, rand, tags);
    if (rand() < 0.2) {
      text = text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
      tags.push('full_width');
    }
    if (rand() < 0.15) {
      text = text.split('').join(rand() < 0.5 ? ' ' : '');
      tags.push('spaces');
    }
    out.push({ text, expectedId: target.id, tags });
  }
  return out;
}

/** The building, unit, floor and room, in one of the ways people write them. */
function tail(p: CandidateParts, rand: () => number, tags: string[]): string {
  if (p.building === null || p.building === undefined) return '';
  const b = p.building;
  const u = p.unit ?? undefined;
  const room = p.kind === 'room' ? (p.room ?? undefined) : undefined;
  const style = rand();
  if (u && room && style < 0.15) {
    tags.push('dashes');
    return `${b}-${u}-${room}`;
  }
  if (style < 0.3) {
    tags.push('chinese_numerals');
    return `${cnNumber(b)}号楼${u && p.kind !== 'building' ? `${cnNumber(u)}单元` : ''}${room ?? ''}`;
  }
  if (style < 0.5) {
    tags.push('aliases');
    return `${b}${rand() < 0.5 ? '栋' : '幢'}${u && p.kind !== 'building' ? `${u}门` : ''}${room ? `${room}${rand() < 0.5 ? '室' : '户'}` : ''}`;
  }
  return `${b}号楼${u && p.kind !== 'building' ? `${u}单元` : ''}${room ?? ''}`;
}
