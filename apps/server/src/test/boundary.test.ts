import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from './harness.ts';

// Hole 15: NUL bytes in query parameters and names, and a truncated multipart upload, answered 500.
let env: TestEnv;
let admin: Session;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await login(env.app, 'admin');
});
afterAll(async () => env.close());

const NUL = '%00';

describe('control characters are refused with 400 at the boundary', () => {
  it.each([
    `/api/grids?q=a${NUL}b`,
    `/api/units?q=a${NUL}b`,
    `/api/users?q=a${NUL}b`,
    `/api/cases?q=a${NUL}b`,
    `/api/audit?actor=a${NUL}b`,
    `/api/audit?entity=case${NUL}`,
    `/api/audit?entityId=1${NUL}`,
    `/api/audit?action=x%1b[31m`,
  ])('GET %s', async (url) => {
    const res = await env.app.inject({ method: 'GET', url, headers: admin.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('a lone surrogate in a body answers 400, not 500 (found by the fuzz test: jsonb refuses it)', async () => {
    const res = await env.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2029-08-11',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"kind":"holiday","note":"\\ud800"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const row = await env.ownerDb
      .selectFrom('calendar_override')
      .select('day')
      .where('day', '=', '2029-08-11')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('a NUL in a name (JSON body) answers 400 and writes nothing', async () => {
    const before = await env.ownerDb
      .selectFrom('unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { name: 'Water\u0000Works', kind: 'department', jurisdictionCode: '110117' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe('body.name');
    const after = await env.ownerDb
      .selectFrom('unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('tabs and line breaks stay allowed in free text', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: { description: '第一行\n第二行\t缩进\r\n第三行很长很长', lon: 116.6, lat: 40.1 },
    });
    expect(res.statusCode).not.toBe(500);
    expect(
      res.json<{ error?: { details?: { message: string }[] } }>().error?.details ?? [],
    ).not.toContainEqual(expect.objectContaining({ key: 'control_chars' }));
  });

  it('a NUL in an Open311 form field answers 400', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `api_key=x&service_code=1&description=a${NUL}b&lat=40.1&long=116.6`,
    });
    expect(res.statusCode).toBe(400);
  });

  it('a path parameter with a NUL answers 400, not 500', async () => {
    const res = await env.app.inject({ method: 'GET', url: `/api/grids/1101${NUL}`, headers: admin.headers });
    expect(res.statusCode).toBe(400);
  });
});

describe('a truncated multipart upload', () => {
  it('answers 400, not 500', async () => {
    const boundary = '----onegridtest';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    );
    const payload = Buffer.concat([
      head,
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
      Buffer.alloc(2000, 7),
    ]);
    for (const url of ['/api/public/uploads', '/api/uploads']) {
      const res = await env.app.inject({
        method: 'POST',
        url,
        headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(res.statusCode, url).toBe(400);
    }
  });
});
