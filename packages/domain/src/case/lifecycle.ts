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

export const OPEN_STATUSES: readonly CaseStatus[] = [
  'registered',
  'dispatched',
  'in_progress',
  'reported',
  'returned',
  'arbitration',
  'suspended',
];

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
};

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
