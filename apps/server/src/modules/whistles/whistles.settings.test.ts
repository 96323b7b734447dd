import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { district, newPlace, newStaff, newUnit, type Place, type Staff } from '../../test/factories.ts';
import { whistleApi, type WhistleDetail } from './whistles.fixtures.ts';

const KEYS = ['whistle_report_in_minutes', 'whistle_community_enabled'];

// Two streets of the test's own (test/factories.ts): `home` with its community, `away`; the units to summon and the
// accounts are the test's own too.
let env: TestEnv;
let api: ReturnType<typeof whistleApi>;
let home: Place;
let away: Place;
let admin: Staff;
let streetAdmin: Session;
let lead: Session;
let supervisor: Session;
let cgw: Session;
let resident: Session;
/** a street lead whose jurisdiction is a community of the home street */
let communityLead: Session;
let units: { cgw: string; water: string };
/** the home community's committee */
let committeeId: string;

beforeAll(async () => {
  env = await createTestEnv();
  api = whistleApi(env);
  const { governmentId } = await district(env.ownerDb);
  home = await newPlace(env);
  away = await newPlace(env);
  units = {
    cgw: await newUnit(env.ownerDb, { kind: 'department', name: '测试城管委' }),
    water: await newUnit(env.ownerDb, { kind: 'enterprise', name: '测试自来水公司' }),
  };
  committeeId = home.community.unitId;
  [admin, streetAdmin, lead, supervisor, cgw, resident, communityLead] = await Promise.all([
    newStaff(env, ['admin'], governmentId),
    newStaff(env, ['admin'], home.street.officeId),
    newStaff(env, ['street_lead'], home.street.officeId),
    newStaff(env, ['supervisor'], governmentId),
    newStaff(env, ['handler'], units.cgw),
    newStaff(env, ['resident'], committeeId),
    newStaff(env, ['street_lead'], committeeId),
  ]);
});
afterAll(async () => env.close());

// Every test starts from the defaults: no setting rows.
beforeEach(async () => {
  await env.ownerDb.deleteFrom('setting').where('key', 'in', KEYS).execute();
});

const body = (over: object = {}) => ({
  title: '社区内占道经营，需多部门联合处置',
  kind: 'joint_enforcement',
  unitIds: [units.cgw, units.water],
  ...over,
});

const settingAudits = () =>
  env.ownerDb
    .selectFrom('audit_log')
    .select(['action', 'actor_username', 'entity_id', 'before', 'after'])
    .where('entity', '=', 'setting')
    .where('entity_id', '=', 'whistle')
    .orderBy('id')
    .execute();

const whistlesBy = (s: Session) =>
  env.ownerDb.selectFrom('whistle').select('id').where('opened_by', '=', s.userId).execute();

