import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { DEMO_API_KEY, ensureDemoApiKey, hashApiKey, verifyApiKey } from './apikeys.service.ts';

let env: TestEnv;
let admin: Session;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await login(env.app, 'admin');
});
afterAll(async () => env.close());

interface Created {
  id: string;
  name: string;
  prefix: string;
  key: string;
}
interface Listed {
  items: { id: string; name: string; prefix: string; revokedAt: string | null; active: boolean }[];
}

const create = (s: Session, payload: object = { name: '城市服务小程序' }) =>
  env.app.inject({ method: 'POST', url: '/api/api-keys', headers: s.headers, payload });

/** An Open311 POST that only gets past the key check with a valid key (then fails on the unknown service: 400). */
const open311With = (key: string) =>
  env.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ api_key: key, service_code: '0000000', address_string: 'x' }).toString(),
  });

describe('API keys', () => {
  it('401 without a session, 403 CSRF without the token, 403 for non-admins and street admins, 400 for bad input', async () => {
    for (const [method, url] of [
      ['GET', '/api/api-keys'],
      ['POST', '/api/api-keys'],
      ['DELETE', '/api/api-keys/7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    ] as const) {
      expect(
        (await env.app.inject({ method, url, payload: method === 'POST' ? { name: 'x1' } : undefined }))
          .statusCode,
      ).toBe(401);
    }
    const noCsrf = await env.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: { cookie: admin.cookie },
      payload: { name: 'no csrf' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<{ error: { code: string } }>().error.code).toBe('CSRF_INVALID');
    for (const username of ['operator', 'street_admin']) {
      const s = await login(env.app, username);
      expect((await create(s)).statusCode).toBe(403);
      expect(
        (await env.app.inject({ method: 'GET', url: '/api/api-keys', headers: s.headers })).statusCode,
      ).toBe(403);
    }
    const bad = await create(admin, { name: '', unitId: 'nope' });
    expect(bad.statusCode).toBe(400);
    const unknownUnit = await create(admin, {
      name: '某客户端',
      unitId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    });
    expect(unknownUnit.statusCode).toBe(400);
    expect(await env.ownerDb.selectFrom('api_key').select('id').execute()).toHaveLength(0);
  });

  it('create shows the key once; only its hash and prefix are stored; the list shows the prefix only', async () => {
    const unit = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('kind', '=', 'government')
      .executeTakeFirstOrThrow();
    const res = await create(admin, { name: '城市服务小程序', unitId: unit.id });
    expect(res.statusCode).toBe(201);
    const created = res.json<Created>();
    expect(created.key).toMatch(/^og_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 8));
    expect(created.name).toBe('城市服务小程序');

    const row = await env.ownerDb
      .selectFrom('api_key')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row.unit_id).toBe(unit.id);
    expect(row.created_by).toBe(admin.userId);

    const list = await env.app.inject({ method: 'GET', url: '/api/api-keys', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.key);
    expect(list.body).not.toContain(row.key_hash);
    const item = list.json<Listed>().items.find((i) => i.id === created.id)!;
    expect(item).toMatchObject({
      prefix: created.prefix,
      name: '城市服务小程序',
      active: true,
      revokedAt: null,
    });

    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'api_key')
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(created.key);

    expect((await verifyApiKey(env.db, created.key))?.id).toBe(created.id);
    expect(await verifyApiKey(env.db, `${created.key}x`)).toBeUndefined();
    expect(await verifyApiKey(env.db, undefined)).toBeUndefined();
  });

  it('revoking makes the key fail at once; revoking again changes nothing; unknown id → 404', async () => {
    const created = (await create(admin, { name: '待吊销的客户端' })).json<Created>();
    expect((await open311With(created.key)).statusCode).toBe(400); // past the key check
    const del = await env.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${created.id}`,
      headers: admin.headers,
    });
    expect(del.statusCode).toBe(204);
    expect(await verifyApiKey(env.db, created.key)).toBeUndefined();
    const refused = await open311With(created.key);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ code: number }[]>()[0]!.code).toBe(403);
    const again = await env.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${created.id}`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(204);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'api_key')
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    const list = (
      await env.app.inject({ method: 'GET', url: '/api/api-keys', headers: admin.headers })
    ).json<Listed>();
    expect(list.items.find((i) => i.id === created.id)).toMatchObject({ active: false });
    const unknown = await env.app.inject({
      method: 'DELETE',
      url: '/api/api-keys/7c9e6679-7425-40de-944b-e07fc1f90ae7',
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('the demo key works once ensureDemoApiKey has run, and running it twice keeps one key', async () => {
    expect((await open311With(DEMO_API_KEY)).statusCode).toBe(403);
    await ensureDemoApiKey(env.ownerDb);
    await ensureDemoApiKey(env.ownerDb);
    const rows = await env.ownerDb
      .selectFrom('api_key')
      .selectAll()
      .where('key_hash', '=', hashApiKey(DEMO_API_KEY))
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.prefix).toBe('demo-ope');
    expect((await open311With(DEMO_API_KEY)).statusCode).toBe(400);
  });
});
