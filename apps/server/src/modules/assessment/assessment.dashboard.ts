import { sql } from 'kysely';
import { dayNumberOf, formatDay } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

/**
 * The command dashboard's figures (issue 4): today's intake and overdue counts live (a primary-key range and a
 * partial index), status counts and 30-day history from the aggregates the assessment fold keeps.
 */
export interface DashboardSummary {
  today: string;
  todayByChannel: Record<string, number>;
  /**
   * overdue: cases with at least one open assignment past its resolve deadline (督办 counts the same cases);
   * overdueAssignments: those assignments (what 督办's tables count: a case with a late co-unit counts twice).
   */
  status: { open: number; inProgress: number; overdue: number; overdueAssignments: number };
  /** Intake of the last 30 days (today included) by category code ('' = none), most first. */
  categories: { code: string; cases: number }[];
  /** Intake per day, oldest first, 30 days. */
  trend: { day: string; cases: number }[];
  topStreetsByIntake: { streetCode: string; cases: number }[];
  /** Streets with the most overdue cases in their territory (whoever the late unit is). */
  topStreetsByOverdue: { streetCode: string; overdue: number }[];
}

/** Cases whose clocks do not run, or that are finished: never late (as 督办's supervision.repository). */
const NOT_LATE = ['suspended', 'closed', 'void', 'merged'];
const OPEN = ['registered', 'dispatched', 'returned', 'arbitration'];
const TOP = 10;

function days(now: Date) {
  const today = dayNumberOf(now);
  return { today: formatDay(today), from: formatDay(today - 29), todayNum: today };
}

/** Case ids begin with the Shanghai day (yyyymmdd · 10^8): today's cases are one primary-key range. */
function dayIdRange(day: string): [string, string] {
  const d = day.replaceAll('-', '');
  return [`${d}00000000`, `${d}99999999`];
}

async function liveCounts(db: DbOrTx, now: Date, today: string) {
  const [lo, hi] = dayIdRange(today);
  const [channels, overdue] = await Promise.all([
    sql<{ channel: string; n: number }>`
      SELECT channel, count(*)::int AS n FROM "case" WHERE id BETWEEN ${lo} AND ${hi} GROUP BY channel`.execute(
      db,
    ),
    // Overdue: open assignments past their resolve deadline (the partial index assignment_due_idx) of cases whose
    // clock runs, by the street where the case is (属地: the street answers for its territory, whoever the late
    // unit is); cases and assignments both, as 督办 counts them; one primary-key
    // probe per overdue assignment.
    sql<{ street_code: string | null; cases: number; n: number }>`
      SELECT c.street_code, count(DISTINCT a.case_id)::int AS cases, count(*)::int AS n
      FROM (SELECT case_id FROM assignment
            WHERE status IN ('pending', 'accepted') AND resolve_due_at < ${now}) a
      CROSS JOIN LATERAL (SELECT street_code, status FROM "case" WHERE id = a.case_id LIMIT 1) c
      WHERE c.status <> ALL(${NOT_LATE}::text[])
      GROUP BY 1`.execute(db),
  ]);
  return {
    todayByChannel: Object.fromEntries(channels.rows.map((r) => [r.channel, r.n])),
    overdue: overdue.rows.reduce((s, r) => s + r.cases, 0),
    overdueAssignments: overdue.rows.reduce((s, r) => s + r.n, 0),
    topStreetsByOverdue: overdue.rows
      .filter((r) => r.street_code)
      .map((r) => ({ streetCode: r.street_code!, overdue: r.cases }))
      .sort((a, b) => b.overdue - a.overdue || a.streetCode.localeCompare(b.streetCode))
      .slice(0, TOP),
  };
}

