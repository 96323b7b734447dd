import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/database.ts';
import { insertAssignment } from '../../modules/timers/timers.fixtures.ts';
import { createPgBoss, createPgBossTimers } from '../../modules/timers/timers.pgboss.ts';
import { startTimers, type RunningTimers } from '../../modules/timers/timers.runtime.ts';
import { newUnit } from '../factories.ts';
import { waitFor } from '../wait.ts';
import {
  dispatchWorld,
  killed,
  login,
  newTestDatabase,
  startServer,
  type ServerProcess,
  type TestDatabase,
} from './servers.ts';

/**
 * Issue 14, several servers: one database, three server processes (`npm start`'s entry point) behind a real nginx
 * (Debian's; `.ci/run` installs it). Clients stream case creates through nginx, each with its Idempotency-Key; one
 * server is SIGKILLed mid-stream; whatever was not answered is retried with the same key and lands on the
 * survivors. Then: every answered create is in the database exactly once and under the id it was answered with,
 * retried keys made no duplicates, a timer due after the kill fires each edge once, and a live notification
 * (SSE through nginx, unbuffered) still reaches a client whose stream may have been on the killed server.
 */
const CLIENTS = 6;
const KILL_AFTER = 24;
const TOTAL = 48;
const TAG = '三台测试';

let tdb: TestDatabase;
let servers: ServerProcess[] = [];
let nginx: ChildProcess | undefined;
let nginxDir: string | undefined;
let scheduler: RunningTimers | undefined;
let app: Db | undefined;
const streamAbort = new AbortController();

