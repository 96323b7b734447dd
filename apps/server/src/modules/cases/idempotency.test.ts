import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotent, requestHash } from '../../lib/idempotency.ts';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { district, newCaseCategory, newPlace, newStaff } from '../../test/factories.ts';

// Hole 12: all anonymous reports shared one idempotency scope, so a key someone else used answered with their
// case id and tracking token.
let env: TestEnv;
let operator: Session;
let point: { lon: number; lat: number };
let garbage: string;

beforeAll(async () => {
  env = await createTestEnv();
  // A place and a public category of the test's own; the district's operator takes calls.
  point = (await newPlace(env)).point;
  garbage = await newCaseCategory(env.ownerDb);
  operator = await newStaff(env, ['operator'], (await district(env.ownerDb)).governmentId);
});
afterAll(async () => env.close());

const report = (description: string, phone = '13800001111') => ({
  description,
  categoryCode: garbage,
  ...point,
  phone,
});

async function publicReport(key: string, body: object) {
  return env.app.inject({
    method: 'POST',
    url: '/api/public/cases',
    headers: { 'idempotency-key': key },
    payload: body,
  });
}

describe('Idempotency-Key of anonymous reports', () => {
  it("another resident reusing someone's key gets their own case, never the first one's token", async () => {
    const first = await publicReport('shared-key-1', report('楼下垃圾堆了三天没人清理', '13900002222'));
    expect(first.statusCode).toBe(201);
    const mine = first.json<{ id: string; token: string }>();

    const other = await publicReport('shared-key-1', report('路灯坏了好几天，晚上很黑'));
    expect(other.statusCode).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    const theirs = other.json<{ id: string; token: string }>();
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.token).not.toBe(mine.token);
    expect(other.body).not.toContain(mine.token);
  });

  it('a true retry (same key, same body) still answers the first result', async () => {
    const body = report('小区门口井盖松动，有人差点摔倒');
    const first = await publicReport('retry-key-1', body);
    const again = await publicReport('retry-key-1', body);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
  });

  it('simultaneous creates with one key and different bodies (one intake batch) do not share an answer', async () => {
    const [a, b] = await Promise.all([
      publicReport('batch-key-1', report('垃圾桶满了溢出来了')),
      publicReport('batch-key-1', report('人行道上有一个大坑')),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json<{ token: string }>().token).not.toBe(b.json<{ token: string }>().token);
  });
});

describe('Idempotency-Key of a signed-in user', () => {
  it('the same key with another body answers 422, without the first answer', async () => {
    const body = { requestType: 'complaint', categoryCode: garbage, description: '垃圾清运不及时', ...point };
    const first = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...operator.headers, 'idempotency-key': 'staff-key-1' },
      payload: body,
    });
    expect(first.statusCode).toBe(201);
    const again = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...operator.headers, 'idempotency-key': 'staff-key-1' },
      payload: body,
    });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');

    const changed = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...operator.headers, 'idempotency-key': 'staff-key-1', 'accept-language': 'en-US' },
      payload: { ...body, description: '另一件事情：路灯坏了好几天' },
    });
    expect(changed.statusCode).toBe(422);
    expect(changed.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(changed.body).not.toContain(first.json<{ id: string }>().id);
  });

  it('idempotent() (case actions, whistles): the same key for another request answers 422', async () => {
    const run = (body: object) =>
      idempotent(env.db, 'test:scope', 'lib-key-1', async () => ({ status: 200, body }), requestHash(body));
    expect((await run({ note: 'a' })).replayed).toBe(false);
    expect(await run({ note: 'a' })).toMatchObject({ replayed: true, body: { note: 'a' } });
    await expect(run({ note: 'b' })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
  });
});

describe("Idempotency-Key of a grid worker's patrol report", () => {
  it('a replay answers what the first request answered, even where the worker cannot read the case back', async () => {
    // A finding sent without a point (no GPS fix; an address only) lies in no region: the case goes to the
    // district's command centre, outside the worker's community, so a fresh read as the worker is 404.
    const home = await newPlace(env);
    const worker = await newStaff(env, ['grid_worker'], home.community.unitId, {
      gridCodes: [home.gridCode],
    });
    const body = {
      categoryCode: garbage,
      description: '巡查发现路边垃圾堆放',
      address: '测试路口东侧',
      channel: 'grid_patrol',
    };
    const send = () =>
      env.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...worker.headers, 'idempotency-key': 'patrol-key-1' },
        payload: body,
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    const id = first.json<{ id: string }>().id;
    const read = await env.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: worker.headers });
    expect(read.statusCode).toBe(404);

    const again = await send();
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const cases = await env.ownerDb
      .selectFrom('case')
      .select('id')
      .where('description', '=', '巡查发现路边垃圾堆放')
      .execute();
    expect(cases).toHaveLength(1);
  });
});
