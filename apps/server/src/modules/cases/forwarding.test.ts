import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  district,
  newCaseCategory,
  newCity,
  newPlace,
  newRegisteredCase,
  newStaff,
  type Place,
  type Staff,
} from '../../test/factories.ts';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';

/**
 * 转派 and 退回上级 across the city's levels: the city centre forwards to a district, the district down to its
 * street, the street sends it back with a reason and the district finds it in its queue with that reason.
 */
let env: TestEnv;
let place: Place;
let pinggu: { code: string; path: string; governmentId: string };
let city: Awaited<ReturnType<typeof newCity>>;
let cityDispatcher: Staff;
let districtDispatcher: Staff;
let otherDistrictDispatcher: Staff;
let streetLead: Staff;
let streetHandler: Staff;
let otherStreetLead: Staff;
let cityOperator: Staff;
let districtOperator: Staff;

beforeAll(async () => {
  env = await createTestEnv();
  const owner = env.ownerDb;
  pinggu = await district(owner);
  city = await newCity(owner);
  place = await newPlace(env);
  const sibling = await newPlace(env);
  [cityDispatcher, districtDispatcher, otherDistrictDispatcher, streetLead, streetHandler, otherStreetLead] =
    await Promise.all([
      newStaff(env, ['dispatcher'], city.centreId),
      newStaff(env, ['dispatcher'], pinggu.governmentId),
      newStaff(env, ['dispatcher'], city.other.governmentId),
      newStaff(env, ['street_lead'], place.street.officeId),
      newStaff(env, ['handler'], place.street.officeId),
      newStaff(env, ['street_lead'], sibling.street.officeId),
    ]);
  [cityOperator, districtOperator] = await Promise.all([
    newStaff(env, ['operator'], city.centreId),
    newStaff(env, ['operator'], pinggu.governmentId),
  ]);
});
afterAll(async () => env.close());

const newCase = () =>
  newRegisteredCase(env.ownerDb, {
    path: place.community.path,
    streetCode: place.street.code,
    districtCode: pinggu.code,
    communityCode: place.community.code,
  });

const post = (by: Session, url: string, payload: object) =>
  env.app.inject({ method: 'POST', url, headers: by.headers, payload });
const get = (by: Session, url: string) => env.app.inject({ method: 'GET', url, headers: by.headers });

async function queueIds(by: Session): Promise<string[]> {
  const res = await get(by, '/api/cases?view=queue&pageSize=100');
  expect(res.statusCode).toBe(200);
  return res.json<{ items: { id: string }[] }>().items.map((c) => c.id);
}

