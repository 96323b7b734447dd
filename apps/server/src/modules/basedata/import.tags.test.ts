import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY } from '../../demo/users.ts';
import { newResidentId } from '../../test/basedata-factories.ts';
import { unitOfUser } from '../../test/factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

/** The population import's optional tag columns: tags created with the persons, validated per row. */
let env: TestEnv;
const s: Record<string, Session> = {};
let unitName: { mzj: string; cl: string; sfj: string };
let unitId: { mzj: string; cl: string; sfj: string };
let gwGrid: string;

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['street_lead', 'sfj_handler']) s[u] = await login(env.app, u);
  unitId = {
    mzj: await unitOfUser(env.ownerDb, 'mzj_handler'),
    cl: await unitOfUser(env.ownerDb, 'cl_handler'),
    sfj: await unitOfUser(env.ownerDb, 'sfj_handler'),
  };
  const name = async (id: string) =>
    (await env.ownerDb.selectFrom('unit').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
  unitName = { mzj: await name(unitId.mzj), cl: await name(unitId.cl), sfj: await name(unitId.sfj) };
  gwGrid = (
    await env.ownerDb
      .selectFrom('grid')
      .select('code')
      .where('community_code', '=', DEMO_COMMUNITY)
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
});
afterAll(async () => env.close());

async function upload(who: string, data: string) {
  const form = new FormData();
  form.append('file', new Blob([data]), 'list.csv');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return env.app.inject({
    method: 'POST',
    url: '/api/basedata/import/persons',
    headers: { ...s[who]!.headers, 'content-type': request.headers.get('content-type') ?? '' },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}
const header = '姓名*,公民身份号码*,人口类型*,社区代码*,网格编码,标签类型,标签等级,标签开始日期,责任部门';
const tagsOf = (idNumber: string) =>
  env.ownerDb
    .selectFrom('person_tag as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select([
      't.tag',
      't.level',
      't.started_on',
      't.responsible_unit_id',
      't.source_state',
      't.community_code',
      't.grid_code',
    ])
    .where('p.id_hash', '=', env.pii.blindIndex(idNumber))
    .orderBy('t.tag')
    .execute();
const tagCount = async () =>
  Number(
    (
      await env.ownerDb
        .selectFrom('person_tag')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('import creates tags', () => {
  const one = newResidentId('19400101');
  const two = newResidentId('19800202');

  it('tag columns (type by Chinese name or code, level by name, date as lists write it, department by name) create the tags', async () => {
    const csv = [
      header,
      `钱一,${one},户籍,${DEMO_COMMUNITY},${gwGrid},独居老人,高风险,2026/1/5,${unitName.mzj}`,
      `钱二,${two},户籍,${DEMO_COMMUNITY},${gwGrid},残疾人、dibao,二级,,${unitName.cl}、${unitName.mzj}`,
      `钱三,${newResidentId('19900303')},流动,${DEMO_COMMUNITY},,,,,`,
    ].join('\n');
    const r = await upload('street_lead', csv);
    expect(r.statusCode).toBe(422); // 二级 is given to both types: 低保 has no level
    expect(r.json<{ error: { details: unknown[] } }>().error.details).toEqual([
      expect.objectContaining({ row: 3, column: 'tagLevel', key: 'tag_no_level' }),
    ]);
    // one value per type, in order
    const perType = csv.replace(`残疾人、dibao,二级,,`, `残疾人、dibao,,,`);
    const done = await upload('street_lead', perType);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ rows: 3, created: 3, matched: 0, tags: 3 });
    expect(await tagsOf(one)).toEqual([
      {
        tag: 'elderly_alone',
        level: 'high_risk',
        started_on: '2026-01-05',
        responsible_unit_id: unitId.mzj,
        source_state: 'claimed',
        community_code: DEMO_COMMUNITY,
        grid_code: gwGrid,
      },
    ]);
    const t2 = await tagsOf(two);
    expect(t2.map((t) => [t.tag, t.level, t.responsible_unit_id])).toEqual([
      ['dibao', null, unitId.mzj],
      ['disabled', null, unitId.cl],
    ]);
    // each tag's creation is versioned like an entered one
    const logged = await env.ownerDb
      .selectFrom('base_change')
      .select((e) => e.fn.countAll().as('n'))
      .where('entity', '=', 'person_tag')
      .where('reason', '=', 'import')
      .where('district_code', '=', '110117000000')
      .executeTakeFirstOrThrow();
    // … in the district where the person lives (docs/distribution.md)
    expect(Number(logged.n)).toBe(3);
  });

  it('the same list again adds no tag the person already carries', async () => {
    const before = await tagCount();
    const csv = [header, `钱一,${one},户籍,${DEMO_COMMUNITY},${gwGrid},独居老人,一般,,${unitName.mzj}`].join(
      '\n',
    );
    const r = await upload('street_lead', csv);
    expect(r.json()).toEqual({ rows: 1, created: 0, matched: 1, tags: 0 });
    expect(await tagCount()).toBe(before);
  });

  it('bad tag cells are row errors, and nothing of the file is imported', async () => {
    const before = await tagCount();
    const id = newResidentId('19700404');
    const csv = [
      header,
      `孙一,${id},户籍,${DEMO_COMMUNITY},,火星人,,,`,
      `孙二,${newResidentId('19700405')},户籍,${DEMO_COMMUNITY},,残疾人,严管,,`,
      `孙三,${newResidentId('19700406')},户籍,${DEMO_COMMUNITY},,低保,,2099-01-01,`,
      `孙四,${newResidentId('19700407')},户籍,${DEMO_COMMUNITY},,低保,,2026-02-30,不存在的局`,
      `孙五,${newResidentId('19700408')},户籍,${DEMO_COMMUNITY},,,一般,,`,
    ].join('\n');
    const r = await upload('street_lead', csv);
    expect(r.statusCode).toBe(422);
    const details = r
      .json<{ error: { details: { row: number; column: string; key: string; message: string }[] } }>()
      .error.details.map((d) => [d.row, d.column, d.key]);
    expect(details).toEqual([
      [2, 'tag', 'unknown_code'],
      [3, 'tagLevel', 'tag_level'],
      [4, 'tagStartedOn', 'not_after_today'],
      [5, 'tagStartedOn', 'invalid_format'],
      [5, 'tagDepartment', 'unknown_unit'],
      [6, 'tag', 'required'],
    ]);
    expect(await tagCount()).toBe(before);
    expect(
      await env.ownerDb
        .selectFrom('person')
        .select('id')
        .where('id_hash', '=', env.pii.blindIndex(id))
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('an imported restricted tag (P3) reaches its responsible department', async () => {
    const id = newResidentId('19850505');
    const csv = [header, `周矫,${id},户籍,${DEMO_COMMUNITY},,社区矫正,严管,2026-03-01,${unitName.sfj}`].join(
      '\n',
    );
    expect((await upload('street_lead', csv)).json()).toMatchObject({ tags: 1 });
    const r = await env.app.inject({
      method: 'POST',
      url: '/api/basedata/persons/lookup',
      headers: s.sfj_handler!.headers,
      payload: { idNumber: id },
    });
    expect(r.json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await tagsOf(id)).map((t) => [t.tag, t.level])).toEqual([['community_correction', 'strict']]);
  });
});
