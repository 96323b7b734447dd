import type { Db, Tx } from '../../db/database.ts';
import { isInactive, type AssignmentStatus } from '@onegrid/domain';
import { writeCaseEvent } from '../cases/public.ts';
import { writeAudit } from '../../lib/audit.ts';
import {
  notify,
  type NewNotification,
  type NoticeMessage,
  type NoticeRecipient,
} from '../notifications/public.ts';
import { nextJob, overdueJob, timerKey, type TimerJobData } from './timers.pgboss.ts';
import type { JobInsert } from 'pg-boss';
import { beijingTime } from '../../lib/time.ts';
import type { NoticeKind } from '@onegrid/domain';
import type { NoticeParams } from '../notifications/public.ts';
import * as repo from './timers.repository.ts';

export type TimerOutcome =
  'fired' | 'missing' | 'stale' | 'closed' | 'case_inactive' | 'superseded' | 'duplicate';

export interface TimerResult {
  outcome: TimerOutcome;
  /** Outbound notices to send once the transaction committed (overdue and supervision). */
  outbound: { to: NoticeRecipient; message: NoticeMessage }[];
}

/** Which assignments a timer still concerns: accept timers only until accepted, resolve timers until reported. */
function isOpenFor(status: AssignmentStatus, kind: TimerJobData['kind']): boolean {
  switch (status) {
    case 'pending':
      return true;
    case 'accepted':
      return kind === 'resolve';
    case 'returned':
    case 'reported':
    case 'done':
    case 'released':
    case 'cancelled':
      return false;
  }
}

const ACTION = { warn: 'deadline_warning', overdue: 'overdue' } as const;
const KIND_ZH = { accept: '签收', resolve: '办结' } as const;

/**
 * Handles one deadline edge of one assignment, in one transaction: the case (shared) and the assignment (for
 * update) are locked in the order transitions lock them. A stale version, a closed assignment, a suspended or
 * finished case, an edge that already fired, or a warning after its overdue edge do nothing. Otherwise the
 * assignment is marked, and the timeline event, the notifications (warning → the unit; overdue → the unit and a
 * supervision notice to its superior) and the audit row are written together.
 */
export async function fireTimer(
  db: Db,
  job: TimerJobData,
  now = new Date(),
  /** Inserts the jobs this edge leads to, in its transaction (timers.pgboss jobChain). */
  chain?: (tx: Tx, jobs: JobInsert<TimerJobData>[]) => Promise<void>,
): Promise<TimerResult> {
  const nothing = (outcome: TimerOutcome): TimerResult => ({ outcome, outbound: [] });
  const caseId = await repo.findAssignmentCaseId(db, job.assignmentId);
  if (!caseId) return nothing('missing');
  return db.transaction().execute(async (tx) => {
    const c = await repo.lockCaseShared(tx, caseId);
    const a = await repo.lockAssignment(tx, job.assignmentId);
    if (!c || !a) return nothing('missing');
    if (a.timer_version !== job.version) return nothing('stale');
    // What follows this edge, scheduled in this transaction (the same job twice is one: singleton keys): a warning
    // is followed by its overdue edge; a finished accept timer (accepted, or overdue) starts the resolve timer.
    const then = async (jobs: (JobInsert<TimerJobData> | undefined)[]) => {
      const due = jobs.filter((j): j is JobInsert<TimerJobData> => j !== undefined);
      if (chain && due.length > 0) await chain(tx, due);
    };
    if (!isOpenFor(a.status, job.kind)) {
      await then([nextJob(job)]);
      return nothing('closed');
    }
    if (isInactive(c.status)) return nothing('case_inactive');
    const key = timerKey(job);
    const action = ACTION[job.edge];
    await then(job.edge === 'warn' ? [overdueJob(job)] : [nextJob(job)]);
    if (await repo.hasTimerEvent(tx, caseId, action, key)) return nothing('duplicate');
    // After a backlog both edges may be due at once: a warning after the overdue notice would only confuse.
    if (job.edge === 'warn') {
      const overdueKey = timerKey({ ...job, edge: 'overdue' });
      if (await repo.hasTimerEvent(tx, caseId, ACTION.overdue, overdueKey)) return nothing('superseded');
    }

    const unit = await repo.findUnit(tx, a.unit_id);
    if (!unit) return nothing('missing');
    const due = beijingTime(new Date(job.dueAt));
    const what = KIND_ZH[job.kind];
    const column = job.edge === 'warn' ? 'warned_at' : 'overdue_at';
    await repo.markAssignment(tx, a.id, column, now);

    const items: NewNotification[] = [];
    const outbound: TimerResult['outbound'] = [];
    let superiorId: string | null = null;
    const params = { caseTitle: c.title, what: job.kind, due: new Date(job.dueAt).toISOString() };
    if (job.edge === 'warn') {
      items.push({ unitId: unit.id, caseId, kind: 'deadline_warning', params });
    } else {
      items.push({ unitId: unit.id, caseId, kind: 'overdue', params });
      outbound.push({ to: recipient(unit), message: outboundMessage('overdue', params, caseId) });
      const superior = unit.parent_id
        ? await repo.findUnit(tx, unit.parent_id)
        : await repo.findGovernmentFor(tx, c.region_path);
      if (superior && superior.id !== unit.id) {
        superiorId = superior.id;
        const escalated = { ...params, unit: unit.name };
        items.push({ unitId: superior.id, caseId, kind: 'overdue_escalated', params: escalated });
        outbound.push({
          to: recipient(superior),
          message: outboundMessage('overdue_escalated', escalated, caseId),
        });
      }
    }

    await writeCaseEvent(tx, {
      caseId,
      action,
      fromStatus: c.status,
      toStatus: c.status,
      actorId: null,
      actorName: null,
      unitId: unit.id,
      // The stored note is the Chinese text; the timeline renders noteKey + noteParams in the reader's language.
      public: false,
      note: job.edge === 'warn' ? `${what}时限将于 ${due} 到期` : `已超过${what}时限（${due}）`,
      data: {
        noteKey: job.edge === 'warn' ? 'deadline_warning' : 'deadline_overdue',
        noteParams: { what: job.kind, due: params.due },
        timerKey: key,
        assignmentId: a.id,
        kind: job.kind,
        edge: job.edge,
        version: job.version,
        dueAt: job.dueAt,
        ...(superiorId ? { supervisedBy: superiorId } : {}),
      },
    });
    await notify(tx, items);
    await writeAudit(tx, null, {
      action: 'update',
      entity: 'assignment',
      entityId: a.id,
      before: { [column]: a[column] },
      after: { [column]: a[column] ?? now, timer: key },
    });
    return { outcome: 'fired', outbound };
  });
}

/** An outbound notice (SMS) as its key and parameters; the notifier renders it. */
function outboundMessage(kind: NoticeKind, params: NoticeParams, caseId: string): NoticeMessage {
  return { kind, params, caseId };
}

function recipient(u: { id: string; name: string; phone: string | null }): NoticeRecipient {
  return { unitId: u.id, unitName: u.name, phone: u.phone };
}
