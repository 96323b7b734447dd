import {
  canTransition,
  isTargetFor,
  nextStatus,
  type Actor as CaseActor,
  type CaseAction,
  type CaseStatus,
} from '@onegrid/domain';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { idempotent, requestHash, type Outcome } from '../../lib/idempotency.ts';
import { beijingTime } from '../../lib/time.ts';
import { findCategory } from '../categories/categories.repository.ts';
import { deadlinesFor } from '../deadlines/deadline-clock.ts';
import { notify, type NewNotification } from '../notifications/notifications.repository.ts';
import { attachUploads } from '../uploads/uploads.service.ts';
import type { ActionBodies } from './case-io.ts';
import type { Assignment, Case } from './case-types.ts';
import { dispatchTx, timersFor } from './dispatch.ts';
import * as repo from './cases.repository.ts';
import { deadlineWarningShare } from '../timers/warning-share.ts';
import { canSee, relationsOf } from './relations.ts';

/** A staff user, or the resident holding the tracking token of this very case. */
export type ActionBy = { kind: 'staff'; actor: Actor } | { kind: 'resident'; ip: string; requestId: string };

type AssignmentRow = Awaited<ReturnType<typeof repo.assignmentsOf>>[number];

interface Step {
  tx: Tx;
  ctx: AppContext;
  c: Case;
  assignments: AssignmentRow[];
  lead: AssignmentRow | undefined;
  by: { id: string | null; name: string; unitId: string | null };
  /** The signed-in caller (null for a resident with the tracking token): what other cases it may touch. */
  actor: Actor | null;
  /** The status after this action, per the state machine. */
  to: CaseStatus;
  notes: NewNotification[];
  event: {
    note?: string | null;
    data?: unknown;
    public?: boolean;
    photoIds?: string[];
    /** A progress note written for the resident (回复居民); otherwise per action. */
    noteVisibility?: 'public';
  };
  /** The effect wrote its own timeline event (dispatch). */
  skipEvent?: boolean;
}

const openLead = (s: Step) => {
  if (!s.lead) throw conflict('no_lead_assignment');
  return s.lead;
};

/** Moves every open assignment's deadlines by `ms` (suspension, extension) and re-arms their timers. */
async function shiftDeadlines(s: Step, rows: AssignmentRow[], resolveDue: (a: AssignmentRow) => Date | null) {
  const now = new Date();
  const share = await deadlineWarningShare(s.tx);
  for (const a of rows) {
    const due = resolveDue(a);
    if (!due) continue;
    const version = a.timer_version + 1;
    await repo.updateAssignment(s.tx, a.id, {
      resolve_due_at: due,
      timer_version: version,
      warned_at: null,
      overdue_at: null,
    });
    await s.ctx.timers.schedule(
      s.tx,
      timersFor(
        { id: a.id, timer_version: version, role: a.role },
        now,
        { acceptDue: due, resolveDue: due },
        false,
        share,
      ),
    );
    if (a.role === 'lead') await repo.updateCase(s.tx, s.c.id, { resolve_due_at: due });
  }
}

const activeAssignments = (s: Step) =>
  s.assignments.filter((a) => a.status === 'pending' || a.status === 'accepted');

