import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { leafByName, parseXml } from './open311.test-helpers.ts';

// The Open311 service list is the shipped 12345 catalogue as published (names, keywords, groups and the attributes of
// each group): this file reads that catalogue (the demo's categories) on purpose. Requests and the public feed are
// tested on services of their own (open311.requests/public.test.ts).

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: string;
  keywords: string;
  group: string;
}
interface Attribute {
  variable: boolean;
  code: string;
  datatype: string;
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

describe('Open311 discovery', () => {
  it('JSON and XML name this endpoint and both formats', async () => {
    const json = await env.app.inject({ method: 'GET', url: '/open311/v2/discovery.json' });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['access-control-allow-origin']).toBe('*');
    const d = json.json<{
      endpoints: { url: string; specification: string; formats: string[]; type: string }[];
    }>();
    expect(d.endpoints[0]!.specification).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(d.endpoints[0]!.url).toMatch(/\/open311\/v2$/);
    expect(d.endpoints[0]!.formats).toEqual(['text/xml', 'application/json']);

    const xml = await env.app.inject({ method: 'GET', url: '/open311/v2/discovery.xml' });
    expect(xml.headers['content-type']).toMatch(/^text\/xml/);
    const x = parseXml<{
      discovery: {
        changeset: string;
        endpoints: { endpoint: { url: string; formats: { format: string[] } }[] };
      };
    }>(xml.body);
    expect(x.discovery.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(x.discovery.endpoints.endpoint[0]!.formats.format).toEqual(['text/xml', 'application/json']);
  });
});

describe('Open311 services', () => {
  it('lists every active leaf category with a service code, in JSON and the same in XML', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(res.statusCode).toBe(200);
    const services = res.json<Service[]>();
    const leaves = await env.ownerDb
      .selectFrom('category')
      .select('service_code')
      .where('is_leaf', '=', true)
      .where('active', '=', true)
      .where('service_code', 'is not', null)
      .execute();
    expect(services).toHaveLength(leaves.length);
    const light = await leafByName(env.ownerDb, '路灯故障');
    const s = services.find((x) => x.service_code === light.service_code)!;
    expect(s).toEqual({
      service_code: light.service_code,
      service_name: '路灯故障',
      description: '公用设施：路灯故障',
      metadata: true,
      type: 'realtime',
      keywords: s.keywords,
      group: '公用设施',
    });
    expect(s.keywords).toContain('路灯, 不亮');
    expect(Object.keys(s)).toEqual([
      'service_code',
      'service_name',
      'description',
      'metadata',
      'type',
      'keywords',
      'group',
    ]);

    const xml = await env.app.inject({ method: 'GET', url: '/open311/v2/services.xml' });
    const parsed = parseXml<{ services: { service: Record<string, string>[] } }>(xml.body);
    expect(parsed.services.service).toHaveLength(leaves.length);
    const sx = parsed.services.service.find((x) => x.service_code === light.service_code)!;
    expect(Object.keys(sx)).toEqual(Object.keys(s));
    expect(sx.metadata).toBe('true');
    expect(sx.type).toBe('realtime');
    expect(sx.group).toBe('公用设施');
  });

  it('answers in English when asked', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/open311/v2/services.json',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    const light = await leafByName(env.ownerDb, '路灯故障');
    const s = res.json<Service[]>().find((x) => x.service_code === light.service_code)!;
    expect(s.service_name).toBe('Street light out');
    expect(s.group).toBe('Public facilities');
  });