describe('PUT /api/whistles/settings — refusals first', () => {
  it('401 without a session, 403 without the CSRF token, 403 for anyone but a district or city admin', async () => {
    const ok = { reportInMinutes: 45, communityMayWhistle: true };
    expect((await api.saveSettings(null, ok)).statusCode).toBe(401);
    const noCsrf = await env.app.inject({
      method: 'PUT',
      url: '/api/whistles/settings',
      headers: { cookie: admin.cookie },
      payload: ok,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<{ error: { code: string } }>().error.code).toBe('CSRF_INVALID');
    // a street's admin would change every street's rules: refused like the street lead and the supervisor
    for (const s of [streetAdmin, lead, communityLead, supervisor, cgw]) {
      const res = await api.saveSettings(s, ok);
      expect(res.statusCode).toBe(403);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    }
    expect(await env.ownerDb.selectFrom('setting').select('key').where('key', 'in', KEYS).execute()).toEqual(
      [],
    );
    expect(await settingAudits()).toEqual([]);
  });

  it('400 for malformed bodies: both fields required, minutes a whole number within 5–240', async () => {
    const bad = [
      {},
      { reportInMinutes: 45 },
      { communityMayWhistle: true },
      { reportInMinutes: 4, communityMayWhistle: false },
      { reportInMinutes: 241, communityMayWhistle: false },
      { reportInMinutes: 30.5, communityMayWhistle: false },
      { reportInMinutes: '45', communityMayWhistle: false },
      { reportInMinutes: 45, communityMayWhistle: 'true' },
      { reportInMinutes: 45, communityMayWhistle: null },
    ];
    const before = (await settingAudits()).length;
    for (const b of bad) {
      const res = await api.saveSettings(admin, b);
      expect(res.statusCode, JSON.stringify(b)).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await env.ownerDb.selectFrom('setting').select('key').where('key', 'in', KEYS).execute()).toEqual(
      [],
    );
    expect(await settingAudits()).toHaveLength(before);
  });
});

describe('GET /api/whistles/settings', () => {
  it('401 without a session, 403 for a resident; staff read the defaults, /defaults answers the same', async () => {
    expect((await api.settings(null)).statusCode).toBe(401);
    expect((await api.settings(resident)).statusCode).toBe(403);
    for (const s of [admin, lead, communityLead, supervisor, cgw]) {
      const res = await api.settings(s);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ reportInMinutes: 30, communityMayWhistle: false });
    }
    expect((await api.defaults(lead)).json()).toEqual({ reportInMinutes: 30, communityMayWhistle: false });
  });

  it('an invalid stored value falls back to its default', async () => {
    await env.ownerDb
      .insertInto('setting')
      .values([
        { key: 'whistle_report_in_minutes', value: JSON.stringify(1000) },
        { key: 'whistle_community_enabled', value: JSON.stringify('maybe') },
      ])
      .execute();
    expect((await api.settings(lead)).json()).toEqual({ reportInMinutes: 30, communityMayWhistle: false });
  });
});

