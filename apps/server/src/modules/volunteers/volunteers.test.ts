import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_STREET, SECOND_STREET } from '../../demo/users.ts';
import { newHouse, newPerson } from '../../test/basedata-factories.ts';
import { act, intake, newStaff, newUnit, newUser, newWorld, unitOfUser } from '../../test/factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

/*
 * 志愿服务 and social organisations (issue 13): a social organisation takes a case like a department; volunteer
 * records kept by an organisation, read by the community above it and by no other street; sign-up by a verified
 * resident (capacity, overlap), check-in with the code shown at the activity, hours without travel; a certificate
 * issued only by the keeping organisation, printable by the volunteer, verified publicly with the name masked.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
const reason = (r: Res) => r.json<{ error: { params: { reason?: string } } }>().error.params.reason;
function call(who: Session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return env.app.inject({ method, url, payload: payload as object, headers: who?.headers ?? {} });
}
/** 200, or the test fails with what the server answered. */
function ok(r: Res): Res {
  if (r.statusCode !== 200) expect.fail(`${r.statusCode} ${r.body}`);
  return r;
}
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const MIN = 60_000;
const place = { streetCode: DEMO_STREET, communityCode: DEMO_COMMUNITY };

let orgId: string;
let me: { name: string; idNumber: string; id: string };
let other: { name: string; idNumber: string; id: string };
let neighbour: Session;

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['social_org', 'community_lead', 'street_lead2', 'resident', 'supervisor'])
    s[u] = await login(env.app, u);
  orgId = await unitOfUser(env.ownerDb, 'social_org');
  const house = await newHouse(env.ownerDb, place);
  me = await newPerson(env.ownerDb, env.pii, { ...place, name: '马晓东', houseId: house.id });
  other = await newPerson(env.ownerDb, env.pii, { ...place, name: '宋佳怡', houseId: house.id });
  const community = await env.ownerDb
    .selectFrom('unit')
    .select('id')
    .where('jurisdiction_code', '=', DEMO_COMMUNITY)
    .where('kind', '=', 'community')
    .executeTakeFirstOrThrow();
  neighbour = await newUser(env, { username: 'resident_song', roles: ['resident'], unitId: community.id });
}, 120_000);
afterAll(() => env?.close());

describe('a social organisation is a unit that can be assigned work', () => {
  it('appears among the units, takes a dispatched case, signs for it and handles it; another street’s is no target', async () => {
    const w = await newWorld(env);
    const org = await newUnit(env.ownerDb, {
      kind: 'social_org',
      parentId: w.units.community,
      name: '测试社工服务中心',
    });
    const orgHandler = await newStaff(env, ['handler'], org);
    const picker = await call(w.users.dispatcher, 'GET', '/api/units?kind=social_org&pageSize=100');
    ok(picker);
    expect(picker.json<{ items: { id: string }[] }>().items.map((u) => u.id)).toContain(org);

    const c = await intake(env, w.users.operator, {
      requestType: 'complaint',
      categoryCode: w.category,
      description: '独居老人家里没人照看，希望社区社工上门看看',
      reporterName: '张三丰',
      reporterPhone: '13912345678',
      ...w.point,
    });
    const far = await newUnit(env.ownerDb, {
      kind: 'social_org',
      jurisdictionCode: SECOND_STREET,
      parentId: null,
    });
    const refused = await act(env, w.users.dispatcher, c.id, 'dispatch', {
      leadUnitId: far,
      categoryCode: w.category,
    });
    expect(refused.statusCode).toBe(400);
    // the duty list sent it to the street; the street hands it back for the dispatcher to send to the organisation
    ok(await act(env, w.users.handler, c.id, 'return', { reason: '需社会组织上门服务' }));
    const sent = await act(env, w.users.dispatcher, c.id, 'dispatch', {
      leadUnitId: org,
      categoryCode: w.category,
    });
    ok(sent);
    expect(sent.json()).toMatchObject({ status: 'dispatched', leadUnit: { id: org } });
    const seen = await call(orgHandler, 'GET', `/api/cases/${c.id}`);
    expect(seen.json<{ availableActions: string[] }>().availableActions).toContain('accept');
    expect((await act(env, orgHandler, c.id, 'accept', { note: '已签收' })).json()).toMatchObject({
      status: 'in_progress',
    });
    for (const a of seen.json<{ assignments: { role: string; unit: { id: string } }[] }>().assignments)
      if (a.role === 'assist')
        await act(env, orgHandler, c.id, 'release_assist', { reason: '社工已上门，无需协办单位' });
    const reply =
      '您好！您反映的独居老人照看问题已收悉，社工已于今日上门探访并登记为重点关爱对象，如有问题请联系社区服务站，感谢您的支持。';
    const done = await act(env, orgHandler, c.id, 'report', { result: reply });
    ok(done);
    expect(done.json()).toMatchObject({ status: 'reported' });
  });
});

