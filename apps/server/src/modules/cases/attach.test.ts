import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { newCaseCategory, newDuty, newStaff, newWorld, type World } from '../../test/factories.ts';
import { DevOutbox } from '../notifications/notifier.ts';

let env: TestEnv;
let w: World;
let operator: Session;
let dispatcher: Session;
let handler: Session;
let resident: Session;
let point: { lon: number; lat: number };
/** Two categories of the test's own: one the duty list gives to the local street, one to the department. */
let categories: { code: string; lead: string }[];
/** The SMS gateway of the test: what the caller was told. */
const sms = new DevOutbox();

beforeAll(async () => {
  env = await createTestEnv();
  env.ctx.notifier = sms;
  // A street of the test's own with its staff (test/factories.ts), and a resident of its community.
  w = await newWorld(env);
  ({ operator, dispatcher, handler } = w.users);
  resident = await newStaff(env, ['resident'], w.units.community);
  point = w.point;
  const deptCategory = await newCaseCategory(env.ownerDb);
  await newDuty(env.ownerDb, { categoryCode: deptCategory, regionCode: w.street.code, lead: w.units.dept });
  categories = [
    { code: w.category, lead: w.units.street },
    { code: deptCategory, lead: w.units.dept },
  ];
});
afterAll(async () => env.close());

