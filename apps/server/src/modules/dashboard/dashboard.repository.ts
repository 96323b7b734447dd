import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/**
 * Queries behind the dashboard that the assessment's aggregates do not answer, or not with filters. Each one is
 * bounded by something that does not grow with history: a primary-key range of days (case ids begin with the
 * Shanghai day), the open cases (status index), the open assignments (assignment_due_idx), the open whistles
 * (whistle_open_idx), or the small aggregate tables (case_intake_day, case_status_count).
 */
export interface CaseFilter {
  /** Streets to keep; null: every street, and cases without one (the whole database is in scope). */
  streets: string[] | null;
  /** A category and its descendants. */
  categories: string[] | null;
  channel: string | null;
  /** Lead unit. */
  unitId: string | null;
}

/** Not yet handled, and being handled (as assessment.dashboard.ts counts them). */
export const OPEN_STATUSES = ['registered', 'dispatched', 'returned', 'arbitration'] as const;
export const DOING_STATUSES = ['in_progress', 'reported'] as const;
const UNRESOLVED = [...OPEN_STATUSES, ...DOING_STATUSES];

const empty = sql``;

/** Conditions on a "case" row (alias c). */
function caseWhere(f: CaseFilter): RawBuilder<unknown> {
  return sql`${f.streets ? sql`AND c.street_code = ANY(${f.streets}::bpchar[])` : empty}
    ${f.categories ? sql`AND c.category_code = ANY(${f.categories}::text[])` : empty}
    ${f.channel ? sql`AND c.channel = ${f.channel}` : empty}
    ${f.unitId ? sql`AND c.lead_unit_id = ${f.unitId}::uuid` : empty}`;
}

/** Case ids of a Shanghai day range: [first of `from`, last of `to`]. */
export function dayIdRange(from: string, to: string): [string, string] {
  return [`${from.replaceAll('-', '')}00000000`, `${to.replaceAll('-', '')}99999999`];
}

/** Intake over a day range from case_intake_day, by channel, category, day and street. */
export async function intakeBreakdown(db: DbOrTx, f: CaseFilter, from: string, to: string) {
  const { rows } = await sql<{ kind: 'h' | 'c' | 'd' | 's'; k: string; n: number }>`
    WITH d AS (
      SELECT * FROM case_intake_day
      WHERE day BETWEEN ${from}::date AND ${to}::date
        ${f.streets ? sql`AND street_code = ANY(${f.streets}::text[])` : empty}
        ${f.categories ? sql`AND category_code = ANY(${f.categories}::text[])` : empty}
        ${f.channel ? sql`AND channel = ${f.channel}` : empty})
    SELECT 'h' AS kind, channel AS k, sum(cases)::int AS n FROM d GROUP BY channel
    UNION ALL SELECT 'c', category_code, sum(cases)::int FROM d GROUP BY category_code
    UNION ALL SELECT 'd', day::text, sum(cases)::int FROM d GROUP BY day
    UNION ALL SELECT 's', street_code, sum(cases)::int FROM d GROUP BY street_code`.execute(db);
  const part = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ code: r.k, n: r.n }));
  return { byChannel: part('h'), byCategory: part('c'), byDay: part('d'), byStreet: part('s') };
}

/** Intake of one day range by channel, live from the case table (a primary-key range). */
export async function liveIntakeByChannel(db: DbOrTx, f: CaseFilter, from: string, to: string) {
  const [lo, hi] = dayIdRange(from, to);
  const { rows } = await sql<{ channel: string; n: number }>`
    SELECT c.channel, count(*)::int AS n FROM "case" c
    WHERE c.id BETWEEN ${lo} AND ${hi} ${caseWhere(f)}
    GROUP BY c.channel`.execute(db);
  return rows;
}

/** Cases by status from case_status_count (kept by the assessment fold), per street. */
export async function statusCountsFromAggregate(db: DbOrTx, streets: string[] | null) {
  const { rows } = await sql<{ status: string; n: number }>`
    SELECT status, sum(cases)::int AS n FROM case_status_count
    WHERE status = ANY(${UNRESOLVED}::text[])
      ${streets ? sql`AND street_code = ANY(${streets}::text[])` : empty}
    GROUP BY status`.execute(db);
  return rows;
}

/**
 * Unresolved cases by grid, street and status, live: read through the status index, so the work grows with the
 * cases still open, not with history. Serves the map and the status counts under category/channel/unit filters.
 */
export async function unresolvedByGrid(db: DbOrTx, f: CaseFilter) {
  const { rows } = await sql<{
    grid_code: string | null;
    street_code: string | null;
    status: string;
    n: number;
  }>`
    SELECT c.grid_code, c.street_code, c.status, count(*)::int AS n FROM "case" c
    WHERE c.status = ANY(${UNRESOLVED}::text[]) ${caseWhere(f)}
    GROUP BY 1, 2, 3`.execute(db);
  return rows;
}