let volunteerId: string;

describe('volunteer records', () => {
  it('the keeping organisation registers a person of the base data; the community reads; another street does not', async () => {
    const bad = await call(s.social_org!, 'POST', '/api/volunteers', {
      unitId: orgId,
      name: '不存在',
      idNumber: '110117198001019999',
    });
    expect(reason(bad)).toBe('volunteer_person_unknown');
    const made = await call(s.social_org!, 'POST', '/api/volunteers', {
      unitId: orgId,
      name: other.name,
      idNumber: other.idNumber,
      skills: ['助老', '急救'],
    });
    ok(made);
    volunteerId = made.json<{ id: string }>().id;
    expect(made.json()).toMatchObject({ nameMasked: '宋**', registeredVia: 'staff', star: 0 });
    expect(JSON.stringify(made.json())).not.toContain(other.name);

    const list = await call(s.community_lead!, 'GET', `/api/volunteers?unitId=${orgId}`);
    ok(list);
    expect(list.json<{ items: { id: string }[] }>().items.map((v) => v.id)).toContain(volunteerId);
    // the community reads the organisation's records but keeps none of them
    const notKeeper = await call(s.community_lead!, 'POST', `/api/volunteers/${volunteerId}/training`, {
      title: '急救培训',
      hours: 4,
      heldOn: '2026-11-20',
    });
    expect(notKeeper.statusCode).toBe(403);
    expect((await call(s.street_lead2!, 'GET', `/api/volunteers?unitId=${orgId}`)).statusCode).toBe(404);
    expect((await call(s.street_lead2!, 'GET', `/api/volunteers/${volunteerId}`)).statusCode).toBe(404);
    expect((await call(s.resident!, 'GET', `/api/volunteers/${volunteerId}`)).statusCode).toBe(403);

    const trained = await call(s.social_org!, 'POST', `/api/volunteers/${volunteerId}/training`, {
      title: '急救培训',
      provider: '区红十字会',
      hours: 4,
      heldOn: '2026-11-20',
    });
    expect(trained.json()).toMatchObject({
      training: [{ title: '急救培训', hours: 4, heldOn: '2026-11-20' }],
    });
    const awarded = await call(s.social_org!, 'POST', `/api/volunteers/${volunteerId}/awards`, {
      title: '优秀志愿者',
      awardedBy: '滨河街道',
      awardedOn: '2026-11-30',
    });
    expect(awarded.json()).toMatchObject({ awards: [{ title: '优秀志愿者' }] });
  });
});

let activityId: string;

