import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { buildDemoData } from '../demo/demo-data.ts';
import { loadDemoData } from '../demo/seed.ts';
import { noTimers } from '../lib/timer-port.ts';
import { PiiCipher } from '../lib/pii.ts';
import { ClassifierService } from '../modules/classify/classify.service.ts';
import { DeadlineClock } from '../modules/deadlines/deadline-clock.ts';
import { GeoService } from '../modules/geo/geo.service.ts';
import { DevOutbox } from '../modules/notifications/notifier.ts';
import { ReferenceService } from '../modules/reference/reference.service.ts';
import { noWhistleTimers } from '../modules/whistles/whistles.jobs.ts';
import { TEST_SECRET } from '../test/constants.ts';
import { login, type Session } from '../test/harness.ts';
import { waitFor } from '../test/wait.ts';
import { createDb, type Db } from './database.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.ts';
import { migrateToLatest } from './migrate.ts';
import { startReplica } from './physical.ts';
import { ReadRouter } from './read-replica.ts';
import { readiness } from '../modules/health/health.service.ts';
import { createPgBoss, startPgBoss } from '../modules/timers/timers.pgboss.ts';

/**
 * A primary of its own (the test cluster has no replica), migrated with the demo accounts; a streaming replica
 * made from it; dashboards and rankings read through the router as the server does.
 */
