import { residentIdCheckChar } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_STREET, SECOND_STREET } from '../../demo/users.ts';
import { newHouse, newPerson, newResidentId, newTag } from '../../test/basedata-factories.ts';
import { unitOfUser } from '../../test/factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
const s: Record<string, Session> = {};
let gwGrid: string;
let otherGrid: string;
let secondCommunity: string;
let units: { sfj: string; mzj: string; cl: string };
let a: { id: string; idNumber: string };
let b: { id: string; idNumber: string };
let c: { id: string; idNumber: string };
let houseA: { id: string };
let houseB: { id: string };

const here = () => ({ streetCode: DEMO_STREET, communityCode: DEMO_COMMUNITY });

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of [
    'street_lead',
    'street_lead2',
    'grid_worker',
    'operator',
    'sfj_handler',
    'mzj_handler',
    'cl_handler',
    'admin',
  ])
    s[u] = await login(env.app, u);
  const grids = await env.ownerDb
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .select('w.grid_code')
    .where('u.username', '=', 'grid_worker')
    .orderBy('w.grid_code')
    .execute();
  gwGrid = grids[0]!.grid_code;
  otherGrid = (
    await env.ownerDb
      .selectFrom('grid')
      .select('code')
      .where('community_code', '=', DEMO_COMMUNITY)
      .where(
        'code',
        'not in',
        grids.map((g) => g.grid_code),
      )
      .executeTakeFirstOrThrow()
  ).code;
  secondCommunity = (
    await env.ownerDb
      .selectFrom('region')
      .select('code')
      .where('parent_code', '=', SECOND_STREET)
      .executeTakeFirstOrThrow()
  ).code;
  units = {
    sfj: await unitOfUser(env.ownerDb, 'sfj_handler'),
    mzj: await unitOfUser(env.ownerDb, 'mzj_handler'),
    cl: await unitOfUser(env.ownerDb, 'cl_handler'),
  };
  houseA = await newHouse(env.ownerDb, { ...here(), gridCode: gwGrid });
  houseB = await newHouse(env.ownerDb, { ...here(), gridCode: otherGrid });
  a = await newPerson(env.ownerDb, env.pii, {
    ...here(),
    gridCode: gwGrid,
    houseId: houseA.id,
    name: '王建国',
    phone: '13912345678',
  });
  b = await newPerson(env.ownerDb, env.pii, { ...here(), gridCode: otherGrid, name: '李秀英' });
  c = await newPerson(env.ownerDb, env.pii, {
    streetCode: SECOND_STREET,
    communityCode: secondCommunity,
    name: '赵四',
  });
  await newTag(env.ownerDb, a.id, {
    tag: 'community_correction',
    responsibleUnitId: units.sfj,
    level: 'strict',
  });
  await newTag(env.ownerDb, a.id, { tag: 'dibao', responsibleUnitId: units.mzj });
});
afterAll(async () => env.close());

const get = (who: string, url: string) => env.app.inject({ method: 'GET', url, headers: s[who]!.headers });
const send = (who: string, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown) =>
  env.app.inject({ method, url, headers: s[who]!.headers, payload: payload as object });
const lookup = async (who: string, idNumber: string) => {
  const r = await send(who, 'POST', '/api/basedata/persons/lookup', { idNumber });
  expect(r.statusCode).toBe(200);
  return r.json<{ items: { id: string; name: string; idNumber: string }[] }>().items.map((i) => i.id);
};
const auditRows = (actor: string, entityId?: string) =>
  env.ownerDb
    .selectFrom('audit_log as l')
    .innerJoin('app_user as u', 'u.id', 'l.actor_id')
    .select(['l.action', 'l.entity', 'l.after'])
    .where('u.username', '=', actor)
    .where('l.action', '=', 'view_pii')
    .$if(!!entityId, (q) => q.where('l.entity_id', '=', entityId!))
    .execute();