describe('activities: sign-up on the phone, check-in with the code, hours without travel', () => {
  it('a verified resident signs up; capacity and overlapping bookings are refused', async () => {
    const created = await call(s.social_org!, 'POST', '/api/volunteers/activities', {
      unitId: orgId,
      title: '重阳节敬老院探访',
      place: '金谷东园社区养老驿站',
      startsAt: iso(30 * MIN),
      endsAt: iso(180 * MIN),
      capacity: 1,
      signupOpensAt: iso(-60 * MIN),
      signupClosesAt: iso(20 * MIN),
    });
    ok(created);
    activityId = created.json<{ id: string }>().id;
    expect((await call(s.street_lead2!, 'GET', `/api/volunteers/activities/${activityId}`)).statusCode).toBe(
      404,
    );

    const unverified = await call(
      s.resident!,
      'POST',
      `/api/my/volunteering/activities/${activityId}/signup`,
    );
    expect(reason(unverified)).toBe('volunteer_not_verified');
    expect(
      (await call(s.resident!, 'POST', '/api/my/verification', { name: me.name, idNumber: me.idNumber }))
        .statusCode,
    ).toBe(200);
    const open = await call(s.resident!, 'GET', '/api/my/volunteering');
    expect(open.json<{ activities: { id: string; mine: unknown }[] }>().activities).toContainEqual(
      expect.objectContaining({ id: activityId, mine: null }),
    );
    const signed = await call(s.resident!, 'POST', `/api/my/volunteering/activities/${activityId}/signup`);
    ok(signed);
    expect(
      signed
        .json<{ activities: { id: string; mine: { status: string } | null }[] }>()
        .activities.find((a) => a.id === activityId)?.mine,
    ).toMatchObject({ status: 'signed' });
    // the organiser hears of it: a notice to the organising unit, with the places taken and no name
    const notices = await env.ownerDb
      .selectFrom('notification')
      .select(['kind', 'params'])
      .where('unit_id', '=', orgId)
      .where('kind', '=', 'volunteer_signup')
      .execute();
    expect(notices).toEqual([
      { kind: 'volunteer_signup', params: { activity: '重阳节敬老院探访', signed: 1, capacity: 1 } },
    ]);
    // the resident's record with the organiser was opened on the way
    const records = await call(s.social_org!, 'GET', '/api/volunteers');
    expect(records.json<{ items: { nameMasked: string; registeredVia: string }[] }>().items).toContainEqual(
      expect.objectContaining({ nameMasked: '马**', registeredVia: 'self' }),
    );
    // the one place is taken: staff cannot sign the other volunteer up
    const full = await call(s.social_org!, 'POST', `/api/volunteers/activities/${activityId}/signups`, {
      volunteerId,
    });
    expect(reason(full)).toBe('volunteer_activity_full');
    // an overlapping activity of the same organisation is refused to the resident
    const overlapping = await call(s.social_org!, 'POST', '/api/volunteers/activities', {
      unitId: orgId,
      title: '社区环境清洁',
      place: '金谷东园社区广场',
      startsAt: iso(120 * MIN),
      endsAt: iso(240 * MIN),
      capacity: 10,
      signupOpensAt: iso(-60 * MIN),
      signupClosesAt: iso(100 * MIN),
    });
    const twice = await call(
      s.resident!,
      'POST',
      `/api/my/volunteering/activities/${overlapping.json<{ id: string }>().id}/signup`,
    );
    expect(reason(twice)).toBe('volunteer_overlap');
    // a neighbour who has not verified against the base data cannot sign up
    const neighbourView = await call(
      neighbour,
      'POST',
      `/api/my/volunteering/activities/${activityId}/signup`,
    );
    expect(reason(neighbourView)).toBe('volunteer_not_verified');
  });

  it('checks in with the code shown at the activity; staff check out; travel and breaks are not counted', async () => {
    const code = await call(s.social_org!, 'POST', `/api/volunteers/activities/${activityId}/code`);
    ok(code);
    const wrong = await call(s.resident!, 'POST', `/api/my/volunteering/activities/${activityId}/check`, {
      code: code.json<{ code: string }>().code === '000000' ? '111111' : '000000',
    });
    expect(reason(wrong)).toBe('volunteer_code_invalid');
    const checkedIn = await call(s.resident!, 'POST', `/api/my/volunteering/activities/${activityId}/check`, {
      code: code.json<{ code: string }>().code,
    });
    expect(checkedIn.json()).toMatchObject({ step: 'in', minutes: null });
    // the volunteer came 30 minutes early; the activity is now running: 2½ hours ago to ½ hour from now
    await env.ownerDb
      .updateTable('volunteer_activity')
      .set({ starts_at: iso(-150 * MIN), ends_at: iso(30 * MIN) })
      .where('id', '=', activityId)
      .execute();
    await env.ownerDb
      .updateTable('volunteer_signup')
      .set({ checked_in_at: iso(-180 * MIN) })
      .where('activity_id', '=', activityId)
      .execute();
    const future = await call(s.social_org!, 'POST', `/api/volunteers/activities/${activityId}/attendance`, {
      volunteerId: (await call(s.social_org!, 'GET', `/api/volunteers/activities/${activityId}`)).json<{
        signups: { volunteerId: string }[];
      }>().signups[0]!.volunteerId,
      step: 'out',
      at: iso(60 * MIN),
    });
    expect(future.statusCode).toBe(400);
    const detail = await call(s.social_org!, 'GET', `/api/volunteers/activities/${activityId}`);
    const mine = detail.json<{ signups: { volunteerId: string }[] }>().signups[0]!.volunteerId;
    const out = await call(s.social_org!, 'POST', `/api/volunteers/activities/${activityId}/attendance`, {
      volunteerId: mine,
      step: 'out',
      breakMinutes: 30,
      travelMinutes: 50,
    });
    ok(out);
    // inside the activity: 150 minutes (the 30 early minutes do not count) − 30 break = 120; travel not added
    expect(out.json<{ signups: { minutes: number; travelMinutes: number }[] }>().signups[0]).toMatchObject({
      minutes: 120,
      travelMinutes: 50,
    });
    const my = await call(s.resident!, 'GET', '/api/my/volunteering');
    expect(my.json()).toMatchObject({ totalHours: 2, star: 0, nextStar: { star: 1, hoursToGo: 98 } });
  });
});

