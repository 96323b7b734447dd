import { z } from 'zod';
import type { Role, UnitKind } from '../governance.ts';

/**
 * Tasks given to grid workers (任务下发, issue 11): a street or community gives a worker of its territory a piece
 * of field work with a deadline, tracked like an assignment — assigned → accepted → done, or cancelled by the
 * issuing side. The allowed moves are data (as the case lifecycle), checked by the server on the locked row.
 */
export const FieldTaskKind = z.enum([
  'verify_case', // 核查一件诉求
  'collect_report', // 补采一表通缺项
  'visit', // 走访一户/一人
  'inspect', // 检查一处场所/单位
  'collect_building', // 采集一栋楼的楼盘表
  'other',
]);
export type FieldTaskKind = z.infer<typeof FieldTaskKind>;

export const FieldTaskStatus = z.enum(['assigned', 'accepted', 'done', 'cancelled']);
export type FieldTaskStatus = z.infer<typeof FieldTaskStatus>;

export type FieldTaskAction = 'accept' | 'done' | 'cancel';

/** Who acts: the worker the task was given to, or the issuing side (an issuer over the worker's grid). */
export type FieldTaskParty = 'worker' | 'issuer';

/**
 * The moves, as data. `done` is allowed straight from `assigned`: a worker offline may do the work before the
 * acceptance reached the server (the acceptance is then implied, at the time of the done).
 */
export const FIELD_TASK_MOVES: Readonly<
  Record<FieldTaskAction, { from: readonly FieldTaskStatus[]; to: FieldTaskStatus; by: FieldTaskParty }>
> = {
  accept: { from: ['assigned'], to: 'accepted', by: 'worker' },
  done: { from: ['assigned', 'accepted'], to: 'done', by: 'worker' },
  cancel: { from: ['assigned', 'accepted'], to: 'cancelled', by: 'issuer' },
};

/** The status after `action`, or null when the task's status does not allow it. */
export function taskMove(status: FieldTaskStatus, action: FieldTaskAction): FieldTaskStatus | null {
  const m = FIELD_TASK_MOVES[action];
  return m.from.includes(status) ? m.to : null;
}

/** The actions open to a party on a task in `status` (what the pages offer). */
export function taskActions(status: FieldTaskStatus, party: FieldTaskParty): FieldTaskAction[] {
  return (Object.keys(FIELD_TASK_MOVES) as FieldTaskAction[]).filter(
    (a) => FIELD_TASK_MOVES[a].by === party && taskMove(status, a) !== null,
  );
}

export function taskOpen(status: FieldTaskStatus): boolean {
  return status === 'assigned' || status === 'accepted';
}

/** Overdue: still open when its deadline has passed. A task done late is not overdue, it was done late. */
export function taskOverdue(t: { status: FieldTaskStatus; dueAt: Date }, now: Date): boolean {
  return taskOpen(t.status) && now.getTime() > t.dueAt.getTime();
}

/** Done after its deadline. */
export function taskDoneLate(t: { status: FieldTaskStatus; dueAt: Date; doneAt: Date | null }): boolean {
  return t.status === 'done' && t.doneAt !== null && t.doneAt.getTime() > t.dueAt.getTime();
}

/** What a kind of task points at: the one target it must name. */
export type FieldTaskTarget = 'case' | 'report_instance' | 'person' | 'place' | 'building' | null;
export const FIELD_TASK_TARGET: Readonly<Record<FieldTaskKind, FieldTaskTarget>> = {
  verify_case: 'case',
  collect_report: 'report_instance',
  visit: 'person',
  inspect: 'place', // an organisation/place, or an address
  collect_building: 'building',
  other: null,
};

/** Which target a task of this kind lacks (null: complete). */
export function missingTarget(
  kind: FieldTaskKind,
  t: {
    caseId?: string | null;
    reportInstanceId?: string | null;
    personId?: string | null;
    organisationId?: string | null;
    addressId?: string | null;
  },
): FieldTaskTarget {
  const need = FIELD_TASK_TARGET[kind];
  switch (need) {
    case 'case':
      return t.caseId ? null : need;
    case 'report_instance':
      return t.reportInstanceId ? null : need;
    case 'person':
      return t.personId ? null : need;
    case 'place':
      return t.organisationId || t.addressId ? null : need;
    case 'building':
      return t.addressId ? null : need;
    case null:
      return null;
  }
}

export interface TaskViewer {
  roles: readonly Role[];
  unitKind: UnitKind;
}

/** Units whose staff give grid workers tasks: the street office (街道) and the community (社区居委会). */
const ISSUING_UNITS: readonly UnitKind[] = ['street_office', 'community'];
/** Their staff who run the field work: leads, handlers and dispatchers (not administrators: 三权分立). */
const ISSUING_ROLES: readonly Role[] = ['street_lead', 'handler', 'dispatcher'];

/** Whether the viewer may issue (and cancel) tasks at all; the territory is checked against the worker's grid. */
export function issuesTasks(v: TaskViewer): boolean {
  return ISSUING_UNITS.includes(v.unitKind) && v.roles.some((r) => ISSUING_ROLES.includes(r));
}

/**
 * Whether `issuer` may give a task to a worker with grids at `workerGridPaths` (materialised region paths of the
 * grids' communities): the worker is a grid worker and one of their grids lies in the issuer's jurisdiction.
 */
export function mayIssueTo(
  issuer: TaskViewer & { scopePath: string },
  worker: { roles: readonly Role[]; gridPaths: readonly string[] },
): boolean {
  if (!issuesTasks(issuer)) return false;
  if (!worker.roles.includes('grid_worker')) return false;
  return worker.gridPaths.some((p) => p.startsWith(issuer.scopePath));
}

/**
 * Who reads tasks: a grid worker their own; issuers and district supervisors the tasks of workers in their
 * territory; nobody else (departments give their work through cases and 一表通, not to grid workers directly).
 */
export function taskReading(v: TaskViewer): 'own' | 'territory' | 'none' {
  if (issuesTasks(v)) return 'territory';
  if (v.roles.includes('supervisor') && v.unitKind === 'government') return 'territory';
  if (v.roles.includes('grid_worker')) return 'own';
  return 'none';
}