describe('forwarding between desks', () => {
  it('city → district → street, sent back up with a reason: the district sees it in its queue with the reason', async () => {
    const id = await newCase();
    const deskBefore = (await get(cityDispatcher, `/api/cases/${id}/desk`)).json<{
      desk: unknown;
      targets: { unitId: string; level: string }[];
    }>();
    expect(deskBefore.desk).toBeNull();
    expect(deskBefore.targets.map((t) => t.unitId).sort()).toEqual(
      [pinggu.governmentId, place.street.officeId].sort(),
    );

    let res = await post(cityDispatcher, `/api/cases/${id}/forward`, {
      toUnitId: pinggu.governmentId,
      note: '属平谷区，请区分中心派单',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ status: string }>().status).toBe('registered');
    expect(await queueIds(districtDispatcher)).toContain(id);
    expect(await queueIds(cityDispatcher)).not.toContain(id);

    // the city no longer holds it
    res = await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: place.street.officeId });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe(
      'desk_not_at_your_desk',
    );

    res = await post(districtDispatcher, `/api/cases/${id}/forward`, { toUnitId: place.street.officeId });
    expect(res.statusCode).toBe(200);
    expect(await queueIds(districtDispatcher)).not.toContain(id);

    const atStreet = (await get(streetLead, `/api/cases/${id}/desk`)).json<{
      desk: { unitId: string; level: string };
      sendBackTo: { unitId: string } | null;
    }>();
    expect(atStreet.desk).toMatchObject({ unitId: place.street.officeId, level: 'street' });
    expect(atStreet.sendBackTo?.unitId).toBe(pinggu.governmentId);

    res = await post(streetLead, `/api/cases/${id}/send-back`, {
      reason: '该路段属公路分局养护，非本街道职责',
    });
    expect(res.statusCode).toBe(200);
    const detail = res.json<{ status: string; timeline: { action: string; note: string | null }[] }>();
    expect(detail.status).toBe('returned');
    expect(detail.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['forward', 'forward', 'send_back']),
    );

    expect(await queueIds(districtDispatcher)).toContain(id);
    // and hears of it, the reason as the notice's body
    const notice = await env.ownerDb
      .selectFrom('notification')
      .select(['kind', 'params'])
      .where('case_id', '=', id)
      .where('unit_id', '=', pinggu.governmentId)
      .where('kind', '=', 'return_queued')
      .executeTakeFirst();
    expect(notice?.params).toMatchObject({ note: '该路段属公路分局养护，非本街道职责' });
    const seen = (await get(districtDispatcher, `/api/cases/${id}/desk`)).json<{
      desk: { unitId: string };
      lastSentBack: { reason: string; byUnitName: string };
      sendBackTo: { unitId: string } | null;
    }>();
    expect(seen.desk.unitId).toBe(pinggu.governmentId);
    expect(seen.lastSentBack.reason).toBe('该路段属公路分局养护，非本街道职责');
    // sent back up from the district, it goes to the city centre that forwarded it
    expect(seen.sendBackTo?.unitId).toBe(city.centreId);
  });

  it('keeps the deadline clock running: forwarding and sending back leave the due time as it was', async () => {
    const id = await newCase();
    const due = new Date(Date.now() + 5 * 86_400_000);
    await env.ownerDb.updateTable('case').set({ resolve_due_at: due }).where('id', '=', id).execute();
    await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: pinggu.governmentId });
    await post(districtDispatcher, `/api/cases/${id}/send-back`, { reason: '不属本区' });
    const row = await env.ownerDb
      .selectFrom('case')
      .select(['resolve_due_at', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('returned');
    expect(row.resolve_due_at?.getTime()).toBe(due.getTime());
  });

  it('refuses sideways and outside: a street to another street, a district to another district’s case', async () => {
    const id = await newCase();
    await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: place.street.officeId });
    let res = await post(streetLead, `/api/cases/${id}/forward`, {
      toUnitId: city.other.street.officeId,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe('desk_not_below');
    // another street's lead does not even see the case
    res = await post(otherStreetLead, `/api/cases/${id}/send-back`, { reason: '不是我们的' });
    expect(res.statusCode).toBe(404);
    // another district's dispatcher neither
    res = await post(otherDistrictDispatcher, `/api/cases/${id}/forward`, {
      toUnitId: city.other.street.officeId,
    });
    expect(res.statusCode).toBe(404);
    // the city may not forward a Pinggu case to 延庆
    const id2 = await newCase();
    res = await post(cityDispatcher, `/api/cases/${id2}/forward`, { toUnitId: city.other.governmentId });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe(
      'desk_outside_target',
    );
  });

  it('refuses a handler (no desk role), a bad body and the city sending back', async () => {
    const id = await newCase();
    await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: place.street.officeId });
    let res = await post(streetHandler, `/api/cases/${id}/send-back`, { reason: '不归我们' });
    expect(res.statusCode).toBe(403);
    res = await post(streetLead, `/api/cases/${id}/send-back`, { reason: '' });
    expect(res.statusCode).toBe(400);
    const id2 = await newCase();
    res = await post(cityDispatcher, `/api/cases/${id2}/send-back`, { reason: '无处可退' });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe('desk_top');
    const unchanged = await env.ownerDb
      .selectFrom('case_desk')
      .select('desk_unit_id')
      .where('case_id', '=', id2)
      .executeTakeFirst();
    expect(unchanged).toBeUndefined();
  });
});