describe('certificates: 谁记录谁证明, verified publicly with the name masked', () => {
  let certId: string;
  let code: string;
  it('only the keeping organisation issues it', async () => {
    const rec = (await call(s.social_org!, 'GET', '/api/volunteers'))
      .json<{
        items: { id: string; nameMasked: string }[];
      }>()
      .items.find((v) => v.nameMasked === '马**')!;
    const day = new Date().toISOString().slice(0, 10);
    const byCommunity = await call(s.community_lead!, 'POST', `/api/volunteers/${rec.id}/certificates`, {
      from: '2026-01-01',
      to: '2027-12-31',
    });
    expect(byCommunity.statusCode).toBe(409);
    expect(reason(byCommunity)).toBe('volunteer_not_keeper');
    expect(
      (await call(s.street_lead2!, 'POST', `/api/volunteers/${rec.id}/certificates`, { from: day, to: day }))
        .statusCode,
    ).toBe(404);
    const issued = await call(s.social_org!, 'POST', `/api/volunteers/${rec.id}/certificates`, {
      from: '2026-01-01',
      to: '2027-12-31',
      by: 'year',
    });
    ok(issued);
    expect(issued.json()).toMatchObject({ totalHours: 2, keeper: { id: orgId } });
    certId = issued.json<{ id: string }>().id;
    code = issued.json<{ code: string }>().code;
  });

  it('the public verification shows the masked name, the organisation and the hours, nothing else', async () => {
    const pub = await call(null, 'GET', `/api/public/volunteers/certificates/${code.toLowerCase()}`);
    ok(pub);
    expect(Object.keys(pub.json()).sort()).toEqual(
      [
        'code',
        'issuedAt',
        'nameMasked',
        'organisation',
        'periodFrom',
        'periodTo',
        'periods',
        'totalHours',
      ].sort(),
    );
    expect(pub.json()).toMatchObject({
      nameMasked: '马**',
      organisation: '金谷东园社区志愿服务队',
      totalHours: 2,
    });
    expect(pub.body).not.toContain(me.name);
    expect(pub.body).not.toContain(me.idNumber);
    expect((await call(null, 'GET', '/api/public/volunteers/certificates/AAAA-BBBB-CCCC')).statusCode).toBe(
      404,
    );
  });

  it('the printable certificate carries the full name for the volunteer and the keeper, audited; not for others', async () => {
    const own = await call(s.resident!, 'GET', `/api/volunteers/certificates/${certId}`);
    ok(own);
    expect(own.json()).toMatchObject({ name: me.name, code, totalHours: 2 });
    expect((await call(s.social_org!, 'GET', `/api/volunteers/certificates/${certId}`)).statusCode).toBe(200);
    expect((await call(neighbour, 'GET', `/api/volunteers/certificates/${certId}`)).statusCode).toBe(404);
    expect((await call(s.street_lead2!, 'GET', `/api/volunteers/certificates/${certId}`)).statusCode).toBe(
      404,
    );
    const audits = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'volunteer_certificate')
      .where('entity_id', '=', certId)
      .where('action', '=', 'view_pii')
      .execute();
    expect(audits.length).toBe(2);
  });
});