function nginxBinary(): string {
  for (const p of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'])
    if (fs.existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    'nginx is not installed: this test runs three servers behind a real nginx. Install it (Debian: ' +
      '`apt-get install -y nginx-light`; `.ci/run` does this on CI).',
  );
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** nginx in the foreground as this user, with its config, pid, logs and temp files in a directory of its own. */
async function startNginx(ports: number[]): Promise<string> {
  const bin = nginxBinary();
  nginxDir = fs.mkdtempSync(path.join(tdb.dataDir, 'nginx-'));
  const dir = nginxDir;
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, d));
  const port = await freePort();
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream onegrid {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=60s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://onegrid;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Request-Id $request_id;
      # a refused or broken connection before the request was sent goes to the next server; a POST that
      # reached a server is never repeated by nginx (the client retries it with its Idempotency-Key)
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 1h;
      # Server-Sent Events pass as they are written
      proxy_buffering off;
    }
  }
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  nginx = spawn(bin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (nginx?.exitCode !== null)
        throw new Error(`nginx exited: ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      const res = await fetch(`${url}/api/health/live`).catch(() => undefined);
      return res?.status === 200;
    },
    { timeout: 20_000, what: 'nginx to pass requests' },
  );
  return url;
}

/**
 * An EventSource of the notifications stream, as a browser keeps it: on a dropped connection it reconnects
 * through nginx with the last id it saw. Collects the ids of the notifications it is handed.
 */
function liveStream(url: string, session: Record<string, string>) {
  const ids = new Set<string>();
  let connections = 0;
  let lastId: string | undefined;
  const run = async () => {
    while (!streamAbort.signal.aborted) {
      try {
        const res = await fetch(`${url}/api/notifications/stream`, {
          headers: { cookie: session.cookie!, ...(lastId ? { 'last-event-id': lastId } : {}) },
          signal: streamAbort.signal,
        });
        if (res.status !== 200 || !res.body) throw new Error(`stream answered ${res.status}`);
        connections++;
        let buf = '';
        for await (const chunk of res.body.pipeThrough(new TextDecoderStream())) {
          buf += chunk;
          let end: number;
          while ((end = buf.indexOf('\n\n')) >= 0) {
            const event = buf.slice(0, end);
            buf = buf.slice(end + 2);
            const id = /^id: (\S+)$/m.exec(event)?.[1];
            if (id && /^event: notification$/m.test(event)) {
              ids.add(id);
              lastId = id;
            }
          }
        }
      } catch {
        // dropped (the server was killed) or refused: reconnect, as EventSource does
      }
      if (!streamAbort.signal.aborted) await new Promise((r) => setTimeout(r, 200));
    }
  };
  const done = run();
  return { ids, connections: () => connections, done };
}

beforeAll(async () => {
  nginxBinary(); // fail at once, with the reason, when nginx is missing
  tdb = await newTestDatabase('three');
});

afterAll(async () => {
  streamAbort.abort();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    const t = setTimeout(() => nginx?.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  }
  await Promise.all(servers.map((s) => killed(s)));
  await scheduler?.stop();
  await app?.destroy();
  await tdb?.drop();
});

describe('three servers behind nginx, one killed mid-stream', () => {
  it('loses no answered create, duplicates no retried key, fires a timer once and still delivers live', async () => {
    const world = await dispatchWorld(tdb.dbUrl);
    const owner = createDb({ connectionString: tdb.dbUrl, max: 2, appRole: false }).db;
    const timed = await insertAssignment(owner, { unitId: await newUnit(owner) });
    const operatorId = (
      await owner
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', world.operator)
        .executeTakeFirstOrThrow()
    ).id;
    await owner.destroy();

    servers = await Promise.all([0, 1, 2].map(() => startServer(tdb)));
    const lb = await startNginx(servers.map((s) => s.port));
    const session = await login(lb, world.operator);
    const stream = liveStream(lb, session);
    await waitFor(() => stream.connections() > 0, { what: 'the live stream to open through nginx' });

    const create = (key: string) =>
      fetch(`${lb}/api/cases`, {
        method: 'POST',
        headers: { ...session, 'content-type': 'application/json', 'idempotency-key': key },
        body: world.body(key, TAG),
      });

    const answered = new Map<string, string>();
    const failedOnce = new Set<string>();
    let next = 0;
    let kill: Promise<void> | undefined;
    const victim = servers[0]!;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < TOTAL) {
          const key = `three-${next++}`;
          // Each create until it is answered: a 502 (its server died under it) or a refused connection is
          // retried with the same key, which nginx sends to a survivor.
          const id = await waitFor(
            async () => {
              const res = await create(key).catch(() => undefined);
              if (res?.status === 201) return ((await res.json()) as { id: string }).id;
              failedOnce.add(key);
              await res?.body?.cancel();
              return undefined;
            },
            { timeout: 60_000, interval: 100, what: `create ${key} to be answered` },
          );
          answered.set(key, id);
          if (answered.size >= KILL_AFTER && !kill) kill = killed(victim);
        }
      }),
    );
    await kill;
    expect(victim.proc.signalCode).toBe('SIGKILL');
    expect(answered.size).toBe(TOTAL);
    // The kill cut creates in flight: they were answered only after a retry on another server.
    expect(failedOnce.size).toBeGreaterThan(0);

    // Every key: exactly one case, the one it was answered with.
    const { rows } = await tdb.client.query<{ id: string; description: string }>(
      `SELECT id::text, description FROM "case" WHERE description LIKE $1`,
      [`${TAG} %`],
    );
    const perKey = new Map<string, string[]>();
    for (const r of rows) {
      const key = /^\S+ (\S+)：/.exec(r.description)![1]!;
      perKey.set(key, [...(perKey.get(key) ?? []), r.id]);
    }
    expect(perKey.size).toBe(TOTAL);
    for (const [key, id] of answered) expect(perKey.get(key)).toEqual([id]);
    const creates = await tdb.client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_event WHERE action = 'create' AND case_id = ANY($1::bigint[])`,
      [[...answered.values()]],
    );
    expect(creates.rows[0]!.n).toBe(TOTAL);
    // Repeating an answered key, now on a survivor, replays its case.
    const [key0, id0] = [...answered.entries()][0]!;
    const replay = await create(key0);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(id0);

    // A timer scheduled after the kill: its two edges fire once each on the survivors.
    const boss = createPgBoss(tdb.dbUrl, { max: 2 });
    app = createDb({ connectionString: tdb.appUrl, max: 2 }).db;
    scheduler = await startTimers(boss, { db: app, log: silent, worker: false });
    await app.transaction().execute((tx) =>
      createPgBossTimers(boss).schedule(tx, [
        {
          assignmentId: timed.assignmentId,
          version: 0,
          kind: 'resolve',
          warnAt: new Date(Date.now() + 500),
          dueAt: new Date(Date.now() + 1500),
        },
      ]),
    );
    const edges = async () =>
      (
        await tdb.client.query<{ action: string; n: number }>(
          `SELECT action, count(*)::int AS n FROM case_event
            WHERE case_id = $1 AND action IN ('deadline_warning', 'overdue') GROUP BY action ORDER BY action`,
          [timed.caseId],
        )
      ).rows;
    await waitFor(async () => (await edges()).length === 2, { timeout: 30_000, what: 'both edges to fire' });
    await waitFor(
      async () =>
        (
          await tdb.client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pgboss.job
              WHERE name = 'assignment-timer' AND singleton_key LIKE $1 AND state IN ('created', 'retry', 'active')`,
            [`${timed.assignmentId}:%`],
          )
        ).rows[0]!.n === 0,
      { timeout: 30_000, what: "the timer's jobs to be done" },
    );
    expect(await edges()).toEqual([
      { action: 'deadline_warning', n: 1 },
      { action: 'overdue', n: 1 },
    ]);

    // A notification written after the kill reaches the live stream (through whichever survivor holds it).
    const note = await tdb.client.query<{ id: string }>(
      `INSERT INTO notification (user_id, kind, title, params) VALUES ($1, 'supervision', $2, '{}')
       RETURNING id::text`,
      [operatorId, `${TAG}：杀掉一台之后`],
    );
    const noteId = note.rows[0]!.id;
    await waitFor(() => stream.ids.has(noteId), {
      timeout: 20_000,
      what: 'the notification on the live stream',
    });
    expect(servers.slice(1).every((s) => s.proc.exitCode === null)).toBe(true);
  }, 240_000);
});

const silent = { info() {}, warn() {}, error() {} };
