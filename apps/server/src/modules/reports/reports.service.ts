import {
  districtOf,
  addDuration,
  askedAgain,
  correctionIssue,
  countSavings,
  isOverdue,
  manualValueIssue,
  missingCells,
  nextInstanceStatus,
  periodReferenceDay,
  ReportColumn,
  type CellState,
  type CellValue,
  type InstanceAction,
  type InstanceStatus,
  type TemplateInput,
  type WorkingCalendar,
} from '@onegrid/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import type { DetailKey } from '../../lib/i18n.details.ts';
import { requireAdmission } from '../admission/public.ts';
import { communitiesUnder, runQueries } from './reports.compile.ts';
import { instanceAccess, isApprover, isCommunityStaff, isIssuer } from './reports.access.ts';
import type { CellsBody, InstanceListQuery, SendBody, TemplateListQuery } from './reports.io.ts';

type Ctx = Pick<AppContext, 'db' | 'deadlines'>;
const Columns = z.array(ReportColumn);
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

// ─── templates ────────────────────────────────────────────────────────────────────────────────────────────

type TemplateRow = {
  id: string;
  name: string;
  issuing_unit_id: string;
  issuing_unit_name: string;
  legal_basis: string;
  frequency: TemplateInput['frequency'];
  deadline_working_days: number;
  columns: unknown;
  status: 'pending' | 'approved' | 'rejected';
  review_note: string | null;
  reviewed_at: Date | null;
  created_at: Date;
};

function templateQuery(db: DbOrTx) {
  return db
    .selectFrom('report_template as t')
    .innerJoin('unit as u', 'u.id', 't.issuing_unit_id')
    .select([
      't.id',
      't.name',
      't.issuing_unit_id',
      'u.name as issuing_unit_name',
      't.legal_basis',
      't.frequency',
      't.deadline_working_days',
      't.columns',
      't.status',
      't.review_note',
      't.reviewed_at',
      't.created_at',
    ]);
}

export function templateOut(actor: Actor, t: TemplateRow) {
  const columns = Columns.parse(t.columns);
  const own = isIssuer(actor) && actor.unitId === t.issuing_unit_id;
  return {
    id: t.id,
    name: t.name,
    issuingUnitId: t.issuing_unit_id,
    issuingUnitName: t.issuing_unit_name,
    legalBasis: t.legal_basis,
    frequency: t.frequency,
    deadlineWorkingDays: t.deadline_working_days,
    columns,
    status: t.status,
    reviewNote: t.review_note,
    reviewedAt: iso(t.reviewed_at),
    createdAt: iso(t.created_at)!,
    askedAgain: columns.flatMap((c) => {
      const indicator = c.kind === 'manual' ? askedAgain(c.label) : null;
      return indicator ? [{ key: c.key, indicator }] : [];
    }),
    can: {
      edit: own && t.status !== 'approved',
      review: isApprover(actor) && t.status === 'pending',
      send: own && t.status === 'approved',
    },
  };
}

function requireStaffReader(actor: Actor): void {
  if (!isIssuer(actor) && !isApprover(actor) && !isCommunityStaff(actor)) throw forbidden();
}

/** The catalogue: approved templates for every staff reader; pending and rejected ones to their unit and the approver. */
export async function listTemplates(db: DbOrTx, actor: Actor, q: z.infer<typeof TemplateListQuery>) {
  requireStaffReader(actor);
  let sel = templateQuery(db);
  if (!isApprover(actor)) {
    sel = sel.where((eb) =>
      eb.or([eb('t.status', '=', 'approved'), eb('t.issuing_unit_id', '=', actor.unitId)]),
    );
  }
  if (q.status) sel = sel.where('t.status', '=', q.status);
  if (q.mine === 'true') sel = sel.where('t.issuing_unit_id', '=', actor.unitId);
  const rows = await sel.orderBy('t.created_at', 'desc').orderBy('t.id').limit(500).execute();
  return { items: rows.map((t) => templateOut(actor, t)) };
}

