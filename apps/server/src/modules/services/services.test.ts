import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevOutbox } from '../notifications/public.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { DEMO_STREET } from '../../demo/users.ts';
import { notifyOverdueStages } from './services.jobs.ts';

/*
 * 一窗通办 (issue 13): the demo catalogue, an application at 滨河's street centre for 残疾人两项补贴 (残联 and 民政局
 * in parallel) with a material promised (容缺), who sees it (the street and the two departments, not 兴谷 nor another
 * department), each department on its own stage, the merge, the hand-out held until the promise is kept, the
 * public track, the overdue sweep, the 一次性告知 SMS, catalogue edits by district administrators only.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
async function call(
  who: string | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
): Promise<Res> {
  return env.app.inject({ method, url, payload: payload as object, headers: who ? s[who]!.headers : {} });
}

interface Item {
  id: string;
  code: string;
  name: string;
  departments: { unitId: string; unitName: string; days: number }[];
}
interface Detail {
  id: string;
  trackingCode: string;
  status: string;
  tolerant: boolean;
  applicant: { name: string | null; idNumber: string | null };
  stages: { id: string; unit: { id: string; name: string }; status: string; dueAt: string; light: string }[];
  obligations: { materialCode: string; state: string }[];
  outcome: string | null;
  canHandOut: boolean;
  myStageIds: string[];
}

let items: Item[];
let personId: string;
let app: Detail;

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of [
    'street_handler',
    'street_lead',
    'street_lead2',
    'mzj_handler',
    'cl_handler',
    'cgw_handler',
    'operator',
    'resident',
    'admin',
    'street_admin',
  ])
    s[u] = await login(env.app, u);
  const r = await call('street_handler', 'GET', '/api/services/catalogue');
  items = r.json<{ items: Item[] }>().items;
  const p = await env.ownerDb
    .selectFrom('person')
    .select('id')
    .where('street_code', '=', DEMO_STREET)
    .where('id_enc', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  personId = p.id;
});
afterAll(async () => env?.close());

const item = (code: string) => items.find((i) => i.code === code)!;
const allowance = () => item('FW-004'); // 残疾人两项补贴: 残联 10 days, 民政局 15 days
const checks = (over: Record<string, string> = {}) =>
  ['id_card', 'disability_cert', 'form', 'hukou_book', 'bank_card'].map((code) => ({
    code,
    state: over[code] ?? 'verified',
  }));

describe('catalogue', () => {
  it('holds the demo items and bundles, one set of materials per bundle', async () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(
      allowance()
        .departments.map((d) => d.unitName)
        .sort(),
    ).toEqual(['平谷区民政局', '平谷区残疾人联合会'].sort());
    const cat = (await call('street_handler', 'GET', '/api/services/catalogue')).json<{
      bundles: {
        id: string;
        code: string;
        materials: { code: string; key: boolean; itemCodes: string[] }[];
      }[];
    }>();
    expect(cat.bundles.length).toBeGreaterThanOrEqual(3);
    const birth = cat.bundles.find((b) => b.code === 'YJS-BIRTH')!;
    const codes = birth.materials.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(birth.materials.find((m) => m.code === 'birth_cert')).toMatchObject({ key: true });
    expect(birth.materials.find((m) => m.code === 'birth_cert')!.itemCodes.length).toBe(3);
  });

  it('is public to read, not to staff who keep accounts or the audit, nor residents', async () => {
    const pub = await call(null, 'GET', '/api/public/services');
    expect(pub.statusCode).toBe(200);
    const guide = await call(null, 'GET', `/api/public/services/items/${allowance().id}`);
    expect(guide.json<{ guide: { legalBasis: string; materials: unknown[] } }>().guide.materials.length).toBe(
      6,
    );
    expect((await call('resident', 'GET', '/api/services/catalogue')).statusCode).toBe(403);
  });

  it('is edited by district administrators only', async () => {
    const body = {
      code: 'T-001',
      name: '测试事项',
      guide: { promisedDays: 3, materials: [{ code: 'id_card', name: '居民身份证', key: true }] },
      departments: [{ unitId: allowance().departments[0]!.unitId, days: 3 }],
    };
    expect((await call('street_admin', 'POST', '/api/services/items', body)).statusCode).toBe(403);
    const r = await call('admin', 'POST', '/api/services/items', body);
    expect(r.statusCode).toBe(201);
    expect((await call('admin', 'POST', '/api/services/items', body)).statusCode).toBe(409);
    const bad = await call('admin', 'POST', '/api/services/items', {
      ...body,
      code: 'T-002',
      guide: {
        promisedDays: 3,
        materials: [{ code: 'id_card', name: '居民身份证', key: true, required: false }],
      },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('sends the 一次性告知 to a phone through the notifier', async () => {
    const r = await call('operator', 'POST', `/api/services/items/${allowance().id}/send`, {
      phone: '13912345678',
    });
    expect(r.json()).toMatchObject({ sent: true, phone: '139****5678' });
    const text = (env.ctx.notifier as DevOutbox).lastTo('13912345678')!;
    expect(text).toContain('残疾人两项补贴申请 一次性告知');
    expect(text).toContain('残疾人证*');
    expect(text).toContain(`/public/services/${allowance().id}`);
  });
});

describe('an application through one window, two departments in parallel', () => {
  it('refuses to waive a key material', async () => {
    const r = await call('street_handler', 'POST', '/api/services/applications', {
      itemId: allowance().id,
      applicantPersonId: personId,
      materials: checks({ disability_cert: 'promised' }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'key_material_waived',
    );
  });

  it('accepts with a non-key material promised (容缺) and starts both departments at once', async () => {
    const r = await call('street_handler', 'POST', '/api/services/applications', {
      itemId: allowance().id,
      applicantPersonId: personId,
      materials: checks({ hukou_book: 'promised' }),
      promiseDays: 5,
    });
    expect(r.statusCode).toBe(201);
    app = r.json<Detail>();
    expect(app).toMatchObject({ status: 'handling', tolerant: true });
    expect(app.trackingCode).toMatch(/^FW\d{8}/);
    expect(app.obligations).toEqual([expect.objectContaining({ materialCode: 'hukou_book', state: 'open' })]);
    expect(app.stages.map((x) => x.unit.name).sort()).toEqual(['平谷区民政局', '平谷区残疾人联合会'].sort());
    const cl = app.stages.find((x) => x.unit.name === '平谷区残疾人联合会')!;
    const mz = app.stages.find((x) => x.unit.name === '平谷区民政局')!;
    expect(new Date(cl.dueAt).getTime()).toBeLessThan(new Date(mz.dueAt).getTime());
    // personal data: masked, never whole
    expect(app.applicant.name).toMatch(/\*/);
    expect(app.applicant.idNumber).toMatch(/^\d{4}\*+\w{4}$/);
    expect(r.body).not.toMatch(/\d{17}[\dX]/);
  });

  it('shows it to the street and its departments, not to 兴谷 or another department', async () => {
    const url = `/api/services/applications/${app.id}`;
    expect((await call('street_lead', 'GET', url)).statusCode).toBe(200);
    expect((await call('mzj_handler', 'GET', url)).statusCode).toBe(200);
    expect((await call('street_lead2', 'GET', url)).statusCode).toBe(404);
    expect((await call('cgw_handler', 'GET', url)).statusCode).toBe(404);
    const list2 = (await call('street_lead2', 'GET', '/api/services/applications?pageSize=200')).json<{
      items: { id: string; window: { name: string } }[];
    }>();
    expect(list2.items.some((a) => a.id === app.id)).toBe(false);
    expect(list2.items.every((a) => !a.window.name.startsWith('滨河'))).toBe(true);
    const queue = (await call('mzj_handler', 'GET', '/api/services/stages?pageSize=200')).json<{
      items: { unit: { name: string }; applicationId: string }[];
    }>();
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((x) => x.unit.name === '平谷区民政局')).toBe(true);
    expect(queue.items.some((x) => x.applicationId === app.id)).toBe(true);
  });

  it('lets each department act on its own stage only; the last decision merges', async () => {
    const cl = app.stages.find((x) => x.unit.name === '平谷区残疾人联合会')!;
    const mz = app.stages.find((x) => x.unit.name === '平谷区民政局')!;
    expect(
      (await call('mzj_handler', 'POST', `/api/services/stages/${cl.id}/action`, { action: 'accept' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('cgw_handler', 'POST', `/api/services/stages/${cl.id}/action`, { action: 'accept' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('cl_handler', 'POST', `/api/services/stages/${cl.id}/action`, { action: 'resume' }))
        .statusCode,
    ).toBe(409);
    for (const action of ['accept', 'approve'])
      expect(
        (await call('cl_handler', 'POST', `/api/services/stages/${cl.id}/action`, { action })).statusCode,
      ).toBe(200);
    let d = (await call('street_handler', 'GET', `/api/services/applications/${app.id}`)).json<Detail>();
    expect(d.status).toBe('handling');
    expect(d.canHandOut).toBe(false);
    await call('mzj_handler', 'POST', `/api/services/stages/${mz.id}/action`, {
      action: 'request_more',
      note: '补充银行卡复印件',
    });
    await call('mzj_handler', 'POST', `/api/services/stages/${mz.id}/action`, { action: 'resume' });
    const ok = await call('mzj_handler', 'POST', `/api/services/stages/${mz.id}/action`, {
      action: 'approve',
      note: '同意',
    });
    expect(ok.statusCode).toBe(200);
    d = (await call('street_handler', 'GET', `/api/services/applications/${app.id}`)).json<Detail>();
    expect(d).toMatchObject({ status: 'merged', outcome: 'approved' });
  });

  it('holds the result until the promised material comes, then hands it out at the window', async () => {
    const held = await call('street_handler', 'POST', `/api/services/applications/${app.id}/hand-out`);
    expect(held.statusCode).toBe(409);
    expect(held.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe(
      'service_materials_owed',
    );
    expect(
      (await call('mzj_handler', 'POST', `/api/services/applications/${app.id}/hand-out`)).statusCode,
    ).toBe(403);
    const f = await call(
      'street_handler',
      'POST',
      `/api/services/applications/${app.id}/obligations/hukou_book/fulfil`,
      {},
    );
    expect(f.json<Detail>().obligations[0]!.state).toBe('fulfilled');
    const out = await call('street_handler', 'POST', `/api/services/applications/${app.id}/hand-out`);
    expect(out.json<Detail>().status).toBe('handed_out');
    const track = await call(null, 'GET', `/api/public/services/track/${app.trackingCode}`);
    expect(track.statusCode).toBe(200);
    expect(track.json()).toMatchObject({ status: 'handed_out', outcome: 'approved' });
    expect(track.json<{ applicant: string }>().applicant).toMatch(/\*/);
    expect((await call(null, 'GET', '/api/public/services/track/FW20261207ZZZZZZ')).statusCode).toBe(404);
  });
});

describe('supervision of overdue stages', () => {
  it('lists overdue stages in the street and notifies each department once', async () => {
    const r = await call('street_handler', 'POST', '/api/services/applications', {
      itemId: item('FW-011').id, // 就业登记: 人社局, 3 working days
      applicantPersonId: personId,
      materials: [
        { code: 'id_card', state: 'verified' },
        { code: 'employment_contract', state: 'verified' },
      ],
    });
    const d = r.json<Detail>();
    const later = new Date(Date.now() + 30 * 86_400_000);
    const first = await notifyOverdueStages(env.db, later);
    expect(first).toBeGreaterThan(0);
    expect(await notifyOverdueStages(env.db, later)).toBe(0);
    const notes = await env.ownerDb
      .selectFrom('notification')
      .select(['unit_id', 'kind'])
      .where('kind', '=', 'service_stage_overdue')
      .where('unit_id', '=', d.stages[0]!.unit.id)
      .execute();
    expect(notes.length).toBeGreaterThan(0);
    // the demo has overdue stages in the street now
    const overdue = (await call('street_lead', 'GET', '/api/services/overdue')).json<{
      total: number;
      items: { overdue: boolean; light: string }[];
    }>();
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((x) => x.overdue && x.light === 'red')).toBe(true);
    expect((await call('resident', 'GET', '/api/services/overdue')).statusCode).toBe(403);
  });
});
