import crypto from 'node:crypto';
import { caseDistrict } from '@onegrid/domain';
import type { Insertable } from 'kysely';
import type { AssignmentTable } from '../../db/schema.ts';
import type { Case } from './case-types.ts';
import type { Deadlines } from '../deadlines/public.ts';
import type { NewNotification } from '../notifications/public.ts';
import type * as repo from './cases.repository.ts';
import { warnAt as warnAtShare } from '../deadlines/public.ts';
import type { AssignmentTimer } from '../../lib/timer-port.ts';

export interface DispatchPlan {
  leadUnitId: string;
  assistUnitIds: string[];
  via: string;
}

export interface EventActor {
  id: string | null;
  name: string | null;
  unitId: string | null;
}

export function timersFor(
  a: { id: string; timer_version: number; role: string },
  start: Date,
  due: { acceptDue: Date; resolveDue: Date },
  includeAccept: boolean,
  share: number,
): AssignmentTimer[] {
  const warnAt = (end: Date) => warnAtShare(start, end, share);
  const out: AssignmentTimer[] = [];
  if (includeAccept)
    out.push({
      assignmentId: a.id,
      version: a.timer_version,
      kind: 'accept',
      warnAt: warnAt(due.acceptDue),
      dueAt: due.acceptDue,
    });
  out.push({
    assignmentId: a.id,
    version: a.timer_version,
    kind: 'resolve',
    warnAt: warnAt(due.resolveDue),
    dueAt: due.resolveDue,
  });
  return out;
}

export type NewEvent = Parameters<typeof repo.insertEvent>[1];

/** What a dispatch writes, computed without I/O: the same rows whether one case is dispatched or many at once. */
export interface DispatchRows {
  assignments: (Insertable<AssignmentTable> & { id: string; timer_version: number })[];
  timers: AssignmentTimer[];
  casePatch: { status: 'dispatched'; lead_unit_id: string; route_source: string; resolve_due_at: Date };
  event: NewEvent & { districtCode: string };
  notifications: NewNotification[];
}

export function dispatchRows(
  c: Pick<Case, 'id' | 'status' | 'title' | 'district_code' | 'region_path'>,
  plan: DispatchPlan,
  due: Deadlines,
  share: number,
  by: EventActor,
  note: string | null,
  now: Date,
): DispatchRows {
  const assists = [...new Set(plan.assistUnitIds.filter((u) => u !== plan.leadUnitId))];
  const district = caseDistrict(c);
  const assignment = (unit_id: string, role: 'lead' | 'assist') => ({
    id: crypto.randomUUID(),
    case_id: c.id,
    district_code: district,
    unit_id,
    role,
    status: 'pending' as const,
    created_at: now,
    accept_due_at: due.acceptDue,
    respond_due_at: due.respondDue,
    resolve_due_at: due.resolveDue,
    timer_version: 0,
  });
  const assignments = [assignment(plan.leadUnitId, 'lead'), ...assists.map((u) => assignment(u, 'assist'))];
  return {
    assignments,
    timers: assignments.flatMap((a) => timersFor(a, now, due, true, share)),
    casePatch: {
      status: 'dispatched',
      lead_unit_id: plan.leadUnitId,
      route_source: plan.via,
      resolve_due_at: due.resolveDue,
    },
    event: {
      caseId: c.id,
      districtCode: district,
      action: 'dispatch',
      fromStatus: c.status,
      toStatus: 'dispatched',
      actorId: by.id,
      actorName: by.name,
      unitId: by.unitId,
      note,
      data: {
        leadUnitId: plan.leadUnitId,
        assistUnitIds: assists,
        via: plan.via,
        resolveDue: due.resolveDue,
      },
    },
    notifications: [
      {
        unitId: plan.leadUnitId,
        caseId: c.id,
        kind: 'assigned',
        params: { caseTitle: c.title, due: due.acceptDue.toISOString() },
      },
      ...assists.map((unitId): NewNotification => ({
        unitId,
        caseId: c.id,
        kind: 'assigned_assist',
        params: { caseTitle: c.title },
      })),
    ],
  };
}
