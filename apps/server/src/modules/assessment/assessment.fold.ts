import { sql } from 'kysely';
import { CASE_SEQ_SPAN, partitionRangesOfDays } from '@onegrid/domain';
import type { Db, Tx } from '../../db/database.ts';
import { districtOfPathSql } from '../../lib/district.ts';

/**
 * Folds new case_event rows into the assessment aggregates (migration 0020), in one transaction per batch:
 * - `create` → case_intake_day (+1 for the case's day, street, category, channel) and its roll-ups per day and
 *   category, per day and street;
 * - every status change → case_status_count (−1 from, +1 to, per street);
 * - `dispatch` → an assessment_response row for each lead assignment of the case (open until decided);
 * - `callback` → an assessment_callback row, attributed to the lead unit that handled the case;
 * - every event re-decides the undecided response rows of its case (accept, return, withdrawal), and response rows
 *   whose accept deadline passed while still pending become misses; the daily counters move by the difference.
 *   The rules are those of packages/domain assessment/facts.ts (responseOutcome, callbackUnit, caseRateFacts);
 *   assessment.facts.test.ts checks this fold against them on generated histories.
 * Nothing is added to the intake or action transactions: the hot path writes case_event as it always did.
 *
 * Idempotent and safe on several processes: the watermark row is claimed with FOR UPDATE SKIP LOCKED (a second
 * process finds it locked and skips), facts have natural keys (ON CONFLICT DO NOTHING), and the watermark moves in
 * the same transaction as the counters.
 *
 * Watermark safety: case_event ids come from a sequence, so a transaction still in flight may hold a smaller id
 * than a committed one. An event's `at` is taken no later than its id (transaction start, or the intake's planning
 * time), so if every writing transaction finishes within `lagSeconds / 2` of its `at`, then all ids below a visible
 * event with `at <= now − lagSeconds` are final. The watermark only advances to such an event.
 */
/**
 * A unit's district, under which its daily figures are stored (docs/distribution.md): that of the last code of its
 * jurisdiction path — packages/domain districtOfPath in SQL; a city-level unit's is the city's code.
 */
const UNIT_DISTRICT = districtOfPathSql(sql.ref('u.jurisdiction_path'));

export interface FoldOptions {
  /** Events per transaction. */
  batchSize?: number;
  /** See above; 0 in tests (everything already committed). Default 30 s. */
  lagSeconds?: number;
  /** The time deadlines are judged against; default now. */
  now?: Date;
  /** Stop after this many batches (a job run leaves the rest to the next run). */
  maxBatches?: number;
}

export interface FoldResult {
  /** false: another process holds the watermark. */
  ran: boolean;
  batches: number;
  events: number;
  lastEventId: string;
}

export async function foldAssessment(db: Db, opts: FoldOptions = {}): Promise<FoldResult> {
  const result: FoldResult = { ran: false, batches: 0, events: 0, lastEventId: '0' };
  const maxBatches = opts.maxBatches ?? 1000;
  for (;;) {
    const step = await db.transaction().execute((tx) => foldBatch(tx, opts));
    if (!step) return result;
    result.ran = true;
    result.batches += 1;
    result.events += step.events;
    result.lastEventId = step.lastEventId;
    // Done when no event is left and no passed deadline waits to be judged (each batch judges at most batchSize).
    if ((step.events === 0 && !step.expiredLeft) || result.batches >= maxBatches) return result;
  }
}

async function foldBatch(
  tx: Tx,
  opts: FoldOptions,
): Promise<{ events: number; lastEventId: string; expiredLeft: boolean } | undefined> {
  const batch = opts.batchSize ?? 5000;
  const lag = opts.lagSeconds ?? 30;
  const now = opts.now ?? new Date();
  const mark = await tx
    .selectFrom('assessment_watermark')
    .select('last_event_id')
    .where('name', '=', 'case_event')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!mark) return undefined;
  const lo = mark.last_event_id;
  // The batch, and the days of the case numbers its events touch. case_event is partitioned by case number, not by
  // its own id: this step probes each partition's (id, case_id) key once for ids past the watermark (index
  // descents, not scans); every statement below is bounded by the months of those case numbers, so the planner
  // keeps only their partitions of case_event and "case" — a batch reads a few months however long the history is
  // (partitions.test.ts). Months, not the numbers themselves: a million-event batch touches ~10^5 cases, and an
  // array that long costs more to plan and filter by than the months save.
  const { rows: top } = await sql<{ hi: string | null; n: string; days: string[] | null }>`
    WITH e AS (SELECT id, at, case_id FROM case_event WHERE id > ${lo} ORDER BY id LIMIT ${batch}),
         h AS (SELECT max(id) FILTER (WHERE at <= now() - make_interval(secs => ${lag})) AS hi FROM e)
    SELECT h.hi::text AS hi, (SELECT count(*) FROM e WHERE e.id <= h.hi)::text AS n,
           (SELECT array_agg(DISTINCT e.case_id / ${CASE_SEQ_SPAN.toString()}::bigint) FROM e
             WHERE e.id <= h.hi)::text[] AS days
    FROM h`.execute(tx);
  const hi = top[0]?.hi ?? lo;
  return foldEvents(
    tx,
    { lo, hi, batch, now, events: Number(top[0]?.n ?? 0) },
    partitionRangesOfDays(top[0]?.days ?? []),
  );
}

