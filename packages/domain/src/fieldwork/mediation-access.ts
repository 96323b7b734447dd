/**
 * Who works and who reads mediation files. The People's Mediation Law (Art. 8) sets up the mediation committees in
 * the villages and residents' committees (社区) and lets streets set them up too; in the demo's roles:
 * - committee: staff of a street office or a community (street_lead, handler) whose jurisdiction holds the
 *   file's place — they accept, mediate and read the parties (names in full, phone and ID number on request);
 * - overseer: a district supervisor over the place reads files and statistics, parties masked;
 * - informant: a grid worker brings a dispute (from a patrol or a walk-in in their grid) and follows the files
 *   they opened, parties masked;
 * - nobody else: departments, utilities, operators, administrators, residents (the file is answered as not found,
 *   the routes as forbidden).
 */
import type { Role, UnitKind } from '../governance.ts';
import type { FieldView } from '../basedata/access.ts';

export type MediationStanding = 'committee' | 'overseer' | 'informant' | 'none';

export interface MediationViewer {
  roles: readonly Role[];
  unitKind: UnitKind;
}

const COMMITTEE_UNITS: readonly UnitKind[] = ['street_office', 'community'];
const COMMITTEE_ROLES: readonly Role[] = ['street_lead', 'handler'];

/** The viewer's standing in general (which routes they may call at all). */
export function mediationRole(viewer: MediationViewer): MediationStanding {
  if (COMMITTEE_UNITS.includes(viewer.unitKind) && viewer.roles.some((r) => COMMITTEE_ROLES.includes(r)))
    return 'committee';
  if (viewer.roles.includes('supervisor') && viewer.unitKind === 'government') return 'overseer';
  if (viewer.roles.includes('grid_worker') && viewer.unitKind === 'community') return 'informant';
  return 'none';
}

/**
 * The viewer's standing on one file: `inJurisdiction` — the file's place lies in the viewer's jurisdiction;
 * `opener` — the viewer opened the file.
 */
export function mediationStanding(
  viewer: MediationViewer,
  rel: { inJurisdiction: boolean; opener: boolean },
): MediationStanding {
  const role = mediationRole(viewer);
  if (role === 'committee' || role === 'overseer') return rel.inJurisdiction ? role : 'none';
  if (role === 'informant') return rel.opener ? role : 'none';
  return 'none';
}

export type PartyField = 'name' | 'phone' | 'idNumber' | 'address';

/**
 * What of a party the viewer sees: the name and address are internal (P1) — in full for the committee; the phone
 * (P1, but revealed only with a reason like every phone) and the ID number (P2) on request, audited.
 */
export function partyFieldView(standing: MediationStanding, field: PartyField): FieldView {
  if (standing === 'committee') return field === 'name' || field === 'address' ? 'full' : 'revealable';
  if (standing === 'none') return 'hidden';
  return field === 'name' || field === 'phone' ? 'masked' : 'hidden';
}

/** Only the committee changes a file; an informant opens files (from their own grid). */
export function mayWorkFile(standing: MediationStanding): boolean {
  return standing === 'committee';
}