describe('changing the whistle settings', () => {
  it('an admin changes both in one write with its audit row; GET reflects it', async () => {
    const before = (await settingAudits()).length;
    const res = await api.saveSettings(admin, { reportInMinutes: 50, communityMayWhistle: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ reportInMinutes: 50, communityMayWhistle: true });
    for (const s of [lead, cgw]) {
      expect((await api.settings(s)).json()).toEqual({ reportInMinutes: 50, communityMayWhistle: true });
    }
    expect((await api.defaults(lead)).json()).toEqual({ reportInMinutes: 50, communityMayWhistle: true });
    const rows = await env.ownerDb
      .selectFrom('setting')
      .select(['key', 'value'])
      .where('key', 'in', KEYS)
      .orderBy('key')
      .execute();
    expect(rows).toEqual([
      { key: 'whistle_community_enabled', value: true },
      { key: 'whistle_report_in_minutes', value: 50 },
    ]);

    // a second write updates the rows in place
    await api.saveSettings(admin, { reportInMinutes: 20, communityMayWhistle: false });
    expect((await api.settings(lead)).json()).toEqual({ reportInMinutes: 20, communityMayWhistle: false });

    const audits = (await settingAudits()).slice(before);
    expect(audits).toEqual([
      {
        action: 'update',
        actor_username: admin.username,
        entity_id: 'whistle',
        before: { whistle_report_in_minutes: 30, whistle_community_enabled: false },
        after: { whistle_report_in_minutes: 50, whistle_community_enabled: true },
      },
      {
        action: 'update',
        actor_username: admin.username,
        entity_id: 'whistle',
        before: { whistle_report_in_minutes: 50, whistle_community_enabled: true },
        after: { whistle_report_in_minutes: 20, whistle_community_enabled: false },
      },
    ]);
  });

  it('a community-level lead is refused while community whistles are off, and nothing is written', async () => {
    const audits = await env.ownerDb.selectFrom('audit_log').select('id').execute();
    const notes = await env.ownerDb.selectFrom('notification').select('id').execute();
    const res = await api.open(communityLead, body());
    expect(res.statusCode).toBe(403);
    const err = res.json<{ error: { code: string; details: { path: string; message: string }[] } }>().error;
    expect(err.code).toBe('FORBIDDEN');
    expect(err.details[0]?.message).toContain('whistle_community_enabled');
    // the same with an Idempotency-Key: the refusal keeps no claim on it
    const headers = { ...communityLead.headers, 'idempotency-key': 'community-whistle-1' };
    const keyed = await env.app.inject({ method: 'POST', url: '/api/whistles', headers, payload: body() });
    expect(keyed.statusCode).toBe(403);
    expect(await whistlesBy(communityLead)).toEqual([]);
    expect(await env.ownerDb.selectFrom('audit_log').select('id').execute()).toHaveLength(audits.length);
    expect(await env.ownerDb.selectFrom('notification').select('id').execute()).toHaveLength(notes.length);
    expect(
      await env.ownerDb
        .selectFrom('idempotency_key')
        .select('key')
        .where('key', '=', 'community-whistle-1')
        .execute(),
    ).toEqual([]);
    // the street's own lead still blows
    expect((await api.open(lead, body())).statusCode).toBe(201);
  });

  it('once enabled, a community-level lead blows for its street with the configured default deadline', async () => {
    expect(
      (await api.saveSettings(admin, { reportInMinutes: 45, communityMayWhistle: true })).statusCode,
    ).toBe(200);
    const headers = { ...communityLead.headers, 'idempotency-key': 'community-whistle-2' };
    const res = await env.app.inject({ method: 'POST', url: '/api/whistles', headers, payload: body() });
    expect(res.statusCode, res.body).toBe(201);
    const w = res.json<WhistleDetail>();
    expect(w).toMatchObject({ status: 'open', reportInMinutes: 45, street: { code: home.street.code } });
    const dueIn = Date.parse(w.reportDueAt) - Date.now();
    expect(dueIn).toBeGreaterThan(44 * 60_000);
    expect(dueIn).toBeLessThanOrEqual(45 * 60_000);
    expect(w.can).toMatchObject({ recordAction: true, void: true });
    // the street's lead sees and manages it too; the community lead lists what it blew
    const seen = await api.get(lead, w.id);
    expect(seen.json<WhistleDetail>().can.void).toBe(true);
    const listed = (await api.list(communityLead)).json<{ items: { id: string }[] }>();
    expect(listed.items.map((i) => i.id)).toEqual([w.id]);
    const acted = await api.action(communityLead, w.id, { actionRecord: '社区干部到场维持秩序' });
    expect(acted.statusCode, acted.body).toBe(200);
    // another street is not the community's to blow for
    expect((await api.open(communityLead, body({ streetCode: away.street.code }))).statusCode).toBe(400);
    // a street lead's whistle without reportInMinutes gets the new default too; an explicit one wins
    const streets = await openBy(lead);
    expect(streets.reportInMinutes).toBe(45);
    expect((await openBy(lead, { reportInMinutes: 15 })).reportInMinutes).toBe(15);
    // the street's other whistles stay outside the community lead's jurisdiction
    expect((await api.get(communityLead, streets.id)).statusCode).toBe(404);

    // switched off again: refused again
    await api.saveSettings(admin, { reportInMinutes: 45, communityMayWhistle: false });
    expect((await api.open(communityLead, body())).statusCode).toBe(403);
    expect(await whistlesBy(communityLead)).toEqual([{ id: w.id }]);
  });
});

describe('a resident account', () => {
  it('sees no whistles, not even one that summons its community committee', async () => {
    const w = await openBy(lead, { unitIds: [units.cgw, committeeId] });
    expect((await api.list(resident)).statusCode).toBe(403);
    expect((await api.get(resident, w.id)).statusCode).toBe(404);
    expect((await api.reportIn(resident, w.id, { lon: 117.12, lat: 40.14 })).statusCode).toBe(404);
    // the committee's staff (the community-level lead) are summoned and see it
    expect((await api.get(communityLead, w.id)).json<WhistleDetail>().can).toMatchObject({ reportIn: true });
  });
});

async function openBy(s: Session, over: object = {}): Promise<WhistleDetail> {
  const res = await api.open(s, body(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<WhistleDetail>();
}
