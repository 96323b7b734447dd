import { z } from 'zod';
import type { Role } from '../governance.ts';

/** DESIGN.md §3: 咨询/求助/投诉/举报/建议 */
export const RequestType = z.enum(['consult', 'help', 'complaint', 'report', 'suggestion']);
export type RequestType = z.infer<typeof RequestType>;

export const Channel = z.enum([
  'hotline',
  'web',
  'app',
  'grid_patrol',
  'open311',
  'department',
  'sensor',
  'media',
]);
export type Channel = z.infer<typeof Channel>;

/**
 * registered 已受理 → dispatched 已派单 → in_progress 处置中 → reported 已反馈 → closed 已结案;
 * side states: returned 退单 (back with the dispatcher), arbitration 争议件 (with the district), suspended 挂起,
 * void 作废, merged 并案.
 */
export const CaseStatus = z.enum([
  'registered',
  'dispatched',
  'in_progress',
  'reported',
  'closed',
  'returned',
  'arbitration',
  'suspended',
  'void',
  'merged',
]);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** The status sets, declared once: every module and the web import these. */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'registered',
  'dispatched',
  'in_progress',
  'reported',
  'returned',
  'arbitration',
  'suspended',
];
/** Statuses in which the case's deadline clocks stand still (挂起). */
export const CLOCK_STOPPED_STATUSES = ['suspended'] as const satisfies readonly CaseStatus[];
/** The case is over: closed, void or merged into another. */
export const FINISHED_STATUSES = ['closed', 'void', 'merged'] as const satisfies readonly CaseStatus[];
/** No clock runs and nobody is late: clock stopped or finished. */
export const INACTIVE_STATUSES = [
  ...CLOCK_STOPPED_STATUSES,
  ...FINISHED_STATUSES,
] as const satisfies readonly CaseStatus[];
/** A duplicate may be merged into a case in one of these statuses. */
export const MERGE_PARENT_STATUSES: readonly CaseStatus[] = [
  'registered',
  'dispatched',
  'in_progress',
  'reported',
  'returned',
];

export const isFinished = (s: CaseStatus): boolean => (FINISHED_STATUSES as readonly string[]).includes(s);
export const isInactive = (s: CaseStatus): boolean => (INACTIVE_STATUSES as readonly string[]).includes(s);

/**
 * An assignment of a unit to a case: pending 待签收 → accepted 办理中 → reported 已反馈 → done 已办结;
 * returned 退回 (lead), released 已解除 (a co-unit let go by the lead or the dispatcher, with a reason),
 * cancelled 已撤销 (re-dispatch, void, merge).
 */
export const AssignmentStatus = z.enum([
  'pending',
  'accepted',
  'returned',
  'reported',
  'done',
  'released',
  'cancelled',
]);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;
/** Assignments whose clocks run: the unit still owes an answer. */
export const ACTIVE_ASSIGNMENT_STATUSES = [
  'pending',
  'accepted',
] as const satisfies readonly AssignmentStatus[];
export const AssignmentRole = z.enum(['lead', 'assist']);
export type AssignmentRole = z.infer<typeof AssignmentRole>;

/** A callback's rating (回访): 满意 / 基本满意 / 不满意. */
export const CallbackRating = z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']);
export type CallbackRating = z.infer<typeof CallbackRating>;

export const CaseAction = z.enum([
  'dispatch',
  'accept',
  'return',
  'progress',
  'report',
  'verify_pass',
  'verify_fail',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'suspend',
  'resume',
  'void',
  'merge',
  'close_direct',
  'callback',
  'reopen',
  'urge',
  'assist_accept',
  'assist_report',
  'release_assist',
]);
export type CaseAction = z.infer<typeof CaseAction>;

/**
 * Who may act, relative to the case:
 * - 'lead_unit': a handler of the unit holding the lead assignment;
 * - 'assist_unit': a handler of a co-unit;
 * - 'grid_worker': a grid worker of the case's grid;
 * - 'dispatcher' / 'operator' / 'supervisor': by role, inside the jurisdiction of the case;
 * - 'resident': the reporter, through the private tracking token;
 * - 'system': jobs and rules (deadline timers, the callback rule that reopens).
 */
export type Actor =
  | 'lead_unit'
  | 'assist_unit'
  | 'grid_worker'
  | 'dispatcher'
  | 'operator'
  | 'supervisor'
  | 'resident'
  | 'system';

