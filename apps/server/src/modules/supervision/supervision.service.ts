import { ACTIVE_ASSIGNMENT_STATUSES, isFinished } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, conflict, notFound } from '../../lib/errors.ts';
import { writeCaseEvent } from '../cases/public.ts';
import { notify } from '../notifications/public.ts';
import type { AppContext } from '../../lib/context.ts';
import * as repo from './supervision.repository.ts';

/** Who supervises: the street (its lead), the district and city centres (dispatchers, supervisors), admins. */
const SUPERVISORS = ['supervisor', 'dispatcher', 'street_lead', 'admin'] as const;

/** Default time a unit has to answer a notice in writing, in hours. */
export const ANSWER_HOURS = { yellow: 48, red: 24 } as const;

/** Supervision looks over a territory: a department's staff have none, whatever their roles (lib/scope.ts). */
function ownJurisdiction(actor: Actor): string {
  const path = jurisdictionPathOf(actor);
  if (path === null) throw new AppError('FORBIDDEN');
  return path;
}

/** The region path to look at: the caller's jurisdiction, or a region inside it (404 outside, as if unknown). */
async function regionPrefix(db: DbOrTx, actor: Actor, regionCode?: string): Promise<string> {
  const own = ownJurisdiction(actor);
  if (!regionCode) return `${own}%`;
  const r = await db.selectFrom('region').select('path').where('code', '=', regionCode).executeTakeFirst();
  if (!r || !r.path.startsWith(own)) throw notFound('region');
  return `${r.path}%`;
}

export interface LateQuery {
  regionCode?: string | undefined;
  unitId?: string | undefined;
  categoryCode?: string | undefined;
}

/**
 * Overdue and due-soon assignments in the caller's jurisdiction (street, district or city, by who asks), counted
 * by unit, by category and by street: the supervision overview.
 */
export async function lateOverview(ctx: AppContext, actor: Actor, q: LateQuery) {
  requireRole(actor, ...SUPERVISORS);
  const { db } = ctx;
  const filter = {
    prefix: await regionPrefix(db, actor, q.regionCode),
    share: await ctx.deadlines.warningShare(),
    unitId: q.unitId,
    categoryCode: q.categoryCode,
  };
  const [rows, t] = await Promise.all([repo.lateCounts(db, filter), repo.lateTotals(db, filter)]);
  const group = <K extends string, L extends object>(
    key: (r: (typeof rows)[number]) => K | null,
    label: (r: (typeof rows)[number]) => L,
  ) => {
    const m = new Map<string, { overdue: number; dueSoon: number } & L>();
    for (const r of rows) {
      const k = key(r) ?? '';
      const e = m.get(k) ?? { ...label(r), overdue: 0, dueSoon: 0 };
      e.overdue += r.overdue;
      e.dueSoon += r.due_soon;
      m.set(k, e);
    }
    return [...m.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon);
  };
  return {
    level: actor.scopeLevel,
    /** overdue/dueSoon count assignments (as the tables below); the *Cases figures count each case once. */
    totals: {
      overdue: t.overdue,
      dueSoon: t.due_soon,
      overdueCases: t.overdue_cases,
      dueSoonCases: t.due_soon_cases,
    },
    byUnit: group(
      (r) => r.unit_id,
      (r) => ({ unit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind } }),
    ),
    byCategory: group(
      (r) => r.category_code,
      (r) => ({
        category: r.category_code
          ? { code: r.category_code, nameZh: r.category_name_zh ?? '', nameEn: r.category_name_en ?? '' }
          : null,
      }),
    ),
    byStreet: group(
      (r) => r.street_code,
      (r) => ({ street: r.street_code ? { code: r.street_code, name: r.street_name ?? '' } : null }),
    ),
  };
}

