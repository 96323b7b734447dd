import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../app.ts';
import type { AppContext } from '../lib/context.ts';
import { createDb, type Db } from '../db/database.ts';
import { PiiCipher } from '../lib/pii.ts';
import { GeoService } from '../modules/geo/geo.service.ts';
import { ReferenceService } from '../modules/reference/reference.service.ts';
import { DeadlineClock } from '../modules/deadlines/deadline-clock.ts';
import { noTimers, type TimerScheduler } from '../lib/timer-port.ts';
import { createPgBossWhistleTimers, noWhistleTimers } from '../modules/whistles/whistles.jobs.ts';
import { createPgBoss, createPgBossTimers } from '../modules/timers/timers.pgboss.ts';
import { startTimers, type StartTimersOptions } from '../modules/timers/timers.runtime.ts';
import { startNotificationListener } from '../modules/notifications/notifications.live.ts';
import { ClassifierService } from '../modules/classify/classify.service.ts';
import { DEMO_PASSWORD, TEMPLATE_DB, TEST_SECRET } from './constants.ts';
import { DevOutbox } from '../modules/notifications/notifier.ts';

export interface TestEnv {
  app: App;
  /** What the app was built with (to build a second app on the same database). */
  ctx: AppContext;
  db: Db;
  pii: PiiCipher;
  /** A database of the owner role, for assertions the app role may not make. */
  ownerDb: Db;
  /** The owner's connection string of this test database (for pg-boss and child processes). */
  url: string;
  /** The serving role's (onegrid_app) connection string of this test database. */
  appUrl: string;
  /** The app's scheduler: pg-boss with `timers`, else noTimers. */
  timers: TimerScheduler;
  close(): Promise<void>;
}

export interface TestEnvOptions {
  /** Real timers: pg-boss in this database with a worker polling every 0.5 s (options as startTimers'). */
  timers?: boolean | Omit<StartTimersOptions, 'db' | 'log'>;
  /** Log lines at info level go here (else the app is silent). */
  logStream?: { write(line: string): void };
  /** Demo mode (default true): administrators are not forced to enrol a second factor. */
  demo?: boolean;
}

/** A fresh database cloned from the migrated, demo-loaded template, and an app on it (no network port). */
export async function createTestEnv(opts: TestEnvOptions = {}): Promise<TestEnv> {
  const server = inject('pgServerUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const appUrl = `${inject('pgAppServerUrl')}/${name}`;
  const { db } = createDb({ connectionString: appUrl, max: 5 });
  const owner = createDb({ connectionString: `${server}/${name}`, max: 2, appRole: false });
  const pii = new PiiCipher(Buffer.from(TEST_SECRET, 'hex'));
  const url = `${server}/${name}`;
  const boss = opts.timers ? createPgBoss(url) : undefined;
  const scheduler = boss ? createPgBossTimers(boss) : noTimers;
  const ctx: AppContext = {
    db,
    pii,
    geo: new GeoService(db),
    // Tests change reference data and create cases right after: check its version on every use.
    reference: new ReferenceService(db, 0),
    deadlines: new DeadlineClock(db, 0),
    timers: scheduler,
    whistleTimers: boss ? createPgBossWhistleTimers(boss) : noWhistleTimers,
    classifier: new ClassifierService(db, 0),
    notifier: new DevOutbox(),
    config: { cookieSecure: 'auto', demo: opts.demo ?? true },
  };
  const app = await buildApp({
    ctx,
    logLevel: opts.logStream ? 'info' : 'silent',
    strictResponses: true,
    ...(opts.logStream ? { logStream: opts.logStream } : {}),
  });
  await app.ready();
  const timerOpts = typeof opts.timers === 'object' ? opts.timers : {};
  const timers = boss
    ? await startTimers(boss, {
        db,
        log: app.log,
        notifier: ctx.notifier,
        ...timerOpts,
        worker: timerOpts.worker ?? { pollingIntervalSeconds: 0.5 },
      })
    : undefined;
  const live = await startNotificationListener({ connectionString: appUrl, db, log: app.log });
  return {
    app,
    ctx,
    db,
    pii,
    ownerDb: owner.db,
    url,
    appUrl,
    timers: scheduler,
    async close() {
      await app.close();
      await live.close();
      await timers?.stop();
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