/** What each action does beyond the status change; all inside the locked transaction. */
const effects: { [A in CaseAction]: (s: Step, body: ActionBodies[A]) => Promise<void> } = {
  async dispatch(s, b) {
    // 争议件: the district's arbitration is a decision on record, not a silent re-dispatch.
    if (s.c.status === 'arbitration' && !b.note)
      throw invalid([{ path: 'note', key: 'arbitration_decision_required' }]);
    const units = await repo.unitsByIds(s.tx, [b.leadUnitId, ...b.assistUnitIds]);
    for (const id of [b.leadUnitId, ...b.assistUnitIds]) {
      const u = units.find((x) => x.id === id);
      // Another street's office or community is no target: answered as an unknown unit (the domain rule).
      const target =
        u &&
        isTargetFor(
          { kind: u.kind, jurisdictionPath: u.jurisdiction_path, active: u.active },
          s.c.region_path,
        );
      if (!target) throw invalid([{ path: 'leadUnitId', key: 'unknown_unit', params: { id } }]);
    }
    if (b.categoryCode && b.categoryCode !== s.c.category_code) {
      const category = await findCategory(s.tx, b.categoryCode);
      if (!category || !category.is_leaf || !category.active)
        throw invalid([{ path: 'categoryCode', key: 'unknown_category' }]);
      await repo.updateCase(s.tx, s.c.id, { category_code: category.code, category_source: 'dispatcher' });
      s.c = { ...s.c, category_code: category.code, category_source: 'dispatcher' };
    }
    for (const a of activeAssignments(s)) await repo.updateAssignment(s.tx, a.id, { status: 'cancelled' });
    if (!s.c.category_code) throw invalid([{ path: 'categoryCode', key: 'category_before_dispatch' }]);
    await dispatchTx(
      s.tx,
      s.ctx.timers,
      s.c,
      { leadUnitId: b.leadUnitId, assistUnitIds: b.assistUnitIds, via: 'manual' },
      s.by,
      b.note ?? null,
    );
    s.skipEvent = true;
  },
  async accept(s, b) {
    const lead = openLead(s);
    const now = new Date();
    await repo.updateAssignment(s.tx, lead.id, { status: 'accepted', accepted_at: now, responded_at: now });
    for (const a of s.assignments.filter((x) => x.role === 'assist' && x.status === 'pending')) {
      await repo.updateAssignment(s.tx, a.id, { status: 'accepted', accepted_at: now, responded_at: now });
    }
    s.event = { note: b.note ?? null };
  },
  async return(s, b) {
    const lead = openLead(s);
    await repo.updateAssignment(s.tx, lead.id, { status: 'returned', return_reason: b.reason });
    for (const a of activeAssignments(s))
      if (a.id !== lead.id) await repo.updateAssignment(s.tx, a.id, { status: 'cancelled' });
    const count = s.c.return_count + 1;
    // A second return of the same case is a dispute (争议件) for the district to arbitrate.
    if (count >= 2) s.to = 'arbitration';
    await repo.updateCase(s.tx, s.c.id, { return_count: count, lead_unit_id: null });
    const centre = await repo.dispatchUnitFor(s.tx, s.c.district_code);
    if (centre) {
      s.notes.push({
        unitId: centre.id,
        caseId: s.c.id,
        kind: count >= 2 ? 'arbitration' : 'returned',
        title: `${count >= 2 ? '争议件待仲裁' : '退单待重派'}：${s.c.title}`,
        body: b.reason,
      });
    }
    s.event = { note: b.reason, data: { unit: lead.unit_name, returnCount: count } };
  },
  async progress(s, b) {
    const mine = s.assignments.find((a) => a.unit_id === s.by.unitId && a.status === 'accepted');
    if (mine?.role === 'assist' && s.lead) {
      s.notes.push({
        unitId: s.lead.unit_id,
        caseId: s.c.id,
        kind: 'assist_report',
        title: `协办单位反馈：${s.c.title}`,
        body: b.note,
      });
    }
    s.event = { note: b.note, photoIds: b.photoIds, ...(b.toResident ? { noteVisibility: 'public' } : {}) };
  },
  async report(s, b) {
    const lead = openLead(s);
    const now = new Date();
    await repo.updateAssignment(s.tx, lead.id, { status: 'reported', reported_at: now, result: b.result });
    for (const a of s.assignments.filter((x) => x.role === 'assist' && x.status === 'accepted')) {
      await repo.updateAssignment(s.tx, a.id, { status: 'done' });
    }
    const workers = s.c.grid_code ? await repo.gridWorkerIds(s.tx, s.c.grid_code) : [];
    const centre = await repo.dispatchUnitFor(s.tx, s.c.district_code);
    for (const userId of workers)
      s.notes.push({ userId, caseId: s.c.id, kind: 'verify', title: `待核查：${s.c.title}` });
    if (centre)
      s.notes.push({
        unitId: centre.id,
        caseId: s.c.id,
        kind: 'verify',
        title: `已反馈待核查：${s.c.title}`,
      });
    s.event = { note: b.result, photoIds: b.photoIds };
  },
  async verify_pass(s, b) {
    for (const a of s.assignments.filter((x) => ['pending', 'accepted', 'reported'].includes(x.status))) {
      await repo.updateAssignment(s.tx, a.id, { status: 'done' });
    }
    await repo.updateCase(s.tx, s.c.id, { closed_at: new Date() });
    if (s.lead)
      s.notes.push({ unitId: s.lead.unit_id, caseId: s.c.id, kind: 'closed', title: `已结案：${s.c.title}` });
    s.event = { note: b.note ?? null };
  },
  async verify_fail(s, b) {
    const lead = s.assignments.find((a) => a.role === 'lead' && a.status === 'reported');
    if (!lead) throw conflict('no_reported_assignment');
    await repo.updateAssignment(s.tx, lead.id, { status: 'accepted', reported_at: null });
    s.notes.push({
      unitId: lead.unit_id,
      caseId: s.c.id,
      kind: 'rework',
      title: `核查未通过，请重办：${s.c.title}`,
      body: b.reason,
    });
    s.event = { note: b.reason };
  },
  async request_extension(s, b) {
    const lead = openLead(s);
    const until = new Date(b.until);
    if (lead.resolve_due_at && until <= new Date(lead.resolve_due_at)) {
      throw invalid([{ path: 'until', key: 'later_than_deadline' }]);
    }
    if (lead.extension_until) throw conflict('extension_pending');
    await repo.updateAssignment(s.tx, lead.id, { extension_until: until, extension_reason: b.reason });
    const centre = await repo.dispatchUnitFor(s.tx, s.c.district_code);
    if (centre)
      s.notes.push({
        unitId: centre.id,
        caseId: s.c.id,
        kind: 'extension',
        title: `延期申请：${s.c.title}`,
        body: `${beijingTime(until)}：${b.reason}`,
      });
    s.event = { note: b.reason, data: { until } };
  },
  async approve_extension(s, b) {
    const lead = s.assignments.find((a) => a.role === 'lead' && a.extension_until);
    if (!lead?.extension_until) throw conflict('no_extension_request');
    const until = new Date(lead.extension_until);
    await repo.updateAssignment(s.tx, lead.id, { extension_until: null, extension_reason: null });
    await shiftDeadlines(s, [lead], () => until);
    s.notes.push({
      unitId: lead.unit_id,
      caseId: s.c.id,
      kind: 'extension',
      title: `延期已批准至 ${beijingTime(until)}：${s.c.title}`,
    });
    s.event = { note: b.note ?? null, data: { until } };
  },
  async reject_extension(s, b) {
    const lead = s.assignments.find((a) => a.role === 'lead' && a.extension_until);
    if (!lead) throw conflict('no_extension_request');
    await repo.updateAssignment(s.tx, lead.id, { extension_until: null, extension_reason: null });
    s.notes.push({
      unitId: lead.unit_id,
      caseId: s.c.id,
      kind: 'extension',
      title: `延期未批准：${s.c.title}`,
      body: b.reason,
    });
    s.event = { note: b.reason };
  },
  async suspend(s, b) {
    await repo.updateCase(s.tx, s.c.id, { previous_status: s.c.status });
    for (const a of activeAssignments(s)) {
      // Clocks stop: stale timers are ignored by version; resume re-arms them with the lost time added.
      await repo.updateAssignment(s.tx, a.id, { timer_version: a.timer_version + 1 });
    }
    s.event = { note: b.reason };
  },
  async resume(s, b) {
    const since = await repo.lastEventAt(s.tx, s.c.id, 'suspend');
    const paused = since ? Date.now() - new Date(since).getTime() : 0;
    await shiftDeadlines(s, activeAssignments(s), (a) =>
      a.resolve_due_at ? new Date(new Date(a.resolve_due_at).getTime() + paused) : null,
    );
    await repo.updateCase(s.tx, s.c.id, { previous_status: null });
    s.event = { note: b.note ?? null, data: { pausedMs: paused } };
  },
  async void(s, b) {
    for (const a of activeAssignments(s)) await repo.updateAssignment(s.tx, a.id, { status: 'cancelled' });
    s.event = { note: b.reason };
  },
  async merge(s, b) {
    if (b.parentId === s.c.id) throw invalid([{ path: 'parentId', key: 'merge_into_self' }]);
    const parent = await repo.lockCase(s.tx, b.parentId);
    // A parent the caller may not see answers exactly as one that does not exist: no case-number oracle.
    if (!parent || !s.actor || !canSee(s.actor, parent, await repo.assignmentsOf(s.tx, parent.id)))
      throw notFound('case');
    if (!['registered', 'dispatched', 'in_progress', 'reported', 'returned'].includes(parent.status)) {
      throw invalid([{ path: 'parentId', key: 'parent_must_be_open' }]);
    }
    for (const a of activeAssignments(s)) await repo.updateAssignment(s.tx, a.id, { status: 'cancelled' });
    await repo.updateCase(s.tx, s.c.id, { parent_id: parent.id });
    await repo.insertEvent(s.tx, {
      caseId: parent.id,
      action: 'merged_child',
      fromStatus: parent.status,
      toStatus: parent.status,
      actorId: s.by.id,
      actorName: s.by.name,
      unitId: s.by.unitId,
      note: `并入重复诉求 ${s.c.id}`,
      data: { childId: s.c.id },
    });
    // The duplicate's reporter is told; the tracking page follows the parent from now on.
    s.event = { note: `已并入 ${parent.id}，请关注该诉求的办理进展`, data: { parentId: parent.id } };
  },
  async close_direct(s, b) {
    await repo.updateCase(s.tx, s.c.id, { answer: b.answer, closed_at: new Date() });
    s.event = { note: b.answer };
  },
  async callback(s, b) {
    if (s.c.callback_at) throw conflict('closure_already_rated');
    await repo.updateCase(s.tx, s.c.id, {
      callback_at: new Date(),
      callback_resolved: b.resolved,
      callback_rating: b.rating,
      callback_comment: b.comment ?? null,
    });
    s.event = { note: b.comment ?? null, data: { resolved: b.resolved, rating: b.rating } };
    // An unresolved, unsatisfied answer sends the case back where the category's policy says so.
    const category = s.c.category_code ? await findCategory(s.tx, s.c.category_code) : undefined;
    if (b.rating === 'unsatisfied' && !b.resolved && category?.reopen_on_unsatisfied && s.lead) {
      // The timeline tells it in order: the rating, then the reopening it caused.
      await repo.insertEvent(s.tx, {
        caseId: s.c.id,
        action: 'callback',
        fromStatus: s.c.status,
        toStatus: s.c.status,
        actorId: s.by.id,
        actorName: s.by.name,
        unitId: s.by.unitId,
        note: s.event.note ?? null,
        data: s.event.data,
      });
      s.skipEvent = true;
      await reopen(s, `回访不满意：${b.comment ?? ''}`.trim());
    }
  },
  async reopen(s, b) {
    await reopen(s, b.reason);
    s.skipEvent = true;
  },
  async urge(s, b) {
    const lead = s.assignments.find((a) => a.role === 'lead' && a.status !== 'cancelled');
    if (lead)
      s.notes.push({
        unitId: lead.unit_id,
        caseId: s.c.id,
        kind: 'urge',
        title: `催办：${s.c.title}`,
        body: b.note ?? '',
      });
    s.event = { note: b.note ?? null };
  },
};