async function loadTemplate(db: DbOrTx, actor: Actor, id: string): Promise<TemplateRow> {
  const t = await templateQuery(db).where('t.id', '=', id).executeTakeFirst();
  const visible = t && (t.status === 'approved' || isApprover(actor) || t.issuing_unit_id === actor.unitId);
  if (!t || !visible || (!isIssuer(actor) && !isApprover(actor) && !isCommunityStaff(actor))) {
    throw notFound('report_template');
  }
  return t;
}

export async function getTemplate(db: DbOrTx, actor: Actor, id: string) {
  return templateOut(actor, await loadTemplate(db, actor, id));
}

export async function createTemplate(db: DbOrTx, actor: Actor, body: TemplateInput) {
  if (!isIssuer(actor)) throw forbidden();
  const id = await db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('report_template')
      .values({
        name: body.name,
        issuing_unit_id: actor.unitId,
        legal_basis: body.legalBasis,
        frequency: body.frequency,
        deadline_working_days: body.deadlineWorkingDays,
        columns: JSON.stringify(body.columns),
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'report_template',
      entityId: row.id,
      after: { name: body.name, columns: body.columns.length },
    });
    return row.id;
  });
  return getTemplate(db, actor, id);
}

/** A pending or rejected template changed by its unit goes (back) to the approval queue. */
export async function updateTemplate(db: DbOrTx, actor: Actor, id: string, body: TemplateInput) {
  const t = await loadTemplate(db, actor, id);
  if (!isIssuer(actor) || t.issuing_unit_id !== actor.unitId) throw forbidden();
  if (t.status === 'approved') throw conflict('template_approved');
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('report_template')
      .set({
        name: body.name,
        legal_basis: body.legalBasis,
        frequency: body.frequency,
        deadline_working_days: body.deadlineWorkingDays,
        columns: JSON.stringify(body.columns),
        status: 'pending',
        review_note: null,
        reviewed_by: null,
        reviewed_at: null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'report_template',
      entityId: id,
      before: { status: t.status },
      after: { status: 'pending', name: body.name },
    });
  });
  return getTemplate(db, actor, id);
}

export async function reviewTemplate(
  db: DbOrTx,
  actor: Actor,
  id: string,
  decision: 'approved' | 'rejected',
  note: string | undefined,
) {
  if (!isApprover(actor)) throw forbidden();
  const t = await loadTemplate(db, actor, id);
  if (t.status !== 'pending') throw conflict('template_not_pending');
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('report_template')
      .set({
        status: decision,
        review_note: note ?? null,
        reviewed_by: actor.userId,
        reviewed_at: new Date(),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'report_template',
      entityId: id,
      before: { status: 'pending' },
      after: { status: decision, note: note ?? null },
    });
  });
  return getTemplate(db, actor, id);
}

// ─── sending ──────────────────────────────────────────────────────────────────────────────────────────────

/** The instance's due time: the end of office hours of the template's N-th working day after the sending. */
export function dueAtOf(start: Date, workingDays: number, calendar: WorkingCalendar): Date {
  return addDuration(start, { value: workingDays, unit: 'working_days' }, calendar);
}

/**
 * Writes a sending with its instances, one per community, and their cells: queried cells filled from the base
 * (one statement per entity for all communities) with their provenance, manual ones empty. The caller checked the
 * template's approval and the sender; the demo loader calls this too.
 */
