import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportColumn } from '@onegrid/domain';
import { z } from 'zod';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newGrid, newRegion, newUnit, newUser, unitOf } from '../../test/factories.ts';
import {
  baseHouse,
  baseOrganisation,
  basePerson,
  basePlace,
  baseRental,
  templateBody,
  type BasePlace,
} from '../../test/reports-factories.ts';
import { runTemplateForAllCommunities } from './public.ts';

// 一表通 over the API: the approval gate, pre-filled cells from the base, jurisdiction, corrections, return and
// resubmit, the audited export, the savings. The base rows live in a community made for this file, so the
// expected counts are exact whatever the demo base holds.

const DEMO_STREET = '110117001000';
const DEMO_COMMUNITY = '110117001001';

let env: TestEnv;
let mzj: Session;
let sfj: Session;
let admin: Session;
let streetLead: Session;
let demoCommunity: Session;
let ours: Session;
let at: BasePlace;

const columns = [
  {
    key: 'aged80',
    label: '80岁以上老人',
    kind: 'query',
    query: { entity: 'person', ageBand: { min: 80 }, groupBy: 'grid' },
  },
  {
    key: 'dibao',
    label: '低保人数',
    kind: 'query',
    query: { entity: 'person_tag', filters: [{ field: 'tag', op: 'eq', values: ['dibao'] }] },
  },
  {
    key: 'floating',
    label: '流动人口',
    kind: 'query',
    query: { entity: 'residence', filters: [{ field: 'population_type', op: 'eq', values: ['floating'] }] },
  },
  {
    key: 'serious_occupants',
    label: '严重隐患出租屋居住人数',
    kind: 'query',
    query: {
      entity: 'rental',
      filters: [{ field: 'hazard', op: 'eq', values: ['serious'] }],
      aggregate: { fn: 'sum', field: 'occupant_actual' },
    },
  },
  {
    key: 'fire_units',
    label: '消防重点单位',
    kind: 'query',
    query: { entity: 'organisation', filters: [{ field: 'key_fire', op: 'eq', values: [true] }] },
  },
  { key: 'visits', label: '本月走访次数', kind: 'manual', type: 'number', required: true, min: 0 },
  { key: 'again', label: '辖区流动人口数（手填）', kind: 'manual', type: 'number', required: false },
  { key: 'note', label: '情况说明', kind: 'manual', type: 'text', required: false },
];

beforeAll(async () => {
  env = await createTestEnv();
  [mzj, sfj, admin, streetLead, demoCommunity] = await Promise.all([
    login(env.app, 'mzj_handler'),
    login(env.app, 'sfj_handler'),
    login(env.app, 'admin'),
    login(env.app, 'street_lead'),
    login(env.app, 'community_lead'),
  ]);
  const community = await newRegion(env.ownerDb, { parentCode: DEMO_STREET, name: '一表通测试社区' });
  const grid = await newGrid(env.ownerDb, { communityCode: community.code });
  const office = await unitOf(env.ownerDb, { jurisdictionCode: DEMO_STREET, kind: 'street_office' });
  const unitId = await newUnit(env.ownerDb, {
    kind: 'community',
    parentId: office.id,
    jurisdictionCode: community.code,
    name: '一表通测试社区居委会',
  });
  ours = await newUser(env, { username: 'reports_community', roles: ['street_lead'], unitId });
  at = await basePlace(env.ownerDb, community.code, grid);
  // reference day of 2026-11: 2026-11-30. Aged 80+: born on or before 1946-11-30.
  await basePerson(env.ownerDb, at, {
    birthDate: '1940-03-01',
    sourceState: 'verified',
    tags: [{ tag: 'dibao' }],
  });
  await basePerson(env.ownerDb, at, { birthDate: '1946-11-30', sourceState: 'claimed' });
  await basePerson(env.ownerDb, at, { birthDate: '1946-12-01' }); // 79 on the reference day
  await basePerson(env.ownerDb, at, { birthDate: '1930-01-01', deceased: true }); // not counted
  // nor in columns counted without the person's fields (no join: the deceased found by their own index)
  await basePerson(env.ownerDb, at, { populationType: 'floating', deceased: true, tags: [{ tag: 'dibao' }] });
  await basePerson(env.ownerDb, at, { populationType: 'floating', tags: [{ tag: 'dibao' }] });
  await basePerson(env.ownerDb, at, {
    populationType: 'floating',
    tags: [{ tag: 'dibao', endedOn: '2026-10-01' }],
  });
  await baseRental(env.ownerDb, at, { hazard: 'serious', occupantActual: 4 });
  await baseRental(env.ownerDb, at, { hazard: 'serious', occupantActual: 5 });
  await baseRental(env.ownerDb, at, { hazard: 'general', occupantActual: 9 });
  await baseOrganisation(env.ownerDb, at, { keyFire: true, employees: 30 });
  await baseOrganisation(env.ownerDb, at, { keyFire: false, employees: 12 });
  await baseHouse(env.ownerDb, at, { dangerous: true, area: 50.5 });
});
afterAll(async () => env.close());

