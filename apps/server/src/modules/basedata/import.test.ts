import { residentIdCheckChar } from '@onegrid/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_STREET } from '../../demo/users.ts';
import { newHouse, newPerson } from '../../test/basedata-factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { readTable, readTableChunks } from '../transfer/public.ts';
import { IMPORT_CHUNK } from './import.service.ts';

/** The population import over more rows than one chunk: read, validated and written chunk by chunk. */
let env: TestEnv;
let lead: Session;
const here = { streetCode: DEMO_STREET, communityCode: DEMO_COMMUNITY };

beforeAll(async () => {
  env = await createTestEnv();
  lead = await login(env.app, 'street_lead');
});
afterAll(() => env.close());

/** Distinct valid ID numbers (area 659001, not the demo's), one birth day per row of a list. */
function idNumber(list: number, i: number): string {
  const born = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `659001${born}${String(list).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

async function upload(csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'police.csv');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return env.app.inject({
    method: 'POST',
    url: '/api/basedata/import/persons',
    headers: { ...lead.headers, 'content-type': request.headers.get('content-type') ?? '' },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

const count = async (table: 'person' | 'residence' | 'base_change') =>
  Number(
    (
      await env.ownerDb
        .selectFrom(table)
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('import over several chunks', () => {
  const header = '姓名*,公民身份号码*,人口类型*,社区代码*,房屋地址编码';
  const rows = IMPORT_CHUNK + 50;

  it('a problem in a later chunk keeps the earlier chunks out, and an ID twice is found across chunks', async () => {
    const before = await Promise.all([count('person'), count('residence'), count('base_change')]);
    const lines = [header];
    for (let i = 0; i < rows; i++) lines.push(`测试${i},${idNumber(1, i)},流动,${DEMO_COMMUNITY},`);
    // data row r is line r (the header is row 1): the last row repeats the first row's ID
    lines[rows] = `测试末,${idNumber(1, 0)},流动,${DEMO_COMMUNITY},`;
    const r = await upload(lines.join('\n'));
    expect(r.statusCode).toBe(422);
    const details = r.json<{ error: { details: { row: number; key: string; message: string }[] } }>().error
      .details;
    expect(details).toEqual([expect.objectContaining({ row: rows + 1, key: 'id_twice_in_file' })]);
    expect(details[0]!.message).toBe('与第 2 行的身份证号码重复');
    expect(await Promise.all([count('person'), count('residence'), count('base_change')])).toEqual(before);
  });

  it('a clean list: every person, a residence for each new one, a known one moves', async () => {
    const house = await newHouse(env.ownerDb, here);
    const oldHouse = await newHouse(env.ownerDb, here);
    const known = await newPerson(env.ownerDb, env.pii, { ...here, houseId: oldHouse.id });
    const lines = [header];
    for (let i = 0; i < rows - 1; i++)
      lines.push(`测试${i},${idNumber(2, i)},流动人口,${DEMO_COMMUNITY},${house.addressId}`);
    // the known person in the second chunk
    lines.splice(IMPORT_CHUNK + 10, 0, `测试旧,${known.idNumber},户籍,${DEMO_COMMUNITY},${house.addressId}`);
    // a tag column: one new person of each chunk is tagged, recorded with its chunk's persons
    const tagged = [3, IMPORT_CHUNK + 20];
    const withTags = lines.map((l, i) =>
      i === 0 ? `${l},标签类型` : `${l},${tagged.includes(i) ? '独居老人' : ''}`,
    );
    const r = await upload(withTags.join('\n'));
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ rows, created: rows - 1, matched: 1, tags: 2 });
    const tags = await env.ownerDb
      .selectFrom('person_tag')
      .innerJoin('residence', 'residence.person_id', 'person_tag.person_id')
      .select(['person_tag.tag', 'person_tag.source_state'])
      .where('residence.house_id', '=', house.id)
      .execute();
    expect(tags).toEqual([
      { tag: 'elderly_alone', source_state: 'claimed' },
      { tag: 'elderly_alone', source_state: 'claimed' },
    ]);
    const living = await env.ownerDb
      .selectFrom('residence')
      .select(['person_id', 'population_type', 'source_state', 'community_code'])
      .where('house_id', '=', house.id)
      .where('moved_out', 'is', null)
      .execute();
    expect(living).toHaveLength(rows);
    expect(living.every((x) => x.source_state === 'claimed' && x.community_code === DEMO_COMMUNITY)).toBe(
      true,
    );
    expect(living.find((x) => x.person_id === known.id)?.population_type).toBe('registered');
    const left = await env.ownerDb
      .selectFrom('residence')
      .select('moved_out')
      .where('house_id', '=', oldHouse.id)
      .where('person_id', '=', known.id)
      .executeTakeFirstOrThrow();
    expect(left.moved_out).not.toBeNull();
    const logged = await env.ownerDb
      .selectFrom('base_change')
      .select((e) => e.fn.countAll().as('n'))
      .where('reason', '=', 'import')
      .where('actor_id', '=', lead.userId)
      .where('district_code', '=', '110117000000')
      .executeTakeFirstOrThrow();
    // one change per person, and one per new tag, each in the person's district (docs/distribution.md)
    expect(Number(logged.n)).toBe(rows + tagged.length);
  });
});

describe('reading an xlsx in chunks', () => {
  it('gives the rows readTable gives: dates, rich text, links, formulas, blank rows skipped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人口');
    ws.addRow(['姓名', '出生', '备注', '链接', '公式']);
    for (let i = 0; i < 7; i++) {
      ws.addRow([
        { richText: [{ text: '张' }, { text: `三${i}` }] },
        new Date(Date.UTC(1990, 0, 1 + i)),
        i === 3 ? null : `备注${i}`,
        { text: `链接${i}`, hyperlink: 'https://example.org' },
        { formula: `${i}+1`, result: i + 1 },
      ]);
      if (i === 4) ws.addRow([]);
    }
    ws.addRow(['  ', '', '', '', '']);
    wb.addWorksheet('第二页').addRow(['不读']);
    const file = { filename: 'list.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) };
    const whole = await readTable(file, 'zh-CN');
    const parts: { headers: string[]; rows: unknown[] }[] = [];
    for await (const c of readTableChunks(file, 'zh-CN', 3)) parts.push(c);
    expect(parts.map((p) => p.rows.length)).toEqual([3, 3, 1]);
    expect(parts[0]!.headers).toEqual(whole.headers);
    expect(parts.flatMap((p) => p.rows)).toEqual(whole.rows);
    expect(whole.rows[1]!.cells.get('出生')).toBe('1990-01-02');
  });

  it('a damaged xlsx is an unsupported file, as for readTable', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(['x']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const file = { filename: 'bad.xlsx', data: data.subarray(0, Math.floor(data.length / 2)) };
    const read = async () => {
      for await (const c of readTableChunks(file, 'zh-CN', 10)) void c;
    };
    await expect(read()).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(readTable(file, 'zh-CN')).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});
