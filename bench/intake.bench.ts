// Intake of full cases over HTTP (DESIGN.md §6: ≥ 500 cases/s on 2 cores, p99 < 100 ms), against the raw rate of
// PostgreSQL inserting the same rows without the application, measured in one run. Run from the repo root:
//   npm run bench:intake [-- --count 5000 --concurrency 32 --profile]
// A fresh embedded PostgreSQL in a temp directory; the platform (startServer: migrations, demo data, timers,
// classifier) in a child process, so the load generator's CPU and memory are not the server's; the server's peak
// RSS is its VmHWM. Operator sessions create cases as the hotline does — half without a category, so the
// classifier runs — each with its own Idempotency-Key: validate, classify, route, persist, schedule timers.
// The raw phase then inserts, per case and in one transaction per case, the rows the application wrote per case on
// average (case, timeline, assignments, timer jobs, notifications, audit, idempotency key) with the same
// concurrency, through pg alone. ratio = application rows/s ÷ raw rows/s. The last line is one JSON object.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  GridIndex,
  centroidOf,
  polygonsOf,
  mulberry32,
  type AreaGeometry,
} from '../packages/domain/src/index.ts';
import { startEmbeddedPostgres } from '../apps/server/src/db/embedded.ts';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

const { values: args } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    count: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '32' },
    profile: { type: 'boolean', default: false },
  },
});

/** Child mode: the platform as `npm start` runs it, reporting its URL on stdout. */
async function serve() {
  const { loadConfig } = await import('../apps/server/src/config.ts');
  const { startServer } = await import('../apps/server/src/server.ts');
  const running = await startServer(loadConfig(), () => {});
  console.log(`BENCH_READY ${running.url}`);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

interface Sample {
  ms: number;
  status: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function procStatus(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used; clock ticks are 1/100 s on Linux. */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The PostgreSQL processes of the server whose data directory is `dataDir`. */
function postgresPids(dataDir: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const exe = fs.readlinkSync(`/proc/${entry}/exe`);
      if (exe.endsWith('/postgres') && (cmd.includes(dataDir) || isChildOfAny(Number(entry), out)))
        out.push(Number(entry));
    } catch {
      // gone or not ours
    }
  }
  return out;
}

function isChildOfAny(pid: number, parents: number[]): boolean {
  try {
    const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    return parents.includes(ppid);
  } catch {
    return false;
  }
}

function request(
  agent: http.Agent,
  url: URL,
  opts: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: opts.method,
        path: opts.path,
        headers: opts.body
          ? {
              ...opts.headers,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(opts.body),
            }
          : opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** Runs `n` jobs with `concurrency` in flight; returns the wall time. */
async function pool(n: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) await job(next++);
    }),
  );
  return performance.now() - start;
}

