import type { Role, UnitKind } from '../governance.ts';
import { isTerritorial } from '../access/scope.ts';
import type { PrivacyClass } from './classes.ts';

/**
 * Who sees what of the base data (一标三实), by privacy class (DESIGN.md §7). The one table every base-data read
 * goes through; the server computes the relation of the viewer to a record and asks `classView`.
 *
 * - hidden: not shown, not even that it exists;
 * - masked: shown masked (张*, 138****5678, a care-group household without which group), cannot be revealed;
 * - revealable: masked in lists, shown in full on request with a reason, and the read is audited;
 * - full: shown (P2/P3 reads are still audited: `auditedClass`).
 */
export type FieldView = 'hidden' | 'masked' | 'revealable' | 'full';
const ORDER: readonly FieldView[] = ['hidden', 'masked', 'revealable', 'full'];

export interface BaseViewer {
  roles: readonly Role[];
  unitKind: UnitKind;
}

/** How the viewer stands to the record; computed by the server from paths, tags and assignments. */
export interface BaseRelation {
  /** The record's place lies in the viewer's jurisdiction (territorial units: district, street, community, grid). */
  inJurisdiction: boolean;
  /** The viewer's unit is the responsible department of a tag of the record (数据按用途). */
  responsibleUnit: boolean;
  /** The viewer is the grid worker assigned to a tag of the record. */
  assignedWorker: boolean;
}

type ClassViews = Readonly<Record<PrivacyClass, FieldView>>;
const NONE: ClassViews = { P0: 'hidden', P1: 'hidden', P2: 'hidden', P3: 'hidden' };

/**
 * Staff of a territorial unit (区/街乡镇/社区) looking at a record in their jurisdiction, by role. P3 is never
 * granted by role: only the responsible department and the assigned grid worker (below) see it.
 */
export const TERRITORIAL_VIEWS: Readonly<Record<Role, ClassViews>> = {
  grid_worker: { P0: 'full', P1: 'full', P2: 'revealable', P3: 'hidden' },
  street_lead: { P0: 'full', P1: 'full', P2: 'revealable', P3: 'hidden' },
  operator: { P0: 'full', P1: 'masked', P2: 'masked', P3: 'hidden' },
  dispatcher: { P0: 'full', P1: 'masked', P2: 'masked', P3: 'hidden' },
  handler: { P0: 'full', P1: 'masked', P2: 'masked', P3: 'hidden' },
  supervisor: { P0: 'full', P1: 'masked', P2: 'masked', P3: 'hidden' },
  // 三权分立: the administrators run structure, accounts or the audit log, not the population.
  admin: { P0: 'full', P1: 'hidden', P2: 'hidden', P3: 'hidden' },
  security_admin: NONE,
  audit_admin: NONE,
  resident: NONE,
};

/** Staff of a department or utility: only the persons of the tags their unit is responsible for (数据按用途). */
const RESPONSIBLE_DEPARTMENT: ClassViews = { P0: 'full', P1: 'full', P2: 'revealable', P3: 'revealable' };
/**
 * The grid worker assigned to a tag visits that person, wherever they live: the person's internal data in full,
 * sensitive data and the restricted tag on request (people lane: a person outside the worker's grids was hidden
 * whole before, so the P3 grant could never be used).
 */
const ASSIGNED_WORKER: ClassViews = { P0: 'full', P1: 'full', P2: 'revealable', P3: 'revealable' };

function max(a: FieldView, b: FieldView): FieldView {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

export function classView(viewer: BaseViewer, cls: PrivacyClass, rel: BaseRelation): FieldView {
  let view: FieldView = 'hidden';
  const staff = viewer.roles.filter((r) => r !== 'resident' && r !== 'security_admin' && r !== 'audit_admin');
  if (cls === 'P0' && staff.length > 0) view = 'full';
  if (isTerritorial(viewer.unitKind) && rel.inJurisdiction) {
    for (const role of viewer.roles) view = max(view, TERRITORIAL_VIEWS[role][cls]);
  }
  if (rel.responsibleUnit && staff.some((r) => r !== 'admin')) view = max(view, RESPONSIBLE_DEPARTMENT[cls]);
  if (rel.assignedWorker && viewer.roles.includes('grid_worker')) view = max(view, ASSIGNED_WORKER[cls]);
  return view;
}

/** A record is shown at all only when its internal (P1) data is; otherwise it is answered as not found. */
export function recordVisible(viewer: BaseViewer, rel: BaseRelation): boolean {
  return classView(viewer, 'P1', rel) !== 'hidden';
}

/**
 * What "in jurisdiction" means for the viewer: a user who is only a grid worker holds the grids assigned to
 * them, not their community's whole territory; other territorial staff hold their unit's jurisdiction.
 */
export function baseTerritoryOf(viewer: BaseViewer): 'grids' | 'jurisdiction' | 'none' {
  if (!isTerritorial(viewer.unitKind)) return 'none';
  return viewer.roles.every((r) => r === 'grid_worker') ? 'grids' : 'jurisdiction';
}

/** Every read of these classes, and every export, is written to the audit log. */
export function auditedClass(cls: PrivacyClass): boolean {
  return cls === 'P2' || cls === 'P3';
}
