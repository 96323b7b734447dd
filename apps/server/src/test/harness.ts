import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { createDb, type Db } from '../db/database.ts';
import { PiiCipher } from '../lib/pii.ts';
import { GeoService } from '../modules/geo/geo.service.ts';
import { noTimers } from '../modules/timers/timers.ts';
import { DEMO_PASSWORD, TEMPLATE_DB, TEST_SECRET } from './constants.ts';

export interface TestEnv {
  app: App;
  db: Db;
  pii: PiiCipher;
  /** A database of the owner role, for assertions the app role may not make. */
  ownerDb: Db;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated, demo-loaded template, and an app on it (no network port). */
export async function createTestEnv(): Promise<TestEnv> {
  const server = inject('pgServerUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const { db } = createDb({ connectionString: `${server}/${name}`, max: 5 });
  const owner = createDb({ connectionString: `${server}/${name}`, max: 2, appRole: false });
  const pii = new PiiCipher(Buffer.from(TEST_SECRET, 'hex'));
  const app = await buildApp({
    ctx: { db, pii, geo: new GeoService(db), timers: noTimers, config: { cookieSecure: 'auto', demo: true } },
    logLevel: 'silent',
  });
  await app.ready();
  return {
    app,
    db,
    pii,
    ownerDb: owner.db,
    async close() {
      await app.close();
      await db.destroy();
      await owner.db.destroy();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: { cookie: string; 'x-csrf-token': string };
  userId: string;
}

export async function login(app: App, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'og_session');
  if (!setCookie) throw new Error('no session cookie');
  const body = res.json<{ csrfToken: string; user: { id: string } }>();
  const cookie = `og_session=${setCookie.value}`;
  return {
    cookie,
    csrf: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
    userId: body.user.id,
  };
}