describe('streaming read replica for dashboards and rankings', () => {
  let tmp: string;
  let primary: EmbeddedDatabase;
  let replica: EmbeddedDatabase | undefined;
  let db: Db;
  let router: ReadRouter;
  let app: App;
  let supervisor: Session;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-test-replica-'));
    fs.chmodSync(tmp, 0o755);
    primary = await startEmbeddedPostgres({
      dir: path.join(tmp, 'pg'),
      database: 'onegrid',
      archiveDir: path.join(tmp, 'wal-archive'),
    });
    const owner = createDb({ connectionString: primary.url('onegrid'), max: 2, appRole: false });
    await migrateToLatest(owner.db);
    const pii = new PiiCipher(Buffer.from(TEST_SECRET, 'hex'));
    await loadDemoData(owner.db, pii, buildDemoData());
    await owner.db.destroy();
    // the job queue's schema in place (readiness asks for it), then this test needs no worker
    const boss = createPgBoss(primary.url('onegrid'), { max: 1 });
    await startPgBoss(boss, { info: () => undefined, warn: () => undefined, error: () => undefined });
    await boss.stop({ graceful: false });
    replica = await startReplica({
      ownerUrl: primary.url('onegrid'),
      clusterDir: path.join(tmp, 'pg'),
      primaryPort: primary.port,
      replicaDir: path.join(tmp, 'replica', 'pg'),
      archiveDir: path.join(tmp, 'wal-archive'),
    });
    db = createDb({ connectionString: primary.appUrl('onegrid'), max: 5 }).db;
    const replicaUrl = replica.appUrl('onegrid');
    router = new ReadRouter(db, { replicaUrl: () => replicaUrl, maxLagMs: 30_000 });
    app = await buildApp({
      ctx: {
        db,
        read: router,
        pii,
        geo: new GeoService(db),
        reference: new ReferenceService(db, 0),
        deadlines: new DeadlineClock(db, 0),
        timers: noTimers,
        whistleTimers: noWhistleTimers,
        classifier: new ClassifierService(db, 0),
        notifier: new DevOutbox(),
        config: { cookieSecure: 'auto', demo: true },
      },
      logLevel: 'silent',
      strictResponses: true,
    });
    await app.ready();
    supervisor = await login(app, 'supervisor');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await router?.close();
    await db?.destroy();
    await replica?.stop();
    await primary?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function query<T extends pg.QueryResultRow>(url: string, text: string) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<T>(text)).rows;
    } finally {
      await c.end();
    }
  }
  /** Every read that may be a little behind: the district's pages and the city's rankings and areas. */
  const LAGGED = [
    '/api/assessment/dashboard',
    '/api/assessment/ranking',
    '/api/dashboard/summary',
    '/api/assessment/city/streets',
    '/api/assessment/city/districts',
    '/api/dashboard/areas',
    '/api/public/rankings/streets',
  ];
  const get = (url: string) => app.inject({ method: 'GET', url, headers: supervisor.headers });

  it('streams: a write on the primary becomes visible on the replica, which refuses writes', async () => {
    await query(
      primary.url('onegrid'),
      `CREATE TABLE replica_probe (n int); INSERT INTO replica_probe VALUES (42)`,
    );
    const rows = await waitFor(
      async () => {
        const r = await query<{ n: number }>(
          replica!.url('onegrid'),
          `SELECT n FROM replica_probe WHERE to_regclass('replica_probe') IS NOT NULL`,
        ).catch(() => []);
        return r.length > 0 && r;
      },
      { what: 'the row on the replica' },
    );
    expect(rows).toEqual([{ n: 42 }]);
    await expect(query(replica!.url('onegrid'), 'INSERT INTO replica_probe VALUES (1)')).rejects.toThrow(
      /read-only/,
    );
    const slots = await query<{ active: boolean }>(
      primary.url('onegrid'),
      `SELECT active FROM pg_replication_slots WHERE slot_name = 'onegrid_replica'`,
    );
    expect(slots).toEqual([{ active: true }]);
  });

  it('the dashboard and the ranking answer from the replica with its lag, a number within the bound', async () => {
    const status = await router.status();
    expect(status.replica).toBe('ok');
    expect(status.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(status.lagSeconds).toBeLessThanOrEqual(30);
    for (const url of LAGGED) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      const lag = res.json<{ dataLag: number | 'primary' }>().dataLag;
      expect(typeof lag, url).toBe('number');
      expect(lag).toBeLessThanOrEqual(30);
    }
    // the workbook of the city's streets says how old its figures are in a header
    const xlsx = await get('/api/assessment/city/streets.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(Number(xlsx.headers['x-data-lag'])).toBeLessThanOrEqual(30);
    const ready = (await app.inject({ method: 'GET', url: '/api/health/ready' })).json<{
      replica: string;
      replicaLagSeconds: number | null;
    }>();
    expect(ready).toMatchObject({ replica: 'ok', replicationSlots: 'ok', slotWarnings: [] });
    expect(typeof ready.replicaLagSeconds).toBe('number');
    const metrics = (await app.inject({ method: 'GET', url: '/api/metrics' })).body;
    expect(metrics).toMatch(/^onegrid_replica_lag_seconds \d/m);
  });

  it('warns (not fails) of a slot nobody streams from, and gives the WAL each slot keeps to Prometheus', async () => {
    const url = primary.url('onegrid');
    await query(url, `SELECT pg_create_physical_replication_slot('stale_probe', true)`);
    try {
      // WAL written after the slot was made is kept for it
      await query(
        url,
        `CREATE TABLE slot_probe AS SELECT g, repeat('x', 200) AS pad FROM generate_series(1, 20000) g`,
      );
      await query(url, 'SELECT pg_switch_wal()');
      const res = await app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(res.statusCode, res.body).toBe(200);
      const ready = res.json<{
        ready: boolean;
        replicationSlots: string;
        slotWarnings: { slot: string; reasons: string[]; retainedBytes: number }[];
      }>();
      expect(ready.ready).toBe(true);
      expect(ready.replicationSlots).toBe('warning');
      expect(ready.slotWarnings).toHaveLength(1); // the streaming replica's own slot is fine
      expect(ready.slotWarnings[0]).toMatchObject({ slot: 'stale_probe', reasons: ['inactive'] });
      expect(ready.slotWarnings[0]!.retainedBytes).toBeGreaterThan(4_000_000);
      const metrics = (await app.inject({ method: 'GET', url: '/api/metrics' })).body;
      const retained =
        /^onegrid_replication_slot_retained_bytes\{slot="stale_probe",active="false"\} (\d+)/m.exec(metrics);
      expect(Number(retained?.[1])).toBeGreaterThan(4_000_000);
      expect(metrics).toMatch(
        /^onegrid_replication_slot_retained_bytes\{slot="onegrid_replica",active="true"\} \d/m,
      );
      // past the bound, it says the slot keeps too much WAL too
      const strict = await readiness(db, router, 1_000_000);
      expect(strict.slotWarnings.find((w) => w.slot === 'stale_probe')?.reasons).toEqual([
        'inactive',
        'retains_wal',
      ]);
      // the embedded cluster caps what a forgotten slot may keep
      const [cap] = await query<{ setting: string; unit: string }>(
        url,
        `SELECT setting, unit FROM pg_settings WHERE name = 'max_slot_wal_keep_size'`,
      );
      expect(cap).toEqual({ setting: '10240', unit: 'MB' });
    } finally {
      await query(url, `SELECT pg_drop_replication_slot('stale_probe')`);
    }
    const after = (await app.inject({ method: 'GET', url: '/api/health/ready' })).json<{
      slotWarnings: unknown[];
    }>();
    expect(after.slotWarnings).toEqual([]);
  });

  it('reads the primary when the replica is further behind than the bound', async () => {
    // replay paused on the replica while the primary writes: received but not replayed, so it is behind
    await query(replica!.url('onegrid'), 'SELECT pg_wal_replay_pause()');
    try {
      await query(primary.url('onegrid'), 'INSERT INTO replica_probe VALUES (43)');
      await waitFor(
        async () =>
          (
            await query<{ behind: boolean }>(
              replica!.url('onegrid'),
              'SELECT pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn() AS behind',
            )
          )[0]?.behind,
        { what: 'WAL received and not replayed' },
      );
      const strict = new ReadRouter(db, { replicaUrl: () => replica!.appUrl('onegrid'), maxLagMs: 0 });
      try {
        const s = await strict.status();
        expect(s.replica).toBe('ok');
        expect(s.lagSeconds).toBeGreaterThan(0);
        expect((await strict.read()).lag).toBe('primary');
      } finally {
        await strict.close();
      }
    } finally {
      await query(replica!.url('onegrid'), 'SELECT pg_wal_replay_resume()');
    }
  });

  it('falls back to the primary when the replica stops, and says so', async () => {
    await replica!.stop();
    replica = undefined;
    for (const url of LAGGED) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.json<{ dataLag: number | 'primary' }>().dataLag, url).toBe('primary');
    }
    const ready = await app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.json()).toMatchObject({ replica: 'unavailable', replicaLagSeconds: null });
    // its slot, left behind, now keeps WAL for nobody: a warning, not a failure
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      ready: true,
      replicationSlots: 'warning',
      slotWarnings: [{ slot: 'onegrid_replica', reasons: ['inactive'] }],
    });
  });
});
