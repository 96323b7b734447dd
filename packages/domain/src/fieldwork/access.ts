/**
 * Who sees the grid worker's field records (issue 11). The base-data classes (basedata/access.ts) decide what of a
 * person is shown; these rules add what the field records themselves reveal.
 * - A patrol's GPS track shows where a person was, minute by minute: the worker and the worker's supervisors only
 *   (the leads of the community or street over the worker's grid, and district supervisors), never departments,
 *   operators or administrators. Summaries without points (coverage: which grids were patrolled) are internal
 *   data of the territory (P1) like any work record.
 * - A visit to a tagged person carries the tag's class: a visit for a P3 tag (社区矫正, 严重精神障碍…) is P3 and
 *   is read through `classView` with the person's relation; a visit to a care group is P2.
 */
import type { Role, UnitKind } from '../governance.ts';
import { isTerritorial } from '../access/scope.ts';
import { tagClass, type PrivacyClass } from '../basedata/classes.ts';
import type { TagType } from '../basedata/codes.ts';

export interface FieldViewer {
  userId: string;
  roles: readonly Role[];
  unitKind: UnitKind;
}

/** The roles that supervise grid workers in a territorial unit. */
const SUPERVISING: readonly Role[] = ['street_lead', 'supervisor'];

/**
 * Whether the viewer may see a worker's track points. `overWorker`: the worker's grid lies in the viewer's
 * jurisdiction (computed by the server from the unit paths).
 */
export function trackVisible(viewer: FieldViewer, workerId: string, overWorker: boolean): boolean {
  if (viewer.userId === workerId) return true;
  if (!isTerritorial(viewer.unitKind) || !overWorker) return false;
  return viewer.roles.some((r) => SUPERVISING.includes(r));
}

/** The privacy class of a visit: the class of the tag it was made for; an untagged house call is internal (P1). */
export function visitClass(tag: TagType | null): PrivacyClass {
  return tag ? tagClass(tag) : 'P1';
}

/**
 * Where a visit's anomaly goes: to the tag's responsible department, which signs for it (签收); when there is none
 * (an untagged house call, a tag without a department) it opens a case, so that nothing found at a door is lost.
 */
export function anomalyFollowUp(v: {
  anomaly: boolean;
  responsibleUnitId: string | null | undefined;
}): 'signoff' | 'case' | null {
  if (!v.anomaly) return null;
  return v.responsibleUnitId ? 'signoff' : 'case';
}