const api = (s: Session | null, method: string, url: string, payload?: unknown) =>
  env.app.inject({
    method: method as 'GET',
    url: `/api${url}`,
    headers: s?.headers ?? {},
    payload: payload as never,
  });

type Instance = {
  id: string;
  communityCode: string;
  status: string;
  cells: {
    key: string;
    value: unknown;
    original: unknown;
    corrected: boolean;
    reason: string | null;
    provenance: { count: number; sources: Record<string, number>; byGrid?: Record<string, number> } | null;
  }[];
};

let templateId: string;
let sendingId: string;
let instanceId: string;
let demoInstanceId: string;

describe('catalogue and approval', () => {
  it('refuses a query naming a field outside the whitelist (never SQL)', async () => {
    const res = await api(
      mzj,
      'POST',
      '/reports/templates',
      templateBody('坏模板', [
        {
          key: 'x',
          label: '身份证',
          kind: 'query',
          query: { entity: 'person', filters: [{ field: 'id_enc', op: 'eq', values: ['1'] }] },
        },
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('query_unknown_field');
  });

  it('a department registers a template; it waits for the district and cannot be sent before', async () => {
    const res = await api(mzj, 'POST', '/reports/templates', templateBody('民政月报（测试）', columns));
    expect(res.statusCode).toBe(201);
    const t = res.json<{ id: string; status: string; askedAgain: { key: string }[] }>();
    expect(t.status).toBe('pending');
    expect(t.askedAgain.map((a) => a.key)).toEqual(['again']);
    templateId = t.id;
    const send = await api(mzj, 'POST', `/reports/templates/${templateId}/send`, { period: '2026-11' });
    expect(send.statusCode).toBe(409);
    expect(send.json()).toMatchObject({
      error: { code: 'CONFLICT', params: { reason: 'template_not_approved' } },
    });
    const rows = await env.ownerDb.selectFrom('report_instance').select('id').execute();
    expect(rows).toHaveLength(0);
    const list = await api(ours, 'GET', '/reports/instances');
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
    // the community does not even see the pending template in the catalogue
    const cat = await api(ours, 'GET', '/reports/templates');
    expect(cat.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(templateId);
  });

  it('only a district administrator approves; the department cannot approve its own, nor a street lead', async () => {
    expect((await api(mzj, 'POST', `/reports/templates/${templateId}/approve`, {})).statusCode).toBe(403);
    expect((await api(streetLead, 'POST', `/reports/templates/${templateId}/approve`, {})).statusCode).toBe(
      403,
    );
    const queue = await api(admin, 'GET', '/reports/templates?status=pending');
    expect(queue.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(templateId);
    const ok = await api(admin, 'POST', `/reports/templates/${templateId}/approve`, { note: '同意' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved' });
    expect((await api(admin, 'POST', `/reports/templates/${templateId}/approve`, {})).statusCode).toBe(409);
  });

  it('another department cannot send it', async () => {
    expect(
      (await api(sfj, 'POST', `/reports/templates/${templateId}/send`, { period: '2026-11' })).statusCode,
    ).toBe(403);
  });

  // 社区准入 (issue 13): an approved template still needs an admitted survey item to reach the communities
  it('the admission gate: no admitted item, or a negative-list one, and nothing is sent', async () => {
    const none = await api(mzj, 'POST', `/reports/templates/${templateId}/send`, { period: '2026-11' });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({
      error: { code: 'ADMISSION_REQUIRED', params: { refusal: 'missing' } },
    });
    expect(none.json<{ error: { message: string } }>().error.message).toContain('没有附上已准入的事项');
    const negative = await env.ownerDb
      .selectFrom('admission_item')
      .select('id')
      .where('list', '=', 'negative')
      .where('title', '=', '与一表通重复的台账和报表')
      .executeTakeFirstOrThrow();
    const neg = await api(mzj, 'POST', `/reports/templates/${templateId}/send`, {
      period: '2026-11',
      admissionItemId: negative.id,
    });
    expect(neg.statusCode).toBe(422);
    expect(neg.json()).toMatchObject({ error: { code: 'ADMISSION_NEGATIVE_LIST' } });
    expect(await env.ownerDb.selectFrom('report_instance').select('id').execute()).toHaveLength(0);
    // admitted for this template (as the joint body's round would enter it): the send below goes through
    const mzjUnit = await env.ownerDb
      .selectFrom('app_user')
      .select('unit_id')
      .where('username', '=', 'mzj_handler')
      .executeTakeFirstOrThrow();
    await env.ownerDb
      .insertInto('admission_item')
      .values({
        district_code: '110117000000',
        list: 'assist',
        seq: 900,
        kind: 'survey',
        title: '民政月报（测试）',
        legal_basis: '测试',
        unit_id: mzjUnit.unit_id,
        community_role: 'assist',
        content: '测试',
        valid_from: '2026-01-01',
        valid_until: null,
        report_template_id: templateId,
      })
      .execute();
  });
});

describe('sending pre-fills every community from the base', () => {
  it('one instance per community of the district, queried cells with provenance', async () => {
    const bad = await api(mzj, 'POST', `/reports/templates/${templateId}/send`, { period: '2026-Q4' });
    expect(bad.statusCode).toBe(400);
    const res = await api(mzj, 'POST', `/reports/templates/${templateId}/send`, { period: '2026-11' });
    expect(res.statusCode).toBe(201);
    const sending = res.json<{ id: string; counts: { total: number; draft: number }; dueAt: string }>();
    sendingId = sending.id;
    const communities = await env.ownerDb
      .selectFrom('region')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('level', '=', 'community')
      .executeTakeFirstOrThrow();
    expect(sending.counts.total).toBe(Number(communities.n));
    expect(sending.counts.draft).toBe(sending.counts.total);
    expect(new Date(sending.dueAt).getTime()).toBeGreaterThan(Date.now());
    const again = await api(mzj, 'POST', `/reports/templates/${templateId}/send`, { period: '2026-11' });
    expect(again.statusCode).toBe(409);

    const mine = await api(ours, 'GET', '/reports/instances');
    const items = mine.json<{ items: { id: string; communityCode: string }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]!.communityCode).toBe(at.community);
    instanceId = items[0]!.id;
    const inst = (await api(ours, 'GET', `/reports/instances/${instanceId}`)).json<Instance>();
    const cell = (k: string) => inst.cells.find((c) => c.key === k)!;
    expect(cell('aged80').value).toBe(2);
    expect(cell('aged80').provenance).toMatchObject({
      count: 2,
      sources: { verified: 1, claimed: 1, entered: 0 },
      byGrid: { [at.grid!]: 2 },
    });
    expect(cell('dibao').value).toBe(2); // the ended tag is not counted
    expect(cell('floating').value).toBe(2);
    expect(cell('serious_occupants').value).toBe(9);
    expect(cell('fire_units').value).toBe(1);
    expect(cell('visits')).toMatchObject({ value: null, provenance: null });
  });
});

describe('jurisdiction', () => {
  it('a community sees only its own instances; another community’s is not found', async () => {
    const demo = (await api(demoCommunity, 'GET', '/reports/instances')).json<{
      items: { id: string; communityCode: string }[];
    }>();
    expect(demo.items.every((i) => i.communityCode === DEMO_COMMUNITY)).toBe(true);
    demoInstanceId = demo.items[0]!.id;
    expect((await api(demoCommunity, 'GET', `/reports/instances/${instanceId}`)).statusCode).toBe(404);
    expect(
      (
        await api(demoCommunity, 'PUT', `/reports/instances/${instanceId}/cells`, {
          cells: [{ key: 'visits', value: 1 }],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('a department sees only its templates’ instances and sendings; a resident sees nothing', async () => {
    expect((await api(sfj, 'GET', `/reports/instances/${instanceId}`)).statusCode).toBe(404);
    expect((await api(sfj, 'GET', `/reports/sendings/${sendingId}`)).statusCode).toBe(404);
    expect((await api(sfj, 'GET', '/reports/instances')).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect(
      (await api(mzj, 'GET', `/reports/instances?sendingId=${sendingId}`)).json<{ items: unknown[] }>().items
        .length,
    ).toBeGreaterThan(1);
    const resident = await login(env.app, 'resident');
    expect((await api(resident, 'GET', '/reports/instances')).statusCode).toBe(403);
    expect((await api(resident, 'GET', `/reports/instances/${demoInstanceId}`)).statusCode).toBe(404);
  });

  it('the department cannot fill; the community cannot accept', async () => {
    expect(
      (
        await api(mzj, 'PUT', `/reports/instances/${instanceId}/cells`, {
          cells: [{ key: 'visits', value: 1 }],
        })
      ).statusCode,
    ).toBe(403);
    expect((await api(ours, 'POST', `/reports/instances/${instanceId}/accept`)).statusCode).toBe(403);
  });
});

describe('filling, correcting, returning, accepting', () => {
  it('a correction needs a reason and keeps the base value beside it', async () => {
    const noReason = await api(ours, 'PUT', `/reports/instances/${instanceId}/cells`, {
      cells: [{ key: 'aged80', value: 3 }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('correction_reason_required');
    const res = await api(ours, 'PUT', `/reports/instances/${instanceId}/cells`, {
      cells: [
        { key: 'aged80', value: 3, reason: '上月新迁入一位高龄老人，尚未录入' },
        { key: 'dibao', value: 2 },
        { key: 'note', value: '无' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const inst = res.json<Instance>();
    expect(inst.cells.find((c) => c.key === 'aged80')).toMatchObject({
      value: 3,
      original: 2,
      corrected: true,
      reason: '上月新迁入一位高龄老人，尚未录入',
    });
    expect(inst.cells.find((c) => c.key === 'dibao')).toMatchObject({ value: 2, corrected: false });
  });

  it('a manual value of the wrong type is refused; a required gap blocks submission', async () => {
    const bad = await api(ours, 'PUT', `/reports/instances/${instanceId}/cells`, {
      cells: [{ key: 'visits', value: 'many' }],
    });
    expect(bad.statusCode).toBe(400);
    const submit = await api(ours, 'POST', `/reports/instances/${instanceId}/submit`);
    expect(submit.statusCode).toBe(400);
    expect(JSON.stringify(submit.json())).toContain('cell_required');
  });

  it('submit → return with a reason → correct → resubmit → accept; nothing changes after', async () => {
    await api(ours, 'PUT', `/reports/instances/${instanceId}/cells`, {
      cells: [{ key: 'visits', value: 12 }],
    });
    expect((await api(ours, 'POST', `/reports/instances/${instanceId}/submit`)).json()).toMatchObject({
      status: 'submitted',
    });
    expect(
      (
        await api(ours, 'PUT', `/reports/instances/${instanceId}/cells`, {
          cells: [{ key: 'visits', value: 1 }],
        })
      ).statusCode,
    ).toBe(409);
    expect((await api(mzj, 'POST', `/reports/instances/${instanceId}/return`, {})).statusCode).toBe(400);
    const returned = await api(mzj, 'POST', `/reports/instances/${instanceId}/return`, {
      reason: '走访次数偏少，请核实',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '走访次数偏少，请核实' });
    await api(ours, 'PUT', `/reports/instances/${instanceId}/cells`, {
      cells: [
        { key: 'visits', value: 20 },
        { key: 'floating', value: 1, reason: '一户已搬离，待系统更新' },
      ],
    });
    expect((await api(ours, 'POST', `/reports/instances/${instanceId}/submit`)).statusCode).toBe(200);
    const accepted = await api(mzj, 'POST', `/reports/instances/${instanceId}/accept`);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const inst = accepted.json<Instance>();
    expect(
      inst.cells
        .filter((c) => c.corrected)
        .map((c) => c.key)
        .sort(),
    ).toEqual(['aged80', 'floating']);
    expect(
      (await api(mzj, 'POST', `/reports/instances/${instanceId}/return`, { reason: '再看看' })).statusCode,
    ).toBe(409);
  });
});

describe('consolidated table, export, savings', () => {
  it('the consolidated table has every community and the totals', async () => {
    const res = await api(mzj, 'GET', `/reports/sendings/${sendingId}`);
    expect(res.statusCode).toBe(200);
    const t = res.json<{
      rows: { communityCode: string; values: Record<string, unknown>; corrected: string[]; status: string }[];
      totals: Record<string, number | null>;
    }>();
    const row = t.rows.find((r) => r.communityCode === at.community)!;
    expect(row).toMatchObject({ status: 'accepted', values: { aged80: 3, visits: 20 } });
    expect(row.corrected.sort()).toEqual(['aged80', 'floating']);
    const sum = t.rows.reduce((s, r) => s + (typeof r.values.aged80 === 'number' ? r.values.aged80 : 0), 0);
    expect(t.totals.aged80).toBe(sum);
    expect(t.totals.note).toBeNull();
  });

  it('the Excel export is a workbook and is audited', async () => {
    const res = await api(mzj, 'GET', `/reports/sendings/${sendingId}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity', '=', 'report_sending')
      .where('entity_id', '=', sendingId)
      .where('action', '=', 'export')
      .execute();
    expect(audit).toEqual([{ action: 'export', actor_username: 'mzj_handler' }]);
    expect((await api(sfj, 'GET', `/reports/sendings/${sendingId}/export.xlsx`)).statusCode).toBe(404);
  });

  it('savings count auto, manual and corrected cells and the asked-again column', async () => {
    const res = await api(ours, 'GET', '/reports/savings');
    expect(res.statusCode).toBe(200);
    const s = res.json<{
      templates: {
        templateId: string;
        auto: number;
        manual: number;
        corrected: number;
        askedAgain: number;
      }[];
    }>();
    // our one instance: 5 queried cells (2 corrected), visits + note typed, again left empty
    expect(s.templates.find((t) => t.templateId === templateId)).toMatchObject({
      auto: 3,
      corrected: 2,
      manual: 2,
      askedAgain: 1,
    });
    const all = (await api(admin, 'GET', '/reports/savings')).json<{
      totals: { askedAgain: number; instances: number };
    }>();
    expect(all.totals.askedAgain).toBe(all.totals.instances);
  });
});

describe('runTemplateForAllCommunities', () => {
  it('ten columns over all six entities for every community in one call', async () => {
    const ten = z.array(ReportColumn).parse([
      ...columns.slice(0, 5),
      {
        key: 'dangerous',
        label: '危房',
        kind: 'query',
        query: { entity: 'house', filters: [{ field: 'dangerous', op: 'eq', values: [true] }] },
      },
      {
        key: 'area',
        label: '危房面积',
        kind: 'query',
        query: {
          entity: 'house',
          filters: [{ field: 'dangerous', op: 'eq', values: [true] }],
          aggregate: { fn: 'sum', field: 'area' },
        },
      },
      {
        key: 'employees',
        label: '从业人员',
        kind: 'query',
        query: { entity: 'organisation', aggregate: { fn: 'sum', field: 'employee_count' } },
      },
      {
        key: 'women60',
        label: '60岁以上女性',
        kind: 'query',
        query: {
          entity: 'residence',
          filters: [{ field: 'gender', op: 'eq', values: ['female'] }],
          ageBand: { min: 60 },
        },
      },
      {
        key: 'residents80',
        label: '80岁以上常住人口',
        kind: 'query',
        query: { entity: 'residence', ageBand: { min: 80 } },
      },
      { key: 'residents', label: '实有人口', kind: 'query', query: { entity: 'residence' } },
      {
        key: 'dibao_floating',
        label: '低保流动人口',
        kind: 'query',
        query: {
          entity: 'residence',
          filters: [
            { field: 'tag', op: 'in', values: ['dibao', 'tekun'] },
            { field: 'population_type', op: 'eq', values: ['floating'] },
          ],
        },
      },
    ]);
    const { communities, results } = await runTemplateForAllCommunities(env.db, ten, '2026-11-30');
    expect(communities).toBeGreaterThan(1);
    const v = (k: string) => results.get(k)?.get(at.community)?.value;
    expect([v('aged80'), v('dibao'), v('floating'), v('serious_occupants'), v('fire_units')]).toEqual([
      2, 2, 2, 9, 1,
    ]);
    expect(v('dangerous')).toBe(1);
    expect(v('area')).toBe(50.5);
    expect(v('employees')).toBe(42);
    expect(v('women60')).toBe(3);
    expect(v('dibao_floating')).toBe(1);
    expect([v('residents80'), v('residents')]).toEqual([2, 5]);
  });

  it('answers the same inside a transaction (one statement after another) as on the pool (all at once)', async () => {
    const ten = z.array(ReportColumn).parse(columns.filter((c) => c.kind === 'query'));
    const pooled = await runTemplateForAllCommunities(env.db, ten, '2026-11-30');
    const inTx = await env.db
      .transaction()
      .execute((tx) => runTemplateForAllCommunities(tx, ten, '2026-11-30'));
    expect(inTx.results).toEqual(pooled.results);
    expect(pooled.results.get('dibao')?.get(at.community)?.value).toBe(2);
  });
});
