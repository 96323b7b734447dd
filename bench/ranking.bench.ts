// Three-rate ranking and dashboard figures over a large history (DESIGN.md §6: ranking of every unit over 5 M
// cases < 200 ms; dashboard < 200 ms), against the same answers computed naively from the raw tables, in one run.
// Run from the repo root:
//   npm run bench:ranking [-- --cases 200000]
// A fresh embedded PostgreSQL in a temp directory (shared_buffers 2 GB), migrated, with the demo's regions, units
// and categories. The generator writes N cases over the last 3 years across every street, with their lead
// assignments (accepted on time, late, or still pending), timeline events (create, dispatch, one from 'dispatched' to
// the present status, callback) and callbacks,
// in set-based SQL (generate_series, INSERT … SELECT). The assessment job then folds the events into the
// aggregates, exactly as a server does. Timed (median of 5 after a warm-up): the previous month's ranking of every
// unit in all five peer groups, and the dashboard summary; then the same from the raw tables, and both compared.
// ratio = naive ranking ms ÷ ranking ms. The last line is one JSON object.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { computeRates, monthPeriod, PEER_GROUPS, type RateCounts } from '../packages/domain/src/index.ts';
import { withBenchCluster } from './lib/cluster.ts';
import { foldAssessment } from '../apps/server/src/modules/assessment/assessment.fold.ts';
import { rankingsFor, getSettings } from '../apps/server/src/modules/assessment/assessment.service.ts';
import { recomputeUnitCounts } from '../apps/server/src/modules/assessment/assessment.recompute.ts';
import {
  dashboardSummary,
  naiveDashboardSummary,
} from '../apps/server/src/modules/assessment/assessment.dashboard.ts';

const { values: args } = parseArgs({
  options: { cases: { type: 'string', default: '5000000' }, keep: { type: 'boolean', default: false } },
});
const N = Number(args.cases);
if (!Number.isInteger(N) || N < 1000 || N > 50_000_000)
  throw new Error('--cases: an integer 1000 … 50 000 000');

const log = (line: string) => console.log(line);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function timed<T>(f: () => Promise<T>): Promise<{ value: Awaited<T>; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  return { value, ms: ms(t0) };
}

/** Median of `runs` timed calls after one warm-up. */
async function median<T>(runs: number, f: () => Promise<T>): Promise<{ value: Awaited<T>; ms: number }> {
  let value = await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed(f);
    value = r.value;
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return { value, ms: times[Math.floor(times.length / 2)]! };
}