async function startChild(env: NodeJS.ProcessEnv, profileDir: string | null) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      SELF,
      '--serve',
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = readline.createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
    lines.on('line', (line) => {
      const m = /^BENCH_READY (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  return { child, url: new URL(url) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Inputs {
  bodies: string[];
  categorised: number;
}

/** Real citizen messages (the demo's texts) at random points of random grids; every other one without category. */
async function makeInputs(db: pg.Pool, n: number): Promise<Inputs> {
  const messages = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'apps/server/src/demo/cases/messages.json'), 'utf8'),
  ) as { subject: string; detail: string; category: string | null }[];
  const cats = (
    await db.query<{ code: string; name_zh: string }>(
      `SELECT code, name_zh FROM category WHERE is_leaf AND active ORDER BY code`,
    )
  ).rows;
  const byName = new Map(cats.map((c) => [c.name_zh, c.code]));
  const grids = (await db.query<{ code: string; boundary: AreaGeometry }>(`SELECT code, boundary FROM grid`))
    .rows;
  const index = GridIndex.build(grids);
  const rand = mulberry32(20261122);
  const point = (): [number, number] => {
    const g = grids[Math.floor(rand() * grids.length)]!;
    const [cx, cy] = centroidOf(g.boundary) as [number, number];
    const ring = polygonsOf(g.boundary)[0]![0]!;
    for (let k = 0; k < 6; k++) {
      const v = ring[Math.floor(rand() * ring.length)]!;
      const t = 0.1 + 0.6 * rand();
      const lon = cx + t * (v[0]! - cx);
      const lat = cy + t * (v[1]! - cy);
      if (index.locate(lon, lat) === g.code) return [lon, lat];
    }
    return [cx, cy];
  };
  const bodies: string[] = [];
  let categorised = 0;
  for (let i = 0; i < n; i++) {
    const m = messages[i % messages.length]!;
    const code =
      i % 2 === 0 ? (m.category && byName.get(m.category)) || cats[i % cats.length]!.code : undefined;
    if (code) categorised++;
    const [lon, lat] = point();
    bodies.push(
      JSON.stringify({
        requestType: 'complaint',
        ...(code ? { categoryCode: code } : {}),
        title: m.subject.replace(/A市|A\d+[区县]/g, '').slice(0, 100),
        description: m.detail.replace(/A市|A\d+[区县]/g, ''),
        address: '平谷区',
        lon,
        lat,
        reporterName: '张三',
        reporterPhone: `139${String(10_000_000 + i).slice(-8)}`,
      }),
    );
  }
  return { bodies, categorised };
}

const TABLES = {
  case: `SELECT count(*)::int AS n FROM "case"`,
  case_event: `SELECT count(*)::int AS n FROM case_event`,
  assignment: `SELECT count(*)::int AS n FROM assignment`,
  notification: `SELECT count(*)::int AS n FROM notification`,
  audit_log: `SELECT count(*)::int AS n FROM audit_log`,
  idempotency_key: `SELECT count(*)::int AS n FROM idempotency_key`,
  timer_job: `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'assignment-timer'`,
} as const;
type Counts = Record<keyof typeof TABLES, number>;

async function counts(db: pg.Pool): Promise<Counts> {
  const out = {} as Counts;
  for (const [k, q] of Object.entries(TABLES) as [keyof typeof TABLES, string][])
    out[k] = (await db.query<{ n: number }>(q)).rows[0]!.n;
  return out;
}

/**
 * One case's rows, written as an application without logic would: one transaction, one INSERT per table with all
 * its rows, values taken from a case the application wrote.
 */
async function rawInsert(db: pg.Pool, n: number, concurrency: number, perCase: Record<keyof Counts, number>) {
  const tpl = (
    await db.query<{
      category_code: string;
      lead_unit_id: string;
      created_by: string;
      grid_code: string;
      community_code: string;
      street_code: string;
      district_code: string;
      region_path: string;
    }>(
      `SELECT category_code, lead_unit_id, created_by, grid_code, community_code, street_code, district_code,
              region_path FROM "case" WHERE status = 'dispatched' AND created_by IS NOT NULL ORDER BY id DESC LIMIT 1`,
    )
  ).rows[0]!;
  const assignments = Math.max(1, Math.round(perCase.assignment));
  const events = Math.max(1, Math.round(perCase.case_event));
  const jobs = Math.round(perCase.timer_job);
  const notes = Math.round(perCase.notification);
  const rowsPerCase = 1 + events + assignments + jobs + notes + 2;
  const now = Date.now();
  const elapsed = await pool(n, concurrency, async (i) => {
    const c = await db.connect();
    try {
      await c.query('BEGIN');
      await c.query(`INSERT INTO idempotency_key (scope, key, status, response) VALUES ($1, $2, 201, $3)`, [
        'case:raw',
        `raw-${now}-${i}`,
        JSON.stringify({ id: i, token: 'x' }),
      ]);
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO "case" (id, status, request_type, channel, category_code, category_source, urgency, title,
           description, address, lon, lat, grid_code, community_code, street_code, district_code, region_path,
           reporter_name_enc, reporter_phone_enc, reporter_phone_hash, created_by, tracking_hash, lead_unit_id,
           route_source, suggestions, resolve_due_at)
         VALUES (to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')::bigint * 100000000
                   + nextval('case_seq') % 100000000,
                 'dispatched', 'complaint', 'hotline', $1, 'given', 'ordinary', $2, $3, '平谷区', 117.1, 40.14,
                 $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'duty', $15, now() + interval '7 days')
         RETURNING id`,
        [
          tpl.category_code,
          `原始插入 ${i}`,
          '小区东门垃圾桶旁边堆了很多垃圾，好几天没人清理，气味很大，请尽快处理。',
          tpl.grid_code,
          tpl.community_code,
          tpl.street_code,
          tpl.district_code,
          tpl.region_path,
          'v1.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbb.cccccccc',
          'v1.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbb.cccccccccccccc',
          `hash-${i}`,
          tpl.created_by,
          `track-${now}-${i}`,
          tpl.lead_unit_id,
          JSON.stringify([{ unit: { id: tpl.lead_unit_id }, role: 'lead', reason: '职责清单', score: 1 }]),
        ],
      );
      const id = rows[0]!.id;
      await c.query(
        `INSERT INTO case_event (case_id, district_code, action, from_status, to_status, actor_name, data)
         SELECT $1, $4, 'create', NULL, 'dispatched', '原始', $2::jsonb FROM generate_series(1, $3)`,
        [id, JSON.stringify({ channel: 'hotline' }), events, tpl.district_code],
      );
      const a = await c.query<{ id: string }>(
        `INSERT INTO assignment (case_id, district_code, unit_id, role, status, accept_due_at, respond_due_at,
                                 resolve_due_at)
         SELECT $1, $4, $2, CASE WHEN g = 1 THEN 'lead' ELSE 'assist' END, 'pending', now() + interval '2 hours',
                now() + interval '1 day', now() + interval '7 days' FROM generate_series(1, $3) g RETURNING id`,
        [id, tpl.lead_unit_id, assignments],
      );
      if (jobs > 0)
        await c.query(
          `INSERT INTO pgboss.job (name, data, start_after, singleton_key, policy)
           SELECT 'assignment-timer', jsonb_build_object('assignmentId', $1::text, 'g', g), now() + interval '1 day',
                  $1::text || ':' || g, 'exclusive' FROM generate_series(1, $2) g`,
          [a.rows[0]!.id, jobs],
        );
      if (notes > 0)
        await c.query(
          `INSERT INTO notification (unit_id, case_id, kind, title, body)
           SELECT $1, $2, 'assigned', '新派单（主办）：原始插入', '请在 2 小时内签收' FROM generate_series(1, $3)`,
          [tpl.lead_unit_id, id, notes],
        );
      await c.query(
        `INSERT INTO audit_log (actor_id, actor_username, action, entity, entity_id, after)
         VALUES ($1, 'operator', 'create', 'case', $2, $3)`,
        [tpl.created_by, id, JSON.stringify({ channel: 'hotline', status: 'dispatched' })],
      );
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  });
  return { elapsed, rowsPerCase };
}

async function topStatements(db: pg.Pool) {
  const { rows } = await db.query<{ query: string; calls: number; total_ms: number; mean_ms: number }>(
    `SELECT query, calls::int AS calls, (total_plan_time + total_exec_time)::float AS total_ms,
            ((total_plan_time + total_exec_time) / greatest(calls, 1))::float AS mean_ms
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_ms DESC`,
  );
  return rows;
}

/** Self time by function and by file from a V8 .cpuprofile. */
function summariseProfile(file: string) {
  interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    total += dt;
    const f = byId.get(id)!.callFrame;
    const where = f.url.replace(/^file:\/\//, '').replace(ROOT + '/', '');
    const key = `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const bucket = where.includes('node_modules/')
      ? where.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : where || f.functionName;
    files.set(bucket, (files.get(bucket) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  console.log(`\nCPU profile of the server (${(total / 1e6).toFixed(1)} s sampled): ${file}`);
  console.log(`self time by package / file:\n${top(files, 25)}`);
  console.log(`self time by function:\n${top(self, 30)}`);
}

async function main() {
  const count = Number(args.count);
  const warmup = Number(args.warmup);
  const concurrency = Number(args.concurrency);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-bench-'));
  fs.chmodSync(dir, 0o755);
  let pgServer = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: 'onegrid' });
  if (args.profile) {
    // Statement statistics for the database side of the profile (needs a restart to preload).
    const admin = new pg.Client({ connectionString: pgServer.url('onegrid') });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await admin.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
    await admin.end();
    await pgServer.stop();
    pgServer = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: 'onegrid' });
  }
  const dbUrl = pgServer.url('onegrid');
  const profileDir = args.profile ? path.join(dir, 'profile') : null;
  let child: ChildProcess | undefined;
  const db = new pg.Pool({ connectionString: dbUrl, max: concurrency });
  db.on('error', () => undefined);
  if (args.profile) await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  try {
    let t = performance.now();
    const started = await startChild(
      {
        ...process.env,
        DATABASE_URL: dbUrl,
        DATABASE_APP_URL: pgServer.appUrl('onegrid'),
        DEMO: 'true',
        DATA_DIR: dir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      profileDir,
    );
    child = started.child;
    const pid = child.pid!;
    const url = started.url;
    const startupS = (performance.now() - t) / 1000;
    const rssAfterStart = procStatus(pid, 'VmRSS');

    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const login = await request(agent, url, {
      method: 'POST',
      path: '/api/auth/login',
      headers: {},
      body: JSON.stringify({ username: 'operator', password: 'Demo@12345' }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${login.body}`);
    const cookie = String(login.headers['set-cookie']?.find((c) => c.startsWith('og_session=')) ?? '').split(
      ';',
    )[0]!;
    const csrf = (JSON.parse(login.body) as { csrfToken: string }).csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf };

    const inputs = await makeInputs(db, warmup + count);
    const runId = Date.now().toString(36);
    const errors = new Map<string, number>();
    const send = async (i: number, samples: Sample[] | null) => {
      const t0 = performance.now();
      const res = await request(agent, url, {
        method: 'POST',
        path: '/api/cases',
        headers: { ...headers, 'idempotency-key': `bench-${runId}-${i}` },
        body: inputs.bodies[i]!,
      });
      const ms = performance.now() - t0;
      if (res.status !== 201) {
        const key = `${res.status} ${res.body.slice(0, 160)}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
      samples?.push({ ms, status: res.status });
    };

    const benchStart = new Date();
    await pool(warmup, concurrency, (i) => send(i, null));
    const before = await counts(db);
    if (args.profile) await db.query('SELECT pg_stat_statements_reset()');
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, procStatus(pid, 'VmRSS'));
    }, 100);
    const samples: Sample[] = [];
    const pgPids = postgresPids(path.join(dir, 'pg'));
    const cpuOf = () => ({
      server: cpuSeconds(pid),
      // backends come and go with connections: count those alive at the end from their start
      postgres: pgPids.reduce((n, p) => n + cpuSeconds(p), 0),
      client: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
    });
    const cpu0 = cpuOf();
    const wallMs = await pool(count, concurrency, (i) => send(warmup + i, samples));
    const cpu1 = cpuOf();
    clearInterval(sampler);
    const hwm = procStatus(pid, 'VmHWM');
    const after = await counts(db);
    agent.destroy();
    const statements = args.profile ? await topStatements(db) : null;

    const ok = samples.filter((s) => s.status === 201);
    const lat = samples.map((s) => s.ms).sort((a, b) => a - b);
    const casesPerS = (ok.length / wallMs) * 1000;
    const made = after.case - before.case;
    const perCase = Object.fromEntries(
      (Object.keys(TABLES) as (keyof Counts)[]).map((k) => [k, made ? (after[k] - before[k]) / made : 0]),
    ) as Record<keyof Counts, number>;
    const appRowsPerCase = Object.values(perCase).reduce((a, b) => a + b, 0);
    const statuses = await db.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "case" WHERE created_at >= $1 GROUP BY 1 ORDER BY 2 DESC`,
      [benchStart],
    );

    // The server stops before the raw phase, so that PostgreSQL has the machine to itself as the server had it.
    await stopChild(child);
    t = performance.now();
    await rawInsert(db, warmup, concurrency, perCase);
    const raw = await rawInsert(db, count, concurrency, perCase);
    const rawCasesPerS = (count / raw.elapsed) * 1000;
    const rawRowsPerS = rawCasesPerS * raw.rowsPerCase;
    const appRowsPerS = casesPerS * appRowsPerCase;
    const ratio = appRowsPerS / rawRowsPerS;
    const p50 = percentile(lat, 50);
    const p99 = percentile(lat, 99);

    const f = (x: number, d = 1) => x.toFixed(d);
    console.log(`\nOneGrid intake benchmark — ${os.cpus().length} CPUs, Node ${process.version}`);
    console.log(`server start (migrations, demo data, demo cases, classifier): ${f(startupS)} s`);
    console.log(
      `HTTP: ${count} cases after ${warmup} warm-up, ${concurrency} in flight, keep-alive; ` +
        `${inputs.categorised} of ${inputs.bodies.length} with a category, the rest classified`,
    );
    console.log(
      `  ${f(casesPerS)} cases/s   p50 ${f(p50)} ms   p90 ${f(percentile(lat, 90))} ms   ` +
        `p99 ${f(p99)} ms   max ${f(lat[lat.length - 1] ?? NaN)} ms   errors ${samples.length - ok.length}`,
    );
    for (const [e, n] of errors) console.log(`  error ×${n}: ${e}`);
    console.log(`  outcome: ${statuses.rows.map((r) => `${r.status} ${r.n}`).join(', ')}`);
    console.log(
      `  rows per case: ${Object.entries(perCase)
        .map(([k, v]) => `${k} ${f(v, 2)}`)
        .join(', ')} ` + `(= ${f(appRowsPerCase, 2)})`,
    );
    const perCaseMs = (k: keyof typeof cpu0) => (1000 * (cpu1[k] - cpu0[k])) / count;
    console.log(
      `  CPU per case: server ${f(perCaseMs('server'), 2)} ms, PostgreSQL ${f(perCaseMs('postgres'), 2)} ms, ` +
        `load generator ${f(perCaseMs('client'), 2)} ms (${os.cpus().length} CPUs = ` +
        `${f((1000 * os.cpus().length) / (perCaseMs('server') + perCaseMs('postgres') + perCaseMs('client')), 0)} cases/s if all were busy)`,
    );
    console.log(
      `  server RSS: after start ${f(rssAfterStart, 0)} MB, peak under load ${f(peakRss, 0)} MB, ` +
        `VmHWM ${f(hwm, 0)} MB`,
    );
    console.log(
      `raw PostgreSQL (pg, same concurrency, one transaction of ${raw.rowsPerCase} rows per case): ` +
        `${f(rawCasesPerS)} cases/s = ${f(rawRowsPerS, 0)} rows/s`,
    );
    console.log(`application: ${f(appRowsPerS, 0)} rows/s → ${f(100 * ratio)} % of the raw insert rate`);
    const pass = casesPerS >= 500 && p99 < 100 && hwm < 512;
    console.log(`target ≥ 500 cases/s, p99 < 100 ms, RSS < 512 MB: ${pass ? 'met' : 'NOT met'}`);
    if (statements) {
      const made = Math.max(1, ok.length);
      const calls = statements.reduce((a, r) => a + r.calls, 0);
      const ms = statements.reduce((a, r) => a + r.total_ms, 0);
      console.log(
        `\nPostgreSQL during the measured phase: ${f(calls / made, 1)} statements and ` +
          `${f(ms / made, 2)} ms of planning + execution per case; top statements by total time:`,
      );
      for (const r of statements.slice(0, 25))
        console.log(
          `  ${f((100 * r.total_ms) / ms).padStart(5)} %  ${f(r.calls / made, 2).padStart(5)}/case  ` +
            `${f(r.mean_ms, 3).padStart(7)} ms  ${r.query.replace(/\s+/g, ' ').slice(0, 150)}`,
        );
    }
    if (profileDir) {
      for (const file of fs.readdirSync(profileDir).filter((x) => x.endsWith('.cpuprofile')))
        summariseProfile(path.join(profileDir, file));
    }
    console.log(
      JSON.stringify({
        bench: 'intake',
        cases: ok.length,
        cases_per_s: Math.round(casesPerS),
        p50_ms: Number(f(p50)),
        p99_ms: Number(f(p99)),
        raw_rows_per_s: Math.round(rawRowsPerS),
        ratio: Number(ratio.toFixed(3)),
        server_rss_mb: Math.round(hwm),
      }),
    );
  } finally {
    if (child) await stopChild(child);
    await db.end();
    await pgServer.stop();
    // With --profile only the profile stays behind.
    fs.rmSync(profileDir ? path.join(dir, 'pg') : dir, { recursive: true, force: true });
  }
}

// Last, after every declaration above has been initialised.
if (args.serve) await serve();
else await main();
