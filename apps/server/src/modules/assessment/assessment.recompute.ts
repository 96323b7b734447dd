import { sql } from 'kysely';
import type { RateCounts, Period } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

/**
 * The same counts as the aggregates, computed naively from the raw tables (assignment, case_event, case) for one
 * period. Tests compare the two; the benchmark times both. Never used to answer a view.
 */
export async function recomputeUnitCounts(
  db: DbOrTx,
  period: Period,
  now: Date = new Date(),
): Promise<Map<string, RateCounts>> {
  const { rows } = await sql<{
    unit_id: string;
    hit: number;
    miss: number;
    callbacks: number;
    resolved: number;
    satisfied: number;
    basic: number;
    unsatisfied: number;
  }>`
    WITH resp AS (
      SELECT a.unit_id,
        count(*) FILTER (WHERE least(a.accepted_at, a.responded_at) IS NOT NULL
                           AND (a.accept_due_at IS NULL OR least(a.accepted_at, a.responded_at) <= a.accept_due_at))::int AS hit,
        count(*) FILTER (WHERE (least(a.accepted_at, a.responded_at) > a.accept_due_at)
                            OR (least(a.accepted_at, a.responded_at) IS NULL
                                AND a.status NOT IN ('returned', 'cancelled') AND a.accept_due_at < ${now}))::int AS miss
      FROM assignment a
      WHERE a.role = 'lead'
        AND (a.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY a.unit_id
    ), cb AS (
      SELECT l.unit_id, count(*)::int AS callbacks,
        count(*) FILTER (WHERE (e.data->>'resolved')::boolean)::int AS resolved,
        count(*) FILTER (WHERE e.data->>'rating' = 'satisfied')::int AS satisfied,
        count(*) FILTER (WHERE e.data->>'rating' = 'basically_satisfied')::int AS basic,
        count(*) FILTER (WHERE e.data->>'rating' = 'unsatisfied')::int AS unsatisfied
      FROM case_event e
      CROSS JOIN LATERAL (
        SELECT a.unit_id FROM assignment a
        WHERE a.case_id = e.case_id AND a.role = 'lead' AND a.created_at <= e.at
        ORDER BY a.created_at DESC LIMIT 1) l
      WHERE e.action = 'callback'
        AND (e.at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${period.from}::date AND ${period.to}::date
        AND e.data->>'rating' IN ('satisfied', 'basically_satisfied', 'unsatisfied')
      GROUP BY l.unit_id
    )
    SELECT coalesce(resp.unit_id, cb.unit_id) AS unit_id,
      coalesce(resp.hit, 0) AS hit, coalesce(resp.miss, 0) AS miss,
      coalesce(cb.callbacks, 0) AS callbacks, coalesce(cb.resolved, 0) AS resolved,
      coalesce(cb.satisfied, 0) AS satisfied, coalesce(cb.basic, 0) AS basic,
      coalesce(cb.unsatisfied, 0) AS unsatisfied
    FROM resp FULL JOIN cb ON cb.unit_id = resp.unit_id`.execute(db);
  return new Map(
    rows
      .filter((r) => r.hit + r.miss + r.callbacks > 0)
      .map((r) => [
        r.unit_id,
        {
          responseHit: r.hit,
          responseMiss: r.miss,
          callbacks: r.callbacks,
          resolved: r.resolved,
          satisfied: r.satisfied,
          basicallySatisfied: r.basic,
          unsatisfied: r.unsatisfied,
        },
      ]),
  );
}
