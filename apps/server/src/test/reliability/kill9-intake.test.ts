import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../db/database.ts';
import { DEMO_PASSWORD, TEMPLATE_DB, TEST_SECRET } from '../constants.ts';
import { district, newCaseCategory, newDuty, newPlaceRows, newUnit, newUserRow } from '../factories.ts';

/**
 * DESIGN.md §6, "no acknowledged case is ever lost", for the whole of a create: a server process is killed with
 * SIGKILL while creates of dispatched cases are in flight, then restarted on the same database. Every case that was
 * answered 201 is there exactly once with everything intake writes in its transaction — timeline, assignments,
 * audit row and the deadline timers' jobs; repeating an answered key replays the same case; retrying the unanswered
 * keys leaves exactly one case per key. (test/crash/crash.test.ts covers the case rows of queued cases; this one
 * the dispatched path and what comes with it.)
 */
const MAIN = path.resolve(import.meta.dirname, '../../main.ts');
const CLIENTS = 8;
const KILL_AFTER = 40;

let dbUrl: string;
let appUrl: string;
let dataDir: string;
let db: pg.Client;
let child: ChildProcess | undefined;
let body: (key: string) => string;
let operator: string;

/** The server as `npm start` runs it, on this test's database; resolves with its URL once it listens. */
async function startServer(): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      DATABASE_APP_URL: appUrl,
      DEMO: 'false',
      ONEGRID_SECRET: TEST_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: proc.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    proc.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    lines.on('line', (line) => {
      const m = /is running: (http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    });
  });
  return { proc, url };
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

async function login(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: operator, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

function create(url: string, session: Record<string, string>, key: string) {
  return fetch(`${url}/api/cases`, {
    method: 'POST',
    headers: { ...session, 'content-type': 'application/json', 'idempotency-key': key },
    body: body(key),
  });
}

const rows = async <T extends pg.QueryResultRow>(q: string, params: unknown[] = []) =>
  (await db.query<T>(q, params)).rows;

beforeAll(async () => {
  const server = inject('pgServerUrl');
  const name = `kill9_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  dbUrl = `${server}/${name}`;
  appUrl = `${inject('pgAppServerUrl')}/${name}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-kill9-'));
  db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  // A place and a category of the test's own, the duty list giving it to the local street with a department as
  // co-unit: every create is dispatched at once, to two units. Written before the server starts.
  const owner = createDb({ connectionString: dbUrl, max: 2, appRole: false }).db;
  let lon: number;
  let lat: number;
  let category: string;
  try {
    const place = await newPlaceRows(owner);
    ({ lon, lat } = place.point);
    category = await newCaseCategory(owner);
    const dept = await newUnit(owner, { kind: 'department' });
    await newDuty(owner, {
      categoryCode: category,
      regionCode: place.street.code,
      lead: 'local',
      assists: [dept],
    });
    operator = await newUserRow(owner, { roles: ['operator'], unitId: (await district(owner)).governmentId });
  } finally {
    await owner.destroy();
  }
  body = (key) =>
    JSON.stringify({
      requestType: 'complaint',
      categoryCode: category,
      description: `可靠性测试 ${key}：小区东门暴露垃圾无人清理`,
      reporterName: '李四',
      reporterPhone: '13912345678',
      lon,
      lat,
    });
});

afterAll(async () => {
  if (child) await killed(child);
  await db?.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 under a stream of creates', () => {
  it('keeps every answered case whole and exactly once; retries create no duplicates', async () => {
    const first = await startServer();
    child = first.proc;
    const session = await login(first.url);

    const answered = new Map<string, string>();
    const unanswered: string[] = [];
    let next = 0;
    let dead = false;
    let kill: Promise<void> | undefined;
    // CLIENTS clients create until the server dies under them; it is killed as the KILL_AFTER-th answer arrives,
    // so the other clients' creates are in flight at that moment.
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (!dead) {
          const key = `kill9-${next++}`;
          try {
            const res = await create(first.url, session, key);
            if (res.status !== 201) throw new Error(`${res.status}`);
            answered.set(key, ((await res.json()) as { id: string }).id);
            if (answered.size >= KILL_AFTER && !dead) {
              dead = true;
              kill = killed(first.proc);
            }
          } catch {
            unanswered.push(key);
          }
        }
      }),
    );
    await kill;
    expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(unanswered.length).toBeGreaterThan(0);

    const second = await startServer();
    child = second.proc;

    // Every answered case: once, dispatched, with its create event, audit row, assignments and their timers.
    const ids = [...answered.values()];
    const cases = await rows<{ id: string; status: string; description: string }>(
      `SELECT id, status, description FROM "case" WHERE description LIKE '可靠性测试 %'`,
    );
    for (const [key, id] of answered) {
      expect(cases.filter((c) => c.description.startsWith(`可靠性测试 ${key}：`)).map((c) => c.id)).toEqual([
        id,
      ]);
    }
    expect(cases.filter((c) => ids.includes(c.id)).every((c) => c.status === 'dispatched')).toBe(true);
    const perCase = await rows<{
      id: string;
      creates: number;
      audits: number;
      leads: number;
      jobs: number;
      assignments: number;
    }>(
      `SELECT c.id,
              (SELECT count(*)::int FROM case_event e WHERE e.case_id = c.id AND e.action = 'create') AS creates,
              (SELECT count(*)::int FROM audit_log l WHERE l.entity = 'case' AND l.entity_id = c.id::text
                 AND l.action = 'create') AS audits,
              (SELECT count(*)::int FROM assignment a WHERE a.case_id = c.id AND a.role = 'lead') AS leads,
              (SELECT count(*)::int FROM pgboss.job j JOIN assignment a ON j.singleton_key LIKE a.id || ':%'
                 WHERE a.case_id = c.id) AS jobs,
              (SELECT count(*)::int FROM assignment a WHERE a.case_id = c.id) AS assignments
         FROM "case" c WHERE c.id = ANY($1::bigint[])`,
      [ids],
    );
    expect(perCase).toHaveLength(ids.length);
    for (const c of perCase) {
      expect({ id: c.id, creates: c.creates, audits: c.audits, leads: c.leads }).toEqual({
        id: c.id,
        creates: 1,
        audits: 1,
        leads: 1,
      });
      // one waiting job per assignment (the lead's and the co-unit's): its accept warning (which chains the rest)
      expect(c.assignments).toBe(2);
      expect(c.jobs).toBe(c.assignments);
    }

    // The session survived the crash (it lives in the database); a repeated answered key replays its case.
    const [replayKey, replayId] = [...answered.entries()][0]!;
    const replay = await create(second.url, session, replayKey);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(replayId);

    // Retrying what was never answered: whether or not it had committed, each key ends with exactly one case.
    for (const key of unanswered) expect((await create(second.url, session, key)).status).toBe(201);
    const after = await rows<{ description: string }>(
      `SELECT description FROM "case" WHERE description LIKE '可靠性测试 %'`,
    );
    const perKey = new Map<string, number>();
    for (const c of after) {
      const key = /^可靠性测试 (\S+)：/.exec(c.description)![1]!;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(perKey.keys())).toEqual(new Set([...answered.keys(), ...unanswered]));
  }, 90_000);
});