export interface Transition {
  from: readonly CaseStatus[];
  /** null: the status stays as it is. 'previous': back to the status before suspension. */
  to: CaseStatus | null | 'previous';
  by: readonly Actor[];
}

/** The case state machine, as data: checked on the server while the case row is locked, and read by the web. */
export const TRANSITIONS: Record<CaseAction, Transition> = {
  dispatch: {
    from: ['registered', 'returned', 'arbitration'],
    to: 'dispatched',
    by: ['dispatcher', 'supervisor', 'system'],
  },
  accept: { from: ['dispatched'], to: 'in_progress', by: ['lead_unit'] },
  return: { from: ['dispatched'], to: 'returned', by: ['lead_unit'] },
  progress: { from: ['in_progress'], to: null, by: ['lead_unit', 'assist_unit'] },
  report: { from: ['in_progress'], to: 'reported', by: ['lead_unit'] },
  verify_pass: { from: ['reported'], to: 'closed', by: ['grid_worker', 'dispatcher'] },
  verify_fail: { from: ['reported'], to: 'in_progress', by: ['grid_worker', 'dispatcher'] },
  request_extension: { from: ['dispatched', 'in_progress'], to: null, by: ['lead_unit'] },
  approve_extension: {
    from: ['dispatched', 'in_progress', 'suspended'],
    to: null,
    by: ['dispatcher', 'supervisor'],
  },
  reject_extension: {
    from: ['dispatched', 'in_progress', 'suspended'],
    to: null,
    by: ['dispatcher', 'supervisor'],
  },
  suspend: { from: ['dispatched', 'in_progress'], to: 'suspended', by: ['dispatcher', 'supervisor'] },
  resume: { from: ['suspended'], to: 'previous', by: ['dispatcher', 'supervisor'] },
  void: {
    from: ['registered', 'returned', 'dispatched', 'arbitration'],
    to: 'void',
    by: ['dispatcher', 'supervisor'],
  },
  merge: { from: ['registered', 'returned', 'dispatched'], to: 'merged', by: ['dispatcher'] },
  close_direct: { from: ['registered'], to: 'closed', by: ['operator', 'dispatcher'] },
  callback: { from: ['closed'], to: null, by: ['operator', 'resident'] },
  reopen: { from: ['closed'], to: 'in_progress', by: ['system', 'dispatcher', 'supervisor'] },
  urge: {
    from: ['dispatched', 'in_progress', 'reported', 'returned', 'arbitration'],
    to: null,
    by: ['dispatcher', 'supervisor', 'system'],
  },
  // 协办: a co-unit signs for its own part, reports it, or is let go (with a reason) by the lead or the desk.
  assist_accept: { from: ['dispatched', 'in_progress'], to: null, by: ['assist_unit'] },
  assist_report: { from: ['dispatched', 'in_progress'], to: null, by: ['assist_unit'] },
  release_assist: {
    from: ['dispatched', 'in_progress'],
    to: null,
    by: ['lead_unit', 'dispatcher', 'supervisor'],
  },
};

/** Actions whose timeline entry staff only see (not on the public tracking page). */
export const PRIVATE_ACTIONS: readonly CaseAction[] = [
  'urge',
  'request_extension',
  'reject_extension',
  'assist_accept',
  'assist_report',
  'release_assist',
];

/** A second return of the same case makes it a dispute (争议件) for the district to arbitrate. */
export const RETURNS_TO_ARBITRATION = 2;

/** The relations a staff role can have to a case, before looking at the case itself. */
export const ROLE_ACTORS: Partial<Record<Role, Actor[]>> = {
  handler: ['lead_unit', 'assist_unit'],
  grid_worker: ['grid_worker', 'lead_unit'],
  dispatcher: ['dispatcher'],
  operator: ['operator'],
  supervisor: ['supervisor'],
  street_lead: ['supervisor'],
};

export function canTransition(action: CaseAction, status: CaseStatus, as: readonly Actor[]): boolean {
  const t = TRANSITIONS[action];
  return t.from.includes(status) && t.by.some((b) => as.includes(b));
}

/** Every action the given relations allow in this status: what a page offers, and nothing else. */
export function availableActions(status: CaseStatus, as: readonly Actor[]): CaseAction[] {
  return CaseAction.options.filter((a) => canTransition(a, status, as));
}

export function nextStatus(action: CaseAction, status: CaseStatus, previous: CaseStatus | null): CaseStatus {
  const to = TRANSITIONS[action].to;
  if (to === null) return status;
  if (to === 'previous') return previous ?? 'dispatched';
  return to;
}
