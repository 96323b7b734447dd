import fc from 'fast-check';
import { sql } from 'kysely';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { DEMO_API_KEY } from '../../modules/apikeys/apikeys.service.ts';
import { ActionBodies } from '../../modules/cases/case-io.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../harness.ts';
import { fromSchema, hostileValue, type JsonSchema } from './arbitraries.ts';

/**
 * Bounded fuzzing of every write endpoint in the route table (the OpenAPI document the app serves, so a new
 * route is fuzzed without being listed here): bodies and path parameters generated from the routes' own Zod
 * schemas, mixed with hostile strings. Whatever comes in, the answer is never a 5xx, and a refused request
 * (4xx) leaves every table as it was. FUZZ_RUNS (default 1000, `npm run fuzz`: 100 000) and FUZZ_SEED.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** Routes not fuzzed: sign-in and sign-out change the sessions the fuzzer uses; multipart routes have no JSON. */
const SKIP = /^\/api\/auth\//;
/** Routes that audit a refused attempt on purpose (a wrong tracking-recovery code is a security event). */
const AUDITS_REFUSALS = /^\/api\/public\/track\//;

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface Endpoint {
  method: string;
  path: string;
  op: Operation;
}
interface FuzzRequest {
  method: string;
  url: string;
  who: 'admin' | 'operator' | 'street_handler' | 'nobody';
  body: unknown;
  key: string | undefined;
}

const TABLES = [
  'case',
  'case_event',
  'assignment',
  'unit',
  'app_user',
  'grid',
  'category',
  'duty',
  'deadline_policy',
  'calendar_override',
  'api_key',
  'whistle',
  'supervision_notice',
  'upload',
  'idempotency_key',
  'audit_log',
] as const;

let env: TestEnv;
let app: App;
const sessions: Partial<Record<FuzzRequest['who'], Session>> = {};
const pools: Record<string, string[]> = {};

beforeAll(async () => {
  env = await createTestEnv();
  app = await buildApp({ ctx: env.ctx, logLevel: 'silent', rateLimits: false });
  await app.ready();
  for (const who of ['admin', 'operator', 'street_handler'] as const) sessions[who] = await login(app, who);
  const ids = async (table: (typeof TABLES)[number], column: string) =>
    (
      await sql<{ v: string }>`SELECT ${sql.ref(column)}::text AS v FROM ${sql.table(table)} LIMIT 5`.execute(
        env.ownerDb,
      )
    ).rows.map((r) => r.v);
  pools.uuid = [
    ...(await ids('unit', 'id')),
    ...(await ids('app_user', 'id')),
    ...(await ids('duty', 'id')),
    ...(await ids('whistle', 'id')),
  ];
  pools.case = await ids('case', 'id');
  pools.code = [...(await ids('grid', 'code')), ...(await ids('category', 'code'))];
}, 180_000);
afterAll(async () => {
  await app.close();
  await env.close();
});

async function counts(): Promise<Record<string, number>> {
  const selects = TABLES.map((t) => sql`(SELECT count(*)::int FROM ${sql.table(t)}) AS ${sql.ref(t)}`);
  const { rows } = await sql<Record<string, number>>`SELECT ${sql.join(selects)}`.execute(env.ownerDb);
  return rows[0]!;
}

function endpoints(): Endpoint[] {
  const spec = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const out: Endpoint[] = [];
  for (const [path, ops] of Object.entries(spec.paths))
    for (const [method, op] of Object.entries(ops)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method) || SKIP.test(path)) continue;
      const json = op.requestBody?.content?.['application/json'];
      const open311 = path.startsWith('/open311/');
      if (op.requestBody?.content && !json && !open311) continue;
      if (!op.requestBody && method !== 'delete' && !open311) continue; // multipart: uploads and imports
      out.push({ method: method.toUpperCase(), path, op });
    }
  return out;
}

/** A path parameter: mostly one that exists (so the request gets past 404), else generated or hostile. */
function paramArb(name: string, schema: JsonSchema): fc.Arbitrary<string> {
  const pool =
    schema.format === 'uuid'
      ? pools.uuid
      : /\\d\{16\}/.test(schema.pattern ?? '')
        ? pools.case
        : name === 'code'
          ? pools.code
          : [];
  const generated = fromSchema(schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return pool && pool.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: generated })
    : generated;
}

