import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodDetail } from '../lib/i18n.details.ts';
import { pointUnder } from './factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from './harness.ts';

// Issue 9 §2: errors carry a code and parameters; a zh-CN reader reads no English (no Zod text, no internals).
let env: TestEnv;
let dispatcher: Session;
beforeAll(async () => {
  env = await createTestEnv();
  dispatcher = await login(env.app, 'dispatcher');
});
afterAll(async () => env.close());

interface ErrorBody {
  error: {
    code: string;
    message: string;
    params?: Record<string, unknown>;
    details?: { path?: string; key?: string; params?: Record<string, unknown>; message: string }[];
  };
}

const LATIN = /[A-Za-z]{3,}/;

describe('validation details in the reader language', () => {
  it('a too long description: key too_long with its limit, Chinese text for zh-CN, English for en-US', async () => {
    const payload = { description: '路灯不亮'.repeat(600), lon: 117.12, lat: 40.14 };
    const zh = await env.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      headers: { 'accept-language': 'zh-CN' },
      payload,
    });
    expect(zh.statusCode).toBe(400);
    const d = zh.json<ErrorBody>().error.details!.find((x) => x.path === 'body.description')!;
    expect(d).toMatchObject({ key: 'too_long', params: { max: 2000 }, message: '最多 2000 个字符' });
    const en = await env.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      headers: { 'accept-language': 'en-US' },
      payload,
    });
    const e = en.json<ErrorBody>().error.details!.find((x) => x.path === 'body.description')!;
    expect(e.message).toBe('at most 2000 characters');
  });

  it('a point outside the service area: key outside_service_area, no English for zh-CN', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      headers: { 'accept-language': 'zh-CN' },
      payload: { description: '路灯不亮已经三天了', lon: 100.1, lat: 30.2 },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>().error;
    expect(body.details).toEqual([
      expect.objectContaining({ path: 'lon', key: 'outside_service_area', message: '该位置不在服务范围内' }),
    ]);
    expect(body.message).not.toMatch(LATIN);
  });

  it('a missing field and a wrong enum value are keys, not Zod English', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: { ...dispatcher.headers, 'accept-language': 'zh-CN' },
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    const details = res.json<ErrorBody>().error.details!;
    expect(details[0]).toMatchObject({ key: 'ids_or_all' });
    for (const d of details) expect(d.message).not.toMatch(LATIN);
  });

  it('maps Zod issues by code and limits', () => {
    const issues = z
      .object({
        a: z.string().max(5),
        b: z.string().min(1),
        c: z.number().int().min(3),
        d: z.enum(['x', 'y']),
        e: z.array(z.string()).max(1),
        f: z.string().email(),
      })
      .safeParse({ a: 'toolong', b: '', c: 1, d: 'z', e: ['1', '2'], f: 'no' }).error!.issues;
    expect(issues.map((i) => zodDetail(i))).toEqual([
      { key: 'too_long', params: { max: 5 } },
      { key: 'required' },
      { key: 'too_small', params: { min: 3 } },
      { key: 'invalid_value', params: { values: 'x, y' } },
      { key: 'too_many', params: { max: 1 } },
      { key: 'invalid_format', params: { format: 'email' } },
    ]);
    const missing = z.object({ a: z.string() }).safeParse({}).error!.issues[0]!;
    expect(zodDetail(missing)).toEqual({ key: 'required' });
  });
});

describe('conflicts name a reason key', () => {
  it('an action not allowed in the status: invalid_transition with action and status, translated', async () => {
    const operator = await login(env.app, 'operator');
    const { lon, lat } = await pointUnder(env.ownerDb, '110117');
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: operator.headers,
      payload: {
        channel: 'hotline',
        requestType: 'complaint',
        description: '小区门口的路灯连续三天不亮',
        lon,
        lat,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    // intake may dispatch it at once (a confident category): either way verify_pass is not possible yet
    const c = created.json<{ id: string; status: 'registered' | 'dispatched' }>();
    const statusZh = { registered: '已受理', dispatched: '已派单' }[c.status];
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/actions/verify_pass`,
      headers: { ...dispatcher.headers, 'accept-language': 'zh-CN' },
      payload: {},
    });
    expect(res.statusCode).toBe(409);
    const err = res.json<ErrorBody>().error;
    expect(err.params).toMatchObject({
      reason: 'invalid_transition',
      action: 'verify_pass',
      status: c.status,
    });
    expect(err.message).toBe(`操作未完成：诉求当前为“${statusZh}”，不能执行“核查通过”`);
    expect(JSON.stringify(err)).not.toContain('INVALID_TRANSITION');
  });
});
