import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { passwordFiles } from '../../db/embedded.ts';
import { TEST_SECRET } from '../constants.ts';
import { waitFor } from '../wait.ts';

/**
 * Issue 8, hole 8: after `kill -9` of the node process the embedded PostgreSQL kept running (orphaned) and the
 * next start died with "Uncaught undefined". The next start now stops the orphan of its own DATA_DIR and starts.
 */
const main = path.resolve(import.meta.dirname, '../../main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-restart-'));
fs.chmodSync(dataDir, 0o755);
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  // Whatever postgres is left (the test failed half-way) must not outlive the test.
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      // gone
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function start(port: number, pgPort: number): Promise<ChildProcess> {
  const { DATABASE_URL: _u, DATABASE_APP_URL: _a, ...inherited } = process.env;
  const proc = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...inherited,
      DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      ONEGRID_SECRET: TEST_SECRET,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(proc);
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let exited = false;
  proc.on('exit', () => (exited = true));
  const up = await waitFor(
    async () => {
      if (exited) return 'exited';
      try {
        return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok && 'up';
      } catch {
        return false; // not listening yet
      }
    },
    { timeout: 90_000, interval: 200, what: 'the server to answer /api/health' },
  ).catch(() => 'timed out');
  if (up === 'up') return proc;
  proc.kill('SIGKILL');
  throw new Error(`server did not start (${up}): ${stderr}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it('after kill -9 of the node process, the next start stops the orphaned PostgreSQL and starts; data is kept', async () => {
  const port = await freePort();
  const pgPort = await freePort();
  const first = await start(port, pgPort);
  const password = fs.readFileSync(passwordFiles(path.join(dataDir, 'pg')).superuser, 'utf8').trim();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/onegrid`;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(`INSERT INTO setting (key, value) VALUES ('restart-test', '"kept"')`);
  await db.end();

  const exited = new Promise((r) => first.once('exit', r));
  first.kill('SIGKILL');
  await exited;
  const postmaster = Number(
    fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  expect(alive(postmaster)).toBe(true); // the orphan: what made the next start fail

  const second = await start(port, pgPort);
  expect(alive(postmaster)).toBe(false);
  const again = new pg.Client({ connectionString: url });
  await again.connect();
  const r = await again.query<{ value: unknown }>(`SELECT value FROM setting WHERE key = 'restart-test'`);
  await again.end();
  expect(r.rows).toEqual([{ value: 'kept' }]);

  const stopped = new Promise((r) => second.once('exit', r));
  second.kill('SIGTERM');
  await stopped;
}, 240_000);
