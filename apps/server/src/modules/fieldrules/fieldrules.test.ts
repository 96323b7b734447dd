import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newRegion, newGrid, newUnit, newUser, pointUnder } from '../../test/factories.ts';
import { newPerson, newTag } from '../../test/basedata-factories.ts';

/*
 * Visit rules and field settings (issue 11: "visit rules per tag and level, configurable"): who reads and who
 * sets them, what an edit changes in a worker's due list, and that every change is audited. The worker, their
 * grid and the tagged person are made here; the demo's administrators are the district's.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
let tagId = '';
const DAY = 86_400_000;

interface Rule {
  tag: string;
  level: string | null;
  every: { unit: string; count: number };
  origin: string;
  source: string;
  default: { every: { unit: string; count: number } } | null;
}
interface Rules {
  rules: Rule[];
  settings: Record<string, number>;
  canEdit: boolean;
}
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;

const call = (who: string, method: string, url: string, payload?: unknown): Promise<Res> =>
  env.app.inject({ method: method as 'GET', url, headers: s[who]!.headers, payload: payload as object });
const rule = (r: Rules, tag: string, level: string | null) =>
  r.rules.find((x) => x.tag === tag && x.level === level);
const stateOf = async () =>
  (await call('worker', 'GET', '/api/field/visits/due'))
    .json<{ items: { tagId: string; state: string }[] }>()
    .items.find((i) => i.tagId === tagId)?.state;

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  const street = await newRegion(o, { level: 'street', name: '规则测试街道' });
  const community = await newRegion(o, { parentCode: street.code, level: 'community' });
  const grid = await newGrid(o, { communityCode: community.code, at: await pointUnder(o, '110117001') });
  const committee = await newUnit(o, { kind: 'community', jurisdictionCode: community.code });
  s.worker = await newUser(env, { username: 'fr_worker', roles: ['grid_worker'], unitId: committee });
  await o.insertInto('grid_worker').values({ grid_code: grid, user_id: s.worker.userId }).execute();
  s.admin = await login(env.app, 'admin');
  s.streetAdmin = await login(env.app, 'street_admin');
  s.lead = await login(env.app, 'street_lead');
  s.supervisor = await login(env.app, 'supervisor');
  // a 特殊困难老人 at the 重点 level (monthly by default), visited 10 days ago and assigned to the worker
  const person = await newPerson(o, env.pii, {
    streetCode: street.code,
    communityCode: community.code,
    gridCode: grid,
  });
  tagId = await newTag(o, person.id, { tag: 'elderly_alone', level: 'key', assignedUserId: s.worker.userId });
  await o
    .updateTable('person_tag')
    .set({ last_visit_at: new Date(Date.now() - 10 * DAY) })
    .where('id', '=', tagId)
    .execute();
}, 240_000);

afterAll(async () => {
  await env?.close();
});

describe('reading the rules', () => {
  it('shows every default with its source; leads and supervisors read, only district administrators edit', async () => {
    const r = await call('admin', 'GET', '/api/field/rules');
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<Rules>();
    expect(body.canEdit).toBe(true);
    expect(rule(body, 'severe_mental', '3')).toMatchObject({
      every: { unit: 'day', count: 14 },
      origin: 'default',
    });
    expect(rule(body, 'community_correction', 'strict')!.source).toContain('社区矫正');
    // levels in their own order, not the alphabet's
    expect(body.rules.filter((r) => r.tag === 'community_correction').map((r) => r.level)).toEqual([
      'strict',
      'ordinary',
      'lenient',
    ]);
    expect(body.settings).toMatchObject({ accuracyThresholdM: 50, trackKeepDays: 30 });
    for (const who of ['lead', 'supervisor']) {
      const res = await call(who, 'GET', '/api/field/rules');
      expect(res.statusCode).toBe(200);
      expect(res.json<Rules>().canEdit).toBe(false);
    }
    expect((await call('worker', 'GET', '/api/field/rules')).statusCode).toBe(403);
    const edit = { tag: 'elderly_alone', level: 'key', every: { unit: 'week', count: 1 } };
    for (const who of ['lead', 'supervisor', 'streetAdmin', 'worker'])
      expect((await call(who, 'PUT', '/api/field/rules', edit)).statusCode).toBe(403);
  });
});

describe('setting a rule', () => {
  it('an edited interval changes the worker’s due list at once; a reset brings the default back', async () => {
    expect(await stateOf()).toBe('upcoming'); // monthly, visited 10 days ago
    const put = await call('admin', 'PUT', '/api/field/rules', {
      tag: 'elderly_alone',
      level: 'key',
      every: { unit: 'week', count: 1 },
      source: '本区关爱办 2026 年通知',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(rule(put.json<Rules>(), 'elderly_alone', 'key')).toMatchObject({
      origin: 'edited',
      every: { unit: 'week', count: 1 },
      default: { every: { unit: 'month', count: 1 } },
    });
    expect(await stateOf()).toBe('overdue'); // weekly now: 10 days is late

    const off = await call('admin', 'PUT', '/api/field/rules', {
      tag: 'elderly_alone',
      level: 'key',
      every: { unit: 'week', count: 1 },
      active: false,
    });
    expect(rule(off.json<Rules>(), 'elderly_alone', 'key')!.origin).toBe('disabled');
    expect(await stateOf()).toBeUndefined(); // not scheduled

    const reset = await call('admin', 'DELETE', '/api/field/rules?tag=elderly_alone&level=key');
    expect(reset.statusCode, reset.body).toBe(200);
    expect(rule(reset.json<Rules>(), 'elderly_alone', 'key')).toMatchObject({
      origin: 'default',
      every: { unit: 'month', count: 1 },
    });
    expect(await stateOf()).toBe('upcoming');
    expect((await call('admin', 'DELETE', '/api/field/rules?tag=elderly_alone&level=key')).statusCode).toBe(
      404,
    );

    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'visit_rule')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', entity_id: 'elderly_alone|key' },
      { action: 'update', entity_id: 'elderly_alone|key' },
      { action: 'delete', entity_id: 'elderly_alone|key' },
    ]);
  });

  it('a rule for a tag without one schedules it; a first visit later than the interval is refused', async () => {
    const added = await call('admin', 'PUT', '/api/field/rules', {
      tag: 'dibao',
      level: null,
      every: { unit: 'month', count: 6 },
    });
    expect(rule(added.json<Rules>(), 'dibao', null)!.origin).toBe('added');
    const bad = await call('admin', 'PUT', '/api/field/rules', {
      tag: 'dibao',
      level: null,
      every: { unit: 'week', count: 2 },
      firstWithin: { unit: 'month', count: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'first_visit_after_interval',
    );
    const unknown = await call('admin', 'PUT', '/api/field/rules', {
      tag: 'no_such_tag',
      level: null,
      every: { unit: 'week', count: 1 },
    });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('field settings', () => {
  it('are set by the administrator, checked, and audited', async () => {
    const next = {
      accuracyThresholdM: 30,
      trackIntervalS: 20,
      trackKeepDays: 14,
      signoffYellowHours: 12,
      signoffRedHours: 36,
    };
    const ok = await call('admin', 'PUT', '/api/field/settings', next);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Rules>().settings).toEqual(next);
    const bad = await call('admin', 'PUT', '/api/field/settings', { ...next, signoffRedHours: 6 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'red_before_yellow',
    );
    expect((await call('lead', 'PUT', '/api/field/settings', next)).statusCode).toBe(403);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'setting')
      .where('entity_id', '=', 'field_settings')
      .execute();
    expect(audit).toEqual([{ action: 'update' }]);
  });
});
