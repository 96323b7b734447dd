import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { tinyPng } from './uploads.fixtures.ts';
import { runUploadPurge } from './uploads.jobs.ts';

// Hole 11: unattached uploads were never purged and any address could store 30 × 5 MB a minute.
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

async function appWith(limits: { dailyBytesPerClient: number; maxTotalBytes: number }): Promise<App> {
  const app = await buildApp({
    ctx: { ...env.ctx, config: { ...env.ctx.config, uploads: limits } },
    logLevel: 'silent',
  });
  await app.ready();
  return app;
}

async function post(app: App, remoteAddress: string, lang = 'zh-CN') {
  const form = new FormData();
  form.append('file', new Blob([tinyPng()], { type: 'image/png' }), 'a.png');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return app.inject({
    method: 'POST',
    url: '/api/public/uploads',
    headers: { 'content-type': request.headers.get('content-type') ?? '', 'accept-language': lang },
    payload: Buffer.from(await request.arrayBuffer()),
    remoteAddress,
  });
}

const count = async () =>
  (
    await env.ownerDb
      .selectFrom('upload')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('upload quotas', () => {
  it('an address stores at most its daily bytes: then 429 UPLOAD_QUOTA_EXCEEDED, translated; other addresses go on', async () => {
    const app = await appWith({ dailyBytesPerClient: 1000, maxTotalBytes: 1024 ** 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await post(app, '198.51.100.20')).statusCode);
      expect(codes.slice(0, 3)).toEqual([201, 201, 201]); // a re-encoded 1×1 photo is about 320 bytes
      expect(codes[3]).toBe(429);
      const before = await count();
      const zh = await post(app, '198.51.100.20');
      expect(zh.statusCode).toBe(429);
      const body = zh.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe('UPLOAD_QUOTA_EXCEEDED');
      expect(body.error.message).toContain('今日上传');
      const en = await post(app, '198.51.100.20', 'en-US');
      expect(en.json<{ error: { message: string } }>().error.message).toContain("Today's upload allowance");
      expect(await count()).toBe(before);
      expect((await post(app, '198.51.100.21')).statusCode).toBe(201);
      const client = await env.ownerDb
        .selectFrom('upload')
        .select('client')
        .where('client', 'like', 'ip:%')
        .executeTakeFirstOrThrow();
      expect(client.client).not.toContain('198.51.100'); // the address is stored hashed
    } finally {
      await app.close();
    }
  });

  it('the store as a whole is capped: 507 STORAGE_FULL, nothing stored', async () => {
    const { total } = await env.ownerDb
      .selectFrom('upload')
      .select(sql<number>`coalesce(sum(size), 0)::int`.as('total'))
      .executeTakeFirstOrThrow();
    const app = await appWith({ dailyBytesPerClient: 1024 ** 3, maxTotalBytes: total + 100 });
    try {
      const before = await count();
      const res = await post(app, '198.51.100.30');
      expect(res.statusCode).toBe(507);
      expect(res.json()).toMatchObject({ error: { code: 'STORAGE_FULL' } });
      expect(await count()).toBe(before);
    } finally {
      await app.close();
    }
  });
});

describe('the purge job', () => {
  it('deletes unattached uploads past the grace period in batches, keeps recent ones; running it again is harmless', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(env.app, `198.51.100.${40 + i}`);
      ids.push(res.json<{ id: string }>().id);
    }
    await env.ownerDb
      .updateTable('upload')
      .set({ created_at: sql`now() - interval '3 days'` })
      .where('id', 'in', ids.slice(0, 2))
      .execute();
    const first = await runUploadPurge(env.db);
    expect(first.uploads).toBeGreaterThanOrEqual(2);
    expect((await runUploadPurge(env.db)).uploads).toBe(0);
    const left = await env.ownerDb.selectFrom('upload').select('id').where('id', 'in', ids).execute();
    expect(left.map((r) => r.id)).toEqual([ids[2]]);
  });
});