  it('leaves out inactive categories', async () => {
    const light = await leafByName(env.ownerDb, '路灯故障');
    await env.ownerDb.updateTable('category').set({ active: false }).where('code', '=', light.code).execute();
    const res = await env.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(res.json<Service[]>().some((x) => x.service_code === light.service_code)).toBe(false);
    const def = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/services/${light.service_code}.json`,
    });
    expect(def.statusCode).toBe(404);
    await env.ownerDb.updateTable('category').set({ active: true }).where('code', '=', light.code).execute();
  });
});

describe('Open311 service definitions', () => {
  it('unknown service code → 404 error array in JSON and XML', async () => {
    const json = await env.app.inject({ method: 'GET', url: '/open311/v2/services/9999999.json' });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toEqual([{ code: 404, description: 'service_code 9999999 not found' }]);
    const xml = await env.app.inject({ method: 'GET', url: '/open311/v2/services/9999999.xml' });
    expect(xml.statusCode).toBe(404);
    expect(xml.headers['content-type']).toMatch(/^text\/xml/);
    const e = parseXml<{ errors: { error: { code: string; description: string }[] } }>(xml.body);
    expect(e.errors.error).toEqual([{ code: '404', description: 'service_code 9999999 not found' }]);
    const unknownFormat = await env.app.inject({ method: 'GET', url: '/open311/v2/services/9999999.yaml' });
    expect(unknownFormat.statusCode).toBe(404);
    expect(Array.isArray(unknownFormat.json())).toBe(true);
    const elsewhere = await env.app.inject({ method: 'GET', url: '/open311/v2/nothing-here' });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json<{ code: number }[]>()[0]!.code).toBe(404);
  });

  it('road and facility services require the hazard answer; every service offers an optional urgency', async () => {
    const light = await leafByName(env.ownerDb, '路灯故障');
    const res = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/services/${light.service_code}.json`,
    });
    expect(res.statusCode).toBe(200);
    const def = res.json<{ service_code: string; attributes: Attribute[] }>();
    expect(def.service_code).toBe(light.service_code);
    const codes = def.attributes.map((a) => a.code);
    expect(codes).toEqual(['hazard', 'landmark', 'urgency', 'request_type', 'keep_private']);
    expect(def.attributes.map((a) => a.order)).toEqual([1, 2, 3, 4, 5]);
    const hazard = def.attributes.find((a) => a.code === 'hazard')!;
    expect(hazard).toMatchObject({ variable: true, datatype: 'singlevaluelist', required: true });
    expect(hazard.values!.map((v) => v.key)).toEqual(['yes', 'no']);
    const urgency = def.attributes.find((a) => a.code === 'urgency')!;
    expect(urgency).toMatchObject({ variable: true, datatype: 'singlevaluelist', required: false });
    expect(urgency.values!.map((v) => v.key)).toEqual(['ordinary', 'urgent', 'emergency']);
    expect(Object.keys(urgency)).toEqual([
      'variable',
      'code',
      'datatype',
      'required',
      'datatype_description',
      'order',
      'description',
      'values',
    ]);
    const landmark = def.attributes.find((a) => a.code === 'landmark')!;
    expect(landmark.datatype).toBe('string');
    expect(landmark.values).toBeUndefined();
  });

  it('emergency services carry an informational attribute; gas leaks ask for the smell of gas', async () => {
    const collapse = await leafByName(env.ownerDb, '路面塌陷');
    const res = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/services/${collapse.service_code}.json`,
    });
    const first = res.json<{ attributes: Attribute[] }>().attributes[0]!;
    expect(first).toMatchObject({ code: 'emergency_notice', variable: false, required: false });
    expect(first.description).toContain('110');

    const gas = await env.ownerDb
      .selectFrom('category')
      .select('service_code')
      .where('parent_code', '=', 'C12')
      .where('is_leaf', '=', true)
      .executeTakeFirstOrThrow();
    const g = await env.app.inject({ method: 'GET', url: `/open311/v2/services/${gas.service_code}.json` });
    const attrs = g.json<{ attributes: Attribute[] }>().attributes;
    expect(attrs.filter((a) => a.required).map((a) => a.code)).toEqual(['gas_smell', 'affected_scope']);
    expect(attrs.find((a) => a.code === 'households')?.datatype).toBe('number');
  });

  it('XML follows the spec: <service_definition><attributes><attribute>…<values><value><key/><name/>', async () => {
    const light = await leafByName(env.ownerDb, '路灯故障');
    const res = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/services/${light.service_code}.xml`,
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<service_definition><service_code>');
    expect(res.body).toContain('<values><value><key>yes</key><name>Yes</name></value>');
    const x = parseXml<{
      service_definition: {
        service_code: string;
        attributes: {
          attribute: {
            code: string;
            required: string;
            variable: string;
            values?: { value: { key: string; name: string }[] };
          }[];
        };
      };
    }>(res.body);
    expect(x.service_definition.service_code).toBe(light.service_code);
    const hazard = x.service_definition.attributes.attribute.find((a) => a.code === 'hazard')!;
    expect(hazard.required).toBe('true');
    expect(hazard.variable).toBe('true');
    expect(hazard.values!.value.map((v) => v.key)).toEqual(['yes', 'no']);
    // empty datatype_description is an empty element, as in the spec's example
    expect(res.body).toContain('<datatype_description/>');
  });
});

describe('Open311 for browsers', () => {
  it('answers CORS preflights and documents the endpoints in OpenAPI', async () => {
    const pre = await env.app.inject({
      method: 'OPTIONS',
      url: '/open311/v2/requests.json',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toContain('POST');
    const docs = await env.app.inject({ method: 'GET', url: '/docs/json' });
    expect(docs.statusCode).toBe(200);
    const paths = Object.keys(docs.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(expect.arrayContaining(['/open311/v2/services.json', '/open311/v2/requests.xml']));
    expect(paths.some((p) => p.endsWith('/*'))).toBe(false);
  });
});