/** The late assignments behind a count, most overdue first. */
export async function lateList(
  ctx: AppContext,
  actor: Actor,
  q: LateQuery & { kind: 'overdue' | 'due_soon'; page: number; pageSize: number },
) {
  requireRole(actor, ...SUPERVISORS);
  const { db } = ctx;
  const { total, rows } = await repo.lateItems(db, {
    prefix: await regionPrefix(db, actor, q.regionCode),
    share: await ctx.deadlines.warningShare(),
    unitId: q.unitId,
    categoryCode: q.categoryCode,
    kind: q.kind,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total,
    items: rows.map((r) => ({
      assignmentId: r.assignment_id,
      role: r.role,
      assignmentStatus: r.assignment_status,
      assignedAt: r.assigned_at,
      resolveDueAt: r.resolve_due_at,
      unit: { id: r.unit_id, name: r.unit_name },
      case: {
        id: r.case_id,
        title: r.title,
        status: r.status,
        urgency: r.urgency,
        address: r.address,
        category: r.category_code
          ? { code: r.category_code, nameZh: r.category_name_zh ?? '', nameEn: r.category_name_en ?? '' }
          : null,
      },
      notices: r.notices,
    })),
  };
}

export interface NewNotice {
  assignmentId: string;
  level: 'yellow' | 'red';
  reason: string;
  answerWithinHours?: number | undefined;
}

/**
 * A supervision notice (督办单) to the unit holding an open assignment: timeline event, notification to the unit
 * and audit row in one transaction. Only inside the caller's jurisdiction; never to the caller's own unit.
 */
export async function issueNotice(db: Db, actor: Actor, body: NewNotice) {
  requireRole(actor, ...SUPERVISORS);
  return db.transaction().execute(async (tx) => {
    const a = await repo.lockOpenAssignment(tx, body.assignmentId);
    if (!a || !a.region_path.startsWith(ownJurisdiction(actor))) throw notFound('assignment');
    if (!(ACTIVE_ASSIGNMENT_STATUSES as readonly string[]).includes(a.status) || isFinished(a.case_status))
      throw conflict('assignment_not_open');
    if (a.unit_id === actor.unitId) throw conflict('unit_supervises_itself');
    const hours = body.answerWithinHours ?? ANSWER_HOURS[body.level];
    const answerDue = new Date(Date.now() + hours * 3_600_000);
    const n = await repo.insertNotice(tx, {
      case_id: a.case_id,
      assignment_id: a.id,
      unit_id: a.unit_id,
      level: body.level,
      reason: body.reason,
      region_path: a.region_path,
      issued_by: actor.userId,
      issued_by_unit: actor.unitId,
      answer_due_at: answerDue,
    });
    const label = body.level === 'red' ? '红色督办' : '黄色督办';
    await writeCaseEvent(tx, {
      caseId: a.case_id,
      action: 'supervise',
      fromStatus: null,
      toStatus: null,
      actorId: actor.userId,
      actorName: actor.name,
      unitId: actor.unitId,
      note: `${label}：${body.reason}`,
      data: {
        noticeId: n.id,
        level: body.level,
        unitId: a.unit_id,
        answerDueAt: answerDue,
        noteKey: 'supervision',
        noteParams: { level: body.level, reason: body.reason },
      },
      public: false,
    });
    await notify(tx, [
      {
        unitId: a.unit_id,
        caseId: a.case_id,
        kind: 'supervision',
        params: { caseTitle: a.title, level: body.level, unit: actor.unitName, note: body.reason, hours },
      },
    ]);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'supervision_notice',
      entityId: n.id,
      after: { caseId: a.case_id, unitId: a.unit_id, level: body.level, answerDueAt: answerDue },
    });
    return { id: n.id, issuedAt: n.issued_at, answerDueAt: answerDue };
  });
}

/** The supervised unit answers a notice in writing, once; the issuing unit is told. */
export async function answerNotice(db: Db, actor: Actor, id: string, answer: string) {
  return db.transaction().execute(async (tx) => {
    const n = await repo.lockNotice(tx, id);
    if (!n || n.unit_id !== actor.unitId) throw notFound('supervision_notice');
    if (n.answered_at) throw conflict('notice_already_answered');
    await repo.answerNotice(tx, id, answer, actor.userId);
    const late = n.answer_due_at.getTime() < Date.now();
    await writeCaseEvent(tx, {
      caseId: n.case_id,
      action: 'supervision_answer',
      fromStatus: null,
      toStatus: null,
      actorId: actor.userId,
      actorName: actor.name,
      unitId: actor.unitId,
      note: answer,
      data: { noticeId: id, late },
      public: false,
    });
    await notify(tx, [
      {
        unitId: n.issued_by_unit,
        caseId: n.case_id,
        kind: 'supervision_answer',
        params: { unit: actor.unitName, note: answer.slice(0, 200) },
      },
    ]);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'supervision_notice',
      entityId: id,
      before: { answer: null },
      after: { answer, late },
    });
    return { id, answeredAt: new Date(), late };
  });
}

/** Notices addressed to the caller's unit (received), or issued inside the caller's jurisdiction (issued). */
export async function listNotices(
  db: Db,
  actor: Actor,
  q: {
    box: 'received' | 'issued';
    status?: 'open' | 'answered' | 'late' | undefined;
    caseId?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  if (q.box === 'issued') requireRole(actor, ...SUPERVISORS);
  const { total, rows } = await repo.listNotices(db, {
    ...(q.box === 'received' ? { unitId: actor.unitId } : { prefix: `${ownJurisdiction(actor)}%` }),
    status: q.status,
    caseId: q.caseId,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const now = Date.now();
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseTitle: r.case_title,
      assignmentId: r.assignment_id,
      unit: { id: r.unit_id, name: r.unit_name },
      level: r.level,
      reason: r.reason,
      issuedAt: r.issued_at,
      issuedBy: { unitId: r.issued_by_unit, unitName: r.issued_by_unit_name, name: r.issued_by_name },
      answerDueAt: r.answer_due_at,
      answer: r.answer,
      answeredAt: r.answered_at,
      state: r.answered_at ? 'answered' : r.answer_due_at.getTime() < now ? 'late' : 'open',
    })),
  };
}
