import crypto from 'node:crypto';
import {
  applyAction,
  caseDistrict,
  isRefusal,
  isTargetFor,
  type AssignmentPatch,
  type CasePatch,
  type CaseAction,
  type CaseState,
  type Actor as CaseActor,
  type Refusal,
  type RefusalCode,
} from '@onegrid/domain';
import type { Updateable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { AssignmentTable, CaseTable } from '../../db/schema.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import type { ConflictReason, DetailKey } from '../../lib/i18n.details.ts';
import { idempotent, requestHash, type Outcome } from '../../lib/idempotency.ts';
import { findCategory } from '../categories/public.ts';
import { notify } from '../notifications/public.ts';
import { gateReportedReply } from '../replyquality/public.ts';
import { attachUploads } from '../uploads/uploads.service.ts';
import type { ActionBodies } from './case-io.ts';
import type { Assignment, Case } from './case-types.ts';
import { assignmentStateOf, caseStateOf } from './case-state.ts';
import { writeCaseEvent } from './case-events.ts';
import { noticeRows } from './case-notices.ts';
import { timersFor } from './dispatch.ts';
import type { DeadlineClock } from '../deadlines/public.ts';
import * as repo from './cases.repository.ts';
import { recordCorrection } from '../classify/public.ts';
import { canSee, relationsOf } from './relations.ts';
import { requireHoldingDesk } from './forwarding.service.ts';

/** A staff user, or the resident holding the tracking token of this very case. */
export type ActionBy = { kind: 'staff'; actor: Actor } | { kind: 'resident'; ip: string; requestId: string };

const snake = (k: string) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const rowOf = <T>(patch: object): T =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [snake(k), v])) as T;
export const casePatchRow = (p: CasePatch): Updateable<CaseTable> => rowOf(p);
export const assignmentPatchRow = (p: AssignmentPatch): Updateable<AssignmentTable> => rowOf(p);

/** Refusals that are about the request's own fields: answered as validation errors on that field (by key). */
const FIELD_REFUSALS: Partial<Record<RefusalCode, { path: string; key: DetailKey }>> = {
  UNTIL_NOT_LATER: { path: 'until', key: 'later_than_deadline' },
  ARBITRATION_NOTE_REQUIRED: { path: 'note', key: 'arbitration_decision_required' },
  CATEGORY_REQUIRED: { path: 'categoryCode', key: 'category_before_dispatch' },
  MERGE_SELF: { path: 'parentId', key: 'merge_into_self' },
  MERGE_PARENT_CLOSED: { path: 'parentId', key: 'parent_must_be_open' },
};

/** The other refusals: a CONFLICT whose reason is a message key (lib/i18n.details.ts). */
const CONFLICT_REASONS: Record<Exclude<RefusalCode, keyof typeof FIELD_REFUSALS>, ConflictReason> = {
  INVALID_TRANSITION: 'invalid_transition',
  NO_LEAD: 'no_lead_assignment',
  NO_REPORTED_ASSIGNMENT: 'no_reported_assignment',
  EXTENSION_PENDING: 'extension_pending',
  NO_EXTENSION_REQUEST: 'no_extension_request',
  ALREADY_RATED: 'closure_already_rated',
  NO_LEAD_TO_REOPEN: 'no_lead_to_reopen',
  ASSIST_PARTS_PENDING: 'assist_parts_pending',
  NO_PENDING_ASSIST: 'no_pending_assist',
  NO_ACCEPTED_ASSIST: 'no_accepted_assist',
  NO_OPEN_ASSIST: 'no_open_assist',
};

/** A refusal of the domain as the API answers it: bad input is a validation error, the rest a conflict. */
function refusalError(r: Refusal): AppError {
  const field = FIELD_REFUSALS[r.refused];
  if (field) return invalid([field]);
  return conflict(CONFLICT_REASONS[r.refused as keyof typeof CONFLICT_REASONS], r.params);
}

type Loader = (
  tx: Tx,
  c: Case,
  actor: Actor | null,
  body: unknown,
  clock: DeadlineClock,
) => Promise<Partial<CaseState>>;

