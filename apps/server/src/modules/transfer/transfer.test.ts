import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

// Export and import of the whole reference data: the export is checked against the demo's loaded catalogue, units
// and duty list (by their names), and imports against the demo's streets; this file reads the demo data on purpose.

const DEMO_STREET = '110117001000';
const SECOND_STREET = '110117002000';
const BOM = '\uFEFF';

let env: TestEnv;
let admin: Session;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await login(env.app, 'admin');
});
afterAll(async () => env.close());

interface ErrorBody {
  error: { code: string; details: { row?: number; column?: string; message: string }[] };
}

/** A multipart body built by the platform's own FormData, as a browser would send it. */
async function upload(
  session: Session | null,
  url: string,
  name: string,
  data: Buffer | string,
  headers: object = {},
) {
  const form = new FormData();
  form.append('file', new Blob([data]), name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return env.app.inject({
    method: 'POST',
    url,
    headers: {
      ...(session?.headers ?? {}),
      'content-type': request.headers.get('content-type') ?? '',
      ...headers,
    },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

async function download(session: Session, url: string) {
  const res = await env.app.inject({ method: 'GET', url, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

const csv = (rows: string[][]) => BOM + Papa.unparse(rows, { newline: '\r\n' });
const parseCsv = (body: Buffer) =>
  Papa.parse<string[]>(body.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

async function readXlsx(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const out: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      values[col - 1] = c.text;
    });
    out.push(values);
  });
  return out;
}

const unitsSnapshot = () =>
  env.ownerDb
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'parent_id', 'jurisdiction_code', 'jurisdiction_path', 'phone', 'active'])
    .orderBy('id')
    .execute();

const count = async (table: 'unit' | 'app_user' | 'audit_log' | 'category' | 'duty') =>
  (
    await env.ownerDb
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;

const unitsHeader = ['单位名称', '类型', '上级单位', '管辖区划代码', '电话'];

describe('import and export', () => {
  it('401 without a session, 403 for a non-admin, 403 without the CSRF token', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/export/units.csv' })).statusCode).toBe(401);
    expect((await upload(null, '/api/import/units', 'u.csv', csv([unitsHeader]))).statusCode).toBe(401);
    const operator = await login(env.app, 'operator');
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/export/users.xlsx', headers: operator.headers }))
        .statusCode,
    ).toBe(403);
    expect((await upload(operator, '/api/import/units', 'u.csv', csv([unitsHeader]))).statusCode).toBe(403);
    expect((await upload(operator, '/api/import/boundaries', 'b.geojson', '{}')).statusCode).toBe(403);
    const noCsrf = await upload(null, '/api/import/units', 'u.csv', csv([unitsHeader]), {
      cookie: admin.cookie,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<ErrorBody>().error.code).toBe('CSRF_INVALID');
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/export/units.pdf', headers: admin.headers }))
        .statusCode,
    ).toBe(400);
  });

  it('exports units as xlsx with Chinese headers and values and a UTF-8 file name', async () => {
    const res = await download(admin, '/api/export/units.xlsx');
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="units-\d{8}\.xlsx"; filename\*=UTF-8''%E5%8D%95%E4%BD%8D-\d{8}\.xlsx$/,
    );
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(['单位名称', '类型', '上级单位', '管辖区划代码', '管辖区划', '电话', '状态']);
    expect(rows.length - 1).toBe(await count('unit'));
    expect(rows).toContainEqual(
      expect.arrayContaining(['平谷区城市管理委员会', '职能部门', '平谷区人民政府', '110117000000']),
    );
  });

  it('a units round trip through xlsx changes nothing and is audited once as an import', async () => {
    const before = await unitsSnapshot();
    const file = (await download(admin, '/api/export/units.xlsx')).rawPayload;
    const res = await upload(admin, '/api/import/units', '单位.xlsx', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: before.length, created: 0, updated: before.length });
    expect(await unitsSnapshot()).toEqual(before);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['entity', 'after'])
      .where('action', '=', 'import')
      .where('entity', '=', 'unit')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ file: '单位.xlsx', format: 'xlsx', created: 0 });
  });

  it('a units round trip through CSV (UTF-8 with BOM) changes nothing; edited and new rows are applied', async () => {
    const before = await unitsSnapshot();
    const res = await download(admin, '/api/export/units.csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const same = await upload(admin, '/api/import/units', 'units.csv', res.rawPayload);
    expect(same.statusCode, same.body).toBe(200);
    expect(await unitsSnapshot()).toEqual(before);

    const rows = parseCsv(res.rawPayload);
    const header = rows[0]!;
    const at = (name: string) => header.indexOf(name);
    const dept = rows.find((r) => r[at('单位名称')] === '平谷区生态环境局')!;
    dept[at('电话')] = '010-69990000';
    const added = [...dept];
    added[at('单位名称')] = '平谷区数据局';
    added[at('类型')] = 'department'; // codes are accepted as well as Chinese
    added[at('电话')] = '';
    const edited = await upload(admin, '/api/import/units', 'units.csv', csv([...rows, added]));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toEqual({ imported: before.length + 1, created: 1, updated: before.length });
    const gov = before.find((u) => u.kind === 'government')!;
    const created = await env.ownerDb
      .selectFrom('unit')
      .selectAll()
      .where('name', '=', '平谷区数据局')
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({
      kind: 'department',
      parent_id: gov.id,
      jurisdiction_code: '110117000000',
      phone: null,
    });
    const changed = await env.ownerDb
      .selectFrom('unit')
      .select('phone')
      .where('name', '=', '平谷区生态环境局')
      .executeTakeFirstOrThrow();
    expect(changed.phone).toBe('010-69990000');
  });

  it('guards CSV cells a spreadsheet would run as formulas, and reads them back unchanged', async () => {
    const name = '=HYPERLINK("http://x","点我")';
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { name, kind: 'department', jurisdictionCode: '110117000000', phone: '+86 10 6999 0000' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const file = (await download(admin, '/api/export/units.csv')).rawPayload;
    const row = parseCsv(file).find((r) => r[0]?.includes('HYPERLINK'))!;
    expect(row[0]).toBe(`'${name}`);
    expect(row[5]).toBe('+86 10 6999 0000'); // a phone number is no formula
    const before = await unitsSnapshot();
    expect((await upload(admin, '/api/import/units', 'u.csv', file)).statusCode).toBe(200);
    expect(await unitsSnapshot()).toEqual(before);
  });

  it('documents the endpoints in the OpenAPI description', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/export/{entity}.{format}',
        '/api/import/{entity}',
        '/api/import/boundaries',
      ]),
    );
  });

  it('reports every bad unit row at once and writes nothing', async () => {
    const [units, audits] = [await count('unit'), await count('audit_log')];
    const file = csv([
      unitsHeader,
      ['平谷区新设局', '职能部门', '平谷区人民政府', '110117000000', ''], // row 2: valid, must not be written
      ['平谷区外星办', '外星机构', '平谷区人民政府', '110117000000', ''], // row 3: unknown kind
      ['平谷区无父局', '职能部门', '不存在的单位', '110117000000', ''], // row 4: unknown parent
      ['朝阳区某局', '职能部门', '平谷区人民政府', '110105000000', ''], // row 5: outside the jurisdiction
      ['', '职能部门', '平谷区人民政府', '110117000000', ''], // row 6: missing name
      ['平谷区坏电话局', '职能部门', '', '110117000000', 'call me'], // row 7: fails the API's schema
    ]);
    const res = await upload(admin, '/api/import/units', 'units.csv', file);
    expect(res.statusCode).toBe(422);
    const body = res.json<ErrorBody>();
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.details.map((d) => [d.row, d.column])).toEqual([
      [3, '类型'],
      [4, '上级单位'],
      [5, '管辖区划代码'],
      [6, '单位名称'],
      [7, '电话'],
    ]);
    expect(body.error.details.every((d) => d.message.length > 0)).toBe(true);
    expect(await count('unit')).toBe(units);
    expect(await count('audit_log')).toBe(audits);
  });

  it('exports phones masked only; reports a duplicate username and missing cells; creates and updates users', async () => {
    // Users are the security administrator's (三权分立).
    const security = await login(env.app, 'security_admin');
    const res = await download(security, '/api/export/users.csv');
    const rows = parseCsv(res.rawPayload);
    expect(rows[0]).toEqual(['用户名', '姓名', '手机', '所属单位', '角色', '状态', '初始密码']);
    const stored = await env.ownerDb
      .selectFrom('app_user')
      .select('phone_enc')
      .where('phone_enc', 'is not', null)
      .execute();
    const text = res.rawPayload.toString('utf8');
    for (const u of stored) expect(text).not.toContain(env.pii.decrypt(u.phone_enc!));
    const adminRow = rows.find((r) => r[0] === 'admin')!;
    expect(adminRow.slice(2, 5)).toEqual(['138****0001', '平谷区人民政府', '系统管理员']);

    const [users, audits] = [await count('app_user'), await count('audit_log')];
    const header = rows[0]!;
    const bad = csv([
      header,
      ['li.na', '李娜', '13912340000', '平谷区人民政府', '话务员', '启用', 'Start123'], // row 2: fine
      ['Li.Na', '李娜二', '', '平谷区人民政府', '话务员', '', 'Start123'], // row 3: same username
      ['wang.qiang', '', '', '平谷区人民政府', '派单员', '', 'Start123'], // row 4: no name
      ['zhao.lei', '赵磊', '', '平谷区人民政府', '派单员', '', ''], // row 5: new without a password
      ['sun.li', '孙丽', '', '平谷区人民政府', '国王', '', 'Start123'], // row 6: unknown role
      ['qian.yu', '钱宇', '139****1111', '不存在的单位', '话务员', '', 'Start123'], // row 7: masked phone, unknown unit
    ]);
    const invalid = await upload(security, '/api/import/users', 'users.csv', bad);
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json<ErrorBody>().error.details.map((d) => [d.row, d.column])).toEqual([
      [3, '用户名'],
      [4, '姓名'],
      [5, '初始密码'],
      [6, '角色'],
      [7, '手机'],
      [7, '所属单位'],
    ]);
    expect(await count('app_user')).toBe(users);
    expect(await count('audit_log')).toBe(audits);

    const operatorRow = rows.find((r) => r[0] === 'operator')!;
    operatorRow[1] = '王丽娜（改）';
    const good = csv([
      header,
      operatorRow,
      ['li.na', '李娜', '13912340000', '平谷区人民政府', '话务员；派单员', '', 'Start123'],
    ]);
    const ok = await upload(security, '/api/import/users', 'users.csv', good);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ imported: 2, created: 1, updated: 1 });
    const operator = await env.ownerDb
      .selectFrom('app_user')
      .selectAll()
      .where('username', '=', 'operator')
      .executeTakeFirstOrThrow();
    expect(operator.name).toBe('王丽娜（改）');
    expect(env.pii.decrypt(operator.phone_enc!)).toBe('13911020345'); // the masked cell kept the stored phone
    const created = await env.ownerDb
      .selectFrom('app_user')
      .selectAll()
      .where('username', '=', 'li.na')
      .executeTakeFirstOrThrow();
    expect(created.roles).toEqual(['operator', 'dispatcher']);
    expect(env.pii.decrypt(created.phone_enc!)).toBe('13912340000');
    await login(env.app, 'li.na', 'Start123');
  });

  it('415 for a file that is not what it claims, 413 over 5 MB', async () => {
    const notXlsx = await upload(admin, '/api/import/units', 'units.xlsx', csv([unitsHeader]));
    expect(notXlsx.statusCode).toBe(415);
    expect(notXlsx.json<ErrorBody>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const binary = await upload(
      admin,
      '/api/import/units',
      'units.csv',
      Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x42]),
    );
    expect(binary.statusCode).toBe(415);
    const gbk = await upload(admin, '/api/import/units', 'units.csv', Buffer.from([0xb5, 0xa5, 0xce, 0xbb])); // 单位 in GBK
    expect(gbk.statusCode).toBe(415);
    const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]);
    expect((await upload(admin, '/api/import/units', 'units.xlsx', brokenZip)).statusCode).toBe(415);
    const json = await env.app.inject({
      method: 'POST',
      url: '/api/import/units',
      headers: admin.headers,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);

    // 2 MB is read (its one bad row is reported), more than 5 MB is refused.
    const padded =
      csv([unitsHeader, ['平谷区填充局', '外星机构', '', '110117000000', '']]) + '\r\n'.repeat(1024 * 1024);
    const big = await upload(admin, '/api/import/units', 'units.csv', padded);
    expect(big.statusCode).toBe(422);
    expect(big.json<ErrorBody>().error.details).toEqual([
      expect.objectContaining({ row: 2, column: '类型' }),
    ]);
    const huge = await upload(
      admin,
      '/api/import/units',
      'units.csv',
      Buffer.alloc(5 * 1024 * 1024 + 1, 0x20),
    );
    expect(huge.statusCode).toBe(413);
  });

  it('categories and the duty list round-trip unchanged; a new child may follow its parent in the file', async () => {
    const categories = await count('category');
    const catsBefore = await env.ownerDb.selectFrom('category').selectAll().orderBy('code').execute();
    const catFile = (await download(admin, '/api/export/categories.xlsx')).rawPayload;
    const rows = await readXlsx(catFile);
    expect(rows[0]).toEqual([
      '分类代码',
      '上级代码',
      '中文名称',
      '英文名称',
      '默认紧急程度',
      '服务代码',
      '网格可办',
      '关键词',
      '状态',
      '公开',
      '设施',
    ]);
    // the public flags travel with the file (路灯故障: public facility)
    const lamp = rows.find((r) => r[2] === '路灯故障')!;
    expect(lamp.slice(9)).toEqual(['是', '是']);
    const same = await upload(admin, '/api/import/categories', 'c.xlsx', catFile);
    expect(same.json()).toEqual({ imported: categories, created: 0, updated: categories });
    expect(await env.ownerDb.selectFrom('category').selectAll().orderBy('code').execute()).toEqual(
      catsBefore,
    );

    const dutyRes = await download(admin, '/api/export/duties.csv');
    const duties = parseCsv(dutyRes.rawPayload);
    expect(duties[0]).toEqual([
      '分类代码',
      '分类名称',
      '区划代码',
      '区划名称',
      '负责单位',
      '组织协调单位',
      '参与配合单位',
      '备注',
    ]);
    const partiesBefore = await env.ownerDb
      .selectFrom('duty_party')
      .selectAll()
      .orderBy('duty_id')
      .orderBy('ord')
      .execute();
    const sameDuties = await upload(admin, '/api/import/duties', 'd.csv', dutyRes.rawPayload);
    expect(sameDuties.statusCode, sameDuties.body).toBe(200);
    expect(
      await env.ownerDb.selectFrom('duty_party').selectAll().orderBy('duty_id').orderBy('ord').execute(),
    ).toEqual(partiesBefore);

    const newCats = csv([
      ['分类代码', '上级代码', '中文名称', '英文名称', '默认紧急程度', '网格可办', '关键词'],
      ['T01', '', '测试大类', 'Test', '', '', ''],
      ['T0101', 'T01', '测试小类', 'Test leaf', '急', '是', '测试；试验'],
      ['T0201', 'T02', '顺序错误', 'Wrong order', '', '', ''], // parent comes later
      ['T02', '', '另一大类', 'Another', '', '', ''],
    ]);
    const wrong = await upload(admin, '/api/import/categories', 'c.csv', newCats);
    expect(wrong.json<ErrorBody>().error.details.map((d) => [d.row, d.column])).toEqual([[4, '上级代码']]);
    expect(await count('category')).toBe(categories);
    const fixed = csv(Papa.parse<string[]>(newCats.slice(1)).data.filter((r) => r[0] !== 'T0201'));
    expect((await upload(admin, '/api/import/categories', 'c.csv', fixed)).json()).toEqual({
      imported: 3,
      created: 3,
      updated: 0,
    });
    const leaf = await env.ownerDb
      .selectFrom('category')
      .selectAll()
      .where('code', '=', 'T0101')
      .executeTakeFirstOrThrow();
    expect(leaf).toMatchObject({
      parent_code: 'T01',
      default_urgency: 'urgent',
      grid_solvable: true,
      keywords: ['测试', '试验'],
    });

    const dutyFile = csv([
      duties[0]!,
      [
        'T0101',
        '',
        DEMO_STREET,
        '',
        '属地',
        '平谷区城市管理委员会',
        '平谷区生态环境局；平谷区水务局',
        '测试',
      ],
    ]);
    const createdDuty = await upload(admin, '/api/import/duties', 'd.csv', dutyFile);
    expect(createdDuty.json()).toEqual({ imported: 1, created: 1, updated: 0 });
    const resolved = (await download(admin, '/api/export/duties.csv')).rawPayload.toString('utf8');
    expect(resolved).toContain(
      'T0101,测试小类,110117001000,滨河街道,属地,平谷区城市管理委员会,平谷区生态环境局；平谷区水务局,测试',
    );
  });

  it('a street admin cannot import into another street: the row is reported, not skipped', async () => {
    const street = await login(env.app, 'street_admin');
    const streetSecurity = await login(env.app, 'street_security');
    const otherOffice = await env.ownerDb
      .selectFrom('unit')
      .select('name')
      .where('jurisdiction_code', '=', SECOND_STREET)
      .where('kind', '=', 'street_office')
      .executeTakeFirstOrThrow();
    const own = parseCsv((await download(street, '/api/export/units.csv')).rawPayload);
    // Their export holds the district's units serving the street too; unchanged, they import cleanly.
    expect(own.some((r) => r[1] === '职能部门')).toBe(true);
    expect(own.some((r) => r[0] === otherOffice.name)).toBe(false);
    const roundTrip = await upload(street, '/api/import/units', 'u.csv', csv(own));
    expect(roundTrip.statusCode, roundTrip.body).toBe(200);

    const before = await unitsSnapshot();
    const header = own[0]!;
    const dept = [...own.find((r) => r[1] === '职能部门')!];
    dept[header.indexOf('电话')] = '010-60000000';
    const file = csv([
      header,
      ['滨河街道新网格站', '社区/村', '', '110117001001', '', '', ''], // row 2: fine, inside the street
      ['兴谷街道新站', '社区/村', '', '110117002001', '', '', ''], // row 3: another street
      dept, // row 4: a district department, changed
      [otherOffice.name, '街乡镇', '', SECOND_STREET, '', '', ''], // row 5: another street's office
    ]);
    const res = await upload(street, '/api/import/units', 'u.csv', file);
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details.map((d) => [d.row, d.column])).toEqual([
      [3, '管辖区划代码'],
      [4, '单位名称'],
      [5, '单位名称'],
    ]);
    expect(await unitsSnapshot()).toEqual(before);

    const users = csv([
      ['用户名', '姓名', '所属单位', '角色', '初始密码'],
      ['x.street', '某人', otherOffice.name, '处置人员', 'Start123'],
      ['street_lead2', '孙立新', otherOffice.name, '街乡镇领导', ''],
    ]);
    const userRes = await upload(streetSecurity, '/api/import/users', 'u.csv', users);
    expect(userRes.json<ErrorBody>().error.details.map((d) => [d.row, d.column])).toEqual([
      [2, '所属单位'],
      [3, '用户名'],
      [3, '所属单位'],
    ]);
    const cats = await upload(
      street,
      '/api/import/categories',
      'c.csv',
      csv([
        ['分类代码', '中文名称', '英文名称'],
        ['X', '某', 'X'],
      ]),
    );
    expect(cats.statusCode).toBe(403);
  });

  it('boundaries: export of the jurisdiction, an import that moves a grid and bumps the geo version', async () => {
    const res = await download(admin, '/api/export/boundaries.geojson?level=grid');
    expect(res.headers['content-type']).toContain('application/geo+json');
    expect(res.headers['content-disposition']).toMatch(/filename="boundaries-grid-\d{8}\.geojson"/);
    const fc = res.json<{
      type: string;
      features: {
        properties: { code: string; level: string };
        geometry: { type: string; coordinates: number[][][] };
      }[];
    }>();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBe(
      (
        await env.ownerDb
          .selectFrom('grid')
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(Object.keys(fc.features[0]!.properties).sort()).toEqual(['code', 'level', 'name']);
    const streets = (await download(admin, '/api/export/boundaries.geojson?level=street')).json<{
      features: { properties: { level: string } }[];
    }>();
    expect(streets.features.length).toBeGreaterThanOrEqual(16);
    expect(streets.features.every((f) => f.properties.level === 'street')).toBe(true);
    expect(
      (
        await env.app.inject({
          method: 'GET',
          url: '/api/export/boundaries.geojson?level=moon',
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(400);

    const version = async () =>
      Number(
        (
          await env.ownerDb
            .selectFrom('setting')
            .select('value')
            .where('key', '=', 'geo_version')
            .executeTakeFirst()
        )?.value ?? 0,
      );
    const v0 = await version();
    // Shrink the first grid towards its first vertex (grids are convex): it stays inside its own ground.
    const moved = fc.features[0]!;
    const [ox, oy] = moved.geometry.coordinates[0]![0]!;
    moved.geometry = {
      type: 'Polygon',
      coordinates: moved.geometry.coordinates.map((ring) =>
        ring.map(([x, y]) => [ox! + (x! - ox!) * 0.9, oy! + (y! - oy!) * 0.9]),
      ),
    };
    const imp = await upload(admin, '/api/import/boundaries', 'grids.geojson', JSON.stringify(fc));
    expect(imp.statusCode, imp.body).toBe(200);
    expect(imp.json()).toEqual({ updated: fc.features.length });
    const stored = await env.ownerDb
      .selectFrom('grid')
      .select('boundary')
      .where('code', '=', moved.properties.code)
      .executeTakeFirstOrThrow();
    expect(stored.boundary).toEqual(moved.geometry);
    expect(await version()).toBe(v0 + 1);
    const audits = await env.ownerDb
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity', '=', 'grid')
      .where('action', '=', 'update')
      .execute();
    expect(audits.map((a) => a.entity_id)).toEqual([moved.properties.code]);
  });

  it('boundaries: a bad geometry, a bad code and a grid of another street are all reported; nothing changes', async () => {
    const street = await login(env.app, 'street_admin');
    const own = (await download(street, '/api/export/boundaries.geojson?level=grid')).json<{
      features: { type: string; properties: { code: string }; geometry: unknown }[];
    }>();
    expect(own.features.every((f) => f.properties.code.startsWith('110117001'))).toBe(true);
    const other = await env.ownerDb
      .selectFrom('grid')
      .select(['code', 'boundary'])
      .where('code', 'like', '110117002%')
      .executeTakeFirstOrThrow();
    const before = await env.ownerDb
      .selectFrom('grid')
      .select(['code', 'boundary'])
      .orderBy('code')
      .execute();
    const good = own.features[0]!;
    const fc = {
      type: 'FeatureCollection',
      features: [
        good, // 1: fine
        {
          ...own.features[1]!,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [117, 40],
                [117.1, 40],
                [117.1, 40.1],
                [117, 40.2],
              ],
            ],
          },
        }, // 2: open ring
        { ...own.features[2]!, properties: { code: '123' } }, // 3: not a code
        { type: 'Feature', properties: { code: other.code }, geometry: other.boundary }, // 4: another street
        {
          type: 'Feature',
          properties: { code: good.properties.code },
          geometry: { type: 'Point', coordinates: [117, 40] },
        }, // 5
      ],
    };
    const res = await upload(street, '/api/import/boundaries', 'b.geojson', JSON.stringify(fc));
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details.map((d) => [d.row, d.column])).toEqual([
      [2, 'geometry'],
      [3, 'properties.code'],
      [4, 'properties.code'],
      [5, 'properties.code'],
      [5, 'geometry'],
    ]);
    expect(
      await env.ownerDb.selectFrom('grid').select(['code', 'boundary']).orderBy('code').execute(),
    ).toEqual(before);
    const notJson = await upload(
      street,
      '/api/import/boundaries',
      'b.geojson',
      '{"type": "FeatureCollection", ',
    );
    expect(notJson.statusCode).toBe(422);
    expect(
      (await upload(street, '/api/import/boundaries', 'b.geojson', Buffer.from([0x50, 0x4b, 3, 4, 0, 0])))
        .statusCode,
    ).toBe(415);
  });
  it('boundaries: a grid redrawn over another street, a street over its neighbour and its own street are refused; nothing changes', async () => {
    const street = await login(env.app, 'street_admin');
    const snapshot = async () => ({
      grids: await env.ownerDb.selectFrom('grid').select(['code', 'boundary']).orderBy('code').execute(),
      regions: await env.ownerDb.selectFrom('region').select(['code', 'boundary']).orderBy('code').execute(),
    });
    const before = await snapshot();
    const second = await env.ownerDb
      .selectFrom('region')
      .select('boundary')
      .where('code', '=', SECOND_STREET)
      .executeTakeFirstOrThrow();
    const ring = (second.boundary!.coordinates as number[][][])[0]!;
    const [x, y] = [
      ring.reduce((a, p) => a + p[0]!, 0) / ring.length,
      ring.reduce((a, p) => a + p[1]!, 0) / ring.length,
    ];
    const d = 0.002;
    const overSecond = {
      type: 'Polygon',
      coordinates: [
        [
          [x - d, y - d],
          [x + d, y - d],
          [x + d, y + d],
          [x - d, y + d],
          [x - d, y - d],
        ],
      ],
    };
    const own = await env.ownerDb
      .selectFrom('region')
      .select('boundary')
      .where('code', '=', DEMO_STREET)
      .executeTakeFirstOrThrow();
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '110117001001007' }, geometry: overSecond }, // 1
        { type: 'Feature', properties: { code: DEMO_STREET }, geometry: own.boundary }, // 2: unchanged, own street
      ],
    };
    const res = await upload(street, '/api/import/boundaries', 'b.geojson', JSON.stringify(fc));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual([
      { row: 1, column: 'geometry', message: '110117001001007 的边界超出了上级区划 110117001001' },
      {
        row: 2,
        column: 'properties.code',
        message: `${DEMO_STREET} 是您本级的管辖区，其边界须由上级修改`,
      },
    ]);

    // The district administrator grows 滨河街道 over part of 兴谷街道: the neighbour is named.
    const grown = {
      type: 'MultiPolygon',
      coordinates: [own.boundary!.coordinates, overSecond.coordinates],
    };
    const overlap = await upload(
      admin,
      '/api/import/boundaries',
      'b.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: DEMO_STREET }, geometry: grown }],
      }),
    );
    expect(overlap.statusCode, overlap.body).toBe(422);
    expect(overlap.json<ErrorBody>().error.details).toEqual([
      { row: 1, column: 'geometry', message: `${DEMO_STREET} 的边界与 ${SECOND_STREET} 重叠` },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('boundaries: two neighbouring grids moving their shared edge in one file are accepted', async () => {
    const grids = await env.ownerDb
      .selectFrom('grid')
      .select(['code', 'boundary'])
      .where('community_code', '=', '110117001001')
      .orderBy('code')
      .execute();
    // Find two grids sharing an edge (two common vertices p, q) and bend the edge: a new vertex halfway, moved a
    // tenth of the way towards the middle of grid a, in both rings. a gives b a thin triangle; no other grid moves.
    type Pt = [number, number];
    const ringOf = (g: (typeof grids)[number]) => (g.boundary.coordinates as Pt[][])[0]!;
    const key = (p: Pt) => `${p[0]},${p[1]}`;
    let pair: { a: (typeof grids)[number]; b: (typeof grids)[number]; shared: Pt[] } | undefined;
    for (const a of grids) {
      for (const b of grids) {
        if (a.code >= b.code) continue;
        const bKeys = new Set(ringOf(b).map(key));
        const shared = ringOf(a)
          .slice(0, -1)
          .filter((p) => bKeys.has(key(p)));
        if (shared.length === 2) pair = { a, b, shared };
      }
    }
    expect(pair).toBeDefined();
    const [p, q] = pair!.shared;
    const ringA = ringOf(pair!.a).slice(0, -1);
    const cx = ringA.reduce((s, v) => s + v[0], 0) / ringA.length;
    const cy = ringA.reduce((s, v) => s + v[1], 0) / ringA.length;
    const mx = (p![0] + q![0]) / 2;
    const my = (p![1] + q![1]) / 2;
    const bent: Pt = [mx + (cx - mx) / 10, my + (cy - my) / 10];
    const movePoint = (g: (typeof grids)[number]) => {
      const ring = ringOf(g);
      const out: Pt[] = [];
      ring.forEach((v, i) => {
        out.push(v);
        const next = ring[i + 1];
        if (
          next &&
          new Set([key(v), key(next)]).size === 2 &&
          [key(v), key(next)].every((k) => k === key(p!) || k === key(q!))
        )
          out.push(bent);
      });
      return {
        type: 'Feature',
        properties: { code: g.code },
        geometry: { type: 'Polygon', coordinates: [out] },
      };
    };
    expect(q).toBeDefined();
    // Grid a alone would leave a gap (fine) — grid b alone would overlap a; both together tile again.
    const onlyB = await upload(
      admin,
      '/api/import/boundaries',
      'b.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: [movePoint(pair!.b)] }),
    );
    expect(onlyB.statusCode).toBe(422);
    expect(onlyB.json<ErrorBody>().error.details[0]!.message).toContain(pair!.a.code);
    const both = await upload(
      admin,
      '/api/import/boundaries',
      'b.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: [movePoint(pair!.a), movePoint(pair!.b)] }),
    );
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toEqual({ updated: 2 });
  });
});
