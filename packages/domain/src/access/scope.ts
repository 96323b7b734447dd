import type { Role, UnitKind } from '../governance.ts';

/**
 * Who sees what (DESIGN.md §2): the one rule every case, whistle, supervision, dashboard and directory query
 * follows. Pure: the server translates a scope to SQL in one place (apps/server/src/lib/scope-sql.ts) and checks
 * single rows with `caseInScope`.
 */

/** What the rule needs to know of the caller. */
export interface ScopeActor {
  userId: string;
  roles: readonly Role[];
  unitId: string;
  unitKind: UnitKind;
  /** Materialised region path of the caller's unit's jurisdiction, e.g. '110000000000/110117000000/'. */
  scopePath: string;
}

/**
 * - jurisdiction: cases whose place lies under `path`, and cases `unitId` was ever assigned to (a street office
 *   asked to help elsewhere keeps seeing that case);
 * - assigned: only cases `unitId` was ever assigned to, as lead or co-unit, past assignments included;
 * - reporter: only the cases `userId` reported;
 * - none: no case at all — the security and audit administrators (三权分立: accounts or the audit log, nothing else).
 */
export type CaseScope =
  | { kind: 'jurisdiction'; path: string; unitId: string }
  | { kind: 'assigned'; unitId: string }
  | { kind: 'reporter'; userId: string }
  | { kind: 'none' };

/** Roles that only administer accounts or read the audit: they handle no case (三权分立). */
export const NON_CASE_ROLES: readonly Role[] = ['security_admin', 'audit_admin'];

/** A staff user holding a role that works on cases (anything but resident and the security and audit administrators). */
export function worksOnCases(actor: Pick<ScopeActor, 'roles'>): boolean {
  return actor.roles.some((r) => r !== 'resident' && !NON_CASE_ROLES.includes(r));
}

/** Units that govern a territory (区政府/指挥中心, 街乡镇, 社区/村): their staff see their jurisdiction. */
export const TERRITORIAL_UNIT_KINDS: readonly UnitKind[] = ['government', 'street_office', 'community'];

export function isTerritorial(kind: UnitKind): boolean {
  return TERRITORIAL_UNIT_KINDS.includes(kind);
}

/** Any role but `resident` makes a staff user. */
export function isStaff(actor: Pick<ScopeActor, 'roles'>): boolean {
  return actor.roles.some((r) => r !== 'resident');
}

/**
 * The cases an actor may see. A resident account sees its own reports; staff of a territorial unit, and
 * supervisors wherever they sit, see their jurisdiction; departments and enterprises (水电气热) see the cases
 * their unit was ever assigned to — their jurisdiction is the whole district, yet not their business.
 */
export function caseScopeOf(actor: ScopeActor): CaseScope {
  if (!isStaff(actor)) return { kind: 'reporter', userId: actor.userId };
  if (!worksOnCases(actor)) return { kind: 'none' };
  if (isTerritorial(actor.unitKind) || actor.roles.includes('supervisor'))
    return { kind: 'jurisdiction', path: actor.scopePath, unitId: actor.unitId };
  return { kind: 'assigned', unitId: actor.unitId };
}

/** The facts of one case the rule looks at. */
export interface CaseFacts {
  regionPath: string;
  createdBy: string | null;
  /** Every unit ever assigned to the case (any status, lead or co-unit). */
  assignedUnitIds: readonly string[];
}

export function caseInScope(scope: CaseScope, c: CaseFacts): boolean {
  switch (scope.kind) {
    case 'jurisdiction':
      return c.regionPath.startsWith(scope.path) || c.assignedUnitIds.includes(scope.unitId);
    case 'assigned':
      return c.assignedUnitIds.includes(scope.unitId);
    case 'reporter':
      return c.createdBy === scope.userId;
    case 'none':
      return false;
  }
}

/**
 * The staff directory (users) an actor may list: a territorial unit's its jurisdiction, a department's or
 * enterprise's only its own unit, a resident none.
 */
export type DirectoryScope =
  { kind: 'jurisdiction'; path: string } | { kind: 'unit'; unitId: string } | { kind: 'none' };

export function directoryScopeOf(actor: ScopeActor): DirectoryScope {
  if (!isStaff(actor)) return { kind: 'none' };
  if (isTerritorial(actor.unitKind) || actor.roles.includes('supervisor'))
    return { kind: 'jurisdiction', path: actor.scopePath };
  return { kind: 'unit', unitId: actor.unitId };
}

/** Channels a resident's own account reports through; the staff channels (hotline, department …) are not its. */
export const RESIDENT_CHANNELS = ['web', 'app'] as const;

/** Codes of a materialised path, top first. */
function codesOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** A 12-digit code of a district (区/县): county digits set, nothing below. */
function isDistrictCode(code: string): boolean {
  return /^\d{4}(?!00)\d{2}0{6}$/.test(code);
}

/** The path of the district a region path lies in (itself when it is one), or null above districts. */
export function districtPathOf(path: string): string | null {
  const codes = codesOf(path);
  const i = codes.findIndex(isDistrictCode);
  return i < 0 ? null : `${codes.slice(0, i + 1).join('/')}/`;
}

/** A unit as a dispatch or whistle target. */
export interface TargetUnit {
  kind: UnitKind;
  jurisdictionPath: string;
  active: boolean;
}

/**
 * Whom a case (or a whistle) at `placePath` may be sent to: a territorial unit whose jurisdiction covers the
 * place or lies inside it (a street's whistle summons its communities; a case known only to its district may go
 * to any of its streets; a social organisation likewise where it sits), or a department or enterprise of the same
 * district (or of the city above it). Another
 * street's office or community is never a target.
 */
export function isTargetFor(unit: TargetUnit, placePath: string): boolean {
  if (!unit.active) return false;
  // a social organisation (社会组织) works where it sits: its street's or community's places, like that unit
  if (isTerritorial(unit.kind) || unit.kind === 'social_org')
    return placePath.startsWith(unit.jurisdictionPath) || unit.jurisdictionPath.startsWith(placePath);
  const district = districtPathOf(placePath);
  if (district === null) return placePath.startsWith(unit.jurisdictionPath);
  // a district's own department, or a city-level one (its jurisdiction encloses the district)
  return unit.jurisdictionPath.startsWith(district) || district.startsWith(unit.jurisdictionPath);
}