describe('dispatch respects the desk holding the case', () => {
  const dispatch = (by: Session, id: string, categoryCode: string) =>
    post(by, `/api/cases/${id}/actions/dispatch`, { leadUnitId: place.street.officeId, categoryCode });
  const offered = async (by: Session, id: string) =>
    (await get(by, `/api/cases/${id}`)).json<{ availableActions: string[] }>().availableActions;

  it('the city cannot dispatch what it forwarded down to a district; the district can, and is offered it', async () => {
    const category = await newCaseCategory(env.ownerDb);
    const id = await newCase();
    // never forwarded: the city's dispatchers dispatch as before
    expect(await offered(cityDispatcher, id)).toContain('dispatch');
    await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: pinggu.governmentId });

    expect(await offered(cityDispatcher, id)).not.toContain('dispatch');
    const refused = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/actions/dispatch`,
      headers: { ...cityDispatcher.headers, 'accept-language': 'en-US' },
      payload: { leadUnitId: place.street.officeId, categoryCode: category },
    });
    expect(refused.statusCode).toBe(409);
    const error = refused.json<{ error: { message: string; params: { reason: string } } }>().error;
    expect(error.params.reason).toBe('desk_dispatch_held');
    expect(error.message).toMatch(/The case is at the desk of .+, which dispatches it/);
    const zh = (await dispatch(cityDispatcher, id, category)).json<{ error: { message: string } }>().error;
    expect(zh.message).toMatch(/该诉求已转至.+，由其派单/);
    expect(
      (await env.ownerDb.selectFrom('case').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status,
    ).toBe('registered');

    expect(await offered(districtDispatcher, id)).toContain('dispatch');
    const done = await dispatch(districtDispatcher, id, category);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<{ status: string }>().status).toBe('dispatched');
  });

  it('sent back up, the case is the upper desk’s to dispatch and no longer the district’s', async () => {
    const category = await newCaseCategory(env.ownerDb);
    const id = await newCase();
    await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: pinggu.governmentId });
    expect(
      (await post(districtDispatcher, `/api/cases/${id}/send-back`, { reason: '不属本区' })).statusCode,
    ).toBe(200);
    const refused = await dispatch(districtDispatcher, id, category);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe(
      'desk_dispatch_held',
    );
    const done = await dispatch(cityDispatcher, id, category);
    expect(done.statusCode, done.body).toBe(200);
  });
});

describe('争议件: a case returned twice is the district’s to arbitrate, wherever it was forwarded', () => {
  it('the street holds it and dispatches it; returned twice, the district decides it over the street’s desk', async () => {
    const category = await newCaseCategory(env.ownerDb);
    const id = await newCase();
    const forwarded = await post(districtDispatcher, `/api/cases/${id}/forward`, {
      toUnitId: place.street.officeId,
    });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const dispatch = (by: Session, body: object = {}) =>
      post(by, `/api/cases/${id}/actions/dispatch`, {
        leadUnitId: place.street.officeId,
        categoryCode: category,
        ...body,
      });
    const giveBack = (reason: string) => post(streetHandler, `/api/cases/${id}/actions/return`, { reason });
    expect((await dispatch(streetLead)).statusCode).toBe(200);
    expect((await giveBack('不属于本街道职责')).json<{ status: string }>().status).toBe('returned');
    // returned once, it is still the street's: the district does not dispatch over its head
    expect((await dispatch(districtDispatcher)).statusCode).toBe(409);
    expect((await dispatch(streetLead)).statusCode).toBe(200);
    expect((await giveBack('仍不属于本街道')).json<{ status: string }>().status).toBe('arbitration');
    // in arbitration the district decides, on record; a street beside it does not
    expect((await dispatch(otherStreetLead, { note: '由我街道办理' })).statusCode).not.toBe(200);
    const decided = await dispatch(districtDispatcher, { note: '经区级仲裁，由属地街道主办' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<{ status: string }>().status).toBe('dispatched');
  });
});

describe('every desk-level action respects the desk holding the case', () => {
  const act = (by: Session, id: string, action: string, payload: object, lang = 'zh-CN') =>
    env.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/actions/${action}`,
      headers: { ...by.headers, 'accept-language': lang },
      payload,
    });
  const offered = async (by: Session, id: string) =>
    (await get(by, `/api/cases/${id}`)).json<{ availableActions: string[] }>().availableActions;
  const reasonOf = (res: { json: <T>() => T }) =>
    res.json<{ error: { params: { reason: string } } }>().error.params.reason;
  const statusOf = async (id: string) =>
    (await env.ownerDb.selectFrom('case').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;
  /** A case the district sent back up to the city centre: the city's desk holds it (status returned). */
  const heldByCity = async () => {
    const id = await newCase();
    expect(
      (await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: pinggu.governmentId })).statusCode,
    ).toBe(200);
    expect(
      (await post(districtDispatcher, `/api/cases/${id}/send-back`, { reason: '不属本区' })).statusCode,
    ).toBe(200);
    return id;
  };

  it('a district dispatcher cannot void or merge a case the city desk holds; the city can', async () => {
    const id = await heldByCity();
    const parent = await newCase();
    expect(await offered(districtDispatcher, id)).not.toContain('void');
    expect(await offered(districtDispatcher, id)).not.toContain('merge');
    expect(await offered(cityDispatcher, id)).toEqual(expect.arrayContaining(['void', 'merge', 'dispatch']));

    const voided = await act(districtDispatcher, id, 'void', { reason: '重复来电' }, 'en-US');
    expect(voided.statusCode).toBe(409);
    expect(reasonOf(voided)).toBe('desk_action_held');
    expect(voided.json<{ error: { message: string } }>().error.message).toMatch(
      /The case is at the desk of .+, which takes “void”/,
    );
    const merged = await act(districtDispatcher, id, 'merge', { parentId: parent });
    expect(merged.statusCode).toBe(409);
    expect(reasonOf(merged)).toBe('desk_action_held');
    expect(merged.json<{ error: { message: string } }>().error.message).toMatch(
      /该诉求已转至.+，“并案”由其办理/,
    );
    expect(await statusOf(id)).toBe('returned');

    const byCity = await act(cityDispatcher, id, 'merge', { parentId: parent });
    expect(byCity.statusCode, byCity.body).toBe(200);
    expect(await statusOf(id)).toBe('merged');
    const other = await heldByCity();
    expect((await act(cityDispatcher, other, 'void', { reason: '无效来电' })).statusCode).toBe(200);
    expect(await statusOf(other)).toBe('void');
  });

  it('a district operator cannot close directly a case the city desk holds; the city operator can', async () => {
    const id = await newCase();
    // the city's desk holds the registered case (as a case forwarded to it would be); written as forwarding does
    await env.ownerDb
      .insertInto('case_desk')
      .values({ case_id: id, district_code: pinggu.code, desk_unit_id: city.centreId })
      .execute();
    expect(await offered(districtOperator, id)).not.toContain('close_direct');
    expect(await offered(cityOperator, id)).toContain('close_direct');
    const refused = await act(districtOperator, id, 'close_direct', { answer: '已电话答复政策口径' });
    expect(refused.statusCode).toBe(409);
    expect(reasonOf(refused)).toBe('desk_action_held');
    expect(await statusOf(id)).toBe('registered');
    const done = await act(cityOperator, id, 'close_direct', { answer: '已电话答复政策口径' });
    expect(done.statusCode, done.body).toBe(200);
    expect(await statusOf(id)).toBe('closed');
  });

  it('forwarded down, the city neither voids nor closes it; the district does, and suspends what it dispatched', async () => {
    const category = await newCaseCategory(env.ownerDb);
    const id = await newCase();
    await post(cityDispatcher, `/api/cases/${id}/forward`, { toUnitId: pinggu.governmentId });
    expect(await offered(cityDispatcher, id)).toEqual([]);
    expect(await offered(cityOperator, id)).not.toContain('close_direct');
    expect(reasonOf(await act(cityDispatcher, id, 'void', { reason: '无效' }))).toBe('desk_action_held');
    expect(reasonOf(await act(cityOperator, id, 'close_direct', { answer: '已答复' }))).toBe(
      'desk_action_held',
    );
    expect(await offered(districtDispatcher, id)).toEqual(
      expect.arrayContaining(['dispatch', 'void', 'merge']),
    );
    expect(await offered(districtOperator, id)).toContain('close_direct');

    const dispatched = await act(districtDispatcher, id, 'dispatch', {
      leadUnitId: place.street.officeId,
      categoryCode: category,
    });
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    // the clock of what the district dispatched is the district's; supervision (urge) stays open to the city
    expect(await offered(cityDispatcher, id)).not.toContain('suspend');
    expect(await offered(cityDispatcher, id)).toContain('urge');
    expect(reasonOf(await act(cityDispatcher, id, 'suspend', { reason: '等待鉴定' }))).toBe(
      'desk_action_held',
    );
    expect((await act(cityDispatcher, id, 'urge', { note: '请加快办理' })).statusCode).toBe(200);
    expect(await offered(districtDispatcher, id)).toContain('suspend');
    expect((await act(districtDispatcher, id, 'suspend', { reason: '等待鉴定' })).statusCode).toBe(200);
    expect(await statusOf(id)).toBe('suspended');
  });
});
