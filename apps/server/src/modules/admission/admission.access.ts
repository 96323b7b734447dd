import { worksOnCases } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';

/**
 * Who does what in community task admission (社区准入).
 * - Readers: every staff user who works on cases reads the district's three lists (they are public to staff).
 * - Applicants: staff of a department or street office apply for items and send work to communities through the gate.
 * - The office: the district's civil-affairs office (民政局, named in admission_office) reviews applications first,
 *   keeps the duty and negative lists, records the joint body's rounds and decisions (as its secretariat), enters,
 *   supervises and exits items, and reads the off-gate reports. A district administrator may do the same.
 * - Communities: their staff see their own workload, tasks and reports, and report requests that came outside.
 * - The district (its government staff, supervisors, the office) sees every community; a street office its own.
 */
export interface AdmissionStanding {
  reader: boolean;
  applicant: boolean;
  office: boolean;
  community: boolean;
  /** region path prefix of the communities whose workload and reports the caller sees; null: none */
  communitiesPath: string | null;
}

/** The district (12 digits) of the caller's jurisdiction; a city-level caller has none. */
export function districtOf(actor: Actor): string | null {
  if (actor.scopeLevel === 'city') return null;
  return `${actor.scopeCode.slice(0, 6)}000000`;
}

export async function officeUnitOf(db: DbOrTx, districtCode: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('admission_office')
    .select('unit_id')
    .where('district_code', '=', districtCode)
    .executeTakeFirst();
  return row?.unit_id;
}

export async function standingOf(db: DbOrTx, actor: Actor): Promise<AdmissionStanding> {
  const reader = worksOnCases(actor);
  const district = districtOf(actor);
  const officeUnit = reader && district ? await officeUnitOf(db, district) : undefined;
  const office =
    reader &&
    ((officeUnit !== undefined && officeUnit === actor.unitId) ||
      (hasRole(actor, 'admin') && actor.scopeLevel === 'district'));
  const community = reader && actor.unitKind === 'community';
  const districtWide =
    office ||
    (reader && actor.unitKind === 'government' && actor.scopeLevel === 'district') ||
    (hasRole(actor, 'supervisor') && actor.scopeLevel === 'district');
  const territorial = reader && (actor.unitKind === 'street_office' || community);
  return {
    reader,
    applicant: reader && (actor.unitKind === 'department' || actor.unitKind === 'street_office'),
    office,
    community,
    communitiesPath: districtWide || territorial ? actor.scopePath : null,
  };
}