describe('persons: jurisdiction', () => {
  it('a street user finds a person of the street by ID number; another street does not', async () => {
    expect(await lookup('street_lead', a.idNumber)).toEqual([a.id]);
    expect(await lookup('street_lead2', a.idNumber)).toEqual([]);
    expect(await lookup('street_lead2', c.idNumber)).toEqual([c.id]);
    expect((await get('street_lead2', `/api/basedata/persons/${a.id}`)).statusCode).toBe(404);
    const detail = (await get('street_lead', `/api/basedata/persons/${a.id}`)).json<{
      name: string;
      idNumber: string;
      phone: string;
      views: Record<string, string>;
      residences: { houseId: string }[];
    }>();
    // P1 in full for street staff, the ID number (P2) masked until revealed.
    expect(detail.name).toBe('王建国');
    expect(detail.phone).toBe('13912345678');
    expect(detail.idNumber).toBe(`${a.idNumber.slice(0, 4)}**********${a.idNumber.slice(-4)}`);
    expect(detail.views.idNumber).toBe('revealable');
    expect(detail.residences.map((r) => r.houseId)).toEqual([houseA.id]);
  });

  it('a department sees the persons of its tags only, not the population (404 for the rest)', async () => {
    expect(await lookup('sfj_handler', a.idNumber)).toEqual([a.id]);
    expect(await lookup('cl_handler', a.idNumber)).toEqual([]);
    expect((await get('cl_handler', `/api/basedata/persons/${a.id}`)).statusCode).toBe(404);
    expect((await get('sfj_handler', `/api/basedata/persons/${b.id}`)).statusCode).toBe(404);
    const list = (await get('mzj_handler', '/api/basedata/persons?pageSize=200')).json<{
      items: { id: string }[];
    }>();
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(b.id);
    const tagged = await env.ownerDb
      .selectFrom('person_tag')
      .select('person_id')
      .where('responsible_unit_id', '=', units.mzj)
      .execute();
    const mine = new Set(tagged.map((t) => t.person_id));
    expect(ids.every((id) => mine.has(id))).toBe(true);
  });

  it('a grid worker sees the persons of their grids, not another grid of the same community', async () => {
    expect((await get('grid_worker', `/api/basedata/persons/${a.id}`)).statusCode).toBe(200);
    expect((await get('grid_worker', `/api/basedata/persons/${b.id}`)).statusCode).toBe(404);
    expect(await lookup('grid_worker', b.idNumber)).toEqual([]);
    expect(await lookup('street_lead', b.idNumber)).toEqual([b.id]);
  });

  it('lists are masked; the administrators (三权分立) and the resident see no one', async () => {
    const r = (
      await get('street_lead', `/api/basedata/persons?communityCode=${DEMO_COMMUNITY}&pageSize=200`)
    ).json<{
      items: { id: string; name: string; idNumber: string; phone: string | null; gridName: string | null }[];
    }>();
    const row = r.items.find((i) => i.id === a.id)!;
    expect(row.name).toBe('王**');
    // the grid by its name, as the list shows it (not its code)
    const grid = await env.ownerDb
      .selectFrom('grid')
      .select('name')
      .where('code', '=', gwGrid)
      .executeTakeFirstOrThrow();
    expect(row.gridName).toBe(grid.name);
    expect(row.idNumber).toContain('****');
    expect(row.phone).toBe('139****5678');
    expect(await lookup('admin', a.idNumber)).toEqual([]);
    expect((await get('admin', `/api/basedata/persons/${a.id}`)).statusCode).toBe(404);
    const res = await login(env.app, 'resident');
    const rr = await env.app.inject({
      method: 'GET',
      url: `/api/basedata/persons/${a.id}`,
      headers: res.headers,
    });
    expect(rr.statusCode).toBe(403);
  });
});

