import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_STREET } from '../../demo/users.ts';
import { newPerson, newTag } from '../../test/basedata-factories.ts';
import { unitOfUser } from '../../test/factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { PERSON_EXPORT_MAX } from './persons.export.ts';

let env: TestEnv;
const s: Record<string, Session> = {};
let gwGrid: string;
let a: { id: string; idNumber: string };

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['street_lead', 'grid_worker', 'operator', 'mzj_handler', 'sfj_handler', 'resident'])
    s[u] = await login(env.app, u);
  gwGrid = (
    await env.ownerDb
      .selectFrom('grid_worker as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .select('w.grid_code')
      .where('u.username', '=', 'grid_worker')
      .orderBy('w.grid_code')
      .executeTakeFirstOrThrow()
  ).grid_code;
  a = await newPerson(env.ownerDb, env.pii, {
    streetCode: DEMO_STREET,
    communityCode: DEMO_COMMUNITY,
    gridCode: gwGrid,
    name: '导出测试甲',
    phone: '13911112222',
  });
  await newTag(env.ownerDb, a.id, {
    tag: 'dibao',
    responsibleUnitId: await unitOfUser(env.ownerDb, 'mzj_handler'),
  });
  await newTag(env.ownerDb, a.id, {
    tag: 'community_correction',
    responsibleUnitId: await unitOfUser(env.ownerDb, 'sfj_handler'),
  });
});
afterAll(async () => env.close());

const exportAs = (who: string, query: string, lang = 'zh-CN') =>
  env.app.inject({
    method: 'GET',
    url: `/api/basedata/persons/export.xlsx?${query}`,
    headers: { ...s[who]!.headers, 'accept-language': lang },
  });

async function sheet(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((r) => {
    rows.push(
      (r.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v as string | number))),
    );
  });
  return rows;
}

const lastExport = async (username: string) =>
  (
    await env.ownerDb
      .selectFrom('audit_log as l')
      .innerJoin('app_user as u', 'u.id', 'l.actor_id')
      .select(['l.after'])
      .where('u.username', '=', username)
      .where('l.action', '=', 'export')
      .orderBy('l.id', 'desc')
      .executeTakeFirst()
  )?.after as Record<string, unknown> | undefined;

describe('persons export (audited)', () => {
  it('the grid worker exports their filtered list: P1 in full as their class allows, the ID number masked', async () => {
    const res = await exportAs('grid_worker', `gridCode=${gwGrid}&name=${encodeURIComponent('导出测试甲')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');
    const rows = await sheet(res.rawPayload);
    expect(rows[0]!.slice(0, 3)).toEqual(['姓名', '公民身份号码', '联系电话']);
    expect(rows).toHaveLength(2);
    const [name, id, phone, , , , grid, , tags] = rows[1]!;
    expect(name).toBe('导出测试甲');
    expect(phone).toBe('13911112222');
    expect(id).toBe(`${a.idNumber.slice(0, 4)}**********${a.idNumber.slice(-4)}`);
    expect(grid).toBe(gwGrid);
    // the care group's class only (revealable, not listed); the restricted tag not at all
    expect(tags).toBe('关怀对象');
    expect(await lastExport('grid_worker')).toEqual({
      format: 'xlsx',
      rows: 1,
      filters: { gridCode: gwGrid, name: '*' },
      classes: ['P1', 'P2'],
      full: ['name', 'phone'],
    });
  });

  it('an operator gets the same row masked as the list is, in English when asked', async () => {
    const res = await exportAs(
      'operator',
      `gridCode=${gwGrid}&name=${encodeURIComponent('导出测试甲')}`,
      'en-US',
    );
    expect(res.statusCode).toBe(200);
    const rows = await sheet(res.rawPayload);
    expect(rows[0]![0]).toBe('Name');
    expect(rows[1]!.slice(0, 3)).toEqual(['导****', expect.stringContaining('****'), '139****2222']);
    expect((await lastExport('operator'))?.full).toEqual([]);
  });

  it('a department exports the persons of its tag, the tag named, another department’s tag left out', async () => {
    const res = await exportAs('mzj_handler', 'tag=dibao');
    expect(res.statusCode).toBe(200);
    const rows = await sheet(res.rawPayload);
    const row = rows.find((r) => r[0] === '导出测试甲')!;
    expect(row[8]).toBe('低保');
    expect(rows.slice(1).every((r) => r[8]!.includes('低保'))).toBe(true);
    const audit = await lastExport('mzj_handler');
    expect(audit).toMatchObject({ rows: rows.length - 1, filters: { tag: 'dibao' }, classes: ['P1', 'P2'] });
    const sfj = await sheet((await exportAs('sfj_handler', 'tag=community_correction')).rawPayload);
    expect(sfj.find((r) => r[0] === '导出测试甲')![8]).toBe('社区矫正');
    expect(await lastExport('sfj_handler')).toMatchObject({ classes: ['P1', 'P2', 'P3'] });
  });

  it('an export larger than the limit is refused with the count, and nothing is audited', async () => {
    // enough persons in the street (the test demo is at 2 % scale): one set-based insert
    const name = env.pii.encrypt('批量');
    await sql`
      INSERT INTO person (name_enc, name_hash, name_masked, street_code, community_code, source_state)
      SELECT ${name}, ${env.pii.blindIndex('批量')}, '批*', ${DEMO_STREET}, ${DEMO_COMMUNITY}, 'entered'
      FROM generate_series(1, ${PERSON_EXPORT_MAX})`.execute(env.ownerDb);
    const before = await lastExport('street_lead');
    const res = await exportAs('street_lead', `communityCode=${DEMO_COMMUNITY}`);
    expect(res.statusCode).toBe(400);
    const detail = res.json<{ error: { details: { key: string; params: { max: number } }[] } }>().error
      .details[0]!;
    expect(detail).toMatchObject({ key: 'export_too_many', params: { max: PERSON_EXPORT_MAX } });
    expect(await lastExport('street_lead')).toEqual(before);
  });

  it('a resident may not export', async () => {
    expect((await exportAs('resident', '')).statusCode).toBe(403);
  });
});
