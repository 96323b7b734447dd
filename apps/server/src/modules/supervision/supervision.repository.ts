import { ACTIVE_ASSIGNMENT_STATUSES, INACTIVE_STATUSES } from '@onegrid/domain';
import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { SupervisionNoticeTable } from '../../db/schema.ts';

export interface LateFilter {
  /** region path prefix (the caller's jurisdiction or a region inside it) */
  prefix: string;
  share: number;
  unitId?: string | undefined;
  categoryCode?: string | undefined;
}

/**
 * Open lead assignments of cases in the region, with whether each is overdue or due soon (resolve deadline): one
 * row per case — a co-unit shares the case's deadline and its part is followed on the case, not listed again.
 */
function lateBase(db: DbOrTx, f: LateFilter) {
  let q = db
    .selectFrom('assignment as a')
    .innerJoin('case as c', 'c.id', 'a.case_id')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .where('a.role', '=', 'lead')
    .where('a.status', 'in', ACTIVE_ASSIGNMENT_STATUSES)
    .where('a.resolve_due_at', 'is not', null)
    .where('c.status', 'not in', INACTIVE_STATUSES)
    .where('c.region_path', 'like', f.prefix);
  if (f.unitId) q = q.where('a.unit_id', '=', f.unitId);
  if (f.categoryCode) q = q.where('c.category_code', '=', f.categoryCode);
  return q;
}

const overdue = sql<boolean>`a.resolve_due_at < now()`;
const dueSoon = (share: number) =>
  sql<boolean>`a.resolve_due_at >= now() AND (a.warned_at IS NOT NULL
    OR now() >= a.created_at + (a.resolve_due_at - a.created_at) * ${share}::float8)`;

/** Counts of overdue and due-soon assignments by (unit, street, category), for the overview tables. */
export async function lateCounts(db: DbOrTx, f: LateFilter) {
  return lateBase(db, f)
    .leftJoin('category as k', 'k.code', 'c.category_code')
    .leftJoin('region as s', 's.code', 'c.street_code')
    .select([
      'a.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'c.street_code',
      's.name as street_name',
      'c.category_code',
      'k.name_zh as category_name_zh',
      'k.name_en as category_name_en',
      sql<number>`count(*) FILTER (WHERE ${overdue})::int`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE ${dueSoon(f.share)})::int`.as('due_soon'),
    ])
    .groupBy([
      'a.unit_id',
      'u.name',
      'u.kind',
      'c.street_code',
      's.name',
      'c.category_code',
      'k.name_zh',
      'k.name_en',
    ])
    .having(sql<boolean>`count(*) FILTER (WHERE ${overdue} OR ${dueSoon(f.share)}) > 0`)
    .execute();
}

/**
 * The overview's totals: late assignments (what the tables count) and the cases they belong to, each case once
 * (the dashboard's 超期案件; a case whose lead and co-unit are both late is one case, two assignments).
 */
export async function lateTotals(db: DbOrTx, f: LateFilter) {
  return lateBase(db, f)
    .select([
      sql<number>`count(*) FILTER (WHERE ${overdue})::int`.as('overdue'),
      sql<number>`count(DISTINCT a.case_id) FILTER (WHERE ${overdue})::int`.as('overdue_cases'),
      sql<number>`count(*) FILTER (WHERE ${dueSoon(f.share)})::int`.as('due_soon'),
      sql<number>`count(DISTINCT a.case_id) FILTER (WHERE ${dueSoon(f.share)})::int`.as('due_soon_cases'),
    ])
    .executeTakeFirstOrThrow();
}

/** The late assignments themselves, most overdue first. */
export async function lateItems(
  db: DbOrTx,
  f: LateFilter & { kind: 'overdue' | 'due_soon'; limit: number; offset: number },
) {
  const q = lateBase(db, f).where(f.kind === 'overdue' ? overdue : dueSoon(f.share));
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('category as k', 'k.code', 'c.category_code')
    .select([
      'a.id as assignment_id',
      'a.role',
      'a.status as assignment_status',
      'a.created_at as assigned_at',
      'a.resolve_due_at',
      'a.unit_id',
      'u.name as unit_name',
      'c.id as case_id',
      'c.title',
      'c.status',
      'c.urgency',
      'c.category_code',
      'k.name_zh as category_name_zh',
      'k.name_en as category_name_en',
      'c.address',
      sql<number>`(SELECT count(*)::int FROM supervision_notice n WHERE n.assignment_id = a.id)`.as(
        'notices',
      ),
    ])
    .orderBy('a.resolve_due_at')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: total.n, rows };
}

/** An open assignment of a case, locked, with what a notice needs to know of its case. */
export async function lockOpenAssignment(db: DbOrTx, assignmentId: string) {
  return db
    .selectFrom('assignment as a')
    .innerJoin('case as c', 'c.id', 'a.case_id')
    .select([
      'a.id',
      'a.case_id',
      'a.unit_id',
      'a.status',
      'c.region_path',
      'c.status as case_status',
      'c.title',
    ])
    .where('a.id', '=', assignmentId)
    .forUpdate('a')
    .executeTakeFirst();
}

export async function insertNotice(db: DbOrTx, row: Insertable<SupervisionNoticeTable>) {
  return db
    .insertInto('supervision_notice')
    .values(row)
    .returning(['id', 'issued_at'])
    .executeTakeFirstOrThrow();
}

export async function lockNotice(db: DbOrTx, id: string) {
  return db.selectFrom('supervision_notice').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function answerNotice(db: DbOrTx, id: string, answer: string, userId: string) {
  await db
    .updateTable('supervision_notice')
    .set({ answer, answered_at: sql`now()`, answered_by: userId })
    .where('id', '=', id)
    .execute();
}

export interface NoticeFilter {
  /** received: addressed to this unit; issued: cases inside this region prefix */
  unitId?: string;
  prefix?: string;
  status?: 'open' | 'answered' | 'late' | undefined;
  caseId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listNotices(db: DbOrTx, f: NoticeFilter) {
  let q = db
    .selectFrom('supervision_notice as n')
    .innerJoin('unit as u', 'u.id', 'n.unit_id')
    .innerJoin('unit as i', 'i.id', 'n.issued_by_unit')
    .innerJoin('app_user as p', 'p.id', 'n.issued_by')
    .innerJoin('case as c', 'c.id', 'n.case_id');
  if (f.unitId) q = q.where('n.unit_id', '=', f.unitId);
  if (f.prefix) q = q.where('n.region_path', 'like', f.prefix);
  if (f.caseId) q = q.where('n.case_id', '=', f.caseId);
  if (f.status === 'answered') q = q.where('n.answered_at', 'is not', null);
  if (f.status === 'open')
    q = q.where('n.answered_at', 'is', null).where('n.answer_due_at', '>=', sql<Date>`now()`);
  if (f.status === 'late')
    q = q.where('n.answered_at', 'is', null).where('n.answer_due_at', '<', sql<Date>`now()`);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      'n.id',
      'n.case_id',
      'c.title as case_title',
      'n.assignment_id',
      'n.unit_id',
      'u.name as unit_name',
      'n.level',
      'n.reason',
      'n.issued_at',
      'n.issued_by_unit',
      'i.name as issued_by_unit_name',
      'p.name as issued_by_name',
      'n.answer_due_at',
      'n.answer',
      'n.answered_at',
    ])
    .orderBy('n.issued_at', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: total.n, rows };
}