describe('privacy classes P2/P3', () => {
  type Tag = { class: string; tag: string | null; view: string };
  it('P3 is hidden from the wrong department; the right one sees it revealable, and the reveal is audited', async () => {
    const mzj = (await get('mzj_handler', `/api/basedata/persons/${a.id}`)).json<{ tags: Tag[] }>();
    expect(mzj.tags.map((t) => [t.class, t.tag, t.view])).toEqual([['P2', null, 'revealable']]);
    const sfj = (await get('sfj_handler', `/api/basedata/persons/${a.id}`)).json<{ tags: Tag[] }>();
    expect(sfj.tags.map((t) => [t.class, t.tag, t.view])).toEqual([['P3', null, 'revealable']]);
    // a street user sees that a care group exists (revealable) but nothing of the restricted tag
    const street = (await get('street_lead', `/api/basedata/persons/${a.id}`)).json<{ tags: Tag[] }>();
    expect(street.tags.map((t) => [t.class, t.view])).toEqual([['P2', 'revealable']]);

    const noReason = await send('sfj_handler', 'POST', `/api/basedata/persons/${a.id}/reveal`, {
      fields: ['tags'],
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const before = (await auditRows('sfj_handler', a.id)).length;
    const revealed = await send('sfj_handler', 'POST', `/api/basedata/persons/${a.id}/reveal`, {
      fields: ['tags', 'idNumber'],
      reason: '矫正走访',
    });
    expect(revealed.statusCode).toBe(200);
    const body = revealed.json<{ idNumber: string; tags: (Tag & { level: string })[] }>();
    expect(body.idNumber).toBe(a.idNumber);
    expect(body.tags.map((t) => [t.tag, t.level])).toEqual([['community_correction', 'strict']]);
    const audit = await auditRows('sfj_handler', a.id);
    expect(audit.length).toBe(before + 1);
    expect(audit.at(-1)!.after).toMatchObject({ tags: ['community_correction'], reason: '矫正走访' });

    const mzjReveal = await send('mzj_handler', 'POST', `/api/basedata/persons/${a.id}/reveal`, {
      fields: ['tags'],
      reason: '低保复核',
    });
    expect(mzjReveal.json<{ tags: Tag[] }>().tags.map((t) => t.tag)).toEqual(['dibao']);
    const wrong = await send('cl_handler', 'POST', `/api/basedata/persons/${a.id}/reveal`, {
      fields: ['tags'],
      reason: '查看',
    });
    expect(wrong.statusCode).toBe(404);
  });

  it('an operator sees P1 and P2 masked and may not reveal them', async () => {
    // the operator sits at the district centre: the person is in the jurisdiction, masked by role
    const d = (await get('operator', `/api/basedata/persons/${a.id}`)).json<{
      name: string;
      views: Record<string, string>;
    }>();
    expect(d.name).toBe('王**');
    expect(d.views.idNumber).toBe('masked');
    const r = await send('operator', 'POST', `/api/basedata/persons/${a.id}/reveal`, {
      fields: ['idNumber'],
      reason: '核对来电人',
    });
    expect(r.statusCode).toBe(403);
  });

  it('listing a department by its tag is audited, and shows the tag', async () => {
    const before = (await auditRows('mzj_handler')).length;
    const r = (await get('mzj_handler', '/api/basedata/persons?tag=dibao&pageSize=200')).json<{
      items: { id: string; tags: { tag: string | null }[] }[];
    }>();
    expect(r.items.find((i) => i.id === a.id)!.tags.map((t) => t.tag)).toEqual(['dibao']);
    expect((await auditRows('mzj_handler')).length).toBe(before + 1);
    // 民政局 cannot list 社区矫正 at all
    const cc = (await get('mzj_handler', '/api/basedata/persons?tag=community_correction')).json<{
      total: number;
    }>();
    expect(cc.total).toBe(0);
  });

  it('the assigned grid worker sees a person outside their grids', async () => {
    const gw = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'grid_worker')
      .executeTakeFirstOrThrow();
    await newTag(env.ownerDb, c.id, { tag: 'severe_mental', assignedUserId: gw.id, level: '2' });
    const d = await get('grid_worker', `/api/basedata/persons/${c.id}`);
    expect(d.statusCode).toBe(200);
    expect(d.json<{ tags: Tag[] }>().tags.map((t) => [t.class, t.view])).toEqual([['P3', 'revealable']]);
  });
});

describe('create, de-duplicate, version, move, verify', () => {
  it('creates with a checked ID number; the same ID again answers 409 with the existing id', async () => {
    const id = newResidentId('19900315');
    const ok = await send('street_lead', 'POST', '/api/basedata/persons', {
      name: '陈小明',
      idNumber: id,
      phone: '13800001111',
      communityCode: DEMO_COMMUNITY,
      gridCode: gwGrid,
    });
    expect(ok.statusCode).toBe(201);
    const created = ok.json<{ id: string; version: number }>();
    expect(created.version).toBe(1);
    const again = await send('grid_worker', 'POST', '/api/basedata/persons', {
      name: '陈晓明',
      idNumber: id.toLowerCase(),
      communityCode: DEMO_COMMUNITY,
      gridCode: gwGrid,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { params: { id: string; reason: string } } }>().error.params).toMatchObject({
      id: created.id,
      reason: 'person_exists',
    });
    const first17 = '11011719900315001';
    const wrongCheck = first17 + (residentIdCheckChar(first17) === '1' ? '2' : '1');
    const bad = await send('street_lead', 'POST', '/api/basedata/persons', {
      name: '错号',
      idNumber: wrongCheck,
      communityCode: DEMO_COMMUNITY,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'id_check_digit',
    );
    const badDate = await send('street_lead', 'POST', '/api/basedata/persons', {
      name: '错号',
      idNumber: '11011719900230' + '0011',
      communityCode: DEMO_COMMUNITY,
    });
    expect(badDate.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'id_birth_date',
    );
    // writing is for staff who see the place's P1 in full
    const op = await send('operator', 'POST', '/api/basedata/persons', {
      name: '话务',
      idNumber: newResidentId(),
      communityCode: DEMO_COMMUNITY,
    });
    expect(op.statusCode).toBe(403);
    const other = await send('street_lead2', 'POST', '/api/basedata/persons', {
      name: '外街',
      idNumber: newResidentId(),
      communityCode: DEMO_COMMUNITY,
    });
    expect(other.statusCode).toBe(403);
  });

  it('every change bumps the version and writes base_change; a stale version answers 409', async () => {
    const p = await newPerson(env.ownerDb, env.pii, { ...here(), gridCode: gwGrid, name: '孙二' });
    const one = await send('street_lead', 'PATCH', `/api/basedata/persons/${p.id}`, {
      version: 1,
      phone: '13700002222',
      ethnicity: '回族',
    });
    expect(one.statusCode).toBe(200);
    expect(one.json<{ version: number }>().version).toBe(2);
    const stale = await send('grid_worker', 'PATCH', `/api/basedata/persons/${p.id}`, {
      version: 1,
      ethnicity: '回族',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe('stale_version');
    const changes = await env.ownerDb
      .selectFrom('base_change')
      .selectAll()
      .where('entity', '=', 'person')
      .where('entity_id', '=', p.id)
      .execute();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.version).toBe(2);
    // in the person's district (docs/distribution.md)
    expect(changes[0]!.district_code).toBe('110117000000');
    expect(Object.keys(changes[0]!.after as object).sort()).toEqual(['ethnicity', 'phone_enc', 'phone_hash']);
    const history = (await get('street_lead', `/api/basedata/persons/${p.id}/history`)).json<{
      items: { version: number; actor: string; fields: string[]; after: Record<string, unknown> }[];
    }>();
    expect(history.items[0]).toMatchObject({ version: 2, actor: '刘海燕', after: { ethnicity: '回族' } });
    expect(history.items[0]!.fields.sort()).toEqual(['ethnicity', 'phone']);
    expect(JSON.stringify(history)).not.toContain('v2.');
    const verified = await send('grid_worker', 'POST', `/api/basedata/persons/${p.id}/verify`, {
      version: 2,
    });
    expect(verified.statusCode).toBe(200);
    const d = (await get('grid_worker', `/api/basedata/persons/${p.id}`)).json<{
      sourceState: string;
      stateBy: string;
      version: number;
    }>();
    expect(d).toMatchObject({ sourceState: 'verified', stateBy: '郑秀梅', version: 3 });
  });

  it('a person who moves is moved, not duplicated: the residence ends, a new one begins, the place follows', async () => {
    const p = await newPerson(env.ownerDb, env.pii, { ...here(), gridCode: gwGrid, houseId: houseA.id });
    const moved = await send('street_lead', 'POST', `/api/basedata/persons/${p.id}/move`, {
      version: 1,
      houseId: houseB.id,
      populationType: 'floating',
      movedOn: '2026-12-01',
    });
    expect(moved.statusCode).toBe(200);
    const d = (await get('street_lead', `/api/basedata/persons/${p.id}`)).json<{
      gridCode: string;
      residences: { houseId: string; movedOut: string | null; populationType: string }[];
    }>();
    expect(d.gridCode).toBe(otherGrid);
    expect(d.residences.map((r) => [r.houseId, r.movedOut, r.populationType])).toEqual([
      [houseB.id, null, 'floating'],
      [houseA.id, '2026-12-01', 'registered'],
    ]);
    const rows = await env.ownerDb
      .selectFrom('person')
      .select('id')
      .where('id_hash', '=', env.pii.blindIndex(p.idNumber))
      .execute();
    expect(rows).toHaveLength(1);
    // out of the grid worker's grids now
    expect((await get('grid_worker', `/api/basedata/persons/${p.id}`)).statusCode).toBe(404);
  });

  it('tags: level checked against TAG_LEVELS, ended with a version', async () => {
    const badLevel = await send('street_lead', 'POST', `/api/basedata/persons/${b.id}/tags`, {
      tag: 'disabled',
      level: '7',
      responsibleUnitId: units.cl,
    });
    expect(badLevel.statusCode).toBe(400);
    const t = await send('street_lead', 'POST', `/api/basedata/persons/${b.id}/tags`, {
      tag: 'disabled',
      level: '2',
      responsibleUnitId: units.cl,
    });
    expect(t.statusCode).toBe(201);
    expect((await get('cl_handler', `/api/basedata/persons/${b.id}`)).statusCode).toBe(200);
    const tagId = t.json<{ id: string }>().id;
    const ended = await send('street_lead', 'PATCH', `/api/basedata/tags/${tagId}`, {
      version: 1,
      endedOn: '2026-12-01',
    });
    expect(ended.statusCode).toBe(200);
    // an ended tag no longer opens the person to the department
    expect((await get('cl_handler', `/api/basedata/persons/${b.id}`)).statusCode).toBe(404);
  });
});

describe('houses, rentals, organisations', () => {
  it('house and rental are versioned and seen by the jurisdiction only', async () => {
    const rent = await send('grid_worker', 'PUT', `/api/basedata/houses/${houseA.id}/rental`, {
      use: 'housing',
      rooms: 3,
      occupantLimit: 6,
      occupantActual: 8,
      hazard: 'general',
      managementClass: 'B',
    });
    expect(rent.statusCode).toBe(200);
    const again = await send('grid_worker', 'PUT', `/api/basedata/houses/${houseA.id}/rental`, {
      version: 1,
      use: 'housing',
      hazard: 'serious',
    });
    expect(again.json<{ version: number }>().version).toBe(2);
    const h = (await get('grid_worker', `/api/basedata/houses/${houseA.id}`)).json<{
      residents: number;
      rental: { hazard: string; occupantActual: number };
    }>();
    expect(h.rental).toMatchObject({ hazard: 'serious', occupantActual: 8 });
    expect(h.residents).toBeGreaterThanOrEqual(1);
    expect((await get('grid_worker', `/api/basedata/houses/${houseB.id}`)).statusCode).toBe(404);
    expect((await get('sfj_handler', `/api/basedata/houses/${houseA.id}`)).statusCode).toBe(404);
    const list = (await get('street_lead', `/api/basedata/houses?rental=true&hazard=serious`)).json<{
      items: { id: string }[];
    }>();
    expect(list.items.map((i) => i.id)).toContain(houseA.id);
    const upd = await send('street_lead', 'PATCH', `/api/basedata/houses/${houseA.id}`, {
      version: 1,
      dangerous: true,
    });
    expect(upd.json<{ version: number }>().version).toBe(2);
  });

  it('an organisation: public part to all staff, its people to the jurisdiction; hazards and rectification', async () => {
    const o = await send('street_lead', 'POST', '/api/basedata/organisations', {
      kind: 'place',
      typeCode: 'catering',
      name: '滨河小吃店',
      creditCode: '91110117MA01ABCD1X',
      legalRepId: a.id,
      communityCode: DEMO_COMMUNITY,
      gridCode: gwGrid,
      keyFire: true,
    });
    expect(o.statusCode).toBe(201);
    const id = o.json<{ id: string }>().id;
    const dup = await send('street_lead', 'POST', '/api/basedata/organisations', {
      kind: 'unit',
      typeCode: 'x',
      name: '重复',
      creditCode: '91110117MA01ABCD1X',
      communityCode: DEMO_COMMUNITY,
    });
    expect(dup.statusCode).toBe(409);
    const hz = await send('grid_worker', 'POST', `/api/basedata/organisations/${id}/hazards`, {
      foundOn: '2026-12-01',
      description: '灭火器过期',
      level: 'general',
      rectifyBy: '2026-12-10',
    });
    expect(hz.statusCode).toBe(201);
    await send('grid_worker', 'POST', `/api/basedata/organisations/${id}/employees`, {
      personId: a.id,
      position: '厨师',
    });
    const seen = (await get('street_lead', `/api/basedata/organisations/${id}`)).json<{
      legalRep: { name: string } | null;
      openHazards: number;
      employees: unknown[];
    }>();
    expect(seen.openHazards).toBe(1);
    expect(seen.legalRep?.name).toBe('王**');
    expect(seen.employees).toHaveLength(1);
    const dept = (await get('cl_handler', `/api/basedata/organisations/${id}`)).json<{
      name: string;
      legalRep: unknown;
      employees: unknown[];
    }>();
    expect(dept.name).toBe('滨河小吃店');
    expect(dept.legalRep).toBeNull();
    expect(dept.employees).toEqual([]);
    const hazardId = hz.json<{ id: string }>().id;
    const fixed = await send(
      'grid_worker',
      'PATCH',
      `/api/basedata/organisations/${id}/hazards/${hazardId}`,
      {
        rectifiedOn: '2026-12-05',
        rectification: '已更换',
      },
    );
    expect(fixed.statusCode).toBe(200);
    const keyUnits = (
      await get(
        'street_lead',
        `/api/basedata/organisations?keyUnit=true&openHazards=false&q=${encodeURIComponent('滨河小吃店')}`,
      )
    ).json<{
      items: { id: string; openHazards: number }[];
    }>();
    expect(keyUnits.items.find((i) => i.id === id)?.openHazards).toBe(0);
  });
});

describe('import of a population list', () => {
  async function upload(who: string, name: string, data: string) {
    const form = new FormData();
    form.append('file', new Blob([data]), name);
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    return env.app.inject({
      method: 'POST',
      url: '/api/basedata/import/persons',
      headers: { ...s[who]!.headers, 'content-type': request.headers.get('content-type') ?? '' },
      payload: Buffer.from(await request.arrayBuffer()),
    });
  }
  const header = '姓名*,公民身份号码*,性别,联系电话,人口类型*,社区代码*,网格编码';

  it('a file with bad rows imports nothing and lists every row error', async () => {
    const count = async () =>
      Number(
        (
          await env.ownerDb
            .selectFrom('person')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const good = newResidentId('19700101');
    const csv = [
      header,
      `周一,${good},,,户籍,${DEMO_COMMUNITY},`,
      `周二,110117197001010019,,,户籍,${DEMO_COMMUNITY},`,
      `周三,${newResidentId('19700102')},,,火星,${DEMO_COMMUNITY},`,
      `周四,${good},,,流动,${DEMO_COMMUNITY},`,
      `,${newResidentId('19700103')},,,户籍,${secondCommunity},`,
    ].join('\n');
    const r = await upload('street_lead', 'list.csv', csv);
    expect(r.statusCode).toBe(422);
    const details = r.json<{
      error: { details: { row: number; column: string; key: string; message: string }[] };
    }>().error.details;
    const sorted = details.map((d) => [d.row, d.column, d.key]);
    expect(sorted).toEqual(
      expect.arrayContaining([
        [4, 'populationType', 'unknown_code'],
        [5, 'idNumber', 'id_twice_in_file'],
        [6, 'name', 'required'],
        [6, 'communityCode', 'unknown_code'],
      ]),
    );
    expect(details.find((d) => d.row === 3)!.key).toMatch(/^id_/);
    expect(details.find((d) => d.row === 5)!.message).toBe('与第 2 行的身份证号码重复');
    expect(await count()).toBe(before);
  });

  it('a clean file imports every row as 认领, and a known ID number updates instead of duplicating', async () => {
    const n1 = newResidentId('19650505');
    const n2 = newResidentId('20100606');
    const csv = [
      header,
      `吴一,${n1},男,13611112222,户籍,${DEMO_COMMUNITY},${gwGrid}`,
      `吴二,${n2},,,流动人口,${DEMO_COMMUNITY},`,
      `李秀英,${b.idNumber},,13622223333,户籍,${DEMO_COMMUNITY},${otherGrid}`,
    ].join('\r\n');
    const r = await upload('street_lead', 'police.csv', csv);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ rows: 3, created: 2, matched: 1, tags: 0 });
    const rows = await env.ownerDb
      .selectFrom('person')
      .select(['id', 'source_state', 'grid_code', 'version'])
      .where('id_hash', 'in', [
        env.pii.blindIndex(n1),
        env.pii.blindIndex(n2),
        env.pii.blindIndex(b.idNumber),
      ])
      .execute();
    expect(rows).toHaveLength(3);
    expect(rows.filter((x) => x.id !== b.id).every((x) => x.source_state === 'claimed')).toBe(true);
    const matched = rows.find((x) => x.id === b.id)!;
    expect(matched.version).toBe(2);
    expect(await lookup('grid_worker', n1)).toHaveLength(1);
    const byPhone = await send('street_lead', 'POST', '/api/basedata/persons/lookup', {
      phone: '13622223333',
    });
    expect(byPhone.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([b.id]);
    // departments and grid workers do not import
    expect((await upload('mzj_handler', 'x.csv', csv)).statusCode).toBe(403);
  });

  it('the template downloads as xlsx and csv', async () => {
    const x = await get('street_lead', '/api/basedata/import/persons/template.xlsx');
    expect(x.statusCode).toBe(200);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const c2 = await get('street_lead', '/api/basedata/import/persons/template.csv');
    expect(c2.body).toContain('公民身份号码*');
  });
});