/**
 * Overdue cases and assignments per street of their case: open assignments past their resolve deadline, of cases
 * whose clock runs (as 督办 counts them); `cases` counts each case once, `n` each assignment.
 */
export async function overdueByStreet(db: DbOrTx, f: CaseFilter, now: Date) {
  const { rows } = await sql<{ street_code: string | null; cases: number; n: number }>`
    -- LATERAL … LIMIT 1: one primary-key probe per overdue assignment (assignment_due_idx), never a scan.
    SELECT c.street_code, count(DISTINCT a.case_id)::int AS cases, count(*)::int AS n
    FROM (SELECT case_id FROM assignment
          WHERE status IN ('pending', 'accepted') AND resolve_due_at < ${now}) a
    CROSS JOIN LATERAL (
      SELECT street_code, category_code, channel, lead_unit_id, status FROM "case" WHERE id = a.case_id LIMIT 1) c
    WHERE c.status NOT IN ('suspended', 'closed', 'void', 'merged') ${caseWhere(f)}
    GROUP BY c.street_code`.execute(db);
  return rows;
}

/** Whistles still open or acting under a region path (the partial index whistle_open_idx). */
export async function openWhistles(db: DbOrTx, pathPrefix: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM whistle
    WHERE status IN ('open', 'acting') AND region_path LIKE ${pathPrefix}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The newest cases of a day range: a backward primary-key scan that stops after `limit` matches. */
export async function latestCases(db: DbOrTx, f: CaseFilter, from: string, to: string, limit: number) {
  const [lo, hi] = dayIdRange(from, to);
  const { rows } = await sql<{
    id: string;
    created_at: Date;
    title: string;
    status: string;
    channel: string;
    urgency: string;
    category_code: string | null;
    street_code: string | null;
  }>`
    SELECT c.id::text AS id, c.created_at, c.title, c.status, c.channel, c.urgency, c.category_code, c.street_code
    FROM "case" c
    WHERE c.id BETWEEN ${lo} AND ${hi} ${caseWhere(f)}
    ORDER BY c.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findRegion(db: DbOrTx, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'path'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Street codes under a region path, and whether any street lies outside it. */
export async function streetsUnder(db: DbOrTx, path: string) {
  const [inside, outside] = await Promise.all([
    db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'street')
      .where('path', 'like', `${path}%`)
      .execute(),
    db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'street')
      .where('path', 'not like', `${path}%`)
      .limit(1)
      .execute(),
  ]);
  return { codes: inside.map((r) => r.code), anyOutside: outside.length > 0 };
}

export async function regionNames(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('region').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function categoryNames(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return new Map<string, { nameZh: string; nameEn: string }>();
  const rows = await db
    .selectFrom('category')
    .select(['code', 'name_zh', 'name_en'])
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, { nameZh: r.name_zh, nameEn: r.name_en }]));
}

/** A category and all its descendants; empty when the code is unknown. */
export async function categorySubtree(db: DbOrTx, code: string): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    WITH RECURSIVE t AS (
      SELECT code FROM category WHERE code = ${code}
      UNION ALL SELECT c.code FROM category c JOIN t ON c.parent_code = t.code)
    SELECT code FROM t`.execute(db);
  return rows.map((r) => r.code);
}

export async function findUnit(db: DbOrTx, id: string) {
  return db.selectFrom('unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** When the aggregates were last folded (null before the first fold). */
export async function aggregatesAsOf(db: DbOrTx): Promise<Date | null> {
  const row = await db
    .selectFrom('assessment_watermark')
    .select('folded_at')
    .where('name', '=', 'case_event')
    .executeTakeFirst();
  return row?.folded_at ?? null;
}

/** The streets under a path with their district (the city dashboard folds streets into districts). */
export async function streetsWithDistrict(db: DbOrTx, path: string) {
  return db
    .selectFrom('region')
    .select(['code', 'parent_code'])
    .where('level', '=', 'street')
    .where('path', 'like', `${path}%`)
    .execute();
}

/** Intake per street over a day range (case_intake_day_street: days × streets rows). */
export async function intakeByStreet(db: DbOrTx, from: string, to: string) {
  const { rows } = await sql<{ street_code: string; n: number }>`
    SELECT street_code, sum(cases)::int AS n FROM case_intake_day_street
    WHERE day BETWEEN ${from}::date AND ${to}::date GROUP BY street_code`.execute(db);
  return rows;
}

/** Unresolved cases per street and status (case_status_count: streets × statuses rows). */
export async function statusByStreet(db: DbOrTx) {
  const { rows } = await sql<{ street_code: string; status: string; n: number }>`
    SELECT street_code, status, sum(cases)::int AS n FROM case_status_count
    WHERE status = ANY(${UNRESOLVED}::text[]) GROUP BY 1, 2`.execute(db);
  return rows;
}