describe('the organiser cancels an activity', () => {
  it('with a reason: signed-up volunteers are notified, it shows as cancelled, takes no sign-ups, and not twice', async () => {
    const created = await call(s.social_org!, 'POST', '/api/volunteers/activities', {
      unitId: orgId,
      title: '冬季社区义诊',
      place: '金谷东园社区卫生站',
      startsAt: iso(3 * 24 * 60 * MIN),
      endsAt: iso(3 * 24 * 60 * MIN + 120 * MIN),
      capacity: 5,
      signupOpensAt: iso(-60 * MIN),
      signupClosesAt: iso(2 * 24 * 60 * MIN),
    });
    ok(created);
    const id = created.json<{ id: string }>().id;
    // the verified resident signs up on the phone; staff sign up a volunteer who has no account
    ok(await call(s.resident!, 'POST', `/api/my/volunteering/activities/${id}/signup`));
    ok(await call(s.social_org!, 'POST', `/api/volunteers/activities/${id}/signups`, { volunteerId }));

    // only the organiser's staff: another street does not see it, the community above reads but cannot cancel
    const body = { reason: '天气预报有暴雪，改期另行通知' };
    expect(
      (await call(s.street_lead2!, 'POST', `/api/volunteers/activities/${id}/cancel`, body)).statusCode,
    ).toBe(404);
    expect(
      (await call(s.community_lead!, 'POST', `/api/volunteers/activities/${id}/cancel`, body)).statusCode,
    ).toBe(403);
    expect(
      (await call(s.social_org!, 'POST', `/api/volunteers/activities/${id}/cancel`, { reason: '' }))
        .statusCode,
    ).toBe(400);

    const cancelled = ok(await call(s.social_org!, 'POST', `/api/volunteers/activities/${id}/cancel`, body));
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: body.reason });
    expect(cancelled.json<{ cancelledAt: string | null }>().cancelledAt).not.toBeNull();
    const done = cancelled.json<{ startsAt: string; organiser: { name: string } }>();

    // the resident signed up hears of it, with the reason; the organiser's unit gets nothing of this kind
    const notices = await env.ownerDb
      .selectFrom('notification')
      .select(['user_id', 'unit_id', 'params'])
      .where('kind', '=', 'volunteer_activity_cancelled')
      .execute();
    expect(notices).toEqual([
      {
        user_id: s.resident!.userId,
        unit_id: null,
        params: {
          activity: '冬季社区义诊',
          at: new Date(done.startsAt).toISOString(),
          organiser: done.organiser.name,
          reason: body.reason,
        },
      },
    ]);
    const inbox = await call(s.resident!, 'GET', '/api/notifications');
    expect(inbox.body).toContain('【活动取消】冬季社区义诊');

    // the resident's page shows it as cancelled with the reason
    const mine = await call(s.resident!, 'GET', '/api/my/volunteering');
    expect(mine.json<{ activities: { id: string }[] }>().activities).toContainEqual(
      expect.objectContaining({ id, status: 'cancelled', cancelReason: body.reason }),
    );
    // the staff list too
    const list = await call(s.social_org!, 'GET', '/api/volunteers/activities');
    expect(list.json<{ items: { id: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id, status: 'cancelled', cancelReason: body.reason }),
    );

    // no sign-ups any more; cancelling twice is a clear 409
    ok(await call(s.resident!, 'POST', `/api/my/volunteering/activities/${id}/cancel`));
    const again = await call(s.resident!, 'POST', `/api/my/volunteering/activities/${id}/signup`);
    expect(again.statusCode).toBe(409);
    expect(reason(again)).toBe('volunteer_activity_cancelled');
    const twice = await call(s.social_org!, 'POST', `/api/volunteers/activities/${id}/cancel`, body);
    expect(twice.statusCode).toBe(409);
    expect(reason(twice)).toBe('volunteer_activity_cancelled');
  });

  it('an activity that has ended cannot be cancelled', async () => {
    const past = await call(s.social_org!, 'POST', '/api/volunteers/activities', {
      unitId: orgId,
      title: '楼道杂物清理',
      place: '金谷东园社区3号楼',
      startsAt: iso(-180 * MIN),
      endsAt: iso(-60 * MIN),
      capacity: 5,
      signupOpensAt: iso(-300 * MIN),
      signupClosesAt: iso(-200 * MIN),
    });
    ok(past);
    const r = await call(
      s.social_org!,
      'POST',
      `/api/volunteers/activities/${past.json<{ id: string }>().id}/cancel`,
      {
        reason: '误建的活动',
      },
    );
    expect(r.statusCode).toBe(409);
    expect(reason(r)).toBe('volunteer_activity_ended');
  });
});