/** What some actions need loaded beyond the case and its assignments; the domain decides with it. */
const LOADERS: Partial<Record<CaseAction, Loader>> = {
  async dispatch(tx, c, actor, body, clock) {
    const b = body as ActionBodies['dispatch'];
    const units = await repo.unitsByIds(tx, [b.leadUnitId, ...b.assistUnitIds]);
    for (const id of [b.leadUnitId, ...b.assistUnitIds]) {
      const u = units.find((x) => x.id === id);
      // Another street's office or community is no target: answered as an unknown unit (the domain rule).
      const target =
        u &&
        isTargetFor({ kind: u.kind, jurisdictionPath: u.jurisdiction_path, active: u.active }, c.region_path);
      if (!target) throw invalid([{ path: 'leadUnitId', key: 'unknown_unit', params: { id } }]);
    }
    let category = c.category_code;
    if (b.categoryCode && b.categoryCode !== c.category_code) {
      const k = await findCategory(tx, b.categoryCode);
      if (!k || !k.is_leaf || !k.active) throw invalid([{ path: 'categoryCode', key: 'unknown_category' }]);
      category = k.code;
    }
    return {
      deadlines: await clock.forCategory(new Date(), category, c.urgency),
      newId: () => crypto.randomUUID(),
    };
  },
  async reopen(_tx, c, _actor, _body, clock) {
    return { deadlines: await clock.forCategory(new Date(), c.category_code, c.urgency) };
  },
  async callback(tx, c, _actor, _body, clock) {
    const k = c.category_code ? await findCategory(tx, c.category_code) : undefined;
    return {
      reopenOnUnsatisfied: Boolean(k?.reopen_on_unsatisfied),
      deadlines: await clock.forCategory(new Date(), c.category_code, c.urgency),
    };
  },
  async resume(tx, c) {
    return { suspendedAt: (await repo.lastEventAt(tx, c.id, 'suspend')) ?? null };
  },
  async merge(tx, c, actor, body) {
    const b = body as ActionBodies['merge'];
    if (b.parentId === c.id) return { parent: null };
    const parent = await repo.lockCase(tx, b.parentId);
    // A parent the caller may not see answers exactly as one that does not exist: no case-number oracle.
    if (!parent || !actor || !canSee(actor, parent, await repo.assignmentsOf(tx, parent.id)))
      throw notFound('case');
    return { parent: { id: parent.id, status: parent.status } };
  },
};

/** Loads what some actions need beyond the case and its assignments; the domain decides with it. */
async function loadFacts(
  tx: Tx,
  c: Case,
  actor: Actor | null,
  action: CaseAction,
  body: unknown,
  clock: DeadlineClock,
): Promise<Partial<CaseState>> {
  return (await LOADERS[action]?.(tx, c, actor, body, clock)) ?? {};
}

/**
 * One step of the case lifecycle: lock the case row, load it, ask the domain's `applyAction`, persist what it
 * answers (case, assignments, timeline, timers, notifications) and an audit row — one transaction.
 */