function shape(
  today: string,
  from: string,
  todayNum: number,
  live: Awaited<ReturnType<typeof liveCounts>>,
  byStatus: Map<string, number>,
  byCategory: { code: string; n: number }[],
  byDay: { day: string; n: number }[],
  byStreet: { code: string; n: number }[],
): DashboardSummary {
  const perDay = new Map(byDay.map((r) => [r.day, r.n]));
  return {
    today,
    todayByChannel: live.todayByChannel,
    status: {
      open: OPEN.reduce((n, k) => n + (byStatus.get(k) ?? 0), 0),
      inProgress: (byStatus.get('in_progress') ?? 0) + (byStatus.get('reported') ?? 0),
      overdue: live.overdue,
      overdueAssignments: live.overdueAssignments,
    },
    categories: byCategory
      .map((r) => ({ code: r.code, cases: r.n }))
      .sort((a, b) => b.cases - a.cases || a.code.localeCompare(b.code)),
    trend: Array.from({ length: 30 }, (_, i) => {
      const day = formatDay(todayNum - 29 + i);
      return { day, cases: perDay.get(day) ?? 0 };
    }).filter((d) => d.day >= from),
    topStreetsByIntake: byStreet
      .filter((r) => r.code !== '')
      .map((r) => ({ streetCode: r.code, cases: r.n }))
      .sort((a, b) => b.cases - a.cases || a.streetCode.localeCompare(b.streetCode))
      .slice(0, TOP),
    topStreetsByOverdue: live.topStreetsByOverdue,
  };
}

/** From the intake roll-ups (30 days × categories, 30 days × streets) and status counts, plus the live counts. */
export async function dashboardSummary(db: DbOrTx, now = new Date()): Promise<DashboardSummary> {
  const { today, from, todayNum } = days(now);
  const [live, status, agg] = await Promise.all([
    liveCounts(db, now, today),
    sql<{ status: string; n: number }>`
      SELECT status, sum(cases)::int AS n FROM case_status_count GROUP BY status`.execute(db),
    sql<{ kind: string; k: string; n: number }>`
      SELECT 'c' AS kind, category_code AS k, sum(cases)::int AS n FROM case_intake_day_category
      WHERE day BETWEEN ${from}::date AND ${today}::date GROUP BY category_code
      UNION ALL
      SELECT 'd', day::text, sum(cases)::int FROM case_intake_day_street
      WHERE day BETWEEN ${from}::date AND ${today}::date GROUP BY day
      UNION ALL
      SELECT 's', street_code, sum(cases)::int FROM case_intake_day_street
      WHERE day BETWEEN ${from}::date AND ${today}::date GROUP BY street_code`.execute(db),
  ]);
  const part = (kind: string) => agg.rows.filter((r) => r.kind === kind).map((r) => ({ code: r.k, n: r.n }));
  return shape(
    today,
    from,
    todayNum,
    live,
    new Map(status.rows.map((r) => [r.status, r.n])),
    part('c'),
    part('d').map((r) => ({ day: r.code, n: r.n })),
    part('s'),
  );
}

/** The same figures from the case table alone (benchmark and tests). */
export async function naiveDashboardSummary(db: DbOrTx, now = new Date()): Promise<DashboardSummary> {
  const { today, from, todayNum } = days(now);
  const [live, status, rows] = await Promise.all([
    liveCounts(db, now, today),
    sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM "case"
      WHERE status IN ('registered', 'dispatched', 'returned', 'arbitration', 'in_progress', 'reported')
      GROUP BY status`.execute(db),
    sql<{ day: string; street: string; category: string; n: number }>`
      SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, coalesce(street_code, '') AS street,
             coalesce(category_code, '') AS category, count(*)::int AS n
      FROM "case"
      WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${from}::date AND ${today}::date
        -- the partition key: only the months of the last 30 days
        AND id BETWEEN ${`${from.replaceAll('-', '')}00000000`} AND ${`${today.replaceAll('-', '')}99999999`}
      GROUP BY 1, 2, 3`.execute(db),
  ]);
  const sum = (key: (r: (typeof rows.rows)[number]) => string) => {
    const m = new Map<string, number>();
    for (const r of rows.rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n);
    return [...m].map(([code, n]) => ({ code, n }));
  };
  return shape(
    today,
    from,
    todayNum,
    live,
    new Map(status.rows.map((r) => [r.status, r.n])),
    sum((r) => r.category),
    sum((r) => r.day).map((r) => ({ day: r.code, n: r.n })),
    sum((r) => r.street),
  );
}
