import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
let admin: Session;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await login(env.app, 'admin');
});
afterAll(async () => env.close());

describe('working calendar and deadline policies', () => {
  it('401 / 403 / 400 first', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/calendar?year=2026' })).statusCode).toBe(401);
    const op = await login(env.app, 'operator');
    const put = await env.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-12-05',
      headers: op.headers,
      payload: { kind: 'workday' },
    });
    expect(put.statusCode).toBe(403);
    const bad = await env.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-13-45',
      headers: admin.headers,
      payload: { kind: 'workday' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the official 2026 holidays and make-up workdays', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/calendar?year=2026',
      headers: admin.headers,
    });
    const days = res.json<{ days: { date: string; kind: string; source: string }[] }>().days;
    expect(days).toContainEqual(
      expect.objectContaining({ date: '2026-10-01', kind: 'holiday', source: 'official' }),
    );
    expect(days.some((d) => d.kind === 'workday' && d.source === 'official')).toBe(true);
  });

  it('an override changes the deadline arithmetic, and is audited', async () => {
    // Friday 2026-12-04 10:00 Shanghai + 1 working day → Monday 12-07 17:30; with Saturday 12-05 made a workday → Saturday.
    const start = encodeURIComponent('2026-12-04T10:00:00+08:00');
    const before = await env.app.inject({
      method: 'GET',
      url: `/api/calendar/add?start=${start}&value=1&unit=working_days`,
      headers: admin.headers,
    });
    expect(before.json()).toMatchObject({ due: '2026-12-07T09:30:00.000Z' });
    const put = await env.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-12-05',
      headers: admin.headers,
      payload: { kind: 'workday', note: '应急值班调整' },
    });
    expect(put.statusCode).toBe(200);
    const after = await env.app.inject({
      method: 'GET',
      url: `/api/calendar/add?start=${start}&value=1&unit=working_days`,
      headers: admin.headers,
    });
    expect(after.json()).toMatchObject({ due: '2026-12-05T09:30:00.000Z' });
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'calendar_override')
      .execute();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('deadline policies: defaults for every urgency, upsert per category', async () => {
    const list = (
      await env.app.inject({ method: 'GET', url: '/api/deadline-policies', headers: admin.headers })
    ).json<{
      items: { categoryCode: string | null; urgency: string; resolve: { value: number; unit: string } }[];
    }>().items;
    const defaults = list.filter((p) => p.categoryCode === null).map((p) => p.urgency);
    expect(defaults).toEqual(expect.arrayContaining(['emergency', 'urgent', 'ordinary', 'complex']));
    const body = {
      categoryCode: 'C01.01',
      urgency: 'ordinary',
      accept: { value: 2, unit: 'working_hours' },
      respond: { value: 1, unit: 'working_days' },
      resolve: { value: 3, unit: 'working_days' },
    };
    const first = await env.app.inject({
      method: 'PUT',
      url: '/api/deadline-policies',
      headers: admin.headers,
      payload: body,
    });
    const second = await env.app.inject({
      method: 'PUT',
      url: '/api/deadline-policies',
      headers: admin.headers,
      payload: { ...body, resolve: { value: 5, unit: 'working_days' } },
    });
    expect(second.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const badUnit = await env.app.inject({
      method: 'PUT',
      url: '/api/deadline-policies',
      headers: admin.headers,
      payload: { ...body, resolve: { value: 0, unit: 'fortnights' } },
    });
    expect(badUnit.statusCode).toBe(400);
  });
});