/** Back to the lead unit with a fresh resolve deadline (重办). */
async function reopen(s: Step, reason: string) {
  const lead = [...s.assignments]
    .reverse()
    .find((a) => a.role === 'lead' && a.status !== 'cancelled' && a.status !== 'returned');
  if (!lead) throw conflict('no_lead_to_reopen');
  const now = new Date();
  const due = await deadlinesFor(s.tx, now, s.c.category_code, s.c.urgency);
  await repo.updateAssignment(s.tx, lead.id, { status: 'accepted', reported_at: null });
  await shiftDeadlines(s, [lead], () => due.resolveDue);
  await repo.updateCase(s.tx, s.c.id, {
    status: 'in_progress',
    reopen_count: s.c.reopen_count + 1,
    closed_at: null,
    callback_at: null,
    callback_resolved: null,
    callback_rating: null,
    callback_comment: null,
  });
  await repo.insertEvent(s.tx, {
    caseId: s.c.id,
    action: 'reopen',
    fromStatus: 'closed',
    toStatus: 'in_progress',
    actorId: null,
    actorName: '系统',
    unitId: null,
    note: reason,
  });
  s.notes.push({
    unitId: lead.unit_id,
    caseId: s.c.id,
    kind: 'rework',
    title: `重办：${s.c.title}`,
    body: reason,
  });
}

