import { districtOfPath } from '@onegrid/domain';
import type { CaseStatus } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { DEMO_API_KEY, ensureDemoApiKey } from '../apikeys/apikeys.service.ts';
import { newPlace, type Place } from '../../test/factories.ts';
import { newService, parseXml, type leafByName } from './open311.test-helpers.ts';
import { caseDistrictOf } from '../cases/public.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let env: TestEnv;
let light: Awaited<ReturnType<typeof leafByName>>;
let garbage: Awaited<ReturnType<typeof leafByName>>;
let here: { lat: number; long: number };
let place: Place;
beforeAll(async () => {
  env = await createTestEnv();
  await ensureDemoApiKey(env.ownerDb);
  // Services of the test's own, under the catalogue groups whose attributes they carry (C01: hazard; C03:
  // waste_type), and a place of its own.
  light = await newService(env.ownerDb, { group: 'C01', facility: true });
  garbage = await newService(env.ownerDb, { group: 'C03' });
  place = await newPlace(env);
  here = { lat: place.point.lat, long: place.point.lon };
});
afterAll(async () => env.close());

interface Created {
  service_request_id: string;
  token?: string;
  service_notice: string;
  account_id: string | null;
}
type Req = Record<string, unknown> & { service_request_id: string; status: string };

function post(
  fields: Record<string, string | string[]>,
  opts: { format?: 'json' | 'xml'; headers?: Record<string, string>; remote?: string } = {},
) {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  return env.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${opts.format ?? 'json'}`,
    headers: { ...FORM, ...opts.headers },
    payload: form.toString(),
    ...(opts.remote ? { remoteAddress: opts.remote } : {}),
  });
}

const lightReport = (over: Record<string, string | string[]> = {}) => ({
  api_key: DEMO_API_KEY,
  service_code: light.service_code,
  lat: String(here.lat),
  long: String(here.long),
  address_string: '滨河路 12 号门前',
  description: '路灯一到晚上就不亮，已经三天了',
  'attribute[hazard]': 'no',
  ...over,
});

async function getList(query: string) {
  const res = await env.app.inject({ method: 'GET', url: `/open311/v2/requests.json${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Req[]>();
}

/**
 * A case row as another channel would have left it, created `daysAgo` days ago (numbers carry the date); answers
 * its public id, the only id Open311 knows.
 */
let seq = 0;
async function caseFactory(
  over: {
    daysAgo?: number;
    status?: CaseStatus;
    categoryCode?: string;
    description?: string;
    requestType?: 'help' | 'report' | 'complaint';
    keepPrivate?: boolean;
    hidden?: boolean;
    lon?: number;
    lat?: number;
    address?: string;
  } = {},
): Promise<string> {
  const at = new Date(Date.now() - (over.daysAgo ?? 1) * 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at).replace(/-/g, '');
  seq += 1;
  const id = `${day}9${String(seq).padStart(7, '0')}`;
  const status = over.status ?? 'in_progress';
  return env.ownerDb
    .insertInto('case')
    .values({
      id,
      created_at: at,
      updated_at: at,
      status,
      request_type: over.requestType ?? 'help',
      channel: 'hotline',
      category_code: over.categoryCode ?? garbage.code,
      keep_private: over.keepPrivate ?? false,
      hidden_at: over.hidden ? at : null,
      lon: over.lon ?? null,
      lat: over.lat ?? null,
      address: over.address ?? null,
      urgency: 'ordinary',
      title: '测试',
      description: over.description ?? '小区门口垃圾堆了好几天',
      region_path: place.street.path,
      district_code: districtOfPath(place.street.path),
      closed_at: status === 'closed' ? at : null,
      reporter_name_enc: env.pii.encrypt('赵大海'),
      reporter_phone_enc: env.pii.encrypt('13655556666'),
    })
    .returning('public_id')
    .executeTakeFirstOrThrow()
    .then((r) => r.public_id);
}

describe('POST requests: the api_key', () => {
  it('missing or wrong api_key → 403 error array, nothing written', async () => {
    const before = await env.ownerDb
      .selectFrom('case')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const { api_key: _k, ...noKey } = lightReport();
    const missing = await post(noKey);
    expect(missing.statusCode).toBe(403);
    const body = missing.json<{ code: number; description: string }[]>();
    expect(body).toHaveLength(1);
    expect(body[0]!.code).toBe(403);
    expect(body[0]!.description).toMatch(/api_key/);
    const wrong = await post(lightReport({ api_key: 'og_not-a-key-at-all-000000000000' }), { format: 'xml' });
    expect(wrong.statusCode).toBe(403);
    const x = parseXml<{ errors: { error: { code: string; description: string }[] } }>(wrong.body);
    expect(x.errors.error[0]!.code).toBe('403');
    const after = await env.ownerDb
      .selectFrom('case')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('POST requests: validation (400)', () => {
  it('unknown or missing service_code', async () => {
    const unknown = await post(lightReport({ service_code: '9999999' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual([
      { code: 400, description: 'service_code: unknown service_code 9999999' },
    ]);
    const { service_code: _s, ...none } = lightReport();
    const missing = await post(none);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ description: string }[]>()[0]!.description).toMatch(/^service_code/);
  });

  it('a required attribute missing, a value outside the list, a location missing, a bad phone — all listed', async () => {
    const noHazard = await post(lightReport({ 'attribute[hazard]': '' }));
    expect(noHazard.statusCode).toBe(400);
    expect(noHazard.json()).toEqual([{ code: 400, description: 'attribute[hazard]: required' }]);
    const badValue = await post(lightReport({ 'attribute[hazard]': 'maybe', 'attribute[urgency]': 'now!' }));
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json<{ description: string }[]>().map((e) => e.description.split(':')[0])).toEqual([
      'attribute[hazard]',
      'attribute[urgency]',
    ]);
    const { lat: _a, long: _b, address_string: _c, ...nowhere } = lightReport();
    const noLocation = await post(nowhere);
    expect(noLocation.statusCode).toBe(400);
    expect(noLocation.json<{ description: string }[]>()[0]!.description).toMatch(/location is required/);
    const outside = await post(lightReport({ lat: '10', long: '10' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ description: string }[]>()[0]!.description).toMatch(/^long: /);
    const phone = await post(lightReport({ phone: '12345' }));
    expect(phone.statusCode).toBe(400);
    expect(phone.json<{ description: string }[]>()[0]!.description).toMatch(/^phone: /);
    const media = await post(lightReport({ media_url: 'javascript:alert(1)' }));
    expect(media.statusCode).toBe(400);
  });
});

describe('POST requests: a form-encoded report becomes a case', () => {
  it('creates the case on channel open311 with the attribute answers, and answers per the spec', async () => {
    const res = await post(
      lightReport({
        'attribute[urgency]': 'urgent',
        'attribute[landmark]': '公交站旁',
        first_name: '小明',
        last_name: '王',
        phone: '139 1234 5678',
        email: 'wang.xm@example.com',
        account_id: 'acct-42',
        device_id: 'device-xyz',
        address_id: 'ADDR-7',
        media_url: 'https://img.example.com/light.jpg',
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const [created] = res.json<Created[]>();
    // a random public id, not the sequential case number
    expect(created!.service_request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(created!.account_id).toBe('acct-42');
    expect(created!.service_notice).toMatch(/已受理/);
    const row = await env.ownerDb
      .selectFrom('case')
      .selectAll()
      .where('public_id', '=', created!.service_request_id)
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('open311');
    expect(row.category_code).toBe(light.code);
    expect(row.urgency).toBe('urgent'); // raised from the category's default (ordinary)
    expect(row.address).toBe('滨河路 12 号门前');
    expect(row.lat).toBeCloseTo(here.lat, 6);
    expect(row.description).toContain('路灯一到晚上就不亮');
    expect(row.description).toContain('紧急程度：紧急');
    expect(row.description).toContain('安全隐患：否');
    expect(row.description).toContain('标志物或门牌：公交站旁');
    expect(row.description).toContain('media_url：https://img.example.com/light.jpg');
    expect(row.description).not.toContain('wang.xm@example.com');
    expect(env.pii.decrypt(row.reporter_phone_enc!)).toBe('13912345678');
    expect(env.pii.decrypt(row.reporter_name_enc!)).toBe('王小明');
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['actor_username', 'action'])
      .where('entity', '=', 'case')
      .where('entity_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_username).toMatch(/^api_key:/);

    // and reading it back: no reporter data anywhere, in either format
    for (const url of [
      `/open311/v2/requests/${created!.service_request_id}.json?extensions=true`,
      `/open311/v2/requests/${created!.service_request_id}.xml?extensions=true`,
      '/open311/v2/requests.json?extensions=true',
      '/open311/v2/requests.xml',
    ]) {
      const out = await env.app.inject({ method: 'GET', url });
      expect(out.statusCode).toBe(200);
      for (const secret of [
        '13912345678',
        '1234 5678',
        '139****5678',
        '王小明',
        '小明',
        'wang.xm',
        'acct-42',
        'device-xyz',
        row.id,
      ]) {
        expect(out.body, `${url} leaks ${secret}`).not.toContain(secret);
      }
    }
    const [one] = (
      await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${created!.service_request_id}.json` })
    ).json<Req[]>();
    expect(one).toMatchObject({
      service_request_id: created!.service_request_id,
      status: 'open',
      service_code: light.service_code,
      service_name: light.name_zh,
      description: '路灯一到晚上就不亮，已经三天了',
      // cut to the road; the client's address id is house-level too
      address: '滨河路',
      address_id: null,
      media_url: 'https://img.example.com/light.jpg',
      zipcode: null,
    });
    expect(one!.lat).toBeCloseTo(here.lat, 6); // a street light is a fixed facility: its exact place
    expect(one!.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(Object.keys(one!)).toEqual([
      'service_request_id',
      'status',
      'status_notes',
      'service_name',
      'service_code',
      'description',
      'agency_responsible',
      'service_notice',
      'requested_datetime',
      'updated_datetime',
      'expected_datetime',
      'address',
      'address_id',
      'zipcode',
      'lat',
      'long',
      'media_url',
    ]);
  });

  it('takes JSON with nested attributes and attribute[CODE][] lists; an emergency answer raises the urgency', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: {
        api_key: DEMO_API_KEY,
        service_code: garbage.service_code,
        lat: here.lat,
        long: here.long,
        description: '楼下空地被倒了很多垃圾',
        attribute: { waste_type: ['household', 'bulky'], urgency: 'emergency', request_type: 'complaint' },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json<Created[]>()[0]!.service_request_id;
    const row = await env.ownerDb
      .selectFrom('case')
      .selectAll()
      .where('public_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.description).toContain('垃圾类型：生活垃圾、大件垃圾');
    expect(row.urgency).toBe('emergency');
    expect(row.request_type).toBe('complaint');

    const form = await post({
      api_key: DEMO_API_KEY,
      service_code: garbage.service_code,
      address_string: '兴谷街道某小区 3 号楼',
      'attribute[waste_type][]': ['construction', 'other'],
      'attribute[urgency]': 'ordinary',
    });
    expect(form.statusCode, form.body).toBe(200);
    const formRow = await env.ownerDb
      .selectFrom('case')
      .selectAll()
      .where('public_id', '=', form.json<Created[]>()[0]!.service_request_id)
      .executeTakeFirstOrThrow();
    expect(formRow.description).toContain('垃圾类型：建筑垃圾、其他');
    expect(formRow.description.startsWith(garbage.name_zh)).toBe(true); // no description: the service name stands in
    expect(formRow.urgency).toBe(garbage.default_urgency);
  });

  it('takes multipart form fields too, but refuses file uploads (send media_url)', async () => {
    const boundary = '----open311test';
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const fields = Object.entries(lightReport()).map(([k, v]) => part(k, String(v)));
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const ok = await env.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers,
      payload: `${fields.join('')}--${boundary}--\r\n`,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const file =
      `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="a.jpg"\r\n` +
      `Content-Type: image/jpeg\r\n\r\nxxxx\r\n`;
    const withFile = await env.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers,
      payload: `${fields.join('')}${file}--${boundary}--\r\n`,
    });
    expect(withFile.statusCode).toBe(400);
    expect(withFile.json<{ description: string }[]>()[0]!.description).toMatch(/^media: /);
  });

  it('answers in XML as the spec: <service_requests><request><service_request_id>…', async () => {
    const res = await post(lightReport(), { format: 'xml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    const x = parseXml<{
      service_requests: {
        request: { service_request_id: string; service_notice: string; account_id: string }[];
      };
    }>(res.body);
    expect(x.service_requests.request[0]!.service_request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body).toContain('<account_id/>');
  });

  it('a repeated Idempotency-Key returns the same request and creates nothing more', async () => {
    const headers = { 'idempotency-key': 'open311-test-repeat-1' };
    const first = await post(lightReport(), { headers });
    const again = await post(lightReport(), { headers });
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    const a = first.json<Created[]>()[0]!.service_request_id;
    expect(again.json<Created[]>()[0]!.service_request_id).toBe(a);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const n = await env.ownerDb
      .selectFrom('idempotency_key')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('key', '=', 'open311-test-repeat-1')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    const bad = await post(lightReport(), { headers: { 'idempotency-key': 'x'.repeat(101) } });
    expect(bad.statusCode).toBe(400);
  });

  it('the token resolves to the request id; a wrong token is 404', async () => {
    const created = (await post(lightReport())).json<Created[]>()[0]!;
    const caseNo = /^(\d{16})-/.exec(created.token!)![1]!;
    const res = await env.app.inject({ method: 'GET', url: `/open311/v2/tokens/${created.token}.json` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);
    const wrong = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/tokens/${caseNo}-AAAAAAAAAAAAAAAAAAAAAAAA.xml`,
    });
    expect(wrong.statusCode).toBe(404);
    parseXml(wrong.body);
  });

  it('rate-limits POSTs per key (60 a minute)', async () => {
    // one key from many addresses (each presents one wrong key: below the per-address limit of wrong keys)
    const bogus = lightReport({ api_key: 'og_rate-limit-probe-0000000000000000' });
    const codes: number[] = [];
    for (let i = 0; i < 61; i++)
      codes.push((await post(bogus, { remote: `198.51.100.${i + 1}` })).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 403)).toBe(true);
    expect(codes[60]).toBe(429);
  });

  it('wrong keys: 403 ten times from one address, then 429 for every key from it; other addresses unaffected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push(
        (
          await post(lightReport({ api_key: `og_guess-${i}-00000000000000000000` }), {
            remote: '203.0.113.66',
          })
        ).statusCode,
      );
    expect(codes.slice(0, 10).every((c) => c === 403)).toBe(true);
    expect(codes[10]).toBe(429);
    // a right key from the guessing address is refused too (else a 429 or a 200 would tell right from wrong)
    expect((await post(lightReport(), { remote: '203.0.113.66' })).statusCode).toBe(429);
    expect((await post(lightReport(), { remote: '203.0.113.67' })).statusCode).toBe(200);
  });
});

describe('GET requests', () => {
  it('defaults to the last 90 days; start_date/end_date select a window of at most 90 days', async () => {
    const recent = await caseFactory({ daysAgo: 10 });
    const old = await caseFactory({ daysAgo: 100 });
    const ids = (await getList('')).map((r) => r.service_request_id);
    expect(ids).toContain(recent);
    expect(ids).not.toContain(old);
    const iso = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const window = (await getList(`?start_date=${iso(105)}&end_date=${iso(95)}`)).map(
      (r) => r.service_request_id,
    );
    expect(window).toContain(old);
    expect(window).not.toContain(recent);
    const tooLong = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/requests.json?start_date=${iso(200)}&end_date=${iso(10)}`,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ code: number; description: string }[]>()[0]).toMatchObject({ code: 400 });
    const badDate = await env.app.inject({
      method: 'GET',
      url: '/open311/v2/requests.json?start_date=yesterday',
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('status open/closed maps our statuses (void and merged cases are not published)', async () => {
    const open = await caseFactory({ status: 'in_progress' });
    const closed = await caseFactory({ status: 'closed' });
    const voided = await caseFactory({ status: 'void' });
    const openIds = (await getList('?status=open')).map((r) => r.service_request_id);
    const closedList = await getList('?status=closed');
    const closedIds = closedList.map((r) => r.service_request_id);
    expect(openIds).toContain(open);
    expect(openIds).not.toContain(closed);
    expect(closedIds).toContain(closed);
    expect(closedIds).not.toContain(voided);
    expect(closedIds).not.toContain(open);
    expect(closedList.every((r) => r.status === 'closed')).toBe(true);
    const both = (await getList('?status=open,closed')).map((r) => r.service_request_id);
    expect(both).toEqual(expect.arrayContaining([open, closed]));
    const bad = await env.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=pending' });
    expect(bad.statusCode).toBe(400);
  });

  it('service_code filters; service_request_id lists override every other filter', async () => {
    const g = await caseFactory({ categoryCode: garbage.code });
    const l = await caseFactory({ categoryCode: light.code });
    const old = await caseFactory({ daysAgo: 300, categoryCode: light.code });
    const onlyGarbage = await getList(`?service_code=${garbage.service_code}`);
    expect(onlyGarbage.map((r) => r.service_request_id)).toContain(g);
    expect(onlyGarbage.every((r) => r.service_code === garbage.service_code)).toBe(true);
    const byId = await getList(
      `?service_request_id=${g},${old}&service_code=${light.service_code}&status=closed`,
    );
    expect(byId.map((r) => r.service_request_id).sort()).toEqual([g, old].sort());
    const two = await getList(`?service_code=${garbage.service_code},${light.service_code}`);
    expect(two.map((r) => r.service_request_id)).toEqual(expect.arrayContaining([g, l]));
  });

  it('page/page_size and extensions only when asked', async () => {
    await caseFactory();
    await caseFactory();
    const all = await getList('');
    const page1 = await getList('?page=1&page_size=2');
    const page2 = await getList('?page=2&page_size=2');
    expect(page1.map((r) => r.service_request_id)).toEqual(all.slice(0, 2).map((r) => r.service_request_id));
    expect(page2.map((r) => r.service_request_id)).toEqual(all.slice(2, 4).map((r) => r.service_request_id));
    expect(all[0]).not.toHaveProperty('extended_attributes');
    const ext = await getList('?extensions=true');
    expect(ext[0]!.extended_attributes).toHaveProperty('channel');
    expect(ext[0]!.extended_attributes).toHaveProperty('category_name_en');
    expect(ext[0]!.extended_attributes).toHaveProperty('handling_unit');
  });

  it('updated_after (extension) lifts the default window for synchronising clients', async () => {
    const old = await caseFactory({ daysAgo: 200 });
    await env.ownerDb
      .updateTable('case')
      .set({ updated_at: new Date() })
      .where('public_id', '=', old)
      .execute();
    const since = new Date(Date.now() - 3600_000).toISOString();
    expect((await getList(`?updated_after=${since}`)).map((r) => r.service_request_id)).toContain(old);
  });

  it('closed requests carry the lead unit and its result as notes; phone and ID numbers typed in text are masked', async () => {
    const unit = await env.ownerDb
      .selectFrom('unit')
      .select(['id', 'name'])
      .where('id', '=', place.street.officeId)
      .executeTakeFirstOrThrow();
    const id = await caseFactory({
      status: 'closed',
      description: '请联系我 13800001111，身份证 110101199003071234，座机 010-61234567',
    });
    const { id: caseNo } = await env.ownerDb
      .updateTable('case')
      .set({ lead_unit_id: unit.id })
      .where('public_id', '=', id)
      .returning('id')
      .executeTakeFirstOrThrow();
    await env.ownerDb
      .insertInto('assignment')
      .values({
        case_id: caseNo,
        district_code: caseDistrictOf(caseNo),
        unit_id: unit.id,
        role: 'lead',
        status: 'done',
        result: '已清运，联系人手机 13911112222',
        reported_at: new Date(),
      })
      .execute();
    const res = await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    const [r] = res.json<Req[]>();
    expect(r!.status).toBe('closed');
    expect(r!.agency_responsible).toBe(unit.name);
    expect(r!.status_notes).toBe('已清运，联系人手机 139****2222');
    expect(r!.description).toBe('请联系我 138****1111，身份证 110101********1234，座机 010-****4567');
    // the reporter's own fields never leave, whatever the channel
    expect(res.body).not.toContain('赵大海');
    expect(res.body).not.toContain('13655556666');
  });

  it('requests/{id} is a one-element array; unknown → 404 array; XML escapes text', async () => {
    const id = await caseFactory({ description: '<b>标签</b> & "引号" \'单引号\'' });
    const json = await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    expect(json.json<Req[]>()).toHaveLength(1);
    const xml = await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.xml` });
    expect(xml.headers['access-control-allow-origin']).toBe('*');
    const x = parseXml<{
      service_requests: { request: { description: string; status: string; service_request_id: string }[] };
    }>(xml.body);
    expect(x.service_requests.request).toHaveLength(1);
    expect(x.service_requests.request[0]!.service_request_id).toBe(id);
    expect(x.service_requests.request[0]!.description).toBe('<b>标签</b> & "引号" \'单引号\'');
    for (const missing of ['2000010100000001', 'abc']) {
      const res = await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${missing}.json` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual([{ code: 404, description: `service_request_id ${missing} not found` }]);
    }
    const xml404 = await env.app.inject({ method: 'GET', url: '/open311/v2/requests/2000010100000001.xml' });
    expect(parseXml<{ errors: { error: { code: string }[] } }>(xml404.body).errors.error[0]!.code).toBe(
      '404',
    );
  });
});