export async function performAction<A extends CaseAction>(
  ctx: AppContext,
  by: ActionBy,
  caseId: string,
  action: A,
  body: ActionBodies[A & keyof ActionBodies],
  idempotencyKey?: string,
): Promise<Outcome<{ id: string }>> {
  const scope = by.kind === 'staff' ? `action:${by.actor.userId}` : `action:resident:${caseId}`;
  const fingerprint = requestHash({ caseId, action, body });
  return idempotent(
    ctx.db,
    scope,
    idempotencyKey,
    async (tx) => {
      // lock
      const c = await repo.lockCase(tx, caseId);
      if (!c) throw notFound('case');
      // load
      const assignments = await repo.assignmentsOf(tx, caseId);
      let relations: CaseActor[];
      if (by.kind === 'staff') {
        if (!canSee(by.actor, c, assignments)) throw notFound('case');
        relations = await relationsOf(tx, by.actor, c, assignments);
      } else {
        relations = ['resident'];
      }
      const actor = by.kind === 'staff' ? by.actor : null;
      // the desk holding a forwarded case alone takes its desk-level actions (the domain's deskRefusal)
      await requireHoldingDesk(tx, actor, c, action);
      const facts = await loadFacts(tx, c, actor, action, body, ctx.deadlines);
      const now = new Date();
      // apply
      const out = applyAction(
        { ...caseStateOf(c), ...facts },
        assignments.map(assignmentStateOf),
        action,
        body,
        { relations, unitId: actor?.unitId ?? null },
        now,
      );
      if (isRefusal(out)) throw refusalError(out);
      // 答复质量: the lead's reply is scored before anyone persists it; below the bar it is refused or held.
      if (action === 'report') await gateReply(ctx, tx, c, assignments, out.assignmentPatches, body, now);
      // persist
      const actorName = actor ? actor.name : '居民';
      if (Object.keys(out.casePatch).length) await repo.updateCase(tx, caseId, casePatchRow(out.casePatch));
      // a dispatcher's change of category trains the next classifier (issue 12)
      if (out.casePatch.categoryCode && out.casePatch.categoryCode !== c.category_code)
        await recordCorrection(tx, {
          caseId,
          from: c.category_code,
          to: out.casePatch.categoryCode,
          by: actor?.userId ?? null,
        });
      for (const p of out.assignmentPatches)
        await repo.updateAssignment(tx, p.id, assignmentPatchRow(p.patch));
      if (out.newAssignments.length)
        await repo.insertAssignments(
          tx,
          out.newAssignments.map((a) => ({ ...rowOf(a), district_code: caseDistrict(c) })),
        );
      if (out.timers.length) {
        const share = await ctx.deadlines.warningShare();
        await ctx.timers.schedule(
          tx,
          out.timers.flatMap((t) =>
            timersFor(
              { id: t.assignmentId, timer_version: t.version, role: t.role },
              t.start,
              { acceptDue: t.acceptDue ?? t.resolveDue, resolveDue: t.resolveDue },
              t.acceptDue !== null,
              share,
            ),
          ),
        );
      }
      for (const e of out.events) {
        const system = e.by === 'system';
        const eventId = await writeCaseEvent(tx, {
          caseId: e.caseId ?? caseId,
          action: e.action,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          actorId: system ? null : (actor?.userId ?? null),
          actorName: system ? null : actorName,
          unitId: system ? null : (actor?.unitId ?? null),
          note: e.note,
          data: e.data,
          public: e.public,
          noteVisibility: e.noteVisibility,
        });
        if (e.photoIds?.length)
          await attachUploads(tx, e.photoIds, caseId, eventId, actor?.userId ?? null, caseDistrict(c));
      }
      await notify(tx, await noticeRows(tx, c, out.notices));
      await writeAudit(
        tx,
        actor ??
          (by.kind === 'resident'
            ? { userId: '', username: 'resident', scopePath: '', ip: by.ip, requestId: by.requestId }
            : null),
        {
          action: 'update',
          entity: 'case',
          entityId: caseId,
          before: { status: c.status },
          after: { action, status: out.status },
        },
      );
      return { status: 200, body: { id: caseId } };
    },
    fingerprint,
  );
}

/** Hands the lead's reply to the reply-quality gate (modules/replyquality), which may refuse the report. */
async function gateReply(
  ctx: AppContext,
  tx: Tx,
  c: Case,
  assignments: readonly { id: string; role: string; unit_id: string; resolve_due_at: Date | null }[],
  patches: { id: string; patch: AssignmentPatch }[],
  body: unknown,
  now: Date,
): Promise<void> {
  const lead = assignments.find(
    (a) => a.role === 'lead' && patches.some((p) => p.id === a.id && p.patch.status === 'reported'),
  );
  if (!lead) return;
  await gateReportedReply(ctx.db, tx, {
    caseId: c.id,
    caseTitle: c.title,
    request: `${c.title ?? ''} ${c.description}`,
    createdAt: c.created_at,
    regionPath: c.region_path,
    districtCode: c.district_code,
    assignmentId: lead.id,
    unitId: lead.unit_id,
    dueAt: lead.resolve_due_at,
    result: (body as ActionBodies['report']).result,
    at: now,
  });
}

export type { Assignment };
