import { z } from 'zod';

/** DESIGN.md §2: the roles a staff user may hold. */
export const Role = z.enum([
  'resident',
  'grid_worker',
  'operator',
  'dispatcher',
  'handler',
  'street_lead',
  'supervisor',
  'admin',
  /** 安全管理员: accounts, roles, passwords, sessions (三权分立). */
  'security_admin',
  /** 审计管理员: reads and verifies the audit log, nothing else (三权分立). */
  'audit_admin',
]);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

export const RegionLevel = z.enum(['city', 'district', 'street', 'community']);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** social_org: 社会组织 (a volunteer team, a social-work centre) under a street or community; it can be assigned work. */
export const UnitKind = z.enum([
  'government',
  'department',
  'street_office',
  'community',
  'enterprise',
  'social_org',
]);
export type UnitKind = z.infer<typeof UnitKind>;

export const Urgency = z.enum(['emergency', 'urgent', 'ordinary', 'complex']);
export type Urgency = z.infer<typeof Urgency>;

/** Natural hours/days run on the clock; working hours/days follow the official working calendar. */
export const DurationUnit = z.enum(['hours', 'working_hours', 'days', 'working_days']);
export type DurationUnit = z.infer<typeof DurationUnit>;

export const Duration = z.object({ value: z.number().int().positive().max(10_000), unit: DurationUnit });
export type Duration = z.infer<typeof Duration>;

/** 负责 / 组织协调 / 参与配合 */
export const DutyRole = z.enum(['lead', 'coordinate', 'assist']);
export type DutyRole = z.infer<typeof DutyRole>;

export const RegionCode = z.string().regex(/^\d{12}$/, 'region code is 12 digits');
export const GridCode = z.string().regex(/^\d{15}$/, 'grid code is 15 digits');
export const CategoryCode = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'category code: letters, digits, _ . -');

/** Grid code = 6 district + 3 street + 3 community + 3 sequence; the first 12 digits are the community code. */
export function communityCodeOfGrid(gridCode: string): string {
  return gridCode.slice(0, 12);
}

/** Codes of the ancestors of a 12-digit region code, from the province down, including itself. */
export function regionAncestorCodes(code: string): string[] {
  const cuts = [2, 4, 6, 9, 12];
  const out: string[] = [];
  for (const cut of cuts) {
    const c = code.slice(0, cut).padEnd(12, '0');
    if (out[out.length - 1] !== c) out.push(c);
  }
  return out;
}

/**
 * The district a place lies in, the distribution column of a district-distributed deployment (docs/distribution.md):
 * the 12-digit code of the district level — the first 6 digits of a district's, street's, community's or grid's
 * code, padded with zeros (110117001001 → 110117000000). A code above the district level is its own: a city-level
 * row belongs to the city (110000000000). The migrations' generated columns compute the same in SQL.
 */
export function districtOfCode(code: string): string {
  return code.slice(0, 6).padEnd(12, '0');
}

/** The district of a region path (codes joined by '/', e.g. 110000000000/110117000000/110117001000/): its last code's. */
export function districtOfPath(path: string): string {
  const codes = path.split('/').filter(Boolean);
  const last = codes[codes.length - 1];
  if (!last) throw new Error(`districtOfPath: empty path`);
  return districtOfCode(last);
}

/**
 * The district a case and everything hanging on it (events, assignments, callers …) are stored under: the case's
 * district, or for a city-level case without a place (a 12345 centre's, not yet sent down) the city's, from its
 * region path.
 */
export function caseDistrict(c: { district_code: string | null; region_path: string }): string {
  return c.district_code ? c.district_code.trim() : districtOfPath(c.region_path);
}

/**
 * The district of a row that may have no place of its own (an upload not yet attached, a 知识库 use or vote outside a
 * case, an online opinion not located): that of the writer's unit — the last code of its jurisdiction path (a
 * city-level unit's is the city's code) — or, for a writer without a unit (a resident, an API key), the city's.
 */
export function writerDistrict(writerPath: string | null | undefined, cityCode: string): string {
  return writerPath ? districtOfPath(writerPath) : districtOfCode(cityCode);
}

export const WGS84Point = z.object({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
});
export type WGS84Point = z.infer<typeof WGS84Point>;