export async function writeSending(
  tx: DbOrTx,
  s: {
    templateId: string;
    columns: readonly ReportColumn[];
    period: string;
    referenceDay: string;
    communities: readonly string[];
    asOf: Date;
    dueAt: Date;
    scopePath: string;
    sentBy: string;
    /** the admitted item it goes on (社区准入) */
    admissionItemId?: string | null;
  },
): Promise<string> {
  const { columns, referenceDay: refDay, asOf: now } = s;
  const results = await runQueries(tx, columns, s.communities, refDay);
  const sending = await tx
    .insertInto('report_sending')
    .values({
      template_id: s.templateId,
      period: s.period,
      reference_day: refDay,
      as_of: now,
      due_at: s.dueAt,
      scope_path: s.scopePath,
      sent_by: s.sentBy,
      admission_item_id: s.admissionItemId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const instances = await tx
    .insertInto('report_instance')
    .values(s.communities.map((code) => ({ sending_id: sending.id, community_code: code })))
    .returning(['id', 'community_code'])
    .execute();
  const cells = instances.flatMap((inst) =>
    columns.map((c) => {
      if (c.kind === 'manual') {
        return {
          instance_id: inst.id,
          district_code: districtOf(inst.community_code),
          column_key: c.key,
          source: 'manual' as const,
          value: null,
          original: null,
          provenance: null,
        };
      }
      const cell = results.get(c.key)?.get(inst.community_code) ?? {
        value: 0,
        count: 0,
        sources: { entered: 0, claimed: 0, verified: 0 },
        ...(c.query.groupBy === 'grid' ? { byGrid: {} } : {}),
      };
      const value = Math.round(cell.value * 100) / 100;
      return {
        instance_id: inst.id,
        district_code: districtOf(inst.community_code),
        column_key: c.key,
        source: 'query' as const,
        value: JSON.stringify(value),
        original: JSON.stringify(value),
        provenance: JSON.stringify({
          query: c.query,
          asOf: now.toISOString(),
          referenceDay: refDay,
          ...cell,
          value,
        }),
      };
    }),
  );
  for (let i = 0; i < cells.length; i += 2000) {
    await tx
      .insertInto('report_cell')
      .values(cells.slice(i, i + 2000))
      .execute();
  }
  return sending.id;
}

/**
 * Sends an approved template for a period: one instance per community of the sender's jurisdiction (or of the
 * chosen streets), its queried cells filled from the base with their provenance, in one transaction. An
 * unapproved template never reaches a community.
 */
export async function sendTemplate(
  ctx: Ctx,
  actor: Actor,
  id: string,
  body: z.infer<typeof SendBody>,
  now = new Date(),
) {
  const t = await loadTemplate(ctx.db, actor, id);
  if (!isIssuer(actor) || t.issuing_unit_id !== actor.unitId) throw forbidden();
  if (t.status !== 'approved') throw conflict('template_not_approved');
  const refDay = periodReferenceDay(t.frequency, body.period);
  if (!refDay) throw invalid([{ path: 'body.period', key: 'period_format' }]);
  const communities = await communitiesUnder(ctx.db, actor.scopePath, body.streetCodes);
  if (body.streetCodes?.length) {
    const found = new Set(communities.map((c) => c.parent_code));
    const outside = body.streetCodes.findIndex((s) => !found.has(s));
    if (outside >= 0) throw invalid([{ path: `body.streetCodes.${outside}`, key: 'unknown_street' }]);
  }
  if (!communities.length) throw invalid([{ path: 'body.streetCodes', key: 'no_communities' }]);
  // 社区准入: a survey goes to communities only on an admitted item (never one on the negative list)
  const admitted = await requireAdmission(ctx.db, actor, {
    itemId: body.admissionItemId,
    reportTemplateId: id,
    kind: 'survey',
    communityCodes: communities.map((c) => c.code),
    now,
  });
  const columns = Columns.parse(t.columns);
  const { calendar } = await ctx.deadlines.current();
  const dueAt = dueAtOf(now, t.deadline_working_days, calendar);
  const scopePath = body.streetCodes?.length
    ? `${actor.scopePath}#${[...body.streetCodes].sort().join(',')}`
    : actor.scopePath;

  const sendingId = await ctx.db.transaction().execute(async (tx) => {
    const dup = await tx
      .selectFrom('report_sending')
      .select('id')
      .where('template_id', '=', id)
      .where('period', '=', body.period)
      .where('scope_path', '=', scopePath)
      .executeTakeFirst();
    if (dup) throw conflict('report_already_sent');
    const codes = communities.map((c) => c.code);
    const sent = await writeSending(tx, {
      templateId: id,
      columns,
      period: body.period,
      referenceDay: refDay,
      communities: codes,
      asOf: now,
      dueAt,
      scopePath,
      sentBy: actor.userId,
      admissionItemId: admitted.id,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'report_sending',
      entityId: sent,
      after: { template: id, period: body.period, communities: codes.length, admissionItem: admitted.id },
    });
    return sent;
  });
  return getSending(ctx.db, actor, sendingId, now);
}

type SendingRow = {
  id: string;
  template_id: string;
  template_name: string;
  issuing_unit_id: string;
  issuing_unit_name: string;
  columns: unknown;
  period: string;
  reference_day: string;
  as_of: Date;
  due_at: Date;
  created_at: Date;
};

function sendingQuery(db: DbOrTx) {
  return db
    .selectFrom('report_sending as s')
    .innerJoin('report_template as t', 't.id', 's.template_id')
    .innerJoin('unit as u', 'u.id', 't.issuing_unit_id')
    .select([
      's.id',
      's.template_id',
      't.name as template_name',
      't.issuing_unit_id',
      'u.name as issuing_unit_name',
      't.columns',
      's.period',
      's.reference_day',
      's.as_of',
      's.due_at',
      's.created_at',
    ]);
}

async function statusCounts(db: DbOrTx, sendingIds: string[], now: Date) {
  const out = new Map<string, Record<InstanceStatus | 'total' | 'overdue', number>>();
  if (!sendingIds.length) return out;
  const rows = await db
    .selectFrom('report_instance as i')
    .innerJoin('report_sending as s', 's.id', 'i.sending_id')
    .select(['i.sending_id', 'i.status'])
    .select((eb) => [
      eb.fn.countAll<string>().as('n'),
      sql<string>`COUNT(*) FILTER (WHERE s.due_at < ${now} AND i.status IN ('draft', 'returned'))`.as('late'),
    ])
    .where('i.sending_id', 'in', sendingIds)
    .groupBy(['i.sending_id', 'i.status'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.sending_id) ?? {
      total: 0,
      draft: 0,
      submitted: 0,
      returned: 0,
      accepted: 0,
      overdue: 0,
    };
    c[r.status] += Number(r.n);
    c.total += Number(r.n);
    c.overdue += Number(r.late);
    out.set(r.sending_id, c);
  }
  return out;
}

function sendingOut(s: SendingRow, counts: Record<InstanceStatus | 'total' | 'overdue', number> | undefined) {
  return {
    id: s.id,
    templateId: s.template_id,
    templateName: s.template_name,
    issuingUnitName: s.issuing_unit_name,
    period: s.period,
    referenceDay: s.reference_day,
    asOf: iso(s.as_of)!,
    dueAt: iso(s.due_at)!,
    createdAt: iso(s.created_at)!,
    counts: counts ?? { total: 0, draft: 0, submitted: 0, returned: 0, accepted: 0, overdue: 0 },
  };
}

/** Sendings of the caller's unit (the approver: all). */
export async function listSendings(db: DbOrTx, actor: Actor, now = new Date()) {
  if (!isIssuer(actor) && !isApprover(actor)) throw forbidden();
  let sel = sendingQuery(db);
  if (!isApprover(actor)) sel = sel.where('t.issuing_unit_id', '=', actor.unitId);
  const rows = await sel.orderBy('s.created_at', 'desc').orderBy('s.id').limit(500).execute();
  const counts = await statusCounts(
    db,
    rows.map((r) => r.id),
    now,
  );
  return { items: rows.map((r) => sendingOut(r, counts.get(r.id))) };
}

async function loadSending(db: DbOrTx, actor: Actor, id: string): Promise<SendingRow> {
  const s = await sendingQuery(db).where('s.id', '=', id).executeTakeFirst();
  if (!s || !(isApprover(actor) || (isIssuer(actor) && s.issuing_unit_id === actor.unitId))) {
    throw notFound('report_sending');
  }
  return s;
}

export async function getSending(db: DbOrTx, actor: Actor, id: string, now = new Date()) {
  const s = await loadSending(db, actor, id);
  const counts = await statusCounts(db, [id], now);
  return sendingOut(s, counts.get(id));
}

// ─── instances ────────────────────────────────────────────────────────────────────────────────────────────

function instanceQuery(db: DbOrTx) {
  return db
    .selectFrom('report_instance as i')
    .innerJoin('report_sending as s', 's.id', 'i.sending_id')
    .innerJoin('report_template as t', 't.id', 's.template_id')
    .innerJoin('unit as u', 'u.id', 't.issuing_unit_id')
    .innerJoin('region as c', 'c.code', 'i.community_code')
    .leftJoin('region as st', 'st.code', 'c.parent_code')
    .select([
      'i.id',
      'i.sending_id',
      'i.community_code',
      'i.status',
      'i.return_reason',
      'i.submitted_at',
      'i.accepted_at',
      's.template_id',
      's.period',
      's.reference_day',
      's.as_of',
      's.due_at',
      't.name as template_name',
      't.issuing_unit_id',
      't.columns',
      'u.name as issuing_unit_name',
      'c.name as community_name',
      'st.name as street_name',
    ]);
}
type InstanceRow = Awaited<ReturnType<ReturnType<typeof instanceQuery>['executeTakeFirstOrThrow']>>;

function summaryOut(r: InstanceRow, now: Date) {
  return {
    id: r.id,
    sendingId: r.sending_id,
    templateId: r.template_id,
    templateName: r.template_name,
    issuingUnitName: r.issuing_unit_name,
    period: r.period,
    communityCode: r.community_code,
    communityName: r.community_name,
    streetName: r.street_name ?? '',
    status: r.status,
    dueAt: iso(r.due_at)!,
    overdue: isOverdue(r.status, new Date(r.due_at), now),
    returnReason: r.return_reason,
    submittedAt: iso(r.submitted_at),
    acceptedAt: iso(r.accepted_at),
  };
}

/** A community's own instances; a department's instances of its templates; the approver's all. */
export async function listInstances(
  db: DbOrTx,
  actor: Actor,
  q: z.infer<typeof InstanceListQuery>,
  now = new Date(),
) {
  let sel = instanceQuery(db);
  if (isCommunityStaff(actor)) sel = sel.where('i.community_code', '=', actor.scopeCode);
  else if (isIssuer(actor)) sel = sel.where('t.issuing_unit_id', '=', actor.unitId);
  else if (!isApprover(actor)) throw forbidden();
  if (q.status) sel = sel.where('i.status', '=', q.status);
  if (q.sendingId) sel = sel.where('i.sending_id', '=', q.sendingId);
  if (q.overdue === 'true') {
    sel = sel.where('s.due_at', '<', now).where('i.status', 'in', ['draft', 'returned']);
  }
  const rows = await sel.orderBy('s.due_at', 'desc').orderBy('c.sort').orderBy('i.id').limit(1000).execute();
  return { items: rows.map((r) => summaryOut(r, now)) };
}

async function loadInstance(db: DbOrTx, actor: Actor, id: string) {
  const r = await instanceQuery(db).where('i.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('report_instance');
  const access = instanceAccess(actor, r);
  if (!access.read) throw notFound('report_instance');
  return { r, access };
}

type CellRow = {
  column_key: string;
  source: 'query' | 'manual';
  value: unknown;
  original: unknown;
  corrected: boolean;
  reason: string | null;
  provenance: unknown;
  filled_at: Date | null;
};

async function cellsOf(db: DbOrTx, instanceId: string): Promise<Map<string, CellRow>> {
  const rows = await db
    .selectFrom('report_cell')
    .select(['column_key', 'source', 'value', 'original', 'corrected', 'reason', 'provenance', 'filled_at'])
    .where('instance_id', '=', instanceId)
    .execute();
  return new Map(rows.map((c): [string, CellRow] => [c.column_key, c]));
}

export async function getInstance(db: DbOrTx, actor: Actor, id: string, now = new Date()) {
  const { r, access } = await loadInstance(db, actor, id);
  const columns = Columns.parse(r.columns);
  const cells = await cellsOf(db, id);
  return {
    ...summaryOut(r, now),
    referenceDay: r.reference_day,
    asOf: iso(r.as_of)!,
    columns,
    cells: columns.map((c) => {
      const cell = cells.get(c.key);
      return {
        key: c.key,
        source: cell?.source ?? (c.kind === 'query' ? 'query' : 'manual'),
        value: (cell?.value ?? null) as CellValue,
        original: (cell?.original ?? null) as CellValue,
        corrected: cell?.corrected ?? false,
        reason: cell?.reason ?? null,
        provenance: (cell?.provenance ?? null) as never,
        filledAt: iso(cell?.filled_at ?? null),
      };
    }),
    can: {
      edit: access.fill && nextInstanceStatus(r.status, 'edit') !== null,
      submit: access.fill && nextInstanceStatus(r.status, 'submit') !== null,
      review: access.review && r.status === 'submitted',
    },
  };
}

function requireTransition(status: InstanceStatus, action: InstanceAction): InstanceStatus {
  const next = nextInstanceStatus(status, action);
  if (!next) throw conflict('report_status', { status });
  return next;
}

/**
 * The community confirms or corrects pre-filled values and fills the manual ones. A queried cell set to anything
 * but the base's value is a correction: it needs a reason and the base's value stays beside it; set back to the
 * base's value it is a confirmation again.
 */
export async function saveCells(db: DbOrTx, actor: Actor, id: string, body: z.infer<typeof CellsBody>) {
  const { r, access } = await loadInstance(db, actor, id);
  if (!access.fill) throw forbidden();
  requireTransition(r.status, 'edit');
  const columns = new Map(Columns.parse(r.columns).map((c) => [c.key, c]));
  const cells = await cellsOf(db, id);
  const issues: { path: string; key: DetailKey }[] = [];
  const updates: { key: string; value: CellValue; corrected: boolean; reason: string | null }[] = [];
  body.cells.forEach((c, i) => {
    const col = columns.get(c.key);
    if (!col) {
      issues.push({ path: `body.cells.${i}.key`, key: 'unknown_column' });
      return;
    }
    if (col.kind === 'query') {
      const original = cells.get(c.key)?.original ?? null;
      if (c.value === original) {
        updates.push({ key: c.key, value: c.value, corrected: false, reason: null });
        return;
      }
      const issue = correctionIssue(c.value, c.reason);
      if (issue) {
        issues.push({
          path: `body.cells.${i}.${issue === 'cell_number' ? 'value' : 'reason'}`,
          key: issue as DetailKey,
        });
        return;
      }
      updates.push({ key: c.key, value: c.value, corrected: true, reason: c.reason!.trim() });
      return;
    }
    const value = typeof c.value === 'string' && col.type === 'text' ? c.value.trim() || null : c.value;
    const issue = manualValueIssue(col, value);
    if (issue) {
      issues.push({ path: `body.cells.${i}.value`, key: issue as DetailKey });
      return;
    }
    updates.push({ key: c.key, value, corrected: false, reason: null });
  });
  if (issues.length) throw invalid(issues);
  const now = new Date();
  await db.transaction().execute(async (tx) => {
    const locked = await tx
      .selectFrom('report_instance')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    requireTransition(locked.status, 'edit');
    for (const u of updates) {
      await tx
        .updateTable('report_cell')
        .set({
          value: JSON.stringify(u.value),
          corrected: u.corrected,
          reason: u.reason,
          filled_by: actor.userId,
          filled_at: now,
        })
        .where('instance_id', '=', id)
        .where('column_key', '=', u.key)
        .execute();
    }
    await tx
      .updateTable('report_instance')
      .set({ updated_by: actor.userId, updated_at: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'report_instance',
      entityId: id,
      before: Object.fromEntries(updates.map((u) => [u.key, cells.get(u.key)?.value ?? null])),
      after: Object.fromEntries(
        updates.map((u) => [u.key, u.corrected ? { value: u.value, reason: u.reason } : u.value]),
      ),
    });
  });
  return getInstance(db, actor, id);
}

async function transition(
  db: DbOrTx,
  actor: Actor,
  id: string,
  action: 'submit' | 'accept' | 'return',
  reason?: string,
) {
  const { r, access } = await loadInstance(db, actor, id);
  if (action === 'submit' ? !access.fill : !access.review) throw forbidden();
  requireTransition(r.status, action);
  if (action === 'submit') {
    const columns = Columns.parse(r.columns);
    const cells = await cellsOf(db, id);
    const state = new Map<string, CellState>(
      [...cells].map(([k, c]) => [
        k,
        { source: c.source, value: c.value as CellValue, corrected: c.corrected },
      ]),
    );
    const missing = missingCells(columns, state);
    if (missing.length) {
      throw invalid(missing.map((k) => ({ path: `cells.${k}`, key: 'cell_required' as const })));
    }
  }
  const now = new Date();
  await db.transaction().execute(async (tx) => {
    const locked = await tx
      .selectFrom('report_instance')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const next = requireTransition(locked.status, action);
    await tx
      .updateTable('report_instance')
      .set({
        status: next,
        updated_by: actor.userId,
        updated_at: now,
        ...(action === 'submit' ? { submitted_at: now } : {}),
        ...(action === 'accept' ? { accepted_at: now } : {}),
        ...(action === 'return' ? { return_reason: reason ?? null } : {}),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'report_instance',
      entityId: id,
      before: { status: locked.status },
      after: { status: next, ...(reason ? { reason } : {}) },
    });
  });
  return getInstance(db, actor, id);
}

export const submitInstance = (db: DbOrTx, actor: Actor, id: string) => transition(db, actor, id, 'submit');
export const acceptInstance = (db: DbOrTx, actor: Actor, id: string) => transition(db, actor, id, 'accept');
export const returnInstance = (db: DbOrTx, actor: Actor, id: string, reason: string) =>
  transition(db, actor, id, 'return', reason);

// ─── consolidated table and savings ───────────────────────────────────────────────────────────────────────

export async function consolidated(db: DbOrTx, actor: Actor, sendingId: string, now = new Date()) {
  const sending = await getSending(db, actor, sendingId, now);
  const s = await loadSending(db, actor, sendingId);
  const columns = Columns.parse(s.columns);
  const instances = await instanceQuery(db)
    .where('i.sending_id', '=', sendingId)
    .orderBy('st.sort')
    .orderBy('c.sort')
    .orderBy('c.code')
    .execute();
  const cells = await db
    .selectFrom('report_cell as rc')
    .innerJoin('report_instance as i', 'i.id', 'rc.instance_id')
    .select(['rc.instance_id', 'rc.column_key', 'rc.value', 'rc.corrected'])
    .where('i.sending_id', '=', sendingId)
    .execute();
  const byInstance = new Map<string, Map<string, { value: CellValue; corrected: boolean }>>();
  for (const c of cells) {
    const m = byInstance.get(c.instance_id) ?? new Map<string, { value: CellValue; corrected: boolean }>();
    m.set(c.column_key, { value: c.value as CellValue, corrected: c.corrected });
    byInstance.set(c.instance_id, m);
  }
  const numeric = (c: ReportColumn) => c.kind === 'query' || c.type === 'number';
  const totals: Record<string, number | null> = Object.fromEntries(
    columns.map((c) => [c.key, numeric(c) ? 0 : null]),
  );
  const rows = instances.map((r) => {
    const m = byInstance.get(r.id) ?? new Map<string, { value: CellValue; corrected: boolean }>();
    const values: Record<string, CellValue> = {};
    const corrected: string[] = [];
    for (const c of columns) {
      const cell = m.get(c.key);
      values[c.key] = cell?.value ?? null;
      if (cell?.corrected) corrected.push(c.key);
      if (numeric(c) && typeof cell?.value === 'number') totals[c.key] = (totals[c.key] ?? 0) + cell.value;
    }
    return {
      instanceId: r.id,
      communityCode: r.community_code,
      communityName: r.community_name,
      streetName: r.street_name ?? '',
      status: r.status,
      overdue: isOverdue(r.status, new Date(r.due_at), now),
      values,
      corrected,
    };
  });
  for (const k of Object.keys(totals)) {
    if (totals[k] !== null) totals[k] = Math.round(totals[k]! * 100) / 100;
  }
  return { sending, columns, rows, totals };
}

/**
 * What 一表通 saves, from the cells: per template and per community, cells filled from the base as they were,
 * typed by hand, and corrected; and how often a manual column asked for a fact the base already holds.
 */
export async function savings(db: DbOrTx, actor: Actor) {
  let sel = db
    .selectFrom('report_cell as rc')
    .innerJoin('report_instance as i', 'i.id', 'rc.instance_id')
    .innerJoin('report_sending as s', 's.id', 'i.sending_id')
    .innerJoin('report_template as t', 't.id', 's.template_id')
    .innerJoin('unit as u', 'u.id', 't.issuing_unit_id')
    .innerJoin('region as c', 'c.code', 'i.community_code')
    .select([
      't.id as template_id',
      't.name',
      't.columns',
      'u.name as unit_name',
      'i.community_code',
      'c.name as community_name',
      'rc.column_key',
      'rc.source',
      'rc.corrected',
      sql<boolean>`(rc.value IS NOT NULL AND rc.value <> 'null'::jsonb AND rc.value <> '""'::jsonb)`.as(
        'filled',
      ),
      sql<string>`COUNT(*)`.as('n'),
    ])
    .groupBy(['t.id', 'u.id', 'c.code', 'i.community_code', 'rc.column_key', 'rc.source', 'rc.corrected'])
    .groupBy(sql`filled`);
  if (isCommunityStaff(actor)) sel = sel.where('i.community_code', '=', actor.scopeCode);
  else if (isIssuer(actor)) sel = sel.where('t.issuing_unit_id', '=', actor.unitId);
  else if (!isApprover(actor)) throw forbidden();
  const rows = await sel.execute();

  const instanceCounts = await (() => {
    let q = db
      .selectFrom('report_instance as i')
      .innerJoin('report_sending as s', 's.id', 'i.sending_id')
      .innerJoin('report_template as t', 't.id', 's.template_id')
      .select(['t.id as template_id', 'i.community_code', sql<string>`COUNT(*)`.as('n')])
      .groupBy(['t.id', 'i.community_code']);
    if (isCommunityStaff(actor)) q = q.where('i.community_code', '=', actor.scopeCode);
    else if (isIssuer(actor)) q = q.where('t.issuing_unit_id', '=', actor.unitId);
    return q.execute();
  })();

  type Acc = { auto: number; manual: number; corrected: number };
  const templates = new Map<
    string,
    Acc & {
      templateId: string;
      name: string;
      issuingUnitName: string;
      instances: number;
      askedAgain: number;
      askedAgainColumns: { key: string; label: string; indicator: string }[];
    }
  >();
  const communities = new Map<
    string,
    Acc & { communityCode: string; communityName: string; instances: number }
  >();
  const totals = { auto: 0, manual: 0, corrected: 0, askedAgain: 0, instances: 0 };
  for (const r of rows) {
    let t = templates.get(r.template_id);
    if (!t) {
      const cols = Columns.parse(r.columns);
      t = {
        templateId: r.template_id,
        name: r.name,
        issuingUnitName: r.unit_name,
        instances: 0,
        auto: 0,
        manual: 0,
        corrected: 0,
        askedAgain: 0,
        askedAgainColumns: cols.flatMap((c) => {
          const indicator = c.kind === 'manual' ? askedAgain(c.label) : null;
          return indicator ? [{ key: c.key, label: c.label, indicator }] : [];
        }),
      };
      templates.set(r.template_id, t);
    }
    let c = communities.get(r.community_code);
    if (!c) {
      c = {
        communityCode: r.community_code,
        communityName: r.community_name,
        instances: 0,
        auto: 0,
        manual: 0,
        corrected: 0,
      };
      communities.set(r.community_code, c);
    }
    const n = Number(r.n);
    const counted = countSavings([{ source: r.source, corrected: r.corrected, value: r.filled ? 1 : null }]);
    for (const acc of [t, c, totals]) {
      acc.auto += counted.auto * n;
      acc.manual += counted.manual * n;
      acc.corrected += counted.corrected * n;
    }
    if (r.source === 'manual' && t.askedAgainColumns.some((a) => a.key === r.column_key)) {
      t.askedAgain += n;
      totals.askedAgain += n;
    }
  }
  for (const ic of instanceCounts) {
    const n = Number(ic.n);
    const t = templates.get(ic.template_id);
    if (t) t.instances += n;
    const c = communities.get(ic.community_code);
    if (c) c.instances += n;
    totals.instances += n;
  }
  return {
    totals,
    templates: [...templates.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    communities: [...communities.values()].sort((a, b) => a.communityCode.localeCompare(b.communityCode)),
  };
}