/**
 * One transition of the case state machine: the case row locked, the transition checked against the table in
 * packages/domain, its effects, a timeline event, an audit row and notifications — one transaction.
 */
export async function performAction<A extends CaseAction>(
  ctx: AppContext,
  by: ActionBy,
  caseId: string,
  action: A,
  body: ActionBodies[A],
  idempotencyKey?: string,
): Promise<Outcome<{ id: string }>> {
  const scope = by.kind === 'staff' ? `action:${by.actor.userId}` : `action:resident:${caseId}`;
  const fingerprint = requestHash({ caseId, action, body });
  return idempotent(
    ctx.db,
    scope,
    idempotencyKey,
    async (tx) => {
      const c = await repo.lockCase(tx, caseId);
      if (!c) throw notFound('case');
      const assignments = await repo.assignmentsOf(tx, caseId);
      let as: CaseActor[];
      if (by.kind === 'staff') {
        if (!canSee(by.actor, c, assignments)) throw notFound('case');
        as = await relationsOf(tx, by.actor, c, assignments);
      } else {
        as = ['resident'];
      }
      const status = c.status;
      if (!canTransition(action, status, as)) {
        throw conflict('invalid_transition', { action, status });
      }
      const actorName = by.kind === 'staff' ? by.actor.name : '居民';
      const step: Step = {
        tx,
        ctx,
        c,
        assignments,
        lead: [...assignments]
          .reverse()
          .find((a) => a.role === 'lead' && a.status !== 'cancelled' && a.status !== 'returned'),
        by: {
          id: by.kind === 'staff' ? by.actor.userId : null,
          name: actorName,
          unitId: by.kind === 'staff' ? by.actor.unitId : null,
        },
        actor: by.kind === 'staff' ? by.actor : null,
        to: nextStatus(action, status, c.previous_status),
        notes: [],
        event: {},
      };
      await (effects[action] as (s: Step, b: ActionBodies[A]) => Promise<void>)(step, body);
      // Effects that set the status themselves (dispatch, reopen — also via callback) win; otherwise the table's.
      const after = await repo.findCase(tx, caseId);
      if (after && after.status === status && step.to !== status)
        await repo.updateCase(tx, caseId, { status: step.to });
      const finalStatus = after && after.status !== status ? after.status : step.to;
      if (!step.skipEvent) {
        const eventId = await repo.insertEvent(tx, {
          caseId,
          action,
          fromStatus: status,
          toStatus: action === 'callback' ? status : finalStatus,
          actorId: step.by.id,
          actorName,
          unitId: step.by.unitId,
          note: step.event.note ?? null,
          data: step.event.data,
          public: step.event.public ?? !['urge', 'request_extension', 'reject_extension'].includes(action),
          noteVisibility: step.event.noteVisibility,
        });
        if (step.event.photoIds?.length)
          await attachUploads(tx, step.event.photoIds, caseId, eventId, step.by.id);
      }
      await notify(tx, step.notes);
      await writeAudit(
        tx,
        by.kind === 'staff'
          ? by.actor
          : { userId: '', username: 'resident', scopePath: '', ip: by.ip, requestId: by.requestId },
        {
          action: 'update',
          entity: 'case',
          entityId: caseId,
          before: { status },
          after: { action, status: finalStatus },
        },
      );
      return { status: 200, body: { id: caseId } };
    },
    fingerprint,
  );
}

export type { Assignment };