/** `col` within one of the ranges, as the planner prunes partitions by (false for none). */
const within = (col: string, ranges: readonly { lo: string; hi: string }[]) =>
  ranges.length === 0
    ? sql`false`
    : sql`(${sql.join(
        ranges.map((r) => sql`(${sql.ref(col)} >= ${r.lo}::bigint AND ${sql.ref(col)} < ${r.hi}::bigint)`),
        sql` OR `,
      )})`;

/**
 * The fold's statements over one batch: events lo < id <= hi, whose case numbers lie in `ranges` (every read of
 * case_event and "case" is bounded by them, for partition pruning), and the watermark moved to hi.
 */
async function foldEvents(
  tx: Tx,
  b: { lo: string; hi: string; batch: number; now: Date; events: number },
  ranges: readonly { lo: string; hi: string }[],
): Promise<{ events: number; lastEventId: string; expiredLeft: boolean }> {
  const { lo, hi, batch, now } = b;

  if (hi !== lo) {
    // New cases, counted once in the fine table and in the dashboard's two roll-ups (one read of the cases).
    await sql`
      WITH cr AS (
        SELECT (c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, coalesce(c.street_code, '') AS street,
               coalesce(c.category_code, '') AS category, c.channel, count(*)::int AS n
        FROM case_event e JOIN "case" c ON c.id = e.case_id AND ${within('c.id', ranges)}
        WHERE ${within('e.case_id', ranges)} AND e.id > ${lo} AND e.id <= ${hi} AND e.action = 'create'
        GROUP BY 1, 2, 3, 4
      ), by_category AS (
        INSERT INTO case_intake_day_category AS t (day, category_code, cases)
        SELECT day, category, sum(n) FROM cr GROUP BY 1, 2
        ON CONFLICT (day, category_code) DO UPDATE SET cases = t.cases + excluded.cases
      ), by_street AS (
        INSERT INTO case_intake_day_street AS t (day, street_code, cases)
        SELECT day, street, sum(n) FROM cr GROUP BY 1, 2
        ON CONFLICT (district_code, day, street_code) DO UPDATE SET cases = t.cases + excluded.cases
      )
      INSERT INTO case_intake_day AS t (day, street_code, category_code, channel, cases)
      SELECT day, street, category, channel, n FROM cr
      ON CONFLICT (district_code, day, street_code, category_code, channel)
      DO UPDATE SET cases = t.cases + excluded.cases`.execute(tx);

    // Status changes: −1 for the status left, +1 for the one entered, per street of the case.
    await sql`
      INSERT INTO case_status_count AS s (street_code, status, cases)
      SELECT coalesce(c.street_code, ''), x.status, sum(x.d)::int
      FROM case_event e
      JOIN "case" c ON c.id = e.case_id AND ${within('c.id', ranges)}
      CROSS JOIN LATERAL (VALUES (e.from_status, -1), (e.to_status, 1)) x(status, d)
      WHERE ${within('e.case_id', ranges)} AND e.id > ${lo} AND e.id <= ${hi} AND e.from_status IS DISTINCT FROM e.to_status
        AND x.status IS NOT NULL
      GROUP BY 1, 2
      ON CONFLICT (district_code, street_code, status) DO UPDATE SET cases = s.cases + excluded.cases`.execute(
      tx,
    );

    await sql`
      INSERT INTO assessment_response (assignment_id, case_id, district_code, unit_id, day, due_at, outcome)
      SELECT a.id, a.case_id, a.district_code, a.unit_id, (a.created_at AT TIME ZONE 'Asia/Shanghai')::date,
             a.accept_due_at, 'open'
      FROM (SELECT DISTINCT case_id FROM case_event
            WHERE ${within('case_id', ranges)} AND id > ${lo} AND id <= ${hi} AND action = 'dispatch') e
      JOIN assignment a ON a.case_id = e.case_id AND a.role = 'lead'
      ON CONFLICT (district_code, assignment_id) DO NOTHING`.execute(tx);

    await sql`
      WITH cb AS (
        INSERT INTO assessment_callback (event_id, case_id, district_code, unit_id, day, resolved, rating)
        SELECT e.id, e.case_id, e.district_code, l.unit_id, (e.at AT TIME ZONE 'Asia/Shanghai')::date,
               coalesce((e.data->>'resolved')::boolean, false), e.data->>'rating'
        FROM case_event e
        CROSS JOIN LATERAL (
          SELECT a.unit_id FROM assignment a
          WHERE a.case_id = e.case_id AND a.role = 'lead' AND a.created_at <= e.at
          ORDER BY a.created_at DESC LIMIT 1) l
        WHERE ${within('e.case_id', ranges)} AND e.id > ${lo} AND e.id <= ${hi} AND e.action = 'callback'
          AND e.data->>'rating' IN ('satisfied', 'basically_satisfied', 'unsatisfied')
        ON CONFLICT (district_code, event_id) DO NOTHING
        RETURNING unit_id, day, resolved, rating)
      INSERT INTO assessment_unit_day AS d
        (day, unit_id, district_code, callbacks, resolved, satisfied, basically_satisfied, unsatisfied)
      SELECT day, unit_id, ${UNIT_DISTRICT}, count(*), count(*) FILTER (WHERE resolved),
             count(*) FILTER (WHERE rating = 'satisfied'), count(*) FILTER (WHERE rating = 'basically_satisfied'),
             count(*) FILTER (WHERE rating = 'unsatisfied')
      FROM cb JOIN unit u ON u.id = cb.unit_id GROUP BY day, unit_id, u.jurisdiction_path
      ON CONFLICT (district_code, day, unit_id) DO UPDATE SET
        callbacks = d.callbacks + excluded.callbacks, resolved = d.resolved + excluded.resolved,
        satisfied = d.satisfied + excluded.satisfied,
        basically_satisfied = d.basically_satisfied + excluded.basically_satisfied,
        unsatisfied = d.unsatisfied + excluded.unsatisfied`.execute(tx);
  }

  // Re-decide the undecided rows of the cases these events touched, and those whose deadline has now passed.
  // The rule is responseOutcome() in packages/domain (assessment/facts.ts), checked against it by the facts test.
  await sql`
    WITH touched AS (
      SELECT r.assignment_id FROM assessment_response r
      WHERE NOT r.final AND r.case_id IN (
        SELECT case_id FROM case_event WHERE ${within('case_id', ranges)} AND id > ${lo} AND id <= ${hi})
      UNION
      (SELECT assignment_id FROM assessment_response
       WHERE outcome = 'open' AND due_at < ${now} ORDER BY due_at LIMIT ${batch})
    ), cur AS (
      SELECT r.assignment_id, r.unit_id, r.day, r.outcome AS old,
        CASE
          WHEN least(a.accepted_at, a.responded_at) IS NOT NULL THEN
            CASE WHEN a.accept_due_at IS NULL OR least(a.accepted_at, a.responded_at) <= a.accept_due_at
                 THEN 'hit' ELSE 'miss' END
          WHEN a.status IN ('returned', 'cancelled') THEN 'excluded'
          WHEN a.accept_due_at < ${now} THEN 'miss'
          ELSE 'open'
        END AS new,
        (least(a.accepted_at, a.responded_at) IS NOT NULL OR a.status IN ('returned', 'cancelled')) AS fin
      FROM assessment_response r
      JOIN touched t ON t.assignment_id = r.assignment_id
      JOIN assignment a ON a.id = r.assignment_id
    ), upd AS (
      UPDATE assessment_response r SET outcome = cur.new, final = cur.fin
      FROM cur
      WHERE r.assignment_id = cur.assignment_id AND (r.outcome <> cur.new OR r.final <> cur.fin)
      RETURNING cur.unit_id, cur.day, cur.old, cur.new
    ), delta AS (
      SELECT unit_id, day,
        sum((new = 'hit')::int - (old = 'hit')::int) AS hit,
        sum((new = 'miss')::int - (old = 'miss')::int) AS miss
      FROM upd GROUP BY unit_id, day
    )
    INSERT INTO assessment_unit_day AS d (day, unit_id, district_code, response_hit, response_miss)
    SELECT day, unit_id, ${UNIT_DISTRICT}, hit, miss FROM delta JOIN unit u ON u.id = delta.unit_id
    WHERE hit <> 0 OR miss <> 0
    ON CONFLICT (district_code, day, unit_id) DO UPDATE SET
      response_hit = d.response_hit + excluded.response_hit,
      response_miss = d.response_miss + excluded.response_miss`.execute(tx);

  // Rows still open past their deadline were beyond this batch's limit (a judged row is never left so; the join
  // keeps a row whose assignment is gone from making every run loop to its limit).
  const left = await tx
    .selectFrom('assessment_response as r')
    .innerJoin('assignment as a', 'a.id', 'r.assignment_id')
    .select('r.assignment_id')
    .where('r.outcome', '=', 'open')
    .where('r.due_at', '<', now)
    .limit(1)
    .executeTakeFirst();

  await tx
    .updateTable('assessment_watermark')
    .set({ last_event_id: hi, folded_at: new Date() })
    .where('name', '=', 'case_event')
    .execute();
  return { events: b.events, lastEventId: hi, expiredLeft: left !== undefined };
}
