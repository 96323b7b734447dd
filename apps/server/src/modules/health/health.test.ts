import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { newWorld } from '../../test/factories.ts';
import { createPgBoss } from '../timers/timers.pgboss.ts';

/** Operating it (issue 14): liveness, readiness with what it checks, and the Prometheus figures. */
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ timers: true });
});
afterAll(async () => env.close());

const get = (url: string) => env.app.inject({ method: 'GET', url });

describe('health, readiness and metrics', () => {
  it('is live without asking anything, and ready when migrated with its job queue in place', async () => {
    const live = await get('/api/health/live');
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'live' });
    const ready = await get('/api/health/ready');
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json()).toEqual({
      ready: true,
      database: 'ok',
      migrations: 'ok',
      pendingMigrations: [],
      jobQueue: 'ok',
      replica: 'none',
      replicaLagSeconds: null,
      replicationSlots: 'none',
      slotWarnings: [],
      reasons: [],
    });
  });

  it('is not ready, saying why, when the role lacks its grant on the job queue schema', async () => {
    // The owner revokes what pg-boss's start-up granted (timers.pgboss.ts); the app connects as onegrid_app.
    await sql`REVOKE USAGE ON SCHEMA pgboss FROM onegrid_app`.execute(env.ownerDb);
    try {
      const res = await get('/api/health/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        ready: false,
        database: 'ok',
        migrations: 'ok',
        jobQueue: 'unavailable',
        reasons: ['job_queue_no_grant'],
      });
    } finally {
      await sql`GRANT USAGE ON SCHEMA pgboss TO onegrid_app`.execute(env.ownerDb);
    }
    expect((await get('/api/health/ready')).json()).toMatchObject({ ready: true, reasons: [] });
  });

  it('is not ready while a migration this build knows has not run', async () => {
    const last = await sql<{ name: string }>`SELECT max(name) AS name FROM kysely_migration`.execute(
      env.ownerDb,
    );
    const name = last.rows[0]!.name;
    await sql`DELETE FROM kysely_migration WHERE name = ${name}`.execute(env.ownerDb);
    try {
      const res = await get('/api/health/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        ready: false,
        migrations: 'pending',
        pendingMigrations: [name],
        reasons: ['migrations_pending'],
      });
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${name}, now()::text)`.execute(
        env.ownerDb,
      );
    }
    expect((await get('/api/health/ready')).statusCode).toBe(200);
  });

  it('counts requests by route pattern, cases taken in, and reads queue depth and timer lag', async () => {
    const w = await newWorld(env);
    const before = await get('/api/metrics');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.headers['content-type']).toMatch(/^text\/plain/);
    const count = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    const intake = /onegrid_cases_created_total\{channel="hotline"\} (\d+)/;
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: w.users.operator.headers,
      payload: {
        description: '小区门口的路灯不亮了',
        categoryCode: w.category,
        ...w.point,
        channel: 'hotline',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    expect(
      (await env.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: w.users.operator.headers }))
        .statusCode,
    ).toBe(200);
    // a job due ten minutes ago that no worker has started: the jobs run ten minutes late
    const boss = createPgBoss(env.url, { max: 1 });
    await boss.start();
    try {
      await boss.createQueue('metrics-test');
      await boss.send('metrics-test', {}, { startAfter: new Date(Date.now() - 10 * 60_000) });
    } finally {
      await boss.stop({ graceful: false });
    }
    const after = (await get('/api/metrics')).body;
    expect(count(after, intake)).toBe(count(before.body, intake) + 1);
    // the route's pattern, never its ids
    expect(after).toMatch(
      /onegrid_http_requests_total\{method="POST",route="\/api\/cases",status="201"\} \d+/,
    );
    expect(after).toMatch(
      /onegrid_http_request_duration_seconds_bucket\{le="[\d.+Inf]+",method="GET",route="\/api\/health\/ready"\}/,
    );
    expect(count(after, /onegrid_job_queue_depth\{queue="metrics-test",due="now"\} (\d+)/)).toBe(1);
    expect(count(after, /onegrid_timer_lag_seconds (\d+)/)).toBeGreaterThanOrEqual(600);
    expect(after).toMatch(/onegrid_cache_reloads_total\{cache="reference"\} [1-9]/);
    // a case read is labelled by its pattern: no case number in any label
    expect(after).toMatch(/route="\/api\/cases\/:id",status="200"/);
    expect(after).not.toMatch(/route="[^"]*\d{16}/);
  });
});