const open311Body = fc.record(
  {
    api_key: fc.oneof(
      { weight: 4, arbitrary: fc.constant(DEMO_API_KEY) },
      { weight: 1, arbitrary: hostileValue },
    ),
    service_code: fc.oneof(fc.constantFrom('1', '2', '10', '100'), hostileValue),
    lat: fc.oneof(fc.double({ min: 39.8, max: 40.2, noNaN: true }).map(String), hostileValue),
    long: fc.oneof(fc.double({ min: 116.5, max: 116.9, noNaN: true }).map(String), hostileValue),
    description: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), hostileValue),
    address_string: hostileValue,
    phone: fc.oneof(fc.constant('13800001111'), hostileValue),
    'attribute[hazard]': fc.oneof(fc.constantFrom('yes', 'no'), hostileValue),
    media_url: hostileValue,
  },
  { requiredKeys: [] },
);

function requestArb(ep: Endpoint): fc.Arbitrary<FuzzRequest> {
  const pathParams = (ep.op.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (ep.op.parameters ?? []).filter((p) => p.in === 'query');
  const params = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, paramArb(p.name, p.schema)])));
  const query = fc.record(
    Object.fromEntries(queryParams.map((p) => [p.name, fromSchema(p.schema).map((v) => String(v))])),
    { requiredKeys: [] },
  );
  const schema = ep.op.requestBody?.content?.['application/json']?.schema;
  return fc
    .record({
      params,
      query,
      who: fc.constantFrom<FuzzRequest['who']>('admin', 'operator', 'street_handler', 'nobody'),
      key: fc.option(fc.oneof(fc.uuid(), fc.constantFrom('k1', 'k2', 'k3', 'a\u0000b')), { nil: undefined }),
    })
    .chain(({ params, query, who, key }) => {
      const action = (params as Record<string, string>).action;
      // The case action route takes z.unknown(): each action's own body schema is in case-io.ts.
      const body: fc.Arbitrary<unknown> = ep.path.startsWith('/open311/')
        ? open311Body
        : action && action in ActionBodies
          ? fromSchema(
              z.toJSONSchema(ActionBodies[action as keyof typeof ActionBodies], {
                io: 'input',
                unrepresentable: 'any',
              }) as JsonSchema,
            )
          : schema
            ? fc.oneof({ weight: 5, arbitrary: fromSchema(schema) }, { weight: 1, arbitrary: hostileValue })
            : fc.constant(undefined);
      let path = ep.path;
      for (const [k, v] of Object.entries(params as Record<string, string>))
        path = path.replace(`{${k}}`, encodePathPart(v));
      const qs = new URLSearchParams(query as Record<string, string>).toString();
      return body.map((b) => ({ method: ep.method, url: qs ? `${path}?${qs}` : path, who, body: b, key }));
    });
}

describe('fuzzing the write endpoints', () => {
  it(
    `${RUNS} requests: never a 5xx, and a refused request changes nothing`,
    async () => {
      const eps = endpoints();
      expect(eps.length).toBeGreaterThan(30); // the route table was read
      const statuses = new Map<number, number>();
      let before = await counts(); // kept current: counted again after each request (a write moves it)
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...eps).chain(requestArb), async (r) => {
          const session = r.who === 'nobody' ? undefined : sessions[r.who];
          const res = await app.inject({
            method: r.method as 'POST',
            url: r.url,
            headers: {
              ...(session?.headers ?? {}),
              ...(r.key !== undefined ? { 'idempotency-key': r.key } : {}),
              ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            ...(r.body !== undefined ? { payload: JSON.stringify(r.body) } : {}),
          });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const where = `${r.method} ${r.url} as ${r.who} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          const after = await counts();
          if (res.statusCode >= 400) {
            const audited = AUDITS_REFUSALS.test(r.url);
            const { audit_log: a0, ...rest0 } = before;
            const { audit_log: a1, ...rest1 } = after;
            expect(audited ? rest1 : after, where).toEqual(audited ? rest0 : before);
            if (audited) expect((a1 ?? 0) - (a0 ?? 0), where).toBeLessThanOrEqual(1);
          }
          before = after;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // the run got past validation and authorization too, not only 400s
      expect(
        [...statuses.keys()].some((s) => s < 300),
        JSON.stringify([...statuses]),
      ).toBe(true);
    },
    Math.max(600_000, RUNS * 250),
  );
});

/** A URL cannot carry a lone surrogate (encodeURIComponent throws): it reaches the server as U+FFFD, as a client's would. */
function encodePathPart(v: string): string {
  return encodeURIComponent(
    v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}
