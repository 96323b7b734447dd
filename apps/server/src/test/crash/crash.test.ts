import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createDb } from '../../db/database.ts';
import { TEMPLATE_DB, TEST_SECRET } from '../constants.ts';
import { district, newCaseCategory, newUserRow } from '../factories.ts';
import { waitFor } from '../wait.ts';

/**
 * DESIGN.md §6: no acknowledged case is ever lost. A server is killed with SIGKILL in the middle of a stream of
 * creates and restarted; every create that was answered 2xx is there exactly once, and retrying the unanswered
 * ones with their Idempotency-Keys creates no duplicates.
 */
const main = path.resolve(import.meta.dirname, '../../main.ts');
let dbName: string;
let dbUrl: string;
let appUrl: string;
let dataDir: string;
let child: ChildProcess | undefined;
/** The district's operator and a category, both of the test's own (written before the server starts). */
let operator: string;
let category: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startChild(port: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      DATABASE_APP_URL: appUrl,
      DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ONEGRID_SECRET: TEST_SECRET,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // what the child says on stderr, to tell why it did not start
  let stderr = '';
  proc.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-2000);
  });
  // a cold start (tsx, migrations check, pg-boss) on a loaded 2-core machine can take long
  try {
    await waitFor(
      async () => {
        try {
          return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
        } catch {
          return false; // not listening yet
        }
      },
      { timeout: 120_000, interval: 200, what: 'the server to answer /api/health' },
    );
    return proc;
  } catch {
    proc.kill('SIGKILL');
    throw new Error(`server did not start: ${stderr || '(nothing on stderr)'}`);
  }
}

async function session(port: number) {
  const r = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: operator, password: 'Demo@12345' }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

function create(port: number, headers: Record<string, string>, key: string) {
  return fetch(`http://127.0.0.1:${port}/api/cases`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({
      requestType: 'help',
      categoryCode: category,
      description: `崩溃测试 ${key}：楼下暴露垃圾无人清理`,
    }),
  });
}

beforeAll(async () => {
  const server = inject('pgServerUrl');
  dbName = `crash_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  dbUrl = `${server}/${dbName}`;
  appUrl = `${inject('pgAppServerUrl')}/${dbName}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-crash-'));
  const owner = createDb({ connectionString: dbUrl, max: 2, appRole: false }).db;
  try {
    category = await newCaseCategory(owner);
    operator = await newUserRow(owner, { roles: ['operator'], unitId: (await district(owner)).governmentId });
  } finally {
    await owner.destroy();
  }
});

afterAll(async () => {
  child?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('kill -9 during a stream of creates loses no acknowledged case and duplicates none', async () => {
  const port = await freePort();
  child = await startChild(port);
  const headers = await session(port);

  const answered = new Map<string, string>();
  const unanswered: string[] = [];
  let n = 0;
  let killed = false;
  // Killed in mid-stream: once 20 creates were answered (while the others are in flight), not after a guessed time.
  const killWhenMidStream = () => {
    if (killed || (answered.size < 20 && n < 500)) return;
    killed = true;
    child?.kill('SIGKILL');
  };
  // 8 clients send creates until the server dies under them
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (!killed || n < 10) {
        const key = `crash-${n++}`;
        try {
          const r = await create(port, headers, key);
          if (r.status === 201) answered.set(key, ((await r.json()) as { id: string }).id);
          else unanswered.push(key);
          killWhenMidStream();
        } catch {
          unanswered.push(key);
          if (killed) return;
        }
      }
    }),
  );
  expect(answered.size).toBeGreaterThan(10);

  child = await startChild(port);
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    for (const [key, id] of answered) {
      const rows = await db.query('SELECT id FROM "case" WHERE description LIKE $1', [`崩溃测试 ${key}：%`]);
      expect(rows.rows.map((r: { id: string }) => r.id)).toEqual([id]);
    }
    // Retrying what was never answered: each key ends with exactly one case, whether or not it was created.
    const again = await session(port);
    for (const key of unanswered) {
      const r = await create(port, again, key);
      expect(r.status).toBe(201);
    }
    const total = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "case" WHERE description LIKE '崩溃测试 %'`,
    );
    expect(total.rows[0]!.n).toBe(answered.size + unanswered.length);
  } finally {
    await db.end();
  }
}, 300_000);
