/**
 * Server processes for the reliability tests (graceful shutdown, three servers behind nginx): a database of their
 * own made from the test template, a dispatched-case world in it, and `npm start`'s entry point spawned on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb } from '../../db/database.ts';
import { DEMO_PASSWORD, TEMPLATE_DB, TEST_SECRET } from '../constants.ts';
import { district, newCaseCategory, newDuty, newPlaceRows, newUnit, newUserRow } from '../factories.ts';

const MAIN = path.resolve(import.meta.dirname, '../../main.ts');

export interface TestDatabase {
  /** the owner's connection string (migrations, pg-boss) */
  dbUrl: string;
  /** the serving role's (onegrid_app) */
  appUrl: string;
  dataDir: string;
  /** a plain client as the owner, for the test's own reads and locks */
  client: pg.Client;
  drop(): Promise<void>;
}

export async function newTestDatabase(prefix: string): Promise<TestDatabase> {
  const server = inject('pgServerUrl');
  const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const dbUrl = `${server}/${name}`;
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `onegrid-${prefix}-`));
  return {
    dbUrl,
    appUrl: `${inject('pgAppServerUrl')}/${name}`,
    dataDir,
    client,
    async drop() {
      await client.end().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A place and a category of the test's own, the duty list giving it to the local street with a department as
 * co-unit (every create is dispatched at once, to two units), and an operator of the district. Written before
 * the servers start. `body(key)` is a create request that names its key in its description.
 */
export async function dispatchWorld(dbUrl: string) {
  const owner = createDb({ connectionString: dbUrl, max: 2, appRole: false }).db;
  try {
    const place = await newPlaceRows(owner);
    const category = await newCaseCategory(owner);
    const dept = await newUnit(owner, { kind: 'department' });
    await newDuty(owner, {
      categoryCode: category,
      regionCode: place.street.code,
      lead: 'local',
      assists: [dept],
    });
    const governmentId = (await district(owner)).governmentId;
    const operator = await newUserRow(owner, { roles: ['operator'], unitId: governmentId });
    const { lon, lat } = place.point;
    return {
      operator,
      governmentId,
      body: (key: string, tag: string) =>
        JSON.stringify({
          requestType: 'complaint',
          categoryCode: category,
          description: `${tag} ${key}：小区东门暴露垃圾无人清理`,
          reporterName: '李四',
          reporterPhone: '13912345678',
          lon,
          lat,
        }),
    };
  } finally {
    await owner.destroy();
  }
}

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  port: number;
  /** what the process wrote to stdout so far */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The server as `npm start` runs it, on the given database; resolves once it listens. */
export async function startServer(
  db: Pick<TestDatabase, 'dbUrl' | 'appUrl' | 'dataDir'>,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: db.dbUrl,
      DATABASE_APP_URL: db.appUrl,
      DEMO: 'false',
      ONEGRID_SECRET: TEST_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: db.dataDir,
      LOG_LEVEL: 'error',
      LOG_PRETTY: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines = readline.createInterface({ input: proc.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 90 s')), 90_000);
    void exited.then(({ code }) => reject(new Error(`the server exited with ${code}: ${out}`)));
    lines.on('line', (line) => {
      out += `${line}\n`;
      const m = /is running: (http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    });
  });
  return { proc, url, port: Number(new URL(url).port), output: () => out, exited };
}

/** SIGKILL (if still running) and wait for the exit. */
export async function killed(server: ServerProcess | undefined): Promise<void> {
  if (!server) return;
  if (server.proc.exitCode === null && server.proc.signalCode === null) server.proc.kill('SIGKILL');
  await server.exited;
}

export async function login(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** The error code of a failed fetch (ECONNREFUSED …), or undefined when it was answered. */
export async function connectError(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url);
    await res.body?.cancel();
    return undefined;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(err);
  }
}