/** Set-based generator: one temporary table of per-case draws, then one INSERT … SELECT per target table. */
async function generate(client: pg.Client, n: number): Promise<void> {
  const q = async (label: string, text: string) => {
    const t0 = process.hrtime.bigint();
    const r = await client.query(text);
    log(`  ${label}: ${r.rowCount ?? ''} rows in ${(ms(t0) / 1000).toFixed(1)} s`);
  };
  // Bulk-load habits: no foreign-key triggers (the draws come from the lookup tables themselves) and secondary
  // indexes built once at the end rather than maintained row by row. Both are part of the generator's time.
  await client.query(
    `SET synchronous_commit = off; SET work_mem = '256MB'; SET session_replication_role = replica;
     SELECT setseed(0.42)`,
  );
  await client.query(`SELECT create_case_partitions((now() AT TIME ZONE 'Asia/Shanghai')::date - 1100, 40)`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename IN ('case', 'assignment', 'case_event')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  await client.query(indexes.map((i) => `DROP INDEX "${i.name}";`).join('\n'));
  await q(
    'lookups',
    `CREATE TEMP TABLE g_street AS
       SELECT row_number() OVER (ORDER BY r.code) AS i, r.code, r.path, r.parent_code AS district, u.id AS unit_id
       FROM region r JOIN unit u ON u.jurisdiction_code = r.code AND u.kind = 'street_office'
       WHERE r.level = 'street';
     CREATE TEMP TABLE g_other AS
       SELECT row_number() OVER (ORDER BY kind, id) AS i, id FROM unit WHERE kind IN ('department', 'enterprise');
     CREATE TEMP TABLE g_cat AS
       SELECT row_number() OVER (ORDER BY code) AS i, code FROM category WHERE is_leaf AND active;
     ANALYZE g_street; ANALYZE g_other; ANALYZE g_cat`,
  );
  // Per case: creation time over 3 years (ascending with g, so ids ascend), place, category, channel, lead unit,
  // acceptance delay, status (recent cases still open), callback.
  await q(
    'draws',
    `CREATE TEMP TABLE g_case AS
     WITH base AS (
       SELECT g, now() - interval '3 years' + (g::float8 / ${n}) * (interval '3 years' - interval '1 hour') AS t,
              random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
              random() AS r7
       FROM generate_series(1, ${n}) g)
     SELECT g, t,
       to_char(t AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')::bigint * 100000000 + g AS id,
       1 + floor(r1 * (SELECT count(*) FROM g_street))::int AS street_i,
       1 + floor(r2 * (SELECT count(*) FROM g_cat))::int AS cat_i,
       (ARRAY['hotline','hotline','hotline','hotline','web','app','app','grid_patrol','grid_patrol','open311',
              'department','sensor','media'])[1 + floor(r3 * 13)::int] AS channel,
       CASE WHEN r4 < 0.75 THEN NULL ELSE 1 + floor(((r4 - 0.75) / 0.25) * (SELECT count(*) FROM g_other))::int END
         AS other_i,
       -- accepted after (r5² · 4 h): on time (≤ 2 h) about 71 %
       r5 * r5 * interval '4 hours' AS accept_delay,
       CASE WHEN t < now() - interval '10 days' THEN 'closed'
            WHEN r6 < 0.3 THEN 'dispatched' WHEN r6 < 0.7 THEN 'in_progress' ELSE 'reported' END AS status,
       r7 AS rc
     FROM base`,
  );
  await q(
    'case',
    `INSERT INTO "case" (id, created_at, updated_at, status, request_type, channel, category_code, urgency, title,
                         description, street_code, district_code, region_path, lead_unit_id, route_source,
                         resolve_due_at, closed_at, callback_at, callback_resolved, callback_rating)
     SELECT c.id, c.t, c.t, c.status,
       (ARRAY['consult','help','complaint','report','suggestion'])[1 + (c.g % 5)], c.channel, k.code, 'ordinary',
       '生成的诉求 ' || c.g, '基准测试生成的诉求描述，第 ' || c.g || ' 件', s.code, s.district, s.path,
       coalesce(o.id, s.unit_id), 'duty', c.t + interval '7 days',
       CASE WHEN c.status = 'closed' THEN c.t + interval '3 days' END,
       CASE WHEN c.status = 'closed' AND c.rc < 0.85 THEN c.t + interval '3 days' + c.rc * interval '5 days' END,
       CASE WHEN c.status = 'closed' AND c.rc < 0.85 THEN c.rc < 0.72 END,
       CASE WHEN c.status = 'closed' AND c.rc < 0.85 THEN
         CASE WHEN c.rc < 0.55 THEN 'satisfied' WHEN c.rc < 0.75 THEN 'basically_satisfied' ELSE 'unsatisfied' END
       END
     FROM g_case c JOIN g_street s ON s.i = c.street_i JOIN g_cat k ON k.i = c.cat_i
     LEFT JOIN g_other o ON o.i = c.other_i
     ORDER BY c.g`,
  );
  await q(
    'assignment',
    `INSERT INTO assignment (case_id, district_code, unit_id, role, status, created_at, accepted_at, responded_at,
                             reported_at, accept_due_at, respond_due_at, resolve_due_at)
     SELECT c.id, c.district_code, c.lead_unit_id, 'lead',
       CASE c.status WHEN 'dispatched' THEN 'pending' WHEN 'in_progress' THEN 'accepted'
                     WHEN 'reported' THEN 'reported' ELSE 'done' END,
       c.created_at,
       CASE WHEN c.status <> 'dispatched' THEN c.created_at + g.accept_delay END,
       CASE WHEN c.status <> 'dispatched' THEN c.created_at + g.accept_delay END,
       CASE WHEN c.status IN ('reported', 'closed') THEN c.created_at + interval '2 days' END,
       c.created_at + interval '2 hours', c.created_at + interval '1 day', c.resolve_due_at
     FROM "case" c JOIN g_case g ON g.id = c.id`,
  );
  await q(
    'case_event create, dispatch, handled',
    // Every status change has its event (the dashboard's status counts are folded from them): cases past
    // 'dispatched' get one event from there to their present status, an hour in.
    `INSERT INTO case_event (case_id, district_code, at, action, from_status, to_status, actor_name, data)
     SELECT c.id, c.district_code, c.created_at + a.after, a.action, a.from_status, coalesce(a.to_status, c.status), a.actor,
       CASE WHEN a.action = 'dispatch' THEN jsonb_build_object('leadUnitId', c.lead_unit_id, 'via', 'duty') END
     FROM "case" c
     CROSS JOIN (VALUES (1, 'create', NULL, 'registered', '接线员', interval '0'),
                        (2, 'dispatch', 'registered', 'dispatched', '自动派单', interval '0'),
                        (3, 'handled', 'dispatched', NULL, '处置单位', interval '1 hour'))
       a(ord, action, from_status, to_status, actor, after)
     WHERE a.ord < 3 OR c.status <> 'dispatched'
     ORDER BY c.id, a.ord`,
  );
  await q(
    'case_event callback',
    `INSERT INTO case_event (case_id, district_code, at, action, from_status, to_status, actor_name, data)
     SELECT id, district_code, callback_at, 'callback', 'closed', 'closed', '回访员',
       jsonb_build_object('resolved', callback_resolved, 'rating', callback_rating)
     FROM "case" WHERE callback_at IS NOT NULL ORDER BY callback_at`,
  );
  // pg_indexes shows a partitioned table's index as CREATE INDEX … ON ONLY: build it on every partition.
  await q(
    `${indexes.length} indexes`,
    indexes.map((i) => `${i.def.replace(' ON ONLY ', ' ON ')};`).join('\n'),
  );
  await q('analyze', `ANALYZE "case"; ANALYZE assignment; ANALYZE case_event`);
}

function sameCounts(a: Map<string, RateCounts>, b: Map<string, RateCounts>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (JSON.stringify(v) !== JSON.stringify(b.get(k))) return false;
  return true;
}

async function main() {
  await withBenchCluster('rankbench', { keep: args.keep }, async ({ db, client: connect }) => {
    log(`Generating ${N.toLocaleString('en')} cases over 3 years …`);
    const client = await connect();
    const gen = await timed(() => generate(client, N));
    await client.end();
    const counts = await sql<{ cases: string; events: string; units: string }>`
      SELECT (SELECT count(*) FROM "case")::text AS cases, (SELECT count(*) FROM case_event)::text AS events,
             (SELECT count(*) FROM unit WHERE kind <> 'government')::text AS units`.execute(db);
    const c = counts.rows[0]!;
    log(
      `generator: ${(gen.ms / 1000).toFixed(1)} s for ${c.cases} cases, ${c.events} events (${c.units} ranked units)`,
    );

    const folded = await timed(() =>
      foldAssessment(db, { lagSeconds: 0, batchSize: 1_000_000, maxBatches: 10_000 }),
    );
    log(
      `fold: ${folded.value.events} events in ${folded.value.batches} batches, ${(folded.ms / 1000).toFixed(1)} s ` +
        `(${Math.round(folded.value.events / (folded.ms / 1000))} events/s)`,
    );
    await sql`VACUUM ANALYZE`.execute(db);

    // The last complete month.
    const now = new Date();
    const shanghai = new Date(now.getTime() + 8 * 3600_000);
    const prevMonth = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - 1, 1));
    const period = monthPeriod(prevMonth.toISOString().slice(0, 7));

    const ranking = await median(5, () => rankingsFor(db, PEER_GROUPS, period));
    const rankedUnits = ranking.value.reduce((s, r) => s + r.rows.length, 0);
    log(
      `ranking of ${rankedUnits} units in ${PEER_GROUPS.length} peer groups, ${period.from}…${period.to}: ${ranking.ms.toFixed(1)} ms`,
    );

    const dashboard = await median(5, () => dashboardSummary(db, now));
    log(`dashboard summary: ${dashboard.ms.toFixed(1)} ms`);

    // Naive: the counts from the raw tables, then the same scoring (the scoring itself is microseconds).
    const settings = await getSettings(db);
    const naive = await median(1, async () => {
      const raw = await recomputeUnitCounts(db, period, now);
      for (const v of raw.values()) computeRates(v, settings);
      return raw;
    });
    log(`naive ranking (raw tables): ${naive.ms.toFixed(1)} ms`);
    const naiveDash = await median(1, () => naiveDashboardSummary(db, now));
    log(`naive dashboard (raw tables): ${naiveDash.ms.toFixed(1)} ms`);

    const aggCounts = new Map(
      ranking.value.flatMap((r) =>
        r.rows
          .filter((x) => x.counts.responseHit + x.counts.responseMiss + x.counts.callbacks > 0)
          .map((x) => [x.unitId, x.counts] as const),
      ),
    );
    const rankingAgrees = sameCounts(aggCounts, naive.value);
    const dashboardAgrees = JSON.stringify(dashboard.value) === JSON.stringify(naiveDash.value);
    log(`same answers: ranking ${rankingAgrees ? 'yes' : 'NO'}, dashboard ${dashboardAgrees ? 'yes' : 'NO'}`);
    const top = ranking.value[0]!.rows.slice(0, 3).map((r) => `${r.rank}. ${r.name} ${r.rates.composite}`);
    log(`top streets: ${top.join('; ')}`);

    console.log(
      JSON.stringify({
        bench: 'ranking',
        cases: Number(c.cases),
        events: Number(c.events),
        generator_s: Math.round(gen.ms / 100) / 10,
        fold_s: Math.round(folded.ms / 100) / 10,
        units: rankedUnits,
        ranking_ms: Math.round(ranking.ms * 10) / 10,
        dashboard_ms: Math.round(dashboard.ms * 10) / 10,
        naive_ranking_ms: Math.round(naive.ms * 10) / 10,
        naive_dashboard_ms: Math.round(naiveDash.ms * 10) / 10,
        ratio: Math.round((naive.ms / ranking.ms) * 10) / 10,
        agree: rankingAgrees && dashboardAgrees,
      }),
    );
    if (!rankingAgrees || !dashboardAgrees) process.exitCode = 1;
  });
}

await main();
