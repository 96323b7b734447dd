import type { AssignmentState, CaseState } from '@onegrid/domain';
import type { Case } from './case-types.ts';
import type * as repo from './cases.repository.ts';

type AssignmentRow = Awaited<ReturnType<typeof repo.assignmentsOf>>[number];

/** The case row as the domain's lifecycle reads it. */
export function caseStateOf(c: Case): CaseState {
  return {
    id: c.id,
    status: c.status,
    previousStatus: c.previous_status,
    title: c.title,
    categoryCode: c.category_code,
    returnCount: c.return_count,
    reopenCount: c.reopen_count,
    callbackAt: c.callback_at,
  };
}

export function assignmentStateOf(
  a: Pick<
    AssignmentRow,
    | 'id'
    | 'unit_id'
    | 'unit_name'
    | 'role'
    | 'status'
    | 'created_at'
    | 'accept_due_at'
    | 'respond_due_at'
    | 'resolve_due_at'
    | 'timer_version'
    | 'extension_until'
  >,
): AssignmentState {
  return {
    id: a.id,
    unitId: a.unit_id,
    unitName: a.unit_name,
    role: a.role,
    status: a.status,
    createdAt: a.created_at,
    acceptDueAt: a.accept_due_at,
    respondDueAt: a.respond_due_at,
    resolveDueAt: a.resolve_due_at,
    timerVersion: a.timer_version,
    extensionUntil: a.extension_until,
  };
}
