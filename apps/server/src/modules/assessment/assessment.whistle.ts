import { sql } from 'kysely';
import type { Period, WhistleFigures } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

/**
 * Department add-ons read from the whistle module's tables (migration 0010 keeps per-unit indexes for this):
 * summons of the period whose outcome is known (reported, late, missing; void whistles' summons are not counted),
 * the on-time ones, and the mean of the streets' three ratings (1–5). Small tables: read per view.
 */
export async function whistleFiguresFromTables(
  db: DbOrTx,
  period: Period,
): Promise<Map<string, WhistleFigures>> {
  const { rows } = await sql<{ unit_id: string; summoned: number; on_time: number; rating: number | null }>`
    WITH s AS (
      SELECT unit_id, count(*)::int AS summoned, count(*) FILTER (WHERE status = 'reported')::int AS on_time
      FROM whistle_summon
      WHERE counted AND status <> 'summoned'
        AND (summoned_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY unit_id
    ), r AS (
      SELECT unit_id, avg((punctuality + cooperation + effect) / 3.0)::float8 AS rating
      FROM whistle_rating
      WHERE (rated_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY unit_id
    )
    SELECT coalesce(s.unit_id, r.unit_id) AS unit_id, coalesce(s.summoned, 0) AS summoned,
      coalesce(s.on_time, 0) AS on_time, r.rating
    FROM s FULL JOIN r ON r.unit_id = s.unit_id`.execute(db);
  return new Map(
    rows.map((r) => [r.unit_id, { summoned: r.summoned, onTime: r.on_time, ratingAverage: r.rating }]),
  );
}