async function openCase(): Promise<string> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: operator.headers,
    payload: {
      requestType: 'complaint',
      description: '路口井盖破损，夜里行人容易踩空，请尽快处理',
      reporterName: '李四',
      reporterPhone: '13800001111',
      lon: point.lon,
      lat: point.lat,
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const call = () => ({
  reporterName: '王五六',
  reporterPhone: '13912345678',
  description: '又有人打电话反映同一个井盖，说已经有人摔倒了',
});

function attach(s: Session | null, id: string, body: object, key?: string) {
  return env.app.inject({
    method: 'POST',
    url: `/api/cases/${id}/callers`,
    headers: { ...(s?.headers ?? {}), ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });
}

const callersOf = (id: string) =>
  env.ownerDb.selectFrom('case_caller').selectAll().where('case_id', '=', id).execute();

describe('POST /api/cases/:id/callers (并入此件)', () => {
  it('401 without a session, 403 for roles that take no calls, 400 for bad input, 404 for no case: nothing written', async () => {
    const id = await openCase();
    expect((await attach(null, id, call())).statusCode).toBe(401);
    expect((await attach(resident, id, call())).statusCode).toBe(403);
    expect((await attach(handler, id, call())).statusCode).toBe(403);
    expect((await attach(operator, id, { ...call(), reporterPhone: '12345' })).statusCode).toBe(400);
    expect((await attach(operator, id, { ...call(), description: '短' })).statusCode).toBe(400);
    expect((await attach(operator, '2026010199999999', call())).statusCode).toBe(404);
    expect(await callersOf(id)).toHaveLength(0);
    expect(sms.sent).toHaveLength(0);
  });

  it('adds the caller to the open case (contact encrypted), records it on the timeline and in the audit log, and tells the caller', async () => {
    const id = await openCase();
    const res = await attach(operator, id, call(), 'attach-1');
    expect(res.statusCode).toBe(201);
    const body = res.json<{ caseId: string; callerId: string; callers: number; informed: boolean }>();
    expect(body).toMatchObject({ caseId: id, callers: 1, informed: true });

    const [row] = await callersOf(id);
    expect(row!.id).toBe(body.callerId);
    expect(row!.phone_enc).not.toContain('13912345678');
    expect(env.pii.decrypt(row!.phone_enc!)).toBe('13912345678');
    expect(env.pii.decrypt(row!.name_enc!)).toBe('王五六');
    expect(row!.phone_hash).toBe(env.pii.blindIndex('13912345678'));

    const detail = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${id}`,
      headers: dispatcher.headers,
    });
    const timeline = detail.json<{ timeline: { action: string; note: string | null }[] }>().timeline;
    expect(timeline.find((e) => e.action === 'attach_call')?.note).toBe(call().description);
    expect(JSON.stringify(timeline)).not.toContain('13912345678');
    const event = await env.ownerDb
      .selectFrom('case_event')
      .select(['data', 'note_visibility'])
      .where('case_id', '=', id)
      .where('action', '=', 'attach_call')
      .executeTakeFirstOrThrow();
    // The contact appears on the record only masked; what the caller said is for staff.
    expect(event.data).toMatchObject({ callerId: body.callerId, phone: '139****5678', name: '王**' });
    expect(event.note_visibility).toBe('internal');

    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['actor_username', 'after'])
      .where('entity', '=', 'case')
      .where('entity_id', '=', id)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.after)).toContainEqual(
      expect.objectContaining({ action: 'attach_call', callerId: body.callerId }),
    );

    const told = sms.sent.filter((s) => s.message.caseId === id);
    expect(told).toHaveLength(1);
    expect(told[0]!.to).toEqual({ kind: 'resident', phone: '13912345678' });
    expect(told[0]!.message).toMatchObject({ kind: 'caller_attached', params: { caseId: id } });
    expect(told[0]!.text).toBe(`【一网】您反映的问题已并入正在办理的诉求 ${id}，办理结果将一并告知。`);

    // The same request again (a retry after a lost answer): the first answer, no second caller, no second SMS.
    const again = await attach(operator, id, call(), 'attach-1');
    expect(again.statusCode).toBe(201);
    expect(again.json<{ callerId: string }>().callerId).toBe(body.callerId);
    expect(await callersOf(id)).toHaveLength(1);
    expect(sms.sent.filter((s) => s.message.caseId === id)).toHaveLength(1);

    // A second caller, anonymous: added, counted, nobody to tell.
    const anon = await attach(dispatcher, id, { ...call(), anonymous: true });
    expect(anon.json()).toMatchObject({ callers: 2, informed: false });
    expect((await callersOf(id)).filter((c) => c.phone_enc === null)).toHaveLength(1);

    // The case's detail lists both callers, masked like the reporter, oldest first.
    const shown = await env.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: operator.headers });
    expect(shown.json<{ callers: unknown[] }>().callers).toEqual([
      expect.objectContaining({
        id: body.callerId,
        name: '王**',
        phone: '139****5678',
        anonymous: false,
        description: call().description,
        informed: true,
      }),
      expect.objectContaining({ name: null, phone: null, anonymous: true, informed: false }),
    ]);
    expect(shown.body).not.toContain('13912345678');
    expect(shown.body).not.toContain('王五六');
  });

  it('409 when the case is no longer open', async () => {
    const id = await openCase();
    await env.ownerDb.updateTable('case').set({ status: 'closed' }).where('id', '=', id).execute();
    expect((await attach(operator, id, call())).statusCode).toBe(409);
    expect(await callersOf(id)).toHaveLength(0);
  });
});

describe('GET /api/cases/:id/routing (the dispatch form follows the category)', () => {
  it('answers the duty list lead for another category at the case’s place; 403 for handlers, 400 for an unknown category', async () => {
    const id = await openCase();
    const answers = await Promise.all(
      categories.map(async (c) => {
        const res = await env.app.inject({
          method: 'GET',
          url: `/api/cases/${id}/routing?categoryCode=${encodeURIComponent(c.code)}`,
          headers: dispatcher.headers,
        });
        expect(res.statusCode).toBe(200);
        return res.json<{ lead: { id: string } | null; source: string }>();
      }),
    );
    // Each category has its own lead by the duty list at the case's place (a water leak is not a noise complaint).
    expect(answers.map((a) => a.lead?.id)).toEqual(categories.map((c) => c.lead));
    expect(answers.map((a) => a.source)).toEqual(['duty', 'duty']);
    const forbidden = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/routing?categoryCode=${categories[0]!.code}`,
      headers: handler.headers,
    });
    expect([403, 404]).toContain(forbidden.statusCode);
    const unknown = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/routing?categoryCode=no.such.category`,
      headers: dispatcher.headers,
    });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('GET /api/public/locate (the report form compares the typed address with the point)', () => {
  it('names the street and community of a point for anyone, no grid; 400 for a point off the map', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/public/locate?lon=${point.lon}&lat=${point.lat}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, { name: string } | null>>();
    const names = await env.ownerDb
      .selectFrom('region')
      .select(['code', 'name'])
      .where('code', 'in', [w.street.code, w.community.code])
      .execute();
    const nameOf = (code: string) => names.find((r) => r.code === code)!.name;
    expect(body.street?.name).toBe(nameOf(w.street.code));
    expect(body.community?.name).toBe(nameOf(w.community.code));
    expect(Object.keys(body).sort()).toEqual(['community', 'street']);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/public/locate?lon=500&lat=1' })).statusCode,
    ).toBe(400);
  });
});
